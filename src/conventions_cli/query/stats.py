"""Counts, money and jobs per group (conv stats): money summed within each currency only."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from ..errors import UsageError
from . import names
from .filters import Filters
from .queries import where

# What `conv stats --by` groups on, in the order --help lists them: each group's rows and
# the column that names the group.
STATS_SOURCES = {
    "ministry": ("agreements a LEFT JOIN (SELECT p.agreement_id, o.name FROM parties p "
                 f"JOIN organizations o ON o.id = p.org_id AND o.{names.MINISTRIES.where}) g "
                 "ON g.agreement_id = a.id", "g.name"),
    "public": ("agreements a LEFT JOIN (SELECT p.agreement_id, o.name FROM parties p "
               f"JOIN organizations o ON o.id = p.org_id AND o.{names.PUBLIC.where}) g "
               "ON g.agreement_id = a.id", "g.name"),
    "partner": ("agreements a LEFT JOIN (SELECT p.agreement_id, o.name FROM parties p "
                f"JOIN organizations o ON o.id = p.org_id AND o.{names.PARTNERS.where}) g "
                "ON g.agreement_id = a.id", "g.name"),
    "person": ("agreements a LEFT JOIN (SELECT s.agreement_id, pe.name FROM signatories s "
               "JOIN people pe ON pe.id = s.person_id) g ON g.agreement_id = a.id", "g.name"),
    # In every year its date covers, as --year finds it: an agreement signed between
    # December 2014 and December 2016 counts in 2014, 2015 and 2016.
    "year": ("agreements a LEFT JOIN json_each(a.years) y", "y.value"),
    "type": ("agreements a", "a.type"),
    "region": ("agreements a", "COALESCE(a.region, a.region_derived)"),
    "sector": ("agreements a LEFT JOIN json_each(a.sectors) s", "s.value"),
    # by the event's id where the base has it (two events of one name are two groups),
    # the name as written otherwise (schema 1); named back in _event_groups
    "event": ("agreements a", f"COALESCE(a.event_id, '') || '{chr(31)}' || a.event"),
    "status": ("agreements a", "a.status"),
}
STATS_GROUPS = tuple(STATS_SOURCES)
# amount_mad sums MAD amounts only; other currencies are summed apart, one
# {"amount": 150000000, "currency": "EUR"} per currency (read "150000000 EUR" in csv/tsv).
STATS_COLUMNS = ("group", "count", "amount_mad", "jobs_direct", "other_amounts")
# --by event: the total an event reports for all its agreements (its `total`, as the events
# listing shows it), beside the sums of their own amounts; never added to them.
STATS_EVENT_COLUMNS = (*STATS_COLUMNS, "event_total")


def stats_columns(by: str) -> tuple[str, ...]:
    return STATS_EVENT_COLUMNS if by == "event" else STATS_COLUMNS


def stats(conn: sqlite3.Connection, by: str, filters: Filters) -> list[dict[str, Any]]:
    """Per group: count, sum of MAD amounts, sum of direct jobs, and the sums in any other
    currency (never added to MAD), as objects a script can add up:
    {"amount": 150000000, "currency": "EUR"}.

    Years in order; other groups most agreements first. An agreement with two ministries
    (or sectors, signatories) counts in both groups; one with none counts in the group
    null, so that every agreement the filters select is in at least one group.
    """
    if by not in STATS_GROUPS:
        raise UsageError(f"cannot group by '{by}'; choose one of: {', '.join(STATS_GROUPS)}")
    clause, params = where(conn, filters)
    source, group = STATS_SOURCES[by]
    # DISTINCT first: a sector listed twice must not count its amount twice. One pass,
    # grouped by currency too, then folded here: the join is the costly part on a big base.
    grouped = (f"SELECT DISTINCT {group} AS g, a.id, a.currency, a.amount, a.jobs_direct "
               f"FROM {source} WHERE {clause}")
    sql = ("SELECT g, currency, count(*), sum(amount), sum(jobs_direct) "
           f"FROM ({grouped}) GROUP BY g, currency ORDER BY g, currency")
    try:
        found = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:  # past 64 bits (a cache built before the bound)
        wide = sql.replace("sum(amount), sum(jobs_direct)",
                           "CASE WHEN count(amount) THEN total(amount) END, "
                           "CASE WHEN count(jobs_direct) THEN total(jobs_direct) END", 1)
        found = [(*r[:3], *(None if v is None else int(v) for v in r[3:]))
                 for r in conn.execute(wide, params)]
    by_group: dict[Any, dict[str, Any]] = {}
    for g, currency, count, amount, jobs in found:
        row = by_group.setdefault(g, {"group": g, "count": 0, "amount_mad": None,
                                      "jobs_direct": None, "other_amounts": []})
        row["count"] += count
        if jobs is not None:
            row["jobs_direct"] = jobs + (row["jobs_direct"] or 0)
        if amount is not None and currency == "MAD":
            row["amount_mad"] = amount
        elif amount is not None and currency is not None:
            row["other_amounts"].append({"amount": amount, "currency": currency})
    if by == "event":
        _add_event_totals(conn, by_group, clause, params)
        by_group = _event_groups(by_group)
    if by == "year":
        return sorted(by_group.values(), key=lambda r: (r["group"] is None, r["group"] or 0))
    return sorted(by_group.values(),
                  key=lambda r: (-r["count"], r["group"] is None, r["group"] or ""))


def spanning_years(conn: sqlite3.Connection, filters: Filters) -> int:
    """How many of the agreements ``filters`` select have a date over several years: each
    counts, with its money, in every one of them (as --year finds it in each)."""
    clause, params = where(conn, filters)
    found = conn.execute(f"SELECT count(*) FROM agreements a WHERE {clause} "
                         "AND json_array_length(a.years) > 1", params).fetchone()
    return int(found[0])


def _add_event_totals(conn: sqlite3.Connection, by_group: dict[Any, dict[str, Any]],
                      clause: str, params: Any) -> None:
    """Each event group's reported total, per currency (MAD first): an event whose money is
    reported only for the whole ceremony would otherwise show no money at all; an event
    without one adds nothing."""
    found = conn.execute(
        f"SELECT {STATS_SOURCES['event'][1]}, e.total_currency, sum(e.total_amount) FROM "
        f"(SELECT DISTINCT a.event, a.event_id FROM agreements a WHERE {clause}) a JOIN events e "
        "ON e.id = a.event_id AND e.total_amount IS NOT NULL GROUP BY a.event_id, a.event, "
        "e.total_currency ORDER BY e.total_currency != 'MAD', e.total_currency", params)
    for row in by_group.values():
        row["event_total"] = []
    for group, currency, amount in found:
        if group in by_group:
            by_group[group]["event_total"].append({"amount": amount, "currency": currency})


def _event_groups(by_group: dict[Any, dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    """The event groups named as a reader knows them: the event's name, and where two
    events share one (a yearly forum named alike each year), its id after it in brackets,
    so that their counts and money are never added together under one name."""
    keys = {key: tuple(key.split(chr(31), 1)) for key in by_group if key is not None}
    namesakes = Counter(name for _ident, name in keys.values())
    named: dict[Any, dict[str, Any]] = {}
    for key, row in by_group.items():
        if key is not None:
            ident, name = keys[key]
            row["group"] = f"{name} [{ident}]" if namesakes[name] > 1 and ident else name
        named[row["group"]] = row
    return named
