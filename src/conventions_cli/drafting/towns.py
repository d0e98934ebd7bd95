"""Towns as parties (twinning, decentralised cooperation): "le maire de Dakhla", "la ville
de Narbonne", "la mairie de Malaga", "le maire de Meknès et celui de Grenade", "le
président de la région X et son homologue de la région Y". A Moroccan town is its
commune (the base's "Commune de X"); a foreign one keeps the article's word for it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..base.geography import place_key, region_named
from .countries import country_name, foreign_name
from .grammar import _cap, _proper_run, _Reader
from .holders import _person_after
from .names import Mention, Person
from .normalize import fold, key, slugify
from .places import city_region
from .townbody import TOWN_HEADS, town_body
from .words import GIVEN_NAMES

__all__ = ["TOWN_HEADS", "TOWN_TITLES", "council_named", "french_departement", "other_town",
           "name_foreign_towns", "town_after_title", "town_body", "twinned_towns", "town_name",
           "town_of_title"]

# France's départements, whose councils sign decentralised cooperation with Moroccan
# provinces and communes ("le département des Yvelines"): as normalize.key writes them
DEPARTEMENTS = {
    "ain", "aisne", "allier", "alpes de haute provence", "hautes alpes", "alpes maritimes",
    "ardeche", "ardennes", "ariege", "aube", "aude", "aveyron", "bouches du rhone", "calvados",
    "cantal", "charente", "charente maritime", "cher", "correze", "corse du sud", "haute corse",
    "cote d or", "cotes d armor", "creuse", "dordogne", "doubs", "drome", "eure", "eure et loir",
    "finistere", "gard", "haute garonne", "gers", "gironde", "herault", "ille et vilaine", "indre",
    "indre et loire", "isere", "jura", "landes", "loir et cher", "loire", "haute loire",
    "loire atlantique", "loiret", "lot", "lot et garonne", "lozere", "maine et loire", "manche",
    "marne", "haute marne", "mayenne", "meurthe et moselle", "meuse", "morbihan", "moselle",
    "nievre", "nord", "oise", "orne", "pas de calais", "puy de dome", "pyrenees atlantiques",
    "hautes pyrenees", "pyrenees orientales", "bas rhin", "haut rhin", "rhone", "haute saone",
    "saone et loire", "sarthe", "savoie", "haute savoie", "seine maritime", "seine et marne",
    "yvelines", "deux sevres", "somme", "tarn", "tarn et garonne", "var", "vaucluse", "vendee",
    "vienne", "haute vienne", "vosges", "yonne", "territoire de belfort", "essonne",
    "hauts de seine", "seine saint denis", "val de marne", "val d oise", "guadeloupe",
    "martinique", "guyane", "reunion", "mayotte",
}

# "le Conseil régional de Tadla-Azilal", "le Conseil de la Région de Meknès-Tafilalet": a
# Moroccan region's council, which the base names "Région Tadla-Azilal (Conseil régional)"
REGION_COUNCIL = re.compile(r"(?:Conseil régional|Conseil de la [Rr]égion)\s+(?:de |d')?"
                            r"(?P<place>(?:l'|la |du )?[A-ZÀ-Ý].+)")
# "le conseil communal de Safi": the Commune de Safi, which the council speaks for
COMMUNE_COUNCIL = re.compile(r"[Cc]onseil (?:communal|municipal) (?P<of>de |d'|d’)"
                             r"(?P<place>[A-ZÀ-Ý][\w'’ -]+)")
TOWN_TITLES = {"maire", "mairesse", "edile"}


def other_town(r: _Reader, i: int, found: list[Mention]) -> tuple[Mention | None, int]:
    """ "celui de Malaga", "celle de Grenade" after a town's or a council's body: the same
    kind of body for another place; (None, i) for anything else."""
    if r.low(i) not in ("celui", "celle") or r.low(i + 1) not in ("de", "d'") or not found:
        return None, i
    previous = found[-1]
    if not previous.extra.get("town") and previous.head not in ("commune", "region",
                                                                "province"):
        return None, i
    k = i + 2
    if k >= r.n or not _cap(r.t[k]):
        return None, i
    run = _proper_run(r, k)
    if run <= k:
        return None, i
    place = town_name(r.text(k, run))
    end = r.t[run - 1].idx + len(r.t[run - 1].text)
    if previous.head == "region" or previous.head == "province":
        head = "Région" if previous.head == "region" else "Province"
        mention = Mention(f"{head} de {place}", r.t[i].idx, end, "public-body", True,
                          head=previous.head)
    else:
        mention = town_body(place, r.t[i].idx, end, previous.head if previous.head in
                            TOWN_HEADS else "mairie")
    person, after = _person_after(r, run)  # "celui de Malaga, Paul Martin"
    if person is None:
        person, after = _foreign_name(r, run)
    if person is not None:
        mention.person = person
        return mention, after
    return mention, run


PARTICLES = {"de", "la", "del", "della", "di", "da", "do", "dos", "van", "von", "der", "le"}


def _foreign_name(r: _Reader, j: int) -> tuple[Person | None, int]:
    """ ", Juan de la Vega Ruiz": a name with particles after a comma, up to the
    next punctuation or "et"."""
    if r.low(j) != "," or j + 1 >= r.n or not _cap(r.t[j + 1]):
        return None, j
    k = j + 1
    while k < r.n and (_cap(r.t[k]) or (r.low(k) in PARTICLES and k + 1 < r.n)):
        k += 1
    if not 2 <= k - (j + 1) <= 7 or not _cap(r.t[k - 1]) or r.low(k) not in (
            ",", ".", ";", "et", ")"):
        return None, j
    start, end = r.t[j + 1].idx, r.t[k - 1].idx + len(r.t[k - 1].text)
    return Person(r.text(j + 1, k), start, end), k


def town_of_title(word: str, inner: Mention) -> Mention | None:
    """ "le maire de Dakhla": the commune of Dakhla, for a town named alone."""
    if word not in TOWN_TITLES or not inner.extra.get("proper") or inner.acronym:
        return None
    return town_body(town_name(inner.name), inner.start, inner.end)


def town_after_title(r: _Reader, word: str, j: int) -> tuple[Mention, int] | None:
    """ "le maire de Meknès Karim Tazi" (no comma): the commune, and the mayor after it."""
    k = r.prep(j)
    if word not in TOWN_TITLES or k is None or k >= r.n or not _cap(r.t[k]):
        return None
    run = _proper_run(r, k)
    if run <= k:
        return None
    words = r.text(k, run)
    place = town_name(words)
    n = k + len(place.split())
    body = town_body(place, r.t[k].idx, r.t[n - 1].idx + len(r.t[n - 1].text))
    if run - n >= 2:  # the mayor's name, read by the title's holder after the town
        body.person = Person(r.text(n, run), r.t[n].idx,
                             r.t[run - 1].idx + len(r.t[run - 1].text))
        return body, n
    return body, run


def town_name(words: str) -> str:
    """The town in capitalized words that may run on into its mayor's name ("Meknès
    Abdallah Bennani"): the longest Moroccan city that opens them, else the words before
    a given name."""
    parts = words.split()
    for n in range(len(parts) - 1, 0, -1):
        if city_region(" ".join(parts[:n])) is not None:
            return " ".join(parts[:n])
    for n in range(1, len(parts)):
        if fold(parts[n]) in GIVEN_NAMES:
            return " ".join(parts[:n])
    return words


def twinned_towns(r: _Reader, found: list[Mention]) -> list[Mention]:
    """A twinning names towns alone: "des jumelages avec Keur Massar (Sénégal) et Parakou
    (Bénin)", "entre Boujdour et Ketta (Ghana)", "Salé avec Guande". In a sentence that
    speaks of twinning, a place's name alone, or any name followed by its country in
    brackets, is that town's body; "la ville de Dakhla et Minna (Nigéria)" is two towns."""
    from .plurals import bracketed_country

    if not any(r.low(k).startswith("jumel") for k in range(r.n)):
        return found
    out: list[Mention] = []
    for m in found:
        if m.kind == "other" and m.extra.get("proper") and not (
                m.vague or m.kb_id or m.person or m.acronym) and (
                    city_region(m.name) or len(m.name.split()) == 1):  # not "Serigne Mbacké"
            m = _as_town(m.name, m.start, m.end, None)
        out.append(m)
    for k in range(1, r.n - 2):
        bracket = bracketed_country(r, k)
        if bracket is None:
            continue
        a = k
        while a > 0 and (_cap(r.t[a - 1]) or r.t[a - 1].text in ("-", "1er") or (
                r.t[a - 1].text.isdigit() and a > 1 and _cap(r.t[a - 2]))):
            a -= 1
        if a == k:
            continue
        start, end = r.t[a].idx, r.t[k - 1].idx + len(r.t[k - 1].text)
        place = r.text(a, k)
        holder = next((m for m in out if m.start <= start and end <= m.end), None)
        if holder is not None and holder.kind == "public-body" and holder.end >= end and \
                fold(holder.name).endswith(" et " + fold(place)):
            holder.name = holder.name[: -len(place) - 4].rstrip()  # "Ville de Dakhla et Minna"
            holder.end = start - 4
        elif holder is not None and not holder.extra.get("weak") and holder.kind != "other":
            if holder.extra.get("town") and not holder.country:
                holder.country = bracket[1]  # "Parakou (Bénin)", already read as a town
            continue
        out = [m for m in out if not start <= m.start < r.t[bracket[0] - 1].idx + 1]
        out.append(_as_town(place, start, end, bracket[1]))
    return sorted(out, key=lambda m: m.start)


def _as_town(place: str, start: int, end: int, country: str | None) -> Mention:
    town = town_body(town_name(place), start, end, "ville")
    town.country = town.country or country
    return town


# The sixteen regions of 1997 (before the twelve of 2015), as the press still names them
FORMER_REGIONS = frozenset(place_key(name) for name in (
    "Oued Ed-Dahab-Lagouira", "Laâyoune-Boujdour-Sakia El Hamra", "Guelmim-Es Semara",
    "Souss-Massa-Drâa", "Gharb-Chrarda-Béni Hssen", "Gharb", "Chaouia-Ouardigha",
    "Marrakech-Tensift-Al Haouz", "Oriental", "Grand Casablanca", "Rabat-Salé-Zemmour-Zaër",
    "Doukkala-Abda", "Tadla-Azilal", "Meknès-Tafilalet", "Fès-Boulemane",
    "Taza-Al Hoceïma-Taounate", "Tanger-Tétouan"))


def council_named(mention: Mention) -> Mention:
    """A new Moroccan regional or communal council named as the base names them ("Région X
    (Conseil régional)", "Commune de X (Conseil communal)"); any other body as the article
    names it."""
    found = REGION_COUNCIL.fullmatch(mention.name)
    commune = COMMUNE_COUNCIL.fullmatch(mention.name)
    if commune is not None and mention.country in (None, "MA"):
        return replace(mention, name=f"Commune {commune['of']}{commune['place']} "
                                     "(Conseil communal)")
    if found is None or mention.country not in (None, "MA"):
        return mention
    place = found["place"]
    if region_named(place) is None and place_key(place) not in FORMER_REGIONS:
        return mention  # "le Conseil régional de Kolda": a region abroad
    of = "de " if place.startswith(("l'", "la ")) else ""
    return replace(mention, name=f"Région {of}{place} (Conseil régional)")


def french_departement(words: str) -> bool:
    """ "département des Yvelines", "Département de la Gironde": a French département."""
    found = re.match(r"departement (?:de la |de l'|du |des |de |d')(.+)$", fold(words))
    return found is not None and key(found[1]) in DEPARTEMENTS


def _town_key(mention: Mention) -> str | None:
    """A foreign town's body, whichever head the article gives it ("la mairie de Banjul",
    "la ville de Banjul", "Banjul (Gambie)"): one key; None for any other body."""
    if not (mention.extra.get("town") or mention.head in TOWN_HEADS) or \
            mention.country == "MA" or mention.kind == "ministry":
        return None
    name = mention.name
    if mention.country:
        name = name.removesuffix(f" ({country_name(mention.country)})")
    return re.sub(r"^(?:mairie|municipalite)-", "ville-", slugify(name, 0))


def name_foreign_towns(parties: list[Mention]) -> None:
    """Each foreign town's body named once, from its fullest mention, the one that gives
    its country ("Agadez (Niger)" before "le maire de la ville d'Agadez"), and as the base
    names foreign towns ("Ville d'Agadez (Niger)")."""
    best: dict[str, Mention] = {}
    said: list[tuple[str, Mention]] = []
    for mention in parties:
        k = None if mention.kb_id else _town_key(mention)
        if k:
            said.append((k, mention))
            if k not in best or mention.country and not best[k].country:
                best[k] = mention
    for k, mention in said:
        if best[k].country:
            mention.name = foreign_name(best[k].name, best[k].country)
            mention.country = best[k].country
