"""When, where and how much, as pages and the press say it: a page's clock line, a visit
told before "au terme de cette visite", an event held in a year before, a day of the month
in words, an agreement "celui conclu en 2018" that is not the news, a list whose lines give
amounts but one."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
         "aliases": ["Royaume du Maroc"]},
        {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
         "kind": "international", "country": "FR"},
        {"id": "onee", "name": "Office national de l'eau et de l'électricité",
         "acronym": "ONEE", "kind": "public-body", "country": "MA"}]


def test_an_event_held_in_an_earlier_year_is_not_the_signing_s() -> None:
    text = ("Climat : un mémorandum avec une commission\n"
            "Le 4C Maroc et la Commission Climat du Sahel ont conclu lundi un mémorandum. Ce "
            "mémorandum répond à l'engagement pris lors du 2e sommet de la Commission, tenu "
            "en mars 2019 à Niamey.\n")
    result = drafted(text, BASE, published_on="2021-06-09")
    assert result["events"] == []
    assert not any(a.get("event") for a in result["agreements"])


def test_a_line_that_only_stamps_the_page_is_no_signing_day() -> None:
    text = ("Le Maroc et le Niger signent un accord sur l'eau\n"
            "La ministre chargée de l'Eau, Salma Idrissi, a effectué les 3 et 4 mai une visite "
            "de travail à Niamey. Elle y a rencontré plusieurs responsables du secteur.\n"
            "Le 06/05/2016 à 19h42\n"
            "Au terme de cette visite, la ministre et son homologue nigérien ont signé un "
            "protocole d'accord sur la gestion de l'eau.\n")
    result = drafted(text, BASE, published_on="2016-05-06")
    agreement = result["agreements"][0]
    assert agreement.get("signed_on") != "2016-05-06"
    assert agreement.get("place") == "Niamey"
    assert len(result["events"]) == 1
    assert "Niamey" in result["events"][0]["name"]


def test_a_day_of_the_month_in_words() -> None:
    text = ("Rail : un industriel s'engage au Maroc\n"
            "Une convention de partenariat a été signée le neuf février dernier à Fès entre "
            "le groupe Ferrovia et l'ONEE.\n")
    result = drafted(text, BASE, published_on="2012-02-15")
    assert result["agreements"][0]["signed_on"] == "2012-02-09"


def test_the_one_it_completes_dated_before_does_not_make_the_news_history() -> None:
    text = ("L'AFD et l'ONEE scellent un nouvel accord. D'un montant de 30 millions "
            "d'euros, ce prêt complète celui conclu par les deux institutions en mars 2017, "
            "d'un montant de 45 millions d'euros.\n")
    result = drafted(text, BASE, published_on="2019-10-02")
    assert len(result["agreements"]) == 1
    agreement = result["agreements"][0]
    assert agreement.get("signed_on") is None
    assert agreement["funding"] == {"amount": 30000000, "currency": "EUR"}


def test_list_lines_give_their_amounts_in_turn_though_one_has_none() -> None:
    text = ("Énergie : trois accords franco-marocains\n"
            "Trois accords ont été signés jeudi à Rabat entre la France et le Maroc. Ils "
            "portent sur trois projets :\n"
            "• 25 millions d'euros pour l'électrification de douars isolés\n"
            "• 400.000 euros pour une étude sur une ville durable près d'Ifrane\n"
            "• un programme d'échanges entre les deux agences de l'énergie\n")
    result = drafted(text, BASE, published_on="2011-05-12")
    amounts = [a.get("funding") for a in result["agreements"]]
    assert amounts == [{"amount": 25000000, "currency": "EUR"},
                       {"amount": 400000, "currency": "EUR"}, None]


def test_an_agreement_told_as_made_of_parts_is_those_parts() -> None:
    text = ("L'AFD et l'ONEE concluent un nouvel accord. Comprenant une convention de prêt de "
            "35 millions d'euros, ainsi qu'une convention de don d'un million d'euros, ce "
            "financement soutient l'eau potable de trois provinces.\n")
    result = drafted(text, BASE, published_on="2020-02-04")
    assert [a.get("funding") for a in result["agreements"]] == [
        {"amount": 35000000, "currency": "EUR"}, {"amount": 1000000, "currency": "EUR"}]


def test_one_agreement_with_a_single_part_stays_one() -> None:
    text = ("L'AFD et l'ONEE concluent un nouvel accord. Comprenant une convention de prêt de "
            "35 millions d'euros, ce financement soutient l'eau potable de trois provinces.\n")
    result = drafted(text, BASE, published_on="2020-02-04")
    assert len(result["agreements"]) == 1


def test_the_day_of_the_agreement_an_amendment_amends_is_not_its_own() -> None:
    text = ("Pêche : trois conventions au salon\n"
            "Trois conventions ont été signées jeudi à Agadir. Pour la première, il s'agit "
            "d'un deuxième avenant à l'accord relatif au programme de mise à niveau des "
            "barques signé le 3 mars 2009.\n")
    result = drafted(text, BASE, published_on="2014-02-15")
    assert {a.get("signed_on") for a in result["agreements"]} == {"2014-02-13"}


def test_an_event_where_a_cooperation_began_is_not_the_signing_s() -> None:
    text = ("Énergie : un mémorandum signé à Dubaï\n"
            "Le mémorandum signé le 4 mars à Dubaï entre l'ONEE et l'AFD renforce une "
            "coopération qui a débuté à l'occasion de la COP22, a indiqué le directeur de "
            "l'Office.\n")
    result = drafted(text, BASE, published_on="2021-03-06")
    assert result["events"] == []
