"""The schema kind of a body by the head noun of its name ("agence": public-body), and
whether that is sure; an international body by its name."""

from __future__ import annotations

from .normalize import fold
from .words import HEADS, INTERNATIONAL, PLURAL_HEADS

__all__ = ["kind_of"]


def kind_of(head: str, name: str) -> tuple[str, bool]:
    """The kind the head noun gives, and whether it is sure."""
    folded = fold(name)
    if INTERNATIONAL.search(folded):
        return "international", True
    if head in ("banque", "bank") and ("al-maghrib" in folded or "centrale" in folded):
        return "public-body", True
    kind = HEADS.get(PLURAL_HEADS.get(head, head))
    if kind is None:
        return "other", False
    sure = kind in ("ministry", "federation", "association", "network", "cluster") or (
        kind == "public-body" and head in ("agence", "office", "caisse", "conseil", "region",
                                           "commune", "universite", "haut-commissariat"))
    return kind, sure
