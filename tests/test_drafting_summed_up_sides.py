"""Who signs when the lead sums the sides up and the body names them: "les deux pays ont
signé cinq conventions" then each convention's own two bodies; "entre les gouvernements
de A et de B", paraphé by ministers; a region's government named by its people's word;
an earlier convention recalled for a project inaugurated; a place that closes a body's
name; a company named in full by its acronym; a thing after "un" that is no body."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions
from conventions_cli.drafting.normalize import analysis_text
from drafting_cases import drafted, names_of, party_names, signers

pytest.importorskip("spacy")

STATES = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"},
          {"id": "gouvernement-espagne", "name": "Gouvernement espagnol", "kind": "state",
           "country": "ES"}]


def test_each_convention_keeps_its_own_bodies_not_the_two_countries() -> None:
    text = ("En marge de la visite du chef du gouvernement espagnol à Rabat, les deux pays "
            "ont signé jeudi 3 avril trois conventions dans les transports.\n"
            "Ainsi, la Société des autobus de Tanger (SAT) et l'Agence espagnole de "
            "coopération (AECID) ont conclu une convention de prêt de 12 millions d'euros.\n"
            "La deuxième convention a été signée entre l'Office national des aéroports et "
            "la société Aena.\n"
            "Enfin, un protocole d'accord a été signé entre la Caisse de garantie du Nord et "
            "la banque Cofides.\n")
    result = drafted(text, STATES, published_on="2025-04-04")
    found = party_names(result)
    assert len(found) == 3
    assert all("etat-marocain" not in a and "gouvernement-espagne" not in a for a in found)
    assert any("Office national des aéroports" in a for a in found)


def test_the_two_countries_sign_what_no_body_is_named_for() -> None:
    text = ("Les deux pays ont signé jeudi à Rabat deux accords de coopération, en présence "
            "du chef du gouvernement espagnol.\n"
            "Le premier porte sur la formation, le second sur la culture.\n")
    result = drafted(text, STATES, published_on="2025-04-04")
    assert all("etat-marocain" in a for a in party_names(result))


def test_governments_named_as_the_sides_sign_through_their_ministers() -> None:
    text = ("Un protocole financier de 90 millions d'euros, pour des trains régionaux, a été "
            "conclu mardi entre les gouvernements du Maroc et de l'Espagne. Paraphé pour le "
            "Maroc par le ministre des Finances et de l'Économie, M. Karim Benslimane, et "
            "pour l'Espagne par le secrétaire d'État espagnol chargé du commerce, M. Jaime "
            "Ortiz, ce protocole comprend aussi un don.\n")
    result = drafted(text, STATES, published_on="2025-04-02")
    assert party_names(result) == [["etat-marocain", "gouvernement-espagne"]]
    assert signers(result) == {"Karim Benslimane": "etat-marocain",
                               "Jaime Ortiz": "gouvernement-espagne"}


def test_without_the_governments_named_the_ministries_sign() -> None:
    text = ("Un protocole financier de 90 millions d'euros a été conclu mardi, et paraphé "
            "par le ministre des Finances et de l'Économie, M. Karim Benslimane, et le "
            "secrétaire d'État espagnol chargé du commerce, M. Jaime Ortiz.\n")
    result = drafted(text, STATES, published_on="2025-04-02")
    assert "etat-marocain" not in names_of(result)
    assert any(n.startswith("Ministère des Finances") for n in names_of(result))


WALLONIA = [{"id": "wallonie", "name": "Wallonie", "kind": "other", "country": "BE"},
            {"id": "region-oriental", "name": "Région de l'Oriental", "kind": "region"}]


def test_a_regions_government_is_the_region() -> None:
    text = ("La région de l'Oriental et la Wallonie ont signé, lundi à Liège, un accord de "
            "coopération pour 2026.\n"
            "L'accord a été signé par Samira Oudghiri, présidente du Conseil de la région de "
            "l'Oriental, et par Luc Vanhove, ministre-président du gouvernement wallon.\n")
    result = drafted(text, WALLONIA, published_on="2025-11-04")
    assert party_names(result) == [["region-oriental", "wallonie"]]
    assert signers(result)["Luc Vanhove"] == "wallonie"


def test_a_regions_government_alone_is_not_morocco() -> None:
    text = ("Le gouvernement catalan et l'Agence marocaine de l'efficacité énergétique ont "
            "signé, mardi à Barcelone, un mémorandum d'entente.\n")
    result = drafted(text, [], published_on="2025-11-04")
    assert "Gouvernement catalan" in names_of(result)
    assert "etat-marocain" not in names_of(result)


def test_a_convention_recalled_for_an_inaugurated_project_is_not_signed_now() -> None:
    text = ("Le wali de la région, Hamid Naciri, et le président de l'Association Nour, "
            "Driss Kettani, ont signé mardi à Oujda deux conventions de partenariat.\n"
            "Elles portent sur un centre pour enfants au niveau de la préfecture d'Oujda-Angad "
            "et l'équipement du foyer Al Amal.\n"
            "Le wali a ensuite inauguré la maison de quartier Al Wifaq. Construite dans le "
            "cadre d'une convention liant la commune d'Oujda et l'Agence de l'Oriental, "
            "d'une part, et l'Association Wifaq, d'autre part, elle compte une salle de "
            "lecture.\n")
    result = drafted(text, [], published_on="2025-05-07")
    names = names_of(result)
    assert not {"Commune d'Oujda", "Association Wifaq"} & names
    assert not any(" et l" in n for n in names)


def test_a_convention_framing_a_project_signed_today_is_this_one() -> None:
    text = ("Réalisé dans le cadre d'une convention signée mardi entre la commune d'Oujda et "
            "l'Association Wifaq, le centre ouvrira en juin.\n")
    result = drafted(text, [], published_on="2025-05-07")
    assert {"Commune d'Oujda", "Association Wifaq"} <= names_of(result)


def test_a_company_spelled_in_full_by_its_acronym() -> None:
    text = ("La société de transport de Fès-Meknès (STFM) et la Banque européenne "
            "d'investissement (BEI) ont signé lundi une convention de prêt de 25 millions "
            "d'euros.\n")
    result = drafted(text, [], published_on="2025-05-06")
    assert "Société de transport de Fès-Meknès" in names_of(result)


def test_a_capitalized_thing_after_un_is_no_body() -> None:
    text = ("Un protocole portant sur l'achat de rames et la mise en place d'un Système de "
            "guidage intelligent a été signé jeudi à Agadir entre la société « Agadir Bus » et "
            "la JICA.")
    names = [m.name for m in find_mentions(list(analyse(analysis_text(text))))]
    assert "Agadir Bus" in names
    assert not any(n.startswith("Système") for n in names)
