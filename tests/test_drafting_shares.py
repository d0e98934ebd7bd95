"""Batches whose parts the article tells one by one: beneficiaries listed each with its own
amount, a loan signed with grants, the companies of an investment protocol, and figures of
a whole economy that are no agreement's amount. Each test drafts an article written for
it, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "province-taounate", "name": "Province de Taounate", "kind": "public-body"},
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc"]},
]


def draft(text: str, published_on: str = "2025-03-12", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def names(result: dict[str, Any]) -> list[list[str]]:
    by_id = {o["id"]: o["name"] for o in result["organizations"]}
    return [[by_id.get(p, p) for p in found] for found in parties(result)]


def amounts(result: dict[str, Any]) -> list[int | None]:
    return [(a.get("funding") or {}).get("amount") for a in result["agreements"]]


BENEFICIARIES = (
    "Onze conventions signées avec des associations de Taounate\n"
    "Onze conventions de partenariat ont été signées, jeudi à Taounate, avec des "
    "associations locales dans le cadre du programme d'appui à l'économie sociale, pour une "
    "enveloppe globale de 1.123.000 dhs.\n"
    "Le gouverneur de la province de Taounate les a signées avec les "
    "présidents des associations concernées.\n"
    "Le programme profite à l'association Nour pour le développement rural qui a reçu une "
    "contribution de 250.000 dhs, l'association Al Karama des femmes artisanes (98.500 dhs), "
    "l'association des jeunes de Tissa pour le sport (75.000 dhs) et la coopérative Zitouna "
    "des huiles d'olive (180.000 dhs).\n"
    "Figurent aussi parmi les bénéficiaires l'association Amal pour l'enfance (120.000 dhs), "
    "l'association du Douar Ouled Aziz pour l'eau potable (150.000 dhs), l'association "
    "Tanmia des oasis (99.500 dhs), le Réseau des associations de Ghafsai (60.000 dhs), "
    "l'association Assafa pour l'environnement (40.000 dhs) et l'association de soutien aux "
    "élèves ruraux (50.000 dhs).\n")


def test_each_listed_beneficiary_is_one_agreement_with_its_own_amount() -> None:
    result = draft(BENEFICIARIES)
    assert len(result["agreements"]) == 11  # the count the article gives stands
    found = names(result)
    assert all(p[0] == "province-taounate" for p in found)
    assert [p[1:] for p in found[:3]] == [
        ["Association Nour pour le développement rural"],
        ["Association Al Karama des femmes artisanes"],
        ["Association des jeunes de Tissa pour le sport"]]
    assert found[9][1:] == ["Association de soutien aux élèves ruraux"]
    assert found[10] == ["province-taounate"]  # listed ten: none invented
    assert amounts(result) == [250000, 98500, 75000, 180000, 120000, 150000, 99500, 60000,
                               40000, 50000, None]
    assert "1123000" not in str(amounts(result))  # the envelope stays their total
    assert "10 beneficiaries listed" in result["yaml"]


def test_what_a_gift_is_worth_in_brackets_is_not_a_beneficiary_amount() -> None:
    result = draft("Trois conventions ont été signées lundi à Taounate par le gouverneur de la "
                   "province de Taounate avec l'association Ahl Jbala (d'une valeur de "
                   "90.000 dhs), l'association Rif Vert (d'une valeur de 20.000 dhs) et "
                   "l'association Ouargha (d'une valeur de 30.000 dhs).")
    assert 90000 not in amounts(result)


def test_a_grant_signed_with_a_loan_is_an_agreement_of_its_own_with_its_amount() -> None:
    result = draft("Cinq accords de financement ont été signés lundi à Rabat entre le Royaume "
                   "du Maroc et l'Agence française de développement (AFD). Le premier porte sur "
                   "un prêt de 90 millions d'euros destiné aux réseaux d'eau, accompagné d'un "
                   "don de 3 millions d'euros pour l'assistance technique. Le deuxième est un "
                   "prêt de 45 millions d'euros en faveur des routes rurales, assorti de deux "
                   "dons de 1 million d'euros chacun.")
    assert amounts(result) == [90000000, 45000000, 3000000, 1000000, 1000000]
    assert all(p == ["etat-marocain", "afd"] for p in parties(result))


def test_grants_given_together_are_not_each_ones_amount() -> None:
    result = draft("Trois accords ont été signés lundi à Rabat entre le Royaume du Maroc et "
                   "l'Agence française de développement (AFD) : un prêt de 60 millions "
                   "d'euros assorti de deux dons de 4 millions d'euros.")
    assert 4000000 not in amounts(result)


@pytest.mark.parametrize("first", ["dont l'un de 120 millions d'euros",
                                   "dont l'un d'un montant de 120 millions d'euros"])
def test_one_of_two_loans_then_the_second_each_keep_their_amount(first: str) -> None:
    result = draft("L'Allemagne a annoncé mardi qu'elle accorde deux prêts d'un montant total "
                   f"de 300 millions d'euros au Maroc, {first} pour le dessalement de l'eau de "
                   "mer à Dakhla.\nLe second prêt de 180 millions d'euros a été accordé par la "
                   "banque KfW pour les réseaux électriques.\nLes deux accords ont été signés "
                   "mardi à Rabat.")
    assert [a["funding"]["amount"] for a in result["agreements"]] == [120000000, 180000000]


def test_a_second_agreement_of_a_series_is_still_one_agreement() -> None:
    result = draft("Le 2ème contrat-programme du secteur du textile a été signé mardi à Rabat "
                   "entre le Gouvernement et l'Association marocaine du textile.")
    assert len(result["agreements"]) == 1
