"""After an edit, the cached database brought up to date by reading only what changed.

The database keeps the digest of each agreement's text (its chunk, chunks.py) and of each
file's head. For each edited file the chunks are compared with the stored digests: the
agreements whose text is new are parsed and checked, those whose text is gone are removed,
those that moved get their new lines. The changes are checked against the database (ids
unique, references defined, no cycle, ...) and written to a copy of it, with the full-text
entries, which then replaces it in one step (readers see the old database or the new one).

Only a valid base has a database, so a change is applied only when it is certain that the
base stays valid; anything else (a changed head, schema or layout, a problem, a doubt)
gives None, and the caller rebuilds from scratch, which reports the problems exactly.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from .. import __version__
from ..base.checks import AGREEMENT_RULES, Definitions
from ..base.chunks import Layout, cut
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
from ..files import WriteError, atomic_path
from .layout import DB_LAYOUT
from .rows import STEM_INSERT, insert_sql, known_of, searched, stem_row
from .tables import (
    AGREEMENTS,
    DIGESTS,
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
LINKS = ("follows", "amends")


class _Change:
    """What changed in one file: the agreements added (record, chunk line, digest), the
    stored chunks removed (line, agreement id), and the runs of unchanged chunks that
    moved (see _runs)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.added: list[tuple[Agreement, int, str]] = []
        self.removed: list[tuple[int, str]] = []
        self.moved: list[tuple[int, int, int, int]] = []


def update(edited: list[Any], target: Path, meta: dict[str, str],
           data_sha256: Callable[[], str]) -> bool:
    """Bring the database at ``target`` up to date with ``edited`` (the files of the base
    whose bytes changed; ``data_sha256()`` gives the base's new content); False when only a
    full rebuild can (the database is then untouched)."""
    if meta.get("layout") != DB_LAYOUT or meta.get("tool_version") != __version__:
        return False
    try:
        with atomic_path(target) as tmp:
            # The copy is written while the edited files are read (it waits on the disk,
            # they on the processor); thrown away if the changes cannot be applied.
            copy = _Background(shutil.copyfile, target, tmp)
            hashing = _Background(lambda: [file.sha256 for file in edited])
            try:
                found = _changes(edited, target, meta)
            finally:
                copy.join()
                hashing.join()
            if found is None:
                raise _Abandon
            changes, header = found
            _apply(tmp, changes, header, edited, {
                "data_sha256": data_sha256(), "built_at_ns": str(time.time_ns())})
    except (_Abandon, OSError, WriteError):
        return False
    return True


class _Abandon(Exception):
    """The changes cannot be applied: the copy is removed, the database is rebuilt."""


class _Background(threading.Thread):
    """Work that waits on the disk or runs in C (copying the database, hashing the files),
    done while the edited files are read; ``join`` raises what it raised."""

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


def _changes(edited: list[Any], target: Path, meta: dict[str, str]
             ) -> tuple[list[_Change], Dataset] | None:
    """Every edited file's changes, read and checked; None when they cannot be applied."""
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        header = _header(conn, int(meta.get("schema", "1")))
        changes = []
        for file in edited:
            change = _compare(conn, file, header)
            if change is None:
                return None
            changes.append(change)
        return (changes, header) if _still_valid(conn, changes) else None
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


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
    header.events = [Event(id=i, name=n, _line=0, _marks={}, _source="", _file="")
                     for i, n in conn.execute("SELECT id, name FROM events")]
    return header


def _compare(conn: sqlite3.Connection, file: Any, header: Dataset) -> _Change | None:
    """The changes in one edited file, its new agreements read and checked; None when
    they cannot be applied."""
    stored = conn.execute("SELECT head_sha256 FROM files WHERE name = ?",
                          (file.name,)).fetchone()
    layout = cut(file.data, digests=True)
    if stored is None or stored[0] is None or layout is None or \
            layout.head_digest() != stored[0]:
        return None  # another head, or not read chunk by chunk: rebuild
    # A digest is the text of an agreement, with its id: two alike make the base invalid,
    # so a valid base's digests are all different.
    pool = {chunk_digest: (line, ident) for line, chunk_digest, ident in conn.execute(
        "SELECT line, digest, agreement_id FROM digests WHERE file = ?", (file.name,))}
    change = _Change(file.name)
    added: list[int] = []
    kept: list[tuple[int, int]] = []  # (old line, new line) of unchanged chunks, in order
    assert layout.digests is not None
    take = pool.pop
    for index, (line, chunk_digest) in enumerate(zip(layout.lines, layout.digests,
                                                     strict=True)):
        same = take(chunk_digest, None)
        if same is None:
            added.append(index)
        else:
            kept.append((same[0], line))
    change.removed = sorted(pool.values())
    if len(added) > max(1, MOST * len(layout)):
        return None
    change.moved = _runs(kept, [line for line, _ in change.removed])
    source = display_path(file.path)
    for index in added:
        record = _read_chunk(layout, index, source, file.name, header)
        if record is None:
            return None
        change.added.append((record, layout.lines[index], layout.digests[index]))
    return change


def _runs(kept: list[tuple[int, int]], removed: list[int]) -> list[tuple[int, int, int, int]]:
    """The unchanged chunks that moved, as runs of chunks next to each other in the old
    file that moved by as much: (first chunk's line, last chunk's line, the line the
    next stored chunk starts at, shift), old lines all."""
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


def _read_chunk(layout: Layout, index: int, source: str, name: str,
                header: Dataset) -> Agreement | None:
    """One new agreement, read and checked on its own; None at the least problem."""
    data, bounds = layout.data, layout.bounds
    stop = layout.lines[index + 1] if index + 1 < len(layout) else layout.end_line
    item = read_item(bytes(data[bounds[index]:bounds[index + 1]]), source,
                     layout.lines[index], layout.item_lines[index], stop)
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


def _still_valid(conn: sqlite3.Connection, changes: list[_Change]) -> bool:
    """The base after the changes keeps every cross-record rule: ids unique, follows and
    amends defined (including those of the agreements not read again), no cycle."""
    removed = {ident for change in changes for _, ident in change.removed}
    added: dict[str, Agreement] = {}
    for change in changes:
        for record, _, _ in change.added:
            if record["id"] in added:
                return False
            added[record["id"]] = record

    def exists(ident: str) -> bool:
        if ident in added:
            return True
        if ident in removed:
            return False
        return conn.execute("SELECT 1 FROM agreements WHERE id = ?",
                            (ident,)).fetchone() is not None

    for ident in added:
        if ident not in removed and exists_in_db(conn, ident):
            return False  # the id of an agreement that stays
    gone = json.dumps(sorted(removed - set(added)))
    every_removed = json.dumps(sorted(removed))
    for key in LINKS:
        if conn.execute(f"SELECT 1 FROM agreements WHERE {key} IN (SELECT value FROM "
                        "json_each(?)) AND id NOT IN (SELECT value FROM json_each(?)) LIMIT 1",
                        (gone, every_removed)).fetchone() is not None:
            return False  # an agreement not read again names a removed one
        for ident, record in added.items():
            target = cast("str | None", record.get(key))  # follows, amends: slugs
            if target is None:
                continue
            if target == ident or not exists(target) or _cycles(conn, key, ident, added,
                                                                removed):
                return False
    return True


def exists_in_db(conn: sqlite3.Connection, ident: str) -> bool:
    return conn.execute("SELECT 1 FROM agreements WHERE id = ?", (ident,)).fetchone() \
        is not None


def _cycles(conn: sqlite3.Connection, key: str, start: str, added: dict[str, Agreement],
            removed: set[str]) -> bool:
    """Whether following ``key`` from ``start`` comes back to it (the old base had no
    cycle, so any new one goes through an agreement read again)."""
    seen = {start}
    current = added[start].get(key)
    while current is not None:
        if current == start:
            return True
        if current in seen:
            return False
        seen.add(str(current))
        if current in added:
            current = added[current].get(key)
        elif current in removed:
            return False
        else:
            found = conn.execute(f"SELECT {key} FROM agreements WHERE id = ?",
                                 (current,)).fetchone()
            current = found[0] if found else None
    return False


def _move(conn: sqlite3.Connection, change: _Change) -> None:
    """The new lines of the agreements that moved, and of their chunks' digests.

    A digest's line is its key: negated first, so that no run lands on lines still to
    move, then made positive, both through the key's index. An agreement's line is no key:
    one pass gives each its run's shift (a table scan, and a row written only where its
    line changes); the negation's two scans are kept for edits with many runs."""
    moved = change.moved
    if not moved:
        return
    for first, last, _, shift in moved:
        conn.execute(f"UPDATE {DIGESTS.name} SET line = -(line + ?) "
                     "WHERE file = ? AND line BETWEEN ? AND ?", (shift, change.name, first, last))
    conn.execute(f"UPDATE {DIGESTS.name} SET line = -line WHERE file = ? AND line < 0",
                 (change.name,))
    if len(moved) <= MOVES_AT_ONCE:
        cases = " ".join("WHEN line BETWEEN ? AND ? THEN ?" for _ in moved)
        within = " OR ".join("line BETWEEN ? AND ?" for _ in moved)
        conn.execute(f"UPDATE {AGREEMENTS.name} SET line = line + CASE {cases} END "
                     f"WHERE file = ? AND ({within})",
                     [*(value for first, _, stop, shift in moved
                        for value in (first, stop - 1, shift)),
                      change.name, *(value for first, _, stop, _ in moved
                                     for value in (first, stop - 1))])
        return
    for first, _, stop, shift in moved:
        conn.execute(f"UPDATE {AGREEMENTS.name} SET line = -(line + ?) "
                     "WHERE file = ? AND line BETWEEN ? AND ?",
                     (shift, change.name, first, stop - 1))
    conn.execute(f"UPDATE {AGREEMENTS.name} SET line = -line WHERE file = ? AND line < 0",
                 (change.name,))


# Runs of moved agreements given their new lines by one statement (its parameters stay
# under SQLite's oldest limit, 999).
MOVES_AT_ONCE = 150


def _apply(path: Path, changes: list[_Change], header: Dataset, edited: list[Any],
           meta: dict[str, str]) -> None:
    """Write the changes into the copy at ``path``, in one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=OFF")  # a temp file, renamed once whole
        conn.execute("BEGIN")
        columns = ", ".join(SEARCH_COLUMNS)
        marks = ", ".join("?" for _ in SEARCH_COLUMNS)
        for change in changes:
            for line, ident in change.removed:
                found = conn.execute(f"SELECT rowid, {columns} FROM agreements WHERE id = ?",
                                     (ident,)).fetchone()
                conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {columns}) "
                             f"VALUES ('delete', ?, {marks})", found)
                conn.execute(f"DELETE FROM {STEM_TABLE} WHERE rowid = ?", (found[0],))
                for table in (PARTIES, SIGNATORIES, SOURCES):
                    conn.execute(f"DELETE FROM {table.name} WHERE agreement_id = ?", (ident,))
                conn.execute("DELETE FROM agreements WHERE id = ?", (ident,))
                conn.execute("DELETE FROM digests WHERE file = ? AND line = ?",
                             (change.name, line))
            # Moved lines: negated first, so that no run lands on lines still to move.
            # An agreement's line is within its chunk, and the agreements of the chunks
            # removed are gone: those between a run's first line and the next stored
            # chunk are the run's.
            _move(conn, change)
        known = known_of(header)
        sql = {t.name: insert_sql(t) for t in (AGREEMENTS, PARTIES, SIGNATORIES, SOURCES)}
        for change in changes:
            for record, line, chunk_digest in change.added:
                (row,) = row_values(AGREEMENTS, record, known)
                rowid = conn.execute(sql[AGREEMENTS.name], row).lastrowid
                assert rowid is not None
                for table in (PARTIES, SIGNATORIES, SOURCES):
                    conn.executemany(sql[table.name], row_values(table, record, known))
                conn.execute(f"INSERT INTO {FTS_TABLE} (rowid, {columns}) VALUES "
                             f"(?, {marks})", (rowid, *searched(row)))
                conn.execute(STEM_INSERT, stem_row(rowid, row))
                conn.execute("INSERT INTO digests (file, line, digest, agreement_id) "
                             "VALUES (?, ?, ?, ?)", (change.name, line, chunk_digest,
                                                     record["id"]))
        for file in edited:
            st = file.st
            conn.execute("UPDATE files SET size = ?, stat_key = ?, sha256 = ? WHERE name = ?",
                         (st.st_size, stat_key(st, int(meta["built_at_ns"])), file.sha256,
                          file.name))
        meta["agreements"] = str(conn.execute("SELECT count(*) FROM agreements").fetchone()[0])
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         meta.items())
        conn.execute("COMMIT")
    finally:
        conn.close()
