"""Who signs, as the press lists them: a list that runs past a body it does not name ("A,
B, ainsi que la wilaya, C et D"); "entre A, B et C" after where the signing took place or
who presided; "Le document lie A, B et C" after a signing that names nobody; a company
named after what it makes. Each test drafts an article written for it."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, names_of, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "ministere-peche", "name": "Ministère de la Pêche maritime", "kind": "ministry"},
    {"id": "ministere-culture", "name": "Ministère de la Culture", "kind": "ministry"},
    {"id": "agence-oasis", "name": "Agence des oasis du Sud", "acronym": "AOS",
     "kind": "public-body"},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, "2026-04-10")


def test_a_list_runs_on_past_a_body_it_does_not_name() -> None:
    result = draft(
        "Errachidia — Un protocole d'accord a été signé jeudi à Errachidia. Ses signataires "
        "sont les ministères de la Pêche maritime et de la Culture, ainsi que la wilaya, "
        "l'Agence des oasis du Sud et la commune de Goulmima.")
    assert {"ministere-peche", "ministere-culture", "agence-oasis",
            "Commune de Goulmima"} <= names_of(result)


@pytest.mark.parametrize("where", ["au siège de la wilaya", "au siège du ministère",
                                   "sous la présidence du gouverneur de la province,"])
def test_between_names_the_parties_after_where_or_who_presided(where: str) -> None:
    result = draft(
        f"Errachidia — Une convention a été signée jeudi {where} entre l'Agence des oasis "
        "du Sud, la commune de Goulmima et la Régie autonome des eaux de Tafilalet (RAET).")
    assert names_of(result) >= {"agence-oasis", "Commune de Goulmima",
                                "Régie autonome des eaux de Tafilalet"}


def test_the_place_of_a_meeting_between_two_states_names_no_party() -> None:
    result = draft(
        "Rabat — En marge de la réunion tenue entre le Maroc et le Portugal, une convention "
        "a été signée jeudi par l'Agence des oasis du Sud et la commune de Goulmima.")
    assert names_of(result) == {"agence-oasis", "Commune de Goulmima"}


def test_the_sentence_after_the_signing_says_whom_it_binds() -> None:
    result = draft(
        "Goulmima — Une convention de partenariat a été signée mercredi à Goulmima, sous la "
        "présidence du gouverneur de la province.\n\nLe document lie l'Agence des oasis du "
        "Sud, la commune de Goulmima, l'association Nakhla Verte et la coopérative féminine "
        "Tafraout. Il prévoit la plantation de 20.000 palmiers.")
    assert names_of(result) == {"agence-oasis", "Commune de Goulmima", "Association Nakhla Verte",
                                "Coopérative féminine Tafraout"}


@pytest.mark.parametrize("described", [
    "Le fabricant coréen de pièces pour moteurs Hanbit Motion",
    "La jeune pousse marocaine Hanbit Motion",
    "La fintech Hanbit Motion",
])
def test_a_company_named_after_what_it_does(described: str) -> None:
    result = draft(
        f"Tanger — {described} a signé mercredi à Tanger une convention d'investissement avec "
        "l'Agence des oasis du Sud.")
    assert names_of(result) == {"Hanbit Motion", "agence-oasis"}


def test_a_counterpart_named_with_his_own_portfolio_signs_for_that_ministry() -> None:
    result = draft(
        "Dakar — Le ministre de la Pêche maritime et son homologue sénégalais de l'Économie "
        "maritime et des Infrastructures portuaires, Moussa Ndiaye, ont signé jeudi à Dakar "
        "un accord de coopération.")
    assert names_of(result) == {
        "ministere-peche",
        "Ministère de l'Économie maritime et des Infrastructures portuaires (Sénégal)"}


def test_the_two_groups_are_the_two_bodies_the_headline_named() -> None:
    result = draft(
        "L'Agence des oasis du Sud et le néerlandais Palmtree Labs s'allient pour la datte\n\n"
        "Rabat — Les deux groupes ont signé mardi à Rabat un protocole d'accord pour la "
        "sélection de variétés résistantes à la sécheresse.")
    assert names_of(result) == {"agence-oasis", "Palmtree Labs"}


def test_a_binding_verb_names_every_body_it_lists() -> None:
    result = draft(
        "Errachidia — Deux conventions ont été signées jeudi. La seconde, d'un montant de "
        "8 MDH, lie l'Agence des oasis du Sud à la commune de Goulmima et à l'association "
        "Nakhla Verte pour la plantation de palmiers.")
    assert {"agence-oasis", "Commune de Goulmima", "Association Nakhla Verte"} <= \
        names_of(result)


def test_bodies_the_lead_only_counts_are_the_ones_the_next_sentence_names() -> None:
    result = draft(
        "Rabat — Trois agences publiques ont signé jeudi à Rabat une convention de "
        "mutualisation de leurs données. Il s'agit de l'Agence des oasis du Sud, de "
        "l'Agence nationale des palmeraies (ANP) et de l'Office des dattes du Drâa (ODD).")
    assert names_of(result) == {"agence-oasis", "Agence nationale des palmeraies",
                                "Office des dattes du Drâa"}


def test_the_sentence_after_a_ranked_agreement_says_whom_it_binds() -> None:
    result = draft(
        "Errachidia — Deux conventions ont été signées jeudi à Errachidia. La première "
        "porte sur l'irrigation et lie l'Agence des oasis du Sud à la commune de Goulmima. "
        "La deuxième convention concerne l'appui aux coopératives. Elle associe "
        "l'Initiative régionale pour le développement des oasis (IRDO), le Conseil "
        "provincial d'Errachidia et l'association Nakhla Verte.")
    second = set(party_names(result)[1])
    assert {"IRDO",
            "Conseil provincial d'Errachidia", "Association Nakhla Verte"} <= second
