"""Who presides a ceremony where several conventions are signed, each naming its own
parties further down, signs none of them: "sous la présidence du wali X" makes X a
presider, not a party or a signatory. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "ormva-doukkala", "name": "Office régional de mise en valeur agricole des Doukkala",
     "acronym": "ORMVAD", "kind": "public-body"},
    {"id": "anpma", "name": "Agence nationale des plantes médicinales et aromatiques",
     "acronym": "ANPMA", "kind": "public-body"},
    {"id": "crt-el-jadida", "name": "Chambre régionale du tourisme d'El Jadida",
     "kind": "association"},
]

PRESIDES = [
    "sous la présidence du wali de la région Casablanca-Settat, Karim Ouazzani",
    "sous la présidence du gouverneur de la province d'El Jadida, Karim Ouazzani",
    "sous la présidence de M. Karim Ouazzani, wali de la région Casablanca-Settat",
]


@pytest.mark.parametrize("presides", PRESIDES)
def test_the_presider_of_a_batch_is_no_party(presides: str) -> None:
    text = ("El Jadida — Trois conventions de partenariat ont été signées, jeudi à El Jadida, "
            f"{presides}.\n\n"
            "La première convention lie l'Office régional de mise en valeur agricole des "
            "Doukkala (ORMVAD) et l'Agence nationale des plantes médicinales et aromatiques "
            "(ANPMA) pour la culture du safran.\n\n"
            "La deuxième, conclue avec la Chambre régionale du tourisme d'El Jadida, porte sur "
            "l'agritourisme.\n\n"
            "La troisième convention associe l'ANPMA et l'Université Chouaïb Doukkali pour la "
            "recherche sur les plantes.")
    result = drafted(text, BASE, published_on="2026-05-15")
    names = [" ".join(found).lower() for found in party_names(result)]
    assert len(names) == 3
    assert not any("wilaya" in n or "province" in n or "ouazzani" in n for n in names)
    assert not any(s.get("person") == "karim-ouazzani" for a in result["agreements"]
                   for s in a.get("signatories") or [])
    assert party_names(result)[0] == ["anpma", "ormva-doukkala"]


def test_the_presider_is_listed_as_presiding() -> None:
    text = ("Settat — Deux conventions ont été signées mardi à Settat, sous la présidence du "
            "wali de la région Casablanca-Settat, Karim Ouazzani.\n\n"
            "La première convention lie l'ORMVAD et l'ANPMA pour la culture du safran.\n\n"
            "La seconde convention associe l'ANPMA et la Chambre régionale du tourisme d'El "
            "Jadida pour l'agritourisme.")
    result = drafted(text, BASE, published_on="2026-05-15")
    assert any(p["name"] == "Karim Ouazzani" for p in result["people"])
    assert "presided, did not sign" in result["yaml"]
    assert not any(s.get("person") == "karim-ouazzani" for a in result["agreements"]
                   for s in a.get("signatories") or [])


@pytest.mark.parametrize("lead", [
    "La convention de jumelage, signée samedi à Tiznit pendant une cérémonie présidée par le Roi "
    "Mohammed VI, porte sur la pêche artisanale.",
    "Présidée par SM le Roi Mohammed VI, la cérémonie a vu la signature à Tiznit d'une "
    "convention sur la pêche artisanale.",
])
def test_the_king_who_presides_signs_nothing(lead: str) -> None:
    result = drafted(lead, BASE, published_on="2026-05-17")
    assert party_names(result) == [[]]
    assert "presided, did not sign" in result["yaml"]


def test_who_signs_after_the_king_presided_still_signs() -> None:
    text = ("La convention, signée samedi à Tiznit sous la présidence du Roi Mohammed VI, a été "
            "paraphée par l'ANPMA et l'ORMVAD.")
    result = drafted(text, BASE, published_on="2026-05-17")
    assert party_names(result) == [["anpma", "ormva-doukkala"]]
