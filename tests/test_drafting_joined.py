""" "Une convention liant la Région à l'ONEE": the body after "à" is a second party, not
part of the first one's name."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
    {"id": "region-oriental", "name": "Région de l'Oriental (Conseil régional)",
     "kind": "public-body"},
    {"id": "anapec", "name": "Agence nationale de promotion de l'emploi et des compétences",
     "acronym": "ANAPEC", "kind": "public-body"},
]


@pytest.mark.parametrize(("text", "want"), [
    ("Une convention liant la Région de l'Oriental à l'ONEE a été signée lundi à Oujda.",
     ["onee", "region-oriental"]),
    ("Une convention unissant la Région de l'Oriental à l'ONEE pour cinq ans a été "
     "paraphée lundi à Oujda.", ["onee", "region-oriental"]),
    ("L'accord signé lundi à Oujda associe l'ONEE à l'Agence nationale de promotion de "
     "l'emploi et des compétences.", ["anapec", "onee"]),
])
def test_the_body_joined_to_a_party_signs_too(text: str, want: list[str]) -> None:
    assert party_names(drafted(text, BASE, "2024-05-10")) == [want]


def test_a_place_after_a_is_not_a_party() -> None:
    result = drafted("Une convention liant la Région de l'Oriental à Oujda pour cinq ans a été "
                     "signée lundi.", BASE, "2024-05-10")
    assert party_names(result) == [["region-oriental"]]
