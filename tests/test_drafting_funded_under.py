"""Money given "au titre d'une convention signée avec X" flows under an agreement the article
only recalls: it is not one more agreement of the news, nor its amount."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "ads", "name": "Agence de développement social", "acronym": "ADS",
         "kind": "public-body"}]


def test_an_agreement_recalled_as_what_the_money_flows_under_is_not_drafted() -> None:
    text = ("Une convention a été signée lundi à Rabat entre l'ADS et la commune de Tiznit pour "
            "accompagner les familles relogées. Le programme bénéficie aussi d'un appui de "
            "l'Union européenne, qui a alloué une enveloppe de 900.000 euros au titre d'une "
            "convention de don signée avec l'ADS.\n")
    result = drafted(text, BASE)
    [agreement] = result["agreements"]
    assert agreement.get("funding") is None
