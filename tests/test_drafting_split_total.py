"""A batch's total told first, then its parts one programme at a time, in sentences or list
lines of their own: the parts that add up to the total are the agreements' own, in turn.
Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "bank-x", "name": "Banque Nordique de Coopération", "acronym": "BNC",
         "kind": "international"}]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, "2025-06-10")


def amounts(result: dict[str, Any]) -> list[tuple[int, str] | None]:
    return [(a["funding"]["amount"], a["funding"]["currency"]) if a.get("funding") else None
            for a in result["agreements"]]


LISTED = ("Rabat – Le ministre de l'Économie, Karim Alami, et la directrice de la BNC, Anna "
          "Berg, ont paraphé mardi à Rabat trois accords de financement pour un total "
          "de 300 millions d'euros.\nCes conventions financent les programmes suivants :\n"
          "- Appui à l'irrigation, d'un montant de 120 millions d'euros ;\n"
          "- Santé rurale, pour un montant de 80 millions d'euros ;\n"
          "- Ports de pêche : la BNC y apporte 100 millions d'euros.\n")


def test_parts_listed_after_the_total_go_to_the_agreements_in_turn() -> None:
    result = draft(LISTED)
    assert amounts(result) == [(120_000_000, "EUR"), (80_000_000, "EUR"),
                               (100_000_000, "EUR")]
    assert "parts of the total" in result["yaml"]


def test_parts_that_do_not_add_up_to_the_total_are_left_to_the_curator() -> None:
    result = draft(LISTED.replace("100 millions d'euros.", "90 millions d'euros."))
    assert all(a is None for a in amounts(result)), amounts(result)


def test_parts_fewer_than_the_agreements_are_left_to_the_curator() -> None:
    text = LISTED.replace("trois accords", "quatre accords")
    result = draft(text)
    assert all(a is None for a in amounts(result)), amounts(result)
