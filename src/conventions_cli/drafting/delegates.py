"""Who signs for a body the article names first: "la Région X, représentée par son
président Y", "l'Agence A, en la personne de sa directrice générale, Mme B". The title
points back at the body ("son", "sa", "leur"), so it names no new one: the body stays the
party, and the person after the title signs for it."""

from __future__ import annotations

import re

from .names import Mention, Person
from .normalize import fold
from .words import SURNAME_PARTICLES

__all__ = ["on_behalf_of", "represented_by_their_heads"]

# After the body (and its acronym in brackets): the words that hand it to its own head.
_BY_ITS_HEAD = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?,\s*(?:(?:representee?s?\s+(?:ici\s+)?par)|"
    r"(?:en la personne d[eu]))\s+(?:son|sa|leur)\s+"
    r"(?P<title>(?:[a-z-]+\s+){0,4}?[a-z-]+)\s*(?:,\s*)?"
    r"(?:(?i:m\.|mme\.?|mr\.?|dr\.?|pr\.?|monsieur|madame)\s+)?(?=[A-Z])")
# "représentée par son Directeur Général, Monsieur X": a title written with capitals ends
# at the comma before the name
_BY_ITS_TITLED_HEAD = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?,\s*(?:(?:representee?s?\s+(?:ici\s+)?par)|"
    r"(?:en la personne d[eu]))\s+(?:son|sa|leur)\s+"
    r"(?P<title>(?:[A-Za-z-]+\s+){0,4}?[A-Za-z-]+)\s*,\s*"
    r"(?:(?i:m\.|mme\.?|mr\.?|dr\.?|pr\.?|monsieur|madame)\s+)?(?=[A-Z])")
# A particle between two words of the name, as written there: "El", "Ben", "Aït" with a
# capital, "de", "van" in lower case, either way.
_LINKS = "(?:" + "|".join(sorted({form for w in SURNAME_PARTICLES
                                  for form in (re.escape(w), re.escape(w.capitalize()))},
                                 key=lambda f: (-len(f), f))) + ")"
_NAME = re.compile(rf"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:{_LINKS}\s+)?[A-ZÀ-Ý][\w'’-]+){{1,3}}")
# A title is lower-case words; a few of them mean the sentence went on instead.
_NOT_TITLE = {"et", "a", "qui", "avec", "pour", "le", "la", "les", "l", "un", "une", "ont"}


def represented_by_their_heads(text: str, mentions: list[Mention]) -> None:
    """Give each body the article hands to "son président Y" that person and title,
    unless a person already signs for it."""
    low = "".join(fold(c).upper() if c.isupper() else fold(c) for c in text)  # accents off
    for m in mentions:
        if m.person is not None:
            continue
        found = _BY_ITS_TITLED_HEAD.match(low, m.end) or _BY_ITS_HEAD.match(low, m.end)
        if found is None or any(w.lower() in _NOT_TITLE for w in found["title"].split()) or \
                fold(low[m.end:found.start("title")]) != low[m.end:found.start("title")]:
            continue
        name = _NAME.match(text, found.end())
        if name is None or any(o is not m and o.start <= name.start() < o.end
                               for o in mentions):
            continue  # "… par son président, l'Office X": a body, not a person
        title_start, title_end = found.span("title")
        title = text[title_start:title_end]
        title = title[:1].upper() + title[1:]
        m.person = Person(name.group(0), name.start(), name.end(), title)
        m.title = title


# "…, a apposé sa signature au nom du ministère de l'Intérieur", "l'ambassadeur du Maroc,
# au nom du ministère X": the words between a signer and the body he signs for
_ON_BEHALF = re.compile(r"[^.;()]{0,60}?\bau nom d(?:u|e la|e l'|es|e|')\s*$")


def on_behalf_of(text: str, mentions: list[Mention]) -> None:
    """A signer who signs "au nom de" another body signs for that body: it takes his name
    and title, and the body his title named (his province, his embassy) is no party."""
    for k, m in enumerate(mentions[:-1]):
        after = m.reach
        body = mentions[k + 1]
        gap = fold(text[after:body.start]) if after <= body.start else ""
        if not gap or body.person is not None or body.vague or \
                not _ON_BEHALF.fullmatch(gap) or re.search(r"\b(?:et|avec|entre|qui)\b", gap):
            continue
        body.person, body.title = m.person, m.title
        m.person, m.vague = None, True
