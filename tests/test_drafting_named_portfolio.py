"""A minister named without his portfolio ("le ministre A") signs for the one Moroccan
ministry the agreement names, not for the ministry the base once had him sign for; where
the article names none, the base's guess stays, with a TODO saying so."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [{"id": "ministere-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry",
         "country": "MA"},
        {"id": "ministere-education", "name": "Ministère de l'Éducation nationale",
         "kind": "ministry", "country": "MA"},
        {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
         "kind": "public-body", "country": "FR"}]
PEOPLE = [{"id": "omar-bennani", "name": "Omar Bennani", "orgs": ["ministere-interieur"],
           "signatures": [4]}]

NAMED = ("Le ministère de l'Éducation nationale et l'Agence française de développement (AFD) "
         "ont conclu mardi à Rabat une convention de financement de 80 millions d'euros. Elle "
         "a été paraphée par le ministre Omar Bennani et la directrice de l'AFD, Claire "
         "Morel.\n")
UNNAMED = ("L'Agence française de développement (AFD) a conclu mardi à Rabat une convention "
           "de financement de 80 millions d'euros avec le ministre Omar Bennani.\n")


def test_the_ministry_the_article_names_is_his() -> None:
    result = drafted(NAMED, BASE, people=PEOPLE)
    assert sorted(parties(result)[0]) == ["afd", "ministere-education"]
    [agreement] = result["agreements"]
    assert {s.get("org") for s in agreement["signatories"]} == {"ministere-education", "afd"}


def test_the_base_s_guess_says_it_is_one() -> None:
    result = drafted(UNNAMED, BASE, people=PEOPLE)
    assert "ministere-interieur" in parties(result)[0]
    assert "the ministry the base has Omar Bennani sign for" in result["yaml"]
