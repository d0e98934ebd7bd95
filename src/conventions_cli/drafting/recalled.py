"""The parties of an earlier agreement a signing sentence recalls: "un protocole additionnel
à l'accord relatif à X, conclu en 1987 entre les gouvernements A et B" names who signed
that one, not the protocol."""

from __future__ import annotations

import re

from .normalize import fold_upto
from .signing import dates_another

__all__ = ["recalled_from"]

PARTICIPLE = re.compile(r"\b(?:signee?s?|conclue?s?|paraphee?s?|scellee?s?)\b")


def recalled_from(text: str, start: int, end: int, triggers: list[tuple[int, int]]) -> int:
    """Where, in text[start:end], a participle dating an agreement the sentence governs
    ("à l'accord …, conclu en 1987") begins: the names after it are that one's; `end`
    when there is none."""
    low = fold_upto(text, end)
    for m in PARTICIPLE.finditer(low, start, end):
        if (m.start(), m.end()) not in triggers and dates_another(low, start, m.start(),
                                                                   m.end()):
            return m.start()
    return end
