"""People named without their title ("A et B ont signé") are not organizations: a name
listed after a person's is a person's; one the base knows as a person's is one; and such a
person signs for the one body the base has them sign for. Press sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "anp", "name": "Agence nationale des ports", "acronym": "ANP", "kind": "public-body"},
    {"id": "ministere-peche", "name": "Ministère de la Pêche maritime", "kind": "ministry"},
]
PEOPLE = [
    {"id": "karim-alami", "name": "Karim Alami", "aliases": [], "orgs": ["ministere-peche"]},
    {"id": "serigne-mbacke-touba", "name": "Serigne Mbacké Touba", "aliases": [], "orgs": []},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, people=PEOPLE)


def new_names(result: dict[str, Any]) -> list[str]:
    return sorted(o["name"] for o in result["organizations"])


@pytest.mark.parametrize("text", [
    "Dakar — L'accord entre l'ANP et le port de Ziguinchor a été signé par Mustapha Farès "
    "et Ousseynou Diouf Bakary.",
    "Dakar — L'accord a été signé lundi par Mustapha Farès, Ousseynou Diouf Bakary et "
    "Moussa Ba.",
])
def test_names_listed_after_a_person_are_people(text: str) -> None:
    result = draft(text)
    assert not any("Diouf" in n or "Moussa" in n for n in new_names(result))


def test_a_name_the_base_knows_as_a_person_is_not_an_organization() -> None:
    result = draft("Dakar — Dans le domaine portuaire, Serigne Mbacké Touba et le directeur "
                   "de l'ANP ont signé un accord de jumelage.")
    assert new_names(result) == []
    assert parties(result) == [["anp"]]


@pytest.mark.parametrize("text", [
    "Rabat — Karim Alami et son homologue sénégalais, Moussa Ba, ont signé lundi un accord "
    "sur la pêche artisanale.",
    "Rabat — Un accord sur la pêche artisanale a été signé lundi par Karim Alami et Moussa Ba.",
])
def test_a_person_named_alone_signs_for_the_body_the_base_has_them_sign_for(text: str
                                                                            ) -> None:
    assert "ministere-peche" in parties(draft(text))[0]


def test_companies_listed_after_a_company_stay_companies() -> None:
    result = draft("Rabat — Des accords ont été signés entre Atlas Logistique et Nordis "
                   "Marine Holding, et entre Sahara Foods et Dunes Agro.")
    assert {"Nordis Marine Holding", "Dunes Agro"} <= set(new_names(result))


@pytest.mark.parametrize("signatures, signs", [([6, 1], True), ([2, 2], False)])
def test_a_person_signs_for_the_body_of_nearly_all_their_signatures(signatures: list[int],
                                                                    signs: bool) -> None:
    """A minister who once signed as a school board's chairman still signs for the
    ministry; a person split between two bodies signs for neither."""
    people = [{"id": "karim-alami", "name": "Karim Alami", "aliases": [],
               "orgs": ["ministere-peche", "anp"], "signatures": signatures}]
    result = drafted("Rabat — Un accord sur la pêche artisanale a été signé lundi par Karim "
                     "Alami et Moussa Ba.", BASE, people=people)
    assert ("ministere-peche" in parties(result)[0]) is signs
    assert "anp" not in parties(result)[0]


@pytest.mark.parametrize("organ", ["COMEX", "directoire"])
def test_a_member_of_a_body_s_board_signs_for_the_body(organ: str) -> None:
    result = draft(f"Rabat — Le protocole a été signé lundi par Leila Amrani, membre du {organ} "
                   "de l'ANP, et le ministre de la Pêche maritime.")
    assert sorted(parties(result)[0]) == ["anp", "ministere-peche"]
    assert new_names(result) == []
