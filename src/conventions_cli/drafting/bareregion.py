"""A regional council the article names without its region ("le conseil de la région, la
wilaya et l'Agence X ont signé …"): the region the article names for a council elsewhere,
else the region of the signing place, with a TODO saying where it was taken from."""

from __future__ import annotations

from dataclasses import replace

from .drafts import Work
from .normalize import fold
from .places import city_region
from .towns import REGION_COUNCIL, council_named

__all__ = ["name_bare_councils"]

BARE = {"conseil de la region", "conseil regional", "conseil de region"}


def name_bare_councils(work: Work) -> None:
    mentions = [m for s in work.sentences for m in s.mentions]
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
