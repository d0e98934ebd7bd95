"""Ministers told one after another behind one plural title, each portfolio followed by
its minister: "par les ministres de l'Intérieur, A, de l'Économie, B, des Sports, C, et de
l'Équipement, D" (or "les ministres de l'Économie et des Finances, A et du Commerce, B").
Each portfolio is one ministry, signed for by the name after it."""

from __future__ import annotations

import re

from .complements import _complements
from .grammar import _name_case, _Reader
from .holders import _ministry_name, _person_after
from .names import Mention
from .words import TITLES

__all__ = ["ministers_told_on", "portfolio_ministry"]


def portfolio_ministry(r: _Reader, k: int, end: int) -> Mention:
    """The ministry a portfolio names, read from its preposition at k to `end` ("de
    l'Économie et des Finances"), titled for its minister."""
    words = r.text(k, end)
    return Mention(_ministry_name("Ministère " + words), r.t[k].idx,
                   r.t[end - 1].idx + len(r.t[end - 1].text), kind="ministry",
                   kind_sure=True, head="ministere", title=_name_case("Ministre " + words))


def ministers_told_on(r: _Reader, first: Mention | None, k: int) -> tuple[list[Mention], int]:
    """`first` (read from "les ministres de X, A") and the ministries named from token k on
    (", de Y, B", "et du Z, C"), each with its minister, and the index past the last; none
    when no portfolio and name follow."""
    if first is None or first.head != "ministeres" or first.person is None:
        return [], k
    found: list[Mention] = []
    while k < r.n and r.low(k) in (",", "et"):
        j = k + 1 + (r.low(k) == "," and r.low(k + 1) == "et")
        start = r.prep(j)
        if start is None or start >= r.n or r.low(start) in TITLES:
            break  # "… et du président de la Fédération X": another title
        end = _complements(r, r.noun_phrase(start) or start + 1, ministry=True)
        person, after = _person_after(r, end)
        if person is None or end <= start:
            break
        mention = portfolio_ministry(r, j, end)
        person.title, mention.person = mention.title, person
        found.append(mention)
        k = after
    if found:  # the first portfolio is one ministry too, with one minister
        first.head = "ministere"
        first.title = first.person.title = re.sub(r"^Ministres\b", "Ministre", first.title or "")
    return [first, *found] if found else [], k
