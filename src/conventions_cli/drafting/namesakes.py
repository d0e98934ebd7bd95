"""An agreement signed by people the article has already introduced: "Mme A a également
signé avec M. B un mémorandum" names no body, only two signatories whose titles an earlier
sentence gave ("la ministre de l'Économie, Nadia A, et le président de la banque, Karim
B"). Those two sign it, for the bodies they head there: the ministry, not the State the
lead names beside the lender."""

from __future__ import annotations

import re

from .drafts import Work
from .knowledge import is_state
from .names import Mention
from .normalize import fold, key
from .sentences import Sentence
from .words import SURNAME_PARTICLES

__all__ = ["signed_by_the_same_people"]

# Folded, as the words of a name are compared here ("Aït" is "ait").
PARTICLES = frozenset(fold(w) for w in SURNAME_PARTICLES)


def _surname(name: str) -> str:
    """How the press calls a person named in full before: "Fettah" for "Nadia Fettah",
    "Al Jasser" for "Muhammad Al Jasser" (folded)."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    if len(words) < 2:
        return ""
    last = words[-1:]
    if len(words) >= 3 and words[-2] in PARTICLES:
        last = words[-2:]
    return " ".join(last)


def _bodies_named_by_their_heads(work: Work, s: Sentence) -> list[tuple[Mention, int, int]]:
    """The bodies whose heads, named in full with their title before ``s``, ``s`` names
    (by surname or in full), each with where: one body for each person, in text order."""
    low = fold(work.text[s.start:s.end])
    heads: dict[str, list[Mention]] = {}
    for x in work.sentences:
        if x.index >= s.index:
            break
        for m in x.mentions:
            if m.person is not None and not m.vague and _surname(m.person.name):
                bodies = heads.setdefault(_surname(m.person.name), [])
                if all((b.kb_id or key(b.name)) != (m.kb_id or key(m.name)) for b in bodies):
                    bodies.append(m)
    found = []
    for surname, bodies in heads.items():
        words = r"[\s'-]+".join(re.escape(w) for w in surname.split())
        said = re.search(rf"(?<![\w-]){words}(?![\w-])", low)
        if said is None or len(bodies) != 1:
            continue  # not named, or two people of one surname heading two bodies
        found.append((bodies[0], s.start + said.start(), s.start + said.end()))
    return sorted(found, key=lambda f: f[1])


def signed_by_the_same_people(work: Work) -> None:
    """The agreements of a segment whose sentence names no body but two or more people who
    head one earlier in the article get those bodies as parties and those people as
    signatories; a State the lead gave them gives way to its own ministry among them."""
    by_index = {s.index: s for s in work.sentences}
    for g in work.segments:
        s = by_index.get(g.sentence)
        if s is None or not s.signing or g.sentence == work.lead.index or any(
                not m.vague for m in s.mentions):
            continue
        bodies = _bodies_named_by_their_heads(work, s)
        if len(bodies) < 2:
            continue  # "the same two people": both known, with their bodies
        names = {key(m.name) for m, _, _ in bodies}
        ministries = {(m.country or "MA").upper() for m, _, _ in bodies if m.kind == "ministry"}
        for k in range(g.first, min(g.first + g.size, len(work.agreements))):
            a = work.agreements[k]
            kept = [(m, e) for m, e in a.parties if key(m.name) not in names and not (
                _state(m, work) and (m.country or "MA").upper() in ministries)]
            a.parties = [(m, work.article.quote(a_, b_)) for m, a_, b_ in bodies] + kept


def _state(m: Mention, work: Work) -> bool:
    org = work.kb.org(m.kb_id) if m.kb_id else None
    return bool(m.extra.get("state")) or m.kind == "state" or (org is not None
                                                              and is_state(org))
