"""A guarantor is no signing party ("avec la garantie de l'État"), and a foreign
development agency that signs is a funder. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
     "aliases": ["Etat marocain", "Royaume du Maroc", "État"]},
    {"id": "onda", "name": "Office national des aéroports", "acronym": "ONDA",
     "kind": "public-body"},
    {"id": "kfw", "name": "KfW", "acronym": "KfW", "kind": "international", "country": "DE"},
    {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
     "kind": "public-body", "country": "FR"},
    {"id": "uh1", "name": "Université Hassan Ier", "kind": "public-body"},
]


def roles(text: str) -> list[dict[str, str]]:
    result = drafted(text, BASE, published_on="2026-02-12")
    return [{p["org"]: p["role"] for p in a["parties"]} for a in result["agreements"]]


@pytest.mark.parametrize("guarantee", [
    "avec la garantie de l'État",
    "sous la garantie de l'État",
    "garanti par l'État",
    "bénéficiant de la garantie de l'État",
])
def test_the_state_that_guarantees_a_loan_does_not_sign_it(guarantee: str) -> None:
    text = ("Casablanca — L'Office national des aéroports (ONDA) et la KfW ont signé, mardi à "
            f"Casablanca, un accord de prêt de 60 millions d'euros, {guarantee}, pour "
            "l'extension du terminal.")
    [found] = roles(text)
    assert found == {"onda": "signatory", "kfw": "funder"}


def test_the_state_that_signs_stays_a_party() -> None:
    text = ("Rabat — L'État et la KfW ont signé, mardi à Rabat, un accord de prêt de 60 "
            "millions d'euros pour l'extension du réseau d'eau.")
    [found] = roles(text)
    assert found.get("etat-marocain") == "signatory"


def test_a_foreign_development_agency_funds_what_it_signs() -> None:
    text = ("Settat — Une convention de 3 millions d'euros a été signée lundi à Settat par le "
            "directeur de l'Agence française de développement (AFD), Paul Martin, et le "
            "président de l'Université Hassan Ier, Ali Bennani, pour financer un incubateur.")
    [found] = roles(text)
    assert found == {"afd": "funder", "uh1": "signatory"}
