"""An amount the article gives as a bound, an estimate or an indicative envelope is kept
with a TODO saying so, never as an exact funding in silence. Press sentences written for
these tests."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.amounts import find_amounts


def todos(text: str) -> list[tuple[int, str]]:
    return [(f.value["amount"], f.todo) for f in find_amounts(text, 0, len(text))]


@pytest.mark.parametrize("text, amount, said", [
    ("un investissement global de plus d'un milliard de dirhams", 1_000_000_000,
     "plus d'un milliard de dirhams"),
    ("un budget de plus de 40 millions de dirhams", 40_000_000, "plus de 40 millions"),
    ("un financement de près de 300 MDH", 300_000_000, "près de 300 MDH"),
    ("une enveloppe d'environ 12 millions d'euros", 12_000_000, "environ 12 millions"),
    ("un prêt pouvant atteindre 500 millions de dollars", 500_000_000, "pouvant atteindre"),
    ("des crédits allant jusqu'à 50 M€ par projet", 50_000_000, "jusqu'à 50 M€"),
    ("un coût estimé à 75 millions de DH", 75_000_000, "estimé à 75"),
    ("une dotation de l'ordre de 2 MMDH", 2_000_000_000, "de l'ordre de 2 MMDH"),
])
def test_a_bound_or_an_estimate_is_said(text: str, amount: int, said: str) -> None:
    [(found, todo)] = todos(text)
    assert found == amount
    assert "bound or an estimate" in todo and said in todo


@pytest.mark.parametrize("text", [
    "un mémorandum doté d'une enveloppe indicative de 2 milliards de dollars",
    "un budget prévisionnel de 80 millions de dirhams",
    "un financement envisagé de 30 millions d'euros pour la seconde phase",
    "une enveloppe de 2 milliards de dollars, à titre indicatif, sur cinq ans",
])
def test_an_indicative_envelope_is_said(text: str) -> None:
    [(_, todo)] = todos(text)
    assert "indicative or envisaged" in todo


@pytest.mark.parametrize("text", [
    "un prêt de 250 millions de dollars pour les routes rurales",
    "une convention d'un montant de 850 millions de dirhams",
    "un don de 5 millions d'euros pour l'assistance technique",
    "le projet, plus ambitieux, mobilise 60 millions de dirhams",
])
def test_an_exact_amount_has_no_such_todo(text: str) -> None:
    [(_, todo)] = todos(text)
    assert todo == ""


pytest.importorskip("spacy")


def test_a_drafted_envelope_keeps_its_todo() -> None:
    from conventions_cli.drafting import draft_article
    text = ("Rabat — La Banque arabe de développement et le ministère de l'Économie et des "
            "Finances ont signé, lundi à Rabat, un mémorandum d'entente sur le cadre de "
            "coopération 2026-2029, d'une enveloppe indicative de 900 millions de dollars.")
    draft = draft_article(text, published_on="2026-06-10")
    [agreement] = draft.agreements
    assert agreement["funding"] == {"amount": 900_000_000, "currency": "USD"}
    line = next(x for x in draft.yaml.splitlines() if x.strip().startswith("funding:"))
    assert "TODO: the article calls this amount indicative" in line
