"""Who a signatory's title says he signs for: the chair of a body's board signs for the body,
a group and its subsidiary each signed for by their own head are two parties, "l'organisation
onusienne" is the United Nations body the article named before, and a surname the press
writes in capitals is a person's. Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [
    {"id": "cdg", "name": "Caisse de dépôt et de gestion", "acronym": "CDG",
     "kind": "public-body"},
    {"id": "ministere-culture", "name": "Ministère de la Culture", "kind": "ministry"},
]


def draft(text: str, published_on: str = "2025-03-12") -> dict[str, Any]:
    return drafted(text, BASE, published_on)


def test_the_chair_of_a_board_signs_for_the_body_the_board_runs() -> None:
    result = draft("Le directeur de l'Agence Nord, Samir Alaoui, et le président du conseil "
                   "d'administration de l'Association Horizon Numérique (AHN), Karim Bennis, "
                   "ont signé lundi à Rabat une convention de partenariat.")
    assert names_of(result) == {"Agence Nord", "Association Horizon Numérique"}
    new = {o["name"]: o for o in result["organizations"]}
    assert new["Association Horizon Numérique"].get("acronym") == "AHN"


def test_a_supervisory_board_is_its_company() -> None:
    result = draft("Une convention a été signée mardi à Tanger par le président du conseil "
                   "de surveillance de la Société Delta Ports, Ali Amrani, et le wali de la "
                   "région, Hassan Idrissi.")
    assert "Société Delta Ports" in names_of(result)
    assert not any(n.startswith("Conseil") for n in names_of(result))


def test_a_group_and_its_subsidiary_signed_for_by_two_people_are_two_parties() -> None:
    result = draft("Une convention-cadre a été signée à Rabat pour les jeunes entreprises. Le "
                   "directeur général de la Caisse de Dépôt et de Gestion (CDG), Khalid Naciri, "
                   "et le directeur général de CDG Invest, Yassine Berrada, ont paraphé "
                   "cette convention.")
    assert {"cdg", "CDG Invest"} <= names_of(result)


def test_a_one_word_name_and_its_fuller_form_stay_one_party() -> None:
    result = draft("Le groupe Renault et la société Renault Maroc Services ont signé jeudi à "
                   "Tanger une convention de formation.")
    found = names_of(result)
    assert len([n for n in found if n.startswith("Renault")]) == 1, found


def test_the_united_nations_body_described_is_the_one_named_before() -> None:
    result = draft("Un accord-cadre a été conclu entre le ministère de la Culture et l'Unesco, "
                   "ce mardi à Rabat. L'accord a été signé par le ministre de la Culture, Omar "
                   "Slaoui, et la directrice générale de l'organisation onusienne, Anne Morel.")
    found = names_of(result)
    assert found == {"ministere-culture", "Unesco"}, found
    kinds = {o["name"]: o.get("kind") for o in result["organizations"]}
    assert kinds["Unesco"] == "international"
    people = {p["name"] for p in result["people"]}
    assert "Anne Morel" in people


def test_a_surname_in_capitals_is_a_person_not_an_organization() -> None:
    result = draft("Mohammed SEFRIOUI BENANI, directeur général de l'Agence Nord, et Mehdi "
                   "TAZI, président de l'Association Delta, ont signé le 24 juin 2020 une "
                   "convention-cadre.")
    assert names_of(result) == {"Agence Nord", "Association Delta"}
    people = {p["name"] for p in result["people"]}
    assert people == {"Mohammed Sefrioui Benani", "Mehdi Tazi"}


def test_an_acronym_after_a_given_name_is_left_as_written() -> None:
    result = draft("Le groupe OCP et l'Office national des pêches (ONP) ont signé lundi à "
                   "Rabat une convention de partenariat.")
    assert any("OCP" in n for n in names_of(result)), names_of(result)


def test_a_name_the_bracketed_acronym_spells_runs_on_in_lower_case() -> None:
    result = draft("La Banque Alpha a signé mardi à Rabat deux protocoles d'entente, avec le "
                   "groupe Crédit rural du Sud (CRS) et enfin l'Agence Nord.")
    found = names_of(result)
    assert "Crédit rural du Sud" in found and "Agence Nord" in found, found
    assert "Crédit" not in found


def test_the_owners_an_apposition_names_are_not_parties() -> None:
    result = draft("La Banque Alpha a signé mardi à Rabat un protocole d'entente avec Delta "
                   "bank, banque participative créée conjointement par le groupe Crédit rural "
                   "du Sud (CRS) et la Société Omega.")
    found = names_of(result)
    assert "Delta bank" in found, found
    assert not {"Crédit rural du Sud", "Société Omega"} & found, found
    assert not any(n.lower().startswith("banque participative") for n in found), found
