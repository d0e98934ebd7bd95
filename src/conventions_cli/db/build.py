"""Records -> a SQLite file with the tables users query, as the agreements stream by.

Every table, column, key and index comes from tables.py. The rows of each agreement are
written in batches inside one transaction, with its French stems for the stemmed index;
the indexes and the exact-word full-text index are made once, at the end. Imported only
when the cache must be (re)built: sqlite-utils is slow to import and the warm path reads
with sqlite3.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from ..base.loader import Sink
from ..base.records import Agreement, Dataset
from .rows import STEM_INSERT, agreement_rows, insert_sql, known_of, values
from .tables import (
    AGREEMENTS,
    DIGESTS,
    EVENTS,
    FILES,
    FTS_TABLE,
    META,
    ORGANIZATIONS,
    PARTIES,
    PEOPLE,
    SEARCH_COLUMNS,
    SIGNATORIES,
    SOURCES,
    STEM_TABLE,
    TABLES,
    Known,
    Table,
    row_values,
)

# The tables an agreement's rows go to, in the order they are written.
AGREEMENT_TABLES = (AGREEMENTS, PARTIES, SIGNATORIES, SOURCES)


def create_tables(db: sqlite_utils.Database) -> None:
    """The empty tables, with their keys, as tables.py declares them."""
    for table in TABLES:
        db.table(table.name).create(
            {c.name: c.type for c in table.columns},
            pk=table.pk[0] if len(table.pk) == 1 else table.pk,
            foreign_keys=list(table.foreign_keys))


def create_indexes(db: sqlite_utils.Database) -> None:
    for table in TABLES:
        for column in table.columns:
            if column.index:
                db.table(table.name).create_index([column.name], if_not_exists=True)


class Build(Sink):
    """A new database, written as the base is read (loader.read_base); ``finish`` makes
    it whole. Agreements are only given while the base has no problem (``only_valid``)."""

    only_valid = True
    BATCH = 2000

    def __init__(self, path: Path | None) -> None:
        self.db = (sqlite_utils.Database(str(path)) if path is not None
                   else sqlite_utils.Database(memory=True))
        self.conn = self.db.conn
        self.conn.execute("PRAGMA journal_mode=DELETE")
        # A temp file that is renamed into place once whole; a crash leaves a file that
        # the next run finds damaged and rebuilds: no need to sync every page.
        self.conn.execute("PRAGMA synchronous=OFF")
        self.sql = {table.name: insert_sql(table) for table in TABLES}
        self._start()

    def _start(self) -> None:
        self.conn.execute("BEGIN")
        create_tables(self.db)
        columns = ", ".join(SEARCH_COLUMNS)
        self.conn.execute(f"CREATE VIRTUAL TABLE {STEM_TABLE} USING fts5({columns}, "
                          "tokenize='unicode61')")
        self.count = 0
        self.known = Known({}, {}, {})
        self.pending: dict[str, list[tuple[Any, ...]]] = {
            t.name: [] for t in (*AGREEMENT_TABLES, DIGESTS)}
        self.stems: list[tuple[Any, ...]] = []

    def begin(self, header: Dataset) -> None:
        self.known = known_of(header)
        for table, records in ((ORGANIZATIONS, header.organizations),
                               (PEOPLE, header.people), (EVENTS, header.events)):
            self.insert(table, (row for record in records
                                for row in row_values(table, record, self.known)))

    def prepare(self, record: Agreement) -> tuple[list[list[tuple[Any, ...]]],
                                                        tuple[Any, ...]]:
        """The agreement's rows in each table, and its stemmed texts."""
        return agreement_rows(record, self.known)

    def agreement(self, record: Agreement, chunk: tuple[int, str] | None,
                  prepared: Any = None) -> None:
        pending = self.pending
        rows, stemmed = prepared if prepared is not None else self.prepare(record)
        for table, found in zip(AGREEMENT_TABLES, rows, strict=True):
            pending[table.name].extend(found)
        self.count += 1
        self.stems.append((self.count, *stemmed))
        if chunk is not None:
            pending[DIGESTS.name].append((record["_file"], chunk[0], chunk[1], record["id"]))
        if len(self.stems) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        for name, rows in self.pending.items():
            if rows:
                self.conn.executemany(self.sql[name], rows)
                rows.clear()
        self.conn.executemany(STEM_INSERT, self.stems)
        self.stems.clear()

    def restart(self) -> None:
        self.conn.rollback()
        self._start()

    def insert(self, table: Table, rows: Iterable[tuple[Any, ...]]) -> None:
        self.conn.executemany(self.sql[table.name], rows)

    def finish(self, meta: dict[str, str], files: list[dict[str, Any]]) -> sqlite_utils.Database:
        """The last rows, the bookkeeping, the indexes; then the exact-word index."""
        self.flush()
        self.insert(FILES, (values(FILES, row) for row in files))
        self.insert(META, meta.items())
        create_indexes(self.db)
        self.conn.execute("COMMIT")
        build_search_indexes(self.db)
        return self.db

    def close(self) -> None:
        self.conn.close()


def build_search_indexes(db: sqlite_utils.Database) -> None:
    """``agreements_fts``, the exact words, made the way sqlite-utils' enable_fts makes it
    (so Datasette's ?_search= works). Its stemmed twin ``agreements_stem``, the same
    columns as French stems rowid for rowid (so that `conv search emploi` finds
    "emplois"), was filled as the rows were written."""
    db.table(AGREEMENTS.name).enable_fts(list(SEARCH_COLUMNS), fts_version="FTS5",
                                   tokenize="unicode61 remove_diacritics 2")
    assert db.table(AGREEMENTS.name).detect_fts() == FTS_TABLE
