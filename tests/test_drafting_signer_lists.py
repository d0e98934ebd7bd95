"""Signatories listed with where an official is posted ("le représentant de la Banque au
Maroc et le ministre X"): the place ends the first item, the list goes on. Press sentences
written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry",
     "acronym": "MEF", "aliases": ["Ministère de l'Economie"]},
    {"id": "banque-mondiale", "name": "Banque mondiale", "acronym": "BM",
     "kind": "international"},
    {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
     "kind": "international"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
]


@pytest.mark.parametrize("text, bodies", [
    ("Rabat — Le prêt a été paraphé mardi par la directrice de la BM au Maghreb ainsi que "
     "le ministre de l'Économie et des Finances Karim Bennani.", {"banque-mondiale", "mef"}),
    ("Rabat — L'accord a été paraphé jeudi par le représentant résident de la Banque mondiale "
     "au Maroc, et la ministre de l'Économie et des Finances, Salma Idrissi.",
     {"banque-mondiale", "mef"}),
    ("Rabat — La convention a été signée par le directeur de l'AFD pour le Maghreb et le "
     "directeur général de l'ONEE.", {"afd", "onee"}),
    ("Rabat — La convention a été signée par la directrice de l'AFD en Afrique du Nord ainsi "
     "que le directeur général de l'ONEE.", {"afd", "onee"}),
])
def test_a_posting_place_does_not_end_the_list_of_signatories(text: str,
                                                             bodies: set[str]) -> None:
    found = {p for names in party_names(drafted(text, BASE)) for p in names}
    assert found == bodies
