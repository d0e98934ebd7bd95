"""A kind of body named once for a list of its members ("les CHU A de X, B de Y et C de Z
et de W", "les CRI de X et de Y"): one body per member; a counted plural that signs ("avec
cinq CHU") is those members when the article lists them. Press sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [{"id": "ministere-sante", "name": "Ministère de la Santé", "kind": "ministry"}]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE)


def new_names(result: dict[str, Any]) -> list[str]:
    return [o["name"] for o in result["organizations"]]


@pytest.mark.parametrize("text, members", [
    ("Rabat — Une convention a été signée lundi entre le ministère de la Santé et les CHU "
     "Ibn Sina de Rabat, Hassan II de Fès et Mohammed VI de Marrakech et d'Oujda.",
     ["CHU Ibn Sina de Rabat", "CHU Hassan II de Fès", "CHU Mohammed VI de Marrakech",
      "CHU Mohammed VI d'Oujda"]),
    ("Rabat — Une convention a été signée lundi par le ministère de la Santé avec les CRI "
     "de Fès, de Tanger et d'Agadir.", ["CRI de Fès", "CRI de Tanger", "CRI d'Agadir"]),
    ("Rabat — Une convention a été signée lundi par le ministère de la Santé avec les "
     "universités Mohammed V de Rabat et Ibn Tofail de Kénitra.",
     ["Université Mohammed V de Rabat", "Université Ibn Tofail de Kénitra"]),
])
def test_one_body_per_member_of_a_list(text: str, members: list[str]) -> None:
    result = draft(text)
    assert new_names(result) == members
    assert parties(result)[0][0] == "ministere-sante"


def test_companies_listed_keep_their_own_names() -> None:
    result = draft("Tanger — Une convention a été signée lundi avec les sociétés Nord Cargo "
                   "et Rif Logistique.")
    assert sorted(new_names(result)) == ["Nord Cargo", "Rif Logistique"]


@pytest.mark.parametrize("plural", ["quatre centres hospitaliers universitaires (CHU)",
                                    "les quatre CHU du pays"])
def test_a_counted_plural_that_signs_is_the_members_the_article_lists(plural: str) -> None:
    result = draft(f"Rabat — Le ministère de la Santé a signé mercredi des conventions avec "
                   f"{plural}. Le programme a été préparé avec les CHU Ibn Sina de Rabat, "
                   "Hassan II de Fès et Mohammed VI de Marrakech et d'Oujda.")
    signed = {p for found in parties(result) for p in found}
    assert "ministere-sante" in signed
    assert {o["id"] for o in result["organizations"]} <= signed
    assert len(result["organizations"]) == 4
