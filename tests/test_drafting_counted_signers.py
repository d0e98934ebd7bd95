"""Signers told by their number first ("signée par 12 parties dont A et B"), a group the
base knows as "Groupe X" named "X" alone, and a standfirst retold by a sentence that names
nobody."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "holding-badr", "name": "Holding Badr Amenagement",
         "aliases": ["Groupe Badr Amenagement"], "kind": "company", "country": "MA"},
        {"id": "ministere-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry",
         "country": "MA"}]

TEXT = ("Une convention a été signée par 12 parties dont le ministère de l'Intérieur, les "
        "communes et Badr Amenagement pour équiper la nouvelle cité. Le programme compte "
        "une quinzaine de projets.\n"
        "Une convention visant à relancer la nouvelle cité a été signée en fin de semaine. "
        "Les travaux doivent s'achever en 2019.\n")


def test_bodies_named_after_a_count_of_signers_sign() -> None:
    result = drafted(TEXT, BASE, published_on="2015-03")
    assert "holding-badr" in names_of(result)


def test_a_group_named_without_its_head_word_is_the_base_s() -> None:
    result = drafted(TEXT, BASE, published_on="2015-03")
    assert "holding-badr" in names_of(result)
    assert not any("Badr" in o["name"] for o in result["organizations"])


def test_a_retelling_that_names_nobody_is_the_same_agreement() -> None:
    result = drafted(TEXT, BASE, published_on="2015-03")
    assert len(result["agreements"]) == 1


def test_another_one_told_so_is_still_another() -> None:
    text = TEXT.replace("Une convention visant à relancer",
                        "Une autre convention visant à relancer")
    result = drafted(text, BASE, published_on="2015-03")
    assert len(result["agreements"]) == 2


def test_a_former_name_in_brackets_is_the_same_body_and_the_list_goes_on() -> None:
    text = ("Export : une convention avec un partenaire belge\n"
            "Une convention a été signée lundi à Rabat entre Atlas Export (ex-Office atlasien "
            "des foires) et Wallonia Trade.\n")
    result = drafted(text, BASE, published_on="2012-03-06")
    got = [sorted(p["org"] for p in a["parties"]) for a in result["agreements"]]
    assert len(got) == 1 and len(got[0]) == 2
    first = next(o for o in result["organizations"] if o["name"] == "Atlas Export")
    assert "Office atlasien des foires" in first.get("aliases", [])


def test_a_name_after_the_last_of_a_list_is_its_other_name() -> None:
    text = ("Export : une convention avec un partenaire belge\n"
            "Une convention a été signée lundi à Rabat entre Atlas Export et Wallonia Trade, "
            "l'Agence wallonne pour le commerce extérieur.\n")
    result = drafted(text, BASE, published_on="2012-03-06")
    assert len(result["agreements"][0]["parties"]) == 2


def test_signings_in_his_presence_take_the_day_of_the_ceremony_told_before() -> None:
    text = ("Industrie : lancement d'une zone franche\n"
            "Le chef du gouvernement a présidé jeudi 12 mars 2015 la cérémonie de lancement "
            "de la zone franche de Kénitra.\n\n"
            "Deux conventions ont été signées en sa présence.\n")
    result = drafted(text, BASE, published_on="2015-03-13")
    assert [a.get("signed_on") for a in result["agreements"]] == ["2015-03-12"] * 2


def test_the_town_of_a_university_signed_with_is_not_the_place() -> None:
    text = ("Éducation : des conventions avec des universités\n"
            "L'Académie régionale de Souss-Massa a signé cinq conventions. Les deux premières "
            "conventions signées avec l'université Ibn Zohr à Agadir et l'université Hassan Ier "
            "à Settat portent sur la formation des enseignants.\n")
    result = drafted(text, BASE, published_on="2020-03-03")
    assert not any(a.get("place") for a in result["agreements"])


def test_ministries_told_by_their_portfolios_in_brackets_sign() -> None:
    base = BASE + [{"id": "ministere-habitat", "name": "Ministère de l'Habitat et de "
                    "l'Urbanisme", "kind": "ministry", "country": "MA"}]
    text = ("Villes nouvelles : une convention pour les équipements\n"
            "Une convention pour la cité nouvelle a été conclue en fin de semaine. Pas moins "
            "de dix parties, dont des ministères (habitat, intérieur…) et des communes, ont "
            "paraphé le document.\n")
    result = drafted(text, base, published_on="2015-03")
    assert {"ministere-habitat", "ministere-interieur"} <= names_of(result)
    assert not any(o["name"].startswith("Ministère de habitat")
                   for o in result["organizations"])
