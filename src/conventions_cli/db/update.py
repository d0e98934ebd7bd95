"""After an edit, the cached database brought up to date by reading only what changed.

Beside the database are kept the bytes each file had when it was built or last updated
(place.py). An edited file is compared with them from both ends (base/splice.py): only the
agreements in the region between are cut and compared (the text of each, its chunk); those
whose text is new are parsed and checked, those whose text is gone are removed, and those
that moved (all those after the region, by the lines the edit added) get their new lines,
in place, in the narrow agreement_lines (their wide rows in agreements are not written).
The changes are checked against the database (ids unique, references defined, no cycle,
...) and written into it, with the full-text entries, in one SQLite transaction: a reader
sees the old database or the new one (conv's readers read one version from start to end,
place.reading; one still reading keeps the old database, and the update writes a copy that
replaces it), and a run killed midway leaves the old one (place.recover).

Only a valid base has a database, so a change is applied only when it is certain that the
base stays valid; anything else (a changed head, schema or layout, a problem, a doubt)
gives None, and the caller rebuilds from scratch, which reports the problems exactly.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import __version__
from ..base import breaks
from ..base.checks import AGREEMENT_RULES, Definitions
from ..base.records import (
    Agreement,
    Dataset,
    Event,
    Organization,
    Person,
    _Converter,
    agreement_spec,
)
from ..base.scanner import read_item
from ..base.source import display_path, stat_key
from ..base.splice import Region, changed
from ..errors import disk_trouble
from ..files import WriteError, atomic_path, checkpoint
from .fulltext import exact_indexed, has_fulltext
from .kept import as_pieces, keep_snapshots, open_kept, pieces_path, write_pieces
from .layout import DB_LAYOUT
from .place import drop_journal, snapshot_path, write_snapshot
from .recheck import still_valid
from .rows import STEM_INSERT, insert_sql, known_of, stem_row
from .tables import (
    AGREEMENT_LINES,
    AGREEMENTS,
    FTS_TABLE,
    PARTIES,
    SEARCH_COLUMNS,
    SIGNATORIES,
    SOURCES,
    STEM_TABLE,
    row_values,
)

# More new agreements than this share of a file: rebuilding is as fast, and simpler.
MOST = 0.25
LINES = AGREEMENT_LINES.name  # the agreements' lines, apart from their rows


class _Change:
    """What changed in one file: the agreements added, the
    stored chunks removed (line, agreement id), and the runs of unchanged chunks that
    moved (see _runs)."""

    def __init__(self, name: str, end: int, head: str | None) -> None:
        self.name, self.end = name, end  # where its agreements' text ends now
        self.head = head  # what identifies its head now (None: as it was)
        self.added: list[Agreement] = []
        self.removed: list[tuple[int, str]] = []
        self.moved: list[tuple[int, int, int, int]] = []
        self.lines: list[tuple[str, str, int]] = []  # (table, id, line): the head's moved
        self.pieces: tuple[str, list[Any]] | None = None  # its new bytes (kept.as_pieces)


def update(edited: list[Any], target: Path, meta: dict[str, str],
           data_sha256: Callable[[], str]) -> bool:
    """Bring the database at ``target`` up to date with ``edited`` (the files of the base
    whose bytes changed; ``data_sha256()`` gives the base's new content); False when only a
    full rebuild can (the database is then untouched)."""
    if meta.get("layout") != DB_LAYOUT or meta.get("tool_version") != __version__:
        return False
    written: list[Path] = []  # the new bytes kept beside the database by this update
    try:
        kept = _update(edited, target, meta, data_sha256, written)
        if kept is None:
            return False
        keep_snapshots(target.parent, kept)
    except BaseException as exc:
        for path in written:  # the database stays as it was: so do its files
            path.unlink(missing_ok=True)
        if isinstance(exc, (OSError, WriteError)) or (
                isinstance(exc, sqlite3.OperationalError) and disk_trouble(exc)):
            return False  # a full disk: the rebuild then works in memory
        raise
    return True


# How long an update waits, at the end, for conv's readers still reading the database
# (each reads one version of it from start to end: place.reading) before it writes a
# copy instead, which replaces the database (they keep the old one).
READERS_WAIT_SECONDS = 0.5


def _update(edited: list[Any], target: Path, meta: dict[str, str],
            data_sha256: Callable[[], str], written: list[Path]) -> set[str] | None:
    """The update, written in place in one transaction; the sha256s of the files whose
    bytes are kept beside the database, or None (nothing written)."""
    conn = sqlite3.connect(target, isolation_level=None, timeout=READERS_WAIT_SECONDS)
    try:
        # SQLite's rollback journal: a reader sees the old database or the new one, and
        # a run killed midway leaves the journal, from which the next conv to open the
        # database puts the old one back (place.recover).
        conn.execute("PRAGMA synchronous=OFF")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not _busy(exc):
                raise
            return None  # another program writes in it: rebuilt, beside
        for file in edited:
            file.data  # noqa: B018 - read here, before the hashing thread reads it
        # Hashed (in C, in another thread) while the edited files are compared.
        hashing = _Background(lambda: [file.sha256 for file in edited])
        try:
            found = _changes(conn, edited, target.parent, meta)
        finally:
            hashing.join()
        if found is None:
            return None
        changes, header = found
        new_meta = {"data_sha256": data_sha256(), "built_at_ns": str(time.time_ns())}
        # The new bytes are kept (what the next update compares) while the changes are
        # written; the old ones go once the database has them.
        keeping = _Background(_keep_bytes, target.parent, edited, changes, written)
        try:
            try:
                kept = _apply(conn, changes, header, edited, new_meta)
                checkpoint("applied", target)
                conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if not _busy(exc):
                    raise
                # A reader still reads the old database: it keeps it, and a copy with
                # the changes replaces it.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                kept = _copied(target, changes, header, edited, new_meta)
        finally:
            keeping.join()
        return kept
    finally:
        # Undone, if not committed (should even that fail, as on a full disk, the next
        # conv to hold the lock rolls the journal back: place.recover).
        with contextlib.suppress(sqlite3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        conn.close()


def _busy(exc: sqlite3.OperationalError) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds the database."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (5, 6)


def _copied(target: Path, changes: list[_Change], header: Dataset, edited: list[Any],
            meta: dict[str, str]) -> set[str]:
    """The changes written into a copy of the database, which then replaces it."""
    with atomic_path(target) as tmp:
        shutil.copyfile(target, tmp)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            # A copy, renamed into place once whole and thrown away on any failure: no
            # journal, no syncing every page.
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute("BEGIN")
            kept = _apply(conn, changes, header, edited, meta)
            conn.execute("COMMIT")
        finally:
            conn.close()
    drop_journal(target)
    return kept


def _keep_bytes(folder: Path, edited: list[Any], changes: list[_Change],
                written: list[Path]) -> None:
    """Keep the edited files' new bytes beside the database, as pieces of what was kept
    before when they can be (kept.py); ``written`` gets those written now."""
    for file, change in zip(edited, changes, strict=True):
        if change.pieces is not None:
            if write_pieces(folder, file.sha256, *change.pieces):
                written.append(pieces_path(folder, file.sha256))
        elif write_snapshot(folder, file.sha256, file.data):
            written.append(snapshot_path(folder, file.sha256))


class _Background(threading.Thread):
    """Work that waits on the disk or runs in C (hashing the files, keeping their bytes),
    done meanwhile; ``join`` raises what it raised."""

    def __init__(self, work: Callable[..., Any], *args: Any) -> None:
        super().__init__(daemon=True)
        self.work, self.args = work, args
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self.work(*self.args)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            self.error = exc

    def join(self, timeout: float | None = None) -> None:
        super().join(timeout)
        if self.error is not None:
            raise self.error


def _changes(conn: sqlite3.Connection, edited: list[Any], folder: Path,
             meta: dict[str, str]) -> tuple[list[_Change], Dataset] | None:
    """Every edited file's changes, read and checked; None when they cannot be applied."""
    try:
        header = _header(conn, int(meta.get("schema", "1")))
        changes = []
        for file in edited:
            change = _compare(conn, file, header, folder, int(meta.get("agreements", "0")))
            if change is None:
                return None
            changes.append(change)
        removed = {ident for change in changes for _, ident in change.removed}
        added = [record for change in changes for record in change.added]
        return (changes, header) if still_valid(conn, removed, added) else None
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and disk_trouble(exc):
            raise
        return None


def _header(conn: sqlite3.Connection, version: int) -> Dataset:
    """What the database says the base defines (the head did not change)."""
    header = Dataset("", version=version)
    # Read from the database, not a file: no location (the head's problems, if any, were
    # reported when it was read).
    header.organizations = [
        Organization(id=i, name=n, kind=k, _line=0, _marks={}, _source="", _file="")
        for i, n, k in conn.execute("SELECT id, name, kind FROM organizations")]
    header.people = [Person(id=i, name=n, _line=0, _marks={}, _source="", _file="")
                     for i, n in conn.execute("SELECT id, name FROM people")]
    header.events = []
    for ident, name, place, region in conn.execute("SELECT id, name, place, region "
                                                   "FROM events"):
        event = Event(id=ident, name=name, _line=0, _marks={}, _source="", _file="")
        # Its place and region: what an agreement signed there is placed by.
        if place:
            event["place"] = place
        if region:
            event["region"] = region
        header.events.append(event)
    return header


def _compare(conn: sqlite3.Connection, file: Any, header: Dataset, folder: Path,
             total: int) -> _Change | None:
    """The changes in one edited file, its new agreements read and checked; None when
    they cannot be applied. The region that changed is found by comparing the file with
    the bytes kept at the last build or update (splice.py): only its chunks are cut and
    compared; the agreements after it moved by as many lines as the edit added."""
    stored = conn.execute("SELECT size, sha256, head_sha256, agreements_end FROM files "
                          "WHERE name = ?", (file.name,)).fetchone()
    if stored is None or stored[2] is None or stored[3] is None:
        return None  # not read chunk by chunk: rebuild
    old_size, old_sha256, _, old_end = stored
    try:
        before = open_kept(folder, old_sha256)
        region = changed(file.data, before, old_size, old_end)
    except OSError:
        return None  # no kept copy (removed, never written): rebuild
    if region is None:
        return None  # another head, or not cut the simple way: rebuild
    # The new bytes, as what they share with the old ones and what the edit wrote.
    pieces = as_pieces(before, region.prefix, region.suffix, file.data)
    if region.records is not None:  # the head says what it said: every line moved
        change = _head_moved(conn, file.name, region)
        change.pieces = pieces
        return change
    source = display_path(file.path)
    first = region.line
    if first is None:  # the line of the region's first agreement, as stored
        found = _old_record(region, 0, source, file.name, header.version)
        stored_line = None if found is None else conn.execute(
            f"SELECT line FROM {LINES} WHERE agreement_id = ?",
            (found["id"],)).fetchone()
        if found is None or stored_line is None:
            return None
        first = stored_line[0] - found["_line"]
    old, new = region.old, region.new
    # A chunk is the text of an agreement, with its id: two alike make the base invalid,
    # so a valid base's chunks are all different.
    pool = {region.old_text(index): index for index in range(len(old))}
    change = _Change(file.name, region.end, region.head)
    change.pieces = pieces
    added: list[int] = []
    kept: list[tuple[int, int]] = []  # (old line, new line) of unchanged chunks, in order
    take = pool.pop
    for index in range(len(new)):
        same = take(region.new_text(index), None)
        if same is None:
            added.append(index)
        else:
            kept.append((first + old.lines[same], first + new.lines[index]))
    if len(added) > max(1, MOST * total):
        return None
    for index in sorted(pool.values()):
        record = _old_record(region, index, source, file.name, header.version)
        if record is None:
            return None
        change.removed.append((first + old.lines[index], record["id"]))
    # The chunks after the region: one run, from the first line after it to the end.
    after = first + old.end_line
    kept.append((after, after + region.line_shift))
    change.moved = _runs(kept, [line for line, _ in change.removed])
    for index in added:
        stop = new.lines[index + 1] if index + 1 < len(new) else new.end_line
        record = _read_chunk(region.new_text(index), source, file.name, header,
                             (first + new.lines[index], first + new.item_lines[index],
                              first + stop))
        if record is None:
            return None
        change.added.append(record)
    return change


def _head_moved(conn: sqlite3.Connection, name: str, region: Region) -> _Change:
    """Comment or blank lines added or removed in the head: its records get their new
    lines, and every agreement of the file moves by as many lines."""
    change = _Change(name, region.end, region.head)
    assert region.records is not None
    stored = {(kind, ident): line for kind in ("organizations", "people", "events")
              for ident, line in conn.execute(f"SELECT id, line FROM {kind} WHERE file = ?",
                                              (name,))}
    change.lines = [(kind, ident, line) for kind, ident, line in region.records
                    if stored.get((kind, ident)) != line]
    if region.line_shift:
        change.moved = [(0, 0, 1 << 62, region.line_shift)]
    return change


def _runs(kept: list[tuple[int, int]], removed: list[int]) -> list[tuple[int, int, int, int]]:
    """The unchanged chunks that moved, as runs of chunks next to each other in the old
    file that moved by as much: (first chunk's line, last chunk's line, the line the
    next stored chunk starts at, shift), old lines all. The last kept chunk stands for
    every chunk after it."""
    stored = sorted([old for old, _ in kept] + removed)
    after = dict(zip(stored, [*stored[1:], 1 << 62], strict=True))
    runs: list[list[int]] = []
    for old, new in sorted(kept):
        shift = new - old
        if runs and runs[-1][3] == shift and runs[-1][2] == old:
            runs[-1][1:3] = [old, after[old]]
        else:
            runs.append([old, old, after[old], shift])
    return [(first, last, stop, shift) for first, last, stop, shift in runs if shift]


def _old_record(region: Region, index: int, source: str, name: str, version: int
                ) -> Agreement | None:
    """The agreement an old chunk held, its lines counted from the region's start (its
    id is what its rows are found by)."""
    old = region.old
    stop = old.lines[index + 1] if index + 1 < len(old) else old.end_line
    item = read_item(region.old_text(index), source, old.lines[index],
                     old.item_lines[index], stop)
    if item is None:
        return None
    record = _Converter(source, name).agreement(item, agreement_spec(version))
    return record if record is not None and isinstance(record.get("id"), str) else None


def _read_chunk(text: bytes, source: str, name: str, header: Dataset,
                lines: tuple[int, int, int]) -> Agreement | None:
    """One new agreement (its text; its first line, its item's line, the line after it),
    read and checked on its own; None at the least problem."""
    if breaks.held(text):
        return None
    item = read_item(text, source, *lines)
    if item is None:
        return None
    conv = _Converter(source, name)
    record = conv.agreement(item, agreement_spec(header.version))
    if record is None or conv.problems or record.get("id") is None:
        return None
    known = Definitions.of(header)
    if any(check(record, known) for _, check in AGREEMENT_RULES):
        return None
    return record


def _move(conn: sqlite3.Connection, change: _Change) -> None:
    """The new lines of the agreements that moved, in agreement_lines (narrow rows: the
    agreements' own are not rewritten). A line is no key: one pass gives each its run's
    shift (a table scan, and a row written only where its line changes); edits with many
    runs negate the lines first, so that no run lands on lines still to move."""
    moved = change.moved
    if not moved:
        return
    if len(moved) <= MOVES_AT_ONCE:
        cases = " ".join("WHEN line BETWEEN ? AND ? THEN ?" for _ in moved)
        within = " OR ".join("line BETWEEN ? AND ?" for _ in moved)
        conn.execute(f"UPDATE {LINES} SET line = line + CASE {cases} END "
                     f"WHERE file = ? AND ({within})",
                     [*(value for first, _, stop, shift in moved
                        for value in (first, stop - 1, shift)),
                      change.name, *(value for first, _, stop, _ in moved
                                     for value in (first, stop - 1))])
        return
    for first, _, stop, shift in moved:
        conn.execute(f"UPDATE {LINES} SET line = -(line + ?) "
                     "WHERE file = ? AND line BETWEEN ? AND ?",
                     (shift, change.name, first, stop - 1))
    conn.execute(f"UPDATE {LINES} SET line = -line WHERE file = ? AND line < 0",
                 (change.name,))


# Runs of moved agreements given their new lines by one statement (its parameters stay
# under SQLite's oldest limit, 999).
MOVES_AT_ONCE = 150


# The tables whose rows belong to one agreement (by agreement_id).
OWNED = (PARTIES, SIGNATORIES, SOURCES, AGREEMENT_LINES)


def _apply(conn: sqlite3.Connection, changes: list[_Change], header: Dataset,
           edited: list[Any], meta: dict[str, str]) -> set[str]:
    """Write the changes in the transaction open on ``conn``; the sha256s of the files
    whose bytes are kept beside the database."""
    columns = ", ".join(SEARCH_COLUMNS)
    # The full-text indexes, once made (fulltext.py), are kept up to date; until then
    # there is nothing to write there.
    indexed = has_fulltext(conn)
    exact = ", ".join(exact_indexed(name) for name in SEARCH_COLUMNS)
    for change in changes:
        for _, ident in change.removed:
            found = conn.execute(f"SELECT rowid, {columns} FROM agreements WHERE id = ?",
                                 (ident,)).fetchone()
            if indexed:
                conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {columns}) "
                             f"SELECT 'delete', rowid, {exact} FROM agreements "
                             "WHERE rowid = ?", (found[0],))
                conn.execute(f"DELETE FROM {STEM_TABLE} WHERE rowid = ?", (found[0],))
            for table in OWNED:
                conn.execute(f"DELETE FROM {table.name} WHERE agreement_id = ?", (ident,))
            conn.execute("DELETE FROM agreements WHERE id = ?", (ident,))
        # Moved lines: negated first, so that no run lands on lines still to move.
        # An agreement's line is within its chunk, and the agreements of the chunks
        # removed are gone: those between a run's first line and the next stored
        # chunk are the run's.
        _move(conn, change)
        for kind, ident, line in change.lines:
            conn.execute(f"UPDATE {kind} SET line = ? WHERE id = ?", (line, ident))
    known = known_of(header)
    sql = {t.name: insert_sql(t) for t in (AGREEMENTS, *OWNED)}
    for change in changes:
        for record in change.added:
            (row,) = row_values(AGREEMENTS, record, known)
            rowid = conn.execute(sql[AGREEMENTS.name], row).lastrowid
            assert rowid is not None
            for table in OWNED:
                conn.executemany(sql[table.name], row_values(table, record, known))
            if indexed:
                conn.execute(f"INSERT INTO {FTS_TABLE} (rowid, {columns}) SELECT rowid, "
                             f"{exact} FROM agreements WHERE rowid = ?", (rowid,))
                conn.execute(STEM_INSERT, stem_row(rowid, row))
    ends = {change.name: change.end for change in changes}
    heads = {change.name: change.head for change in changes}
    for file in edited:
        st = file.st
        conn.execute("UPDATE files SET size = ?, stat_key = ?, sha256 = ?, "
                     "agreements_end = ?, head_sha256 = coalesce(?, head_sha256) "
                     "WHERE name = ?",
                     (st.st_size, stat_key(st, int(meta["built_at_ns"])), file.sha256,
                      ends[file.name], heads[file.name], file.name))
    meta["agreements"] = str(conn.execute("SELECT count(*) FROM agreements").fetchone()[0])
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     meta.items())
    kept = {sha256 for (sha256,) in conn.execute(
        "SELECT sha256 FROM files WHERE agreements_end IS NOT NULL")}
    return kept
