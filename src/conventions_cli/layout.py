"""Names that are part of the interface: the flat row and the database layout."""

from __future__ import annotations

# The flat row of DESIGN §2, in this order: what `list` and `export` emit.
FLAT_COLUMNS = (
    "id", "title", "type", "signed_on", "place", "region", "ministries", "partners",
    "amount", "currency", "period_start", "period_end", "jobs_direct", "jobs_by",
    "sectors", "follows", "sources",
)
ARRAY_COLUMNS = frozenset({"ministries", "partners", "sectors"})
FTS_COLUMNS = ("title", "summary", "place", "ministries", "partners")
# What `conv stats --by` groups on.
STATS_GROUPS = ("ministry", "partner", "year", "type", "region", "sector")
STATS_COLUMNS = ("group", "count", "amount_mad", "jobs_direct")

# Bump when the tables change: every cache built by an older layout is rebuilt.
DB_LAYOUT = "1"
