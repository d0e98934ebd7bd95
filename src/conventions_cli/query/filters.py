"""The filters that narrow agreements, each declared once: its option, help, values and SQL.

`list`, `search`, `stats` and `export` take every filter of FILTERS. The command line (the
Typer app and the fast path alike) builds its options from this table and queries.where()
builds the SQL from it, so a new filter is one entry here. Values are always bound
parameters, never spliced into SQL.

Repeating a filter keeps every value: the values of one filter are alternatives (any of
them), different filters combine (all of them).
"""

from __future__ import annotations

import json
import sqlite3
from collections import namedtuple

from ..base.vocabulary import AGREEMENT_TYPES, STATUSES
from ..errors import UsageError
from ..text import fold, quote, words_match

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    Clause = tuple[str, list[Any]]



class Filter(namedtuple("Filter", "name flag help metavar sql kind choices many complete",
                        defaults=("text", (), True, None))):
    """One filter: ``name``, the Filters field and the command's parameter; ``flag``, the
    option users type; ``sql``, values -> WHERE clause over agreements aliased a; ``kind``:
    text | year | choice; ``many``, repeatable (values are alternatives); ``complete``, a
    completion function of completion.py. (A named tuple: read on every call.)"""

    __slots__ = ()


# --- organizations: by id or acronym first, then by the words of their names ------------

Org = namedtuple("Org", "id name")


def _organizations(conn: sqlite3.Connection, ministry: bool | None) -> list[tuple[Any, ...]]:
    kind = "" if ministry is None else f"WHERE kind {'=' if ministry else '!='} 'ministry' "
    return conn.execute(f"SELECT id, name, acronym, aliases FROM organizations {kind}"
                        "ORDER BY id").fetchall()


def resolve_organizations(conn: sqlite3.Connection, value: str,
                          ministry: bool | None = None) -> list[Org]:
    """The ministries (``ministry`` True), other organizations (False) or any (None) that
    ``value`` names (DESIGN §2, matching rules): its id or acronym in any case, and then
    only that; else every one whose name or a former name has each word of ``value`` as a
    word or the start of one."""
    rows = _organizations(conn, ministry)
    exact = _named_by_code(rows, value)
    if exact:
        return exact
    found = []
    for ident, name, _, aliases in rows:
        names = [name, *json.loads(aliases or "[]")]
        if any(words_match(value, n) for n in names):
            found.append(Org(ident, name))
    return found


def _named_by_code(rows: list[tuple[Any, ...]], value: str) -> list[Org]:
    key = fold(value).strip()
    return [Org(i, n) for i, n, acronym, _ in rows if key in (fold(i), fold(acronym))]


def organizations_named_by_code(conn: sqlite3.Connection, value: str) -> list[Org]:
    """The organizations whose id or acronym is ``value`` in any case (rule 1 alone)."""
    return _named_by_code(_organizations(conn, None), value)


def _org_clause(ministry: bool) -> Callable[[sqlite3.Connection, Any], Clause]:
    def clause(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
        ids = sorted({org.id for v in values for org in resolve_organizations(conn, v, ministry)})
        return ("EXISTS (SELECT 1 FROM parties p WHERE p.agreement_id = a.id "
                "AND p.org_id IN (SELECT value FROM json_each(?)))", [json.dumps(ids)])
    return clause


def named(conn: sqlite3.Connection, table: str, value: str) -> list[Org]:
    """People or events ``value`` names: an id in any case, and then only that; else
    those whose name or another spelling has each of its words as a word or a word start."""
    has_aliases = table == "people"
    rows = conn.execute(f"SELECT id, name{', aliases' if has_aliases else ''} FROM {table} "
                        "ORDER BY id").fetchall()
    key = fold(value).strip()
    exact = [Org(row[0], row[1]) for row in rows if fold(row[0]) == key]
    if exact:
        return exact
    return [Org(row[0], row[1]) for row in rows
            if any(words_match(value, name) for name in
                   [row[1], *(json.loads(row[2] or "[]") if has_aliases else [])])]


def resolve_people(conn: sqlite3.Connection, value: str) -> list[Org]:
    return named(conn, "people", value)


def resolve_events(conn: sqlite3.Connection, value: str) -> list[Org]:
    return named(conn, "events", value)


def _person(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    ids = sorted({p.id for v in values for p in resolve_people(conn, v)})
    return ("EXISTS (SELECT 1 FROM signatories s WHERE s.agreement_id = a.id "
            "AND s.person_id IN (SELECT value FROM json_each(?)))", [json.dumps(ids)])


def _event(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    """An event of the base (schema 2), or the words of an event's name in a schema-1
    base, where agreements write the event as text."""
    ids = sorted({e.id for v in values for e in resolve_events(conn, v)})
    by_text = " OR ".join("conv_match(?, a.event)" for _ in values)
    return (f"(a.event_id IN (SELECT value FROM json_each(?)) OR (a.event_id IS NULL AND "
            f"({by_text})))", [json.dumps(ids), *values])


def _one_of(column: str) -> Callable[[sqlite3.Connection, Any], Clause]:
    def clause(conn: sqlite3.Connection, values: tuple[Any, ...]) -> Clause:
        return f"a.{column} IN (SELECT value FROM json_each(?))", [json.dumps(list(values))]
    return clause


def _years(conn: sqlite3.Connection, values: tuple[int, ...]) -> Clause:
    """Signed in one of these years: the days signed_on covers overlap the year (an
    interval 2014-12/2016-12 is in 2014, 2015 and 2016)."""
    overlap = " OR ".join("(a.date_start <= ? AND a.date_end >= ?)" for _ in values)
    return f"({overlap})", [d for y in values for d in (f"{y}-12-31", f"{y}-01-01")]


def _from(conn: sqlite3.Connection, value: int) -> Clause:
    return "a.date_end >= ?", [f"{value}-01-01"]


def _to(conn: sqlite3.Connection, value: int) -> Clause:
    return "a.date_start <= ?", [f"{value}-12-31"]


def _place(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    any_of = " OR ".join("conv_match(?, a.place) OR "
                         "conv_match(?, COALESCE(a.region, a.region_derived))" for _ in values)
    return f"({any_of})", [v for value in values for v in (value, value)]


def _sector(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    any_of = " OR ".join("conv_match(?, s.value)" for _ in values)
    return (f"EXISTS (SELECT 1 FROM json_each(a.sectors) s WHERE {any_of})", list(values))


FILTERS: tuple[Filter, ...] = (
    Filter("ministry", "--ministry",
           "A signing ministry: its id or acronym, or words of its name or a former name "
           "(accents optional); repeat for any of several.",
           "TEXT", _org_clause(ministry=True), complete="complete_ministry_ids"),
    Filter("partner", "--partner",
           "A party other than a ministry, matched the same way; repeat for any of several.",
           "TEXT", _org_clause(ministry=False), complete="complete_partner_ids"),
    Filter("type", "--type", "Agreement type; repeat for any of several.", "TYPE",
           _one_of("type"), kind="choice", choices=AGREEMENT_TYPES),
    Filter("year", "--year", "Signed in this year (an uncertain date: possibly in it); "
           "repeat for any of several.", "YYYY", _years, kind="year"),
    Filter("year_from", "--from", "Signed in this year or later.", "YYYY", _from,
           kind="year", many=False),
    Filter("year_to", "--to", "Signed in this year or earlier.", "YYYY", _to, kind="year",
           many=False),
    Filter("place", "--place",
           "Words of the city or region where it was signed; repeat for any of several.",
           "TEXT", _place),
    Filter("sector", "--sector", "Words of a sector; repeat for any of several.", "TEXT",
           _sector),
    Filter("person", "--person",
           "A person who signed: their id, or words of their name or another spelling; "
           "repeat for any of several.", "TEXT", _person, complete="complete_person_ids"),
    Filter("event", "--event",
           "The event where it was signed: its id or words of its name; repeat for any of "
           "several.", "TEXT", _event, complete="complete_event_ids"),
    Filter("status", "--status", "Status last reported; repeat for any of several.",
           "STATUS", _one_of("status"), kind="choice", choices=STATUSES),
)
BY_NAME = {f.name: f for f in FILTERS}


class Filters:
    """The values given for each filter (a tuple for repeatable ones); empty: no filter."""

    def __init__(self, **values: Any) -> None:
        unknown = set(values) - BY_NAME.keys()
        if unknown:
            raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        self.values: dict[str, Any] = {}
        for spec in FILTERS:
            value = values.get(spec.name)
            if spec.many:
                if isinstance(value, (str, int)):
                    value = (value,)
                value = tuple(v for v in value or () if v is not None)
                if value:
                    self.values[spec.name] = value
            elif value is not None:
                self.values[spec.name] = value
        start, end = self.values.get("year_from"), self.values.get("year_to")
        if start is not None and end is not None and start > end:
            raise UsageError(f"--from {start} is after --to {end}; swap them")

    def __getattr__(self, name: str) -> Any:
        if name in BY_NAME:
            return self.values.get(name, () if BY_NAME[name].many else None)
        raise AttributeError(name)

    def __bool__(self) -> bool:
        return bool(self.values)

    def __repr__(self) -> str:
        return f"Filters({', '.join(f'{k}={v!r}' for k, v in self.values.items())})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Filters) and self.values == other.values

    def clauses(self, conn: sqlite3.Connection) -> Clause:
        """The WHERE clause over agreements aliased ``a``, and its parameters."""
        parts, params = [], []
        for name, value in self.values.items():
            sql, args = BY_NAME[name].sql(conn, value)
            parts.append(sql)
            params.extend(args)
        return " AND ".join(parts) or "1", params

    def notes(self, conn: sqlite3.Connection) -> list[str]:
        """What each organization filter matched, when that is not exactly one organization:
        told on stderr at a terminal, so a too-broad or empty value is seen at once."""
        notes = []
        for name, what in (("ministry", "ministry"), ("partner", "organization")):
            for value in self.values.get(name, ()):
                found = resolve_organizations(conn, value, ministry=name == "ministry")
                flag = BY_NAME[name].flag
                if not found:
                    kind = "--kind ministry" if name == "ministry" else ""
                    notes.append(f"{flag} {quote(value)} matches no {what}; "
                                 f"conv orgs {kind}".rstrip() + " lists them")
                elif len(found) > 1:
                    shown = ", ".join(f"{o.id} ({o.name})" for o in found[:5])
                    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
                    plural = "ministries" if name == "ministry" else "organizations"
                    notes.append(f"{flag} {quote(value)} matches {len(found)} {plural}: "
                                 f"{shown}{more}")
        return notes
