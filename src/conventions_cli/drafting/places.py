"""Places: Moroccan cities and business parks with their region (the 12 regions of 2015;
the gazetteer itself is base/geography.py, which the database uses too).

"à Oujda", "la ville d'Agadir", "à Casanearshore", "au siège de la région Souss-Massa", a
dateline "Rabat —". A place abroad is kept without a region.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..base.geography import PARKS, REGIONS, place_key
from ..base.geography import city_region as known_city
from .facts import Fact
from .lexicon import stems
from .normalize import fold, fold_upto, key

__all__ = ["REGIONS", "city_region", "find_places"]

def _spellings(name: str) -> set[str]:
    """Other ways the press spells a place ("Skhirate" for Skhirat, "Ouazane" for
    Ouazzane): a final mute e added or dropped, a doubled letter single."""
    k = place_key(name)
    out = {k + "e"} if not k.endswith("e") else {k[:-1]} if len(k) > 5 else set()
    single = re.sub(r"([a-z])\1", r"\1", k)
    out |= {single, single + "e"} if not single.endswith("e") else {single, single[:-1]}
    return {v for v in out if len(v) >= 6 and v != k}


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """another spelling's key -> the gazetteer's name, for spellings only one name has."""
    names = [n for _r, (_s, cities) in REGIONS.items() for n in cities] + list(PARKS)
    known = {place_key(n) for n in names}
    seen: dict[str, set[str]] = {}
    for n in names:
        for v in _spellings(n):
            seen.setdefault(v, set()).add(n)
    return {v: next(iter(ns)) for v, ns in seen.items() if len(ns) == 1 and v not in known}


def city_region(name: str) -> tuple[str, str] | None:
    """(city, region) for a Moroccan place the gazetteer knows, in any of its spellings."""
    found = known_city(name)
    if found is None:
        other = _variants().get(place_key(name))
        found = known_city(other) if other else None
    return found


@lru_cache(maxsize=1)
def _names_re() -> re.Pattern[str]:
    names = [fold(n) for _r, (_s, cities) in REGIONS.items() for n in cities] + \
        [fold(p) for p in PARKS] + list(_variants())
    names = sorted({n for n in names if n != "casa"}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                            for n in names)
    return re.compile(rf"\b(?P<name>{alternatives})\b")


@lru_cache(maxsize=1)
def _regions_re() -> re.Pattern[str]:
    """The names of the regions made of several places ("Tanger-Tétouan-Al Hoceïma",
    "Casablanca-Settat"), however the press joins their parts."""
    names = sorted((fold(r) for r in REGIONS if "-" in r), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+").replace(r"\-", r"\s*[-–]\s*")
                            for n in names)
    return re.compile(rf"\b(?:{alternatives})\b")


# "au siège de la région X", "au siège de la wilaya de la région X", "à la wilaya de la
# région X", "au siège du conseil régional de X": the region's seat
REGION_SEAT = re.compile(r"(?:\b(?:au )?siege (?:de la wilaya |du conseil )?|\ba la wilaya |"
                         r"\bau conseil )(?:de la region|regional) (?:de |d')?"
                         r"(?P<r>[a-z' -]{4,40})")
INTRO = re.compile(r"(?:\ba|\ben|\bdans la ville (?:de |d')|\bla ville (?:de |d')|"
                   r"\bde la ville (?:de |d')|\bau sein de|\bdepuis)\s*$")
NOT_SIGNING = re.compile(r"(?:\bregion (?:de |d')|\bprovince (?:de |d')|\bprefecture (?:de |d')|"
                         r"\bde |\bd'|\bdu |\bvers |\bpour |\bentre |\bkm (?:au |a l')?\w+ de)\s*$")


# what is built or extended somewhere, told before "à X" with no signing verb between:
# the project's site, not where it was signed
SITE = re.compile(r"\b(?:usines?|unites?|sites?|plateformes?|complexes?|extension|implantation|"
                  r"construction|realisation|amenagement|installation)\b"
                  r"(?![^.;]*\b(?:signee?s?|paraphee?s?|conclue?s?|scellee?s?|signe|signent|"
                  r"ceremonie|tenue?)\b)[^.;]{0,80}$")
ROUTE = re.compile(r"(?:\b(?:reli\w*|de|depuis|entre)\s+|\bd')([a-z][\w' -]{1,28}?)\s*$")
VENUE = re.compile(r"\b(?:au|a l'|a la)\s*(?:palais|siege|hotel|centre|complexe|salle|"
                   r"amphitheatre|auditorium|pavillon|parc des expositions|wilaya|prefecture|"
                   r"province|mairie|municipalite)\b[^,;.()]{0,50}?"
                   r"\b(?:de |d')\s*$")
# "Le siège de la province de X a abrité", "L'hôtel de ville de X a accueilli": the venue
HOST = re.compile(r"(?:^|[.;]\s*|\b(?:le|la|l'))\s*(?:siege|hotel de ville|salle|palais|centre|"
                  r"complexe|amphitheatre|auditorium|wilaya|prefecture|province|mairie|"
                  r"conseil(?: provincial| prefectoral| communal| regional| municipal)?)\b"
                  r"[^,;.()]{0,50}?\b(?:de |d')\s*$")
HOSTED = re.compile(r"[^.;]{0,25}?\b(?:a|ont) (?:abrite|accueilli|servi de cadre)")
POSTED = re.compile(r"\b(?:consule?s?|ambassadeur|ambassadrice|directeur|directrice|delegue|"
                    r"deleguee|representant|representante|attache|doyen|doyenne|recteur|"
                    r"rectrice|(?<!\bau )(?<!\bdans le )bureau|(?<!\bdans les )bureaux|"
                    # "avec l'université Mohammed V à Rabat": where the university is
                    r"(?<!\ba l')(?<!\ba la )universites?|(?<!\ba l')ecoles?|"
                    r"(?<!\ba la )facultes?)\b"
                    r"[^,;.]{0,60}$")

SIGNED = re.compile(rf"\b{stems()}\w*")


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
    regions = [(r.start(), r.end()) for r in _regions_re().finditer(low, start, end)]
    for m in _names_re().finditer(low, start, end):
        found = city_region(text[m.start():m.end()])
        if not found:
            continue
        if any(a <= m.start() and m.end() <= b for a, b in regions):
            # "Tanger" of "le CRI de Tanger-Tétouan-Al Hoceima": a region's name, no town
            facts.append(Fact("place", {"place": found[0], "region": found[1]}, m.start(),
                              m.end(), extra={"signing": False}))
            continue
        before = low[max(0, m.start() - 30):m.start()]
        intro = INTRO.search(before)
        signing = intro is not None and ("ville" in intro.group(0)
                                         or not NOT_SIGNING.search(before))
        if not signing and VENUE.search(low[max(0, m.start() - 70):m.start()]):
            signing, intro = True, None  # "au Palais Royal de Casablanca": where it was held
        if not signing and HOSTED.match(low, m.end()) and (
                HOST.search(low[max(0, m.start() - 70):m.start()]) or
                re.search(r"(?:^|[.;!?:]\s*|\n\s*)$", low[max(0, m.start() - 5):m.start()])):
            # "Le siège de la province de Taza a abrité … la signature"; "Rabat a accueilli,
            # ce lundi, la signature …": the town that opens the sentence hosts
            signing = True
        if intro and "ville" in intro.group(0) and not intro.group(0).startswith("dans"):
            # "au profit de la ville de X", "de la ville de X": the city benefits, it does
            # not host; "la ville de X a abrité …" or ", dans la ville de X" does
            ahead = low[max(0, m.start() - 60):m.start() - len(intro.group(0))]
            if intro.group(0).startswith("de ") or re.search(
                    r"(?:\bde|\bdu|\bpour|au profit|en faveur|\bvers|destination)\s*$", ahead):
                signing = False
        route = ROUTE.search(low[max(0, m.start() - 50):m.start() - len(intro.group(0))]) \
            if signing and intro and intro.group(0).strip() == "a" else None
        if route and city_region(route[1]):
            signing = False  # "la ligne devant relier Tanger à Casablanca": where it goes
        if signing and intro and intro.group(0).strip() == "a" and SITE.search(
                low[max(0, m.start() - 100):m.start() - len(intro.group(0))]):
            signing = False  # "pour la réalisation d'une usine de câblage à Meknès": the site
        posted = POSTED.search(low[max(0, m.start() - 70):m.start() - len(intro.group(0))]) \
            if signing and intro and intro.group(0).strip() == "a" else None
        if posted and not SIGNED.search(posted.group(0)):
            # "Consule générale de France à Fès": where the official serves; not "le délégué
            # … et l'ambassadeur ont signé lundi à Rabat"
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
                              extra={"signing": True, "region_named": True}))
    facts.sort(key=lambda f: f.start)
    return facts
