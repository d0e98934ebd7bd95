"""Records -> a SQLite file with the tables users query (sqlite-utils does the writing).

Imported only when the cache must be (re)built: sqlite-utils is slow to import and the
warm path reads with plain sqlite3.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from .dataset import Dataset, gc_paused
from .layout import FLAT_COLUMNS, FTS_COLUMNS
from .text import fold


def _json(value: list[str]) -> str:
    return json.dumps(value, ensure_ascii=False)


def flat_row(agreement: dict[str, Any], orgs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The flat row of DESIGN §2, arrays as JSON text, plus the extra columns we store."""
    ministries, partners = [], []
    for party in agreement.get("parties", []):
        org = orgs.get(party["org"])
        if org is None:
            continue
        (ministries if org.get("kind") == "ministry" else partners).append(org["name"])
    funding = agreement.get("funding") or {}
    period = agreement.get("period") or {}
    jobs = agreement.get("jobs") or {}
    signed_on = agreement.get("signed_on")
    return {
        "id": agreement["id"],
        "title": agreement["title"],
        "type": agreement["type"],
        "signed_on": signed_on,
        "place": agreement.get("place"),
        "region": agreement.get("region"),
        "ministries": _json(ministries),
        "partners": _json(partners),
        "amount": funding.get("amount"),
        "currency": funding.get("currency"),
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "jobs_direct": jobs.get("direct"),
        "jobs_by": jobs.get("by"),
        "sectors": _json(agreement.get("sectors") or []),
        "follows": agreement.get("follows"),
        "sources": len(agreement.get("sources", [])),
        "year": int(signed_on[:4]) if signed_on else None,
        "event": agreement.get("event"),
        "summary": agreement.get("summary"),
        "line": agreement.get("_line"),
    }


def organization_row(org: dict[str, Any]) -> dict[str, Any]:
    aliases = org.get("aliases") or []
    keys = [org["id"], org["name"], org.get("acronym") or "", *aliases]
    return {
        "id": org["id"],
        "name": org["name"],
        "acronym": org.get("acronym"),
        "kind": org["kind"],
        "country": org.get("country"),
        "aliases": _json(aliases),
        "match_key": "\n".join(fold(k) for k in keys if k),
        "line": org.get("_line"),
    }


def _party_rows(agreements: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for agreement in agreements:
        for position, party in enumerate(agreement.get("parties", [])):
            yield {"agreement_id": agreement["id"], "org_id": party["org"],
                   "role": party["role"], "position": position}


def _source_rows(agreements: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for agreement in agreements:
        for position, source in enumerate(agreement.get("sources", [])):
            yield {"agreement_id": agreement["id"], "position": position,
                   "publisher": source["publisher"], "published_on": source["published_on"],
                   "title": source.get("title"), "url": source.get("url")}


def _insert(conn: Any, table: str, rows: Iterator[dict[str, Any]]) -> None:
    """Insert dict rows that all have the keys of the first one, in that order."""
    first = next(rows, None)
    if first is None:
        return
    columns = list(first)
    sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    conn.execute(sql, list(first.values()))
    conn.executemany(sql, (list(row.values()) for row in rows))


AGREEMENT_TYPES: dict[str, type] = {
    "id": str, "title": str, "type": str, "signed_on": str, "place": str, "region": str,
    "ministries": str, "partners": str, "amount": int, "currency": str,
    "period_start": int, "period_end": int, "jobs_direct": int, "jobs_by": int,
    "sectors": str, "follows": str, "sources": int, "year": int, "event": str,
    "summary": str, "line": int,
}


def build_database(dataset: Dataset, path: Path | None,
                   meta: dict[str, str]) -> sqlite_utils.Database:
    """Write every table in one transaction, then the full-text index once, at the end.

    ``path`` None builds in memory (when the cache folder cannot be written).
    """
    with gc_paused():
        return _build(dataset, path, meta)


def _build(dataset: Dataset, path: Path | None, meta: dict[str, str]) -> sqlite_utils.Database:
    db = sqlite_utils.Database(str(path)) if path is not None else sqlite_utils.Database(
        memory=True)
    db.conn.execute("PRAGMA journal_mode=DELETE")
    orgs = {org["id"]: org for org in dataset.organizations}
    assert tuple(AGREEMENT_TYPES)[: len(FLAT_COLUMNS)] == FLAT_COLUMNS
    with db.conn:
        db["organizations"].create(
            {"id": str, "name": str, "acronym": str, "kind": str, "country": str,
             "aliases": str, "match_key": str, "line": int}, pk="id")
        db["agreements"].create(AGREEMENT_TYPES, pk="id",
                                foreign_keys=[("follows", "agreements", "id")])
        db["parties"].create(
            {"agreement_id": str, "org_id": str, "role": str, "position": int},
            pk=("agreement_id", "org_id"),
            foreign_keys=[("agreement_id", "agreements", "id"),
                          ("org_id", "organizations", "id")])
        db["sources"].create(
            {"agreement_id": str, "position": int, "publisher": str, "published_on": str,
             "title": str, "url": str},
            pk=("agreement_id", "position"),
            foreign_keys=[("agreement_id", "agreements", "id")])
        db["meta"].create({"key": str, "value": str}, pk="key")
        # Plain executemany in the same transaction: 5-10x faster than insert_all, which
        # re-checks columns and builds SQL per batch (the tables are created just above).
        _insert(db.conn, "organizations", (organization_row(o) for o in dataset.organizations))
        _insert(db.conn, "agreements", (flat_row(a, orgs) for a in dataset.agreements))
        _insert(db.conn, "parties", _party_rows(dataset.agreements))
        _insert(db.conn, "sources", _source_rows(dataset.agreements))
        for table, columns in (("agreements", ["signed_on"]), ("agreements", ["type"]),
                               ("agreements", ["region"]), ("agreements", ["year"]),
                               ("agreements", ["place"]), ("agreements", ["follows"]),
                               ("parties", ["org_id"]), ("organizations", ["kind"])):
            db[table].create_index(columns, if_not_exists=True)
        db["meta"].insert_all(({"key": k, "value": v} for k, v in meta.items()))
    db["agreements"].enable_fts(list(FTS_COLUMNS), fts_version="FTS5",
                                tokenize="unicode61 remove_diacritics 2")
    return db
