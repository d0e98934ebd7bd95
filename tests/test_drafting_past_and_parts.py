"""Counting what was signed, not what came before or is still to come: "dans le cadre des
cinq dernières conventions signées", "d'autres accords sont en cours de négociation";
agreements told part by part after a plural ("Il s'agit d'un prêt de A et de deux accords
de prêt et de caution de B"); a weekday and a day without a year, on an undated
page, are never given a year still to come."""

from __future__ import annotations

import datetime as dt

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


def test_the_last_five_conventions_recalled_are_not_signed_now() -> None:
    text = ("Atlas Télécom et le gouvernement ont conclu, ce 26 août, leur sixième "
            "convention d'investissement, pour un programme de 12 milliards de dirhams.\n"
            "Dans le cadre des cinq dernières conventions conclues avec l'Etat, l'opérateur "
            "avait déjà investi plus de 40 milliards de dirhams.\n")
    result = drafted(text, [], published_on="2019-08-27")
    assert len(result["agreements"]) == 1
    assert result["agreements"][0]["funding"]["amount"] == 12000000000


def test_agreements_still_in_negotiation_are_not_counted() -> None:
    text = ("L'Office national des mines (ONM) et la société Orex Maroc ont signé, mercredi 9 "
            "avril, un contrat de reconnaissance sur la zone de Tiznit Est.\n"
            "Outre ce contrat, Orex est aussi partenaire de l'ONM dans le cadre de l'accord "
            "minier « Akka » et du contrat « Tata » signés en septembre 2013. L'ONM compte à "
            "ce jour 19 accords miniers et 5 contrats de reconnaissance avec 22 sociétés.\n"
            "D'autres accords miniers sont en cours de négociation dans plusieurs régions, "
            "selon l'Office, pour qui la signature de ces accords et contrats relève de sa "
            "stratégie de promotion.\n")
    result = drafted(text, [], published_on="2014-04-10")
    assert len(result["agreements"]) == 1


def test_agreements_told_part_by_part_after_a_plural() -> None:
    text = ("Le Maroc et le Fonds koweïtien ont conclu jeudi plusieurs accords de "
            "financement pour des projets d'eau dans le Nord.\n"
            "Il s'agit d'un accord de prêt de 520 millions de dirhams pour le barrage de Oued "
            "Laou et de deux accords de prêt et de caution de 310 millions de dirhams pour "
            "l'eau potable de Larache.\n")
    result = drafted(text, [], published_on="2015-01-17")
    agreements = result["agreements"]
    assert len(agreements) == 3
    assert agreements[0]["funding"]["amount"] == 520000000
    assert "310000000 MAD reported for the 2 agreements" in result["yaml"]


def test_an_undated_page_gets_no_year_still_to_come() -> None:
    soon = dt.date.today().year + 4
    day = next(dt.date(y, 10, 27) for y in range(soon, soon + 8)
               if dt.date(y, 10, 27).weekday() == 0)  # a Monday 27 October ahead
    text = ("L'Agence du numérique et l'association Cap Digital ont signé, le lundi 27 "
            f"octobre, une convention de partenariat dans le cadre de la stratégie Maroc "
            f"Numérique {day.year - 1}.\n")
    result = drafted(text, [], published_on=None)
    signed = result["agreements"][0].get("signed_on")
    assert signed is None or str(signed) <= dt.date.today().isoformat()


def test_a_law_and_a_budget_are_no_parties() -> None:
    text = ("Le ministère de la Justice et l'Institut danois des droits de l'homme ont signé "
            "lundi un mémorandum d'entente, en pleine harmonie avec les exigences de la "
            "Constitution.\n"
            "Une convention pour la route de Berkane a été signée entre trois ministères : 500 "
            "millions par le ministère de l'Intérieur et 200 millions par le Budget général de "
            "l'Etat.\n")
    result = drafted(text, [], published_on="2019-03-12")
    names = {n for a in result["agreements"] for n in
             ({o["id"]: o["name"] for o in result["organizations"]}.get(p["org"], p["org"])
              for p in a["parties"])}
    assert not any(n.startswith(("Constitution", "Budget")) for n in names)


def test_two_who_preside_are_no_parties() -> None:
    text = ("La convention a été signée mardi à Oujda, lors d'une cérémonie présidée par le "
            "ministre de l'Intérieur, M. Karim Tazi, et par le président du Conseil régional "
            "de l'Oriental, M. Ali Bensaid, par l'Office régional de l'Oriental et la société "
            "Berkane Agrumes.\n")
    result = drafted(text, [], published_on="2019-03-12")
    names = {o["name"] for o in result["organizations"]}
    assert "Berkane Agrumes" in names
    assert not any(n.startswith("Région") for n in names)


def test_the_side_a_minister_signs_on_is_not_his_ministrys_name() -> None:
    text = ("Les accords ont été paraphés par Karim Alaoui, ministre délégué chargé de la "
            "Logistique, du côté marocain, et par Jassim Al Kuwari, ministre koweïtien des "
            "routes.\n")
    result = drafted(text, [], published_on="2019-03-12")
    assert "du côté" not in " ".join(o["name"] for o in result["organizations"])


def test_a_signing_told_only_in_the_pluperfect_is_the_news() -> None:
    text = ("Le Maroc et le Portugal ont présenté lundi les priorités de leur coopération "
            "pour 2015-2017, dotée de 90 millions d'euros, pendant le séjour du ministre "
            "portugais des Affaires étrangères.\n"
            "Un peu plus tôt, à l'issue de la commission mixte, il avait signé avec le "
            "ministre marocain l'accord qui fixe les axes de cette coopération, pour un budget "
            "de 90 millions d'euros.\n")
    result = drafted(text, [], published_on=None)
    assert len(result["agreements"]) == 1
    assert result["agreements"][0]["funding"]["amount"] == 90000000


def test_a_pluperfect_beside_todays_signing_is_still_earlier() -> None:
    text = ("Le Maroc et le Portugal ont signé lundi à Rabat un accord sur la pêche.\n"
            "Les deux pays avaient signé un accord sur l'énergie en 2012.\n")
    result = drafted(text, [], published_on="2016-05-10")
    assert len(result["agreements"]) == 1
