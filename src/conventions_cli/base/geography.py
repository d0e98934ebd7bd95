"""Morocco's twelve regions (the division of 2015) and the cities, towns, provinces and
business parks in each: the gazetteer that derives a region from a city, checks that a
region written in the base agrees with its city, and lets drafting recognise places.

A report often names only the city of a signing; the region is then a derivation, made
here (and shown as derived), never typed by hand. Names are compared folded (no case, no
accents, hyphens and apostrophes as spaces), so "Fes", "Fès" and "FES" are one city.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import words

# region: (its seat, its cities, towns, provinces and prefectures). A city is listed under
# the region it belongs to since 2015, whatever the date of the report.
REGIONS: dict[str, tuple[str, list[str]]] = {
    "Tanger-Tétouan-Al Hoceïma": ("Tanger", [
        "Tanger", "Tétouan", "Al Hoceïma", "Larache", "Ksar El Kébir", "Chefchaouen", "Fnideq",
        "M'diq", "Ouezzane", "Asilah", "Martil", "Ksar Sghir", "Tangier", "Imzouren",
        "Targuist", "Oued Laou", "Fahs-Anjra", "Tanger-Assilah", "M'diq-Fnideq",
        "Bni Bouayach", "Jebha", "Assilah"]),
    "L'Oriental": ("Oujda", [
        "Oujda", "Nador", "Berkane", "Taourirt", "Jerada", "Guercif", "Driouch", "Figuig",
        "Bouarfa", "Selouane", "Zaïo", "Ahfir", "Saïdia", "Al Aroui", "Beni Ansar",
        "El Aioun Sidi Mellouk", "Debdou", "Midar", "Oujda-Angad"]),
    "Fès-Meknès": ("Fès", [
        "Fès", "Fez", "Meknès", "Taza", "Ifrane", "Sefrou", "Moulay Yacoub", "El Hajeb",
        "Taounate", "Boulemane", "Azrou", "Missour", "Imouzzer Kandar",
        "Moulay Idriss Zerhoun", "Karia Ba Mohamed", "Tissa", "Ain Taoujdate"]),
    "Rabat-Salé-Kénitra": ("Rabat", [
        "Rabat", "Salé", "Kénitra", "Témara", "Skhirat", "Khémisset", "Sidi Kacem",
        "Sidi Slimane", "Sidi Yahya El Gharb", "Tiflet", "Rommani", "Ain Aouda", "Mehdia",
        "Souk El Arbaa", "Mechra Bel Ksiri", "Sidi Allal El Bahraoui", "Harhoura",
        "Skhirat-Témara", "Bouknadel"]),
    "Béni Mellal-Khénifra": ("Béni Mellal", [
        "Béni Mellal", "Khénifra", "Khouribga", "Fquih Ben Salah", "Azilal", "Kasba Tadla",
        "Oued Zem", "Demnate", "Souk Sebt Oulad Nemma", "Bejaad", "M'rirt"]),
    "Casablanca-Settat": ("Casablanca", [
        "Casablanca", "Mohammedia", "Settat", "El Jadida", "Berrechid", "Benslimane",
        "Médiouna", "Nouaceur", "Bouskoura", "Sidi Bennour", "Azemmour", "Had Soualem",
        "Dar Bouazza", "Tit Mellil", "Ain Harrouda", "Jorf Lasfar", "Casa", "Bouznika",
        "Ben Ahmed", "Deroua", "Lahraouyine", "Zenata"]),
    "Marrakech-Safi": ("Marrakech", [
        "Marrakech", "Safi", "Essaouira", "El Kelâa des Sraghna", "Youssoufia", "Chichaoua",
        "Benguerir", "Ben Guerir", "Tahannaout", "Ait Ourir", "Marrakesh", "Al Haouz",
        "Rehamna", "Amizmiz", "Imintanoute", "Tamansourt"]),
    "Drâa-Tafilalet": ("Errachidia", [
        "Errachidia", "Ouarzazate", "Zagora", "Tinghir", "Midelt", "Rissani", "Erfoud",
        "Merzouga", "Goulmima", "Kalaat M'Gouna", "Kelâat M'Gouna", "Boumalne Dadès", "Agdz"]),
    "Souss-Massa": ("Agadir", [
        "Agadir", "Inezgane", "Taroudant", "Tiznit", "Tata", "Aït Melloul", "Biougra",
        "Ouled Teima", "Taghazout", "Chtouka Aït Baha", "Aït Baha", "Dcheira", "Tafraout",
        "Agadir Ida-Outanane", "Inezgane-Aït Melloul", "Drarga"]),
    "Guelmim-Oued Noun": ("Guelmim", [
        "Guelmim", "Tan-Tan", "Sidi Ifni", "Assa", "Assa-Zag", "El Ouatia", "Mahbès"]),
    "Laâyoune-Sakia El Hamra": ("Laâyoune", [
        "Laâyoune", "Boujdour", "Smara", "Es-Semara", "Tarfaya", "El Marsa",
        "Foum El Oued"]),
    "Dakhla-Oued Ed-Dahab": ("Dakhla", ["Dakhla", "Aousserd", "Bir Gandouz", "Guerguerat"]),
}
# Business parks and zones, by the city that hosts them.
PARKS: dict[str, str] = {
    "Casanearshore": "Casablanca", "Casa Nearshore": "Casablanca",
    "Casablanca Finance City": "Casablanca", "Casa Finance City": "Casablanca",
    "Midparc": "Nouaceur", "Technopolis": "Salé",
    "Rabat Technopolis": "Salé", "Atlantic Free Zone": "Kénitra",
    "Kénitra Automotive City": "Kénitra", "Tanger Med": "Tanger",
    "Tanger Automotive City": "Tanger", "Tanger Free Zone": "Tanger",
    "Tétouan Shore": "Tétouan", "Fès Shore": "Fès", "Oujda Shore": "Oujda",
    "Technopole d'Oujda": "Oujda", "Agropolis": "Meknès", "Haliopolis": "Agadir",
    "Technopole d'Agadir": "Agadir", "Marrakech Shore": "Marrakech",
}
# Other spellings, to the one the base writes.
CANONICAL = {"Fez": "Fès", "Tangier": "Tanger", "Marrakesh": "Marrakech", "Casa": "Casablanca",
             "Ben Guerir": "Benguerir", "Es-Semara": "Smara", "Assilah": "Asilah"}
# Names the regions went by, and short forms the press uses.
REGION_ALIASES = {
    "Tanger-Tétouan-Al Hoceima": "Tanger-Tétouan-Al Hoceïma",
    "Oriental": "L'Oriental", "Région de l'Oriental": "L'Oriental",
    "Fès Meknès": "Fès-Meknès", "Dakhla-Oued Eddahab": "Dakhla-Oued Ed-Dahab",
    "Laâyoune-Sakia Al Hamra": "Laâyoune-Sakia El Hamra",
    "Guelmim-Oued Ed-Dahab": "Guelmim-Oued Noun",
}


@lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """A place's comparison key: its words, folded ("Fès" = "FES"; "M'diq" = "m diq")."""
    return " ".join(words(name.replace("œ", "oe")))


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, str]]:
    """key -> (city as the base writes it, its region), cities and parks alike."""
    index: dict[str, tuple[str, str]] = {}
    for region, (_seat, cities) in REGIONS.items():
        for city in cities:
            index[place_key(city)] = (CANONICAL.get(city, city), region)
    for park, city in PARKS.items():
        index.setdefault(place_key(park), index[place_key(city)])
    return index


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    index = {place_key(region): region for region in REGIONS}
    index.update({place_key(alias): region for alias, region in REGION_ALIASES.items()})
    return index


def city_region(name: str) -> tuple[str, str] | None:
    """(city, region) for a Moroccan city, town, province or business park; None when it
    is not one we know (a place abroad, a village the gazetteer lacks)."""
    return _cities().get(place_key(name))


@lru_cache(maxsize=8192)
def region_of(place: str | None) -> str | None:
    """The region a place lies in, when the gazetteer knows it."""
    found = city_region(place) if place else None
    return found[1] if found else None


@lru_cache(maxsize=8192)
def region_named(name: str) -> str | None:
    """The region ``name`` spells (with or without "Région de", accents, old spellings)."""
    key = place_key(name)
    for prefix in ("region de ", "region d ", "region du ", "region "):
        if key.startswith(prefix) and key[len(prefix):] in _regions():
            key = key[len(prefix):]
            break
    return _regions().get(key)


# How the press and the base's own organizations write a region before its name: "Région
# Fès-Meknès", "la région de l'Oriental", "Region du Souss".
_REGION_WORD = re.compile(r"(?:la\s+)?r[ée]gion(?:\s+|$)(?:de\s+l['\u2019]\s*|"
                          r"(?:de\s+la|des|du|de)\s+|d['\u2019]\s*)?", re.IGNORECASE)


def region_words(name: str) -> str:
    """The words of a region's name without the word "région" and its "de" before them
    ("Région de l'Oriental" -> "Oriental", "région Fès-Meknès" -> "Fès-Meknès"); the name
    as it is when nothing follows them."""
    text = name.strip()
    found = _REGION_WORD.match(text)
    rest = text[found.end():].strip() if found else ""
    return rest or text


@lru_cache(maxsize=1)
def town_words() -> frozenset[str]:
    """The words of the towns' names that search keeps whole (text.keep_whole): "agadir"
    is never stemmed onto "Agadez"; short words and French ones ("es", "des") are not
    names of their own."""
    from ..text import STOPWORDS

    return frozenset(w for _region, (_seat, cities) in REGIONS.items() for city in cities
                     for w in words(city) if len(w) > 3 and w not in STOPWORDS)


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """key -> the town as the base writes it: cities, towns and provinces, not parks (a
    park is a place of its own, more precise than its city)."""
    return {place_key(city): CANONICAL.get(city, city)
            for _region, (_seat, cities) in REGIONS.items() for city in cities}


def town_named(name: str) -> str | None:
    """The town ``name`` spells, as the gazetteer writes it ("Fez", "FES" -> "Fès");
    None for a park, a place abroad, a village the gazetteer lacks."""
    return _towns().get(place_key(name))


def town_spellings(name: str) -> list[str]:
    """Every name the gazetteer knows for the town ``name`` spells, its own first
    ("fez" -> Fès, Fez); [] when it is no town the gazetteer knows."""
    town = town_named(name)
    if town is None:
        return []
    others = sorted(other for other, canonical in CANONICAL.items() if canonical == town)
    return [town, *others]
