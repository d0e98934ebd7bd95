"""Bodies named by heads the press uses beside "agence" and "office" (a port, a régie, a
communauté d'agglomération, an interprofession), and signings told by the noun of
"conclure". Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [
    {"id": "anp", "name": "Agence nationale des ports", "acronym": "ANP",
     "kind": "public-body"},
    {"id": "region-oriental", "name": "Région de l'Oriental", "kind": "region"},
]


def draft(text: str, published_on: str = "2025-03-12", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def test_the_conclusion_of_an_agreement_between_two_bodies_is_a_signing() -> None:
    result = draft("La cérémonie s'est ouverte mardi à Rabat par la conclusion d'un accord de "
                   "coopération technique entre l'Agence nationale des ports (ANP) du Maroc "
                   "et le Port autonome de Nouakchott.")
    assert names_of(result) == {"anp", "Port autonome de Nouakchott"}


def test_a_conclusion_that_ends_a_speech_is_no_signing() -> None:
    result = draft("En conclusion de son discours, le ministre a salué l'Agence nationale des "
                   "ports (ANP) pour son travail.")
    assert result["agreements"] == []


@pytest.mark.parametrize("name", [
    "Régie autonome de distribution d'eau et d'électricité de Taourirt",
    "Communauté d'agglomération du Val de Sèvre",
    "Interprofession marocaine des agrumes",
])
def test_bodies_named_by_these_heads_sign(name: str) -> None:
    result = draft(f"Une convention de partenariat a été signée lundi à Oujda entre la Région "
                   f"de l'Oriental et la {name}.")
    assert names_of(result) == {"region-oriental", name}


def test_a_port_written_small_is_a_place_not_a_party() -> None:
    result = draft("La Région de l'Oriental et l'Agence nationale des ports (ANP) ont signé "
                   "lundi une convention pour l'extension du port de Nador.")
    assert names_of(result) == {"region-oriental", "anp"}


def test_a_body_the_base_knows_inside_a_place_is_read_on_its_own() -> None:
    base = [*BASE, {"id": "tmsa", "name": "Tanger Med", "kind": "public-body"}]
    result = drafted("La Région de l'Oriental et le Port de Tanger Med ont signé lundi une "
                     "convention de partenariat logistique.", base)
    assert names_of(result) == {"region-oriental", "tmsa"}
