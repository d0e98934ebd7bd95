""""A et B ont procédé récemment à Manama, au Bahreïn, à la signature de …": the town
between "ont procédé" and "à la signature" is where it was signed, with or without a day."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


@pytest.mark.parametrize("when", ["récemment", "mardi", ""])
def test_the_town_after_procede_is_the_place_of_signing(when: str) -> None:
    text = ("Le ministre de l'Économie et des Finances, Karim Alaoui, et son homologue koweïtien "
            f"ont procédé {when} à El Kuwaiti City, au Koweït, à la signature de deux "
            "conventions de don.\n").replace("  ", " ")
    for agreement in drafted(text, [])["agreements"]:
        assert agreement["place"] == "El Kuwaiti City"
