"""Rules across records, one small function each; every rule returns its problems.

A large base is checked as it streams by, so each rule says what it reads:

- ``header`` rules read what a base defines besides its agreements (organizations, people,
  events: a few hundred records, held whole);
- ``agreement`` rules read one agreement at a time, with the ids the header defines;
- ``index`` rules read the compact index of all the agreements (index.py: each id with the
  line it is first defined at; the follows and amends links with where they are written).

The order of RULES is the order of their problems at one location.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, cast

from ..text import fold, nearest, quote
from .dates import plain_bounds
from .index import Index
from .index import problem_at as _at
from .records import Agreement, Dataset, Event, Named
from .yamlnodes import Problem


class Rule(NamedTuple):
    kind: str  # "header", "agreement" or "index"
    check: Callable[..., list[Problem]]


RULES: list[Rule] = []


def rule(kind: str) -> Callable[[Callable[..., list[Problem]]], Callable[..., list[Problem]]]:
    def register(func: Callable[..., list[Problem]]) -> Callable[..., list[Problem]]:
        RULES.append(Rule(kind, func))
        return func
    return register


class Definitions(NamedTuple):
    """What an agreement may refer to: the ids the header defines, and the schema."""

    organizations: frozenset[str]
    people: frozenset[str]
    events: frozenset[str]
    version: int

    @classmethod
    def of(cls, header: Dataset) -> Definitions:
        def ids(records: Sequence[Named]) -> frozenset[str]:
            return frozenset(r["id"] for r in records if "id" in r)
        return cls(ids(header.organizations), ids(header.people), ids(header.events),
                   header.version)


def _hint(word: str, choices: Iterable[str]) -> str:
    close = nearest(word, choices)
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def first_at(line: int, source: str, here: str) -> str:
    """Where a thing was first written (an id defined, a name or a spelling given), as a
    message about a second one, in ``here``, says it: "line 4", or "line 4 of b.yaml"."""
    return f"line {line}" if source == here else f"line {line} of {source}"


def _duplicates(records: Sequence[Named], what: str) -> list[Problem]:
    first: dict[str, tuple[int, str]] = {}
    problems = []
    for record in records:
        ident = record.get("id")
        if ident is None:
            continue
        if ident in first:
            where = first_at(*first[ident], record["_source"])
            problems.append(_at(record, "id",
                                f"duplicate {what} id {quote(ident)} (first at {where}); "
                                f"give each {what} its own id"))
        else:
            first[ident] = (record["_marks"].get("id", (record["_line"], 1))[0],
                            record["_source"])
    return problems


def _located(at: Problem, message: str) -> Problem:
    return Problem(at.source, at.line, at.col, message)


@rule("header")
def unique_organization_ids(header: Dataset) -> list[Problem]:
    return _duplicates(header.organizations, "organization")


@rule("index")
def unique_agreement_ids(index: Index) -> list[Problem]:
    problems = []
    for ident, at, first in index.duplicates:
        where = first_at(*index.where(first), at.source)
        problems.append(_located(at, f"duplicate agreement id {quote(ident)} (first at "
                                     f"{where}); give each agreement its own id"))
    return problems


@rule("header")
def unique_person_ids(header: Dataset) -> list[Problem]:
    return _duplicates(header.people, "person")


@rule("header")
def unique_event_ids(header: Dataset) -> list[Problem]:
    return _duplicates(header.events, "event")


@rule("agreement")
def parties_are_defined(agreement: Agreement, known: Definitions) -> list[Problem]:
    parties = agreement.get("parties", [])
    if known.organizations.issuperset([party.get("org") for party in parties]):
        return []  # every one defined (the usual case)
    problems = []
    for index, party in enumerate(parties):
        org = party.get("org")
        if org is not None and org not in known.organizations:
            problems.append(_at(agreement, f"parties[{index}].org",
                                f"parties[{index}].org {quote(org)} is not a defined "
                                f"organization{_hint(org, known.organizations)}; add it "
                                "under organizations or fix the id"))
    return problems


@rule("agreement")
def parties_are_listed_once(agreement: Agreement, known: Definitions) -> list[Problem]:
    parties = agreement.get("parties", [])
    if len({party.get("org") for party in parties}) == len(parties):
        return []  # each its own organization (the usual case)
    problems = []
    seen: set[str] = set()
    for index, party in enumerate(parties):
        org = party.get("org")
        if org in seen:
            problems.append(_at(agreement, f"parties[{index}].org",
                                f"parties[{index}].org {quote(org)} is listed twice in "
                                "this agreement; keep one entry"))
        if org is not None:
            seen.add(org)
    return problems


def _link_is_defined(index: Index, key: str) -> list[Problem]:
    """``key`` (follows, amends) names another agreement of the base."""
    problems = []
    twice = {ident for ident, _at, _first in index.duplicates}
    for ident, target, at in index.pending[key]:
        if target == ident and ident in twice and at is not index.link_at[key].get(ident):
            continue  # a later copy of an id meant the first: its duplicate id is the problem
        if target == ident:
            problems.append(_located(at, f"{key} {quote(target)} points at the agreement "
                                         "itself; name the earlier agreement"))
        elif target not in index.first:
            known = set(index.first) - {ident}
            problems.append(_located(at, f"{key} {quote(target)} is not a defined agreement"
                                         f"{_hint(target, known)}; fix the id or remove "
                                         "the key"))
    return problems


def _on_cycles(links: dict[str, str]) -> set[str]:
    """The ids on a cycle of two links or more (each id is walked once)."""
    done: set[str] = set()
    found: set[str] = set()
    for start in links:
        path: dict[str, None] = {}
        current: str | None = start
        while current is not None and current not in done and current not in path:
            path[current] = None
            current = links.get(current)
        if current is not None and current in path:
            cycle = list(path)[list(path).index(current):]
            if len(cycle) > 1:
                found.update(cycle)
        done.update(path)
    return found


def _link_has_no_cycle(index: Index, key: str) -> list[Problem]:
    """Reported once per cycle, at the agreement of the cycle defined first in the files."""
    links = index.links[key]
    problems = []
    reported: set[str] = set()
    for start in sorted(_on_cycles(links), key=index.first.__getitem__):
        if start in reported:
            continue
        seen = [start]
        current = links[start]
        while current != start:
            seen.append(current)
            current = links[current]
        reported.update(seen)
        chain = " -> ".join([*seen, start])
        problems.append(_located(index.first_location(start, key),
                                 f"{key} makes a cycle ({chain}); one of them must be the "
                                 "first"))
    return problems


@rule("index")
def follows_is_defined(index: Index) -> list[Problem]:
    return _link_is_defined(index, "follows")


@rule("index")
def follows_has_no_cycle(index: Index) -> list[Problem]:
    return _link_has_no_cycle(index, "follows")


@rule("index")
def amends_is_defined(index: Index) -> list[Problem]:
    return _link_is_defined(index, "amends")


@rule("index")
def amends_has_no_cycle(index: Index) -> list[Problem]:
    return _link_has_no_cycle(index, "amends")


# (region, place) pairs found to agree: a base repeats a few hundred of them
_AGREEING: set[tuple[str, str | None]] = set()


def _region_problem(record: Agreement | Event) -> list[Problem]:
    """A region written by hand agrees with its city (the 2015 regions); a place abroad may
    name a region of its own country."""
    region, place = record.get("region"), record.get("place")
    if region is None or (region, place) in _AGREEING:
        return []
    from .geography import region_named, region_of

    named, derived = region_named(region), region_of(place)
    if named is None and (place is None or derived is not None):
        return [_at(record, "region", f"region {quote(region)} is not one of Morocco's 12 "
                                      "regions (2015); write one, like Casablanca-Settat, "
                                      "or leave it out: conv derives it from the place")]
    if named is not None and derived is not None and named != derived:
        return [_at(record, "region", f"region {quote(region)} does not agree with place "
                                      f"{quote(place)}, which is in {derived}; fix one, or "
                                      "leave the region out: conv derives it from the place")]
    if len(_AGREEING) > 65536:
        _AGREEING.clear()
    _AGREEING.add((region, place))
    return []


@rule("agreement")
def region_agrees_with_place(agreement: Agreement, known: Definitions) -> list[Problem]:
    return _region_problem(agreement)


@rule("header")
def event_regions_agree_with_places(header: Dataset) -> list[Problem]:
    return [p for event in header.events for p in _region_problem(event)]


@rule("agreement")
def event_is_defined(agreement: Agreement, known: Definitions) -> list[Problem]:
    """Schema 2: an agreement's event is the id of an entry under events."""
    event = agreement.get("event")
    if known.version < 2 or event is None or event in known.events:
        return []  # schema 1: free text
    return [_at(agreement, "event", f"event {quote(event)} is not a defined event"
                                    f"{_hint(event, known.events)}; add it under events or "
                                    "fix the id")]


@rule("agreement")
def signatories_are_people_of_the_parties(agreement: Agreement,
                                          known: Definitions) -> list[Problem]:
    """Each signatory is a defined person, once, signing for one of the agreement's parties."""
    signatories = agreement.get("signatories")
    if not signatories:
        return []
    problems = []
    parties = {p.get("org") for p in agreement.get("parties", [])}
    seen: set[tuple[str | None, str | None]] = set()
    for index, signatory in enumerate(signatories):
        person, org = signatory.get("person"), signatory.get("org")
        where = f"signatories[{index}]"
        if person is not None and person not in known.people:
            problems.append(_at(agreement, f"{where}.person",
                                f"{where}.person {quote(person)} is not a defined person"
                                f"{_hint(person, known.people)}; add them under people or "
                                "fix the id"))
        if org is not None and org not in parties:
            listed = ", ".join(sorted(p for p in parties if p)) or "none"
            problems.append(_at(agreement, f"{where}.org",
                                f"{where}.org {quote(org)} is not one of this agreement's "
                                f"parties ({listed}); add it to parties or fix the id"))
        if (person, org) in seen:
            problems.append(_at(agreement, f"{where}.person",
                                f"{where} lists {quote(person)} for {quote(org)} a second "
                                "time; keep one entry"))
        seen.add((person, org))
    return problems


@rule("header")
def event_dates_are_ordered(header: Dataset) -> list[Problem]:
    problems = []
    for event in header.events:
        start, end = event.get("start"), event.get("end")
        if start and end and plain_bounds(start)[0] > plain_bounds(end)[1]:
            problems.append(_at(event, "end", f"end {end} is before start {start}; swap them "
                                              "or fix the date"))
    return problems


@rule("agreement")
def period_is_ordered(agreement: Agreement, known: Definitions) -> list[Problem]:
    period = agreement.get("period")
    if not period:
        return []
    start, end = period.get("start"), period.get("end")
    if start is not None and end is not None and end < start:
        return [_at(agreement, "period.end", f"period.end {end} is before period.start "
                                             f"{start}; swap them or fix the year")]
    return []


@rule("agreement")
def status_on_has_a_status(agreement: Agreement, known: Definitions) -> list[Problem]:
    """A date without the status it reports is dropped from every output: say so."""
    if agreement.get("status_on") is not None and agreement.get("status") is None \
            and "status" not in agreement["_marks"]:  # a status out of its list: said so
        return [_at(agreement, "status_on", f"status_on {agreement['status_on']} says when a "
                    "status was reported, but there is no status; add status (signed, "
                    "in-force, completed, terminated, superseded) or remove status_on")]
    return []


_SECTOR_KEYS: dict[str, str] = {}  # a sector as written -> as compared (sectors repeat)


@rule("agreement")
def sectors_are_listed_once(agreement: Agreement, known: Definitions) -> list[Problem]:
    """`[industrie, Industrie]` would be two sectors to `stats --by sector`."""
    sectors = agreement.get("sectors") or []
    if len(sectors) < 2:  # nothing to repeat (most agreements): nothing to fold
        return []
    problems = []
    seen: dict[str, int] = {}
    for index, sector in enumerate(sectors):
        key = _SECTOR_KEYS.get(sector)
        if key is None:
            if len(_SECTOR_KEYS) > 65536:
                _SECTOR_KEYS.clear()
            key = _SECTOR_KEYS[sector] = fold(sector).strip()
        if key in seen:
            first = agreement["sectors"][seen[key]]
            again = "again" if first == sector else f"as {quote(first)}"
            problems.append(_at(agreement, f"sectors[{index}]",
                                f"sectors[{index}] {quote(sector)} is listed {again} at "
                                f"sectors[{seen[key]}]; keep one"))
        else:
            seen[key] = index
    return problems


def _source_key(source: dict[str, str]) -> tuple[str, ...]:
    if source.get("url"):
        return ("url", source["url"])
    return (fold(source.get("publisher")), source.get("published_on", ""),
            fold(source.get("title")))


@rule("agreement")
def sources_are_listed_once(agreement: Agreement, known: Definitions) -> list[Problem]:
    """A source given twice counts twice in `sources`, as if two papers had reported it."""
    sources = agreement.get("sources") or []
    if len(sources) < 2:  # nothing to repeat: nothing to fold
        return []
    # Sources with an address are told apart by it, the others by their day first: when
    # those differ (the usual case), nothing is repeated and nothing need be folded.
    told = {("url", url) if (url := source.get("url")) else source.get("published_on", "")
            for source in sources}
    if len(told) == len(sources):
        return []
    problems = []
    seen: dict[tuple[str, ...], int] = {}
    for index, source in enumerate(sources):
        key = _source_key(cast("dict[str, str]", source))
        if key in seen:
            path = f"sources[{index}]"
            first_key = next((k for k in agreement["_marks"] if k.startswith(path + ".")), path)
            problems.append(_at(agreement, first_key,
                                f"sources[{index}] repeats sources[{seen[key]}] (same "
                                f"{'url' if key[0] == 'url' else 'publisher, day and title'})"
                                "; remove one, since each source counts in sources"))
        else:
            seen[key] = index
    return problems


SQLITE_MAX_INTEGER = 2**63 - 1


@rule("agreement")
def numbers_fit(agreement: Agreement, known: Definitions) -> list[Problem]:
    """SQLite stores 64-bit integers; a longer number would fail the build, not the data."""
    funding, jobs = agreement.get("funding") or {}, agreement.get("jobs") or {}
    if not funding and not jobs:
        return []
    problems = []
    for path, value in (("funding.amount", funding.get("amount")),
                        ("jobs.direct", jobs.get("direct"))):
        if isinstance(value, int) and value > SQLITE_MAX_INTEGER:
            problems.append(_at(agreement, path, f"{path} {value} is too large (at most "
                                                 f"{SQLITE_MAX_INTEGER}); check the digits"))
    return problems


# Ranks order the problems found at one location, as if each phase ran over the whole
# base in turn: YAML first, then the schema, then each rule in the order of RULES.
PARSE_RANK, CONVERT_RANK = 0, 1
RANKED = [(2 + number, check) for number, check in enumerate(RULES)]
HEADER_RULES = [(rank, r.check) for rank, r in RANKED if r.kind == "header"]
AGREEMENT_RULES = [(rank, r.check) for rank, r in RANKED if r.kind == "agreement"]
INDEX_RULES = [(rank, r.check) for rank, r in RANKED if r.kind == "index"]
