"""The rules across records, checked for an incremental update against the database: the
agreements read again are checked with those that were not (update.py)."""

from __future__ import annotations

import json
import sqlite3
from typing import cast

from ..base.records import Agreement

LINKS = ("follows", "amends")


def still_valid(conn: sqlite3.Connection, removed: set[str], records: list[Agreement]
                ) -> bool:
    """The base after the changes (the ids of the agreements ``removed``, the ``records``
    added) keeps every cross-record rule: ids unique, follows and amends defined
    (including those of the agreements not read again), no cycle."""
    added: dict[str, Agreement] = {}
    for record in records:
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
            if target == ident or not exists(target) or cycles(conn, key, ident, added,
                                                                removed):
                return False
    return True


def exists_in_db(conn: sqlite3.Connection, ident: str) -> bool:
    return conn.execute("SELECT 1 FROM agreements WHERE id = ?", (ident,)).fetchone() \
        is not None


def cycles(conn: sqlite3.Connection, key: str, start: str, added: dict[str, Agreement],
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
