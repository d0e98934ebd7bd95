""" "la wilaya", "le Conseil de la Région" in a list of signatories: the bodies of the region
the article named before, and the list goes on past them."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "ministere-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry"},
    {"id": "wilaya-bmk", "name": "Wilaya de la région Béni Mellal-Khénifra",
     "kind": "public-body"},
    {"id": "region-bmk", "name": "Région Béni Mellal-Khénifra (Conseil régional)",
     "kind": "public-body", "aliases": ["Conseil de la région Béni Mellal-Khénifra"]},
]
WANT = ["Agence Tadla", "ministere-interieur", "region-bmk", "wilaya-bmk"]


@pytest.mark.parametrize("text", [
    "Un protocole d'accord pour la zone logistique de Béni Mellal-Khénifra a été signé mardi "
    "à Rabat. Les signataires de ce protocole sont le ministère de l'Intérieur, la wilaya, "
    "le Conseil de la Région et l'Agence Tadla.",
    "Un protocole d'accord pour la zone logistique de Béni Mellal-Khénifra a été signé mardi "
    "à Rabat par le ministère de l'Intérieur, la wilaya de la région, le Conseil de la "
    "Région ainsi que l'Agence Tadla.",
])
def test_the_region_s_bodies_sign_and_the_list_goes_on(text: str) -> None:
    assert party_names(drafted(text, BASE, "2024-05-10")) == [WANT]
