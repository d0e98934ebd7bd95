"""Signers told by their number first ("signée par 12 parties dont A et B"), a group the
base knows as "Groupe X" named "X" alone, and a standfirst retold by a sentence that names
nobody."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "holding-badr", "name": "Holding Badr Amenagement",
         "aliases": ["Groupe Badr Amenagement"], "kind": "company", "country": "MA"},
        {"id": "ministere-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry",
         "country": "MA"}]

TEXT = ("Une convention a été signée par 12 parties dont le ministère de l'Intérieur, les "
        "communes et Badr Amenagement pour équiper la nouvelle cité. Le programme compte "
        "une quinzaine de projets.\n"
        "Une convention visant à relancer la nouvelle cité a été signée en fin de semaine. "
        "Les travaux doivent s'achever en 2019.\n")


def test_bodies_named_after_a_count_of_signers_sign() -> None:
    result = drafted(TEXT, BASE, published_on="2015-03")
    assert "holding-badr" in names_of(result)


def test_a_group_named_without_its_head_word_is_the_base_s() -> None:
    result = drafted(TEXT, BASE, published_on="2015-03")
    assert "holding-badr" in names_of(result)
    assert not any("Badr" in o["name"] for o in result["organizations"])


def test_a_retelling_that_names_nobody_is_the_same_agreement() -> None:
    result = drafted(TEXT, BASE, published_on="2015-03")
    assert len(result["agreements"]) == 1


def test_another_one_told_so_is_still_another() -> None:
    text = TEXT.replace("Une convention visant à relancer",
                        "Une autre convention visant à relancer")
    result = drafted(text, BASE, published_on="2015-03")
    assert len(result["agreements"]) == 2
