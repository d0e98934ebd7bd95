"""The full-text indexes, added to the cached database the first time something needs them.

A cold build (what the first `conv list`, `show` or `stats` pays) writes the tables and
their indexes only. The two full-text indexes over the agreements' searched columns,
``agreements_fts`` (the exact words, as sqlite-utils' enable_fts makes it: Datasette's
``?_search=`` and `conv search --raw`) and ``agreements_stem`` (their French stems, rowid
for rowid: `conv search`), are added to the cached database by the first command that
reads them: `conv search`, `conv sql` when its statement names them or the schema, `conv
db path` and `conv db metadata` (the file published with Datasette always has them).

Added like a rebuild: under the cache's lock, into a copy of the database moved in place
in one step. A reader sees the database without the indexes or with both whole; a conv
that waited for the lock finds them made and makes nothing; a run killed meanwhile
leaves the database as it was (and a temp file, removed by a later run once an hour
old). When the cache folder cannot be written, they are made in a copy in memory, for
this run only, and conv says so once.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from .tables import AGREEMENTS, FTS_TABLE, SEARCH_COLUMNS, STEM_TABLE

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: no typing at run time
    from collections.abc import Callable

# What a query must name to see the full-text indexes: their tables (FTS5's own tables
# are named after them) or the schema (sqlite_master, sqlite_schema).
_SEEING = (FTS_TABLE, STEM_TABLE, "sqlite_")
# Comments and spaces before a statement's first word.
_LEADING = re.compile(r"\s*(?:(?:--[^\n]*(?:\n|\Z)|/\*.*?(?:\*/|\Z))\s*)*", re.S)


def named_in(sql: str) -> bool:
    """Whether the statement ``sql`` is a query that may read the full-text indexes
    (names are ASCII and SQLite compares them without case; a name in a comment only
    costs the indexes made once, earlier). A statement conv sql refuses (one that
    writes, attaches or configures) makes nothing."""
    lowered = sql.lower()
    start = lowered[_LEADING.match(lowered).end():]  # type: ignore[union-attr]
    return start.startswith(("select", "with", "values")) and any(
        name in lowered for name in _SEEING)


def exact_indexed(column: str) -> str:
    """SQL for the text the exact-word index (FTS_TABLE) holds for ``column`` of a row of
    agreements: the value as written and, when it writes œ or æ, the value again with them
    written oe and ae. SQLite's tokenizer folds accents but neither ligature, and keyboards
    type them apart: so `oeuvre` and `œuvre` (phrases too) both find "mise en œuvre", in
    `conv search --raw` and Datasette's ?_search=, while agreements keeps the text as written
    (snippets read the text from there, and the words of the value keep their places).
    Plain SQL, so whatever fills or updates the index needs no function of conv's."""
    folded = column
    for ligature, letters in (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae")):
        folded = f"replace({folded}, '{ligature}', '{letters}')"
    return f"CASE WHEN {folded} != {column} THEN {column} || ' ' || {folded} ELSE {column} END"


def has_fulltext(conn: sqlite3.Connection) -> bool:
    """Both indexes are in the database (they are made together, in one transaction)."""
    found = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                         "name IN (?, ?)", (FTS_TABLE, STEM_TABLE)).fetchone()[0]
    return bool(found == 2)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def fts_sqls() -> list[str]:
    """The exact-word full-text index over the agreements, made as sqlite-utils'
    enable_fts does (so Datasette's ?_search= finds it) and filled with the texts
    ``exact_indexed`` gives (œ and æ written both ways)."""
    columns = ", ".join(_quoted(name) for name in SEARCH_COLUMNS)
    indexed = ", ".join(exact_indexed(_quoted(name)) for name in SEARCH_COLUMNS)
    return [f"CREATE VIRTUAL TABLE {_quoted(FTS_TABLE)} USING FTS5 (\n"
            f"    {columns},\n    tokenize='unicode61 remove_diacritics 2',\n"
            f"    content={_quoted(AGREEMENTS.name)}\n)",
            f"INSERT INTO {_quoted(FTS_TABLE)} (rowid, {columns})\n"
            f"    SELECT rowid, {indexed} FROM {_quoted(AGREEMENTS.name)}"]


def fill(conn: sqlite3.Connection) -> None:
    """Make both indexes from the agreements' rows, inside the caller's transaction: the
    stemmed one (each searched text as its French stems, the agreement's rowid), then the
    exact-word one."""
    from .rows import STEM_INSERT, stem_rows

    columns = ", ".join(SEARCH_COLUMNS)
    conn.execute(f"CREATE VIRTUAL TABLE {STEM_TABLE} USING fts5({columns}, "
                 "tokenize='unicode61')")
    rows = conn.execute(f"SELECT rowid, {columns} FROM {AGREEMENTS.name} ORDER BY rowid")
    conn.executemany(STEM_INSERT, stem_rows(rows))
    for sql in fts_sqls():
        conn.execute(sql)


def _filled(conn: sqlite3.Connection) -> None:
    """``fill`` in one transaction of its own: both indexes, or neither."""
    conn.execute("BEGIN")
    try:
        fill(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise


# Below this many agreements the indexes take well under a second: made without a word.
SAY_FROM = 20_000


def added(conn: sqlite3.Connection, path: Path | None, note: Callable[..., None]
          ) -> tuple[sqlite3.Connection, Path | None]:
    """``conn``, a read-only connection to the database at ``path`` (None: in memory),
    or one that replaces it, to the same database with both full-text indexes."""
    if has_fulltext(conn):
        return conn, path
    if path is None:  # built in memory: made there
        conn.execute("PRAGMA query_only = 0")
        _filled(conn)
        conn.execute("PRAGMA query_only = 1")
        return conn, None
    from . import place

    conn.close()
    with place.locked(path, lambda m: note(m, terminal_only=True)):
        # Whoever held the lock may have made them: look again.
        found = place.connect_ro(path)
        if has_fulltext(found):
            return found, path
        count = int(found.execute("SELECT count(*) FROM agreements").fetchone()[0])
        if count >= SAY_FROM:
            shown = f"{count:,}".replace(",", " ")
            note(f"making the full-text indexes of {shown} agreements (once, for the first "
                 "search)", terminal_only=True)
        try:
            _add_in_place(path)
        except Exception as exc:
            if not _cannot_write(exc):
                found.close()
                raise
            note(f"cannot write the cache in {path.parent} ({_reason(exc)}); making the "
                 "full-text indexes in memory this time", warning=True)
            return _in_memory(found), None
        found.close()
        return place.connect_ro(path), path


def _add_in_place(path: Path) -> None:
    """The indexes made in a copy of the database, which then replaces it."""
    import shutil

    from ..files import atomic_path, checkpoint
    from .place import drop_journal, remove_stale_temps

    remove_stale_temps(path.parent)
    with atomic_path(path) as tmp:
        shutil.copyfile(path, tmp)
        checkpoint("indexing", path)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            # A copy, moved in place once whole and thrown away on any failure: no
            # journal, no syncing every page.
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            _filled(conn)
        finally:
            conn.close()
    drop_journal(path)


def _in_memory(found: sqlite3.Connection) -> sqlite3.Connection:
    """A copy in memory of the database ``found`` reads, with the indexes (``found`` is
    closed)."""
    memory = sqlite3.connect(":memory:")
    try:
        found.backup(memory)
    finally:
        found.close()
    _filled(memory)
    memory.execute("PRAGMA query_only = 1")
    return memory


def _cannot_write(exc: BaseException) -> bool:
    """The copy could not be written: no room, no permission (never a bug hidden)."""
    from ..errors import disk_trouble
    from ..files import WriteError

    if isinstance(exc, sqlite3.OperationalError):
        return disk_trouble(exc)
    return isinstance(exc, (OSError, WriteError))


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)
