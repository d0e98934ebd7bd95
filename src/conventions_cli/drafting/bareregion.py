"""A regional council the article names without its region ("le conseil de la région, la
wilaya et l'Agence X ont signé …"): the region the article names for a council elsewhere,
else the region of the signing place, with a TODO saying where it was taken from. A
provincial or prefectural council named bare ("entre la commune de X, le conseil provincial
et l'ONEE"): the one province (or prefecture) the article names, with a TODO."""

from __future__ import annotations

import re
from dataclasses import replace

from .drafts import Work
from .names import Mention
from .normalize import fold
from .places import city_region
from .towns import REGION_COUNCIL, council_named

__all__ = ["name_bare_councils"]

BARE = {"conseil de la region", "conseil regional", "conseil de region"}
BARE_LOCAL = {"conseil provincial": "province", "conseil prefectoral": "prefecture"}
# "la province de Laâyoune", "gouverneur de la préfecture d'Oujda-Angad"
NAMED_LOCAL = re.compile(r"\b(?P<kind>[Pp]rovince|[Pp]r[ée]fecture) (?:de |d'|d’|du )"
                         r"(?P<place>[A-ZÉÂ][\w'’-]+(?:[ -](?:[A-ZÉÂ][\w'’-]+|A[ïi]t|El|Al))*)")


def name_bare_councils(work: Work) -> None:
    mentions = [m for s in work.sentences for m in s.mentions]
    _name_bare_local_councils(work, mentions)
    bare = [m for m in mentions if fold(m.name) in BARE and m.kb_id is None and not m.vague
            and m.country in (None, "MA")]
    if not bare:
        return
    named = {council_named(m).name for m in mentions if m not in bare and not m.vague
             and REGION_COUNCIL.fullmatch(m.name)}
    named = {n for n in named if n.startswith("Région ")}
    if len(named) == 1:
        name, said = next(iter(named)), "the region the article names for its council"
    else:
        place = next((a.place.value for a in work.agreements if a.place is not None
                      and isinstance(a.place.value, dict)), {})
        region, city = place.get("region"), place.get("place", "")
        if named or not region or city_region(city) is None:
            return  # two regions named, or a signing abroad: the article does not say
        if region.lower().startswith(("l'", "la ")):  # "de l'Oriental", as an article writes it
            region = region[0].lower() + region[1:]
        name = council_named(replace(bare[0], name=f"Conseil régional de {region}")).name
        said = f"the region of the signing place ({city})"
    for m in bare:
        m.name = name
        m.kb_id = work.kb.link_org(m)
        m.extra["unclear"] = f"taken as {said}; the article names no region here: check it"


def _name_bare_local_councils(work: Work, mentions: list[Mention]) -> None:
    for folded, kind in BARE_LOCAL.items():
        bare = [m for m in mentions if fold(m.name) == folded and m.kb_id is None
                and not m.vague and m.country in (None, "MA")]
        if not bare:
            continue
        places = {found["place"].replace("’", "'") for found in NAMED_LOCAL.finditer(work.text)
                  if fold(found["kind"]) == kind}
        if len(places) != 1:
            continue  # none or several: the article does not say which
        place = next(iter(places))
        of = "d'" if fold(place[:1]) in "aeiouy" else "de "
        name = f"Conseil {folded.split()[1].replace('prefectoral', 'préfectoral')} {of}{place}"
        for m in bare:
            m.name = name
            m.kb_id = work.kb.link_org(m)
            m.extra["unclear"] = (f"taken as the council of the {kind} the article names "
                                  f"({place}); check it")
