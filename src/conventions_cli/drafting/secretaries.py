"""A secretary of State and the secretariat he holds: "le secrétaire d'Etat chargé du Commerce
extérieur, X", "la Secrétaire d'Etat portugaise de la Modernisation administrative"; one
"auprès du ministre de l'Intérieur" with no portfolio of his own signs for that ministry."""

from __future__ import annotations

import re

from .complements import _adjectives, _complements
from .grammar import _name_case, _Reader
from .holders import (
    _country_words,
    _masculine,
    _ministry_name,
    _person_after,
    _person_before,
    _person_in_brackets,
)
from .names import Mention

__all__ = ["secretary_of_state"]


def secretary_of_state(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """ "le secrétaire d'Etat chargé du Commerce extérieur, X", "la Secrétaire d'Etat
    portugaise de la Modernisation administrative": a Secrétariat d'Etat and its holder."""
    j, country = _adjectives(r, i + 3)
    attached = None  # "auprès du ministre de l'Intérieur": the minister it is attached to
    if r.low(j) == "aupres":
        k = r.prep(j + 1)
        attached = k
        j = _complements(r, r.noun_phrase(k) or j + 1, ministry=True) if k is not None else j
        # "auprès du ministre de l'Agriculture, chargée de la Pêche maritime": her own
        # portfolio follows the minister's, not a part of his ministry's name
        j = next((c for c in range(k or j, j) if r.low(c) == "," and
                  r.low(c + 1).startswith("charge")), j)
        if r.low(j) == ",":
            j += 1
    own = None  # where its own portfolio starts, after the minister's
    if r.low(j).startswith("charge"):
        own = j if attached is not None else None
        attached = None
        j += 1
    if r.low(j) in ("au", "aux") or (r.low(j) in ("a", "pour") and r.low(j + 1) in (
            "la", "l'", "le", "les")):
        end = r.noun_phrase(j + 1)  # "au Développement rural", "pour l'Énergie"
        j = end if end is not None else j
    end = _complements(r, j, ministry=True)
    end, country2 = _country_words(r, i, end)
    if end <= i + 3:
        return None, i + 3
    words = r.text(own if own is not None else i + 3, end)
    if country:
        words = re.sub(r"^\s*\w+(?:ne|e)?s?\b\s*", "", words, count=1)  # the nationality
    title = _name_case(r.text(i, end))
    words = re.sub(r"\bchargée\b", "chargé", words)  # the secretariat's, not its holder's
    if attached is not None and r.low(attached) in ("ministre", "ministere") and \
            end > attached + 1 and not country:
        # "le secrétaire d'Etat auprès du ministre de l'Intérieur", no portfolio of its own:
        # he signs for that minister's ministry
        mention = Mention(_ministry_name(r.text(attached, end)), r.t[i].idx,
                          r.t[end - 1].idx + len(r.t[end - 1].text), kind="ministry",
                          kind_sure=True, head="ministere", country=country2, title=title)
        person, after = _person_after(r, end)
        if person is not None:
            person.title, mention.person = title, person
        return mention, after if person is not None else end
    mention = Mention(_name_case(_masculine(f"Secrétariat d'Etat {words}".strip())),
                      r.t[i].idx, r.t[end - 1].idx + len(r.t[end - 1].text), kind="ministry",
                      kind_sure=True, head="secretariat", country=country or country2,
                      title=title)
    person, after = _person_after(r, end)
    if person is None:
        person, after = _person_in_brackets(r, end)
    if person is None:
        person, after = _person_before(r, i), end
    if person is not None:
        person.title = title
        mention.person = person
    return mention, after
