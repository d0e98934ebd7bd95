"""Promises that fell due: a programme whose period ended, jobs whose horizon passed.

A promise for a year falls due when that year is over: a period 2022-2025 on 31 December
2025, jobs "by 2029" on 31 December 2029, so nothing is due before its date. A status of
completed, terminated or superseded settles an agreement (when the base dates that status,
only if it was surely reported by the day asked about, and not before the signing; an
undated one only today: on a past day it proves nothing, since it may have been reported
years later). Each due agreement comes with its last status surely reported by that day
(none when the base dates it later, or in a month or year that runs past that day) and the
agreements that follow or amend it, surely signed by that day: one rule, known_by(). --status
picks that status, the one shown, not the last one the base holds.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from ..base.dates import DateError, bounds, loose_bounds, plain_bounds
from ..base.schema import FIRST_YEAR, LAST_YEAR
from ..db.tables import FLAT_COLUMNS
from ..errors import UsageError
from ..text import shell_word
from .filters import Filters, date_refusal
from .queries import decode_row, where

SETTLED = ("completed", "terminated", "superseded")
DUE_COLUMNS = ("id", "title", "signed_on", "due_on", "due_for", "period_start", "period_end",
               "jobs_direct", "jobs_by", "status", "status_on", "followed_by", "amended_by",
               "ministries", "public_parties", "partners", "amount", "currency")


def due_day(on: str | None, today: dt.date | None = None) -> str:
    """The day asked about, ISO: the last day ``on`` covers (2025 is 2025-12-31), or today."""
    if on is None:
        return (today or dt.date.today()).isoformat()
    day = on.strip()  # as every date and year option reads it
    try:
        last = plain_bounds(day)[1]
    except DateError as err:
        return _refuse(day, str(err))
    if not FIRST_YEAR <= int(day[:4]) <= LAST_YEAR:  # as a date of the data
        raise UsageError(f"--on {shell_word(day)} is outside {FIRST_YEAR}-{LAST_YEAR}, the years "
                         "the data can hold; check the year's digits")
    return last


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
    wanted_status = filters.status  # the status of that day, not the last one reported
    clause, params = where(conn, Filters(**{name: value for name, value in filters.values.items()
                                           if name != "status"}))
    wanted = [*FLAT_COLUMNS, *(c for c in ("status_on",) if c not in FLAT_COLUMNS)]
    columns = ", ".join(f'a."{c}"' for c in wanted)
    conn.row_factory = sqlite3.Row
    rows = [decode_row(r) for r in conn.execute(
        f"SELECT {columns} FROM agreements a WHERE {clause} AND "
        "(a.period_end IS NOT NULL OR a.jobs_by IS NOT NULL) ORDER BY a.id", params)]
    later: dict[tuple[str, str], list[str]] = {}
    for link in ("follows", "amends"):
        for ident, earlier, first, last in conn.execute(
                f"SELECT id, {link}, date_start, date_end FROM agreements WHERE {link} IS NOT "
                "NULL ORDER BY date_start, id"):
            if known_by(first, last, on, past):
                later.setdefault((link, earlier), []).append(ident)
    found = []
    for row in rows:
        reasons = [(day, what) for day, what in (
            (_year_over(row["period_end"]), "period"), (_year_over(row["jobs_by"]), "jobs"))
            if day is not None and day <= on]
        if not reasons or _settled(row, on, past):
            continue
        if not _status_known(row, on, past):  # not known on that day: never its status
            row["status"] = row["status_on"] = None
        if wanted_status and row["status"] not in wanted_status:
            continue
        row["due_on"] = min(day for day, _ in reasons)
        row["due_for"] = [what for _, what in reasons]
        row["followed_by"] = later.get(("follows", row["id"]), [])
        row["amended_by"] = later.get(("amends", row["id"]), [])
        found.append(row)
    found.sort(key=lambda r: (r["due_on"], r["id"]))
    return found


def known_by(first: str | None, last: str | None, on: str, past: bool) -> bool:
    """Whether what the base dates from ``first`` to ``last`` (a follow-up's signing, a
    status report) is known on the day ``on``. On a past day, only when it surely happened
    by then: a report of 2025-12 may be of the 31st, so it is not known on 15 December. On
    today or later, when it may have (the base holds nothing that today has not seen). An
    undated one, today only: on a past day it may have come years later."""
    if first is None:
        return not past
    return (last if past else first) <= on  # type: ignore[operator]


def _status_known(row: dict[str, Any], on: str, past: bool) -> bool:
    """Whether the row's dated status was known on ``on`` (the base keeps only the last
    report, so an agreement has no known status on a day before it). An undated status is
    shown, with a note on a past day, as that day's status is not known either."""
    reported = row.get("status_on")
    if not reported:
        return True
    try:
        first, last = bounds(reported)
    except DateError:
        return True
    return known_by(first, last, on, past)


def reported_before_signing(row: dict[str, Any]) -> bool:
    """Whether the status is dated before the agreement was signed (a year copied by hand,
    most likely: conv validate warns of it), so that it cannot say what became of it."""
    if not (row.get("status_on") and row.get("signed_on")):
        return False
    try:  # as validate and the date filters read them: 2020-06-15~ may be the 14th
        return loose_bounds(row["status_on"])[1] < loose_bounds(row["signed_on"])[0]
    except DateError:
        return False


def undated_settling(row: dict[str, Any]) -> bool:
    """Whether the row's status would settle it but the base gives no date for it."""
    return row.get("status") in SETTLED and not row.get("status_on")


def _settled(row: dict[str, Any], on: str, past: bool) -> bool:
    if row.get("status") not in SETTLED or reported_before_signing(row):
        return False
    if not row.get("status_on"):
        return not past  # known today; on a past day, not known to be settled by then
    return _status_known(row, on, past)
