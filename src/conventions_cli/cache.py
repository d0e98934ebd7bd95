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

from . import __version__
from .errors import ConvError, DataError
from .layout import DB_LAYOUT

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: no typing or dataclasses at run time
    from collections.abc import Callable
    from typing import Any, TypeVar

    T = TypeVar("T")

# A file changed within this many ns of the cache build may share its stat with the old
# content (coarse timestamps, same-size edits): then we compare hashes, as git does.
RACY_NS = 2_000_000_000


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


class DataFile:
    """The knowledge base to read, and what to tell the user if it is not there."""

    def __init__(self, path: Path, given_by: str) -> None:
        self.path = path
        self.given_by = given_by  # "--data", "CONV_DATA" or "bundled"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, DataFile)
                and (self.path, self.given_by) == (other.path, other.given_by))

    def __hash__(self) -> int:
        return hash((self.path, self.given_by))

    def __repr__(self) -> str:
        return f"DataFile({self.path!r}, {self.given_by!r})"

    @property
    def missing_hint(self) -> str:
        if self.given_by == "bundled":
            return "the bundled knowledge base is missing; reinstall conv or pass --data PATH"
        if self.given_by == "CONV_DATA":
            return "check the CONV_DATA environment variable, or pass --data PATH"
        return "check the path given to --data"


def default_data_path() -> Path:
    """The bundled knowledge base: inside the installed package, or the checkout's data/."""
    here = Path(__file__).resolve().parent
    bundled = here / "data" / "agreements.yaml"
    if bundled.exists():
        return bundled
    return here.parent.parent / "data" / "agreements.yaml"


def resolve_data(option: str | None) -> DataFile:
    """--data, else $CONV_DATA, else the bundled file: the one place this is decided."""
    if option:
        return DataFile(Path(option).expanduser(), "--data")
    env = os.environ.get("CONV_DATA")
    if env:
        return DataFile(Path(env).expanduser(), "CONV_DATA")
    return DataFile(default_data_path(), "bundled")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "conv"


def cache_path(data_path: Path) -> Path:
    """One cache file per data file, keyed by its absolute path."""
    absolute = os.path.abspath(data_path)
    key = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in data_path.stem)[:40]
    return cache_dir() / f"{stem}-{key}.db"


def _stat(data: DataFile) -> os.stat_result:
    try:
        st = os.stat(data.path)
    except FileNotFoundError:
        raise DataError(f"{data.path}: no such file; {data.missing_hint}") from None
    except OSError as exc:
        raise DataError(f"{data.path}: cannot be read ({exc.strerror})") from None
    if os.path.isdir(data.path):
        raise DataError(f"{data.path}: is a directory; pass the YAML file itself")
    return st


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


def _matches(meta: dict[str, str], st: os.stat_result, digest: str | None) -> bool:
    """Built by this conv from this content: by the file's stat alone when ``digest`` is
    None (never for a file changed near the build), else by the sha256 of its bytes."""
    if meta.get("layout") != DB_LAYOUT or meta.get("tool_version") != __version__:
        return False
    if digest is None:
        # ctime and inode too: os.utime can put an edited file's mtime back, not its ctime.
        return (meta.get("data_size") == str(st.st_size)
                and meta.get("data_mtime_ns") == str(st.st_mtime_ns)
                and meta.get("data_ctime_ns") == str(st.st_ctime_ns)
                and meta.get("data_ino") == str(st.st_ino)
                and max(st.st_mtime_ns, st.st_ctime_ns) + RACY_NS
                < int(meta.get("built_at_ns", "0")))
    return meta.get("data_sha256") == digest


def open_database(data: DataFile | Path, *, force: bool = False,
                  progress: bool = False) -> Database:
    """A read-only connection to the database for ``data``, rebuilding it if stale."""
    if not isinstance(data, DataFile):
        data = DataFile(Path(data), "--data")
    opened = _open(data, force, progress)
    opened.data, opened.progress = data, progress
    return opened


def _open(data: DataFile, force: bool, progress: bool) -> Database:
    st = _stat(data)
    target = cache_path(data.path)
    found = None if force else _read_meta(target)
    if found is not None:
        conn, meta = found
        if _matches(meta, st, None):
            return Database(conn, target, False)
        content = read_data(data)
        digest = hashlib.sha256(content).hexdigest()
        if _matches(meta, st, digest):
            _record_stat(target, st)
            return Database(conn, target, False)
        conn.close()
    else:
        content = read_data(data)
        digest = hashlib.sha256(content).hexdigest()
    return _rebuild(data.path, content, digest, st, target, progress, force=force)


def _record_stat(target: Path, st: os.stat_result) -> None:
    """Same bytes, new stat (a touch, or a build within RACY_NS of the last edit): store the
    stat, so the next call is answered from it instead of hashing the file again, as git
    refreshes its index. Only once the file is old enough not to be racy; best effort."""
    now = time.time_ns()
    if max(st.st_mtime_ns, st.st_ctime_ns) + RACY_NS >= now:
        return
    fresh = {"data_size": st.st_size, "data_mtime_ns": st.st_mtime_ns,
             "data_ctime_ns": st.st_ctime_ns, "data_ino": st.st_ino, "built_at_ns": now}
    try:
        conn = sqlite3.connect(target, timeout=0.1)
        try:
            with conn:
                conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 [(k, str(v)) for k, v in fresh.items()])
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        pass  # a read-only cache folder, a busy writer: hash again next time


def read_data(data: DataFile) -> bytes:
    """The data file's bytes, or a DataError naming it and saying what to do."""
    from .files import read_file

    return read_file(data.path, error=DataError, missing=data.missing_hint,
                     directory="pass the YAML file itself")


STALE_TEMP_SECONDS = 3600
_TEMP = re.compile(r"\.[\w-]+-[0-9a-f]{16}\.db-.+\.tmp(-journal)?\Z")


def _remove_stale_temps(folder: Path) -> None:
    """Temp files of runs killed mid-rebuild (SIGKILL, power cut): gone after an hour.

    A younger one may belong to a rebuild still running in another process: left alone.
    """
    cutoff = time.time() - STALE_TEMP_SECONDS
    # Only names our own rebuilds give (".<cache stem>-XXXX.tmp"): nothing else is touched.
    ours = [p for p in folder.glob(".*-*.tmp*") if _TEMP.match(p.name)]
    for leftover in ours:
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


# Bases from this size keep their converted agreements beside the cache (``.chunks``), so
# that after an edit only the changed agreements are parsed again; smaller ones parse fast.
CHUNK_CACHE_MIN_BYTES = 500_000


def chunk_cache_path(target: Path) -> Path:
    return target.with_name(target.name + ".chunks")


def _rebuild(data_path: Path, data: bytes, digest: str, st: os.stat_result, target: Path,
             progress: bool, force: bool = False) -> Database:
    from .loader import display_path, load_bytes

    started = time.perf_counter()
    bar = _progress_bar(len(data)) if progress else None
    chunks = chunk_cache_path(target) if len(data) >= CHUNK_CACHE_MIN_BYTES else None
    if chunks is not None and force:
        with contextlib.suppress(OSError):
            os.unlink(chunks)  # a forced rebuild reads everything again
    try:
        result = load_bytes(data, display_path(data_path), incremental=chunks is not None,
                            chunk_cache=chunks)
        if bar is not None:
            bar.advance(bar.task_ids[0])
        return _build_and_replace(data_path, digest, st, target, progress, result, started,
                                  bar)
    finally:
        if bar is not None:
            bar.stop()


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


def _build_and_replace(data_path: Path, digest: str, st: os.stat_result, target: Path,
                       progress: bool, result: Any, started: float, bar: Any) -> Database:
    from .build import build_database
    from .files import WriteError, atomic_path
    from .loader import display_path

    if result.problems or result.dataset is None:
        raise DataError(f"{len(result.problems)} problem(s) in {display_path(data_path)}; "
                        "fix them (conv validate lists them) and run again",
                        [str(p) for p in result.problems])
    meta = {
        "layout": DB_LAYOUT,
        "tool_version": __version__,
        "data_path": os.path.abspath(data_path),
        "data_sha256": digest,
        "data_size": str(st.st_size),
        "data_mtime_ns": str(st.st_mtime_ns),
        "data_ctime_ns": str(st.st_ctime_ns),
        "data_ino": str(st.st_ino),
        "built_at_ns": str(time.time_ns()),
        "agreements": str(len(result.dataset.agreements)),
        "organizations": str(len(result.dataset.organizations)),
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(target.parent)
        with atomic_path(target) as tmp:
            build_database(result.dataset, tmp, meta).conn.close()
    except (OSError, WriteError) as exc:
        reason = exc.strerror or exc
        print(f"conv: warning: cannot write the cache in {target.parent} "
              f"({reason}); working in memory this time", file=sys.stderr)
        db = build_database(result.dataset, None, meta)
        db.conn.execute("PRAGMA query_only = 1")
        return Database(db.conn, None, True)
    if progress:
        elapsed = time.perf_counter() - started
        count = len(result.dataset.agreements)
        if bar is not None:
            bar.stop()
        shown = f"{count:,}".replace(",", " ")
        print(f"conv: built {shown} agreements in {elapsed:.1f} s", file=sys.stderr)
    return Database(_connect_ro(target), target, True)
