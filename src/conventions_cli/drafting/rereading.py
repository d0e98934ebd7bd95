"""What the names read one by one say together, read once the sentence is read: a bare
province that shares the town named after the next body ("la province et la
municipalité de X"); one person's two offices ("le vice-président du gouvernement croate
et ministre de la Mer, X": X signs for Croatia's ministry, the government is his other
office, not one more party); the heads a plural title lists body by body ("les
présidents de A, P, et de B, Q": P heads A, Q heads B, and Q is no body)."""

from __future__ import annotations

import re

from .countries import foreign_name
from .names import Mention, Person
from .normalize import fold
from .townbody import shared_place

__all__ = ["reread"]


def reread(text: str, found: list[Mention]) -> list[Mention]:
    found = [m for m in found if not (  # "les deux chefs d'État": a title, not a State
        m.bare and m.head == "etat" and m.person is None and re.search(
            r"\bchefs? d'\s*$", fold(text[max(0, m.start - 12):m.start])))]
    return _heads_in_turn(text, _two_offices(text, shared_place(text, found)))


# "les présidents directeurs généraux de", "les ministres de": a title for several bodies
PLURAL_TITLE = re.compile(r"\b(?:presidents?(?: directeurs? generaux)?|directeurs? generaux|"
                          r"pdg|ministres|dirigeants|responsables|patrons|presidentes)\s+"
                          r"(?:respectifs\s+)?(?:de |d'|du |des )\s*(?:la |le |l')?$")
NAME = r"[A-ZÉ][\w'’-]+(?:\s+(?:[A-ZÉ][\w'’-]+|ben|el|al|ould|de)){1,3}"


def _heads_in_turn(text: str, found: list[Mention]) -> list[Mention]:
    """ "Les présidents de Royal Air Maroc, Hamid A., et d'Air Sénégal, Alioune F., ont
    conclu …": each body with the one named after it."""
    k = -1
    while k + 2 < len(found):  # the list may grow by the second body, read here
        k += 1
        a = found[k]
        if a.person is not None or not PLURAL_TITLE.search(
                fold(text[max(0, a.start - 60):a.start])):
            continue
        first = re.match(rf",\s+(?P<p>{NAME}),\s+et\s+(?:de |d'|d’|du )\s*(?:la |le |l')?",
                         text[a.end:])
        if first is None:
            continue
        at = a.end + first.end()
        b = found[k + 1]
        if b.start != at:  # "et de Sahel Logistique, Moussa K.": the tagger took it for a name
            named = re.match(rf"(?P<b>{NAME}),", text[at:])
            if named is None:
                continue
            b = Mention(named["b"], at, at + len(named["b"]), head=fold(named["b"].split()[0]),
                        extra={"proper": True})
            found.insert(k + 1, b)
        if b.person is not None:
            continue
        second = re.match(rf",\s+(?P<p>{NAME})\b", text[b.end:])
        if second is None:
            continue
        for body, said, after in ((a, first, a.end), (b, second, b.end)):
            body.person = Person(said["p"], after + said.start("p"), after + said.end("p"))
        for m in found[k + 2:]:
            if m.start == b.end + second.start("p"):
                m.vague = True  # the name of the second head, not a body
    return found


def _two_offices(text: str, found: list[Mention]) -> list[Mention]:
    """ "le vice-président du gouvernement croate et ministre de la Mer, X": the
    ministry is the foreign State's, and the State, his other office, signs nothing."""
    for a, b in zip(found, found[1:], strict=False):
        if not (a.extra.get("state") and a.person is None and a.country not in (None, "MA")
                and b.kind == "ministry" and b.person is not None and b.country is None):
            continue
        if not re.fullmatch(r"\s+et\s+(?:de\s+|du\s+)?", text[a.end:b.start]) or \
                not text[b.start:b.start + 8].lower().startswith("ministr"):
            continue
        b.country, b.name = a.country, foreign_name(b.name, a.country)
        a.vague = True
    return found
