"""Three ways an article tells a batch without saying it plainly: amounts that add up to
the total count the agreements when no number does; a tally over months is not today's
count; a headline that says who signed, over a body that does not. Each test drafts an
article written for it, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc"]},
    {"id": "banque-atlantique-developpement", "name": "Banque atlantique de développement",
     "acronym": "BADA", "kind": "international"},
]


def draft(text: str, published_on: str = "2026-03-06") -> dict[str, Any]:
    return drafted(text, BASE, published_on)


def amounts(result: dict[str, Any]) -> list[tuple[int, str] | None]:
    return [(a["funding"]["amount"], a["funding"]["currency"]) if a.get("funding") else None
            for a in result["agreements"]]


def test_parts_that_add_up_to_the_total_count_the_agreements() -> None:
    result = draft(
        "Rabat — La Banque atlantique de développement (BADA) apportera 310 millions d'euros "
        "au Maroc. Plusieurs accords ont été signés à cette fin jeudi à Rabat. Ils financent "
        "l'irrigation (140 millions d'euros), les routes rurales (95 millions d'euros) et "
        "l'eau potable, avec 75 millions d'euros.")
    assert amounts(result) == [(140_000_000, "EUR"), (95_000_000, "EUR"), (75_000_000, "EUR")]
    assert "one for each part of the total" in result["yaml"]
    assert "two drafted" not in result["yaml"]


def test_parts_that_do_not_add_up_count_nothing() -> None:
    result = draft(
        "Rabat — La Banque atlantique de développement (BADA) apportera 310 millions d'euros "
        "au Maroc. Plusieurs accords ont été signés à cette fin jeudi à Rabat. Ils financent "
        "l'irrigation (140 millions d'euros), les routes rurales (95 millions d'euros) et "
        "l'eau potable, avec 70 millions d'euros.")
    assert len(result["agreements"]) == 2
    assert "one for each part of the total" not in result["yaml"]


def test_more_parts_than_the_count_name_the_ones_left_over() -> None:
    result = draft(
        "Rabat — Trois conventions ont été signées jeudi à Rabat entre le Maroc et la BADA. "
        "La Banque y engage 200 millions d'euros pour trois programmes. 110 millions d'euros "
        "iront à l'école rurale. 50 millions d'euros financeront des barrages collinaires. "
        "30 millions d'euros soutiendront l'éolien, et 10 millions d'euros l'assistance "
        "technique.")
    assert amounts(result) == [(110_000_000, "EUR"), (50_000_000, "EUR"), (30_000_000, "EUR")]
    assert "4 parts of its total for 3 agreements; not given to any: 10 millions" in \
        result["yaml"]


def test_a_tally_over_months_is_not_today_s_count() -> None:
    result = draft(
        "Rabat — Une quinzaine d'accords ont déjà été signés en moins d'un an entre le Maroc "
        "et la BADA. Jeudi, le Royaume et la Banque ont signé à Rabat un accord de prêt de "
        "90 millions d'euros pour le rail.")
    assert len(result["agreements"]) == 1
    assert amounts(result) == [(90_000_000, "EUR")]


def test_the_headline_names_who_signed_when_the_body_does_not() -> None:
    result = draft(
        "Le Maroc et la BADA signent deux accords pour l'eau\n\n"
        "Rabat — Deux accords ont été signés jeudi à Rabat. Ils portent sur l'eau potable "
        "des petites villes et sur l'assainissement liquide.")
    assert names_of(result) == {"etat-marocain", "banque-atlantique-developpement"}
    assert "these come from its headline" in result["yaml"]


def test_the_headline_does_not_overrule_a_body_that_names_the_parties() -> None:
    result = draft(
        "Le Maroc et la BADA signent un accord pour l'eau\n\n"
        "Rabat — Un accord de don a été signé jeudi à Rabat entre la BADA et l'Office "
        "régional des eaux de Tadla.")
    assert "these come from its headline" not in result["yaml"]
    assert "etat-marocain" not in names_of(result)


def test_fewer_parts_than_the_count_are_quoted_for_the_curator() -> None:
    result = draft(
        "Rabat — Quatre conventions ont été signées jeudi à Rabat entre le Maroc et la BADA. "
        "La Banque y engage 200 millions d'euros. 110 millions d'euros iront à l'école "
        "rurale. 60 millions d'euros financeront des barrages collinaires. 30 millions "
        "d'euros soutiendront l'éolien.")
    assert amounts(result) == [None] * 4
    assert "3 parts of its total for 4 agreements (110 millions d'euros; 60 millions " \
        "d'euros; 30 millions d'euros)" in result["yaml"]


def test_a_share_in_brackets_counts_no_agreements() -> None:
    result = draft(
        "Zagora, 13 mars 2026 (MAP) - Trois conventions de partenariat pour les oasis du Drâa "
        "ont été signées, mardi à Zagora, sous la présidence du gouverneur de la province.\n\n"
        "La première, d'un montant de 75 millions de dirhams pour la période 2026-2029, porte "
        "sur la lutte contre l'ensablement et la plantation de 120.000 rejets de palmiers. "
        "Elle a été signée par l'Agence nationale pour le développement des zones oasiennes "
        "et de l'arganier (ANDZOA), qui en assure 40 millions, la Région Drâa-Tafilalet (25 "
        "millions) et l'Agence nationale des eaux et forêts (ANEF), pour 10 millions de "
        "dirhams.\n\nLa deuxième convention concerne l'appui aux coopératives de dattes.\n\n"
        "Enfin, une troisième convention prévoit la création d'un écomusée de l'oasis.")
    assert len(result["agreements"]) == 3
