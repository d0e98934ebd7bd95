"""People named first, their bodies after: "signée par A et B, respectivement directrice de
l'Office X et président de la Fédération Y"; "… par A et B. La première dirige l'Office X,
le second préside la Fédération Y." Each body is given its person, in the order the people
were named, so that a person named alone stands for the body (DESIGN §7, linking)."""

from __future__ import annotations

import re
from typing import Any

from .names import Mention, Person
from .normalize import fold

# the titles of those who head a body ("directrice", "président", "wali" …), folded
HEAD_TITLES = (r"directeur|directrice|president|presidente|pdg|dg|gouverneur|secretaire|"
               r"administrateur|administratrice|patron|patronne|recteur|rectrice|doyen|"
               r"doyenne|wali|maire|ambassadeur|ambassadrice|representant|representante")
# the verbs that say someone heads a body ("dirige", "présidait" …), folded
HEAD_VERBS = r"preside|dirige|pilote|represente|representait|presidait|dirigeait"
# "respectivement directrice générale de l'", "respectivement à la tête de la"
RESPECTIVELY = re.compile(r"\brespectivement\b")
# what gives the people named after a signing verb their bodies, further on
GIVEN_BODIES = re.compile(r"\b(?:respectivement|l[ea] premier|la premiere|l[ea] second|"
                          r"la seconde|l[ea] dernier|la derniere|celui-ci|celle-ci|celui-la|"
                          r"celle-la|dirige|preside|represente)\b")
# "La première dirige", "le second préside", "la seconde est directrice générale de"; the
# verb may be missing where the body came first ("Directrice de X, la première défend …")
ORDINAL_HEAD = re.compile(
    r"(?:^|[,;:]\s*(?:et\s+)?|\bet\s+)(?P<rank>l[ea] premier|la premiere|l[ea] second|la seconde|"
    r"l[ea] deuxieme|l[ea] troisieme|l[ea] dernier|la derniere|ce dernier|cette derniere|"
    r"celui-ci|celle-ci|celui-la|celle-la)\s*,?\s+(?:qui\s+)?"
    rf"(?P<heads>(?:est|etait)\s+(?:a la tete|(?:l[ea]\s+|l')?(?:\w+\s+){{0,2}}?(?:{HEAD_TITLES})"
    rf"\b)|{HEAD_VERBS}|conduit|gere)?\b")
# a clause opening on the title a body gives its head: "Directrice générale de l'Office X"
TITLED = re.compile(rf"^\W*(?:(?:il|elle) est\s+)?(?:(?:l[ea]|l')\s*)?(?:{HEAD_TITLES})\b")
RANKS = {"premier": 0, "premiere": 0, "second": 1, "seconde": 1, "deuxieme": 1,
         "troisieme": 2, "dernier": -1, "derniere": -1,
         # "celle-là" the former, "celui-ci" the latter
         "celui-la": 0, "celle-la": 0, "celui-ci": -1, "celle-ci": -1}


def people_before_bodies(text: str, s: Any, before: Any | None) -> list[tuple[int, int]]:
    """Every form of a body given to a person named first, in the sentence `s` (its
    mentions and people read) or the one `before` it; where ranks stood for people."""
    respective_bodies(text, s.start, s.end, s.mentions, s.people)
    bodies_by_verb(text, s.mentions, s.people)
    unbodied = [p for p in s.people if not any(
        m.person is not None and m.person.start == p.start for m in s.mentions)]
    # "Ses signataires sont A et B : le premier dirige X, la seconde représente Y"
    ranks = bodies_told_after(text, s.start, s.end, s.mentions, unbodied, within=True)
    if before is not None and not ranks:
        ranks = bodies_told_after(text, s.start, s.end, s.mentions, [
            p for p in before.people if not any(
                m.person is not None and m.person.start == p.start for m in before.mentions)])
    # "Moha Ait Lahcen", read as a name of a body, is the person a body was given to
    given = {(m.person.start, m.person.end) for m in s.mentions if m.person is not None}
    s.mentions = [m for m in s.mentions if not (
        m.kind == "other" and m.extra.get("proper") and (m.start, m.end) in given)]
    return ranks


# "Mme Moussaoui préside la commune de X", "M. Bouhaddou est le directeur général de l'Agence
# Y", "qui dirige la Fédération Z": the body right after
HEADS_VERB = re.compile(rf"\s*,?\s*(?:qui\s+)?(?:{HEAD_VERBS}|"
                        r"est (?:a la tete|(?:le |la |l')?(?:\w+\s+){0,2}?"
                        rf"(?:{HEAD_TITLES})\b))")


def bodies_by_verb(text: str, mentions: list[Mention], people: list[Person]) -> None:
    """A person, then a verb of heading, then the body: the person signs for it."""
    for person in people:
        said = HEADS_VERB.match(fold(text[person.end:person.end + 80]))
        if said is None:
            continue
        at = person.end + said.end()
        body = next((m for m in mentions if m.end > at and m.start >= person.end and
                     not m.vague), None)
        if body is None or body.person is not None or body.start - at > 30 or any(
                p.start < body.start and p.start > person.end for p in people):
            continue
        name = re.sub(r"^(?:M\.|Mme|Mr|Dr|Pr)\s+", "", person.name)
        body.person = Person(name, person.start, person.end, body.title)


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
                      named_before: list[Person], within: bool = False
                      ) -> list[tuple[int, int]]:
    """ "La première dirige l'Office X, le second préside la Fédération Y": the people of
    the sentence before (or, `within`, named earlier in this one), by rank. Returns where
    the ranks that stood for people are (no agreement's ordinal there)."""
    named_before = _last_list(text, named_before)
    used: list[tuple[int, int]] = []
    if len(named_before) < 2:
        return used
    low = fold(text[start:end])
    for rank in ORDINAL_HEAD.finditer(low, named_before[-1].end - start if within else 0):
        word = rank.group("rank").split()[-1]
        index = RANKS.get(word)
        if index is None:
            continue
        body = next((m for m in mentions if m.start >= start + rank.end() and
                     not m.vague), None)
        if body is not None and (body.start - start - rank.end() > 40 or not rank["heads"]):
            body = None
        if body is None:  # "Directrice générale de l'Office X depuis 2015, la première …"
            clause = max(low.rfind(";", 0, rank.start()), low.rfind(".", 0, rank.start()))
            body = next((m for m in reversed(mentions) if start + clause < m.start and
                         m.end <= start + rank.start() and not m.vague), None)
            if body is not None and not TITLED.search(low[max(0, clause + 1):body.end - start]):
                body = None
        if body is None or body.person is not None:
            continue
        person = named_before[index]
        body.person = Person(person.name, person.start, person.end, body.title)
        used.append((start + rank.start("rank"), start + rank.end("rank")))
    return used


# ", ", " et ", " et d'", " et de M. ": between two people of one list
LIST_GAP = re.compile(r"\s*(?:,|,?\s*et|ainsi que)(?:\s+(?:de|du|a)|\s+d['’])?\s*(?:m\.|mme)?\s*")


def _last_list(text: str, people: list[Person]) -> list[Person]:
    """The people of the sentence's last list ("par A, B et C"), in order."""
    listed = people[-1:]
    for person in reversed(people[:-1]):
        if not LIST_GAP.fullmatch(fold(text[person.end:listed[0].start])):
            break
        listed.insert(0, person)
    return listed
