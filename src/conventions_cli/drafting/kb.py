"""What the knowledge base already knows, read from its SQLite database as plain dicts.

Organizations, and every id; people and events from their tables when the database has
them (schema 2), else nothing.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

__all__ = ["known_agreements", "known_events", "known_ids", "known_organizations", "known_people",
           "known_places"]


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?",
                       (name,)).fetchone()
    return row is not None


def _aliases(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(a) for a in value]
    if not value:
        return []
    try:
        loaded = json.loads(value)
    except (TypeError, ValueError):
        return [a.strip() for a in str(value).split(";") if a.strip()]
    return [str(a) for a in loaded] if isinstance(loaded, list) else []


def known_people(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every person: id, name, aliases and the bodies they signed for (`orgs`); [] when
    the base has no people table."""
    if not _table_exists(conn, "people"):
        return []
    try:
        rows = conn.execute("SELECT id, name, aliases FROM people ORDER BY id").fetchall()
    except sqlite3.DatabaseError:
        return []
    people = [{"id": r[0], "name": r[1], "aliases": _aliases(r[2])} for r in rows]
    if _table_exists(conn, "signatories"):
        try:  # the bodies each one signed for, the most often first
            signed = conn.execute("SELECT person_id, org_id, COUNT(*) AS n FROM signatories "
                                  "GROUP BY person_id, org_id ORDER BY n DESC, org_id"
                                  ).fetchall()
        except sqlite3.DatabaseError:
            signed = []
        orgs: dict[str, list[str]] = {}
        counts: dict[str, list[int]] = {}
        for person_id, org_id, n in signed:
            orgs.setdefault(str(person_id), []).append(str(org_id))
            counts.setdefault(str(person_id), []).append(int(n))
        for person in people:
            person["orgs"] = orgs.get(str(person["id"]), [])
            person["signatures"] = counts.get(str(person["id"]), [])  # per org, in order
    return people


def known_events(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every event: id, name, start; [] when the base has no events table."""
    if not _table_exists(conn, "events"):
        return []
    try:
        rows = conn.execute('SELECT id, name, "start" FROM events ORDER BY id').fetchall()
    except sqlite3.DatabaseError:
        return []
    return [{"id": r[0], "name": r[1], "start": r[2]} for r in rows]


def known_organizations(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every organization as the linker wants it: id, name, kind, acronym, aliases,
    country."""
    rows = conn.execute("SELECT id, name, kind, acronym, aliases, country FROM organizations "
                        "ORDER BY id").fetchall()
    return [{"id": r[0], "name": r[1], "kind": r[2], "acronym": r[3],
             "aliases": _aliases(r[4]), "country": r[5]} for r in rows]


def known_ids(conn: sqlite3.Connection) -> list[str]:
    """Every agreement and organization id (a new one never takes them)."""
    return [r[0] for table in ("agreements", "organizations")
            for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def known_places(conn: sqlite3.Connection) -> list[str]:
    """Every place the base records an agreement or an event at ("Dakar", "Addis-Abeba"),
    which a draft then knows as a place of signing."""
    places: set[str] = set()
    for table in ("agreements", "events"):
        if not _table_exists(conn, table):
            continue
        try:
            rows = conn.execute(f"SELECT DISTINCT place FROM {table} WHERE place IS NOT NULL "
                                "AND place != ''").fetchall()
        except sqlite3.DatabaseError:
            continue
        places.update(str(r[0]) for r in rows)
    return sorted(places)


def known_agreements(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every agreement as a draft's `follows` wants it: id, the year it was signed in
    (its first possible one), and its parties' ids."""
    try:
        rows = conn.execute("SELECT id, date_start FROM agreements ORDER BY id").fetchall()
        parties = conn.execute("SELECT agreement_id, org_id FROM parties").fetchall()
    except sqlite3.DatabaseError:
        return []
    orgs: dict[str, list[str]] = {}
    for agreement_id, org_id in parties:
        orgs.setdefault(str(agreement_id), []).append(str(org_id))
    return [{"id": r[0], "year": str(r[1] or "")[:4], "orgs": orgs.get(str(r[0]), [])}
            for r in rows]
