"""Whose names a segment takes in the sentence that opens it: "Le deuxième … entre A et
B, alors que le troisième … entre C et D", "le premier a été signé par X ; le deuxième par
Y et le troisième par Z" — each rank the names told after it, up to the next rank."""

from __future__ import annotations

import re

from .drafts import Segment
from .linking import Party
from .normalize import fold

__all__ = ["own_signer", "told_with"]


def told_with(text: str, g: Segment, groups: list[Segment], found: list[Party], end: int
              ) -> list[Party]:
    """ "Le deuxième … entre A et B, alors que le troisième … entre C et D": where each of
    the segments a sentence opens has names told after it, each takes those up to the next
    (and the subject before them all), up to `end`, the sentence's; else all of them take
    every name. A segment whose
    words say who signed it, in words no body is read from ("le premier a été signé par
    M. X, conseiller aux affaires douanières"), has names of its own too, unread."""
    starts = sorted(h.evidence[0] for h in groups if h.sentence == g.sentence)
    bounds = [*starts, end]  # the sentence's end
    if len(starts) < 2 or not all(
            any(bounds[k] <= p.mention.start < bounds[k + 1] for p in found)
            or own_signer(text, bounds[k], bounds[k + 1]) for k in range(len(starts))):
        return found
    mine = starts.index(g.evidence[0])
    return [p for p in found if p.mention.start < starts[0]
            or bounds[mine] <= p.mention.start < bounds[mine + 1]]


def own_signer(text: str, start: int, end: int) -> bool:
    """The words from a segment's rank to the next say who signed it ("par M. X", "avec")."""
    return re.search(r"\b(?:par|avec|entre)\s+\S", fold(text[start:min(end, len(text))])) \
        is not None
