"""Who the other side is and what the occasion is: a national federation's foreign
counterpart, a minister whose title says his country, names written "de la Torre" or in
quotation marks, a plan of action whose signing an inserted clause delays, and an occasion
named in quotation marks that signs nothing. Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, names_of, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain (Gouvernement du Royaume du Maroc)",
     "kind": "state", "country": "MA", "aliases": ["Etat marocain", "Royaume du Maroc"]},
    {"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
     "kind": "international"},
    {"id": "ministere-sante", "name": "Ministère de la Santé", "kind": "ministry"},
]
EVENTS = [{"id": "salon-numerique-2025", "name": "Salon Alpha Numérique 2025",
           "start": "2025-04-14", "end": "2025-04-16"}]


def draft(text: str, published_on: str = "2025-04-16", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def test_a_national_federation_and_its_foreign_counterpart() -> None:
    result = draft("Une convention de partenariat a été signée jeudi à Rabat entre la "
                   "Fédération royale marocaine de handball (FRMHB) et son homologue "
                   "malienne.")
    assert names_of(result) == {"Fédération royale marocaine de handball",
                                "Fédération malienne de handball"}
    countries = {o["name"]: o.get("country") for o in result["organizations"]}
    assert countries["Fédération malienne de handball"] == "ML"


def test_a_minister_whose_title_says_his_country_is_his_ministry() -> None:
    result = draft("Le ministre délégué marocain chargé du Budget, Karim Alami, et le vice-"
                   "président de la BAD, Jean Morel, ont signé mercredi à Rabat un accord de "
                   "prêt.")
    found = names_of(result)
    assert "Ministère délégué chargé du Budget" in found and "bad" in found, found


def test_a_name_with_de_la_inside_is_one_person() -> None:
    result = draft("La convention a été signée lundi à Séville par le maire de Tétouan, Ali "
                   "Bennani, et le maire de Séville, Francisco de la Vega Ruiz.")
    people = {p["name"] for p in result["people"]}
    assert "Francisco de la Vega Ruiz" in people, people
    assert not any(n.startswith("Francisco") for n in names_of(result))


def test_names_in_quotation_marks_and_a_signing_an_inserted_clause_delays() -> None:
    result = draft("Le ministre de la Santé M. « Karim Alami » et le ministre de la Santé de "
                   "la République du Niger M. « Issa Moussa », ont procédé, mardi à Niamey, "
                   "à la signature d'un plan d'action conjoint en santé entre le Maroc et "
                   "le Niger.")
    assert len(result["agreements"]) == 1
    agreement = result["agreements"][0]
    assert agreement["type"] == "other" and agreement.get("place") == "Niamey"
    found = names_of(result)
    assert "ministere-sante" in found and "etat-marocain" not in found, found
    assert any("Niger" in n and n.startswith("Ministère") for n in found), found
    people = {p["name"] for p in result["people"]}
    assert people == {"Karim Alami", "Issa Moussa"}


def test_an_occasion_in_quotation_marks_is_the_event_not_a_party() -> None:
    result = draft("Lors du deuxième jour de « Salon Alpha Numérique 2025 », une convention a "
                   "été signée mercredi à Marrakech entre le ministère de la Santé et la "
                   "société Beta Data.", events=EVENTS)
    assert names_of(result) == {"ministere-sante", "Beta Data"}
    assert result["agreements"][0].get("event") == "salon-numerique-2025"


def test_an_occasion_the_base_does_not_know_is_a_new_event() -> None:
    result = draft("En marge de « Rabat Tech Days », une convention a été signée mercredi "
                   "entre le ministère de la Santé et la société Beta Data.")
    assert names_of(result) == {"ministere-sante", "Beta Data"}
    assert [e["name"] for e in result["events"]] == ["Rabat Tech Days 2025"]


def test_two_ministers_of_two_countries_sign_each_agreement_together() -> None:
    result = draft("Le Maroc et le Kenya viennent de renforcer leur coopération à travers deux "
                   "accords signés vendredi à Rabat par le ministre de la Santé, Karim Alami, "
                   "et son homologue kényan, John Otieno. Il s'agit d'un mémorandum sur la "
                   "formation des médecins. Les deux ministres ont signé aussi un mémorandum "
                   "sur le sport, qui définit les modalités de coopération entre les deux "
                   "pays dans ce domaine.")
    found = party_names(result)
    assert len(found) == 2
    for parties in found:
        assert "ministere-sante" in parties and len(parties) == 2, found
        assert "etat-marocain" not in parties


def test_an_agreement_of_cooperation_between_two_states_binds_them() -> None:
    result = draft("Un accord de coopération entre le Maroc et le Kenya a été signé mardi à "
                   "Nairobi.")
    found = names_of(result)
    assert "etat-marocain" in found and any("Kenya" in n for n in found), found


def test_presidents_signing_on_the_margin_of_a_forum_and_regions_of_a_country() -> None:
    result = draft("Paraphées par les présidents de plusieurs régions en marge des travaux "
                   "de la 1ère rencontre du Forum des villes d'Afrique (FOVA), plusieurs "
                   "conventions ont été signées vendredi à Saïdia entre les régions du Royaume "
                   "et celles du Niger. A cette occasion, il a été procédé à la signature d'un "
                   "accord entre l'Association Alpha et l'Assemblée Beta.")
    found = names_of(result)
    assert not any(n.startswith("Forum") for n in found), found
    assert not any("Niger" in n for n in found), found
    assert {"Association Alpha", "Assemblée Beta"} <= found, found
