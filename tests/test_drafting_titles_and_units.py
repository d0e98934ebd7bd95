"""Titles that name their body in other words: "le Haut-Commissaire au Plan" heads the
Haut-Commissariat; "le directeur des opérations, département Sahel de la Banque X" signs
for the bank, and so does the name far before the verb that the roll runs from;
"l'ambassadeur des Etats-Unis" signs for that state, cut at its hyphen or not; the unit of
a secretariat of state "chargé de" keeps its remit; and a name "pour le X et le Y (ACR)"
runs to its acronym."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, signers

pytest.importorskip("spacy")

BASE = [{"id": "banque-mondiale", "name": "Banque mondiale", "kind": "international"}]


def test_the_high_commissioner_heads_the_high_commission() -> None:
    text = ("Le Haut-Commissaire au Plan, Karim Fassi, et le président de l'Association des "
            "démographes du Maghreb, Omar Zniber, ont signé mardi à Rabat une convention.\n")
    result = drafted(text, BASE)
    assert "Haut-Commissariat au Plan" in names_of(result)
    assert signers(result)["Karim Fassi"] == "haut-commissariat-plan"


def test_a_unit_named_after_the_title_belongs_to_the_body_after_it() -> None:
    text = ("Le Haut-Commissaire au Plan, Karim Fassi et la directrice des opérations, "
            "département Sahel et Maghreb de la Banque mondiale, Anna Lindqvist, ont procédé, "
            "jeudi 12 mars à Rabat, à la signature d'un mémorandum d'entente.\n")
    result = drafted(text, BASE)
    assert names_of(result) == {"Haut-Commissariat au Plan", "banque-mondiale"}
    assert signers(result)["Anna Lindqvist"] == "banque-mondiale"


def test_an_ambassador_of_a_state_of_two_words_signs_for_it() -> None:
    text = ("Paraphé jeudi à Oujda, le don lie l'Office régional de la Moulouya, représenté par "
            "M. Said Touzani, et l'ambassadeur des Etats-Unis à Rabat, M. John Carver, qui "
            "l'a signé.\n")
    result = drafted(text, BASE)
    states = {o["id"]: o["name"] for o in result["organizations"]}
    assert signers(result)["John Carver"] in states
    assert "Etats-Unis" in states[signers(result)["John Carver"]]
    assert "Rabat" not in names_of(result)


def test_a_department_of_a_secretariat_of_state_keeps_its_remit() -> None:
    text = ("La convention a été signée par le secrétaire général du département du Climat du "
            "secrétariat d'Etat chargé du Développement durable, M. Said Touzani, et le "
            "représentant de la Banque mondiale, M. Paul Arnaud.\n")
    result = drafted(text, BASE)
    assert any(n.endswith("chargé du Développement durable") for n in names_of(result))
    assert "Développement durable" not in names_of(result)


def test_a_name_runs_across_et_le_to_its_acronym() -> None:
    text = ("L'Agence américaine pour le Développement et le Commerce (ADCA) et la Banque "
            "mondiale ont signé mercredi à Rabat un accord de don.\n")
    result = drafted(text, BASE)
    assert names_of(result) == {"Agence américaine pour le Développement et le Commerce",
                                "banque-mondiale"}
