"""Names a signing sentence holds that do not sign: the relations it falls within, the
outlet that tells of it; and names that point at a body named elsewhere (a title of an
international secretariat, "le ministère de tutelle"). Press sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain (Gouvernement du Royaume du Maroc)",
     "kind": "state", "country": "MA", "aliases": ["Etat marocain", "Royaume du Maroc"]},
    {"id": "etat-france", "name": "République française (Gouvernement)", "kind": "state",
     "country": "FR"},
    {"id": "ministere-equipement", "name": "Ministère de l'Équipement et de l'Eau",
     "kind": "ministry"},
    {"id": "region-oriental", "name": "Région de l'Oriental (Conseil régional)",
     "kind": "public-body", "aliases": ["Conseil de la région de l'Oriental"]},
]


def draft(text: str, published_on: str = "2025-03-12") -> dict[str, Any]:
    return drafted(text, BASE, published_on)


def test_the_states_whose_cooperation_frames_a_signing_do_not_sign_it() -> None:
    result = draft("Oujda — Inscrite dans le cadre de la coopération décentralisée entre le "
                   "Maroc et la France, une convention a été signée lundi par le conseil "
                   "communal d'Oujda et la ville de Besançon.")
    found = {n for a in party_names(result) for n in a}
    assert "etat-marocain" not in found and "etat-france" not in found
    assert len(found) == 2, found


def test_states_after_entre_sign_when_nothing_frames_them() -> None:
    result = draft("Rabat — Un accord de coopération a été signé lundi entre le Maroc et la "
                   "France dans le domaine de l'eau.")
    assert sorted(parties(result)[0]) == ["etat-france", "etat-marocain"]


def test_the_outlet_that_reports_a_signing_is_not_a_party() -> None:
    result = draft("Oujda — La Tribune Orientale rapporte que deux conventions ont été "
                   "signées lundi entre le conseil de la région de l'Oriental et l'Agence "
                   "régionale d'exécution des projets.")
    found = {n for a in party_names(result) for n in a}
    assert not any("Tribune" in n for n in found), found
    assert "region-oriental" in found


def test_an_executive_secretary_signs_for_the_body_she_heads() -> None:
    result = draft("Genève — L'accord a été signé lundi par le ministre de l'Équipement et de "
                   "l'Eau, Karim Idrissi, et la Secrétaire exécutive de l'OMM, Laura Berger.")
    found = {n for a in party_names(result) for n in a}
    assert "ministere-equipement" in found
    assert not any(n.startswith("Secrétaire") for n in found), found
    assert any("OMM" in n for n in found), found


def test_the_supervising_ministry_is_the_one_whose_minister_the_article_names() -> None:
    result = draft("Oujda — Le ministre de l'Équipement et de l'Eau, Karim Idrissi, a visité "
                   "lundi le chantier du barrage.\n\nUne convention-cadre a été par ailleurs "
                   "signée par le ministère de tutelle et le Conseil de la région de "
                   "l'Oriental.")
    found = {n for a in party_names(result) for n in a}
    assert found == {"ministere-equipement", "region-oriental"}, found


def test_the_supervising_ministry_alone_is_no_new_organization() -> None:
    result = draft("Oujda — Une convention-cadre a été signée lundi par le ministère de "
                   "tutelle et le Conseil de la région de l'Oriental.")
    assert not any("tutelle" in o["name"] for o in result["organizations"])
