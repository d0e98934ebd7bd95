"""In a batch whose agreements are listed with what each is for, "la convention pour X est
dotée de 300 MDH" gives the amount to the one listed for X, wherever the list stands; told
before the list, an amount that fits no item goes to none."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

LIST = ("Les trois accords sont une convention de partenariat pour gérer une "
        "plateforme logistique des produits de la mer, un mémorandum d'entente relatif à la "
        "cession d'un terrain au profit de la Région et une convention de partenariat pour "
        "l'accompagnement des coopératives féminines et des petites entreprises artisanales. ")
LEAD = ("Trois accords ont été signés mardi à Agadir entre la Région Souss-Massa et la "
        "banque Atlas Crédit. ")


def _amounts(text: str) -> list[int | None]:
    return [(a.get("funding") or {}).get("amount") for a in drafted(text, [])["agreements"]]


@pytest.mark.parametrize("order", ["before", "after"])
def test_the_amount_goes_to_the_agreement_described_so(order: str) -> None:
    said = ("La convention pour l'accompagnement des coopératives féminines est dotée d'une "
            "enveloppe de 300 MDH. ")
    text = LEAD + (said + LIST if order == "before" else LIST + said)
    assert _amounts(text + "\n") == [None, None, 300_000_000]


def test_an_amount_that_fits_no_item_goes_to_none() -> None:
    said = "La convention pour la formation des guides est dotée de 300 MDH. "
    assert _amounts(LEAD + said + LIST + "\n") == [None, None, None]
