"""Rules across records, one small function each; every rule returns its problems."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

from .dates import plain_bounds
from .records import Dataset
from .text import quote
from .yamlnodes import Problem

Rule = Callable[[Dataset], list[Problem]]
RULES: list[Rule] = []


def rule(func: Rule) -> Rule:
    RULES.append(func)
    return func


def run_checks(dataset: Dataset) -> list[Problem]:
    problems: list[Problem] = []
    for check in RULES:
        problems.extend(check(dataset))
    return problems


def _at(dataset: Dataset, record: dict[str, Any], path: str, message: str) -> Problem:
    line, col = record["_marks"].get(path, (record["_line"], 1))
    return Problem(dataset.source, line, col, message)


def nearest(word: str, choices: Iterable[str]) -> list[str]:
    return difflib.get_close_matches(word, list(choices), n=3, cutoff=0.5)


def _hint(word: str, choices: Iterable[str]) -> str:
    close = nearest(word, choices)
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def _duplicates(dataset: Dataset, records: list[dict[str, Any]], what: str) -> list[Problem]:
    first: dict[str, int] = {}
    problems = []
    for record in records:
        ident = record.get("id")
        if ident is None:
            continue
        if ident in first:
            problems.append(_at(dataset, record, "id",
                                f"duplicate {what} id {quote(ident)} (first at line "
                                f"{first[ident]}); give each {what} its own id"))
        else:
            first[ident] = record["_marks"].get("id", (record["_line"], 1))[0]
    return problems


@rule
def unique_organization_ids(dataset: Dataset) -> list[Problem]:
    return _duplicates(dataset, dataset.organizations, "organization")


@rule
def unique_agreement_ids(dataset: Dataset) -> list[Problem]:
    return _duplicates(dataset, dataset.agreements, "agreement")


@rule
def unique_person_ids(dataset: Dataset) -> list[Problem]:
    return _duplicates(dataset, dataset.people, "person")


@rule
def unique_event_ids(dataset: Dataset) -> list[Problem]:
    return _duplicates(dataset, dataset.events, "event")


@rule
def parties_are_defined(dataset: Dataset) -> list[Problem]:
    known = {org["id"] for org in dataset.organizations if "id" in org}
    problems = []
    for agreement in dataset.agreements:
        for index, party in enumerate(agreement.get("parties", [])):
            org = party.get("org")
            if org is not None and org not in known:
                problems.append(_at(dataset, agreement, f"parties[{index}].org",
                                    f"parties[{index}].org {quote(org)} is not a defined "
                                    f"organization{_hint(org, known)}; add it under "
                                    "organizations or fix the id"))
    return problems


@rule
def parties_are_listed_once(dataset: Dataset) -> list[Problem]:
    problems = []
    for agreement in dataset.agreements:
        seen: set[str] = set()
        for index, party in enumerate(agreement.get("parties", [])):
            org = party.get("org")
            if org in seen:
                problems.append(_at(dataset, agreement, f"parties[{index}].org",
                                    f"parties[{index}].org {quote(org)} is listed twice in "
                                    "this agreement; keep one entry"))
            if org is not None:
                seen.add(org)
    return problems


def _link_is_defined(dataset: Dataset, key: str) -> list[Problem]:
    """``key`` (follows, amends) names another agreement of the base."""
    known = {a["id"] for a in dataset.agreements if "id" in a}
    problems = []
    for agreement in dataset.agreements:
        target = agreement.get(key)
        if target is None:
            continue
        if target == agreement.get("id"):
            problems.append(_at(dataset, agreement, key,
                                f"{key} {quote(target)} points at the agreement itself; "
                                "name the earlier agreement"))
        elif target not in known:
            problems.append(_at(dataset, agreement, key,
                                f"{key} {quote(target)} is not a defined agreement"
                                f"{_hint(target, known - {agreement.get('id')})}; "
                                "fix the id or remove the key"))
    return problems


def _link_has_no_cycle(dataset: Dataset, key: str) -> list[Problem]:
    links = {a["id"]: a.get(key) for a in dataset.agreements if "id" in a}
    problems = []
    reported: set[str] = set()
    for agreement in dataset.agreements:
        start = agreement.get("id")
        seen = [start]
        current = links.get(start)
        while current is not None and current in links and current != start:
            if current in seen:
                break
            seen.append(current)
            current = links.get(current)
        if current == start and start is not None and len(seen) > 1 and start not in reported:
            reported.update(seen)
            chain = " -> ".join([*seen, start])
            problems.append(_at(dataset, agreement, key,
                                f"{key} makes a cycle ({chain}); one of them must "
                                "be the first"))
    return problems


@rule
def follows_is_defined(dataset: Dataset) -> list[Problem]:
    return _link_is_defined(dataset, "follows")


@rule
def follows_has_no_cycle(dataset: Dataset) -> list[Problem]:
    return _link_has_no_cycle(dataset, "follows")


@rule
def amends_is_defined(dataset: Dataset) -> list[Problem]:
    return _link_is_defined(dataset, "amends")


@rule
def amends_has_no_cycle(dataset: Dataset) -> list[Problem]:
    return _link_has_no_cycle(dataset, "amends")


@rule
def event_is_defined(dataset: Dataset) -> list[Problem]:
    """Schema 2: an agreement's event is the id of an entry under events."""
    if dataset.version < 2:
        return []  # schema 1: free text
    known = {e["id"] for e in dataset.events if "id" in e}
    problems = []
    for agreement in dataset.agreements:
        event = agreement.get("event")
        if event is not None and event not in known:
            problems.append(_at(dataset, agreement, "event",
                                f"event {quote(event)} is not a defined event"
                                f"{_hint(event, known)}; add it under events or fix the id"))
    return problems


@rule
def signatories_are_people_of_the_parties(dataset: Dataset) -> list[Problem]:
    """Each signatory is a defined person, once, signing for one of the agreement's parties."""
    people = {p["id"] for p in dataset.people if "id" in p}
    problems = []
    for agreement in dataset.agreements:
        parties = {p.get("org") for p in agreement.get("parties", [])}
        seen: set[tuple[str, str]] = set()
        for index, signatory in enumerate(agreement.get("signatories", [])):
            person, org = signatory.get("person"), signatory.get("org")
            where = f"signatories[{index}]"
            if person is not None and person not in people:
                problems.append(_at(dataset, agreement, f"{where}.person",
                                    f"{where}.person {quote(person)} is not a defined person"
                                    f"{_hint(person, people)}; add them under people or fix "
                                    "the id"))
            if org is not None and org not in parties:
                listed = ", ".join(sorted(p for p in parties if p)) or "none"
                problems.append(_at(dataset, agreement, f"{where}.org",
                                    f"{where}.org {quote(org)} is not one of this agreement's "
                                    f"parties ({listed}); add it to parties or fix the id"))
            if (person, org) in seen:
                problems.append(_at(dataset, agreement, f"{where}.person",
                                    f"{where} lists {quote(person)} for {quote(org)} a second "
                                    "time; keep one entry"))
            seen.add((person, org))
    return problems


@rule
def event_dates_are_ordered(dataset: Dataset) -> list[Problem]:
    problems = []
    for event in dataset.events:
        start, end = event.get("start"), event.get("end")
        if start and end and plain_bounds(start)[0] > plain_bounds(end)[1]:
            problems.append(_at(dataset, event, "end",
                                f"end {end} is before start {start}; swap them or fix "
                                "the date"))
    return problems


@rule
def period_is_ordered(dataset: Dataset) -> list[Problem]:
    problems = []
    for agreement in dataset.agreements:
        period = agreement.get("period") or {}
        start, end = period.get("start"), period.get("end")
        if start is not None and end is not None and end < start:
            problems.append(_at(dataset, agreement, "period.end",
                                f"period.end {end} is before period.start {start}; "
                                "swap them or fix the year"))
    return problems


SQLITE_MAX_INTEGER = 2**63 - 1


@rule
def numbers_fit(dataset: Dataset) -> list[Problem]:
    """SQLite stores 64-bit integers; a longer number would fail the build, not the data."""
    problems = []
    for agreement in dataset.agreements:
        for path in ("funding.amount", "jobs.direct"):
            group, key = path.split(".")
            value = (agreement.get(group) or {}).get(key)
            if isinstance(value, int) and value > SQLITE_MAX_INTEGER:
                problems.append(_at(dataset, agreement, path,
                                    f"{path} {value} is too large (at most "
                                    f"{SQLITE_MAX_INTEGER}); check the digits"))
    return problems
