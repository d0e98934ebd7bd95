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


RANKED = ("Quatre conventions ont été signées mardi à Marrakech. D'abord, la première "
          "convention lie l'Institut de recherche en énergie solaire et énergies nouvelles "
          "(IRESEN) au Centro para el Fomento Tecnológico Regional (CFTR). "
          "Le deuxième mémorandum, signé entre l'IRESEN et le Cluster Alpha, porte sur le "
          "stockage. S'agissant du troisième protocole, conclu entre l'IRESEN et Beta Energie "
          "Maroc, il porte sur la recherche.\n\nEnfin, la dernière convention, signée entre le "
          "Cluster Gamma, Delta Conseil et Omega Partners")


def test_four_told_by_rank_the_last_one_cut_off_by_the_page() -> None:
    found = party_names(drafted(RANKED, [{"id": "iresen", "name": "Institut de recherche en "
                                          "énergie solaire et énergies nouvelles",
                                          "acronym": "IRESEN", "kind": "public-body"}],
                                "2024-10-09"))
    assert found == [["Centro para el Fomento Tecnológico Regional", "iresen"],
                     ["Cluster Alpha", "iresen"], ["Beta Energie Maroc", "iresen"],
                     ["Cluster Gamma", "Delta Conseil", "Omega Partners"]], found


def test_a_direction_is_no_body() -> None:
    result = draft("Le septième accord, signé mardi à Rabat entre la Région de l'Oriental et "
                   "l'OFPPT, porte sur des actions de coopération Sud-Sud.")
    assert {n for a in party_names(result) for n in a} == {"region-oriental", "ofppt"}


RANKS_IN_OTHER_WORDS = (
    "La ministre du Tourisme, Salma Idrissi, a signé mercredi à Marrakech cinq accords. Le "
    "premier accord, conclu avec l'Office Alpha, porte sur une campagne de 60 millions de "
    "dirhams. Aux termes du deuxième, d'un montant de 8 MDH, la compagnie Beta ouvrira des "
    "lignes. Le troisième, d'un montant de 20 MDH, associe la Société Gamma. Les deux derniers "
    "accords, conclus respectivement avec la Fédération Delta et la Confédération Omega, "
    "visent la formation de jeunes.")


def test_ranks_told_in_other_words_keep_their_place() -> None:
    result = drafted(RANKS_IN_OTHER_WORDS, [], "2025-05-14")
    amounts = [(a.get("funding") or {}).get("amount") for a in result["agreements"]]
    assert amounts == [60_000_000, 8_000_000, 20_000_000, None, None], amounts
    found = party_names(result)
    assert "Fédération Delta" in found[3] and "Confédération Omega" in found[4], found
    assert not any("Fédération Delta" in p for p in found[:3]), found


def test_the_last_of_six_is_the_sixth() -> None:
    result = drafted("Six conventions ont été signées lundi à Casablanca par l'Agence Alpha. La "
                     "première convention, avec la société Beta, prévoit des recrutements. En "
                     "vertu de la deuxième, la Fondation Gamma formera des jeunes pour un budget "
                     "de 8 MDH. Enfin, la dernière convention, d'un montant de 3,5 millions de "
                     "dirhams, lie l'Agence Alpha à l'association Delta.", [], "2026-03-03")
    amounts = [(a.get("funding") or {}).get("amount") for a in result["agreements"]]
    assert amounts == [None, 8_000_000, None, None, None, 3_500_000], amounts
