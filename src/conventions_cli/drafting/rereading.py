"""What the names read one by one say together, read once the sentence is read: a bare
province that shares the town named after the next body ("la province et la
municipalité de X"); one person's two offices ("le vice-président du gouvernement croate
et ministre de la Mer, X": X signs for Croatia's ministry, the government is his other
office, not one more party)."""

from __future__ import annotations

import re

from .countries import foreign_name
from .names import Mention
from .townbody import shared_place

__all__ = ["reread"]


def reread(text: str, found: list[Mention]) -> list[Mention]:
    return _two_offices(text, shared_place(text, found))


def _two_offices(text: str, found: list[Mention]) -> list[Mention]:
    """ "le vice-président du gouvernement croate et ministre de la Mer, X": the
    ministry is the foreign State's, and the State, his other office, signs nothing."""
    for a, b in zip(found, found[1:], strict=False):
        if not (a.extra.get("state") and a.person is None and a.country not in (None, "MA")
                and b.kind == "ministry" and b.person is not None and b.country is None):
            continue
        if not re.fullmatch(r"\s+et\s+(?:de\s+|du\s+)?", text[a.end:b.start]) or \
                not text[b.start:b.start + 8].lower().startswith("ministr"):
            continue
        b.country, b.name = a.country, foreign_name(b.name, a.country)
        a.vague = True
    return found
