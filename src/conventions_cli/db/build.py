"""Records -> a SQLite file with the tables users query, as the agreements stream by.

Every table, column, key and index comes from tables.py. The rows of each agreement are
written in batches inside one transaction; the indexes are made once, at the end. The
full-text indexes are not made here: fulltext.py adds them to the cached database the
first time something needs them (a search, not a listing). Imported only when the cache
must be (re)built.

The tables and indexes are those sqlite-utils makes from the same declarations (same SQL
in the schema, so Datasette and sqlite-utils users find what they expect;
tests/test_rows.py holds them equal), written here with sqlite3 alone: importing
sqlite-utils costs more than a tenth of a cold build.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..base.loader import Sink
from ..base.records import Agreement, Dataset
from .rows import AGREEMENT_TABLES, NULL, agreement_rows, insert_sql, known_of, values
from .tables import (
    EVENTS,
    FILES,
    META,
    ORGANIZATIONS,
    PEOPLE,
    TABLES,
    Known,
    Table,
    row_values,
)

_TYPES = {str: "TEXT", int: "INTEGER", dt.date: "TEXT", float: "FLOAT"}


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_sql(table: Table) -> str:
    """CREATE TABLE for ``table``, as sqlite-utils writes it."""
    single = table.pk[0] if len(table.pk) == 1 else None
    refers = {column: (other, key) for column, other, key in table.foreign_keys}
    lines = []
    for column in table.columns:
        extras = []
        if column.name == single:
            extras.append("PRIMARY KEY")
        if column.name in refers:
            other, key = refers[column.name]
            extras.append(f"REFERENCES {quoted(other)}({quoted(key)})")
        lines.append(f"   {quoted(column.name)} {_TYPES[column.type]}"
                     + (" " + " ".join(extras) if extras else ""))
    extra = ""
    if single is None:
        extra = f",\n   PRIMARY KEY ({', '.join(quoted(name) for name in table.pk)})"
    return f"CREATE TABLE {quoted(table.name)} (\n" + ",\n".join(lines) + extra + "\n)"


def index_sqls() -> list[str]:
    """CREATE INDEX for every indexed column, as sqlite-utils writes it."""
    return [f"CREATE INDEX {quoted(f'idx_{table.name}_{column.name}')}\n"
            f"    ON {quoted(table.name)} ({quoted(column.name)})"
            for table in TABLES for column in table.columns if column.index]


def create_tables(conn: sqlite3.Connection) -> None:
    """The empty tables, with their keys, as tables.py declares them."""
    for table in TABLES:
        conn.execute(table_sql(table))


def create_indexes(conn: sqlite3.Connection) -> None:
    for sql in index_sqls():
        conn.execute(sql)


class Build(Sink):
    """A new database, written as the base is read (loader.read_base); ``finish`` makes
    it whole. Agreements are only given while the base has no problem (``only_valid``)."""

    only_valid = True
    BATCH = 2000

    def __init__(self, path: Path | None) -> None:
        self.conn = sqlite3.connect(str(path) if path is not None else ":memory:")
        self.conn.execute("PRAGMA journal_mode=DELETE")
        # A temp file that is renamed into place once whole; a crash leaves a file that
        # the next run finds damaged and rebuilds: no need to sync every page.
        self.conn.execute("PRAGMA synchronous=OFF")
        self.sql = {table.name: insert_sql(table) for table in TABLES}
        self._start()

    def _start(self) -> None:
        self.conn.execute("BEGIN")
        create_tables(self.conn)
        self.count = 0
        self.known = Known({}, {}, {})
        self.pending: dict[str, list[tuple[Any, ...]]] = {
            t.name: [] for t in AGREEMENT_TABLES}

    def begin(self, header: Dataset) -> None:
        self.known = known_of(header)
        for table, records in ((ORGANIZATIONS, header.organizations),
                               (PEOPLE, header.people), (EVENTS, header.events)):
            self.insert(table, (row for record in records
                                for row in row_values(table, record, self.known)))

    def prepare(self, record: Agreement) -> list[list[tuple[Any, ...]]]:
        """The agreement's rows in each table (a missing value: NULL, bound at once)."""
        return agreement_rows(record, self.known, NULL)

    def agreement(self, record: Agreement, chunk: int | None,
                  prepared: Any = None) -> None:
        pending = self.pending
        rows = prepared if prepared is not None else self.prepare(record)
        for table, found in zip(AGREEMENT_TABLES, rows, strict=True):
            pending[table.name].extend(found)
        self.count += 1
        if self.count % self.BATCH == 0:
            self.flush()

    def flush(self) -> None:
        for name, rows in self.pending.items():
            if rows:
                self.conn.executemany(self.sql[name], rows)
                rows.clear()

    def restart(self) -> None:
        self.conn.rollback()
        self._start()

    def insert(self, table: Table, rows: Iterable[tuple[Any, ...]]) -> None:
        self.conn.executemany(self.sql[table.name], rows)

    def finish(self, meta: dict[str, str], files: list[dict[str, Any]]) -> sqlite3.Connection:
        """The last rows, the bookkeeping, the indexes."""
        self.flush()
        self.insert(FILES, (values(FILES, row) for row in files))
        self.insert(META, meta.items())
        create_indexes(self.conn)
        self.conn.execute("COMMIT")
        return self.conn

    def close(self) -> None:
        self.conn.close()

