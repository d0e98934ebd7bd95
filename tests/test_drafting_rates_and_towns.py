"""A rate ("26 DH/ha", "3 DH par tonne") is no agreement's amount; a town abroad written
with a hyphen ("à Nosy-Be", "à Port-Louis") is the place whole."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


@pytest.mark.parametrize("rate", ["26 DH/ha", "26 dirhams par hectare", "3 DH par tonne"])
def test_a_rate_is_no_amount(rate: str) -> None:
    text = ("L'État et la Mutuelle agricole ont signé lundi à Rabat une convention sur "
            f"l'assurance des récoltes. La cotisation des petits exploitants ne dépassera pas "
            f"{rate}.\n")
    [agreement] = drafted(text, [])["agreements"]
    assert agreement.get("funding") is None


@pytest.mark.parametrize("town", ["Nosy-Be", "Port-Louis"])
def test_a_hyphenated_town_abroad_is_the_place(town: str) -> None:
    text = ("L'Autorité de contrôle des assurances et son homologue malgache ont procédé, le "
            f"27 janvier 2026 à {town}, à la signature d'un protocole d'accord.\n")
    [agreement] = drafted(text, [])["agreements"]
    assert agreement["place"] == town
