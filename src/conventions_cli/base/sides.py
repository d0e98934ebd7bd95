"""Warnings of `conv validate` for one person recorded as signing for two sides of one
occasion: at one event, or on one day, a person signs for one organization (a minister for
their government), so a second organization is most likely a slip of the curator (a
signatory line copied from the agreement above, a person id given to the wrong person).

The sides are what the base records: one organization is one side, and a country's State
(kind ``state``, the government as a whole), its ministries and its public bodies are one
side when both record that country: a minister signs for the Kingdom, for their ministry
and for a body under it alike."""

from __future__ import annotations

import re
from typing import Any

from ..text import quote
from .checks import first_at
from .yamlnodes import Problem

# The kinds of organization that speak for a country's public authority.
PUBLIC = frozenset({"state", "ministry", "public-body"})
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class Signature:
    """Where a person was first seen signing on one occasion: for which organization."""

    __slots__ = ("org", "line", "source", "agreement")

    def __init__(self, org: str, line: int, source: str, agreement: str) -> None:
        self.org, self.line, self.source, self.agreement = org, line, source, agreement


class SigningSides:
    """Each person's first signature on each occasion (an event, a day), in the order of
    the files, and a warning at any later signature of theirs for another side."""

    def __init__(self) -> None:
        self.sides: dict[str, str] = {}  # organization id -> its side
        self.public: dict[str, bool] = {}  # a public authority's id -> records its country
        self.first: dict[tuple[str, str, str], Signature] = {}

    def begin(self, organizations: list[Any]) -> None:
        """The side of each organization the header defines."""
        self.sides = {}
        self.public = {}
        for org in organizations:
            ident, country = org.get("id"), org.get("country")
            if not isinstance(ident, str):
                continue
            public = org.get("kind") in PUBLIC and isinstance(country, str) and country
            self.sides[ident] = f"public:{country}" if public else f"org:{ident}"
            if org.get("kind") in PUBLIC:
                self.public[ident] = bool(public)

    def _side(self, org: str) -> str:
        return self.sides.get(org, f"org:{org}")

    def check(self, record: Any) -> list[Problem]:
        signatories = record.get("signatories")
        if not isinstance(signatories, list) or not signatories:
            return []
        occasions = self._occasions(record)
        found = []
        for index, signatory in enumerate(signatories):
            if not isinstance(signatory, dict):
                continue
            person, org = signatory.get("person"), signatory.get("org")
            if not isinstance(person, str) or not isinstance(org, str):
                continue
            line, col = record["_marks"].get(f"signatories[{index}].org", record["_marks"].get(
                f"signatories[{index}]", (record["_line"], 1)))
            here = Signature(org, line, record["_source"], str(record.get("id")))
            for kind, value in occasions:
                seen = self.first.setdefault((person, kind, value), here)
                if seen is here or self._side(seen.org) == self._side(org):
                    continue
                found.append(self._warning(person, seen, here, col, kind, value))
                break  # one warning per signature, naming the first occasion shared
        return found

    @staticmethod
    def _occasions(record: Any) -> list[tuple[str, str]]:
        """The occasions an agreement was signed at: its event, its day (a month, a year
        or an interval is no one day), and the agreement itself when it has neither."""
        occasions = []
        event, signed_on = record.get("event"), record.get("signed_on")
        if isinstance(event, str) and event:
            occasions.append(("event", event))
        if isinstance(signed_on, str) and DAY.fullmatch(signed_on):
            occasions.append(("day", signed_on))
        if not occasions:
            occasions.append(("agreement", f"{record['_source']}:{record['_line']}"))
        return occasions

    def _uncountried(self, *orgs: str) -> bool:
        """Whether the organizations all speak for a country's public authority (a State,
        a ministry, a public body) yet not all record that country: then they are sides
        apart only for want of their ``country``."""
        return all(org in self.public for org in orgs) and \
            not all(self.public[org] for org in orgs)

    def _warning(self, person: str, seen: Signature, here: Signature, col: int, kind: str,
                 value: str) -> Problem:
        remedy = ("; or, if both speak for one country, give both organizations their "
                  "country (country: MA): a State, its ministries and its public bodies "
                  "are then one side" if self._uncountried(seen.org, here.org) else "")
        where = first_at(seen.line, seen.source, here.source)
        if kind == "agreement" or seen.agreement == here.agreement:
            other = f"in this agreement ({where})"
        else:
            same = f"event {quote(value)}" if kind == "event" else f"day, {value}"
            other = f"in agreement {quote(seen.agreement)} ({where}) of the same {same}"
        return Problem(here.source, here.line, col, (
            f"person {quote(person)} signs here for {quote(here.org)}, and for "
            f"{quote(seen.org)} {other}; one person most likely "
            "signed for one of them: check the sources for who signed for each "
            f"organization, and fix the person or the org{remedy}"))
