"""An earlier agreement the article recalls: a draft of its own when the article reports
something of it to record (its amount, its period), else only a TODO pointing at `follows`.
Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


def draft(text: str) -> dict[str, Any]:
    return drafted(text, [], "2025-04-16")


def test_an_agreement_recalled_by_its_date_alone_is_no_draft_of_its_own() -> None:
    result = draft("Un protocole d'accord a été signé mercredi à Marrakech entre l'Agence Nord "
                   "et la société Delta Soft. Ce nouveau protocole fait suite à un mémorandum "
                   "signé entre Delta Soft et l'Agence Nord en juin 2023.")
    assert len(result["agreements"]) == 1
    assert "recalls an agreement signed 2023-06" in result["yaml"]


def test_an_agreement_recalled_with_its_own_amount_is_drafted() -> None:
    result = draft("Un protocole d'accord a été signé mercredi à Marrakech entre l'Agence Nord "
                   "et la société Delta Soft. Il fait suite à une convention signée en juin "
                   "2023, dotée de 40 millions de dirhams.")
    assert len(result["agreements"]) == 2
    assert result["agreements"][1]["funding"]["amount"] == 40_000_000


def test_an_agreement_signed_last_year_is_not_dated_this_week() -> None:
    result = draft("Le wali et le directeur de l'Office Nord ont signé lundi à Laâyoune une "
                   "convention portant sur la deuxième phase du programme, pour 340 millions "
                   "de dirhams. La première phase avait fait l'objet d'une convention signée "
                   "l'an dernier, à Laâyoune également, pour 210 millions de dirhams.")
    assert len(result["agreements"]) == 1
    assert result["agreements"][0]["funding"]["amount"] == 340_000_000
    assert "recalls an earlier agreement it does not date" in result["yaml"]
