"""The article's structure: where its story runs, how many agreements it reports as signed
and when. Each test drafts a text written for it in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from conventions_cli.drafting.text import prepare
from drafting_cases import drafted, types

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc"]},
]


def draft(text: str, published_on: str = "2025-03-12", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def body(raw: str) -> str:
    article = prepare(raw)
    return article.text[article.body[0]:article.body[1]]


STORY = """\
Les deux villes ont célébré lundi leur amitié lors d'une réception donnée à la mairie, en \
présence de nombreux élus et représentants de la société civile des deux rives.

{line}

Dans ce cadre, trois accords de coopération ont été signés par les deux maires, portant sur \
la culture, le sport et la gestion des déchets ménagers.
"""


@pytest.mark.parametrize("line", [
    "© AFP / Jean Martin Le maire de la ville lors de sa visite au port en 2019",
    "© Photo DR Vue générale de la médina au coucher du soleil, un soir d'été",
    "(c) Reuters 2021 Une foule sur la place centrale pendant le festival annuel",
])
def test_a_photo_credit_between_two_paragraphs_does_not_end_the_story(line: str) -> None:
    assert body(STORY.format(line=line)).endswith("gestion des déchets ménagers.")


@pytest.mark.parametrize("line", [
    "© 2024 La Gazette du Nord. Tous droits réservés.",
    "© Copyright Groupe Presse Sud",
])
def test_the_site_s_copyright_notice_still_ends_it(line: str) -> None:
    assert body(STORY.format(line=line)).endswith("des deux rives.")


@pytest.mark.parametrize(("text", "n"), [
    ("Rabat — Deux importants accords ont été signés mardi entre les deux pays.", 2),
    ("Rabat — Les deux ministres ont signé mardi trois grandes conventions de partenariat "
     "pour la formation des jeunes.", 3),
    ("Rabat — Quatre nouveaux protocoles d'accord ont été paraphés mardi par les deux "
     "agences.", 4),
    ("Rabat — Cinq véritables contrats-programmes ont été conclus mardi avec les "
     "fédérations du secteur.", 5),
])
def test_an_adjective_before_the_noun_keeps_the_number(text: str, n: int) -> None:
    assert len(draft(text)["agreements"]) == n


@pytest.mark.parametrize(("text", "day"), [
    ("Les deux écoles ont élargi leurs échanges, à la faveur de la signature, mardi à "
     "Tanger, de deux conventions de stage.", "2025-03-11"),
    ("La visite a été couronnée par la signature, en présence du wali, de deux conventions "
     "de stage entre les écoles.", None),
    ("Cette rencontre a donné lieu à la signature, le 10 mars, de deux conventions de "
     "stage.", "2025-03-10"),
])
def test_a_signature_with_words_between_it_and_what_was_signed_is_a_signing(
        text: str, day: str | None) -> None:
    result = draft(text)
    assert types(result) == ["convention-partenariat"] * 2
    assert [a.get("signed_on") for a in result["agreements"]] == [day] * 2


@pytest.mark.parametrize(("text", "n"), [
    ("Agadir — Les partenaires ont signé mardi deux mémorandums d'entente, trois accords de "
     "jumelage entre les lycées techniques de la région, les centres de formation agricole et "
     "les instituts de la mer et d'hôtellerie ainsi qu'une charte de bonne conduite.", 6),
    ("Agadir — La cérémonie a vu la signature de deux mémorandums d'entente, de trois "
     "accords de jumelage portant sur les lycées techniques, la formation agricole, les "
     "métiers de la mer et l'hôtellerie et d'une charte de bonne conduite.", 6),
])
def test_each_item_of_a_long_enumeration_counts(text: str, n: int) -> None:
    assert len(draft(text)["agreements"]) == n


@pytest.mark.parametrize(("text", "n"), [
    # at least one agreement per field a plural covers
    ("Rabat — Les deux premiers ministres ont présidé mardi la signature de plusieurs accords "
     "bilatéraux, couvrant les domaines de la santé, de l'eau, du tourisme et de la culture.", 4),
    ("Rabat — Des conventions dans le domaine de la formation et dans le secteur portuaire ont "
     "également été signées mardi par les deux délégations.", 2),
    ("Rabat — Les deux pays ont conclu mardi des accords relatifs aux secteurs de l'énergie et "
     "des mines, destinés à attirer de nouveaux investisseurs.", 2),
    # a declaration, then fields: each one counts
    ("Rabat — Les deux chefs de gouvernement ont signé mardi une déclaration commune. Des "
     "accords en matière de pêche et de transport aérien ont en outre été conclus.", 3),
])
def test_a_plural_without_number_counts_the_fields_it_covers(text: str, n: int) -> None:
    assert len(draft(text)["agreements"]) == n


@pytest.mark.parametrize("text", [
    "Rabat — Les deux pays ont signé mardi plusieurs accords touchant à divers domaines de "
    "la coopération, destinés à donner un nouvel élan à leurs relations.",
    "Rabat — Des accords ont été signés mardi dans le domaine de la santé, a indiqué le "
    "ministère dans un communiqué.",
])
def test_vague_or_single_fields_give_no_number(text: str) -> None:
    assert len(draft(text)["agreements"]) <= 2


BODIES = [
    {"id": "atlas-engrais", "name": "Atlas Engrais", "kind": "company"},
    {"id": "sahel-agro", "name": "Sahel Agro Industries", "kind": "company"},
    {"id": "union-cooperatives", "name": "Union des coopératives du Sahel", "kind": "other"},
]


@pytest.mark.parametrize("retold", [
    "Dans une déclaration à la presse, le patron d'Atlas Engrais a dit avoir signé un accord "
    "avec Sahel Agro Industries pour une usine commune.",
    "« Nous avons également conclu un accord avec l'Union des coopératives du Sahel "
    "pour dix ans », a ajouté son directeur.",
])
def test_a_signatory_telling_what_was_signed_adds_nothing(retold: str) -> None:
    text = ("Niamey — Un accord a été signé entre Atlas Engrais et Sahel Agro Industries pour "
            "une usine d'engrais. Un protocole d'accord a en outre été paraphé par Atlas "
            "Engrais et l'Union des coopératives du Sahel pour la distribution. " + retold)
    assert len(drafted(text, BODIES)["agreements"]) == 2


def test_one_more_agreement_told_without_their_words_still_counts() -> None:
    text = ("Niamey — Un accord a été signé entre Atlas Engrais et Sahel Agro Industries pour "
            "une usine d'engrais. Un accord a aussi été signé entre Atlas Engrais et Sahel "
            "Agro Industries pour la formation des techniciens.")
    assert len(drafted(text, BODIES)["agreements"]) == 2


def undated(text: str) -> list[str | None]:
    result = drafted(text, BASE, None)  # type: ignore[arg-type]
    return [a.get("signed_on") for a in result["agreements"]]


@pytest.mark.parametrize(("text", "day"), [
    # on an undated page, the one year the article names (or the next) that fits the weekday
    ("Casablanca — La convention a été signée mardi 14 mars par les deux agences, au titre "
     "du programme 2023-2026.", "2023-03-14"),
    ("Fès — Le protocole, signé le samedi 2 décembre, prolonge l'accord conclu en 2016 entre "
     "la ville et l'université.", "2017-12-02"),
    # no year fits, or two do: no date
    ("Casablanca — La convention a été signée mardi 14 mars par les deux agences, au titre "
     "du programme 2019-2021.", None),
    ("Casablanca — La convention a été signée mardi 14 mars par les deux agences, qui "
     "coopèrent depuis 2016 et se reverront en 2023.", None),
    ("Casablanca — La convention a été signée mardi 14 mars par les deux agences.", None),
])
def test_an_undated_page_s_weekday_and_day_find_their_year(text: str, day: str | None) -> None:
    assert undated(text) == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("Tanger — Deux accords ont été signés en janvier dernier entre les deux ports. Le "
     "premier a été signé le 14 janvier à Tanger, lors d'une visite du ministre.",
     "2025-01-14"),
    ("Tanger — Deux accords ont été signés au mois de février dernier entre les deux ports, "
     "a rappelé le directeur. Le premier, signé le 3 février, porte sur la formation.",
     "2025-02-03"),
    ("Tanger — Deux accords ont été signés en novembre dernier entre les deux ports.",
     "2024-11"),
])
def test_a_month_called_last_is_the_one_before_publication_and_a_later_day_refines_it(
        text: str, day: str) -> None:
    assert {a.get("signed_on") for a in draft(text)["agreements"]} == {day}


def test_a_framework_recalled_with_a_month_called_last_is_not_drafted_again() -> None:
    text = ("Fès — Une convention a été signée mercredi à Fès entre l'académie et une "
            "association de parents. Elle s'inscrit dans la mise en œuvre de la convention-cadre "
            "signée en janvier dernier entre le ministère et la fédération des associations.")
    assert [a.get("signed_on") for a in draft(text)["agreements"]] == ["2025-03-12"]


FIRMS = [
    {"id": "office-mines", "name": "Office des mines du Sud", "acronym": "OMS",
     "kind": "public-body"},
    {"id": "boreal", "name": "Boreal Exploration", "kind": "company"},
]


@pytest.mark.parametrize("lead", [
    "Un accord d'exploration et un contrat d'évaluation ont été signés mardi à Rabat entre "
    "l'Office des mines du Sud (OMS) et Boreal Exploration, filiale du groupe Nordique Minerals.",
    "Mardi à Rabat, l'OMS et la société Boreal Exploration ont signé un accord d'exploration "
    "et un contrat d'évaluation portant sur deux zones du Sud.",
])
def test_an_opening_summary_told_again_in_full_is_the_same_agreements(lead: str) -> None:
    text = ("L'OMS et Boreal Exploration viennent de signer un accord d'exploration et un "
            "contrat d'évaluation. " + lead + " Les travaux débuteront en juin.")
    assert len(drafted(text, FIRMS)["agreements"]) == 2


def test_agreements_added_after_the_opening_still_count() -> None:
    text = ("L'OMS et Boreal Exploration viennent de signer un accord d'exploration et un "
            "contrat d'évaluation. Un accord de formation et un contrat de services ont "
            "également été signés mardi à Rabat entre l'OMS et Boreal Exploration.")
    assert len(drafted(text, FIRMS)["agreements"]) == 4
