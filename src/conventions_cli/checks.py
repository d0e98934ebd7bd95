"""Rules across records, one small function each; every rule returns its problems."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

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


@rule
def follows_is_defined(dataset: Dataset) -> list[Problem]:
    known = {a["id"] for a in dataset.agreements if "id" in a}
    problems = []
    for agreement in dataset.agreements:
        target = agreement.get("follows")
        if target is None:
            continue
        if target == agreement.get("id"):
            problems.append(_at(dataset, agreement, "follows",
                                f"follows {quote(target)} points at the agreement itself; "
                                "name the earlier agreement"))
        elif target not in known:
            problems.append(_at(dataset, agreement, "follows",
                                f"follows {quote(target)} is not a defined agreement"
                                f"{_hint(target, known - {agreement.get('id')})}; "
                                "fix the id or remove the key"))
    return problems


@rule
def follows_has_no_cycle(dataset: Dataset) -> list[Problem]:
    follows = {a["id"]: a.get("follows") for a in dataset.agreements if "id" in a}
    problems = []
    reported: set[str] = set()
    for agreement in dataset.agreements:
        start = agreement.get("id")
        seen = [start]
        current = follows.get(start)
        while current is not None and current in follows and current != start:
            if current in seen:
                break
            seen.append(current)
            current = follows.get(current)
        if current == start and start is not None and len(seen) > 1 and start not in reported:
            reported.update(seen)
            chain = " -> ".join([*seen, start])
            problems.append(_at(dataset, agreement, "follows",
                                f"follows makes a cycle ({chain}); one of them must "
                                "be the first"))
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
