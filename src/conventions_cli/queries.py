"""Read-only questions to the database; each returns plain rows or dicts, never prints.

Every user value is a bound parameter; column names come only from fixed lists.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .errors import NotFound, UsageError
from .layout import ARRAY_COLUMNS, FLAT_COLUMNS
from .text import fold

# Fields whose natural order is "biggest / newest first".
DESCENDING_BY_DEFAULT = frozenset({
    "signed_on", "amount", "period_start", "period_end", "jobs_direct", "jobs_by", "sources",
})


@dataclass
class Filters:
    """What `list`, `stats` and `export` narrow the agreements to; all combine with AND."""

    ministry: str | None = None
    partner: str | None = None
    type: str | None = None
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    place: str | None = None
    sector: str | None = None


def prepare(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Add the accent-folding function our filters use (Datasette users do not need it)."""
    conn.create_function("conv_fold", 1, fold, deterministic=True)
    return conn


def where(filters: Filters, alias: str = "a") -> tuple[str, list[Any]]:
    """The WHERE clause for ``filters`` over table alias ``alias``, with its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    party = ("EXISTS (SELECT 1 FROM parties p JOIN organizations o ON o.id = p.org_id "
             f"WHERE p.agreement_id = {alias}.id AND o.kind {{op}} 'ministry' "
             "AND instr(o.match_key, ?) > 0)")
    if filters.ministry:
        clauses.append(party.format(op="="))
        params.append(fold(filters.ministry))
    if filters.partner:
        clauses.append(party.format(op="!="))
        params.append(fold(filters.partner))
    if filters.type:
        clauses.append(f"{alias}.type = ?")
        params.append(filters.type)
    if filters.year is not None:
        clauses.append(f"{alias}.year = ?")
        params.append(filters.year)
    if filters.year_from is not None:
        clauses.append(f"{alias}.year >= ?")
        params.append(filters.year_from)
    if filters.year_to is not None:
        clauses.append(f"{alias}.year <= ?")
        params.append(filters.year_to)
    if filters.place:
        clauses.append(f"(instr(conv_fold({alias}.place), ?) > 0 "
                       f"OR instr(conv_fold({alias}.region), ?) > 0)")
        params.extend([fold(filters.place)] * 2)
    if filters.sector:
        clauses.append(f"EXISTS (SELECT 1 FROM json_each({alias}.sectors) "
                       "WHERE instr(conv_fold(value), ?) > 0)")
        params.append(fold(filters.sector))
    return (" AND ".join(clauses) or "1"), params


def decode_row(row: sqlite3.Row | dict[str, Any]) -> dict[str, Any]:
    """A stored row with its JSON-text arrays turned back into lists."""
    out = dict(row)
    for key in ARRAY_COLUMNS & out.keys():
        out[key] = json.loads(out[key]) if out[key] else []
    return out


def order_by(sort: str | None, descending: bool | None) -> str:
    field = sort or "signed_on"
    if field not in FLAT_COLUMNS:
        raise UsageError(f"cannot sort by '{field}'; choose one of: {', '.join(FLAT_COLUMNS)}")
    if descending is None:
        descending = field in DESCENDING_BY_DEFAULT
    direction = "DESC" if descending else "ASC"
    nulls = "NULLS LAST"
    return f'ORDER BY a."{field}" {direction} {nulls}, a.id ASC'


def list_agreements(conn: sqlite3.Connection, filters: Filters, *, sort: str | None = None,
                    descending: bool | None = None, limit: int | None = None
                    ) -> list[dict[str, Any]]:
    """Flat rows of DESIGN §2, newest first unless told otherwise."""
    prepare(conn)
    clause, params = where(filters)
    columns = ", ".join(f'a."{c}"' for c in FLAT_COLUMNS)
    sql = f"SELECT {columns} FROM agreements a WHERE {clause} {order_by(sort, descending)}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    conn.row_factory = sqlite3.Row
    return [decode_row(r) for r in conn.execute(sql, params)]


def all_ids(conn: sqlite3.Connection, table: str = "agreements") -> list[str]:
    assert table in ("agreements", "organizations")
    return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def nearest_ids(word: str, ids: list[str]) -> list[str]:
    close = difflib.get_close_matches(word, ids, n=3, cutoff=0.4)
    contained = [i for i in ids if word and word in i and i not in close]
    return (close + contained)[:3]


def get_agreement(conn: sqlite3.Connection, agreement_id: str) -> dict[str, Any]:
    """The full nested record: organizations resolved, sources, and what follows it."""
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM agreements WHERE id = ?", (agreement_id,)).fetchone()
    if row is None:
        close = nearest_ids(agreement_id, all_ids(conn))
        hint = f"; nearest: {', '.join(close)}" if close else ""
        raise NotFound(f"no agreement '{agreement_id}'{hint} (conv list shows every id)")
    parties = [dict(r) for r in conn.execute(
        "SELECT p.org_id AS org, p.role, o.name, o.acronym, o.kind, o.country "
        "FROM parties p JOIN organizations o ON o.id = p.org_id "
        "WHERE p.agreement_id = ? ORDER BY p.position", (agreement_id,))]
    sources = [dict(r) for r in conn.execute(
        "SELECT publisher, published_on, title, url FROM sources WHERE agreement_id = ? "
        "ORDER BY position", (agreement_id,))]
    followed_by = [r[0] for r in conn.execute(
        "SELECT id FROM agreements WHERE follows = ? ORDER BY signed_on, id", (agreement_id,))]
    record = {
        "id": row["id"], "title": row["title"], "type": row["type"],
        "signed_on": row["signed_on"], "place": row["place"], "region": row["region"],
        "parties": parties,
        "funding": ({"amount": row["amount"], "currency": row["currency"]}
                    if row["amount"] is not None else None),
        "period": ({"start": row["period_start"], "end": row["period_end"]}
                   if row["period_start"] is not None else None),
        "jobs": ({"direct": row["jobs_direct"], "by": row["jobs_by"]}
                 if row["jobs_direct"] is not None else None),
        "sectors": json.loads(row["sectors"] or "[]"),
        "event": row["event"],
        "follows": row["follows"],
        "followed_by": followed_by,
        "summary": row["summary"],
        "sources": sources,
    }
    return record
