"""A page's headline over its standfirst: the headline is the article's title, and an event
only the headline names ("… ont signé un accord lors du 5e Forum X") is the signing's; an
image's file name between them ("forum-x-agadir (2)") is no headline."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

PAGE = ("Deux universités ont signé un accord de recherche lors du 5e Forum international de "
        "l'eau de Tenerife\n\n"
        "Les universités de La Laguna et d'Agadir veulent conduire des projets communs sur le "
        "dessalement\n\n"
        "{slug}"
        "Le recteur de l'Université de La Laguna, Pedro Ruiz, et le président de l'Université "
        "Ibn Zohr, Karim Lahlou, ont signé un accord-cadre de recherche pour quatre ans.\n")


@pytest.mark.parametrize("slug", ["", "universidad-laguna-agadir-forum (2)\n\n"])
def test_the_headline_names_the_event_and_titles_the_source(slug: str) -> None:
    result = drafted(PAGE.format(slug=slug), [])
    [agreement] = result["agreements"]
    [event] = result["events"]
    assert agreement["event"] == event["id"]
    assert event["name"].startswith("5e Forum international de l'eau")
    [source] = agreement["sources"]
    assert source["title"].startswith("Deux universités ont signé un accord de recherche")
