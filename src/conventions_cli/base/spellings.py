"""Warnings of `conv validate` for one place or one region written two ways: valid, and
the filters and `stats --by region` take them as one, but every listing, export and a
spreadsheet's pivot shows two. Each warning says where the other spelling stands."""

from __future__ import annotations

from typing import Any

from ..text import quote
from .checks import first_at
from .geography import place_key, region_named, town_named
from .yamlnodes import Problem


def region_spelling(record: Any, whose: str = "") -> list[Problem]:
    """A Moroccan region written otherwise than the list of regions does ("Fes-Meknes",
    "Région Fès-Meknès", an en dash): said with the name to write."""
    region = record.get("region")
    named = region_named(region) if isinstance(region, str) else None
    if named is None or named == region:
        return []
    line, col = record["_marks"].get("region", (record["_line"], 1))
    return [Problem(record["_source"], line, col,
                    f"{whose}region {quote(region)} is written {quote(named)} in the list of "
                    "Morocco's regions; write it so: stats --by region counts it there, but "
                    "listings and exports show it as written")]


class PlaceSpellings:
    """Each town's first spelling in the base (events first, then agreements in file
    order), and a warning at any later place that writes the same town otherwise: "Fez"
    after "Fès", "FES" after "Fès"."""

    def __init__(self) -> None:
        self.first: dict[str, tuple[str, int, str]] = {}

    def check(self, record: Any, whose: str = "") -> list[Problem]:
        place = record.get("place")
        if not isinstance(place, str) or not place.strip():
            return []
        town = town_named(place)
        key = place_key(town or place)
        line, col = record["_marks"].get("place", (record["_line"], 1))
        spelt = self.first.setdefault(key, (place, line, record["_source"]))
        if spelt[0] == place:
            return []
        where = first_at(spelt[1], spelt[2], record["_source"])
        gazetteer = f" (conv's gazetteer writes {quote(town)})" \
            if town is not None and town not in (place, spelt[0]) else ""
        return [Problem(record["_source"], line, col,
                        f"{whose}place {quote(place)} is written {quote(spelt[0])} at {where}"
                        f"{gazetteer}, the same town; write it one way: --place finds both, "
                        "but listings and exports show two places")]
