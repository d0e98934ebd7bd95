"""People and events read from the database when it has their tables, else nothing."""

from __future__ import annotations

import sqlite3

from conventions_cli.drafting.kb import known_events, known_people


def test_without_the_schema_2_tables_there_is_nobody() -> None:
    conn = sqlite3.connect(":memory:")
    assert known_people(conn) == [] and known_events(conn) == []


def test_people_and_events_as_plain_dicts() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE people (id TEXT, name TEXT, aliases TEXT)")
    conn.execute("CREATE TABLE events (id TEXT, name TEXT, start TEXT)")
    conn.execute("INSERT INTO people VALUES ('salma-idrissi', 'Salma Idrissi', '[\"S. Idrissi\"]')")
    conn.execute("INSERT INTO events VALUES ('agrotech-2024', 'Agrotech 2024', '2024-04-02')")
    assert known_people(conn) == [{"id": "salma-idrissi", "name": "Salma Idrissi",
                                   "aliases": ["S. Idrissi"]}]
    assert known_events(conn) == [{"id": "agrotech-2024", "name": "Agrotech 2024",
                                   "start": "2024-04-02"}]


def test_people_carry_the_bodies_they_signed_for_the_most_often_first() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE people (id TEXT, name TEXT, aliases TEXT)")
    conn.execute("CREATE TABLE signatories (agreement_id TEXT, position INTEGER, "
                 "person_id TEXT, org_id TEXT, title TEXT)")
    conn.execute("INSERT INTO people VALUES ('salma-idrissi', 'Salma Idrissi', NULL)")
    conn.execute("INSERT INTO people VALUES ('omar-fassi', 'Omar Fassi', NULL)")
    conn.executemany("INSERT INTO signatories VALUES (?, 0, ?, ?, NULL)", [
        ("a1", "salma-idrissi", "onee"), ("a2", "salma-idrissi", "mtl"),
        ("a3", "salma-idrissi", "mtl")])
    assert [(p["id"], p["orgs"]) for p in known_people(conn)] == [
        ("omar-fassi", []), ("salma-idrissi", ["mtl", "onee"])]
