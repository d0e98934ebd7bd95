"""What the drafting tests of press sentences share: a draft against a small base of their
own, as plain data, the parties of each drafted agreement, and the names one sentence
gives its organizations."""

from __future__ import annotations

from typing import Any

from conventions_cli.drafting import draft_article
from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions
from conventions_cli.drafting.normalize import analysis_text


def drafted(text: str, base: list[dict[str, Any]], published_on: str | None = "2025-03-12",
            **known: Any) -> dict[str, Any]:
    """The draft of ``text``, the organizations ``base`` unless ``known`` gives others."""
    known.setdefault("organizations", base)
    result = draft_article(text, published_on=published_on, **known)
    return {"agreements": result.agreements, "organizations": result.organizations,
            "people": result.people, "events": result.events, "yaml": result.yaml}


def parties(result: dict[str, Any]) -> list[list[str]]:
    return [[p["org"] for p in a["parties"]] for a in result["agreements"]]


def party_names(result: dict[str, Any]) -> list[list[str]]:
    """Each drafted agreement's parties, sorted: a new organization by its name, one the
    base has by its id."""
    new = {o["id"]: o["name"] for o in result["organizations"]}
    return [sorted(new.get(p, p) for p in found) for found in parties(result)]


def names_of(result: dict[str, Any]) -> set[str]:
    """Every party of every drafted agreement, by name or id as `party_names` gives them."""
    return {n for a in party_names(result) for n in a}


def types(result: dict[str, Any]) -> list[str]:
    """The type of each drafted agreement, in order."""
    return [a["type"] for a in result["agreements"]]


def signers(result: dict[str, Any], index: int = 0) -> dict[str, str | None]:
    """Who signs agreement ``index`` and for which body: person's name -> org id."""
    people = {p["id"]: p["name"] for p in result["people"]}
    return {people.get(s["person"], s["person"]): s.get("org")
            for s in result["agreements"][index].get("signatories") or []}


def mention_names(sentence: str) -> list[str]:
    """The organizations one sentence names (not the vague ones), in order."""
    return [m.name for m in find_mentions(list(analyse(analysis_text(sentence))))
            if not m.vague]
