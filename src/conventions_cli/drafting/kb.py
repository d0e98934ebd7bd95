"""What the knowledge base already knows, read from its SQLite database as plain dicts.

Organizations come from `queries.known_organizations`; people and events from their tables
when the database has them (schema 2), else nothing.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

__all__ = ["known_events", "known_people"]


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
    """Every person: id, name, aliases; [] when the base has no people table."""
    if not _table_exists(conn, "people"):
        return []
    try:
        rows = conn.execute("SELECT id, name, aliases FROM people ORDER BY id").fetchall()
    except sqlite3.DatabaseError:
        return []
    return [{"id": r[0], "name": r[1], "aliases": _aliases(r[2])} for r in rows]


def known_events(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every event: id, name, start; [] when the base has no events table."""
    if not _table_exists(conn, "events"):
        return []
    try:
        rows = conn.execute('SELECT id, name, "start" FROM events ORDER BY id').fetchall()
    except sqlite3.DatabaseError:
        return []
    return [{"id": r[0], "name": r[1], "start": r[2]} for r in rows]
