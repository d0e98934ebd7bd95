""""Les barreaux de Paris et de Casablanca ont signé …": a bar is a body, and an irregular
plural head names one for each town."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")


def test_two_bars_named_under_one_plural_sign() -> None:
    text = ("Les barreaux de Lyon et de Tanger ont signé jeudi à Lyon une convention de "
            "jumelage pour des stages croisés d'avocats.\n")
    result = drafted(text, [])
    assert names_of(result) == {"Barreau de Lyon", "Barreau de Tanger"}


def test_the_head_of_a_bar_signs_for_it() -> None:
    text = ("La convention a été signée jeudi à Lyon par le bâtonnier du barreau de Tanger, "
            "Karim Idrissi, et la bâtonnière du barreau de Lyon, Anne Morel.\n")
    assert names_of(drafted(text, [])) == {"Barreau de Tanger", "Barreau de Lyon"}
