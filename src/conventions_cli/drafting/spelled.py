"""Names an acronym in brackets spells whole: "la société de transport de Rabat-Salé
(STRS)" is that company, not the place; "les Entreprises du médicament au Maroc (LeMM)"
keeps its article."""

from __future__ import annotations

from .grammar import _acronym_after, _Reader
from .names import Mention
from .normalize import fold

__all__ = ["spelled_with_article", "spells_all"]


# the small words an acronym leaves out
NOT_SPELLED = {"de", "du", "des", "d'", "l'", "la", "le", "les", "et", "au", "aux", "a", "en"}


def spells_all(r: _Reader, i: int, run: int, acronym: str | None) -> bool:
    """ "la société de transport de Rabat-Salé (STRS)": the acronym spells the descriptor
    and its trade with the place, so all of it is the name, not the place alone."""
    letters = "".join(fold(t.text)[0] for t in r.t[i:run]
                      if t.is_alpha and fold(t.text) not in NOT_SPELLED | {"pour"})
    return acronym is not None and len(acronym) >= 3 and letters.upper() == fold(acronym).upper()


def spelled_with_article(r: _Reader, start: int, i: int) -> tuple[Mention, int] | None:
    """ "les Entreprises du médicament au Maroc (LeMM)": a name whose acronym in brackets
    spells it with its article, which is then part of the name."""
    if start >= i or r.low(start) not in ("les", "le", "la"):
        return None
    k = i
    while k < r.n and k - i < 10 and r.low(k) != "(" and (r.t[k].is_alpha or r.low(k) in (
            "l'", "d'")):
        k += 1
    if k == i or r.low(k) != "(":
        return None
    end, acronym, _short = _acronym_after(r, k)
    spelled = "".join(t.text[0] for t in r.t[start:k]
                      if t is r.t[start] or fold(t.text) not in NOT_SPELLED)
    if not acronym or fold(spelled).upper() != acronym.upper():
        return None
    name = r.text(start, k)
    return Mention(name[:1].upper() + name[1:], r.t[start].idx,
                   r.t[end - 1].idx + len(r.t[end - 1].text), "association", False, acronym,
                   head=r.low(i)), end
