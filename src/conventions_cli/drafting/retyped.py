"""A signed thing told first by a word of no kind ("deux projets ont été signés"), then
named again by what it is ("ces dons sont fournis par …"): the second word gives its type."""

from __future__ import annotations

import re

from .drafts import Work
from .facts import Fact
from .normalize import fold

__all__ = ["stand_ins_named_again"]

# words of no kind for what was signed
STAND_IN = re.compile(r"projets?|programmes?")
# "ces dons", "ce prêt", "les deux subventions": the same ones, by what they are
FINANCING_AGAIN = re.compile(r"\b(?:ces|ce|cet|cette|les deux|lesdits|lesdites|ledit|ladite)\s+"
                             r"(?:dons?|prets?|credits?|subventions?|financements?)\b")


def stand_ins_named_again(work: Work) -> None:
    """Agreements typed by a bare "projet(s)" or "programme(s)" take the kind the article
    names them by further on, with a demonstrative: a grant or a loan is an accord."""
    text = work.text
    low = fold(text)
    for a in work.agreements:
        if a.type is None or a.type.value != "other" or \
                not STAND_IN.fullmatch(fold(text[a.type.start:a.type.end])):
            continue
        again = FINANCING_AGAIN.search(low, a.type.end)
        if again is not None:
            a.type = Fact("type", "accord", again.start(), again.end())
