"""What a page repeats and how portfolios are written: a headline or a standfirst printed
twice is told once; "l'Économie Sociale et Solidaire", "de l'Outre-mer" stay inside the
ministry's name; a secretary of State attached to a minister, with no portfolio of his own,
signs for that minister's ministry; a committee "de la CGEM" signs for the CGEM; the years of
a lender's partnership with the country, or of a policy and "son plan", are no loan's
period; a place that opens a later signing sentence ("À Bruxelles, …") is where."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, mention_names, names_of, parties

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
         "aliases": ["Royaume du Maroc"]},
        {"id": "ministere-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry",
         "country": "MA"},
        {"id": "ministere-finances", "name": "Ministère de l'Économie et des Finances",
         "kind": "ministry", "country": "MA"},
        {"id": "cgem", "name": "Confédération générale des entreprises du Maroc",
         "acronym": "CGEM", "kind": "association", "country": "MA"},
        {"id": "banque-mondiale", "name": "Banque mondiale", "kind": "international"},
        {"id": "unesco", "name": "Organisation des Nations unies pour l'éducation, la science "
         "et la culture", "acronym": "UNESCO", "kind": "international"}]


def test_a_headline_printed_twice_is_one_agreement() -> None:
    text = ("Newsletter\n"
            "Une autre histoire sur la météo qui change. Lire la suite...\n\n"
            "Culture : Le Maroc et l'Unesco scellent un accord pour l'Afrique\n\n"
            "Par La Rédaction| Le 03/05/2023 - 10:12 | Partager\n"
            "Culture : Le Maroc et l'Unesco scellent un accord pour l'Afrique\n\n"
            "Le Maroc et l'UNESCO ont signé, mercredi à Rabat, un accord-cadre pour former des "
            "conservateurs africains.\n")
    result = drafted(text, BASE, published_on="2023-05-03")
    assert len(result["agreements"]) == 1
    assert result["agreements"][0]["type"] == "convention-cadre"


def test_a_standfirst_repeated_above_the_story_is_told_once() -> None:
    text = ("Habitat : une convention pour le relogement\n"
            "Une convention a été signée le 4 mars entre le ministère de l'Intérieur et la "
            "CGEM pour accompagner les ménages relogés.\n\n"
            "Habitat : une convention pour le relogement\n\n"
            "Une convention a été signée le 4 mars entre le ministère de l'Intérieur et la "
            "CGEM pour accompagner les ménages relogés. Elle prévoit des formations.\n")
    result = drafted(text, BASE, published_on="2015-03-05")
    assert parties(result) == [["ministere-interieur", "cgem"]]


@pytest.mark.parametrize("sentence, name", [
    ("la ministre de l'Emploi, de la Formation et de l'Économie Sociale et Solidaire, Lina "
     "Berrada, a signé.",
     "Ministère de l'Emploi, de la Formation et de l'Économie Sociale et Solidaire"),
    ("le ministre des Territoires, de l'Outre-mer et des Collectivités locales a signé.",
     "Ministère des Territoires, de l'Outre-mer et des Collectivités locales"),
])
def test_portfolios_keep_their_words(sentence: str, name: str) -> None:
    assert mention_names(sentence)[0] == name


def test_a_secretary_of_state_attached_to_a_minister_signs_for_that_ministry() -> None:
    text = ("Sécurité : Rabat et Lisbonne coopèrent\n"
            "La secrétaire d'État auprès du ministre de l'Intérieur, Samia Touzani, et la "
            "ministre portugaise de l'Administration interne, Rita Alves, ont signé jeudi à "
            "Lisbonne une déclaration d'intention sur la vidéoprotection.\n")
    result = drafted(text, BASE, published_on="2009-05-08")
    assert "ministere-interieur" in parties(result)[0]
    assert not any(o["name"].startswith("Secrétariat") for o in result["organizations"])


def test_a_committee_of_a_body_signs_for_the_body() -> None:
    text = ("Changes : une convention avec le patronat\n"
            "Signée par le directeur de l'Office des Changes, Omar Lahlou, et le président de "
            "la Commission Fiscalité et Douanes de la CGEM, Adil Kettani, la convention porte "
            "sur l'échange de données.\n")
    result = drafted(text, BASE, published_on="2024-10-02")
    assert "cgem" in parties(result)[0]
    assert not any(o["name"].startswith("Commission") for o in result["organizations"])


def test_the_years_of_a_lender_s_partnership_with_the_country_are_no_loan_s_period() -> None:
    text = ("Emploi des jeunes : un prêt de la Banque mondiale\n"
            "Le ministre de l'Économie et des Finances et la Banque mondiale ont signé lundi à "
            "Rabat un accord de prêt de 40 millions de dollars. Inscrit dans le cadre du "
            "partenariat stratégique 2021-2025 entre le Maroc et la Banque mondiale, le projet "
            "vise l'insertion des jeunes.\n")
    result = drafted(text, BASE, published_on="2021-06-08")
    assert result["agreements"][0].get("period") is None


def test_a_policy_with_a_long_name_and_its_plan_give_no_period() -> None:
    text = ("Handicap : deux conventions signées\n"
            "Deux conventions ont été signées mercredi à Rabat par le ministère de l'Intérieur "
            "et la CGEM. Elles s'inscrivent dans la politique publique intégrée pour l'accès "
            "des personnes à besoins spécifiques à l'emploi 2016-2022 et son plan exécutif "
            "2018-2022.\n")
    result = drafted(text, BASE, published_on="2021-07-08")
    assert not any(a.get("period") for a in result["agreements"])


def test_a_place_that_opens_a_later_signing_sentence_is_where() -> None:
    text = ("Justice : un plan conjoint avec la Belgique\n"
            "Lundi 12 janvier, le Maroc et la Belgique ont conclu un accord de coopération "
            "judiciaire. Il a été conclu lors de la visite du ministre marocain de la "
            "Justice.\n\n"
            "À Bruxelles, le ministre et son homologue belge ont signé un plan d'action "
            "commun aux deux ministères.\n")
    result = drafted(text, BASE, published_on="2026-01-13")
    assert {a.get("place") for a in result["agreements"]} == {"Bruxelles"}
    assert "Bruxelles" not in names_of(result)


def test_a_ministry_named_in_full_then_short_is_one_body() -> None:
    text = ("Jeunesse : deux départements coopèrent\n"
            "La convention a été signée mardi à Rabat entre Nadia Filali, ministre déléguée "
            "chargée de la Jeunesse rurale et des Loisirs, et le ministère de l'Intérieur. "
            "La ministre de la Jeunesse rurale et des Loisirs a salué « la signature de la "
            "convention ».\n")
    result = drafted(text, BASE, published_on="2012-04-11")
    new = [o["name"] for o in result["organizations"] if o["name"].startswith("Ministère")]
    assert new == ["Ministère délégué chargé de la Jeunesse rurale et des Loisirs"]


def test_a_bracket_glued_to_a_name_stays_out_of_it() -> None:
    text = ("Ports : une ligne vers l'Andalousie\n"
            "La Société des ports du Nord (SPN) et l'Autorité portuaire d'Almería(sud de "
            "l'Espagne)ont signé mardi à Tanger un mémorandum d'entente.\n")
    result = drafted(text, BASE, published_on="2010-03-10")
    assert "Autorité portuaire d'Almería" in names_of(result)
