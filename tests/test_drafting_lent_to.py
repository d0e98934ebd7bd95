"""Loans and grants told without a verb of signing: "un prêt de 50 M€ de la BEI à
l'ONEE" names its lender and its borrower; "un autre prêt … a été octroyé à la Banque X"
its borrower, "un protocole qui permet à X de bénéficier d'un prêt" X. Each test drafts an
article written for it, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "banque-atlantique", "name": "Banque atlantique de développement",
     "acronym": "BADA", "kind": "international"},
    {"id": "fonds-nordique", "name": "Fonds nordique pour le climat", "acronym": "FNC",
     "kind": "international"},
    {"id": "office-eau", "name": "Office régional de l'eau du Tadla", "acronym": "OREAT",
     "kind": "public-body"},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, "2026-05-08")


def test_each_loan_of_a_list_names_its_lender_and_its_borrower() -> None:
    result = draft(
        "Rabat — Trois accords ont été signés jeudi à Rabat : un prêt de 60 millions "
        "d'euros de la BADA à l'OREAT pour l'eau potable, un don de 4 millions d'euros du "
        "FNC à la commune de Khénifra, et un prêt de 35 millions d'euros de la BADA à la "
        "commune de Midelt.")
    assert party_names(result) == [["banque-atlantique", "office-eau"],
                                   ["Commune de Khénifra", "fonds-nordique"],
                                   ["Commune de Midelt", "banque-atlantique"]]


def test_what_a_loan_is_for_names_no_borrower() -> None:
    result = draft(
        "Rabat — Deux accords ont été signés jeudi à Rabat entre la BADA et l'OREAT : un prêt "
        "de 60 millions d'euros pour l'eau de la commune de Khénifra, et un don de 4 millions "
        "d'euros pour la commune de Midelt.")
    assert all("Commune de Khénifra" not in found and "Commune de Midelt" not in found
               for found in party_names(result))


def test_a_loan_granted_further_down_names_its_borrower() -> None:
    result = draft(
        "Rabat — La BADA a signé jeudi à Rabat deux accords de prêt avec des partenaires "
        "marocains. Le premier, de 60 millions d'euros, a été octroyé à l'OREAT pour "
        "l'irrigation. Le second, de 20 millions d'euros, a été accordé à la commune de "
        "Midelt.")
    assert party_names(result) == [["banque-atlantique", "office-eau"],
                                   ["Commune de Midelt", "banque-atlantique"]]


def test_a_grant_names_its_donor_when_the_borrower_is_the_other_item_s() -> None:
    result = draft(
        "Rabat — Deux conventions de financement ont été signées jeudi : un prêt de 60 "
        "millions d'euros de la BADA à l'OREAT et une subvention de 5 millions d'euros du "
        "FNC, dont la gestion est confiée à la BADA.")
    assert party_names(result)[1] == ["fonds-nordique"]


def test_conventions_whereby_a_state_makes_a_grant_are_financing_agreements() -> None:
    text = ("Le Maroc et le Fonds saoudien pour le développement ont signé mardi à Riyad "
            "quatre conventions aux termes desquelles le Royaume d'Arabie saoudite fait don au "
            "Maroc de 300 millions de dollars pour des projets routiers.")
    result = drafted(text, [], published_on="2014-03-12")
    assert [a["type"] for a in result["agreements"]] == ["accord"] * 4


def test_a_lender_s_instruments_told_one_a_sentence_are_one_each() -> None:
    text = ("Les accords signés mardi à Rabat par le directeur général de l'Agence Alpha "
            "portent sur des prêts et des subventions.\n\n"
            "Avec le directeur de l'Office Beta, une lettre d'entente a été paraphée, qui porte "
            "sur un prêt de 90 millions d'euros.\n\n"
            "Un protocole d'accord financier permet à l'Agence Gamma de bénéficier d'un prêt de "
            "120 millions d'euros.\n\n"
            "La Société du Métro de Fès signe quant à elle une convention de subvention de 30 "
            "millions d'euros.")
    result = drafted(text, [], published_on="2017-11-22")
    assert [a["type"] for a in result["agreements"]] == ["other", "protocole-accord", "accord"]
    assert any("Métro de Fès" in n for n in party_names(result)[2])


def test_an_agreement_that_lets_a_body_receive_a_loan_names_it() -> None:
    result = draft(
        "Rabat — La BADA a signé jeudi à Rabat deux accords. Le premier, un accord de prêt, "
        "lie la BADA à l'OREAT pour l'irrigation. Le second, un protocole financier, permet "
        "à la commune de Midelt de bénéficier d'un prêt de 20 millions d'euros pour ses "
        "routes.")
    assert "Commune de Midelt" in party_names(result)[1]
