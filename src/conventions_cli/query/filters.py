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
import re
import sqlite3
from collections import namedtuple

from ..base.dates import DateError, plain_bounds
from ..base.pasted import wrapping_quotes
from ..base.vocabulary import AGREEMENT_TYPES, ROLES, STATUSES, currency_meant
from ..errors import UsageError
from ..text import fold, quote, shell_word, words_match
from . import names
from .spans import ends_sql, starts_sql, year_runs
from .values import NOTES as VALUE_NOTES
from .values import place as _place
from .values import region as _region
from .values import sector as _sector

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


# --- names: organizations, people and events, one resolver (names.py) ------------------


def _ids(conn: sqlite3.Connection, kind: names.Nameable, values: tuple[str, ...]) -> str:
    return json.dumps(sorted({n.id for v in values for n in names.resolve(conn, kind, v)}))


def _parties(kind: names.Nameable) -> Callable[..., Clause]:
    """A party of the agreement among the organizations of ``kind`` the values name; with
    ``roles`` (--role), a party in one of those roles."""
    def clause(conn: sqlite3.Connection, values: tuple[str, ...],
               roles: tuple[str, ...] = ()) -> Clause:
        role = " AND p.role IN (SELECT value FROM json_each(?))" if roles else ""
        return ("EXISTS (SELECT 1 FROM parties p WHERE p.agreement_id = a.id "
                f"AND p.org_id IN (SELECT value FROM json_each(?)){role})",
                [_ids(conn, kind, values), *([json.dumps(list(roles))] if roles else [])])
    return clause


def _role(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    return ("EXISTS (SELECT 1 FROM parties p WHERE p.agreement_id = a.id "
            "AND p.role IN (SELECT value FROM json_each(?)))", [json.dumps(list(values))])


def _person(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    return ("EXISTS (SELECT 1 FROM signatories s WHERE s.agreement_id = a.id "
            "AND s.person_id IN (SELECT value FROM json_each(?)))",
            [_ids(conn, names.PEOPLE, values)])


def _event(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    """An event of the base (schema 2), or the words of an event's name in a schema-1
    base, where agreements write the event as text."""
    by_text = " OR ".join("conv_match(?, a.event)" for _ in values)
    return (f"(a.event_id IN (SELECT value FROM json_each(?)) OR (a.event_id IS NULL AND "
            f"({by_text})))", [_ids(conn, names.EVENTS, values), *values])


def _one_of(column: str) -> Callable[[sqlite3.Connection, Any], Clause]:
    def clause(conn: sqlite3.Connection, values: tuple[Any, ...]) -> Clause:
        return f"a.{column} IN (SELECT value FROM json_each(?))", [json.dumps(list(values))]
    return clause


def _years(conn: sqlite3.Connection, values: tuple[int, ...]) -> Clause:
    """Signed in one of these years: the days signed_on covers overlap the year (an
    interval 2014-12/2016-12 is in 2014, 2015 and 2016)."""
    starts, ends = starts_sql(conn), ends_sql(conn)
    overlap = " OR ".join(f"({starts} <= ? AND {ends} >= ?)" for _ in values)
    return f"({overlap})", [d for y in values for d in (f"{y}-12-31", f"{y}-01-01")]


def _from(conn: sqlite3.Connection, value: str) -> Clause:
    """Signed on or after the first day ``value`` covers, possibly: a date whose last day is
    on or after it (a year, a month, an interval, an uncertain date, an approximate day the
    day before), as --year does."""
    return f"{ends_sql(conn)} >= ?", [day_bounds("--from", value)[0]]


def _to(conn: sqlite3.Connection, value: str) -> Clause:
    return f"{starts_sql(conn)} <= ?", [day_bounds("--to", value)[1]]


def _sure(conn: sqlite3.Connection, value: bool) -> Clause:
    return "1", []  # Filters.clauses() narrows the date filters themselves


# A date that is not marked uncertain (?) or approximate (~).
_CERTAIN = "(instr(a.signed_on, '?') = 0 AND instr(a.signed_on, '~') = 0)"


def day_bounds(flag: str, value: Any) -> tuple[str, str]:
    """The first and last day of a --from/--to value; a usage error if it is no date."""
    text = str(value).strip()
    try:
        return plain_bounds(text)
    except DateError as err:
        raise UsageError(date_refusal(flag, text, str(err), "YYYY, YYYY-MM or YYYY-MM-DD")
                         ) from None


def date_refusal(flag: str, text: str, why: str, forms: str) -> str:
    """Why ``text`` is no date for ``flag``, as validate says it: a day that does not exist
    (2022-02-29) is named so, a date without its zeros (2024-1-5) or written the French way
    gets the date it surely means."""
    if "real date" in why:
        return f"{flag} {shell_word(text)} is not a real date; check the day and month"
    meant = re.search(r"; did you mean [^?]*\?", why)
    return f"{flag} takes a date: {forms} (got {quote(text)})" + (meant[0] if meant else "")


def _currency(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    return _one_of("currency")(conn, tuple(v.strip().upper() for v in values))


def _bound(operator: str) -> Callable[[sqlite3.Connection, int], Clause]:
    def clause(conn: sqlite3.Connection, value: int) -> Clause:
        return f"a.amount {operator} ?", [value]
    return clause


def _linked(column: str) -> Callable[[sqlite3.Connection, tuple[str, ...]], Clause]:
    def clause(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
        return _one_of(column)(conn, tuple(v.strip().casefold() for v in values))
    return clause


FILTERS: tuple[Filter, ...] = (
    Filter("ministry", "--ministry",
           "A signing ministry: its id or acronym, or words of its name or a former name "
           "(accents optional); repeat for any of several. Example: --ministry industrie",
           "TEXT", _parties(names.MINISTRIES), complete="complete_ministry_ids"),
    Filter("public", "--public",
           "A public party that is not a ministry (the State, a government, a public body), "
           "matched the same way; repeat for any of several. Example: --public etat-marocain",
           "TEXT", _parties(names.PUBLIC), complete="complete_public_ids"),
    Filter("partner", "--partner",
           "A party other than a ministry (in partners or public_parties), matched the "
           "same way (a ministry's id lists nothing, and says --ministry finds it); repeat "
           "for any of several. Example: --partner bei",
           "TEXT", _parties(names.PARTNERS), complete="complete_partner_ids"),
    Filter("role", "--role",
           "A party in this role; with --ministry, --public or --partner, that party in "
           "this role; repeat for any of several. Example: --partner bei --role funder",
           "ROLE", _role, kind="choice", choices=ROLES),
    Filter("type", "--type", "Agreement type; repeat for any of several. Example: --type "
           "memorandum", "TYPE",
           _one_of("type"), kind="choice", choices=AGREEMENT_TYPES),
    Filter("year", "--year", "Signed in this year, possibly: a date that overlaps it (an "
           "interval, an uncertain date) is kept and counted on stderr (--sure-dates leaves "
           "it out); an agreement without a signing date is left out, and counted on stderr with "
           "its funding; repeat for any of several. Example: --year 2022 --year 2023", "YYYY",
           _years, kind="year"),
    Filter("date_from", "--from", "Signed on this day or later, possibly: like --year, a "
           "date that overlaps it (a year, a month, an interval, an uncertain date, an "
           "approximate day 2024-05-31~ a day off) is kept and counted on stderr; a year or "
           "a month given starts on its first day; with --year, a year outside the range "
           "(--year 2022 --from 2023) is refused. "
           "Example: --from 2024-06", "DATE", _from, many=False),
    Filter("date_to", "--to", "Signed on this day or earlier, possibly (as --from; a year "
           "or a month given ends on its last day). Example: --to 2024-06-30", "DATE", _to,
           many=False),
    Filter("sure_dates", "--sure-dates", "With --year, --from or --to: only the agreements "
           "surely signed in that range, leaving out a date that only overlaps it (2012 for "
           "--to 2012-06, 2011-09/2012-09, 2019-04?), so that two halves never count one "
           "agreement twice; repeated --year is one range, their union (2011-09/2012-09 is "
           "surely in --year 2011 --year 2012). Example: --from 2012-01 --to 2012-06 "
           "--sure-dates", None, _sure,
           kind="flag", many=False),
    Filter("place", "--place",
           "Words of the place (the city) where it was signed, or else of the event it was "
           "signed at (whole words or the start of one: --place sa takes Salé and Dar es "
           "Salaam, said on stderr); repeat for any of several. "
           "Example: --place casablanca", "TEXT", _place),
    Filter("region", "--region",
           "Words of the region where it was signed (as a report names it, else the "
           "city's; \"Région de\" before it is left out; one that no agreement has is said, "
           "with the nearest: souss masa, Souss-Massa); repeat for any of several. Example: "
           "--region oriental", "TEXT",
           _region),
    Filter("sector", "--sector", "Words of a sector (one that no agreement has is said, "
           "with the nearest); repeat for any of several. Example: --sector industrie",
           "TEXT", _sector),
    Filter("person", "--person",
           "A person who signed: their id, or words of their name or another spelling; "
           "repeat for any of several. Example: --person mezzour", "TEXT", _person,
           complete="complete_person_ids"),
    Filter("event", "--event",
           "The event where it was signed: its id or words of its name; repeat for any of "
           "several. Example: --event gitex-africa-2025", "TEXT", _event,
           complete="complete_event_ids"),
    Filter("status", "--status", "Status last reported (status_on says when; signed: one written, "
           "a note counts those with none); repeat for several. Example: --status in-force",
           "STATUS", _one_of("status"), kind="choice", choices=STATUSES),
    Filter("currency", "--currency", "Funding in this currency (ISO 4217: MAD, EUR, USD…); "
           "one code per option, repeated for any of several. Example: --currency EUR "
           "--currency USD", "CODE", _currency),
    Filter("min_amount", "--min-amount", "Funding of at least N, in the currency of "
           "--currency (amounts are never compared across currencies); N in digits, or "
           "grouped by spaces as conv prints it; at most 999 999 999 999 999. Example: "
           "--currency MAD --min-amount \"1 000 000 000\"", "N", _bound(">="), kind="count",
           many=False),
    Filter("max_amount", "--max-amount", "Funding of at most N, in the currency of "
           "--currency. Example: --currency EUR --max-amount 50000000", "N", _bound("<="),
           kind="count", many=False),
    Filter("follows", "--follows", "Continues this agreement (its follows is ID; one that "
           "is no agreement's id is said, with the nearest); repeat "
           "for any of several. Example: --follows cti-2013", "ID", _linked("follows"),
           complete="complete_agreement_ids"),
    Filter("amends", "--amends", "Amends this agreement (an avenant whose amends is ID); "
           "repeat for any of several. Example: --amends plan-azur-mazagan-convention-2004", "ID",
           _linked("amends"),
           complete="complete_agreement_ids"),
)
BY_NAME = {f.name: f for f in FILTERS}
# The filters whose values name records, and what they name.
NAMING = {"ministry": names.MINISTRIES, "public": names.PUBLIC, "partner": names.PARTNERS,
          "person": names.PEOPLE, "event": names.EVENTS}
PARTY_FILTERS = ("ministry", "public", "partner")
# The filters on the signing date, and --sure-dates that narrows them.
DATE_FILTERS = ("year", "date_from", "date_to")


def _each_currency(value: str) -> str:
    """The hint for several codes in one value ("EUR,USD"): one --currency for each."""
    parts = [p for p in re.split(r"[\s,;/+|&]+", value.strip().upper()) if p]
    codes = [p if len(p) == 3 and p.isalpha() else currency_meant(fold(p)) for p in parts]
    if not parts or not all(codes):
        return ""
    if len(parts) == 1:  # "MAD," as a list left open: the code alone
        return f"; did you mean --currency {codes[0]}?"
    return "; one code per --currency, repeated for several: " + " ".join(
        f"--currency {code}" for code in codes)


def _message_word(text: str) -> str:
    """A filter's value in a message: as typed when plain, else quoted for a shell, so
    that the filters said can be pasted back ("l'Agence" in double quotes)."""
    plain = text and all(c.isalnum() or c in "-_.:/@+" for c in text)
    return text if plain else shell_word(text)


def _unwrapped(value: Any) -> Any:
    """A name pasted with the typographic quotes around it ("“BEI”", "« Tanger Med »") as
    the words it quotes: no name holds them (validate warns of one that does)."""
    text = value.strip() if isinstance(value, str) else None
    if text and wrapping_quotes(text):
        return text[1:-1].strip(" \u00a0\u202f")
    return value


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
                value = tuple(_unwrapped(v) if spec.kind == "text" else v
                              for v in value or () if v is not None)
                if value:
                    self.values[spec.name] = value
            elif value is not None and (spec.kind != "flag" or value):
                self.values[spec.name] = value
        self._check()

    def _years_in_range(self, start: Any, end: Any) -> None:
        """--year with --from or --to: every filter must hold, so years wholly outside the
        range (--year 2022 --from 2023) are a slip, refused as --from after --to is (only
        a date spanning both, 2022-12/2023-01, could meet them)."""
        years = self.values.get("year", ())
        if not years or (start is None and end is None):
            return
        first = day_bounds("--from", start)[0] if start is not None else "0000"
        last = day_bounds("--to", end)[1] if end is not None else "9999"
        if any(first[:4] <= str(year).strip().zfill(4) <= last[:4] for year in years):
            return
        given = " ".join(f"--year {y}" for y in years)
        bounds = " ".join(f"{flag} {v}" for flag, v in (("--from", start), ("--to", end))
                          if v is not None)
        raise UsageError(f"{given} and {bounds} have no day in common, and every date filter "
                         f"must hold; keep one: {given}, or {bounds}")

    def _check(self) -> None:
        if self.values.get("sure_dates") and not any(
                name in self.values for name in ("year", "date_from", "date_to")):
            raise UsageError("--sure-dates narrows --year, --from or --to, and none is given, "
                             "so it would do nothing; add one (--year 2022 --sure-dates) or "
                             "leave it out")
        start, end = self.values.get("date_from"), self.values.get("date_to")
        if start is not None and end is not None and \
                day_bounds("--from", start)[0] > day_bounds("--to", end)[1]:
            raise UsageError(f"--from {start} is after --to {end}; swap them")
        self._years_in_range(start, end)
        least, most = self.values.get("min_amount"), self.values.get("max_amount")
        if least is not None and most is not None and least > most:
            raise UsageError(f"--min-amount {least} is above --max-amount {most}, so no "
                             "amount is both; swap them")
        for value in self.values.get("currency", ()):
            code = currency_meant(fold(value))
            if len(value.strip()) != 3 or not value.strip().isalpha() or code and \
                    code != value.strip().upper():  # DHS, MDH, yen: no code of theirs
                hint = f"; did you mean --currency {code}?" if code else _each_currency(value)
                raise UsageError(f"--currency takes an ISO 4217 code like MAD or EUR (got "
                                 f"{quote(value)}){hint}")
        for name in ("min_amount", "max_amount"):
            if name in self.values and not self.values.get("currency"):
                flag = BY_NAME[name].flag
                raise UsageError(f"{flag} needs --currency: amounts in different currencies "
                                 f"are never compared (e.g. --currency MAD {flag} "
                                 f"{self.values[name]})")

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

    def typed(self, word: Callable[[str], str]) -> list[str]:
        """Each filter as it was typed, in the options' order, each value written by
        ``word`` (quoted for a message, or for a shell)."""
        said = []
        for spec in FILTERS:
            value = self.values.get(spec.name)
            if spec.kind == "flag":
                if value:
                    said.append(spec.flag)
                continue
            for one in (value if spec.many else (value,)) if value is not None else ():
                said.append(f"{spec.flag} {word(str(one))}")
        return said

    def described(self) -> str:
        """The filters as they were typed (`--year 1999 --ministry 'de la Santé'`), for a
        message that says what matched nothing; "no filter" when there is none."""
        return " ".join(self.typed(_message_word)) or "no filter"

    def matched_nothing(self, what: str = "agreement") -> str:
        """That the filters selected nothing, said with the filters as typed."""
        said = self.described()
        return f"no {what} matches {said}" if self else f"the knowledge base has no {what}"

    def clauses(self, conn: sqlite3.Connection) -> Clause:
        """The WHERE clause over agreements aliased ``a``, and its parameters."""
        parts, params = [], []
        roles = self.values.get("role", ())
        for name, value in self.values.items():
            if name in PARTY_FILTERS:
                sql, args = BY_NAME[name].sql(conn, value, roles)
            else:
                sql, args = BY_NAME[name].sql(conn, value)
            parts.append(sql)
            params.extend(args)
        sure = self.sure_dates_clause() if self.values.get("sure_dates") else None
        if sure is not None:
            parts.append(sure[0])
            params.extend(sure[1])
        return " AND ".join(parts) or "1", params

    def sure_dates_clause(self) -> Clause | None:
        """That the date is surely in what --year, --from and --to select: not uncertain,
        and all its days inside (the years of --year taken together; None when no date
        filter is given). The filters alone keep a date that possibly is, as an interval
        2014-12/2016-12 is possibly in 2015."""
        parts: list[str] = []
        params: list[Any] = []
        if self.year:
            runs = year_runs(self.year)
            parts.append("(" + " OR ".join("(a.date_start >= ? AND a.date_end <= ?)"
                                           for _ in runs) + ")")
            params.extend(d for first, last in runs for d in (f"{first}-01-01", f"{last}-12-31"))
        if self.date_from is not None:
            parts.append("a.date_start >= ?")
            params.append(day_bounds("--from", self.date_from)[0])
        if self.date_to is not None:
            parts.append("a.date_end <= ?")
            params.append(day_bounds("--to", self.date_to)[1])
        if not parts:
            return None
        return "(" + " AND ".join((_CERTAIN, *parts)) + ")", params

    def doubtful_dates(self, conn: sqlite3.Connection, among: list[str] | None = None
                       ) -> list[tuple[str, int | None, str | None]]:
        """The date (signed_on), amount and currency of each agreement selected only because
        its date may lie in what --year, --from and --to select: none with --sure-dates.
        ``among``: only those of these ids (the rows a command lists), else all selected."""
        sure = None if self.values.get("sure_dates") else self.sure_dates_clause()
        if sure is None:
            return []
        conn.create_function("conv_match", 2, words_match, deterministic=True)
        where, params = self.clauses(conn)
        if among is not None:
            where += " AND a.id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(among))
        return [tuple(r) for r in conn.execute(
            f"SELECT a.signed_on, a.amount, a.currency FROM agreements a WHERE {where} AND NOT "
            f"{sure[0]} "
            "ORDER BY a.date_start, a.id", [*params, *sure[1]])]

    def without_dates(self) -> Filters:
        """These filters but --year, --from, --to and --sure-dates."""
        return Filters(**{k: v for k, v in self.values.items()
                          if k not in (*DATE_FILTERS, "sure_dates")})

    def undated(self, conn: sqlite3.Connection) -> list[tuple[str, int | None, str | None]]:
        """The id, amount and currency of each agreement without a signing date that the
        other filters select: --year, --from and --to leave it out, since it cannot be
        placed in any range ([] when no date filter is given)."""
        if not any(name in self.values for name in DATE_FILTERS):
            return []
        conn.create_function("conv_match", 2, words_match, deterministic=True)
        where, params = self.without_dates().clauses(conn)
        return [tuple(r) for r in conn.execute(
            f"SELECT a.id, a.amount, a.currency FROM agreements a WHERE {where} "
            "AND a.signed_on IS NULL ORDER BY a.id", params)]

    def dates_said(self) -> str:
        """The date filters as typed (`--from 2012-01 --to 2012-06`)."""
        dated = Filters(**{k: v for k, v in self.values.items()
                           if k in DATE_FILTERS})
        return dated.described()

    def years_clause(self, column: str) -> Clause:
        """A condition on ``column``, one year of an agreement's date, keeping only the years
        --year, --from and --to select: an agreement signed between December 2014 and
        December 2016 is found by --year 2015, but counts in 2015 alone then."""
        parts: list[str] = ["1"]
        params: list[Any] = []
        if self.year:
            parts.append(f"{column} IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(set(self.year))))
        if self.date_from is not None:
            parts.append(f"{column} >= ?")
            params.append(int(day_bounds("--from", self.date_from)[0][:4]))
        if self.date_to is not None:
            parts.append(f"{column} <= ?")
            params.append(int(day_bounds("--to", self.date_to)[1][:4]))
        return " AND ".join(parts), params

    def notes(self, conn: sqlite3.Connection, unmatched_only: bool = False,
              whole: bool = False) -> list[str]:
        """What each name filter matched, when that is not exactly one record (DESIGN §4),
        so that a too-broad or empty value is seen at once; with ``unmatched_only``, only
        the values that matched nothing; ``whole``: every record a name matched, not the
        first five (for a log). Each note says whether its value matched nothing."""
        found: list[names.Note | None] = []
        for name, kind in NAMING.items():
            for value in self.values.get(name, ()):
                found.append(names.note(conn, kind, BY_NAME[name].flag, value,
                                        unmatched_only, whole))
        for name, told in VALUE_NOTES.items():
            for value in self.values.get(name, ()):
                found.append(told(conn, value))
        for name in ("follows", "amends"):
            found += [names.unknown_agreement(conn, BY_NAME[name].flag, value)
                      for value in self.values.get(name, ())]
        return [n.text for n in found if n and (n.unmatched or not unmatched_only)]
