"""`conv sql`: one read-only statement, within the query bounds, its rows streamed."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import QueryError
from .bounded import Bound, bounded

_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                 getattr(sqlite3, "SQLITE_RECURSIVE", 33)}
# Functions that reach inside SQLite: fts3_tokenizer() reads and sets C pointers.
REFUSED_FUNCTIONS = {"fts3_tokenizer"}
# The longest text or BLOB a statement may make: a group_concat of every summary of a
# national base is a few MiB, zeroblob(1e9) a gigabyte copied twice before a word.
VALUE_LIMIT = 64 << 20
_LIMIT_LENGTH = getattr(sqlite3, "SQLITE_LIMIT_LENGTH", 0)  # SQLite's own number
# Rows fetched before the first is written: a damaged cache shows here, where it is
# rebuilt and the query run again (Database.run); the rest is streamed.
FIRST = 1000
BATCH = 500


class _Authorizer:
    def __init__(self) -> None:
        self.refused: str | None = None

    def __call__(self, action: int, arg1: str | None, arg2: str | None, db: str | None,
                 trigger: str | None) -> int:
        if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in REFUSED_FUNCTIONS:
            self.refused = (arg2 or "").lower()
            return sqlite3.SQLITE_DENY
        if action in _READ_ACTIONS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
            return sqlite3.SQLITE_OK  # SQLite asks this while it reads the schema
        # data_version: FTS5 asks it when a query opens agreements_fts (it reads, never sets).
        if action == sqlite3.SQLITE_PRAGMA and arg1 in (
                "table_info", "table_xinfo", "index_list", "index_info", "foreign_key_list",
                "data_version"):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY


def _failure(exc: Exception, bound: Bound, authorizer: _Authorizer) -> QueryError:
    stopped = bound.failure()
    if isinstance(stopped, QueryError):
        return stopped
    if authorizer.refused:
        return QueryError(f"conv sql refuses {authorizer.refused}(): it reaches inside "
                          "SQLite's memory; query the tables instead")
    text = str(exc)
    if "too big" in text:
        return QueryError(f"SQL error: {text} (conv sql makes no value over "
                          f"{VALUE_LIMIT >> 20} MiB); narrow the query, or select a part with "
                          "substr()")
    if isinstance(exc, sqlite3.Warning):  # several statements at once
        return QueryError(f"SQL error: {text}; run one statement at a time")
    # conv reads one version of the database from start to end, in a transaction
    # (db/place.reading): what must run outside one (VACUUM) is no plain read either.
    if ("not authorized" in text or "authorization denied" in text or "readonly" in text
            or "query_only" in text or "within a transaction" in text):
        return QueryError("conv sql only reads; the statement would change or attach "
                          "something (use SELECT)")
    if text.startswith("no such column: ") and text.rsplit(".", 1)[-1].split()[-1] == "line":
        # An agreement's line is kept apart from its row (db/tables.py AGREEMENT_LINES).
        return QueryError(f"SQL error: {text}; an agreement's line is in agreement_lines "
                          "(join agreement_lines l on l.agreement_id = agreements.id)")
    return QueryError(f"SQL error: {text}")


def distinct_names(columns: list[str]) -> list[str]:
    """Each column its own name: a name met again
    (a self-join's ``a.id, b.id``) becomes ``id_2``, ``id_3``, … (never one already taken),
    so that no row keyed by name loses a value."""
    taken = set(columns)
    seen: set[str] = set()
    names = []
    for name in columns:
        if name in seen:
            number = 2
            while f"{name}_{number}" in taken:
                number += 1
            name = f"{name}_{number}"
            taken.add(name)
        seen.add(name)
        names.append(name)
    return names


def run_sql(conn: sqlite3.Connection, sql: str, params: dict[str, str] | None = None,
            renamed: Callable[[str], None] | None = None
            ) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """One read-only statement (anything that would write, attach or configure is
    refused): its columns (each name once: see distinct_names), and its rows as they
    come, within the query bounds. ``renamed`` is told, in one sentence, of the names
    distinct_names changed."""
    authorizer = _Authorizer()
    stack = contextlib.ExitStack()
    bound = stack.enter_context(bounded(conn))
    setlimit = getattr(conn, "setlimit", None)  # Python 3.11 and later
    if setlimit is not None:
        longest = setlimit(_LIMIT_LENGTH, VALUE_LIMIT)
        stack.callback(setlimit, _LIMIT_LENGTH, longest)
    conn.set_authorizer(authorizer)
    conn.row_factory = None
    try:
        try:
            cursor = conn.execute(sql, params or {})
        finally:
            conn.set_authorizer(None)
        named = [d[0] for d in cursor.description or []]
        columns = distinct_names(named)
        if renamed is not None and columns != named:
            changes = ", ".join(f"{new} ({old!r} again)" for old, new
                                in zip(named, columns, strict=True) if old != new)
            renamed(f"columns of the same name are written apart: {changes}; "
                    "name them with AS to choose")
        first = cursor.fetchmany(FIRST)
    except (sqlite3.DatabaseError, sqlite3.Warning) as exc:
        failure = _failure(exc, bound, authorizer)
        stack.close()
        # SQLite's error stays its context: a damaged cache is rebuilt (Database.run).
        raise failure from None
    except BaseException:
        stack.close()
        raise
    return columns, _rows(columns, first, cursor, bound, authorizer, stack)


def _rows(columns: list[str], first: list[Any], cursor: sqlite3.Cursor, bound: Bound,
          authorizer: _Authorizer, stack: contextlib.ExitStack) -> Iterator[dict[str, Any]]:
    with stack:
        batch = first
        while batch:
            for row in batch:
                yield dict(zip(columns, row, strict=True))
            if bound.check():
                failure = bound.failure()
                if failure is not None:
                    raise failure
                break  # Ctrl-C while rows were written: raised as the bounds end
            try:
                batch = cursor.fetchmany(BATCH)
            except sqlite3.DatabaseError as exc:
                raise _failure(exc, bound, authorizer) from None


# The largest BLOB conv sql writes (its hex is twice that): past it, one line says how to
# ask for a part, instead of a flood of hex (zeroblob(1e9) is one short query).
BLOB_LIMIT = 1 << 20


def blobs_written(rows: Iterator[dict[str, Any]], fmt: str) -> Iterator[dict[str, Any]]:
    """The rows with each BLOB as a format can hold it: in JSON as sqlite-utils writes one
    (``{"$base64": true, "encoded": ...}``), elsewhere as SQL writes it (``X'41'``)."""
    import base64

    for number, row in enumerate(rows, 1):
        for column, value in row.items():
            if not isinstance(value, bytes):
                continue
            if len(value) > BLOB_LIMIT:
                size = f"{len(value):,}".replace(",", " ")
                raise QueryError(f"row {number}, column {column!r} holds a BLOB of {size} "
                                 "bytes; conv sql writes BLOBs up to 1 MiB: select "
                                 "length(...) or hex(substr(..., 1, 1000)) instead")
            row[column] = ({"$base64": True, "encoded": base64.b64encode(value).decode()}
                           if fmt in ("json", "jsonl") else f"X'{value.hex().upper()}'")
        yield row
