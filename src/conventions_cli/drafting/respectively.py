"""People named first, their bodies after: "signée par A et B, respectivement directrice de
l'Office X et président de la Fédération Y"; "… par A et B. La première dirige l'Office X,
le second préside la Fédération Y." Each body is given its person, in the order the people
were named, so that a person named alone stands for the body (DESIGN §7, linking)."""

from __future__ import annotations

import re

from .names import Mention, Person
from .normalize import fold

# "respectivement directrice générale de l'", "respectivement à la tête de la"
RESPECTIVELY = re.compile(r"\brespectivement\b")
# "La première dirige", "le second préside", "la seconde est directrice générale de"
ORDINAL_HEAD = re.compile(
    r"(?:^|[,;]\s*(?:et\s+)?|\bet\s+)(?P<rank>l[ea] premier|la premiere|l[ea] second|la seconde|"
    r"l[ea] deuxieme|l[ea] troisieme|l[ea] dernier|la derniere|ce dernier|cette derniere)\s+"
    r"(?:(?:est|etait)\s+(?:a la tete|(?:l[ea]\s+|l')?(?:\w+\s+){0,2}?(?:directeur|directrice|"
    r"president|presidente|pdg|dg|gouverneur|secretaire|administrateur|administratrice|"
    r"patron|patronne|recteur|rectrice|doyen|doyenne|wali|maire|ambassadeur|ambassadrice|"
    r"representant|representante)\b)|dirige|preside|represente|pilote|conduit|gere)\b")
RANKS = {"premier": 0, "premiere": 0, "second": 1, "seconde": 1, "deuxieme": 1,
         "troisieme": 2, "dernier": -1, "derniere": -1}


def respective_bodies(text: str, start: int, end: int, mentions: list[Mention],
                      people: list[Person]) -> None:
    """ "par A et B, respectivement <title> de X et <title> de Y": X is A's, Y is B's."""
    low = fold(text[start:end])
    word = RESPECTIVELY.search(low)
    if word is None:
        return
    at = start + word.start()
    named = [p for p in people if p.end <= at and not any(
        m.start <= p.start < m.end for m in mentions)]
    bodies = [m for m in mentions if m.start >= at and not m.vague and m.person is None]
    if len(named) < 2 or len(bodies) < len(named):
        return
    named = named[-len(bodies[:len(named)]):]
    for person, body in zip(named, bodies, strict=False):
        body.person = Person(person.name, person.start, person.end, body.title)


def bodies_told_after(text: str, start: int, end: int, mentions: list[Mention],
                      named_before: list[Person]) -> None:
    """ "La première dirige l'Office X, le second préside la Fédération Y": the people of
    the sentence before, by rank."""
    named_before = _last_list(text, named_before)
    if len(named_before) < 2:
        return
    low = fold(text[start:end])
    for rank in ORDINAL_HEAD.finditer(low):
        word = rank.group("rank").split()[-1]
        index = RANKS.get(word)
        if index is None:
            continue
        body = next((m for m in mentions if m.start >= start + rank.end() and
                     not m.vague), None)
        if body is None or body.person is not None or body.start - start - rank.end() > 40:
            continue
        person = named_before[index]
        body.person = Person(person.name, person.start, person.end, body.title)


def _last_list(text: str, people: list[Person]) -> list[Person]:
    """The people of the sentence's last list ("par A, B et C"), in order."""
    listed = people[-1:]
    for person in reversed(people[:-1]):
        if not re.fullmatch(r"\s*(?:,|et|,\s*et|ainsi que)\s*", text[person.end:listed[0].start]):
            break
        listed.insert(0, person)
    return listed
