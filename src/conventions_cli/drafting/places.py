"""Places: Moroccan cities and business parks with their region (the 12 regions of 2015).

"à Oujda", "la ville d'Agadir", "à Casanearshore", "au siège de la région Souss-Massa", a
dateline "Rabat —". A place abroad is kept without a region.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .facts import Fact
from .normalize import fold, fold_upto, key

__all__ = ["REGIONS", "city_region", "find_places"]

REGIONS: dict[str, tuple[str, list[str]]] = {
    # region: (its seat, its cities and towns)
    "Tanger-Tétouan-Al Hoceïma": ("Tanger", [
        "Tanger", "Tétouan", "Al Hoceïma", "Larache", "Ksar El Kébir", "Chefchaouen", "Fnideq",
        "M'diq", "Ouezzane", "Asilah", "Martil", "Ksar Sghir", "Tangier"]),
    "L'Oriental": ("Oujda", [
        "Oujda", "Nador", "Berkane", "Taourirt", "Jerada", "Guercif", "Driouch", "Figuig",
        "Bouarfa", "Selouane", "Zaïo", "Ahfir", "Saïdia", "Al Aroui"]),
    "Fès-Meknès": ("Fès", [
        "Fès", "Fez", "Meknès", "Taza", "Ifrane", "Sefrou", "Moulay Yacoub", "El Hajeb",
        "Taounate", "Boulemane", "Azrou", "Missour"]),
    "Rabat-Salé-Kénitra": ("Rabat", [
        "Rabat", "Salé", "Kénitra", "Témara", "Skhirat", "Khémisset", "Sidi Kacem",
        "Sidi Slimane", "Sidi Yahya El Gharb", "Tiflet", "Rommani", "Ain Aouda"]),
    "Béni Mellal-Khénifra": ("Béni Mellal", [
        "Béni Mellal", "Khénifra", "Khouribga", "Fquih Ben Salah", "Azilal", "Kasba Tadla",
        "Oued Zem", "Demnate"]),
    "Casablanca-Settat": ("Casablanca", [
        "Casablanca", "Mohammedia", "Settat", "El Jadida", "Berrechid", "Benslimane",
        "Médiouna", "Nouaceur", "Bouskoura", "Sidi Bennour", "Azemmour", "Had Soualem",
        "Dar Bouazza", "Tit Mellil", "Ain Harrouda", "Jorf Lasfar", "Casa"]),
    "Marrakech-Safi": ("Marrakech", [
        "Marrakech", "Safi", "Essaouira", "El Kelâa des Sraghna", "Youssoufia", "Chichaoua",
        "Benguerir", "Ben Guerir", "Tahannaout", "Ait Ourir", "Marrakesh"]),
    "Drâa-Tafilalet": ("Errachidia", [
        "Errachidia", "Ouarzazate", "Zagora", "Tinghir", "Midelt", "Rissani", "Erfoud",
        "Merzouga"]),
    "Souss-Massa": ("Agadir", [
        "Agadir", "Inezgane", "Taroudant", "Tiznit", "Tata", "Aït Melloul", "Biougra",
        "Ouled Teima", "Taghazout"]),
    "Guelmim-Oued Noun": ("Guelmim", ["Guelmim", "Tan-Tan", "Sidi Ifni", "Assa"]),
    "Laâyoune-Sakia El Hamra": ("Laâyoune", [
        "Laâyoune", "Boujdour", "Smara", "Es-Semara", "Tarfaya", "El Marsa"]),
    "Dakhla-Oued Ed-Dahab": ("Dakhla", ["Dakhla", "Aousserd", "Bir Gandouz"]),
}
# Business parks and zones, by the city that hosts them.
PARKS: dict[str, str] = {
    "Casanearshore": "Casablanca", "Casa Nearshore": "Casablanca",
    "Casablanca Finance City": "Casablanca", "Casa Finance City": "Casablanca",
    "Midparc": "Nouaceur", "Zenata": "Mohammedia", "Technopolis": "Salé",
    "Rabat Technopolis": "Salé", "Atlantic Free Zone": "Kénitra",
    "Kénitra Automotive City": "Kénitra", "Tanger Med": "Tanger",
    "Tanger Automotive City": "Tanger", "Tanger Free Zone": "Tanger",
    "Tétouan Shore": "Tétouan", "Fès Shore": "Fès", "Oujda Shore": "Oujda",
    "Technopole d'Oujda": "Oujda", "Agropolis": "Meknès", "Haliopolis": "Agadir",
    "Technopole d'Agadir": "Agadir", "Marrakech Shore": "Marrakech",
}
CANONICAL = {"Fez": "Fès", "Tangier": "Tanger", "Marrakesh": "Marrakech", "Casa": "Casablanca",
             "Ben Guerir": "Benguerir", "Es-Semara": "Smara"}


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str]]:
    """folded name -> (city as written in the base, region)."""
    index: dict[str, tuple[str, str]] = {}
    for region, (_seat, cities) in REGIONS.items():
        for city in cities:
            index[key(city)] = (CANONICAL.get(city, city), region)
    return index


def city_region(name: str) -> tuple[str, str] | None:
    """(city, region) for a Moroccan city or business park; None when unknown."""
    index = _index()
    found = index.get(key(name))
    if found:
        return found
    for park, city in PARKS.items():
        if key(park) == key(name):
            return index[key(city)]
    return None


@lru_cache(maxsize=1)
def _names_re() -> re.Pattern[str]:
    names = [fold(n) for _r, (_s, cities) in REGIONS.items() for n in cities] + \
        [fold(p) for p in PARKS]
    names = sorted({n for n in names if n != "casa"}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                            for n in names)
    return re.compile(rf"\b(?P<name>{alternatives})\b")


REGION_SEAT = re.compile(r"\b(?:au )?siege de la region (?:de |d')?(?P<r>[a-z' -]{4,40})")
INTRO = re.compile(r"(?:\ba|\ben|\bdans la ville (?:de |d')|\bla ville (?:de |d')|"
                   r"\bde la ville (?:de |d')|\bau sein de|\bdepuis)\s*$")
NOT_SIGNING = re.compile(r"(?:\bregion (?:de |d')|\bprovince (?:de |d')|\bprefecture (?:de |d')|"
                         r"\bde |\bd'|\bdu |\bvers |\bpour |\bentre |\bkm (?:au |a l')?\w+ de)\s*$")


def _region_by_name(words: str) -> str | None:
    want = key(words)
    for region in REGIONS:
        if want.startswith(key(region)) or want.startswith(key(region).replace("l ", "", 1)):
            return region
    return None


def find_places(text: str, start: int, end: int) -> list[Fact]:
    """Places named in text[start:end]: value {place, region}; extra["signing"] says whether
    the words around it make it a place of signing ("à X", "la ville de X") rather than a
    project's site ("dans la région de X", "de X")."""
    low = fold_upto(text, end)
    facts = []
    for m in _names_re().finditer(low, start, end):
        found = city_region(text[m.start():m.end()])
        if not found:
            continue
        before = low[max(0, m.start() - 30):m.start()]
        intro = INTRO.search(before)
        signing = intro is not None and ("ville" in intro.group(0)
                                         or not NOT_SIGNING.search(before))
        if intro and "ville" in intro.group(0) and not intro.group(0).startswith("dans"):
            # "au profit de la ville de X", "de la ville de X": the city benefits, it does
            # not host; "la ville de X a abrité …" or ", dans la ville de X" does
            ahead = low[max(0, m.start() - 60):m.start() - len(intro.group(0))]
            if intro.group(0).startswith("de ") or re.search(
                    r"(?:\bde|\bdu|\bpour|au profit|en faveur|\bvers|destination)\s*$", ahead):
                signing = False
        begin = m.start() - (len(before) - intro.start()) if signing and intro else m.start()
        facts.append(Fact("place", {"place": found[0], "region": found[1]}, begin, m.end(),
                          extra={"signing": signing}))
    for m in REGION_SEAT.finditer(low, start, end):
        region = _region_by_name(m["r"])
        if region:
            seat = REGIONS[region][0]
            facts.append(Fact("place", {"place": seat, "region": region}, m.start(), m.end(),
                              todo=f"the article names the region's seat; {seat} assumed",
                              extra={"signing": True}))
    facts.sort(key=lambda f: f.start)
    return facts
