"""An agreement's rows as the database takes them: the insert statements, the known
organizations, people and events the rows are derived with, the stemmed index's row.
Shared by the build and the incremental update, which does not import sqlite-utils."""

from __future__ import annotations

import functools
from typing import Any

from ..base.records import Dataset
from ..text import stems
from .tables import AGREEMENTS, SEARCH_COLUMNS, STEM_TABLE, Known, Table

_SEARCHED = [n for n, c in enumerate(AGREEMENTS.columns) if c.search]
STEM_INSERT = (f"INSERT INTO {STEM_TABLE} (rowid, {', '.join(SEARCH_COLUMNS)}) "
               f"VALUES (?, {', '.join('?' for _ in SEARCH_COLUMNS)})")


def insert_sql(table: Table) -> str:
    names = [c.name for c in table.columns]
    return (f"INSERT INTO [{table.name}] ({', '.join(f'[{n}]' for n in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})")


def stem_row(rowid: int, values: tuple[Any, ...]) -> tuple[Any, ...]:
    """The stemmed index's row for an agreements row (its rowid and its values)."""
    return (rowid, *[stemmed(values[n]) for n in _SEARCHED])


@functools.lru_cache(maxsize=4096)
def stemmed(value: str | None) -> str:
    """A text as the stemmed index holds it (places and parties' names come back often)."""
    return " ".join(stems(value))


def searched(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """The values of an agreements row that the full-text indexes hold."""
    return tuple(values[n] for n in _SEARCHED)


def values(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    """A row given as a dict, as the tuple the table's insert takes."""
    return tuple(row.get(c.name) for c in table.columns)


def known_of(header: Dataset) -> Known:
    """What the rows of agreements name, by id."""
    return Known(*({item["id"]: item for item in items if "id" in item} for items in (
        header.organizations, header.people, header.events)))
