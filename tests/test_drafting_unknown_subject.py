""""Le Technopark a signé trois conventions …": one capitalized name after "le"/"la", right
before the verb, is the subject and signs, even when the tagger gives it no entity and the
base does not know it; a capitalized common word elsewhere is still no party."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")


def test_a_named_subject_right_before_the_verb_signs() -> None:
    text = ("Casablanca – Le Technopark a signé trois conventions de partenariat mardi à "
            "Marrakech avec la société Nordvolt pour accompagner les jeunes pousses.\n")
    assert "Technopark" in names_of(drafted(text, []))


def test_a_capitalized_word_not_right_before_the_verb_is_no_party() -> None:
    text = ("Dans le cadre du programme Intelaka, une convention a été signée mardi à "
            "Marrakech avec la société Nordvolt pour accompagner les jeunes pousses.\n")
    assert "Intelaka" not in names_of(drafted(text, []))
