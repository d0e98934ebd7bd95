"""The knowledge base as a gazetteer: a name the base knows is a party wherever the press
puts it ("le géant marocain des phosphates OCP", "OCP Group"), and a country's central bank
named by its nationality is a name, not a description of a body named before."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "ocp", "name": "Office chérifien des phosphates", "acronym": "OCP",
     "kind": "company", "aliases": ["Groupe OCP"]},
    {"id": "bank-al-maghrib", "name": "Bank Al-Maghrib", "acronym": "BAM",
     "kind": "public-body"},
]


@pytest.mark.parametrize("text", [
    "Le géant marocain des phosphates OCP et le chimiste allemand BASF ont signé hier un "
    "protocole d'accord pour la recherche agronomique.",
    "Le numéro un mondial des phosphates OCP-Group et le chimiste allemand BASF ont signé "
    "hier un protocole d'accord pour la recherche agronomique.",
    "OCP Group et le chimiste allemand BASF ont paraphé hier un protocole d'accord pour la "
    "recherche agronomique.",
])
def test_a_known_body_named_in_passing_signs(text: str) -> None:
    assert party_names(drafted(text, BASE, "2024-05-10")) == [["BASF", "ocp"]]


@pytest.mark.parametrize("text", [
    "Hier, la Banque centrale qatarie et Bank Al-Maghrib ont conclu un accord portant sur "
    "le contrôle des banques.",
    "La Banque centrale égyptienne et Bank Al-Maghrib ont signé hier un mémorandum sur la "
    "supervision des banques.",
])
def test_a_central_bank_named_by_its_nationality(text: str) -> None:
    [names] = party_names(drafted(text, BASE, "2024-05-10"))
    assert "bank-al-maghrib" in names and len(names) == 2
    assert any(n.startswith("Banque centrale") for n in names)
