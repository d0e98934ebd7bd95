"""Where a signing body's name begins and ends: an acronym is a whole name, a hyphenated
adjective is one word of it, a museum or a faculty is a body, the place between a name and
its bracketed acronym belongs to it, and a nationality after a territory's head says its
country. Each test drafts a press sentence written for it."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [{"id": "commune-agadir", "name": "Commune d'Agadir", "kind": "public-body"}]


def signed(text: str) -> list[dict[str, Any]]:
    """The organizations the first agreement binds, as the draft proposes or links them."""
    result = drafted(text, BASE, "2025-03-12")
    new = {o["id"]: o for o in result["organizations"]}
    return [new.get(p, {"id": p}) for p in parties(result)[0]]


def names(text: str) -> list[str]:
    return [o.get("name", o["id"]) for o in signed(text)]


def test_an_acronym_before_et_is_a_whole_name_and_the_next_company_is_another() -> None:
    assert names("Casablanca — Le groupe marocain ATLAS et Nordwind Energy ont conclu lundi "
                 "un accord pour construire un parc solaire.") == ["ATLAS", "Nordwind Energy"]


def test_a_hyphenated_adjective_stays_inside_the_name() -> None:
    found = names("Agadir — L'Association maroco-coréenne pour l'échange culturel (AMCEC) "
                  "a signé mardi une convention avec la commune d'Agadir.")
    assert found == ["Association maroco-coréenne pour l'échange culturel",
                     "commune-agadir"]


def test_a_museum_is_a_body_and_its_city_before_its_acronym_belongs_to_it() -> None:
    found = signed("Fès — La commune d'Agadir et le Musée des arts de l'Islam à Lyon (MAIL) "
                   "ont signé vendredi une convention de prêt d'œuvres.")
    museum = found[1]
    assert museum.get("acronym") == "MAIL"
    assert museum["name"].startswith("Musée des arts de l'Islam")


def test_a_nationality_after_a_territorys_head_is_its_country_not_its_name() -> None:
    found = signed("Tanger — Une délégation de la région chinoise du Guangdong a signé jeudi "
                   "un mémorandum d'entente avec la commune d'Agadir.")
    region = next(o for o in found if o["id"] != "commune-agadir")
    assert region["name"] == "Région du Guangdong"
    assert region.get("country") == "CN"


@pytest.mark.parametrize("text, name", [
    ("Marrakech — La convention a été signée lundi par le président du comité de pilotage "
     "de la COP27, Karim Alami, et la commune d'Agadir.", "Comité de pilotage de la COP27"),
    ("Marrakech — La convention a été signée lundi par le comité d'organisation du SIAM, "
     "et la commune d'Agadir.", "Comité d'organisation du SIAM"),
])
def test_an_acronym_after_de_la_ends_the_name_it_is_part_of(text: str, name: str) -> None:
    """ "de la COP27": not the body's own acronym set after its name, as in "l'Office
    chérifien des phosphates OCP"."""
    assert names(text) == [name, "commune-agadir"]


@pytest.mark.parametrize("described", [
    "l'entreprise indienne de production d'électricité NTPX",
    "la société espagnole de dessalement d'eau de mer ACSX",
])
def test_a_described_company_is_named_by_the_acronym_that_ends_its_description(
        described: str) -> None:
    assert names("Agadir — Un mémorandum a été signé lundi entre la commune d'Agadir et "
                 f"{described}.") == ["commune-agadir", described.split()[-1]]


def test_an_event_s_edition_is_not_a_party() -> None:
    assert names("Agadir — La commune d'Agadir a signé un accord, en marge de la 5e édition du "
                 "« Atlas Invest Forum », avec la société Souss Froid.") == [
        "commune-agadir", "Souss Froid"]


DESCRIBED = [*BASE,
             {"id": "ofppt", "name": "Office de la formation professionnelle et de la "
              "promotion du travail", "acronym": "OFPPT", "kind": "public-body"},
             {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
              "acronym": "ONEE", "kind": "public-body"}]


@pytest.mark.parametrize("described, known", [
    ("l'office chargé de la formation professionnelle", "ofppt"),
    ("l'Office chargé de l'eau potable et de l'électricité", "onee"),
])
def test_a_body_described_by_its_charge_is_the_one_the_base_names_so(described: str,
                                                                     known: str) -> None:
    result = drafted(f"Agadir — Une convention a été signée lundi entre {described} et la "
                     "commune d'Agadir.", DESCRIBED)
    assert parties(result) == [[known, "commune-agadir"]]
    assert result["organizations"] == []


def test_a_charge_two_bodies_share_links_to_neither() -> None:
    result = drafted("Agadir — Une convention a été signée lundi entre l'office chargé de la "
                     "promotion et la commune d'Agadir.", [*DESCRIBED, {
                         "id": "onmt", "name": "Office national marocain du tourisme et de sa "
                         "promotion", "kind": "public-body"}])
    assert "ofppt" not in parties(result)[0] and "onmt" not in parties(result)[0]
