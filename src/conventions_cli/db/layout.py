"""The database's layout version, derived from the code that makes the tables: a cache
built by other code is rebuilt, with no number to bump by hand."""

from __future__ import annotations

# The modules whose code decides what a database holds: the table declaration, the rows
# and indexes made from it, the stems, the days a date covers, the region a city lies in.
_LAYOUT_SOURCES = ("db/tables.py", "db/rows.py", "db/build.py", "db/fulltext.py", "text.py",
                   "base/dates.py", "base/geography.py")


def layout_version() -> str:
    """The database layout, derived from the code that makes it: a digest of the modules
    above, so that any change to a table, a column or how a value is computed rebuilds the
    caches built before it, with nothing to bump by hand."""
    import hashlib
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in _LAYOUT_SOURCES:
        digest.update(name.encode() + b"\0" + (package / name).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


DB_LAYOUT = layout_version()
