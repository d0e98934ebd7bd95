"""People named alone where bodies sign ("Karim Tazi et Paul Martin ont signé"): each
stands for the organization the article titles them in, or the one the base has them sign
for; a person's name is never itself an organization."""

from __future__ import annotations

import re
from dataclasses import replace

from .knowledge import KnowledgeBase
from .names import Mention, Person
from .normalize import fold
from .sentences import Sentence
from .words import GIVEN_NAMES

__all__ = ["people_as_organizations"]


# "… par les présidents de A et de B, respectivement MM. X Y et Z W": people, not bodies
RESPECTIVE_PEOPLE = re.compile(r"\brespectivement\s+(?:(?:mm|m|mme|mmes)\.?\s+)?"
                               r"(?:[^,;.]{0,40}?(?:,|\bet)\s+(?:(?:m|mme)\.?\s+)?)?$|"
                               # "par MM. Bourita et Niang": surnames after "MM."
                               r"\b(?:mm|mmes|m|mme)\.\s+(?:[^,;.]{0,30}?\s+et\s+)?$")


def people_as_organizations(s: Sentence, mentions: list[Mention],
                             speaks_for: dict[str, Mention], kb: KnowledgeBase, text: str
                             ) -> list[Mention]:
    """ "Karim Tazi et Paul Martin ont signé": people named alone sign for the organization
    the article gives them a title in, anywhere else; else for the one body the base has
    them sign for (the base as a gazetteer of people)."""
    def stands_for(name: str, start: int, end: int) -> Mention | None:
        words = fold(name).split()
        while len(words) > 1 and words[0].rstrip(".") in ("m", "mm", "mme", "mr", "dr", "pr",
                                                          "me"):
            words = words[1:]  # "Mme Kabbaj": the surname is what the article repeats
        org = speaks_for.get(words[-1]) if 1 <= len(words) <= 4 else None
        if org is None and len(words) >= 2:
            known = kb.signs_for(name)
            record = kb.org(known) if known else None
            if record is not None:
                return Mention(str(record.get("name") or known), start, end,
                               str(record.get("kind") or "other"), True,
                               person=Person(name, start, end), kb_id=known)
        # "Ait Taleb" after "le ministre de la Santé, Khalid Ait Taleb": the same person
        theirs = fold(org.person.name).split() if org is not None and org.person else []
        common = min(len(theirs), len(words))
        if org is None or org.person is None or org.bare or \
                theirs[-common:] != words[-common:] or \
                (len(words) == 1 and len(words[0]) < 4):
            return None
        full = name if len(words) > len(theirs) else org.person.name  # the fuller name
        return Mention(org.name, start, end, org.kind, org.kind_sure, org.acronym,
                       list(org.aliases), org.country,
                       Person(full, start, end, org.title),
                       org.title, org.head, kb_id=org.kb_id)

    titled = {fold(o.person.name) for o in speaks_for.values() if o.person}
    out: list[Mention] = []
    for m in mentions:  # a name taken for a company's may be a titled person's
        person_org = stands_for(m.name, m.start, m.end) if m.extra.get("proper") else None
        held = re.fullmatch(r"(?:département|cabinet)\s+(?:de\s+|d['’])(.+)", m.name, re.I)
        if held and (own := stands_for(held[1], m.start, m.end)) is not None:
            person_org = replace(own, person=None)  # "le département de Ghita Mezzour"
        if person_org is None and m.extra.get("proper") and m.kb_id is None and (
                kb.is_person(m.name) or fold(m.name) in titled or all(
                    w in GIVEN_NAMES for w in fold(m.name).split()) or RESPECTIVE_PEOPLE.search(
                    fold(text[max(s.start, m.start - 70):m.start]))):
            continue  # a person the base knows or the article titles ("son homologue, X"),
            # a given name the tagger cut from its surname, "…, respectivement MM. A et B"
        out.append(person_org or m)
    for person in s.people:
        if any(m.start <= person.start < m.end or (m.person and (
                m.person.start <= person.start < m.person.end or
                person.start <= m.person.start < person.end)) for m in out):
            continue
        org = stands_for(person.name, person.start, person.end)
        if org is not None:
            out.append(org)
    tokens = s.tokens
    for k, tok in enumerate(tokens):  # "Signées par Alaoui, le wali …": a surname alone
        word = fold(tok.text)
        if word not in speaks_for or not tok.text[:1].isupper() or any(
                m.start <= tok.idx < m.end or (m.person and m.person.start <= tok.idx
                                               < m.person.end) for m in out):
            continue
        if (k > 0 and tokens[k - 1].text[:1].isupper() and
                tokens[k - 1].text not in ("M.", "M", "MM.", "MM", "Mme", "Mr", "Dr", "Pr",
                                           "Me")) or \
                (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()) or \
                re.search(r"[A-ZÀ-Ý][\w'’]*-[\w'’]+\s$", text[max(0, tok.idx - 30):tok.idx]):
            continue  # part of a longer name ("Hee-sung Yoon": not the Yoon titled before)
        org = stands_for(tok.text, tok.idx, tok.idx + len(tok.text))
        if org is not None:
            out.append(org)
    return sorted(out, key=lambda m: m.start)
