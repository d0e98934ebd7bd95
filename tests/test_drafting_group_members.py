"""A party named as a group whose members the article lists further on: "avec les
instituts spécialisés de technologie (IST)", then "Quatre instituts spécialisés … sont
concernés, à savoir Al Massira à Laâyoune, … et Dakhla". Each member signs, not one body
called "IST". Each test drafts an article written for it, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "ministere-emploi", "name": "Ministère de l'Emploi", "kind": "ministry"}]

ARTICLE = ("Laâyoune — Le ministère de l'Emploi a signé mardi une convention de partenariat "
           "avec les instituts spécialisés de technologie (IST) pour moderniser leurs "
           "ateliers. Quatre instituts spécialisés de technologie sont concernés, à savoir "
           "Al Massira à Laâyoune, Ibn Battouta à Tan-Tan, Al Wahda à Guelmim et Dakhla.")


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, "2026-02-18")


def test_the_members_a_group_is_made_of_sign_in_its_place() -> None:
    result = draft(ARTICLE)
    assert names_of(result) == {"ministere-emploi", "IST Al Massira de Laâyoune",
                                "IST Ibn Battouta de Tan-Tan", "IST Al Wahda de Guelmim",
                                "IST de Dakhla"}
    assert "sign in its place: check each signed" in result["yaml"]


def test_a_group_whose_members_are_not_listed_stays_one_party() -> None:
    result = draft(ARTICLE.split(" Quatre")[0])
    assert names_of(result) == {"ministere-emploi", "IST"}
