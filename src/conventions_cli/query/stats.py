"""Counts, money and jobs per group (conv stats): money summed within each currency only."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import UsageError
from ..text import fold
from . import names
from .filters import Filters
from .queries import where

# What `conv stats --by` groups on, in the order --help lists them: each group's rows and
# the column that names the group.
# A group named by a record is keyed by its id and its name (named back in _named_groups),
# so that two records of one name are two groups, never one sum under their shared name.
_SEP = chr(31)


def _by_record(join: str) -> tuple[str, str]:
    return (f"agreements a LEFT JOIN ({join}) g ON g.agreement_id = a.id",
            f"g.id || '{_SEP}' || g.name")


def _parties_of(kind: names.Nameable) -> tuple[str, str]:
    return _by_record("SELECT p.agreement_id, o.id, o.name FROM parties p JOIN "
                      f"organizations o ON o.id = p.org_id AND o.{kind.where}")


STATS_SOURCES = {
    "ministry": _parties_of(names.MINISTRIES),
    "public": _parties_of(names.PUBLIC),
    "partner": _parties_of(names.PARTNERS),
    "person": _by_record("SELECT s.agreement_id, pe.id, pe.name FROM signatories s "
                         "JOIN people pe ON pe.id = s.person_id"),
    # In every year its date covers, as --year finds it: an agreement signed between
    # December 2014 and December 2016 counts in 2014, 2015 and 2016.
    "year": ("agreements a LEFT JOIN json_each(a.years) y", "y.value"),
    "type": ("agreements a", "a.type"),
    # one region, one sector, however each record writes it (see _respelt)
    "region": ("agreements a", "conv_region(COALESCE(a.region, a.region_derived))"),
    "sector": ("agreements a LEFT JOIN json_each(a.sectors) s", "conv_sector(s.value)"),
    # by the event's id where the base has it, the name as written otherwise (schema 1)
    "event": ("agreements a", f"COALESCE(a.event_id, '') || '{_SEP}' || a.event"),
    "status": ("agreements a", "a.status"),
}
# The groups that are records, keyed by id and name.
_NAMED_BY_RECORD = ("ministry", "public", "partner", "person", "event")
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
    _respelt(conn, by)
    clause, params = where(conn, filters)
    source, group = STATS_SOURCES[by]
    if by == "year":  # only the years the filters select, not the others an interval spans
        # (an approximate day a filter keeps from the year before, 2019-12-31~ for --year
        # 2020, counts in its own year: it has no other)
        in_years, year_params = filters.years_clause(group)
        in_its_years, _ = filters.years_clause("z.value")
        clause, params = (f"({clause}) AND (y.value IS NULL OR {in_years} OR NOT EXISTS "
                          f"(SELECT 1 FROM json_each(a.years) z WHERE {in_its_years}))",
                          [*params, *year_params, *year_params])
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
    if by in _NAMED_BY_RECORD:
        by_group = _named_groups(by_group)
    if by == "year":
        return sorted(by_group.values(), key=lambda r: (r["group"] is None, r["group"] or 0))
    # ties in the order a reader looks names up: accents and case aside (Économie among
    # the E), then as written
    return sorted(by_group.values(),
                  key=lambda r: (-r["count"], r["group"] is None, fold(r["group"]),
                                 r["group"] or ""))


def _respelt(conn: sqlite3.Connection, by: str) -> dict[str, str]:
    """Teach ``conn`` the names groups go by, so that one region or one sector written two
    ways (Fes-Meknes, Fès-Meknès; Textile, textile) is one group, never two sums: a region
    by the name of the gazetteer, a sector by its most frequent spelling in the base (the
    first in order of accents and case on a tie). The YAML and its rows keep what the
    curator wrote; conv validate says where to write it one way. Returns each sector
    spelling's name (none unless ``by`` is sector)."""
    from ..base.geography import region_named

    counted = conn.execute("SELECT s.value, count(DISTINCT a.id) FROM agreements a, "
                           "json_each(a.sectors) s GROUP BY s.value").fetchall() \
        if by == "sector" else []  # a read of every agreement: only when it is asked for
    named: dict[str, str] = {}
    for spelling, _count in sorted(counted, key=lambda r: (-r[1], fold(r[0]), r[0])):
        named.setdefault(fold(spelling).strip(), spelling)
    sectors = {spelling: named[fold(spelling).strip()] for spelling, _count in counted}
    conn.create_function("conv_region", 1,
                         lambda value: value and (region_named(value) or value),
                         deterministic=True)
    conn.create_function("conv_sector", 1, lambda value: sectors.get(value, value),
                         deterministic=True)
    return sectors


def respelt_groups(conn: sqlite3.Connection, by: str, filters: Filters
                   ) -> list[tuple[str, str, int]]:
    """For stats --by region or sector: each spelling the agreements ``filters`` select
    write that is counted under another name, as (spelling, name, agreements)."""
    if by not in ("region", "sector"):
        return []
    _respelt(conn, by)
    clause, params = where(conn, filters)
    source, group = STATS_SOURCES[by]
    written = "a.region" if by == "region" else "s.value"
    return [(spelling, name, count) for spelling, name, count in conn.execute(
        f"SELECT {written}, {group}, count(DISTINCT a.id) FROM {source} WHERE ({clause}) "
        f"AND {written} IS NOT NULL AND {written} != {group} GROUP BY 1, 2 ORDER BY 2, 1",
        params)]


def spanning_years(conn: sqlite3.Connection, filters: Filters) -> int:
    """How many of the agreements ``filters`` select have a date over several of the years
    they select: each counts, with its money, in every one of them (as --year finds it in
    each)."""
    clause, params = where(conn, filters)
    in_years, year_params = filters.years_clause("y.value")
    found = conn.execute(f"SELECT count(*) FROM agreements a WHERE {clause} AND (SELECT "
                         f"count(*) FROM json_each(a.years) y WHERE {in_years}) > 1",
                         [*params, *year_params]).fetchone()
    return int(found[0])


def avenants_beside_amended(conn: sqlite3.Connection, filters: Filters
                            ) -> list[tuple[str, str]]:
    """(id, the id it amends) of each agreement ``filters`` select that amends another,
    of any type, with an amount in the currency of the one it amends, itself selected with
    an amount: the totals add the two. An amendment's funding is what it adds (README);
    one that gives the new total counts the first amount twice."""
    clause, params = where(conn, filters)
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT a.id, a.amends FROM agreements a WHERE {clause} AND a.amends IS NOT NULL "
        "AND a.amount IS NOT NULL AND EXISTS (SELECT 1 FROM agreements b WHERE b.id = "
        "a.amends AND b.amount IS NOT NULL AND b.currency = a.currency AND b.id IN (SELECT "
        f"a.id FROM agreements a WHERE {clause})) ORDER BY a.date_start, a.id",
        [*params, *params])]


# The groupings where one agreement may be in several groups (two ministries, sectors…).
_MANY_PER_AGREEMENT = ("ministry", "public", "partner", "person", "sector")


def in_several_groups(conn: sqlite3.Connection, by: str, filters: Filters
                      ) -> tuple[int, int, list[tuple[int, str]], int | None]:
    """For a grouping where an agreement may be in several groups: how many of the
    agreements ``filters`` select are (each counts, with its money and jobs, in every one
    of them), how many agreements are selected, their amounts summed once each per
    currency (MAD first) and their direct jobs: the true wholes, which the rows added up
    overstate. (0, 0, [], None) for any other grouping."""
    if by not in _MANY_PER_AGREEMENT:
        return 0, 0, [], None
    _respelt(conn, by)
    clause, params = where(conn, filters)
    source, group = STATS_SOURCES[by]
    several = conn.execute(
        f"SELECT count(*) FROM (SELECT a.id FROM {source} WHERE {clause} GROUP BY a.id "
        f"HAVING count(DISTINCT {group}) > 1)", params).fetchone()[0]
    if not several:
        return 0, 0, [], None
    count, jobs = conn.execute(f"SELECT count(*), sum(a.jobs_direct) FROM agreements a "
                               f"WHERE {clause}", params).fetchone()
    summed: dict[str, int] = {}
    for currency, amount in conn.execute(  # in Python: exact past 64 bits
            f"SELECT a.currency, a.amount FROM agreements a WHERE {clause} AND "
            "a.amount IS NOT NULL AND a.currency IS NOT NULL", params):
        summed[currency] = summed.get(currency, 0) + int(amount)
    sums = [(summed[c], c) for c in sorted(summed, key=lambda c: (c != "MAD", c))]
    return int(several), int(count), sums, None if jobs is None else int(jobs)


def stale_in_force(conn: sqlite3.Connection, filters: Filters, before: int, today: int
                   ) -> int:
    """How many of the agreements ``filters`` select were reported in force before the
    year ``before``, or without a date, or have a period that ended before ``today``'s
    year: an in-force group that reads as today's state when it is an old report."""
    clause, params = where(conn, filters)
    found = conn.execute(
        f"SELECT count(*) FROM agreements a WHERE {clause} AND a.status = 'in-force' AND "
        "(a.status_on IS NULL OR CAST(substr(a.status_on, 1, 4) AS INTEGER) < ? OR "
        "(a.period_end IS NOT NULL AND a.period_end < ?))", [*params, before, today]
    ).fetchone()
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


def _named_groups(by_group: dict[Any, dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    """The groups named as a reader knows them: the record's name, and where two records
    share one (a yearly forum named alike each year, two countries' ministries of foreign
    affairs), its id after it in brackets, so that their counts and money are never added
    together under one name."""
    keys = {key: tuple(key.split(_SEP, 1)) for key in by_group if key is not None}
    labels = names.labels(keys.values())
    named: dict[Any, dict[str, Any]] = {}
    for key, row in by_group.items():
        if key is not None:
            row["group"] = labels[keys[key]]
        named[row["group"]] = row
    return named
