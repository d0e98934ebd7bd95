"""Names that are part of the interface: the flat row, the search indexes, the groups."""

from __future__ import annotations

from .tables import (
    FLAT_COLUMNS,
    FTS_TABLE,
    SEARCH_COLUMNS,
    STEM_TABLE,
    layout_version,
)

__all__ = ["DB_LAYOUT", "FLAT_COLUMNS", "FTS_COLUMNS", "FTS_TABLE",
           "STATS_COLUMNS", "STATS_GROUPS", "STEM_TABLE", "TIMELINE_GROUPS"]

FTS_COLUMNS = SEARCH_COLUMNS
# What `conv stats --by` groups on, and the columns of its rows.
STATS_GROUPS = ("ministry", "public", "partner", "person", "year", "type", "region", "sector",
                "event", "status")
# What `conv timeline --by` groups on.
TIMELINE_GROUPS = ("ministry", "type", "partner")
# amount_mad sums MAD amounts only; other currencies are summed apart ("150000000 EUR").
STATS_COLUMNS = ("group", "count", "amount_mad", "jobs_direct", "other_amounts")

# Derived from the code that makes the tables: a cache built by other code is rebuilt.
DB_LAYOUT = layout_version()
