""""Mardi à Paris, le ministère X a signé …": a day and a town set before the subject are
where and when, and the subject still signs."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "mic", "name": "Ministère de l'Industrie et du Commerce", "kind": "ministry"}]


@pytest.mark.parametrize("fronted", ["Mardi à Paris", "Hier à Londres", "Lundi dernier à Séoul"])
def test_the_subject_after_a_fronted_day_and_town_signs(fronted: str) -> None:
    text = (f"{fronted}, le ministère de l'Industrie et du Commerce a conclu une convention "
            "d'investissement avec la société Nordvolt pour une usine de batteries.\n")
    assert names_of(drafted(text, BASE)) == {"mic", "Nordvolt"}
