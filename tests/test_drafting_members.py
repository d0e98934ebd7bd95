"""A kind of body named once for a list of countries or places whose names have several words
("les fédérations de football de la Gambie, du Niger et du Burkina Faso"): one body per
member, whatever the length of its name. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [{"id": "frmf", "name": "Fédération royale marocaine de football", "acronym": "FRMF",
         "kind": "federation"}]


@pytest.mark.parametrize("text, members", [
    ("Salé — La FRMF a paraphé lundi trois conventions avec les fédérations de football de "
     "la Gambie, du Niger et du Burkina Faso.",
     ["Gambie", "Niger", "Burkina Faso"]),
    ("Rabat — La FRMF a signé lundi quatre conventions avec les Fédérations de basketball de la "
     "Sierra Leone, du Mali, de la Côte d'Ivoire et du Costa Rica.",
     ["Sierra Leone", "Mali", "Côte d'Ivoire", "Costa Rica"]),
    ("Rabat — Deux accords ont été conclus entre la FRMF et les fédérations de handball de "
     "l'Arabie saoudite et du Burkina Faso.",
     ["Arabie saoudite", "Burkina Faso"]),
])
def test_each_member_of_a_list_of_countries_is_a_body(text: str, members: list[str]) -> None:
    found = {p for names in party_names(drafted(text, BASE)) for p in names}
    assert "frmf" in found
    others = sorted(found - {"frmf"})
    assert len(others) == len(members)
    for member in members:
        assert any(name.endswith(member) for name in others), (member, others)


REGIONS = [
    {"id": "region-casablanca-settat", "name": "Région Casablanca-Settat (Conseil régional)",
     "kind": "public-body", "aliases": ["Région Casablanca-Settat"]},
    {"id": "region-souss-massa", "name": "Région Souss-Massa (Conseil régional)",
     "kind": "public-body", "aliases": ["Région Souss-Massa"]},
]


@pytest.mark.parametrize("text, other", [
    ("Casablanca — Une feuille de route a été signée mardi entre les régions Casablanca-Settat "
     "et Île-de-France.", "Région Île-de-France"),
    ("Agadir — Un accord de coopération décentralisée a été conclu entre les régions "
     "Souss-Massa et Pays-de-la-Loire.", "Région Pays-de-la-Loire"),
])
def test_regions_named_once_for_hyphenated_names(text: str, other: str) -> None:
    found = {p for names in party_names(drafted(text, REGIONS)) for p in names}
    assert len(found) == 2 and other in found
    assert found & {"region-casablanca-settat", "region-souss-massa"}


@pytest.mark.parametrize("name", ["Île-de-France", "Aix-en-Provence", "Seine-et-Marne"])
def test_a_hyphenated_name_with_a_lowercase_word_is_one_name(name: str) -> None:
    text = (f"Rabat — La convention a été signée lundi par le président de la Région {name}, "
            "Paul Martin, et le président de la région Souss-Massa, Karim Alami.")
    found = {p for names in party_names(drafted(text, REGIONS)) for p in names}
    assert found == {f"Région {name}", "region-souss-massa"}
