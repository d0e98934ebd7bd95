"""Who signs in a batch: two agreements "entre A et B" bind both, a member told by "en
vertu d'une convention" names its own parties, a body written small whose acronym spells
it, a body described then named in quotes, and the ends of a link between countries that
sign nothing. Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, names_of, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "cgem", "name": "Confédération générale des entreprises du Maroc", "acronym": "CGEM",
     "kind": "federation"},
    {"id": "onmt", "name": "Office national marocain du tourisme", "acronym": "ONMT",
     "kind": "public-body"},
    {"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
     "aliases": ["Royaume du Maroc"]},
]


def draft(text: str, published_on: str = "2024-06-14", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def test_two_agreements_between_two_bodies_bind_both() -> None:
    result = draft("Le groupe Atlas Colis et la poste du Niger « Nigerpost » : deux conventions "
                   "ont été paraphées jeudi à Rabat entre le groupe Atlas Colis et la poste du "
                   "Niger « Nigerpost », au deuxième jour d'un forum.")
    assert party_names(result) == [["Atlas Colis", "Nigerpost"], ["Atlas Colis", "Nigerpost"]]
    nigerpost = next(o for o in result["organizations"] if o["name"] == "Nigerpost")
    assert "Poste du Niger" in nigerpost["aliases"]


def test_a_member_bound_by_en_vertu_d_une_convention() -> None:
    result = draft("Trois conventions ont été signées vendredi à Rabat. La première, signée "
                   "entre la CGEM et l'Office national marocain du tourisme (ONMT), porte sur "
                   "la formation. La deuxième lie la CGEM à l'Université Atlas de Fès. Par "
                   "ailleurs, l'ONMT, l'Université Atlas de Fès et l'Ecole Riad de commerce "
                   "s'obligent, en vertu d'un accord de coopération, à créer un master.")
    assert party_names(result)[2] == ["Ecole Riad de commerce", "Université Atlas de Fès",
                                      "onmt"]


def test_a_body_written_small_whose_acronym_spells_it() -> None:
    result = draft("Un accord-cadre a été signé mardi à Rabat entre l'institut de formation "
                   "aux métiers de l'aéronautique de Nouaceur (IFMAN) et l'Ecole supérieure "
                   "polytechnique de Dakar (ESP).")
    assert names_of(result) == {
        "Institut de formation aux métiers de l'aéronautique de Nouaceur",
        "Ecole supérieure polytechnique de Dakar"}


def test_the_ends_of_a_link_between_countries_do_not_sign() -> None:
    result = draft("L'ONMT et la compagnie aérienne Skyhop ont signé un partenariat pour le "
                   "développement des liaisons aériennes entre le Maroc et l'Europe du Nord.")
    assert party_names(result) == [["Skyhop", "onmt"]]
