"""Where a base's cached database lives, the lock on its folder, and what it says it was
built from (the stored fingerprint that ``freshness.needs_refresh`` compares)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import time
from pathlib import Path

from .freshness import Stored, StoredFile

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: no typing at run time
    from collections.abc import Callable, Iterator
    from typing import Any


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


def _open_lock(target: Path) -> int:
    """What one conv locks while it builds or updates a cache: the base's cache folder
    itself (flock works on a folder, and no lock file is left behind)."""
    return os.open(target.parent, os.O_RDONLY | os.O_CLOEXEC)


def _try_lock(fd: int) -> bool:
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


# After this long waiting for another conv's update, say why nothing happens.
WAIT_NOTE_SECONDS = 1.0


@contextlib.contextmanager
def locked(target: Path, note: Callable[[str], None]) -> Iterator[bool]:
    """Hold the lock of ``target`` (waiting for another conv that holds it); yields False
    when no lock can be had (a cache folder that cannot be written: nothing is shared)."""
    import fcntl

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = _open_lock(target)
    except OSError:
        yield False
        return
    try:
        try:
            if not _try_lock(fd):
                # Another conv is building: wait for it, saying so once after a while.
                from ..files import checkpoint

                checkpoint("lock-wait", target)
                deadline = time.monotonic() + WAIT_NOTE_SECONDS
                while not _try_lock(fd):
                    if time.monotonic() > deadline:
                        note("waiting for another conv that is updating the cache")
                        fcntl.flock(fd, fcntl.LOCK_EX)
                        break
                    time.sleep(0.01)
        except OSError:  # a file system without locks: build as before, unshared
            yield False
            return
        recover(target)
        yield True
    finally:
        os.close(fd)  # releases the lock, also when killed


@contextlib.contextmanager
def try_locked(target: Path) -> Iterator[bool]:
    """The lock of ``target`` if nobody holds it (True), without waiting."""
    try:
        fd = _open_lock(target)
    except OSError:
        yield False
        return
    try:
        try:
            have = _try_lock(fd)
        except OSError:
            have = False
        yield have
    finally:
        os.close(fd)


def connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = 1")
    return conn


def reading(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn``, reading one version of the database until it is closed: an update that
    another conv writes in place meanwhile waits for it, or writes a copy (update.py)."""
    if not conn.in_transaction:
        conn.execute("BEGIN")
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # holds it now
    return conn


def journal_path(target: Path) -> Path:
    return target.with_name(target.name + "-journal")


def recover(target: Path) -> None:
    """An update killed midway left its rollback journal: the database is put back as it
    was before it (SQLite does so when a connection that may write first reads it; a
    read-only one cannot, and refuses to read). Holding the lock; best effort."""
    if not journal_path(target).exists() or not target.exists():
        return
    with contextlib.suppress(sqlite3.Error, OSError):
        conn = sqlite3.connect(target)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def drop_journal(target: Path) -> None:
    """The database was replaced: a journal still beside it (an update killed midway
    while a reader held the old file) is the old file's, and SQLite would copy its pages
    into the new one. Holding the lock."""
    with contextlib.suppress(FileNotFoundError):
        journal_path(target).unlink()


def read_meta(path: Path) -> tuple[sqlite3.Connection, dict[str, str]] | None:
    """The cache's meta table, or None when the file is missing, corrupt or truncated."""
    if not path.exists():
        return None
    try:
        conn = connect_ro(path)
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


def stored(conn: sqlite3.Connection, meta: dict[str, str]) -> Stored:
    """What the cache says it was built from; its files are {} when they cannot be read."""
    try:
        files = {row[0]: StoredFile(*row[1:]) for row in conn.execute(
            "SELECT name, size, stat_key, sha256 FROM files")}
    except sqlite3.DatabaseError:
        files = {}
    return Stored(meta.get("layout"), meta.get("tool_version"),
                  int(meta.get("built_at_ns", "0") or 0), files)


STALE_TEMP_SECONDS = 3600
_TEMP = re.compile(r"\." + re.escape(DATABASE_NAME) + r"-.+\.tmp(-journal)?\Z")


def remove_stale_temps(folder: Path) -> None:
    """Temp files of runs killed mid-rebuild (SIGKILL, power cut): gone after an hour.

    A younger one may belong to a rebuild still running in another process: left alone.
    """
    cutoff = time.time() - STALE_TEMP_SECONDS
    # Only names our own rebuilds give (".conventions.db-XXXX.tmp"): nothing else is touched.
    ours = [p for p in folder.glob(".*.tmp*") if _TEMP.match(p.name)]
    for leftover in ours:
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


# The bytes each file of the base had when the database was last built or updated, kept
# beside it, named by their sha256: what the next update compares the edited file with to
# find what changed without cutting the whole file again (base/splice.py).


def snapshot_path(folder: Path, sha256: str) -> Path:
    return folder / f"snapshot-{sha256}"


def write_snapshot(folder: Path, sha256: str, data: Any) -> bool:
    """Keep ``data`` (bytes or a memory map, whose sha256 is ``sha256``) beside the
    database; best effort (a full disk means the next update reads the whole file).
    Whether it was written now (not there already)."""
    final = snapshot_path(folder, sha256)
    if final.exists():
        return False
    tmp = folder / f".snapshot-{sha256}.tmp"
    try:
        with open(tmp, "wb") as out:
            view = memoryview(data)
            try:
                for start in range(0, len(data), 32 << 20):
                    out.write(view[start:start + (32 << 20)])
            finally:
                view.release()
        os.replace(tmp, final)
    except BaseException as exc:  # nothing half-written left behind, even on Ctrl-C
        with contextlib.suppress(OSError):
            tmp.unlink()
        if not isinstance(exc, OSError):
            raise
        return False
    return True
