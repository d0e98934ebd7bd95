"""An agreement the article says continues an earlier one ("fait suite à un premier prêt …
signé en 2019", "s'inscrit dans le prolongement de la convention signée en 2018", "la
deuxième phase") gets a `follows` TODO, never an invented id; the id only when the base has
exactly one agreement of that year with the draft's parties. Press sentences written for
these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "acronym": "MEF",
     "kind": "ministry"},
    {"id": "fades", "name": "Fonds arabe pour le développement économique et social",
     "acronym": "FADES", "kind": "international"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
]
ONE_2019 = [{"id": "fades-mef-pret-2019", "year": "2019", "orgs": ["mef", "fades"]},
            {"id": "fades-onee-don-2019", "year": "2019", "orgs": ["onee", "fades"]},
            {"id": "fades-mef-pret-2016", "year": "2016", "orgs": ["mef", "fades"]}]

LOAN = ("Le FADES prête au Maroc\n\nRabat — Le ministère de l'Économie et des Finances et le "
        "FADES ont signé, mardi à Rabat, un accord de prêt de 120 millions de dollars pour "
        "l'irrigation. {later}")


@pytest.mark.parametrize("later", [
    "Cet accord fait suite à un premier prêt de 80 millions de dollars signé en 2019.",
    "Il s'inscrit dans le prolongement de la convention signée en avril 2019 par les deux "
    "parties.",
])
def test_one_agreement_of_that_year_and_these_parties_is_followed(later: str) -> None:
    result = drafted(LOAN.format(later=later), BASE, published_on="2026-03-04",
                     agreements=ONE_2019)
    [loan] = result["agreements"]
    assert loan["follows"] == "fades-mef-pret-2019"
    assert "signed in 2019 by these parties: check it" in result["yaml"]


@pytest.mark.parametrize("later, agreements", [
    ("Cet accord fait suite à un premier prêt signé en 2019.",
     [*ONE_2019, {"id": "fades-mef-don-2019", "year": "2019", "orgs": ["mef", "fades"]}]),
    ("Cet accord fait suite à un premier prêt signé en 2021.", ONE_2019),
    ("Ce prêt finance la deuxième phase du programme d'irrigation.", ONE_2019),
])
def test_otherwise_a_todo_and_no_id(later: str, agreements: list[dict[str, object]]) -> None:
    result = drafted(LOAN.format(later=later), BASE, published_on="2026-03-04",
                     agreements=agreements)
    [loan] = result["agreements"]
    assert loan.get("follows") is None
    assert "# follows:  # TODO: the article says it continues an earlier agreement" in \
        result["yaml"]


def test_an_agreement_that_continues_nothing_has_no_follows_line() -> None:
    result = drafted(LOAN.format(later="Le prêt est remboursable sur 20 ans."), BASE,
                     published_on="2026-03-04", agreements=ONE_2019)
    assert "follows" not in result["yaml"]
