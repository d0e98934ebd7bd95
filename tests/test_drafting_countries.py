"""The other side of a bilateral agreement when the sentence that signs it leaves its
country implicit ("les deux pays", "son homologue, B"): the one foreign country the article
names elsewhere, by its name or a nationality; a foreign ministry named as the base names
them ("Ministère de la Santé (Espagne)"). Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain (Gouvernement du Royaume du Maroc)",
     "kind": "state", "country": "MA", "aliases": ["Etat marocain", "Royaume du Maroc"]},
    {"id": "etat-ghana", "name": "République du Ghana (Gouvernement)", "kind": "state",
     "country": "GH"},
    {"id": "ministere-peche", "name": "Ministère de la Pêche maritime", "kind": "ministry"},
    {"id": "ministere-agriculture", "kind": "ministry",
     "name": "Ministère de l'Agriculture, de la Pêche maritime, du Développement rural et "
             "des Eaux et Forêts"},
    {"id": "sante-portugal", "name": "Ministère de la Santé (Portugal)", "kind": "ministry",
     "country": "PT"},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE)


@pytest.mark.parametrize("text", [
    "Accra — Les deux pays ont signé mardi trois accords de coopération, lors de la visite "
    "officielle du chef de l'Etat ghanéen.",
    "Rabat — A l'issue des entretiens avec le président du Ghana, les deux pays ont conclu "
    "trois accords dans la santé, l'énergie et la formation.",
    "Rabat — Trois accords de coopération ont été signés jeudi entre les deux pays, au "
    "deuxième jour de la visite du président ghanéen.",
])
def test_the_two_countries_are_morocco_and_the_one_foreign_country_named(text: str) -> None:
    result = draft(text)
    assert party_names(result) == [["etat-ghana", "etat-marocain"]] * 3


def test_a_foreign_state_the_base_lacks_is_named_by_its_country() -> None:
    result = draft("Budapest — Les deux pays ont signé lundi un accord sur les visas, en marge "
                   "de la visite du ministre hongrois des Affaires étrangères.")
    assert party_names(result) == [["Hongrie", "etat-marocain"]]


def test_with_several_foreign_countries_the_other_one_is_not_guessed() -> None:
    result = draft("Rabat — Les deux pays ont signé lundi un accord sur la pêche, en présence "
                   "d'observateurs espagnols et portugais.")
    assert party_names(result) == [["etat-marocain"]]


@pytest.mark.parametrize("text", [
    "Rabat — Le ministre de la Pêche maritime, Karim Alami, et son homologue, Kwame Mensah, "
    "ont signé lundi un accord, lors de la visite au Maroc du président ghanéen.",
    "Rabat — Le Maroc et le Ghana ont renforcé leur partenariat. Un accord sur la pêche a été "
    "signé par le ministre de la Pêche maritime, Karim Alami, et son homologue, Kwame Mensah.",
    "Rabat — Le ministre de la Pêche maritime, Karim Alami, a signé lundi avec son homologue "
    "ghanéen un accord sur la pêche artisanale.",
])
def test_a_counterpart_without_nationality_is_the_other_country_s_ministry(text: str) -> None:
    result = draft(text)
    assert party_names(result)[0] == ["Ministère de la Pêche maritime (Ghana)", "ministere-peche"]
    assert [o["country"] for o in result["organizations"]] == ["GH"]


def test_a_counterpart_with_no_country_anywhere_is_not_invented() -> None:
    result = draft("Rabat — Le ministre de la Pêche maritime, Karim Alami, et son homologue, "
                   "Kwame Mensah, ont signé lundi un accord sur la pêche artisanale.")
    assert party_names(result) == [["ministere-peche"]]


@pytest.mark.parametrize("text, theirs", [
    ("Rabat — L'accord a été signé par le ministre de la Pêche maritime, Karim Alami, et la "
     "ministre espagnole de la Pêche, Ana Lopez.", "Ministère de la Pêche (Espagne)"),
    ("Rabat — L'accord a été signé par Karim Alami, ministre de la Pêche maritime, et Ali "
     "Hassan, ministre bahreïni de la Pêche.", "Ministère de la Pêche (Bahreïn)"),
])
def test_a_foreign_ministry_is_named_with_its_country_in_brackets(text: str, theirs: str
                                                                 ) -> None:
    assert party_names(draft(text)) == [[theirs, "ministere-peche"]]


def test_a_foreign_ministry_the_base_has_is_linked_by_its_country() -> None:
    result = draft("Lisbonne — Le ministre de la Santé, Karim Alami, et son homologue "
                   "portugais, Rui Costa, ont signé mardi un protocole d'accord.")
    assert "sante-portugal" in parties(result)[0]


@pytest.mark.parametrize("domain", ["des eaux et forêts", "des Eaux et Forêts"])
def test_a_domain_of_two_nouns_joined_by_et_stays_whole(domain: str) -> None:
    """ "… du développement rural et des eaux et forêts, A, et le ministre français de B":
    the first name does not stop at "eaux", and the French ministry is still a party."""
    result = draft("Ifrane — L'accord a été paraphé dimanche entre le ministre de "
                   f"l'Agriculture, de la pêche maritime, du développement rural et {domain}, "
                   "Karim Alami, et le ministre français de l'Agriculture et de l'Alimentation, "
                   "Paul Martin.")
    assert party_names(result) == [["Ministère de l'Agriculture et de l'Alimentation (France)",
                              "ministere-agriculture"]]


def test_a_ministry_on_a_foreign_side_is_that_country_s_and_named_once() -> None:
    """ "du côté ghanéen, par X, ministre de la Pêche" and later "le ministre ghanéen de la
    Pêche": one foreign ministry, under one name."""
    result = draft("Accra — L'accord a été signé du côté marocain par le ministre de la Pêche "
                   "maritime, Karim Alami, et du côté ghanéen, par Kwame Mensah, ministre de la "
                   "Pêche. Le ministre ghanéen de la Pêche a salué un accord important.")
    assert [o["name"] for o in result["organizations"]] == ["Ministère de la Pêche (Ghana)"]
    assert len(parties(result)[0]) == 2


@pytest.mark.parametrize("text, alias", [
    ("Rabat — L'accord a été signé par le ministre de la Pêche maritime, Karim Alami, et le "
     "ministre portugais de la Mer, Rui Costa.", "Ministère portugais de la Mer"),
    ("Rabat — L'accord a été signé par Karim Alami, ministre de la Pêche maritime, et Ali "
     "Hassan, ministre bahreïni de la Pêche.", "Ministère bahreïni de la Pêche"),
])
def test_a_foreign_ministry_keeps_the_press_s_name_as_an_alias(text: str, alias: str) -> None:
    """Named as the base names foreign ministries, "(Pays)" after the name; the article's
    own wording, the nationality after "Ministère", is the other spelling a reader (or a
    report) will search for."""
    new = [o for o in draft(text)["organizations"] if o.get("country") not in (None, "MA")]
    assert [o.get("aliases") for o in new] == [[alias]]


def test_a_ministry_named_with_its_nationality_after_its_domain_has_no_alias() -> None:
    result = draft("Rabat — L'accord a été signé par le ministre de la Pêche maritime, Karim "
                   "Alami, et le ministre de la Mer portugais, Rui Costa.")
    assert all(not o.get("aliases") for o in result["organizations"])
