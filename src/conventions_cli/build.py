"""Records -> a SQLite file with the tables users query (sqlite-utils does the writing).

Every table, column, key and index comes from tables.py. Imported only when the cache
must be (re)built: sqlite-utils is slow to import and the warm path reads with sqlite3.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from .loader import gc_paused
from .records import Dataset
from .tables import (
    AGREEMENTS,
    FTS_TABLE,
    META,
    ORGANIZATIONS,
    PARTIES,
    SEARCH_COLUMNS,
    SOURCES,
    STEM_TABLE,
    TABLES,
    Table,
    rows,
)
from .text import stems


def create_tables(db: sqlite_utils.Database) -> None:
    """The empty tables, with their keys, as tables.py declares them."""
    for table in TABLES:
        db[table.name].create(
            {c.name: c.type for c in table.columns},
            pk=table.pk[0] if len(table.pk) == 1 else table.pk,
            foreign_keys=list(table.foreign_keys))


def create_indexes(db: sqlite_utils.Database) -> None:
    for table in TABLES:
        for column in table.columns:
            if column.index:
                db[table.name].create_index([column.name], if_not_exists=True)


def insert(conn: Any, table: Table, table_rows: Iterable[dict[str, Any]]) -> None:
    """Plain executemany in the caller's transaction: 5-10x faster than insert_all, which
    re-checks columns and builds SQL per batch (the tables are created already)."""
    names = [c.name for c in table.columns]
    sql = (f"INSERT INTO [{table.name}] ({', '.join(f'[{n}]' for n in names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    conn.executemany(sql, ([row[n] for n in names] for row in table_rows))


def _each(table: Table, records: Iterable[dict[str, Any]],
          orgs: dict[str, dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for record in records:
        yield from rows(table, record, orgs)


def build_database(dataset: Dataset, path: Path | None,
                   meta: dict[str, str]) -> sqlite_utils.Database:
    """Write every table in one transaction, then the full-text indexes once, at the end.

    ``path`` None builds in memory (when the cache folder cannot be written).
    """
    with gc_paused():
        db = (sqlite_utils.Database(str(path)) if path is not None
              else sqlite_utils.Database(memory=True))
        db.conn.execute("PRAGMA journal_mode=DELETE")
        orgs = {org["id"]: org for org in dataset.organizations}
        with db.conn:
            create_tables(db)
            insert(db.conn, ORGANIZATIONS, _each(ORGANIZATIONS, dataset.organizations, orgs))
            for table in (AGREEMENTS, PARTIES, SOURCES):
                insert(db.conn, table, _each(table, dataset.agreements, orgs))
            insert(db.conn, META, ({"key": k, "value": v} for k, v in meta.items()))
            create_indexes(db)
        build_search_indexes(db)
        return db


def build_search_indexes(db: sqlite_utils.Database) -> None:
    """``agreements_fts``, the exact words, made the way sqlite-utils' enable_fts makes it
    (so Datasette's ?_search= works), and ``agreements_stem``: the same columns as French
    stems, rowid for rowid, so that `conv search emploi` finds "emplois"."""
    db[AGREEMENTS.name].enable_fts(list(SEARCH_COLUMNS), fts_version="FTS5",
                                   tokenize="unicode61 remove_diacritics 2")
    assert db[AGREEMENTS.name].detect_fts() == FTS_TABLE
    columns = ", ".join(SEARCH_COLUMNS)
    conn = db.conn
    with conn:
        conn.execute(f"CREATE VIRTUAL TABLE {STEM_TABLE} USING fts5({columns}, "
                     "tokenize='unicode61')")
        found = conn.execute(f"SELECT rowid, {columns} FROM {AGREEMENTS.name}").fetchall()
        conn.executemany(
            f"INSERT INTO {STEM_TABLE} (rowid, {columns}) "
            f"VALUES (?, {', '.join('?' for _ in SEARCH_COLUMNS)})",
            ((rowid, *(" ".join(stems(value)) for value in values))
             for rowid, *values in found))
