""""Le second accord prévoit des liaisons maritimes entre les ports marocains et
portugais": the ports are what the links join, not the sides of the agreement; "le
second établit un cadre entre A et B" still names its sides."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "ministere-equipement", "name": "Ministère de l'Équipement et de l'Eau",
         "kind": "ministry"}]


def test_links_between_ports_are_not_the_agreement_sides() -> None:
    text = ("Le ministre de l'Équipement et de l'Eau, Karim Semlali, et son homologue "
            "portugais, Rui Matos, ont signé lundi à Lisbonne deux accords de coopération.\n"
            "Le premier porte sur la formation des cadres. Le second accord prévoit le "
            "renforcement des liaisons maritimes entre les ports marocains et portugais, "
            "a-t-il indiqué.\n")
    result = drafted(text, BASE)
    assert not any("ort" in n.split()[0] for n in names_of(result) if n)
    assert "ministere-equipement" in names_of(result)


def test_the_sides_an_ordinal_sentence_names_still_sign() -> None:
    text = ("Deux conventions ont été signées lundi à Rabat.\n"
            "La première établit un cadre de travail entre l'Office national des pêches (ONP) "
            "et la Chambre maritime de Dakhla. La seconde établit un partenariat entre "
            "l'Institut national de recherche halieutique (INRH) et l'Université Ibn Zohr.\n")
    result = drafted(text, [])
    assert {"Office national des pêches", "Chambre maritime de Dakhla",
            "Institut national de recherche halieutique"} <= names_of(result)
