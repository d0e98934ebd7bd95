""""Les deux": a signing sentence that names its parties by a number and a noun ("entre les
deux parties", "les deux ministres ont signé", "Les deux collectivités ont conclu …") points
back to the two bodies the article named just before.
"""

from __future__ import annotations

import re
from typing import Any

from .countries import foreign_name
from .drafts import Work
from .lexicon import nouns
from .linking import Party
from .names import Mention
from .normalize import fold, key

__all__ = ["BOTH", "states_named", "the_two_co_chairs", "the_two_named_before",
           "the_two_states"]

BOTH = re.compile(r"\b(?:entre|par) (?:les|ces) deux(?: (?:parties|partenaires|institutions|"
                  r"organismes|entites|structures|signataires))?\b|\bles deux parties\b|"
                  r"\b(?:les|ces) deux (?:ministres|chefs|gouvernements|presidents|maires|"
                  r"responsables|homologues|dirigeants)\b")  # "les deux ministres ont signé"
# "Les deux collectivités ont conclu …", "Les deux entités publiques, représentées par leurs
# directeurs, ont signé …": bodies, as the subject of the signing
THE_TWO = re.compile(r"(?:^|[^\w'])(?:les|ces) deux (?:parties|partenaires|institutions|"
                     r"organismes|entites|structures|collectivites|etablissements|"
                     r"organisations|societes|entreprises|groupes|operateurs|offices|agences|"
                     r"banques|universites|regions|communes|provinces|villes|conseils|"
                     r"federations|associations|chambres|signataires)\b")


def the_two_named_before(text: str, s: Any, sentences: list[Any], history: list[Mention],
                         found: list[Any]) -> list[Mention]:
    """The two bodies last named (in the sentence or the two before) ahead of "les deux
    entités" said before the signing verb of `s`, when the sentence itself names none (only
    people, whom the base may tie to another body); else none."""
    verbs = [t for t in s.triggers if not re.match(nouns(signatories=True), fold(text[t[0]:t[1]]))]
    if not verbs or any(p.mention.person is None or p.mention.person.start != p.mention.start
                        for p in found):
        return []
    the_two = THE_TWO.search(fold(text[s.start:verbs[0][0]]))
    if the_two is None:
        return []
    since, at = sentences[max(0, s.index - 2)].start, s.start + the_two.start()
    paired = _paired_by_entre(text, [m for m in history if since <= m.start < at
                                     and not m.vague])
    if paired:
        return paired  # "un partenariat entre A et B, filiale de C. Les deux opérateurs …"
    two: list[Mention] = []
    for earlier in reversed(history):
        if not since <= earlier.start < at or earlier.vague or not (
                earlier.kb_id or earlier.kind_sure or (  # "le norvégien NordAmmonia"
                    earlier.extra.get("proper") and earlier.extra.get("weak") is False)) or (
                earlier.person is not None and earlier.person.start == earlier.start):
            continue  # a body a person's name stood for is no body the article named
        if re.search(r"\b(?:filiale|membre)s?\s+d(?:e|u|es|')\s*(?:la |le |l'|cette |cet |ce )?$",
                     fold(text[max(since, earlier.start - 30):earlier.start])):
            continue  # "X, membre du Groupe Y": the group X belongs to, no second side
        bracket = text.rfind("(", since, earlier.start)
        if bracket > text.rfind(")", since, earlier.start) and not any(
                0 <= bracket - m.end <= 2 for m in history):
            continue  # "le département X (Sud de la France)": where it is, not a body
        if any((earlier.kb_id or key(earlier.name)) == (m.kb_id or key(m.name))
               or 0 <= m.start - earlier.end <= 3 for m in two):
            continue  # the same, or "la CNSS (Caisse nationale …)": one body, twice named
        two.append(earlier)
        if len(two) == 2:
            return two[::-1]
    return []


PAIR_OPEN = re.compile(r"\bentre\s+(?:la |le |l'|les )?$")
PAIR_JOIN = re.compile(r"\s*et\s+(?:la |le |l'|les )?")


def _paired_by_entre(text: str, named: list[Mention]) -> list[Mention]:
    """The last two bodies set face to face by "entre A et B" among those named."""
    for a, b in reversed(list(zip(named, named[1:], strict=False))):
        if PAIR_OPEN.search(fold(text[max(0, a.start - 12):a.start])) and \
                PAIR_JOIN.fullmatch(fold(text[a.reach:b.start])) and key(a.name) != key(b.name):
            return [a, b]
    return []


# "… ont été paraphés par les deux chefs de la diplomatie", "… par les deux coprésidents":
# the two foreign ministers who chair a joint commission
CO_CHAIRS = re.compile(r"\bpar les deux (?:chefs? de (?:la |leurs? )?diplomaties?|co-?presidents|"
                       r"ministres des affaires etrangeres)\b")


def the_two_co_chairs(text: str, s: Any, history: list[Mention]) -> list[Mention]:
    """The two foreign ministries the article named before (Morocco's and the other
    country's) when the sentence says the two heads of diplomacy signed; else none."""
    said = CO_CHAIRS.search(fold(text[s.start:s.end]))
    if said is None:
        return []

    def foreign_affairs(moroccan: bool) -> Mention | None:
        return next((m for m in history if m.kind == "ministry" and not m.vague
                     and "affaires etrangeres" in fold(m.name)
                     and ((m.country or "MA") == "MA") == moroccan), None)

    ours, theirs = foreign_affairs(True), foreign_affairs(False)
    abroad = {m.country for m in history if m.kind == "ministry" and m.country not in (None,
                                                                                      "MA")}
    if not abroad:  # "Le Maroc et le Portugal ont signé …": the other state
        abroad = {m.country for m in history if m.extra.get("state") and m.country
                  not in (None, "MA")}
    if ours is None and len(abroad) == 1:
        ours = Mention("Ministère des Affaires étrangères", s.start + said.start(),
                       s.start + said.end(), "ministry", True, country="MA", head="ministere")
    if theirs is None and len(abroad) == 1:
        # the other country's ministry, which the article names only as "les deux chefs de
        # la diplomatie": named as the base names foreign ministries
        code = next(iter(abroad))
        theirs = Mention(foreign_name("Ministère des Affaires étrangères", code),
                         s.start + said.start(), s.start + said.end(), "ministry", True,
                         country=code, head="ministere")
    return [ours, theirs] if ours is not None and theirs is not None else []


# "les deux pays", "les deux chefs d'État", "la visite d'État": the article is about two States
BETWEEN_STATES = re.compile(r"\b(?:les|des|aux) deux (?:pays|etats|chefs d'etat|royaumes|"
                            r"nations|gouvernements)\b|\bvisite d'etat\b")


def states_named(work: Work) -> list[Mention]:
    """Morocco and the one other State the article names as such (the first mention of
    each), or none when it names another number of States."""
    states: dict[str | None, Mention] = {}
    for s in work.sentences:
        for m in s.mentions:
            if m.extra.get("state") and not m.vague and m.country:
                states.setdefault(m.country, m)
    return list(states.values()) if len(states) == 2 and "MA" in states else []


def the_two_states(work: Work) -> list[Party]:
    """The two States the article names, when it speaks of the two countries; else none."""
    states = states_named(work) if BETWEEN_STATES.search(fold(work.text)) else []
    if states:
        work.todos.append("the signing sentence names no party (\"les deux\"); these are "
                          "the two States the article names")
    return [Party(m, "with") for m in states]
