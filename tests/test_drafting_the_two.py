""" "Les deux institutions ont conclu …": a signing whose subject is "the two" bodies, in
the words of the press, signs the two bodies the article named just before."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
    {"id": "region-oriental", "name": "Région de l'Oriental (Conseil régional)",
     "kind": "public-body"},
    {"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
     "kind": "bank"},
    {"id": "cnss-djibouti", "name": "Caisse nationale de sécurité sociale (Djibouti)",
     "kind": "public-body", "country": "DJ"},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, "2024-05-10")


@pytest.mark.parametrize("text", [
    "La coopération entre la Région de l'Oriental et l'ONEE se renforce. Les deux "
    "institutions ont conclu mardi à Oujda une convention de partenariat sur l'eau potable.",
    "L'ONEE travaille depuis dix ans avec la Région de l'Oriental. Ces deux partenaires "
    "publics ont signé mardi à Oujda un protocole d'accord pour l'eau potable.",
    "Le programme associe la Région de l'Oriental (nord-est du pays) et l'ONEE. Les deux "
    "entités, représentées par leurs directeurs, Karim Tazi et Omar Sefrioui, ont paraphé "
    "mardi à Oujda une convention.",
])
def test_the_two_named_before_sign(text: str) -> None:
    result = draft(text)
    assert [sorted(p) for p in parties(result)] == [["onee", "region-oriental"]]


def test_the_two_after_the_signing_are_no_subject_of_it() -> None:
    result = draft("La Région de l'Oriental et l'ONEE ont signé mardi à Oujda une convention. "
                   "Aux termes de la convention, les deux parties signataires s'engagent à "
                   "associer la Banque africaine de développement au programme.")
    assert [sorted(p) for p in parties(result)] == [["onee", "region-oriental"]]


def test_a_national_body_of_another_country_is_not_the_one_named() -> None:
    """The base's Djiboutian fund, named in full with its country, is not the Moroccan
    fund of the same name an article speaks of."""
    result = draft("La Caisse nationale de sécurité sociale et l'ONEE ont signé mardi à "
                   "Rabat une convention de partenariat.")
    [found] = parties(result)
    assert "onee" in found and "cnss-djibouti" not in found and len(found) == 2
