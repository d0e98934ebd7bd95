"""A body "représentée par son président Y" (or "en la personne de sa directrice, Mme Y")
stays the party, and Y signs for it; the title points back at the body, so it names no new
one. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "region-oriental", "name": "Région de l'Oriental", "kind": "public-body",
     "aliases": ["Région Oriental", "Conseil régional de l'Oriental"]},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
    {"id": "ada", "name": "Agence pour le développement agricole", "acronym": "ADA",
     "kind": "public-body"},
]


def _signers(agreement: dict) -> dict[str, tuple[str, str]]:
    return {s["person"]: (s["org"], s.get("title", "")) for s in
            agreement.get("signatories") or []}


@pytest.mark.parametrize("text, expected", [
    ("La Région de l'Oriental, représentée par son président Karim Lamrani, et l'ONEE, "
     "représenté par son directeur général Samira Tazi, ont signé lundi à Oujda une "
     "convention de 300 millions de dirhams pour l'eau potable de 40 douars.",
     {"karim-lamrani": ("region-oriental", "Président"),
      "samira-tazi": ("onee", "Directeur général")}),
    ("Une convention a été signée mardi à Oujda entre l'Agence pour le développement "
     "agricole (ADA), en la personne de sa directrice générale, Mme Leila Bennis, et la "
     "Région de l'Oriental pour 40 projets d'agrégation.",
     {"leila-bennis": ("ada", "Directrice générale")}),
    ("L'ONEE, représenté par son directeur, M. Hicham El Alami, a signé jeudi à Oujda avec "
     "la Région de l'Oriental, représentée ici par sa présidente Nora Chraibi, une "
     "convention pour l'assainissement.",
     {"hicham-el-alami": ("onee", "Directeur"),
      "nora-chraibi": ("region-oriental", "Présidente")}),
])
def test_the_head_after_represente_par_son_signs_for_the_body(
        text: str, expected: dict[str, tuple[str, str]]) -> None:
    result = drafted(f"Oujda : une convention\n\n{text}", BASE, published_on="2026-03-05")
    [agreement] = result["agreements"]
    parties = {p["org"] for p in agreement["parties"]}
    assert {org for org, _ in expected.values()} <= parties
    assert _signers(agreement) == expected
    assert result["organizations"] == []  # no body made up from the title


def test_a_head_left_unnamed_adds_nobody() -> None:
    result = drafted("Oujda : une convention\n\nUne convention a été conclue mardi à Oujda "
                     "entre la Région de l'Oriental, représentée par son président, et "
                     "l'ONEE pour un marché de gros de 45 millions de dirhams.", BASE,
                     published_on="2026-03-05")
    [agreement] = result["agreements"]
    assert {p["org"] for p in agreement["parties"]} == {"region-oriental", "onee"}
    assert not agreement.get("signatories")
    assert result["organizations"] == []


def test_a_body_represented_by_another_body_is_the_party() -> None:
    # the body that acts for it is its envoy: the agreement binds the one represented
    result = drafted("Oujda — Une convention a été signée mardi à Oujda entre l'Office national "
                     "de l'électricité et de l'eau potable (ONEE), représenté par la Fondation "
                     "des oeuvres sociales de l'électricité, et la Région de l'Oriental.", BASE)
    assert sorted(p["org"] for a in result["agreements"] for p in a["parties"]) == [
        "onee", "region-oriental"]
