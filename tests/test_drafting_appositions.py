"""A company described by an apposition ("la société X, filiale du groupe Y, et l'industriel
Z, spécialiste de …"; "X, leader mondial de … (40 millions d'euros)"): the apposition is no
part of the name and does not end the list of partners. Press sentences written for these
tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [{"id": "mic", "name": "Ministère de l'Industrie et du Commerce", "kind": "ministry",
         "aliases": ["Ministère de l'Industrie"]}]


def every_party(text: str) -> set[str]:
    return {p for found in party_names(drafted(text, BASE, published_on="2016-07-20"))
            for p in found}


@pytest.mark.parametrize("text, companies", [
    ("Londres — Le ministre de l'Industrie, Karim Alami, a conclu mercredi deux contrats "
     "d'investissement. Il s'agit de la société Stelia, filiale d'Airbus Group (35 millions "
     "d'euros) et de l'industriel Hexcel, leader mondial des composites (5 millions d'euros).",
     {"Stelia", "Hexcel"}),
    ("Tanger — Le ministre de l'Industrie a signé lundi deux conventions d'investissement. Il "
     "s'agit du groupe Lear, équipementier américain (30 millions d'euros), et de la société "
     "Fujikura, filiale du japonais Fujikura Ltd (12 millions d'euros).",
     {"Lear", "Fujikura"}),
])
def test_an_apposition_before_an_amount_is_no_part_of_the_name(text: str,
                                                               companies: set[str]) -> None:
    assert every_party(text) == {"mic", *companies}


@pytest.mark.parametrize("text, companies", [
    ("Rabat — Le ministre de l'Industrie a signé deux contrats d'investissement avec la société "
     "Stelia, filiale du groupe Airbus, et l'industriel Hexcel, spécialiste des composites.",
     {"Stelia", "Hexcel"}),
    ("Rabat — Le ministre de l'Industrie a signé deux conventions avec la société Lear, "
     "spécialisée dans les sièges, et l'équipementier japonais Yazaki.",
     {"Lear", "Yazaki"}),
])
def test_a_described_partner_does_not_end_the_list(text: str, companies: set[str]) -> None:
    assert every_party(text) == {"mic", *companies}


LENDERS = [
    {"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
     "kind": "international"},
    {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
     "kind": "international"},
]


@pytest.mark.parametrize("text, other", [
    ("Abidjan — L'Association femmes et avenir (AFA) et la Banque africaine de développement "
     "(BAD) (https://www.afdb.org/fr) ont conclu jeudi une convention de don.",
     "Association femmes et avenir (AFA)"),
    ("Rabat — L'Agence française de développement (AFD) (https://www.afd.fr/fr) et "
     "l'Association jeunesse et emploi (AJE) ont signé mardi une convention de don.",
     "Association jeunesse et emploi (AJE)"),
])
def test_a_web_address_in_brackets_does_not_break_the_list(text: str, other: str) -> None:
    found = {p for names in party_names(drafted(text, LENDERS)) for p in names}
    assert len(found) == 2 and found & {"bad", "afd"}
    acronym = other[other.index("(") + 1:-1]
    assert any(name.startswith(other[:12]) or name == acronym for name in found), found


@pytest.mark.parametrize("text, body", [
    ("Rabat — Le ministère de l'Industrie et le Fonds des Nations unies pour la population "
     "(FNUAP) ont signé mardi un accord sur les zones vertes.",
     "Fonds des Nations unies pour la population"),
    ("Rabat — Le ministère de l'Industrie et l'Entité des Nations Unies pour les "
     "établissements humains (ONU-Habitat Maroc) ont signé mardi un accord sur les zones.",
     "Entité des Nations Unies pour les établissements humains"),
])
def test_a_body_s_purpose_up_to_its_short_name_in_brackets_is_its_name(text: str,
                                                                     body: str) -> None:
    assert every_party(text) == {"mic", body}


@pytest.mark.parametrize("text, bodies", [
    # a description after the name, then the list goes on
    ("Rabat — Un mémorandum a été signé lundi entre l'Artic, l'autorité gabonaise de "
     "régulation des postes, et le Ministère de l'Industrie.", {"Artic", "mic"}),
    # the name after a description
    ("Rabat — Le ministère de l'Industrie et la Société nationale des chemins de fer belges, "
     "Belrail (BLR), ont signé lundi une convention.", {"Belrail", "mic"}),
])
def test_a_body_named_again_in_apposition_is_one_party(text: str, bodies: set[str]) -> None:
    assert every_party(text) == bodies


def test_an_acronym_followed_by_maroc_is_the_body_of_that_acronym() -> None:
    result = drafted("Casablanca — La Fondation Delta a signé mardi une convention avec "
                     "l'Association des amis de la mer (AAM). De son côté, le secrétaire général "
                     "de l'AAM Maroc, Karim Bennis, s'est dit fier que son association soit la "
                     "première à signer avec la Fondation.", BASE, published_on="2016-07-20")
    assert [o["name"] for o in result["organizations"]].count("AAM Maroc") == 0


def test_a_capitalized_vice_president_is_a_title_not_a_body() -> None:
    assert every_party("Kénitra — Un partenariat a été signé lundi à Kénitra entre le ministre "
                       "de l'Industrie, Karim Alami, et le Vice-Président Exécutif Afrique du "
                       "groupe Sertex, Paul Martin.") == {"mic", "Sertex"}


def test_bodies_listed_after_a_count_and_a_savoir_each_in_quotes_and_described() -> None:
    found = every_party(
        "Casablanca — Deux conventions ont été signées mardi à Casablanca par le ministère de "
        "l'Industrie et deux opérateurs portuaires africains, à savoir \"Ports du Bénin\", le "
        "gestionnaire des ports béninois et la \"Société Portuaire de Lomé Sud\" le "
        "gestionnaire des quais du Togo.")
    assert found == {"mic", "Ports du Bénin", "Société Portuaire de Lomé Sud"}


def test_people_counted_before_a_savoir_are_not_bodies() -> None:
    found = every_party(
        "Rabat — Les contrats ont été paraphés par le président de l'Association des "
        "laboratoires (ADL) et deux ministres, à savoir Karim Alami (Santé) et Omar Tazi "
        "(Industrie), pour qui le secteur doit exporter davantage.")
    assert not found & {"Karim Alami (Santé)", "Karim Alami", "Santé", "Industrie"}
