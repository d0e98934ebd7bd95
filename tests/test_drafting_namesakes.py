"""An agreement signed by two people the article has introduced with their titles ("M. A a
également signé avec Mme B un mémorandum") is signed for their bodies, and by them: the
ministry, not the State the lead names. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
     "aliases": ["Royaume du Maroc", "Maroc"]},
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "acronym": "MEF",
     "kind": "ministry"},
    {"id": "meau", "name": "Ministère de l'Équipement et de l'Eau", "kind": "ministry"},
    {"id": "badea", "name": "Banque arabe pour le développement économique en Afrique",
     "acronym": "BADEA", "kind": "international"},
]

LEAD = ("Rabat — Le Royaume du Maroc et la Banque arabe pour le développement économique en "
        "Afrique (BADEA) ont signé, lundi à Rabat, un accord de prêt de 90 millions de dollars "
        "pour des barrages collinaires.\n\nL'accord a été signé par {first}, et {second}.\n\n")


@pytest.mark.parametrize("first, second, later", [
    ("le ministre de l'Économie et des Finances, Karim Lahlou",
     "le président de la BADEA, Sami Al Qasimi",
     "M. Lahlou a également signé avec M. Al Qasimi un mémorandum d'entente sur la "
     "coopération 2026-2030."),
    ("la ministre de l'Économie et des Finances, Salma Idrissi",
     "le président de la BADEA, Sami Al Qasimi",
     "Mme Idrissi et M. Al Qasimi ont aussi signé un mémorandum d'entente sur la formation."),
    ("le ministre de l'Équipement et de l'Eau, Karim Lahlou",
     "le président de la BADEA, Sami Al Qasimi",
     "Lahlou a par ailleurs signé avec Al Qasimi un mémorandum d'entente sur l'eau."),
])
def test_the_same_two_people_sign_for_the_same_bodies(first: str, second: str,
                                                     later: str) -> None:
    result = drafted(LEAD.format(first=first, second=second) + later, BASE,
                     published_on="2026-05-20")
    loan, memo = result["agreements"]
    assert memo["type"] == "memorandum"
    assert {p["org"] for p in memo["parties"]} == {p["org"] for p in loan["parties"]}
    assert "etat-marocain" not in {p["org"] for p in memo["parties"]}
    assert {s["person"] for s in memo["signatories"]} == \
        {s["person"] for s in loan["signatories"]}
    assert len(memo["signatories"]) == 2


def test_one_newcomer_leaves_the_parties_as_they_were() -> None:
    later = ("M. Lahlou a également signé avec M. Youssef Tazi un mémorandum d'entente sur la "
             "formation.")
    result = drafted(LEAD.format(first="le ministre de l'Économie et des Finances, Karim "
                                 "Lahlou", second="le président de la BADEA, Sami Al Qasimi")
                     + later, BASE, published_on="2026-05-20")
    memo = result["agreements"][-1]
    assert not any(s.get("person") == "youssef-tazi" for s in memo.get("signatories") or [])
    assert "badea" not in {p["org"] for p in memo["parties"]} or \
        "mef" not in {p["org"] for p in memo["parties"]} or len(memo["parties"]) > 2
