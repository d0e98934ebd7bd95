"""A stored page's excerpt that opens on the month it was published ("date 2021-04
Midelt — …"), share buttons glued to a headline ("PARTAGER Maroc-Chine : …"), and a company
named at the very start of the story ("Ciments du Sud, filiale de …, a signé"). Each text is
written for its test in the press's own style."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.text import prepare
from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

MARKED = (" date 2021-04 Midelt — Deux conventions d'urbanisme ont été signées mardi entre la "
          "commune et l'agence urbaine de la province.\n")


def test_the_month_marker_is_not_the_story_and_leaves_its_dateline() -> None:
    article = prepare(MARKED)
    assert article.dateline is not None and article.dateline[0] == "Midelt"
    assert article.publication.date == "2021-04"
    assert "2021-04" not in article.text


def test_the_month_marker_dates_the_draft_when_no_date_is_given() -> None:
    result = drafted(MARKED, [], published_on=None)
    assert {a["place"] for a in result["agreements"]} == {"Midelt"}
    assert "published_on: 2021-04" in result["yaml"]


def test_a_date_given_on_the_command_line_still_wins() -> None:
    result = drafted(MARKED, [], published_on="2021-04-21")
    assert {a["signed_on"] for a in result["agreements"]} == {"2021-04-20"}


@pytest.mark.parametrize("line", ["Mardi 2021-04 Midelt — Deux conventions",
                                  "La date 2021-04 reste à fixer pour deux conventions"])
def test_only_the_marker_that_opens_the_excerpt_is_read(line: str) -> None:
    assert prepare(line + " ont été signées.\n").publication.date is None


@pytest.mark.parametrize("buttons", ["PARTAGER ", "Partager Facebook Twitter ",
                                     "Partager sur Facebook "])
def test_share_buttons_are_no_part_of_the_headline(buttons: str) -> None:
    text = (f"{buttons}Maroc-Chine : un don pour les hôpitaux du Sud\n\n"
            "Le Maroc et la Chine ont signé lundi à Rabat un accord de don pour équiper les "
            "hôpitaux de trois provinces du Sud, selon le ministère.\n")
    assert prepare(text).title == "Maroc-Chine : un don pour les hôpitaux du Sud"


def test_share_buttons_alone_are_no_headline() -> None:
    text = ("Partager Facebook\n\nLe Maroc et la Chine ont signé lundi à Rabat un accord de "
            "don pour équiper les hôpitaux de trois provinces du Sud, selon le ministère.\n")
    assert prepare(text).title is None


@pytest.mark.parametrize("opening", ["Ciments du Sud, filiale du groupe allemand Zementwerk,",
                                     "Ciments du Sud"])
def test_a_company_named_first_in_the_story_signs(opening: str) -> None:
    text = (f"{opening} a signé le 28 janvier 2018 à Agadir une convention d'investissement de "
            "80 millions de dirhams pour une unité de valorisation des déchets.\n")
    result = drafted(text, [], published_on="2018-01-29")
    assert "Ciments du Sud" in names_of(result)


def test_a_sentence_opening_on_a_kind_of_text_names_no_body() -> None:
    text = ("Signature du Mémorandum d'entente entre les deux agences à Rabat pour la gestion "
            "des déchets.\n")
    assert "Signature du Mémorandum" not in names_of(drafted(text, [], published_on="2018-01-29"))


PLAN = ("Rabat — Le Maroc et l'Espagne ont signé, mardi à Rabat, cinq accords de "
        "coopération.\n"
        "Ainsi, un protocole sur l'administration numérique a été signé par le ministre de la "
        "Réforme, Karim Alami, et la secrétaire d'État espagnole à la Fonction publique, Ana "
        "Ruiz.\n"
        "Les deux pays ont par ailleurs adhéré à un plan d'action commun pour le secteur "
        "portuaire et maritime sur la période 2018-2019, signé par le ministre du Transport, "
        "Said Amrani, et la ministre espagnole des Ports, Lucia Vega.\n")


def test_a_plan_of_action_the_parties_sign_is_an_agreement_of_its_own_kind() -> None:
    result = drafted(PLAN, [], published_on="2017-12-06")
    kinds = [a["type"] for a in result["agreements"]]
    assert len(kinds) == 5 and "other" in kinds
    plan = next(a for a in result["agreements"] if a["type"] == "other")
    assert plan["period"] == {"start": 2018, "end": 2019}


def test_a_plan_of_action_presented_is_no_agreement() -> None:
    text = ("Rabat — Le ministre a présenté mardi à Rabat un plan d'action pour les ports, "
            "avant de signer une convention avec l'Agence nationale des ports.\n")
    assert [a["type"] for a in drafted(text, [], published_on="2017-12-06")["agreements"]] \
        == ["convention-partenariat"]


@pytest.mark.parametrize("marker", [" date 2021-04-31", " date 2021-02-30"])
def test_a_marker_that_is_no_day_dates_nothing_and_breaks_nothing(marker: str) -> None:
    text = marker + " Rabat — Une convention a été signée hier entre la commune et la région.\n"
    assert prepare(text).publication.date is None
    result = drafted(text, [], published_on=None)
    assert len(result["agreements"]) == 1 and result["agreements"][0].get("signed_on") is None
