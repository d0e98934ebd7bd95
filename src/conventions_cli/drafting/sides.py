"""Who signs each of several agreements told together: the two sides of each ("deux
accords signés par le ministre A et son homologue rwandais B", "deux conventions signées
entre A et B"), not one agreement each."""

from __future__ import annotations

import re

from .drafts import Work
from .linking import Party, signing_parties
from .normalize import fold

__all__ = ["between_the_two", "members_told_apart", "two_sides_sign"]


def two_sides_sign(partners: list[Party], text: str = "") -> bool:
    """ "deux accords signés par le ministre A et son homologue rwandais B", "deux
    conventions signées par le wali A et l'inspectrice régionale B": the agents are the
    sides of each agreement, not one agreement each (which would leave each with one
    party), unless the article says they signed "respectivement"."""
    agents = [p for p in partners if p.role_hint == "agent"]
    if len(agents) != len(partners) or len(agents) < 2:
        return False
    if {(p.mention.country or "MA").upper() == "MA" for p in agents} == {True, False}:
        return True
    first = min(p.mention.start for p in agents)
    last = max(p.mention.reach for p in agents)
    return not re.search(r"\brespectivement\b",
                         fold(text[max(0, first - 200):min(len(text), last + 200)]))


def between_the_two(text: str, partners: list[Party]) -> bool:
    """ "Deux conventions ont été signées entre A et B": both sign each, not one each."""
    if len(partners) != 2:
        return False
    first, second = sorted((p.mention for p in partners), key=lambda m: m.start)
    return bool(re.search(r"\bentre\s+(?:[\w'-]+\s+){0,2}(?:l'|d')?$",  # "entre l'Agence"
                          fold(text[max(0, first.start - 30):first.start]))) and \
        re.fullmatch(r"\s*et\s+(?:[\w'-]+\s*){0,6}", fold(text[first.end:second.start])) \
        is not None


def members_told_apart(work: Work) -> None:
    """ "Par ailleurs, A, B et C s'obligent, en vertu d'un accord de coopération, à …":
    a segment opened by a sentence that tells no signing still names who is bound; the
    names before the agreement's mention are its parties."""
    for g in work.segments:
        s = work.sentences[g.sentence]
        if s.signing or g.sentence in work.parties_by_sentence or g.ordinal:
            continue
        found = [p for p in signing_parties(work.text, s.start, s.end, g.evidence, s.mentions)
                 if not p.mention.vague and p.mention.end <= g.evidence[0]]
        if len(found) >= 2:
            work.parties_by_sentence[g.sentence] = found
