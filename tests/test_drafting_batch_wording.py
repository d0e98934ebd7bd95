"""How a batch is worded: "cet accord constitue une déclaration d'intention" (the same one
named again), "Parmi les cinq conventions, l'Office a signé deux" (two of the five), "les
cinq dernières conventions ont été signées" (the last of a batch, signed now), "dans le cadre
du contrat-programme entre l'État et la région" (an earlier agreement's parties). Press
sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain (Gouvernement du Royaume du Maroc)",
     "kind": "state", "country": "MA", "aliases": ["Etat marocain", "Royaume du Maroc"]},
    {"id": "region-oriental", "name": "Région de l'Oriental (Conseil régional)",
     "kind": "public-body", "aliases": ["Région de l'Oriental", "Région Oriental"]},
    {"id": "ofppt", "name": "Office de la formation professionnelle et de la promotion du "
     "travail", "acronym": "OFPPT", "kind": "public-body"},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, "2021-02-25")


def test_an_agreement_said_to_be_a_declaration_is_one_agreement() -> None:
    result = draft("Le Maroc et la Suède ont signé le 22 février une déclaration d'intention "
                   "sur le numérique. Signé par visioconférence entre les deux ministres, cet "
                   "accord constitue une déclaration d'intention des deux parties.")
    assert len(result["agreements"]) == 1


BATCH = ("La Région de l'Oriental vient de signer cinq nouvelles conventions de partenariat "
         "pour la formation. La Région vient de finaliser ces projets, dans le cadre du "
         "contrat-programme entre l'État et la région. Mardi dernier, les cinq dernières "
         "conventions ont été signées par le président du Conseil de la Région de l'Oriental "
         "et la directrice de l'OFPPT, Samira Idrissi. Parmi les cinq conventions, l'OFPPT a "
         "signé deux conventions d'une enveloppe globale de 300 MDH.")


def test_two_among_five_are_counted_once() -> None:
    assert len(draft(BATCH)["agreements"]) == 5


def test_the_last_ones_of_a_batch_are_signed_now_and_the_framework_signs_nothing() -> None:
    found = party_names(draft(BATCH))
    assert all("ofppt" in parties for parties in found), found
    assert not any("etat-marocain" in parties for parties in found), found
