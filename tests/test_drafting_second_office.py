"""One person, two offices: "A, wali de la région X, gouverneur de la préfecture Y, B,
directeur de Z" — the governor's office is A's second title, not another party. Press
sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "wilaya-guelmim", "name": "Wilaya de la région de Guelmim-Oued Noun",
     "kind": "public-body"},
    {"id": "province-guelmim", "name": "Province de Guelmim", "kind": "public-body"},
    {"id": "ministere-tourisme", "name": "Ministère du Tourisme", "kind": "ministry"},
    {"id": "smit", "name": "Société marocaine d'ingénierie touristique", "acronym": "SMIT",
     "kind": "public-body"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
]


def every_party(text: str) -> set[str]:
    return {p for found in party_names(drafted(text, BASE)) for p in found}


@pytest.mark.parametrize("text, bodies", [
    ("Guelmim — Une convention touristique a été conclue samedi. Nadia Alami, ministre du "
     "Tourisme, Karim Tazi, wali de la région de Guelmim-Oued Noun, gouverneur de la province "
     "de Guelmim, et Imad Idrissi, directeur général de la SMIT, y ont apposé leur signature.",
     {"ministere-tourisme", "wilaya-guelmim", "smit"}),
    ("Guelmim — La convention a été signée par Karim Tazi, wali de la région de Guelmim-Oued "
     "Noun, gouverneur de la province de Guelmim, et Ali Bennani, directeur de l'ONEE.",
     {"wilaya-guelmim", "onee"}),
])
def test_a_second_office_after_a_name_is_no_party(text: str, bodies: set[str]) -> None:
    assert every_party(text) == bodies


def test_two_people_each_with_an_office_are_two_parties() -> None:
    found = every_party("Guelmim — La convention a été signée par Karim Tazi, gouverneur de la "
                        "province de Guelmim, et Ali Bennani, directeur de l'ONEE.")
    assert found == {"province-guelmim", "onee"}
