"""Who signs when the press says it sideways: the speaker whose own clause says he signed,
the body an article opens on when the agreement is told with its partner alone (or the one
its headline names), a regional unit named by its owner's acronym, a signing on another
day, a ministry written without its "de", an acronym spelt with a space or counting its
letters ("4C"), titles set after the names of a list."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, parties, party_names, signers

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
         "aliases": ["Royaume du Maroc"]},
        {"id": "ministere-equipement", "name": "Ministère de l'Équipement, de l'Eau et de "
         "la Logistique portuaire",
         "kind": "ministry", "country": "MA"},
        {"id": "medz", "name": "MEDZ", "acronym": "MEDZ", "kind": "company", "country": "MA"},
        {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
         "kind": "international", "country": "FR"},
        {"id": "onee", "name": "Office national de l'eau et de l'électricité",
         "acronym": "ONEE", "kind": "public-body", "country": "MA"}]


def test_the_speaker_whose_own_clause_says_he_signed_signs_for_his_body() -> None:
    text = ("Presse : la MAP se rapproche de ses consoeurs\n"
            "La MAP a signé jeudi à Niamey plusieurs accords de coopération avec des agences "
            "africaines. « Nous ouvrons un chapitre neuf », a affirmé le directeur général de "
            "l'Agence nigérienne de presse, Issa Kader, après avoir paraphé le texte avec son "
            "homologue marocain.\n")
    result = drafted(text, BASE, published_on="2019-04-12")
    assert all("Agence nigérienne de presse" in names for names in party_names(result))


def test_a_speaker_who_only_speaks_is_no_party() -> None:
    text = ("Eau : une convention pour les oasis\n"
            "L'ONEE a signé mardi à Errachidia une convention avec la commune de Tinejdad. "
            "« C'est un jalon », a déclaré le directeur général de l'Agence des oasis, Omar "
            "Fikri, présent à la cérémonie.\n")
    result = drafted(text, BASE, published_on="2021-03-04")
    assert "Agence des oasis" not in names_of(result)


def test_a_ministry_written_without_its_de_keeps_the_list_after_it() -> None:
    text = ("Urbanisme : quatre accords à Azrou\n"
            "L'accord pour la mise à niveau de la ville d'Azrou a été conclu mardi entre le "
            "ministère l'Équipement, de l'Eau et de la Logistique portuaire, la province "
            "d'Ifrane, ainsi que le conseil provincial et la commune d'Azrou.\n")
    result = drafted(text, BASE, published_on="2022-05-11")
    names = names_of(result)
    assert "ministere-equipement" in names
    assert {"Province d'Ifrane", "Commune d'Azrou"} <= names
    assert not any(n.startswith("Équipement") for n in names)


def test_an_acronym_spelt_with_a_space_is_the_base_body() -> None:
    text = ("Logistique : un mémorandum pour des zones dédiées\n"
            "Un mémorandum a été signé lundi à Rabat entre l'ONEE et MED Z, filiale du "
            "groupe public, pour des plateformes logistiques.\n")
    result = drafted(text, BASE, published_on="2024-02-07")
    assert parties(result) == [["onee", "medz"]]


def test_titles_after_names_in_a_list_belong_to_the_name_before_them() -> None:
    text = ("Logistique : un mémorandum pour des zones dédiées\n"
            "Un mémorandum a été signé lundi à Rabat entre l'ONEE et MEDZ. Le texte a été "
            "paraphé par Karim Sabri, directeur général de l'ONEE, Hatim Bennis, membre du "
            "directoire de la Caisse Delta et Yassine Maarouf, président du directoire de "
            "MEDZ.\n")
    result = drafted(text, BASE, published_on="2024-02-07")
    who = signers(result)
    assert who.get("Karim Sabri") == "onee"
    assert who.get("Yassine Maarouf") == "medz"
    assert who.get("Hatim Bennis") != "onee"


def test_an_acronym_that_counts_its_letters_names_the_body_before_it() -> None:
    text = ("Climat : le Maroc appuie une commission africaine\n"
            "Le Centre de compétences changement climatique (4C Maroc), basé à Rabat, et "
            "l'Agence du bassin du Congo ont signé lundi un mémorandum d'entente.\n")
    result = drafted(text, BASE, published_on="2021-06-09")
    names = party_names(result)[0]
    assert "Centre de compétences changement climatique" in names
    assert not any(n in ("Centre de compétences", "4C Maroc") for n in names)


def test_a_regional_unit_named_by_its_owner_s_acronym_signs_for_the_owner() -> None:
    text = ("Forêts : deux conventions pour l'arganier\n"
            "L'Agence nationale des forêts (ANFO) a renforcé son partenariat avec les "
            "usagers de la forêt. Deux conventions ont été signées à Agadir. La première a "
            "été scellée avec la Fédération des coopératives d'arganier. La seconde est "
            "signée par la direction régionale de l'ANFO à Souss-Massa et l'Association "
            "Tighanimine pour le développement.\n")
    result = drafted(text, BASE, published_on="2025-06-20")
    names = party_names(result)
    assert len(names) == 2
    assert all("Agence nationale des forêts" in found for found in names)
    assert "Fédération des coopératives d'arganier" in names[0]
    assert "Association Tighanimine pour le développement" in names[1]
    assert "Souss-Massa" not in names_of(result)
    assert not any(n.startswith("Direction") for n in names_of(result))


def test_the_headline_names_who_signed_with_the_partner_told_alone() -> None:
    text = ("Maroc/AFD : une convention de prêt conclue avec l'ONEE\n"
            "La convention de financement de 40 millions d'euros a été signée lundi à Rabat "
            "avec l'ONEE.\n")
    result = drafted(text, BASE, published_on="2012-03-06")
    assert parties(result) == [["afd", "onee"]]


def test_a_signing_on_another_day_lends_its_parties_to_nobody() -> None:
    text = ("Assainissement : un prêt de l'agence française\n"
            "La convention de financement de 40 millions d'euros a été signée lundi 5 mars "
            "2012 à Rabat entre l'AFD et l'ONEE. Une lettre d'entente entre l'AFD et "
            "l'Agence belge de coopération a par ailleurs été signée le 28 février 2012.\n")
    result = drafted(text, BASE, published_on="2012-03-06")
    first = result["agreements"][0]
    assert [p["org"] for p in first["parties"]] == ["afd", "onee"]


def test_a_compound_nationality_names_the_two_states_when_no_party_is_named() -> None:
    text = ("Coopération : neuf accords à Madrid\n"
            "Au terme de la 13e réunion de haut niveau maroco-espagnole, tenue jeudi à Madrid, "
            "neuf accords ont été conclus dans l'eau, la culture et la formation.\n")
    base = BASE + [{"id": "espagne", "name": "Royaume d'Espagne", "kind": "state",
                    "country": "ES"}]
    result = drafted(text, base, published_on="2015-06-05")
    assert len(result["agreements"]) == 9
    assert all(p == ["etat-marocain", "espagne"] for p in parties(result))


def test_a_compound_nationality_leaves_the_named_parties_alone() -> None:
    text = ("Coopération : un accord à Madrid\n"
            "En marge de la réunion de haut niveau maroco-espagnole, l'ONEE a signé jeudi à "
            "Madrid un accord avec la société Aguas del Sur.\n")
    result = drafted(text, BASE, published_on="2015-06-05")
    assert parties(result) == [["onee", "aguas-del-sur"]]


def test_the_agent_of_another_deed_after_the_signing_is_no_party() -> None:
    text = ("Énergie : un mémorandum avec une agence onusienne\n"
            "Le mémorandum signé le 4 mars entre l'ONEE et l'Agence internationale pour les "
            "énergies renouvelables (IRENA) couronne les initiatives entreprises par le Maroc "
            "en faveur du solaire.\n")
    result = drafted(text, BASE, published_on="2021-03-06")
    assert "etat-marocain" not in parties(result)[0]
