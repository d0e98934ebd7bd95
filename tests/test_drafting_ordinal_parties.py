"""The parties an ordinal's clause names: "La première … lie la Région au ministère X",
"La troisième … associe l'AFD", "La seconde, en partenariat avec l'OFPPT": each its own
agreement's. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "region-casablanca-settat", "name": "Région Casablanca-Settat", "kind": "region"},
    {"id": "region-oriental", "name": "Région de l'Oriental", "kind": "region"},
    {"id": "ministere-equipement-eau", "name": "Ministère de l'Équipement et de l'Eau",
     "kind": "ministry"},
    {"id": "ministere-agriculture", "name": "Ministère de l'Agriculture", "kind": "ministry"},
    {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
     "kind": "international"},
    {"id": "ofppt", "name": "Office de la formation professionnelle", "acronym": "OFPPT",
     "kind": "public-body"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
]


@pytest.mark.parametrize(("text", "own"), [
    ("Casablanca — Trois conventions ont été signées, jeudi 12 mars 2026 à Casablanca, par "
     "le conseil de la Région Casablanca-Settat, pour 900 MDH.\n\nLa première, d'un montant "
     "de 400 MDH, lie la Région au ministère de l'Équipement et de l'Eau pour des barrages "
     "collinaires.\n\nLa deuxième porte sur la mise à niveau des zones industrielles.\n\n"
     "La troisième, d'un montant de 200 MDH, associe l'Agence française de développement "
     "(AFD) au financement de stations de dessalement.",
     [{"ministere-equipement-eau"}, set(), {"afd"}]),
    ("Casablanca — La Région Casablanca-Settat a signé, lundi 9 mars 2026 à Casablanca, "
     "deux conventions. La première relie la Région au ministère de l'Équipement et de "
     "l'Eau en vue de l'assainissement. La seconde associe l'OFPPT et l'AFD à la création "
     "d'une cité des métiers.",
     [{"ministere-equipement-eau"}, {"ofppt", "afd"}]),
    ("Oujda — Deux conventions ont été signées, mercredi 11 mars 2026 à Oujda, par la Région "
     "de l'Oriental.\n\nLa première, dotée de 150 MDH, concerne des pistes rurales avec le "
     "ministère de l'Agriculture.\n\nLa seconde, en partenariat avec l'OFPPT, prévoit une "
     "cité des métiers pour 90 MDH.",
     [{"ministere-agriculture"}, {"ofppt"}]),
])
def test_the_parties_an_ordinal_names_are_its_agreement_s(text: str,
                                                          own: list[set[str]]) -> None:
    result = drafted(text, BASE)
    found = parties(result)
    assert len(found) == len(own)
    lead = set(found[0]) & set.intersection(*(set(f) for f in found))
    for got, expected in zip(found, own, strict=True):
        assert set(got) - lead == expected
