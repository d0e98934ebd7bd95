"""Agreements over time, grouped by ministry, type or partner: one row per agreement and group.

A date is kept as what it says: a day, a month, a year, an interval between two dates, and
whether it is uncertain (?) or approximate (~). The rows carry the first and last day it
covers, so a drawing shows a month as a month and never as its first day.
"""

from __future__ import annotations

import sqlite3

from ..base.dates import EXTENDED, PLAIN
from ..errors import UsageError
from .filters import Filters
from .names import MINISTRIES, PARTNERS, labels
from .queries import TIMELINE_GROUPS, where

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call (the --by choices): typing only for the checker
    from typing import Any

TIMELINE_COLUMNS = ("group", "id", "title", "signed_on", "date_start", "date_end", "precision",
                    "doubt")

_GROUPS = {
    "ministry": ("SELECT p.agreement_id, o.id, o.name, o.acronym FROM parties p JOIN "
                 f"organizations o ON o.id = p.org_id AND o.{MINISTRIES.where} "
                 "ORDER BY p.position"),
    "partner": ("SELECT p.agreement_id, o.id, o.name, o.acronym FROM parties p JOIN "
                f"organizations o ON o.id = p.org_id AND o.{PARTNERS.where} "
                "ORDER BY p.position"),
}


def precision(signed_on: str | None) -> tuple[str | None, str | None]:
    """What a date says: (day | month | year | interval, and uncertain | approximate or
    None); (None, None) when there is no date."""
    if not signed_on:
        return None, None
    doubt = ("uncertain" if "?" in signed_on else "approximate" if "~" in signed_on
             else None)
    if "/" in signed_on:
        return "interval", doubt
    plain = PLAIN.match(signed_on.rstrip("?~"))
    if plain is None or not EXTENDED.match(signed_on):
        return None, doubt
    return ("day" if plain.group(3) else "month" if plain.group(2) else "year"), doubt


def timeline(conn: sqlite3.Connection, by: str, filters: Filters) -> list[dict[str, Any]]:
    """One row per agreement and group (an agreement with two ministries is in both; one
    with none is in the group None), oldest first, undated last."""
    if by not in TIMELINE_GROUPS:
        raise UsageError(f"cannot group a timeline by '{by}'; choose one of: "
                         f"{', '.join(TIMELINE_GROUPS)}")
    clause, params = where(conn, filters)
    conn.row_factory = sqlite3.Row
    agreements = [dict(r) for r in conn.execute(
        "SELECT a.id, a.title, a.type, a.signed_on, a.date_start, a.date_end "
        f"FROM agreements a WHERE {clause} ORDER BY a.date_start NULLS LAST, a.id", params)]
    groups: dict[str, list[tuple[str | None, str | None]]] = {}
    if by in _GROUPS:
        conn.row_factory = None
        found = conn.execute(_GROUPS[by]).fetchall()
        # two bodies of one name are two lines, each named with its id (names.labels)
        named = labels((ident, name) for _agreement, ident, name, _acronym in found)
        for agreement, ident, name, acronym in found:
            group = (named[ident, name], acronym)
            if group not in groups.setdefault(agreement, []):
                groups[agreement].append(group)
    rows = []
    for a in agreements:
        said, doubt = precision(a["signed_on"])
        names: list[tuple[str | None, str | None]] = (
            [(a["type"], None)] if by == "type" else groups.get(a["id"]) or [(None, None)])
        for name, acronym in names:
            rows.append({"group": name, "id": a["id"], "title": a["title"],
                         "signed_on": a["signed_on"], "date_start": a["date_start"],
                         "date_end": a["date_end"], "precision": said, "doubt": doubt,
                         "group_acronym": acronym})
    return rows
