"""Bodies and events the base has, named otherwise by the article: the council of a region
of before 2015, a group by its acronym or as "le Groupe X", an event by its edition or its
French name."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.knowledge import KnowledgeBase
from conventions_cli.drafting.names import Mention

ORGS = [
    {"id": "region-tadla-azilal", "name": "Région Tadla-Azilal (Conseil régional)",
     "kind": "region", "country": "MA"},
    {"id": "region-beni-mellal-khenifra", "name": "Région Béni Mellal-Khénifra (Conseil "
     "régional)", "kind": "region", "country": "MA"},
    {"id": "banque-atlas", "name": "Banque populaire de l'Atlas", "kind": "company"},
    {"id": "caisse-nord-est", "name": "Caisse marocaine du nord-est", "kind": "public-body"},
    {"id": "centre-nord-est", "name": "Centre marocain du nord-est", "kind": "public-body"},
]
EVENTS = [
    {"id": "expo-numerique-2024", "name": "Salon Numérique Africa 2024", "start": "2024-05-29"},
    {"id": "expo-numerique-2022", "name": "Salon Numérique Africa 2022 (1re édition)",
     "start": "2022-06-01"},
    {"id": "foire-olive-2021", "name": "7e Foire nationale de l'olive (Ouazzane)",
     "start": "2021-11-04"},
]


@pytest.fixture
def kb() -> KnowledgeBase:
    return KnowledgeBase(ORGS, events=EVENTS)


@pytest.mark.parametrize("name", [
    "conseil de la région Tadla-Azilal", "Conseil régional de Tadla-Azilal",
    "conseil régional du Tadla Azilal", "Région Tadla-Azilal", "la région de Tadla-Azilal"])
def test_the_council_of_a_region_of_before_2015_is_the_bases(kb, name: str) -> None:
    assert kb.link_org(Mention(name, 0, 0, "region")) == "region-tadla-azilal"
    # its successor of 2015 stays a body apart
    assert kb.link_org(Mention(name.replace("Tadla-Azilal", "Béni Mellal-Khénifra")
                               .replace("Tadla Azilal", "Béni Mellal-Khénifra"), 0, 0,
                               "region")) == "region-beni-mellal-khenifra"


def test_a_region_the_base_does_not_have_is_not_linked(kb) -> None:
    assert kb.link_org(Mention("conseil de la région Doukkala-Abda", 0, 0, "region")) is None


@pytest.mark.parametrize("name", ["GBPA", "BPA", "Groupe Banque populaire de l'Atlas",
                                  "Holding Banque populaire de l'Atlas"])
def test_a_group_by_its_acronym_or_its_group_name(kb, name: str) -> None:
    expected = None if name == "BPA" else "banque-atlas"  # three letters spell too much
    assert kb.link_org(Mention(name, 0, 0)) == expected


def test_initials_two_bodies_share_link_neither(kb) -> None:
    assert kb.link_org(Mention("CMNE", 0, 0)) is None  # the Caisse and the Centre


@pytest.mark.parametrize(("name", "year", "linked"), [
    ("3e édition du Salon Numérique Africa", "2024", "expo-numerique-2024"),
    ("Salon Numérique Afrique", "2024", "expo-numerique-2024"),
    ("Salon Numérique Africa Morocco", "2022", "expo-numerique-2022"),
    ("première édition du Salon Numérique Afrique", None, "expo-numerique-2022"),
    ("3e édition du Salon Numérique Africa", "2022", None),  # 2022 was the 1st
    ("septième édition de la Foire de l'olive", None, "foire-olive-2021"),
    ("7ème Foire nationale des olives", "2021", "foire-olive-2021"),
    ("8ème Foire nationale de l'olive", "2021", None),
])
def test_an_event_by_its_edition_or_its_french_name(kb, name: str, year: str | None,
                                                    linked: str | None) -> None:
    assert kb.link_event(name, year) == linked


ARTICLE = """\
Béni Mellal — Le conseil de la région Tadla-Azilal et le Groupe Banque Populaire de \
l'Atlas (GBPA) ont signé, mardi 15 mai 2012 à Béni Mellal, en marge de la 3e édition du \
Salon Numérique Afrique, une convention de 40 MDH pour les coopératives.
"""


def test_a_draft_links_them_all() -> None:
    pytest.importorskip("spacy")
    from drafting_cases import drafted

    events = [*EVENTS, {"id": "expo-numerique-2012", "name": "Salon Numérique Africa 2012",
                        "start": "2012-05-15"}]
    result = drafted(ARTICLE, ORGS, "2012-05-16", events=events)
    assert result["organizations"] == [] and result["events"] == []
    agreement = result["agreements"][0]
    assert sorted(p["org"] for p in agreement["parties"]) == ["banque-atlas",
                                                               "region-tadla-azilal"]
    assert agreement["event"] == "expo-numerique-2012"
