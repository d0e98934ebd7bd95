"""An event the signing ends ("La 5e session de la commission mixte … a pris fin mardi par
la signature de quatre accords"), after a wire's dateline. Articles written for the test."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


@pytest.mark.parametrize("verb", ["a pris fin", "s'est conclue", "a été couronnée"])
def test_the_session_a_signing_ends_is_the_event(verb: str) -> None:
    text = (f"Nouakchott, 14 avril 2026 (MAP) - La 5e session de la commission mixte "
            f"maroco-mauritanienne {verb} mardi soir à Nouakchott par la signature de quatre "
            "accords de coopération.")
    result = drafted(text, [], "2026-04-15")
    assert [e["name"] for e in result["events"]] == [
        "5e session de la commission mixte maroco-mauritanienne"]


@pytest.mark.parametrize("sentence, event", [
    ("Sept accords ont été signés mercredi à Rabat entre le Maroc et le Niger, à l'issue de "
     "la 6e session de la commission mixte maroco-nigérienne.",
     "6e session de la commission mixte maroco-nigérienne"),
    ("Les chefs des deux gouvernements ont coprésidé, mercredi à Rabat, les travaux de la 4e "
     "Réunion de haut niveau maroco-portugaise, marquée par la signature de dix accords.",
     "4e Réunion de haut niveau maroco-portugaise"),
])
def test_the_session_after_which_or_under_whose_chairs_they_signed(sentence: str,
                                                                     event: str) -> None:
    result = drafted("Rabat, 15 avril 2026 (MAP) - " + sentence, [], "2026-04-16")
    assert [e["name"] for e in result["events"]] == [event]
