"""A body described instead of named: "le groupe italien", "l'Université espagnole", "la
société française". The article named it before ("… les clients de Magneti Marelli …, le
groupe italien a signé"); the description points back to the last body it fits — one of
the same head, or any company for a company's descriptor — of the country it gives, and
names nobody when none fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .grammar import _cap, _Reader
from .names import Mention
from .normalize import fold
from .words import DESCRIPTORS, NATIONALITIES

__all__ = ["DEFINITE", "describes", "described_body", "kind_of_the_two"]

# "le groupe italien" points back; "un groupe italien" introduces one
DEFINITE = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "du", "au", "aux"}
COMPANY_KINDS = {"company", "other"}


def _nationality(word: str) -> str | None:
    return NATIONALITIES.get(word) or NATIONALITIES.get(re.sub(r"(?:ne|e)?s?$", "", word))


def describes(r: _Reader, i: int, end: int, acronym: str | None) -> bool:
    """The head at token i, followed up to `end` by lower-case adjectives only, one of them
    a nationality ("le groupe immobilier marocain"): a description, not a name."""
    if acronym or end <= i + 1:
        return False
    words = r.t[i + 1:end]
    if any(_cap(t) or (not t.is_alpha and t.text != "-") or (
            t.pos_ in ("ADP", "DET", "PROPN", "VERB", "AUX", "PRON", "CCONJ")
            and not _nationality(fold(t.text))) for t in words):
        return False  # "l'Institut français de la mer": a complement makes it a name
    if r.low(end) in ("(", "pour", "de", "du", "des", "d'", "au", "aux") or (
            end < r.n and r.t[end].text.lower() == "à"):
        return False  # "l'agence française pour le développement (AFD)": a name goes on
    nationalities = [t for t in words if _nationality(fold(t.text))]
    if r.low(i) not in DESCRIPTORS and len(nationalities) < len(words):
        return False  # "l'académie diplomatique émiratie": a body's name in lower case
    return bool(nationalities)


def described_body(mention: Mention, history: list[Mention]) -> Mention | None:
    """The body named before that a description fits, the latest first; None when none
    does (the description then names nobody)."""
    company = mention.head in DESCRIPTORS
    for earlier in reversed(history):
        if earlier is mention or earlier.vague or earlier.bare or earlier.person is not None \
                and earlier.kind == "other":
            continue
        fits = earlier.head == mention.head or (company and (
            earlier.kind in COMPANY_KINDS or earlier.head in DESCRIPTORS))
        if not fits or earlier.extra.get("state") or earlier.kind == "ministry":
            continue
        if mention.country and earlier.country not in (None, mention.country):
            continue
        if mention.country and mention.country != "MA" and earlier.country is None \
                and earlier.kb_id is not None:
            continue  # a body the base knows, Moroccan unless it says otherwise
        return earlier
    return None


def kind_of_the_two(phrase: str) -> Callable[[Mention], bool]:
    """What "les deux ministres", "les deux chefs de gouvernement" can point back to: a
    ministry named in full, a government or a state; anything for "les deux parties"."""
    if re.search(r"\bministres\b", phrase):
        return lambda m: m.kind == "ministry" and not m.bare and fold(m.name) != "ministere"
    if re.search(r"\b(?:chefs|gouvernements|presidents|dirigeants)\b", phrase):
        return lambda m: m.head == "gouvernement" or bool(m.extra.get("state")) \
            or bool(m.extra.get("government"))
    return lambda m: True
