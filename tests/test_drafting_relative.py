"""A body a relative clause makes the subject of the signing verb ("l'Office X, qui a signé
lundi un accord avec Y") signs; one that only presided the signing does not. Press
sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "anp", "name": "Agence nationale des ports", "acronym": "ANP", "kind": "public-body"},
    {"id": "onda", "name": "Office national des aéroports", "acronym": "ONDA",
     "kind": "public-body"},
    {"id": "bei", "name": "Banque européenne d'investissement", "acronym": "BEI",
     "kind": "international"},
]


def every_party(text: str) -> set[str]:
    return {p for found in party_names(drafted(text, BASE)) for p in found}


@pytest.mark.parametrize("text, bodies", [
    ("Casablanca — La Compagnie marocaine de navigation (Comanav), qui a signé mercredi un "
     "accord de partenariat avec l'Agence nationale des ports (ANP), compte doubler sa flotte.",
     {"anp", "Compagnie marocaine de navigation"}),
    ("Rabat — C'est le pari de l'Office national des aéroports (ONDA), qui a signé lundi une "
     "convention de financement avec la Banque européenne d'investissement (BEI).",
     {"onda", "bei"}),
    ("Rabat — L'ONDA, qui vient de signer une convention avec l'Agence nationale des ports, "
     "prévoit de nouvelles liaisons.",
     {"onda", "anp"}),
    ("Rabat — La BEI, laquelle a également signé jeudi un accord de prêt avec l'ONDA, finance "
     "l'extension du terminal.",
     {"onda", "bei"}),
])
def test_the_subject_of_a_relative_clause_signs(text: str, bodies: set[str]) -> None:
    assert every_party(text) == bodies


def test_who_presided_in_a_relative_clause_does_not_sign() -> None:
    found = every_party("Rabat — Le ministre de l'Équipement, qui a présidé la signature de la "
                        "convention entre l'ONDA et l'ANP, a salué l'accord.")
    assert found == {"onda", "anp"}
