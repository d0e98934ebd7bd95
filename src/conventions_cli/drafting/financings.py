"""Financings told one by one before their count: "X a accordé à Y une ligne de crédit de
20 M€ …. X a également octroyé une subvention de 300.000 euros …, aux termes de deux
accords signés mardi": as many financings, each named by its own noun right before its
amount, as the agreements the article counts: one each, in the order told (not one sum
"for all of them together").
"""

from __future__ import annotations

import re

from .drafts import Work
from .facts import Fact
from .inturn import funding_in
from .normalize import fold

__all__ = ["one_financing_each"]

# the financing an amount is, named right before it: "une ligne de crédit de", "un prêt
# d'un montant de", "une subvention de"
NAMED_FINANCING = re.compile(r"\b(?:une?|le|la|l')\s*(?:nouve(?:au|l|lle)\s+)?"
                             # "une convention de prêt de 50 M€", "… de subvention d'un million"
                             r"(?:(?:convention|accord|contrat)s?\s+d(?:e\s+|'))?"
                             r"(?:lignes? de credit|prets?|dons?|subventions?|credits?|"
                             r"financements?|emprunts?|aides? financieres?)"
                             r"(?:\s+[a-z'-]+){0,2}?(?:\s+(?:de|d'un montant de|d'une valeur de|"
                             r"d'un montant global de)|\s*d')\s*$")


def one_financing_each(work: Work) -> None:
    """Give each agreement one of the financings the signing sentences name, when they are
    exactly as many as the agreements and no agreement holds an amount yet."""
    n, text = work.n, work.text
    if n < 2 or any(a.funding is not None for a in work.agreements):
        return
    named: list[Fact] = []
    for s in work.sentences:
        if s.earlier or s.title or s.future or not (s.signing or s.agreements):
            continue
        for f in funding_in(text, s):
            if f.extra.get("total"):
                continue
            if NAMED_FINANCING.search(fold(text[max(s.start, f.start - 60):f.start])):
                named.append(f)
    if len(named) != n or len({f.start for f in named}) != n:
        return
    for a, f in zip(work.agreements, named, strict=True):
        a.funding = f
