"""Agreements listed in a sentence, each with its own parties ("Il s'agit d'un protocole
entre A et B, d'une convention entre C et D et d'un mémorandum entre E et F"): one
agreement each, with its own parties and no one else's. Press sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties, party_names, types

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain (Gouvernement du Royaume du Maroc)",
     "kind": "state", "country": "MA", "aliases": ["Etat marocain", "Royaume du Maroc"]},
    {"id": "ccg", "name": "Caisse centrale de garantie", "acronym": "CCG",
     "kind": "public-body"},
    {"id": "onp", "name": "Office national des pêches", "acronym": "ONP", "kind": "public-body"},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE)


@pytest.mark.parametrize("text", [
    "Rabat — Plusieurs accords ont été signés mardi entre des institutions des deux rives. Il "
    "s'agit d'un protocole d'accord entre l'ONP et la société Alto Pesca, d'une convention de "
    "coopération entre la CCG et la banque Novo Credito, et d'un mémorandum d'entente entre "
    "Atlas Logistique et la société Porto Sines.",
    "Rabat — Trois accords ont été conclus mardi. Ces accords incluent un protocole d'accord "
    "entre l'ONP et la société Alto Pesca, une convention de coopération entre la CCG et la "
    "banque Novo Credito ainsi qu'un mémorandum d'entente entre Atlas Logistique et la "
    "société Porto Sines.",
])
def test_each_listed_agreement_has_its_own_parties(text: str) -> None:
    result = draft(text)
    assert types(result) == ["protocole-accord", "convention-partenariat", "memorandum"]
    assert party_names(result) == [["Alto Pesca", "onp"], ["Novo Credito", "ccg"],
                             ["Atlas Logistique", "Porto Sines"]]


def test_a_listed_agreement_without_parties_takes_no_other_item_s() -> None:
    result = draft("Rabat — Les accords ont été signés par le directeur de l'ONP. Il s'agit "
                   "d'un protocole d'accord entre l'ONP et la société Alto Pesca, d'un accord "
                   "sur la formation des marins, et d'une convention entre la CCG et la "
                   "banque Novo Credito.")
    assert party_names(result) == [["Alto Pesca", "onp"], ["onp"], ["Novo Credito", "ccg", "onp"]]


def test_two_loans_with_one_lender_are_not_a_list_of_their_own_parties() -> None:
    """ "avec X" after the last of them may be said of all: the article's own reading
    stands (here, the one lender for both)."""
    result = draft("Rabat — Le Maroc a signé mardi un accord de prêt de 100 millions d'euros "
                   "et un accord de don de 2 millions d'euros avec la Caisse centrale de "
                   "garantie.")
    assert parties(result) and all(sorted(p) == ["ccg", "etat-marocain"]
                                   for p in parties(result))


@pytest.mark.parametrize("pair", ["Atlas Logistique et Rif Transports",
                                  "Nadia Conseil et Atlas Industries"])
def test_the_first_of_two_bodies_an_agreement_binds_is_a_body(pair: str) -> None:
    """The tagger reads some company names as people's; between "entre" and "et", with no
    given name or title to say so, it is a party."""
    first, second = pair.split(" et ")
    result = draft(f"Tanger — Un protocole d'accord a été signé lundi entre {pair}.")
    assert party_names(result) == [sorted([first, second])]


def test_a_person_between_entre_and_et_stays_a_person() -> None:
    result = draft("Rabat — Un accord a été signé lundi entre Karim Alami et l'ONP.")
    assert party_names(result) == [["onp"]]


@pytest.mark.parametrize("text, other", [
    ("Rabat — Un accord a été signé entre les gouvernements du Royaume du Maroc et du "
     "Royaume de Bahreïn.", "Royaume de Bahreïn"),
    ("Rabat — Un accord a été signé entre les gouvernements du Maroc et de la Hongrie.",
     "Hongrie"),
])
def test_the_governments_of_two_named_states_are_the_two_states(text: str, other: str
                                                                ) -> None:
    assert party_names(draft(text)) == [[other, "etat-marocain"]]


@pytest.mark.parametrize("pair", ["Maroc-Hongrie", "Maroc–Bahreïn"])
def test_two_countries_joined_by_a_hyphen_are_not_an_organization(pair: str) -> None:
    result = draft(f"Laâyoune — Les travaux de la 3e session de la Commission mixte {pair}, "
                   "tenue lundi à Laâyoune, ont été conclus par la signature d'un accord sur "
                   "les visas.")
    assert result["organizations"] == []


def test_a_declaration_of_intent_binds_its_parties() -> None:
    """ "déclaration" alone is a statement to the press; "déclaration d'intention" is signed."""
    result = draft("Rabat — Une déclaration d'intention a été signée lundi entre la CCG et la "
                   "banque Novo Credito.")
    assert party_names(result) == [["Novo Credito", "ccg"]]


@pytest.mark.parametrize("text, expected", [
    ("Rabat — Les deux accords ont été signés au siège du ministère en présence de Karim "
     "Alami, directeur de l'ONP, d'une part, et de Paul Durand, directeur de la banque Novo "
     "Credito, d'autre part.", [["Novo Credito", "onp"]] * 2),
    ("Rabat — La convention a été signée lundi. Elle lie d'une part l'ONP et d'autre part la "
     "Caisse centrale de garantie.", [["ccg", "onp"]]),
    ("Rabat — La convention a été signée par le directeur de l'ONP, d'une part, et par le "
     "directeur de la CCG, d'autre part.", [["ccg", "onp"]]),
])
def test_d_une_part_d_autre_part_names_the_two_sides(text: str, expected: list[list[str]]
                                                     ) -> None:
    """Even after "en présence de", names set "d'une part … d'autre part" are the sides."""
    assert party_names(draft(text)) == expected


def test_attending_without_two_sides_is_still_attending() -> None:
    result = draft("Rabat — La convention a été signée par le directeur de l'ONP et le "
                   "directeur de la CCG, en présence du directeur de la banque Novo Credito.")
    assert party_names(result) == [["ccg", "onp"]]


def test_a_partnership_between_two_is_one_of_the_listed_agreements() -> None:
    result = draft("Rabat — Plusieurs accords ont été conclus mardi. Il s'agit d'un partenariat "
                   "entre Nordis Marine et Bank of Africa et d'une convention de coopération "
                   "entre la CCG et la banque Novo Credito.")
    assert party_names(result) == [["Bank of Africa", "Nordis Marine"], ["Novo Credito", "ccg"]]


def test_a_partnership_alone_is_not_counted_as_an_agreement() -> None:
    result = draft("Rabat — Dans le cadre d'un partenariat entre l'ONP et la CCG, une convention "
                   "a été signée mardi avec la banque Novo Credito.")
    assert len(result["agreements"]) == 1
