"""A batch of investment conventions told one by one further down: the companies each
binds, by a sub-count, a rank, "avec" or the plant it is about, in the order told."""

from __future__ import annotations

from typing import Any

import pytest

from conventions_cli.drafting import draft_article

BATCH = (
    "Le ministre de l'Industrie, Karim Bennani, a signé mardi à Rabat six conventions "
    "d'investissement avec des équipementiers automobiles.\n\n"
    "Dans le détail, deux conventions concernent Fujikura au Maroc pour l'extension de ses "
    "usines de Tanger et de Kénitra, pour 500 millions de dirhams et 3.000 emplois. La "
    "troisième convention porte sur l'extension de la production de Furukawa à Casablanca, "
    "pour 120 millions de dirhams.\n\n"
    "Deux autres conventions ont été signées avec Leoni pour une usine à Meknès, pour 200 "
    "millions de dirhams. La sixième convention a été conclue avec l'entreprise allemande "
    "Kromberg à Tanger pour 90 millions de dirhams.\n")


def partners(draft: Any) -> list[list[str]]:
    names = {o["id"]: o["name"] for o in draft.data.get("organizations", [])}
    return [sorted(names.get(p["org"], p["org"]) for p in a.get("parties", [])
                   if p.get("role") == "partner") for a in draft.agreements]


def test_each_company_binds_its_own_conventions_in_the_order_told() -> None:
    draft = draft_article(BATCH, published_on="2026-03-11")
    assert partners(draft) == [["Fujikura"], ["Fujikura"], ["Furukawa"], ["Leoni"],
                               ["Leoni"], ["Kromberg"]]
    assert [(a.get("funding") or {}).get("amount") for a in draft.agreements][2:] == [
        120_000_000, None, None, 90_000_000]


def test_others_told_before_a_later_rank_come_after_the_ranks_told_so_far() -> None:
    # without the sixth told, "deux autres" of six are the last two
    page = BATCH[:BATCH.index(" La sixième")] + "\n"
    draft = draft_article(page, published_on="2026-03-11")
    assert partners(draft)[4:] == [["Leoni"], ["Leoni"]]


@pytest.mark.parametrize("sentence", [
    "L'Agence de développement du Nord a signé mardi une convention avec Leoni pour une "
    "usine à Meknès.",
    "Deux conventions ont été signées mardi avec Leoni pour une usine à Meknès.",
])
def test_one_name_right_after_signed_with_is_the_other_party(sentence: str) -> None:
    draft = draft_article(f"{sentence}\n", published_on="2026-03-11")
    assert all(names == ["Leoni"] for names in partners(draft)) and draft.agreements


def test_a_name_signed_with_that_a_given_name_says_is_a_person_is_no_party() -> None:
    page = "Une convention a été signée avec Jean Dupont, le maire de la ville.\n"
    draft = draft_article(page, published_on="2026-03-11")
    assert all("Dupont" not in name for names in partners(draft) for name in names)


def test_a_plant_in_a_place_is_no_partner() -> None:
    page = BATCH.replace("de la production de Furukawa à Casablanca",
                         "de l'usine de Casablanca")
    draft = draft_article(page, published_on="2026-03-11")
    assert partners(draft)[2] == []


def test_members_in_brackets_after_a_plural_description_sign_with_the_rest() -> None:
    page = ("Les conventions du projet de station de dessalement ont été signées, jeudi à "
            "Rabat, entre l'Office national de l'électricité et de l'eau potable, des "
            "entreprises portugaises (Société Lusagua SA, Hidronorte SA) et la banque "
            "Atlantica.\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {n for a in partners(draft) for n in a}
    assert {"Société Lusagua SA", "Hidronorte SA"} <= names
    assert any("Atlantica" in n for n in names)


@pytest.mark.parametrize("pointer", [
    "Cette convention que nous venons de signer réunit",
    "Cette convention, que les partenaires ont paraphée hier, lie",
])
def test_a_sentence_further_down_pointing_at_the_one_agreement_names_all_it_binds(
        pointer: str) -> None:
    page = ("Le directeur de l'Office régional de mise en valeur agricole du Tafilalet, venu "
            "à Errachidia pour la signature d'une convention sur les palmeraies, a répondu à "
            "nos questions.\n\nQuestion : De quoi s'agit-il ?\n\nRéponse : Il s'agit de "
            f"replanter les oasis. {pointer} l'Agence nationale des eaux et forêts, "
            "l'association Oasis Vertes et l'Office régional de mise en valeur agricole du "
            "Tafilalet.\n")
    draft = draft_article(page, published_on="2026-03-11")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert {"Agence nationale des eaux et forêts", "Association Oasis Vertes"} <= names
    assert len(draft.agreements) == 1


def test_a_partner_s_own_past_and_a_figure_s_dot_leave_each_rank_its_company() -> None:
    page = ("Des conventions ont été paraphées jeudi à Fès par l'Agence de développement "
            "industriel et des sous-traitants de l'automobile.\n\nLa première convention a "
            "été paraphée avec Figeac Tech ayant injecté depuis 2011 quelque 7 millions "
            "d'euros dans la région. La deuxième convention porte sur l'agrandissement, sur "
            "une parcelle de 4.120 m2, de l'usine de l'Atelier Sud Aéro, pour 23 MDH. La "
            "troisième convention a été paraphée avec Moteurs Atlas.\n")
    draft = draft_article(page, published_on="2026-03-12")
    assert partners(draft) == [["Figeac Tech"], ["Atelier Sud Aéro"], ["Moteurs Atlas"]]
