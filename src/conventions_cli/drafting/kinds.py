"""The schema kind of a body by the head noun of its name ("agence": public-body), and
whether that is sure; an international body by its name."""

from __future__ import annotations

from .normalize import fold
from .words import COMPANY_WORDS, HEADS, INTERNATIONAL, PLURAL_HEADS

__all__ = ["ONLY_COMPANIES", "kind_of"]

# The company words that name nothing but a company ("Oriental Citrus Packing", "X Company")
# (not "Maroc", "Centre", "Foundation", "Bank": other bodies bear them too)
ONLY_COMPANIES = COMPANY_WORDS - {
    "maroc", "morocco", "international", "africa", "afrique", "centre", "center", "cluster",
    "clusters", "network", "foundation", "institute", "agency", "banque", "bank", "finance",
    "capital", "data", "digital", "partnership", "service", "services", "industrie",
    "textile", "energie", "immobilier", "distribution", "microfinance", "invest"}


def kind_of(head: str, name: str) -> tuple[str, bool]:
    """The kind the head noun gives, and whether it is sure."""
    folded = fold(name)
    if INTERNATIONAL.search(folded):
        return "international", True
    if head in ("banque", "bank") and ("al-maghrib" in folded or "centrale" in folded):
        return "public-body", True
    kind = HEADS.get(PLURAL_HEADS.get(head, head))
    if kind is None:
        if any(word in ONLY_COMPANIES for word in folded.split()):
            return "company", False
        return "other", False
    sure = kind in ("ministry", "federation", "association", "network", "cluster") or (
        kind == "public-body" and head in ("agence", "office", "caisse", "conseil", "region",
                                           "commune", "universite", "haut-commissariat"))
    return kind, sure
