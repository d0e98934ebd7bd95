"""A period a later sentence gives for what the agreement finances ("Le programme s'étale
sur la période 2026-2031" after a loan "destiné à financer … du programme …", "Ce projet
sera réalisé sur la période …") is that agreement's; a strategy's years are nobody's; and
a horizon ("à l'horizon 2030") is no period, but a TODO. Press sentences written for these
tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
     "aliases": ["Royaume du Maroc", "Maroc"]},
    {"id": "fades", "name": "Fonds arabe pour le développement économique et social",
     "acronym": "FADES", "kind": "international"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
    {"id": "berd", "name": "Banque européenne pour la reconstruction et le développement",
     "acronym": "BERD", "kind": "international"},
]

LOAN = ("Le FADES prête au Maroc\n\nRabat — Le Royaume du Maroc et le FADES ont signé, mardi "
        "à Rabat, un accord de prêt de 120 millions de dollars destiné à financer la troisième "
        "phase du programme d'extension de l'irrigation.\n\nCe financement permettra "
        "d'équiper 20.000 hectares. {period}\n\nLe FADES a également signé avec l'ONEE un "
        "mémorandum d'entente sur la formation.")


@pytest.mark.parametrize("period, expected", [
    ("Le programme s'étale sur la période 2026-2031.", {"start": 2026, "end": 2031}),
    ("Le programme court sur la période allant de 2027 à 2032.", {"start": 2027, "end": 2032}),
    ("Ce prêt sera décaissé sur la période 2026-2030.", {"start": 2026, "end": 2030}),
])
def test_a_later_sentence_gives_the_period_of_what_the_loan_funds(
        period: str, expected: dict[str, int]) -> None:
    loan, memo = drafted(LOAN.format(period=period), BASE,
                         published_on="2026-03-04")["agreements"]
    assert loan["period"] == expected
    assert memo["period"] is None


@pytest.mark.parametrize("period", [
    "Cette initiative s'inscrit dans la stratégie Génération Green 2020-2030.",
    "Le programme national de l'eau 2020-2027 prévoit d'autres prêts.",
])
def test_a_strategy_or_a_stray_pair_of_years_is_nobodys_period(period: str) -> None:
    loan, memo = drafted(LOAN.format(period=period), BASE,
                         published_on="2026-03-04")["agreements"]
    assert loan["period"] is None and memo["period"] is None


def test_a_horizon_is_a_todo_not_a_period() -> None:
    result = drafted("La BERD et l'ONEE\n\nCasablanca — L'ONEE et la BERD ont signé, lundi à "
                     "Casablanca, un accord de prêt de 45 millions d'euros pour la "
                     "réhabilitation de réseaux d'eau potable. Ce programme vise à l'horizon "
                     "2030 la réduction des pertes d'un cinquième.", BASE,
                     published_on="2026-03-04")
    [loan] = result["agreements"]
    assert loan["period"] is None
    assert "\"à l'horizon 2030\" is a horizon, not a period" in result["yaml"]


def test_a_jobs_horizon_is_left_to_the_jobs() -> None:
    result = drafted("La BERD et l'ONEE\n\nCasablanca — L'ONEE et la BERD ont signé, lundi à "
                     "Casablanca, un accord de prêt de 45 millions d'euros qui créera 300 "
                     "emplois directs à l'horizon 2030.", BASE, published_on="2026-03-04")
    [loan] = result["agreements"]
    assert loan["jobs"] == {"direct": 300, "by": 2030}
    assert "is a horizon, not a period" not in result["yaml"]
