"""A town's body as a party: a Moroccan town is its commune ("Commune de Dakhla", known by
the press as "Ville de Dakhla"); a foreign one keeps the article's word for it ("Mairie de
Malaga"). Shared by the town readers and the plural lists of places."""

from __future__ import annotations

import re

from .names import Mention
from .places import city_region

__all__ = ["TOWN_HEADS", "shared_place", "town_body"]

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


# the bare heads that may share the place named after the next one
SHARING_HEADS = {"province", "prefecture", "commune", "region", "wilaya", "municipalite"}


def shared_place(text: str, found: list[Mention]) -> list[Mention]:
    """ "la province et la municipalité de Tan Tan": the bare province is Tan Tan's too;
    "la région et la wilaya de X", "la commune et la province de Y" alike."""
    for a, b in zip(found, found[1:], strict=False):
        if not (a.bare and a.head in SHARING_HEADS and a.kb_id is None and a.person is None
                and b.head in SHARING_HEADS and b.head != a.head and not b.bare):
            continue
        place = re.search(r"\s(?:de |d'|d’|du )(?:la |l'|l’)?(?P<p>[A-ZÉÂ].*)$", b.name)
        if place is None or not re.fullmatch(r"\s+et\s+(?:la|le|l'|l’)\s*",
                                             text[a.end:b.start]):
            continue
        of = "d'" if place["p"][:1].lower() in "aeiouyéèêh" else "de "
        a.name, a.bare, a.vague = f"{a.name[:1].upper()}{a.name[1:]} {of}{place['p']}", \
            False, False
        a.kind, a.kind_sure = "public-body", True
    return found
