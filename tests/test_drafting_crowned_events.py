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
