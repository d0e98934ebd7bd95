"""Promises that fell due: a programme whose period ended, jobs whose horizon passed.

A promise for a year falls due when that year is over: a period 2022-2025 on 31 December
2025, jobs "by 2029" on 31 December 2029, so nothing is due before its date. A status of
completed, terminated or superseded settles an agreement (when the base dates that status,
only if it was reported by the day asked about, and not before the signing; an undated one
only today: on a past day it proves nothing, since it may have been reported years later).
Each due agreement comes with its last status reported by that day (none when the base
dates it later) and the agreements that follow or amend it, surely signed by that day (on a
past day, not one without a signing date, nor one whose date runs past that day).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from ..base.dates import DateError, bounds
from ..db.tables import FLAT_COLUMNS
from ..errors import UsageError
from .filters import Filters, date_refusal
from .queries import decode_row, where

SETTLED = ("completed", "terminated", "superseded")
DUE_COLUMNS = ("id", "title", "signed_on", "due_on", "due_for", "period_start", "period_end",
               "jobs_direct", "jobs_by", "status", "status_on", "followed_by", "amended_by",
               "ministries", "partners", "amount", "currency")


def due_day(on: str | None, today: dt.date | None = None) -> str:
    """The day asked about, ISO: the last day ``on`` covers (2025 is 2025-12-31), or today."""
    if on is None:
        return (today or dt.date.today()).isoformat()
    try:
        return bounds(on)[1] if "/" not in on and not on.endswith(("?", "~")) else _refuse(on)
    except DateError as err:
        return _refuse(on, str(err))


def _refuse(on: str, why: str = "") -> str:
    raise UsageError(date_refusal("--on", on, why, "YYYY-MM-DD, YYYY-MM or YYYY, like 2025-12-31"))


def _year_over(year: int | None) -> str | None:
    return f"{year:04d}-12-31" if year is not None else None


def due(conn: sqlite3.Connection, filters: Filters, on: str,
        today: str | None = None) -> list[dict[str, Any]]:
    """The agreements ``filters`` select with a promise due by the day ``on`` (ISO) and not
    settled by then, longest overdue first. What the base holds without a date (a status,
    a follow-up) is known by ``today`` (ISO, default the real one), not before."""
    past = on < (today or dt.date.today().isoformat())
    clause, params = where(conn, filters)
    wanted = [*FLAT_COLUMNS, *(c for c in ("status_on",) if c not in FLAT_COLUMNS)]
    columns = ", ".join(f'a."{c}"' for c in wanted)
    conn.row_factory = sqlite3.Row
    rows = [decode_row(r) for r in conn.execute(
        f"SELECT {columns} FROM agreements a WHERE {clause} AND "
        "(a.period_end IS NOT NULL OR a.jobs_by IS NOT NULL) ORDER BY a.id", params)]
    later: dict[tuple[str, str], list[str]] = {}
    for link in ("follows", "amends"):
        for ident, earlier in conn.execute(
                f"SELECT id, {link} FROM agreements WHERE {link} IS NOT NULL AND "
                f"{'date_end <= ?' if past else '(date_start IS NULL OR date_start <= ?)'} "
                "ORDER BY date_start, id", (on,)):
            later.setdefault((link, earlier), []).append(ident)
    found = []
    for row in rows:
        reasons = [(day, what) for day, what in (
            (_year_over(row["period_end"]), "period"), (_year_over(row["jobs_by"]), "jobs"))
            if day is not None and day <= on]
        if not reasons or _settled(row, on, past):
            continue
        if _reported_after(row, on):  # not known on that day: never shown as its status
            row["status"] = row["status_on"] = None
        row["due_on"] = min(day for day, _ in reasons)
        row["due_for"] = [what for _, what in reasons]
        row["followed_by"] = later.get(("follows", row["id"]), [])
        row["amended_by"] = later.get(("amends", row["id"]), [])
        found.append(row)
    found.sort(key=lambda r: (r["due_on"], r["id"]))
    return found


def _reported_after(row: dict[str, Any], on: str) -> bool:
    """Whether the status was reported after the day asked about (the base keeps only the
    last report, so what it was on that day is not known)."""
    try:
        return bool(row.get("status_on")) and bounds(row["status_on"])[0] > on
    except DateError:
        return False


def reported_before_signing(row: dict[str, Any]) -> bool:
    """Whether the status is dated before the agreement was signed (a year copied by hand,
    most likely: conv validate warns of it), so that it cannot say what became of it."""
    try:
        return bool(row.get("status_on") and row.get("date_start")) \
            and bounds(row["status_on"])[1] < row["date_start"]
    except DateError:
        return False


def undated_settling(row: dict[str, Any]) -> bool:
    """Whether the row's status would settle it but the base gives no date for it."""
    return row.get("status") in SETTLED and not row.get("status_on")


def _settled(row: dict[str, Any], on: str, past: bool) -> bool:
    if row.get("status") not in SETTLED or reported_before_signing(row):
        return False
    reported = row.get("status_on")
    if not reported:
        return not past  # known today; on a past day, not known to be settled by then
    try:
        return bounds(reported)[0] <= on
    except DateError:
        return True
