"""A party named as a group, whose members the article names further on: "une convention
avec les instituts spécialisés de technologie (IST)", then "Quatre instituts spécialisés
sont concernés, à savoir Al Massira à Laâyoune, Ibn Battouta à Tan-Tan … et Dakhla": each
institute signs, not one body called "IST".
"""

from __future__ import annotations

import re

from .drafts import Work, quote_of
from .names import Mention
from .normalize import fold

__all__ = ["members_for_groups"]

# "les centres hospitaliers universitaires (CHU)": a group in the plural, then its acronym
GROUP_BEFORE = re.compile(r"\bles (?P<phrase>[a-z-]+s(?: [a-z-]+){0,3}) \(\s*$")
# where the members' list opens after the group's words
OPENS = re.compile(r"[^.;]{0,80}?(?:,\s*)?\b(?:a savoir|notamment|soit)\s*:?\s*|[^.;]{0,80}?:\s*")
# one member: a name (capitalized words), then where it is ("à Fès", "de Rabat")
MEMBER = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’-]*|[IVX]+|de|el|al|ibn|"
                    r"ben|bnou))*)(?:\s+(?:a|à|de|d'|d’)\s*(?P<place>[A-ZÀ-Ý][\w'’-]*"
                    r"(?:[\s-][A-ZÀ-Ý][\w'’-]*)?))?\s*$")


def members_for_groups(work: Work) -> None:
    """Each agreement's group party becomes its members, where the article lists them."""
    text = work.text
    low = fold(text)
    for a in work.agreements:
        replaced: list[tuple[Mention, str]] = []
        for m, evidence in a.parties:
            found = GROUP_BEFORE.search(low, max(0, m.start - 70), m.start)
            members = _members(work, low, found["phrase"], m) if found and m.acronym else []
            if len(members) < 2:
                replaced.append((m, evidence))
                continue
            replaced.extend((x, quote_of(text, x)) for x in members)
            if not any("members" in note for note in a.notes):
                a.notes.append(f"the members of \"{quote_of(text, m)}\" the article names sign "
                               "in its place: check each signed")
        a.parties = replaced


def _members(work: Work, low: str, phrase: str, group: Mention) -> list[Mention]:
    """The members the article lists after the group's words ("Quatre instituts
    spécialisés …, à savoir A à X, B à Y et C"), each named after the group."""
    text = work.text
    for s in work.sentences:
        if s.earlier or s.title:
            continue
        at = low.find(phrase, s.start, s.end)
        if at == -1:
            continue
        opened = OPENS.match(low, at + len(phrase), s.end)
        if opened is None:
            continue
        start = opened.end()
        end = s.end - 1 if text[s.end - 1:s.end] in ".;" else s.end
        items = [(start + i.start(), start + i.end())
                 for i in re.finditer(r"[^,]+", re.sub(r"\bet\b", ",,", text[start:end]))]
        out: list[Mention] = []
        for a, b in items:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            found = MEMBER.fullmatch(text, a, b)
            if found is None:
                return []
            name = found["name"] if not found["place"] else \
                f"{found['name']} {_of(found['place'])}"
            if found["place"] is None and len(name.split()) == 1:
                name = _of(name)  # "… et Oujda": the one of that town
            member = Mention(f"{group.acronym} {name}", a, b, group.kind, False,
                             country=group.country)
            member.kb_id = work.kb.link_org(member)
            out.append(member)
        return out
    return []


def _of(place: str) -> str:
    return ("d'" if fold(place[:1]) in "aeiouy" else "de ") + place
