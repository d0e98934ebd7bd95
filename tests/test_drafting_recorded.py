"""Agreements told as "acté(e)": recorded, that is concluded, by the bodies named."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry",
     "aliases": ["Ministère des Finances"]},
    {"id": "fades", "name": "Fonds arabe pour le développement économique et social",
     "acronym": "FADES", "kind": "bank"},
    {"id": "region-oriental", "name": "Région de l'Oriental (Conseil régional)",
     "kind": "public-body"},
    {"id": "au-oujda", "name": "Agence urbaine d'Oujda", "kind": "public-body"},
]


def draft(text: str, published_on: str = "2021-03-10") -> dict[str, Any]:
    return drafted(text, BASE, published_on)


@pytest.mark.parametrize("text", [
    "Mardi à Rabat, un don de 40 millions de dollars a été acté par le Fonds arabe pour le "
    "développement économique et social et le ministère des Finances.",
    "Une convention de don de 40 millions de dollars a été actée mardi à Rabat par le "
    "ministère des Finances et le FADES.",
])
def test_a_grant_recorded_by_two_bodies_is_signed_by_them(text: str) -> None:
    result = draft(text)
    [agreement] = result["agreements"]
    assert sorted(parties(result)[0]) == ["fades", "mef"]
    assert agreement["signed_on"] == "2021-03-09" and agreement["place"] == "Rabat"


def test_two_bodies_that_recorded_a_convention_sign_it() -> None:
    result = draft("La Région de l'Oriental et l'Agence urbaine d'Oujda ont acté jeudi à "
                   "Oujda une convention pour la mise à niveau des quartiers.")
    assert parties(result) == [["region-oriental", "au-oujda"]]
    assert result["agreements"][0]["place"] == "Oujda"


def test_recording_a_principle_is_no_agreement() -> None:
    result = draft("Le conseil de la Région de l'Oriental a acté le principe d'une hausse "
                   "des tarifs de l'Agence urbaine d'Oujda.")
    assert result["agreements"] == []


@pytest.mark.parametrize("text", [
    "La Région de l'Oriental et l'Agence urbaine d'Oujda ont entériné lundi à Oujda une "
    "convention de partenariat pour la réhabilitation des quartiers anciens.",
    "Une convention de partenariat a été formalisée lundi à Oujda entre la Région de "
    "l'Oriental et l'Agence urbaine d'Oujda.",
    "La Région de l'Oriental et l'Agence urbaine d'Oujda ont noué lundi à Oujda un accord "
    "pour réhabiliter les quartiers anciens.",
    "La Région de l'Oriental et l'Agence urbaine d'Oujda ont formalisé lundi leur "
    "coopération par une convention de partenariat, à Oujda.",
    "L'Agence urbaine d'Oujda vient de conclure avec la Région de l'Oriental, lundi à "
    "Oujda, une convention de partenariat.",
])
def test_other_verbs_of_concluding_an_agreement(text: str) -> None:
    result = draft(text)
    [agreement] = result["agreements"]
    assert sorted(parties(result)[0]) == ["au-oujda", "region-oriental"]
    assert agreement["place"] == "Oujda"


@pytest.mark.parametrize("text", [
    "La Région de l'Oriental et l'Agence urbaine d'Oujda ont donné lundi à Oujda le coup "
    "d'envoi d'un programme de réhabilitation des quartiers anciens.",
    "La Région de l'Oriental et l'Agence urbaine d'Oujda ont lancé lundi un programme de "
    "réhabilitation des quartiers anciens.",
    "La Région de l'Oriental a entériné lundi le budget de son programme de réhabilitation.",
    "La Région de l'Oriental et l'Agence urbaine d'Oujda ont noué lundi des contacts.",
    "Le partenariat repose sur une base formalisée entre la Région de l'Oriental et "
    "l'Agence urbaine d'Oujda.",
])
def test_launching_or_approving_is_no_signing(text: str) -> None:
    assert draft(text)["agreements"] == []
