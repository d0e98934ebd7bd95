"""The adjectives a head's name takes when the press lists them: "le conseil économique,
social et environnemental"."""

from __future__ import annotations

from .grammar import _cap, _Reader
from .words import ADJ_FORM, DETS, HEADS, PREPS, STOP_NAME

__all__ = ["coordinated_adjectives", "trade_after"]


def _plain_adjective(r: _Reader, k: int) -> bool:
    tok = r.t[k] if k < r.n else None
    word = r.low(k)
    return tok is not None and tok.is_alpha and not _cap(tok) and (
        tok.pos_ == "ADJ" or bool(ADJ_FORM.fullmatch(word)) or word.endswith(
            ("al", "el", "if", "ive", "aire"))) and word not in STOP_NAME \
        and word not in HEADS and word not in PREPS and word not in DETS


def coordinated_adjectives(r: _Reader, j: int) -> int:
    """ "économique, social et environnemental": a head's adjectives listed with commas
    and a last "et" belong to its name; j is past the first adjective."""
    k = j
    while r.low(k) == "," and _plain_adjective(r, k + 1):
        k += 2
    if r.low(k) == "et" and _plain_adjective(r, k + 1) and k > j:
        return k + 2
    return j


def trade_after(r: _Reader, j: int) -> int:
    """Past what a company does, between its description and its name ("l'opérateur de
    téléphonie Orange", "le fabricant de composants pour batteries X"): the name's first
    token, else `j` unchanged."""
    k = j
    while k < r.n and r.low(k) in ("de", "d'", "du", "des", "pour", "en") and k - j < 7:
        w = k + 1
        while w < r.n and w - k <= 3 and r.t[w].is_alpha and not _cap(r.t[w]) and \
                r.low(w) not in ("a", "au", "aux"):  # "exportateur d'agrumes basé à X": a place
            w += 1
        if w == k + 1:
            return j
        k = w
    return k if j < k < r.n and _cap(r.t[k]) else j
