"""A town's body as a party: a Moroccan town is its commune ("Commune de Dakhla", known by
the press as "Ville de Dakhla"); a foreign one keeps the article's word for it ("Mairie de
Malaga"). Shared by the town readers and the plural lists of places."""

from __future__ import annotations

import re

from .names import Mention
from .places import city_region

__all__ = ["TOWN_HEADS", "town_body"]

TOWN_HEADS = {"ville": "Ville", "mairie": "Mairie", "municipalite": "Municipalité"}


def town_body(place: str, start: int, end: int, word: str = "mairie") -> Mention:
    """The body of the town `place`: "Commune de Dakhla", "Mairie de Malaga"."""
    moroccan = city_region(place) is not None
    head = "Commune" if moroccan else TOWN_HEADS.get(word, "Mairie")
    of = "d'" if place[:1].lower() in "aeiouyéèêh" else "de "
    article = re.match(r"(Le|Les) (?=[A-ZÀ-Ý])", place)
    if article:  # "Le Havre", "Les Sables-d'Olonne": "Mairie du Havre", "des Sables-…"
        of, place = ("du " if article[1] == "Le" else "des "), place[article.end():]
    mention = Mention(f"{head} {of}{place}", start, end, "public-body", True,
                      # "la Ville de Dakhla": the press's other name for a Moroccan commune
                      aliases=[f"Ville {of}{place}"] if moroccan else [],
                      head="commune" if moroccan else word, country="MA" if moroccan else None)
    mention.extra["town"] = True
    return mention
