"""A cached database built from scratch: the base read into a temp file beside the cache
and moved in place (or, when the cache folder cannot be written, into memory)."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

from .. import __version__
from ..base.source import DataFile, Snapshot, base_files, display_path
from ..errors import DataError, disk_trouble
from .kept import keep_snapshots
from .layout import DB_LAYOUT
from .place import connect_ro, drop_journal, remove_stale_temps, write_snapshot

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: no typing at run time
    import sqlite3
    from collections.abc import Callable
    from typing import Any


def base_sha256(data: DataFile, files: list[Snapshot]) -> str:
    """The base's content: the file's sha256, or for a folder that of its files' names
    and sha256s."""
    if files[0].path == data.path:
        return files[0].sha256
    return hashlib.sha256("".join(f"{f.name}\0{f.sha256}\n" for f in files)
                          .encode("utf-8", "surrogateescape")).hexdigest()


def keep_bytes(conn: sqlite3.Connection, files: list[Snapshot], folder: Path) -> None:
    """Keep beside the database the bytes of the files read agreement by agreement (what
    the next update compares an edited file with), and only those."""
    chunked = {name for (name,) in conn.execute(
        "SELECT name FROM files WHERE agreements_end IS NOT NULL")}
    kept = set()
    for file in files:
        if file.name in chunked:
            write_snapshot(folder, file.sha256, file.data)
            kept.add(file.sha256)
    keep_snapshots(folder, kept)


def rebuild(data: DataFile, files: list[Snapshot], target: Path, progress: bool,
            note: Callable[..., None]) -> tuple[sqlite3.Connection, Path | None]:
    """The database built from ``files``: its read-only connection and its path (None:
    in memory, said once through ``note``)."""
    from ..files import WriteError, atomic_path
    from .build import Build

    started = time.perf_counter()
    size = sum(f.st.st_size for f in files)
    bar = _progress_bar(size) if progress else None
    path: Path | None = target
    try:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temps(target.parent)
            with atomic_path(target) as tmp:
                _build(data, files, Build(tmp), display_path(data.path), bar).close()
            drop_journal(target)
            conn = connect_ro(target)
            keep_bytes(conn, files, target.parent)
        except (OSError, WriteError, sqlite3.OperationalError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and not disk_trouble(exc):
                raise  # not the disk: a bug to report, never hidden
            reason = getattr(exc, "strerror", None) or exc
            note(f"cannot write the cache in {target.parent} ({reason}); working in memory "
                 "this time", warning=True)
            build = _build(data, files, Build(None), display_path(data.path), bar)
            build.conn.execute("PRAGMA query_only = 1")
            conn, path = build.conn, None
    finally:
        if bar is not None:
            bar.stop()
    elapsed = time.perf_counter() - started
    if progress and elapsed >= NOTE_AFTER_SECONDS:  # a wait to explain; a blink is not
        count = conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
        shown = f"{count:,}".replace(",", " ")
        noun = "agreement" if count == 1 else "agreements"
        note(f"built {shown} {noun} in {elapsed:.1f} s", terminal_only=True)
    return conn, path


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
             "head_sha256": outcome.heads.get(f.name),
             "agreements_end": outcome.ends.get(f.name)} for f in files]
    build.finish(meta, rows)
    return build


# About a second of work on a slow machine: smaller bases rebuild without a bar.
PROGRESS_MIN_BYTES = 1_000_000
# A build that took this long says so at a terminal ("built 472 agreements in 1.1 s").
NOTE_AFTER_SECONDS = 1.0


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
