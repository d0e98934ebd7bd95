"""The cached database: where it lives, when it is stale, and how it is replaced.

A fresh cache is answered with plain sqlite3 (fast to import); YAML and sqlite-utils are
imported only to rebuild. A rebuild writes a temp file beside the cache and moves it in
place with os.replace, so a reader sees the old database or the new one, never half.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import sys
import time
from pathlib import Path

from .. import __version__
from ..base.source import DataFile, Snapshot, base_files, snapshots, stat_key
from ..errors import ConvError, DataError
from .layout import DB_LAYOUT

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: no typing or dataclasses at run time
    from collections.abc import Callable
    from typing import Any, TypeVar

    T = TypeVar("T")

# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB.
DAMAGED_CODES = (11, 26)


def is_damage(exc: BaseException) -> bool:
    """A database error that says the file itself is damaged (not a bad query)."""
    cause = exc if isinstance(exc, sqlite3.DatabaseError) else exc.__context__
    code = getattr(cause, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in DAMAGED_CODES


class Database:
    """A read-only connection to an up-to-date database, and where it lives (None: memory).

    ``run`` answers a query; a cache found damaged inside while answering (its header and
    size looked fine) is rebuilt from the data and the query answered once more.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, rebuilt: bool,
                 data: DataFile | None = None, progress: bool = False) -> None:
        self.conn, self.path, self.rebuilt = conn, path, rebuilt
        self.data, self.progress = data, progress

    def run(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return query(self.conn, *args, **kwargs)
        except (sqlite3.DatabaseError, ConvError) as exc:
            if self.path is None or self.data is None or not is_damage(exc):
                raise
        print(f"conv: warning: the cache {self.path} is damaged; rebuilding it",
              file=sys.stderr)
        self.conn.close()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        fresh = open_database(self.data, progress=self.progress)
        self.conn, self.path, self.rebuilt = fresh.conn, fresh.path, True
        return query(self.conn, *args, **kwargs)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "conv"


DATABASE_NAME = "conventions.db"


def cache_path(data_path: Path) -> Path:
    """One cache folder per data file or folder, keyed by its absolute path; the database
    in it has a name that reads well where it is published (Datasette names its pages
    after the file: /conventions/agreements)."""
    absolute = os.path.abspath(data_path)
    key = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in data_path.stem)[:40]
    return cache_dir() / f"{stem}-{key}" / DATABASE_NAME


def _connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = 1")
    return conn


def _read_meta(path: Path) -> tuple[sqlite3.Connection, dict[str, str]] | None:
    """The cache's meta table, or None when the file is missing, corrupt or truncated."""
    if not path.exists():
        return None
    try:
        conn = _connect_ro(path)
        try:
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            page_count = conn.execute("PRAGMA page_count").fetchone()[0]
            if page_size * page_count != path.stat().st_size:
                conn.close()
                return None
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            conn.close()
            return None
    except (sqlite3.DatabaseError, OSError):
        return None
    return conn, meta


def _stored_files(conn: sqlite3.Connection, meta: dict[str, str]) -> dict[str, tuple[Any, ...]]:
    """The files the cache was built from (name -> size, stat key, sha256, head sha256),
    or {} when it was built by another layout or another conv."""
    if meta.get("layout") != DB_LAYOUT or meta.get("tool_version") != __version__:
        return {}
    try:
        return {row[0]: row[1:] for row in conn.execute(
            "SELECT name, size, stat_key, sha256, head_sha256 FROM files")}
    except sqlite3.DatabaseError:
        return {}


def _same_stat(stored: tuple[Any, ...], st: os.stat_result) -> bool:
    """The file is as it was built, by its stat alone: never for a file changed near the
    build (its key is then null), and ctime and inode too (os.utime can put an edited
    file's mtime back, not its ctime)."""
    return stored[1] is not None and stored[:2] == (st.st_size, stat_key(st))


def base_sha256(data: DataFile, files: list[Snapshot]) -> str:
    """The base's content: the file's sha256, or for a folder that of its files' names
    and sha256s."""
    if files[0].path == data.path:
        return files[0].sha256
    return hashlib.sha256("".join(f"{f.name}\0{f.sha256}\n" for f in files)
                          .encode("utf-8", "surrogateescape")).hexdigest()


def open_database(data: DataFile | Path, *, force: bool = False,
                  progress: bool = False) -> Database:
    """A read-only connection to the database for ``data``, rebuilding it if stale."""
    if not isinstance(data, DataFile):
        data = DataFile(Path(data), "--data")
    opened = _open(data, force, progress)
    opened.data, opened.progress = data, progress
    return opened


def _open(data: DataFile, force: bool, progress: bool) -> Database:
    files = snapshots(data)
    target = cache_path(data.path)
    found = None if force else _read_meta(target)
    if found is None:
        return _rebuild(data, files, target, progress)
    conn, meta = found
    stored = _stored_files(conn, meta)
    if stored and set(stored) == {f.name for f in files}:
        changed = [f for f in files if not _same_stat(stored[f.name], f.st)]
        if not changed:
            return Database(conn, target, False)
        # Another size is another content: hashed later, while the file is read.
        edited = [f for f in changed if f.st.st_size != stored[f.name][0]
                  or f.sha256 != stored[f.name][2]]
        if not edited:
            _record_stat(target, changed)
            return Database(conn, target, False)
        conn.close()
        from .update import update

        _remove_stale_temps(target.parent)
        for file in edited:
            file.data  # noqa: B018 - mapped here, before the update's threads read it
        if update(edited, target, meta, lambda: base_sha256(data, files)):
            return Database(_connect_ro(target), target, True)
    else:
        conn.close()
    return _rebuild(data, files, target, progress)


def _record_stat(target: Path, files: list[Snapshot]) -> None:
    """Same bytes, new stat (a touch, or a build within RACY_NS of the last edit): store the
    stat, so the next call is answered from it instead of hashing the file again, as git
    refreshes its index. Only once the file is old enough not to be racy; best effort."""
    now = time.time_ns()
    rows = [f.stat_row(now) for f in files]
    if any(row["stat_key"] is None for row in rows):
        return
    try:
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


STALE_TEMP_SECONDS = 3600
_TEMP = re.compile(r"\." + re.escape(DATABASE_NAME) + r"-.+\.tmp(-journal)?\Z")


def _remove_stale_temps(folder: Path) -> None:
    """Temp files of runs killed mid-rebuild (SIGKILL, power cut): gone after an hour.

    A younger one may belong to a rebuild still running in another process: left alone.
    """
    cutoff = time.time() - STALE_TEMP_SECONDS
    # Only names our own rebuilds give (".conventions.db-XXXX.tmp"): nothing else is touched.
    ours = [p for p in folder.glob(".*-*.tmp*") if _TEMP.match(p.name)]
    for leftover in ours:
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _rebuild(data: DataFile, files: list[Snapshot], target: Path,
             progress: bool) -> Database:
    from ..base.source import display_path
    from ..files import WriteError, atomic_path
    from .build import Build

    started = time.perf_counter()
    size = sum(f.st.st_size for f in files)
    bar = _progress_bar(size) if progress else None
    try:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _remove_stale_temps(target.parent)
            with atomic_path(target) as tmp:
                _build(data, files, Build(tmp), display_path(data.path), bar).close()
            db = Database(_connect_ro(target), target, True)
        except (OSError, WriteError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            print(f"conv: warning: cannot write the cache in {target.parent} "
                  f"({reason}); working in memory this time", file=sys.stderr)
            build = _build(data, files, Build(None), display_path(data.path), bar)
            build.conn.execute("PRAGMA query_only = 1")
            db = Database(build.conn, None, True)
    finally:
        if bar is not None:
            bar.stop()
    if progress:
        count = db.conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
        elapsed = time.perf_counter() - started
        shown = f"{count:,}".replace(",", " ")
        print(f"conv: built {shown} agreements in {elapsed:.1f} s", file=sys.stderr)
    return db


def _build(data: DataFile, files: list[Snapshot], build: Any, shown: str, bar: Any) -> Any:
    """Read the base into ``build`` and finish it; a DataError listing the problems if
    the base has any (the half-written database is thrown away)."""
    from ..base.loader import read_base

    outcome = read_base(base_files(data, files), build)
    if outcome.problems or outcome.header is None:
        build.close()
        raise DataError(f"{len(outcome.problems)} problem(s) in {shown}; "
                        "fix them (conv validate lists them) and run again",
                        [str(p) for p in outcome.problems])
    if bar is not None:
        bar.advance(bar.task_ids[0])
    header = outcome.header
    built_at = time.time_ns()
    meta = {
        "layout": DB_LAYOUT,
        "tool_version": __version__,
        # The base's own name, never where it lives: the database is what gets published.
        "data_name": data.path.name,
        "data_sha256": base_sha256(data, files),
        "built_at_ns": str(built_at),
        "schema": str(header.version),
        "agreements": str(build.count),
        "organizations": str(len(header.organizations)),
    }
    rows = [{"name": f.name, **f.stat_row(built_at), "sha256": f.sha256,
             "head_sha256": outcome.heads.get(f.name)} for f in files]
    build.finish(meta, rows)
    return build


# About a second of work on a slow machine: smaller bases rebuild without a bar.
PROGRESS_MIN_BYTES = 1_000_000


def _progress_bar(size: int) -> Any:
    """A Rich bar on stderr (read and validate, then build and index) for big rebuilds."""
    if size < PROGRESS_MIN_BYTES:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("conv: rebuilding the database"), BarColumn(),
                   TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    bar.add_task("rebuild", total=2)
    bar.start()
    return bar
