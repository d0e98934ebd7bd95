"""Whether capitalized words name a person: a run the tagger missed, listed after a
person's name ("Karim Alami et Wally Diouf Ba"), opened by a given name, or set beside a
title ("le Chef du gouvernement, Saâd-Eddine El Otmani")."""

from __future__ import annotations

from .grammar import _acronym, _cap, _is_title_word, _low, _Reader
from .words import COMPANY_WORDS, COUNTRIES, GIVEN_NAMES, HEADS, NAME_PARTICLES, TITLE_WORDS

__all__ = ["_looks_like_person", "_person_before_in_list"]


def _person_before_in_list(r: _Reader, i: int, run: int) -> bool:
    """ "Karim Alami et Wally Diouf Ba", "A, B et C" where A is a person: a run of two to
    five capitalized words without an acronym, a company word or an ORG tag, listed after
    a person's name, is a person too (the tagger often misses names it does not know)."""
    words = r.t[i:run]
    if not 2 <= len(words) <= 5 or any(
            not (_cap(t) or _low(t) in NAME_PARTICLES) or not t.is_alpha or _acronym(t.text)
            or _low(t) in COMPANY_WORDS or _low(t) in HEADS or t.ent_type_ == "ORG"
            for t in words):
        return False
    k = i - 2  # the last word of the item before "et" / ",", and so back along the list
    for _item in range(4):
        start = k
        while start - 1 >= 0 and r.t[start - 1].is_alpha and k - start < 5 and (
                _cap(r.t[start - 1]) or _low(r.t[start - 1]) in NAME_PARTICLES) and \
                _low(r.t[start - 1]) not in TITLE_WORDS:
            start -= 1
        if start == k:
            return False
        if _looks_like_person(r, start, k + 1) or r.low(start - 1) in TITLE_WORDS:
            # a tag alone: companies get PER too; "Mmes A, B et C": all of them people
            return True
        if start < 2 or r.low(start - 1) not in (",", "et"):
            return False
        k = start - 2
    return False



def _looks_like_person(r: _Reader, i: int, run: int) -> bool:
    """Two to five capitalized words that name a person: opened by a given name, set in
    apposition after a title ("le Chef du gouvernement, Saâd-Eddine El Otmani") or followed
    by one ("Moulay Hafid El Alamy, ministre de …"). No acronym, no company word."""
    words = [t for t in r.t[i:run] if t.is_alpha]
    if not 2 <= len(words) <= 7:  # "Abdellah Ben Nasser Ben Khalifa Al Thani"
        return False
    first = _low(r.t[i]).split("-")[0]
    # "Soumia BENKHALDOUN": a given name, then a surname set in capitals
    capitals = r.t[i].text.istitle() and all(t.text.isupper() and len(t.text) >= 4
                                              for t in words[1:] if _acronym(t.text))
    if any((_acronym(t.text) and not capitals) or _low(t) in COMPANY_WORDS or _low(t) in HEADS
           or _low(t) in COUNTRIES for t in r.t[i:run]):
        return False
    if first in GIVEN_NAMES:
        return True
    if r.low(run) == "," and (_is_title_word(r.low(run + 1)) or r.low(
            run + 1) == "respectivement" and _is_title_word(r.low(run + 2))):
        return True  # "…, ministre de X", "A et B, respectivement président de X et …"
    if r.low(i - 1) == ",":
        k = i - 2
        while k >= 0 and i - k <= 10 and r.low(k) not in (",", ".", ";", ":"):
            if _is_title_word(r.low(k)):
                return True
            k -= 1
    return False
