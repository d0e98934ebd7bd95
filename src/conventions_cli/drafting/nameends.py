"""Where an organization's name ends, and whether a sentence opens on one: a name that
goes on past its acronym ("le Centre hospitalo-universitaire (CHU) Ibn Sina de Rabat"), a
sentence that opens on two capitalized words ("Souss Berry Farms et l'ADA ont signé")."""

from __future__ import annotations

import re

from .complements import _complements
from .grammar import _cap, _is_title_word, _proper_run, _Reader
from .kinds import ONLY_COMPANIES
from .normalize import fold
from .samebody import _is_place
from .words import COMPANY_WORDS, COUNTRIES, MONTH_WORDS, NAMED_AFTER_PEOPLE

__all__ = ["_named_past_acronym", "_opens_a_name", "person_after_titled_head"]


def _named_past_acronym(r: _Reader, j: int, head: str) -> int:
    """Where a name goes on after its acronym in brackets ("(CHU) Ibn Sina de Rabat"): a
    proper name (a person's only for a body named after people), not a country or a place
    (a branch: "(CGEM) Fès-Meknès"); or a Moroccan place after "de" ("(CRI) de l'Oriental",
    "(UMP) d'Oujda"), which the name takes, so that the signatory after the comma is its."""
    k = r.prep(j) if j < r.n else None
    if k is not None and k < r.n and _cap(r.t[k]):
        run = _proper_run(r, k)
        if run > k and _is_place(r.text(k - 1 if r.low(k - 1) == "l'" else k, run)):
            return run
    if j >= r.n or not _cap(r.t[j]) or r.starts_person(j) and head not in NAMED_AFTER_PEOPLE \
            or not r.t[j].is_alpha or r.t[j].pos_ in ("VERB", "AUX") \
            or fold(r.t[j].text) in COUNTRIES or _is_place(r.t[j].text):
        return j
    run = _proper_run(r, j)
    return _complements(r, run, ministry=False) if run > j else j


def _opens_a_name(r: _Reader) -> bool:
    """ "Attawfiq Microfinance et le Secrétariat … ont conclu": a sentence that opens on
    a name of two capitalized words, whatever the tagger says of the first."""
    if r.n > 3 and r.t[0].pos_ in ("NOUN", "PROPN", "X") and r.low(1) in ("du", "de", "des") \
            and _cap(r.t[2]) and r.low(0) not in MONTH_WORDS and not _is_place(r.t[0].text):
        # "Ciments du Maroc, filiale de …, a signé": a name, then its apposition or its verb
        end = _proper_run(r, 0)
        return end >= 3 and r.low(end) in (",", "a", "ont", "et") and not r.starts_person(0)
    if r.n < 2 or r.t[0].pos_ not in ("NOUN", "PROPN", "ADJ", "X") or not _cap(r.t[1]) or \
            r.t[1].pos_ not in ("NOUN", "PROPN") or r.low(0) in MONTH_WORDS:
        return False
    words = {r.low(k) for k in range(1, _proper_run(r, 0))}
    if ONLY_COMPANIES & words or _is_place(r.t[0].text) and COMPANY_WORDS & words:
        # "Souss Berry Farms et l'ADA ont signé", "Casablanca Finance City et X": a body,
        # whatever the tags, however its name starts
        return True
    return not r.starts_person(0) and not r.starts_person(1) and not _is_place(r.t[0].text)


ROMAN = re.compile(r"[IVX]+")


def person_after_titled_head(r: _Reader, i: int, j: int) -> bool:
    """ "le Vice-président du Fonds Michel Mordasini": after a head a title governs, the
    capitalized words that open on a person's name are who holds the title, not the body's
    name (not "Fonds Hassan II", named after a King, nor "Université Ibn Zohr")."""
    if not r.starts_person(j) or r.low(i) in NAMED_AFTER_PEOPLE:
        return False
    title = i - 2 if r.low(i - 1) in ("du", "de", "d'") else \
        i - 3 if r.low(i - 1) in ("l'", "la") and r.low(i - 2) == "de" else -1
    if title < 0 or not _is_title_word(r.low(title).split("-")[-1]):
        return False
    run = _proper_run(r, j)
    return run - j >= 2 and not any(ROMAN.fullmatch(r.t[k].text) for k in range(j, run))
