"""The cached database: an up-to-date, read-only connection for a base.

The pieces: where the cache is and what it stores (place.py), whether it is stale
(freshness.py, a pure decision), the incremental update (update.py) and the rebuild
(rebuild.py). Here they are put together:

- a fresh cache is answered with plain sqlite3 (fast to import), without any lock;
- a stale one is brought up to date by one conv at a time: the others wait for it on a
  lock beside the cache, then look again (an edit is seen by every reader started after
  it, never answered from the version the file no longer has);
- what is hashed is what is parsed (the file is read once), and after a build or an update
  the files are looked at again: one changed meanwhile is read again.

A rebuild writes a temp file beside the cache and moves it in place with os.replace, so a
reader sees the old database or the new one, never half.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from pathlib import Path

from .. import __version__
from ..base.source import DataFile, Snapshot, display_path, snapshots, stat_key
from ..errors import ConvError, DataError
from . import place
from .freshness import Current, needs_refresh
from .layout import DB_LAYOUT
from .place import cache_dir, cache_path, connect_ro

__all__ = ["Database", "cache_dir", "cache_path", "is_damage", "open_database"]

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: no typing or dataclasses at run time
    from collections.abc import Callable
    from typing import Any, TypeVar

    T = TypeVar("T")

# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB.
DAMAGED_CODES = (11, 26)
# A base that changes again while each read of it is being built: after this many
# reads, ask the user to run again once their editor has saved.
ATTEMPTS = 5


def is_damage(exc: BaseException) -> bool:
    """A database error that says the file itself is damaged (not a bad query)."""
    cause = exc if isinstance(exc, sqlite3.DatabaseError) else exc.__context__
    code = getattr(cause, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in DAMAGED_CODES


def say(message: str, *, warning: bool = False, terminal_only: bool = False) -> None:
    """The cache's messages when no session gives its ``note``: on stderr."""
    if terminal_only and not sys.stderr.isatty():
        return
    from ..text import one_line

    print(f"conv: {'warning' if warning else 'note'}: {one_line(message)}", file=sys.stderr)


class Database:
    """A read-only connection to an up-to-date database, and where it lives (None: memory).

    ``run`` answers a query; a cache found damaged inside while answering (its header and
    size looked fine) is rebuilt from the data and the query answered once more.
    ``with_fulltext`` makes the full-text indexes there if they are not yet (fulltext.py):
    from then on every query of this run can read them.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, rebuilt: bool,
                 data: DataFile | None = None, progress: bool = False,
                 note: Callable[..., None] = say) -> None:
        self.conn, self.path, self.rebuilt = conn, path, rebuilt
        self.data, self.progress, self.note = data, progress, note
        self.fulltext = False

    def with_fulltext(self) -> Database:
        self.fulltext = True
        self.run(_nothing)
        return self

    def _ready(self) -> None:
        if self.fulltext:
            from .fulltext import added

            self.conn, self.path = added(self.conn, self.path, self.note)
            if self.path is not None:
                place.reading(self.conn)

    def run(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            self._ready()
            return query(self.conn, *args, **kwargs)
        except (sqlite3.DatabaseError, ConvError) as exc:
            if self.path is None or self.data is None or not is_damage(exc):
                raise
        self.note(f"the cache {self.path} is damaged; rebuilding it", warning=True)
        self.conn.close()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        fresh = open_database(self.data, progress=self.progress, note=self.note)
        self.conn, self.path, self.rebuilt = fresh.conn, fresh.path, True
        self._ready()
        return query(self.conn, *args, **kwargs)


def _nothing(conn: sqlite3.Connection) -> None:
    pass


def open_database(data: DataFile | Path, *, force: bool = False, progress: bool = False,
                  note: Callable[..., None] = say) -> Database:
    """A read-only connection to the database for ``data``, brought up to date if stale.
    ``note(message, warning=..., terminal_only=...)`` says what the user should know."""
    if not isinstance(data, DataFile):
        data = DataFile(Path(data), "--data")
    target = cache_path(data.path)
    for _ in range(ATTEMPTS):
        files = snapshots(data)
        found = None if force else _current(data, files, target, may_write=False)
        if found is None:
            with place.locked(target, lambda m: note(m, terminal_only=True)):
                # Whoever held the lock may have brought the cache up to date: look again.
                files = _again(data, files)
                found = None if force else _current(data, files, target, may_write=True)
                if found is None:
                    conn, path = _rebuild(data, files, target, progress, note)
                    found = Database(conn, path, True)
        force = False
        # Answered by the stat alone, nothing read: nothing to look at again.
        read = found.rebuilt or any(f.read for f in files)
        if not read or _unchanged(data, files):
            found.data, found.progress, found.note = data, progress, note
            if found.path is not None:  # a database in memory is this run's alone
                place.reading(found.conn)
            return found
        found.conn.close()  # changed while read: read it again
    raise DataError(f"{display_path(data.path)}: changed while conv read it, {ATTEMPTS} "
                    "times; run again once it is saved")


def _rebuild(data: DataFile, files: list[Snapshot], target: Path, progress: bool,
             note: Callable[..., None]) -> tuple[sqlite3.Connection, Path | None]:
    from .rebuild import rebuild

    return rebuild(data, files, target, progress, note)


def _facts(files: list[Snapshot]) -> list[Current]:
    return [Current(f.name, f.st.st_size, stat_key(f.st), f.hashed) for f in files]


def _current(data: DataFile, files: list[Snapshot], target: Path, *, may_write: bool
             ) -> Database | None:
    """The cache, if it answers for ``files`` as they are (after an incremental update when
    ``may_write``, holding the lock); None when it must be rebuilt (or, without the
    lock, updated)."""
    found = place.read_meta(target)
    if found is None:
        return None
    conn, meta = found
    stored = place.stored(conn, meta)
    by_name = {f.name: f for f in files}
    while True:
        decision = needs_refresh(stored, _facts(files), layout=DB_LAYOUT, version=__version__)
        if decision.action != "hash":
            break
        for name in decision.names:
            by_name[name].sha256  # noqa: B018 - read and hashed, then decided again
    if decision.action == "fresh":
        return Database(conn, target, False)
    if decision.action == "record":
        _record_stat(target, [by_name[n] for n in decision.names])
        return Database(conn, target, False)
    conn.close()
    if decision.action == "update" and may_write:
        from .rebuild import base_sha256
        from .update import update

        place.remove_stale_temps(target.parent)
        edited = [by_name[n] for n in decision.names]
        if update(edited, target, meta, lambda: base_sha256(data, files)):
            return Database(connect_ro(target), target, True)
    return None


def _key(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _again(data: DataFile, files: list[Snapshot]) -> list[Snapshot]:
    """The base's files now; those whose stat did not change keep what was read of them."""
    before = {f.name: f for f in files}
    now = snapshots(data)
    return [before[f.name] if f.name in before and _key(before[f.name].st) == _key(f.st)
            else f for f in now]


def _unchanged(data: DataFile, files: list[Snapshot]) -> bool:
    """The base's files are still those read (same names, same stat)."""
    try:
        now = snapshots(data)
    except ConvError:
        return False
    return [(f.name, _key(f.st)) for f in now] == [(f.name, _key(f.st)) for f in files]


def _record_stat(target: Path, files: list[Snapshot]) -> None:
    """Same bytes, new stat (a touch, or a build within RACY_NS of the last edit): store the
    stat, so the next call is answered from it instead of hashing the file again, as git
    refreshes its index. Only once the file is old enough not to be racy, and only when no
    other conv is updating the cache; best effort."""
    now = time.time_ns()
    rows = [f.stat_row(now) for f in files]
    if any(row["stat_key"] is None for row in rows):
        return
    try:
        with place.try_locked(target) as have:
            if not have:
                return
            conn = sqlite3.connect(target, timeout=0.1)
            try:
                with conn:
                    conn.executemany(
                        "UPDATE files SET size = ?, stat_key = ? WHERE name = ?",
                        [(row["size"], row["stat_key"], f.name)
                         for row, f in zip(rows, files, strict=True)])
                    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 ("built_at_ns", str(now)))
            finally:
                conn.close()
    except (sqlite3.Error, OSError):
        pass  # a read-only cache folder, a busy writer: hash again next time
