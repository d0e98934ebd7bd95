"""One agreement whose programme has ranked parts ("Le premier volet …, le second volet
…") is still one agreement; an amount the article gives as an estimate in dirhams with the
exact figure in the lender's currency beside it is drafted in that currency."""

from __future__ import annotations

from typing import Any

from drafting_cases import drafted

VOLETS = (
    "Le Fonds koweïtien a accordé au Maroc un don de 40 millions de dollars (soit environ "
    "380 millions de dirhams).\n\n"
    "Un accord a été signé à cet effet mardi 4 juin à Rabat entre la ministre de l'Économie "
    "et des Finances, Salma Idrissi, et le directeur général du Fonds, Walid Al-Sabah.\n\n"
    "Le programme financé par cet accord comprend trois volets. Le premier volet concerne "
    "l'irrigation dans la province de Tata. Le second volet porte sur des pistes rurales. "
    "Quant au troisième volet, il vise la formation des jeunes agriculteurs.")


def agreements(text: str, published_on: str = "2024-06-06") -> list[dict[str, Any]]:
    return drafted(text, [], published_on=published_on)["agreements"]


def test_ranked_parts_of_one_agreement_are_not_agreements() -> None:
    found = agreements(VOLETS)
    assert len(found) == 1
    assert found[0]["funding"] == {"amount": 40_000_000, "currency": "USD"}


def test_ranked_parts_still_count_where_the_article_counts_agreements() -> None:
    text = VOLETS.replace("Un accord a été signé", "Trois accords ont été signés").replace(
        "cet accord", "ces accords")
    assert len(agreements(text)) == 3


def test_the_exact_figure_in_brackets_wins_over_an_estimate_in_dirhams() -> None:
    text = ("Un accord de prêt d'environ 2,7 milliards de dirhams (300 millions de dollars) a "
            "été signé mercredi à Rabat entre le ministère de l'Économie et des Finances et "
            "l'Agence japonaise de coopération internationale (JICA).")
    assert agreements(text)[0]["funding"] == {"amount": 300_000_000, "currency": "USD"}


def test_an_estimate_in_brackets_stays_the_equivalent() -> None:
    text = ("Une convention de don de 213.134 € (soit environ 2.274.000 DH) a été signée "
            "lundi à Rabat entre l'ambassade du Japon et l'Association Tifawin.")
    assert agreements(text)[0]["funding"] == {"amount": 213_134, "currency": "EUR"}


def test_two_estimates_keep_the_first() -> None:
    text = ("Un accord de prêt d'environ 2,7 milliards de dirhams (près de 300 millions de "
            "dollars) a été signé mercredi à Rabat entre le ministère de l'Économie et des "
            "Finances et l'Agence japonaise de coopération internationale (JICA).")
    assert agreements(text)[0]["funding"]["currency"] == "MAD"
