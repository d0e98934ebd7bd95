"""A headline that opens on a city ("Laâyoune : signature d'une convention …") gives the
place when the story names none, with a TODO, as a dateline does; a place the story says,
a dateline, or a name that only starts like a city ("Tanger Med") is not overridden."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "ofppt", "name": "Office de la formation professionnelle et de la promotion "
         "du travail", "acronym": "OFPPT", "kind": "public-body"}]

LEAD = ("Une convention de partenariat a été signée mardi{where} entre la commune et l'OFPPT "
        "pour ouvrir deux centres de formation aux métiers du bâtiment.\n")


def _place(result: dict) -> tuple[str | None, str]:
    [agreement] = result["agreements"]
    line = next((row for row in result["yaml"].splitlines() if "place:" in row), "")
    return agreement.get("place"), line


@pytest.mark.parametrize("mark", [":", " –", " —"])
def test_the_headline_city_is_the_place_with_a_todo(mark: str) -> None:
    text = f"Laâyoune{mark} signature d'une convention pour la formation des jeunes\n\n" + \
        LEAD.format(where="")
    place, line = _place(drafted(text, BASE))
    assert place == "Laâyoune"
    assert "TODO" in line and "headline" in line


def test_the_story_place_wins_over_the_headline() -> None:
    text = "Laâyoune : signature d'une convention pour la formation des jeunes\n\n" + \
        LEAD.format(where=" à Rabat")
    assert _place(drafted(text, BASE))[0] == "Rabat"


def test_a_dateline_wins_over_the_headline() -> None:
    text = "Laâyoune : signature d'une convention pour la formation des jeunes\n\n" + \
        "Smara – " + LEAD.format(where="")
    assert _place(drafted(text, BASE))[0] == "Smara"


@pytest.mark.parametrize("kicker", ["Tanger Med", "Formation", "OFPPT"])
def test_a_kicker_that_is_no_city_gives_no_place(kicker: str) -> None:
    text = f"{kicker} : signature d'une convention pour la formation des jeunes\n\n" + \
        LEAD.format(where="")
    assert _place(drafted(text, BASE))[0] is None
