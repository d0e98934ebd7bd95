"""People named again by their surname alone where they sign ("en présence de Karim B.,
ministre de l'Industrie, et de Paolo R., PDG de Veltek. … B. et R. ont procédé à la
signature d'une convention"): each signs for the body his title named before, and a
surname is never a body of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from .drafts import Work
from .names import Mention, Person
from .normalize import fold
from .sentences import Sentence

__all__ = ["surnames_told_before"]

TITLED = re.compile(r"\s*,\s*(?:l'|le |la )?")


def _person_of(text: str, s: Sentence, m: Mention) -> Person | None:
    """The person a titled mention names: its own, or the one just before it ("Karim B.,
    ministre de l'Industrie")."""
    if m.person is not None:
        return m.person
    return next((p for p in s.people if p.end <= m.start
                 and TITLED.fullmatch(text[p.end:m.start])), None)


def _titled_people(work: Work) -> dict[str, tuple[Mention, Person]]:
    """Surname -> the body of the person named with it and a title, and that person."""
    found: dict[str, tuple[Mention, Person]] = {}
    for s in work.sentences:
        for m in s.mentions:
            person = _person_of(work.text, s, m) if m.title and not m.vague else None
            if person is not None and len(person.name.split()) >= 2:
                found.setdefault(fold(person.name.split()[-1]),
                                 (replace(m, person=person), person))
    return found


def _in_full(text: str, at: int, person: Person) -> bool:
    """The surname at `at` is part of the person's whole name, not said alone."""
    full = person.name
    return text[max(0, at - len(full) + len(full.split()[-1])):].startswith(full)


def surnames_told_before(work: Work) -> None:
    known = _titled_people(work)
    if not known:
        return
    text, lead = work.text, work.lead
    said = [(w.group(0), known[fold(w.group(0))][0]) for w in re.finditer(
        r"\b[A-ZÀ-Ý][\w'’-]+\b", text[lead.start:lead.end]) if fold(w.group(0)) in known
        and not _in_full(text, lead.start + w.start(), known[fold(w.group(0))][1])]
    for a in work.agreements:
        # "Elalamy et Gorlier ont procédé à la signature": people, not bodies
        parties = [(known[fold(m.name)][0] if fold(m.name) in known else m, evidence)
                   if len(m.name.split()) == 1 and m.kb_id is None else (m, evidence)
                   for m, evidence in a.parties]
        if lead.signing and (not parties or work.n == 1):  # "B. et R. ont signé": both
            for word, body in said:
                if fold(body.name) not in {fold(m.name) for m, _ in parties}:
                    parties.append((body, word))
        a.parties = parties
