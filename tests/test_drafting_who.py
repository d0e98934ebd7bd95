"""Who signs and where, on press phrasings the project had never seen: a body described
instead of named ("le groupe italien"), "les deux ministres ont signé", "le chef du
gouvernement", an acronym in title case, a ceremony that inaugurates something. Each test
drafts an article written for it, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
     "aliases": ["Gouvernement", "Gouvernement marocain", "Royaume du Maroc"]},
    {"id": "um5", "name": "Université Mohammed V de Rabat", "kind": "public-body",
     "country": "MA"},
    {"id": "oncf", "name": "Office national des chemins de fer", "acronym": "ONCF",
     "kind": "public-body", "country": "MA"},
    {"id": "mae", "name": "Ministère des Affaires étrangères", "kind": "ministry",
     "country": "MA"},
]


def draft(text: str, published_on: str = "2025-03-12", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def names(result: dict[str, Any]) -> list[list[str]]:
    known = {o["id"]: o["name"] for o in [*BASE, *result["organizations"]]}
    return [[known.get(p, p) for p in found] for found in parties(result)]


@pytest.mark.parametrize("text, company", [
    ("Le fabricant Lumatek a ouvert une usine à Kénitra. Lors de la visite, le groupe "
     "allemand a signé avec l'Etat une convention d'investissement.", "Lumatek"),
    ("La société Nordal, filiale d'un groupe norvégien, s'installe à Tanger. La "
     "société norvégienne a signé mardi avec l'Etat marocain une convention.", "Nordal"),
])
def test_a_company_described_by_its_nationality_is_the_one_named_before(text: str,
                                                                         company: str) -> None:
    result = draft(text)
    assert sorted(names(result)[0]) == sorted([company, "État marocain"])
    assert not any(o["name"].lower().startswith(("groupe", "société"))
                   for o in result["organizations"])


def test_a_university_described_by_its_nationality_is_the_foreign_one_named_before() -> None:
    result = draft("Lundi à Séville, l'Université Mohammed V de Rabat a conclu un accord "
                   "avec l'Université Pablo de Olavide. Le texte, paraphé par le "
                   "président de l'Université Mohammed V, Ali Karimi, et le recteur de "
                   "l'Université espagnole, Pedro Ruiz, porte sur la mobilité.")
    assert sorted(names(result)[0]) == ["Université Mohammed V de Rabat",
                                        "Université Pablo de Olavide"]


@pytest.mark.parametrize("text, name", [
    ("Un mémorandum a été signé mardi entre l'ONCF et l'académie ferroviaire sénégalaise.",
     "Académie ferroviaire sénégalaise"),
    ("Le Maroc et l'agence italienne pour la coopération (AICS) ont signé lundi un accord.",
     "Agence italienne"),
    ("Un accord a été signé entre l'ONCF et l'Institut portugais de la mer.",
     "Institut portugais de la mer"),
])
def test_a_name_in_lower_case_or_with_a_complement_is_no_description(text: str,
                                                                      name: str) -> None:
    result = draft(text)
    assert any(o["name"].startswith(name) for o in result["organizations"])


def test_a_description_that_fits_no_body_named_before_names_nobody() -> None:
    result = draft("Une convention a été signée jeudi à Rabat entre l'Office national des "
                   "chemins de fer et le groupe canadien.")
    assert names(result)[0] == ["Office national des chemins de fer"]


@pytest.mark.parametrize("text", [
    "Le ministre marocain des Affaires étrangères, Karim Alami, a reçu jeudi son homologue "
    "gabonais, Paul Ndong. Au terme de leurs entretiens, les deux ministres ont signé un "
    "accord de coopération.",
    "Les ministres marocain et gabonais, Karim Alami et Paul Ndong. Photo: Studio X\n\n"
    "Reçu jeudi à Rabat par le ministre marocain des Affaires étrangères, Karim Alami, son "
    "homologue gabonais, Paul Ndong, a évoqué la coopération. Ces deux ministres ont "
    "ensuite signé un mémorandum d'entente.",
])
def test_the_two_ministers_who_sign_are_the_two_ministries_named_before(text: str) -> None:
    result = draft(text)
    found = parties(result)[0]
    assert found[0] == "mae" and len(found) == 2
    gabon = next(o for o in result["organizations"] if o["id"] == found[1])
    assert gabon["name"] == "Ministère des Affaires étrangères (Gabon)" and \
        gabon["country"] == "GA"


@pytest.mark.parametrize("text", [
    "Le chef du gouvernement et le Premier ministre tchèque ont signé lundi une "
    "déclaration conjointe.",
    "Le chef du gouvernement a reçu lundi le Premier ministre tchèque. Les deux chefs de "
    "gouvernement ont ensuite signé une déclaration conjointe.",
])
def test_the_head_of_government_signs_for_the_government(text: str) -> None:
    found = names(draft(text))[0]
    assert found == ["État marocain", "Gouvernement tchèque"]


@pytest.mark.parametrize("written", ["l'Oncf", "l'ONCF"])
def test_an_acronym_in_title_case_is_the_body_the_base_knows(written: str) -> None:
    result = draft(f"Un accord a été signé à Rabat entre {written} et la société Railtek.")
    assert parties(result)[0][0] == "oncf"
    assert [o["name"] for o in result["organizations"]] == ["Railtek"]


@pytest.mark.parametrize("text, event", [
    ("Lors la cérémonie d'inauguration, la société Tirex a signé avec l'Etat une "
     "convention d'investissement.", "Cérémonie d'inauguration"),
    ("Le groupe Tirex et l'Office national des chemins de fer ont signé jeudi une "
     "convention, en marge de la cérémonie d'ouverture du nouveau terminal de Fès.",
     "Cérémonie d'ouverture du nouveau terminal de Fès"),
])
def test_a_ceremony_that_opens_something_is_the_occasion(text: str, event: str) -> None:
    assert [e["name"] for e in draft(text)["events"]] == [event]


def test_the_signing_ceremony_itself_is_no_event() -> None:
    result = draft("Une convention a été signée lors de la cérémonie de signature entre "
                   "l'ONCF et la société Tirex.")
    assert result["events"] == []


PEOPLE = [{"id": "karim-alami", "name": "Karim Alami", "orgs": ["mae"]},
          {"id": "sara-bennani", "name": "Sara Bennani", "orgs": ["mae", "um5"]}]


@pytest.mark.parametrize("text", [
    "Le ministre marocain Alami et la société Railtek ont signé jeudi un accord.",
    "Le ministre Karim Alami a reçu jeudi son homologue Paul Ndong. Les deux ministres ont "
    "ensuite signé un mémorandum d'entente.",
])
def test_a_minister_named_without_portfolio_signs_for_the_body_the_base_has_him_sign_for(
        text: str) -> None:
    found = parties(draft(text, people=PEOPLE))[0]
    assert found[0] == "mae"
    assert all(p == "mae" or p == "railtek" for p in found)


def test_a_person_the_base_has_sign_for_several_bodies_names_none_of_them() -> None:
    result = draft("La ministre Bennani et la société Railtek ont signé jeudi un accord.",
                   people=PEOPLE)
    assert parties(result)[0] == ["railtek"]


@pytest.mark.parametrize("text, place", [
    ("La société Petrolis et l'ONCF viennent de signer un accord d'exploration et un "
     "contrat de reconnaissance à Tarfaya. Ces deux textes ont été signés lundi à Rabat "
     "entre l'ONCF et Petrolis.", "Rabat"),
    ("L'ONCF et la société Railtek ont signé une convention à Fès.", "Fès"),
    ("Un protocole d'accord à Agadir a été signé entre l'ONCF et la société Railtek. Le "
     "texte prévoit la création de 300 emplois à Tiznit.", "Agadir"),
])
def test_where_the_verb_of_signing_says_beats_a_place_after_the_agreement(text: str,
                                                                          place: str) -> None:
    assert {a["place"] for a in draft(text)["agreements"]} == {place}


@pytest.mark.parametrize("text, expected", [
    ("Les deux mémorandums ont été signés avec l'Ecole nationale des mines (ENM), relevant "
     "de l'Université Ibn Zohr, et l'Ecole supérieure de technologie (EST), relevant de "
     "l'Université Ibn Tofail.", [["enm"], ["est"]]),
    ("Deux accords ont été signés avec l'Ecole nationale des mines (ENM), relevant de "
     "l'Université Ibn Zohr et l'Ecole supérieure de technologie (EST), relevant de "
     "l'Université Ibn Tofail.", [["enm"], ["est"]]),
    ("Une convention a été signée par l'Institut Alpha, rattaché à l'Université Ibn Tofail, "
     "et par l'Agence Beta.", [["institut-alpha", "agence-beta"]]),
])
def test_the_body_a_signatory_belongs_to_does_not_end_the_roll(text: str,
                                                               expected: list[list[str]]
                                                               ) -> None:
    assert parties(draft(text)) == expected


def test_the_name_right_after_a_foreign_head_of_government_is_his_not_a_party() -> None:
    result = draft("Le Premier ministre tchèque Petr Novak, en visite de deux jours, a signé "
                   "avec le Maroc plusieurs accords de coopération, puis est reparti vers Tunis.")
    assert {p for found in parties(result) for p in found} == {"gouvernement-tcheque",
                                                               "etat-marocain"}
    assert [p["name"] for p in result["people"]] == ["Petr Novak"]


@pytest.mark.parametrize("text, country", [
    ("Le ministre de l'Intérieur qatari a signé jeudi avec l'ONCF un mémorandum.", "QA"),
    ("Le ministre de l'Équipement sénégalais, Moussa Diop, et l'ONCF ont signé jeudi un "
     "mémorandum.", "SN"),
])
def test_a_nationality_after_a_ministers_portfolio_is_the_ministrys_country(
        text: str, country: str) -> None:
    result = draft(text)
    ministry = next(o for o in result["organizations"] if o["kind"] == "ministry")
    assert ministry.get("country") == country
    assert not any(w in ministry["name"] for w in ("qatari", "sénégalais"))


def test_a_described_body_inside_a_unit_is_the_one_named_before() -> None:
    result = draft("Vendredi à Séville, l’Université Mohammed V de Rabat a conclu un accord "
                   "avec l’Université Pablo de Olavide. Le texte, paraphé par le président "
                   "de l’Université Mohammed V de Rabat, Ali Karimi, et le recteur de "
                   "l’Université espagnole, Pedro Ruiz, vise la mobilité. M. Ruiz a dit "
                   "qu’une délégation de l’Université espagnole viendra bientôt à Rabat "
                   "afin de conclure d’autres textes.")
    assert [o["name"] for o in result["organizations"]] == ["Université Pablo de Olavide"]


@pytest.mark.parametrize("text", [
    "Le Roi Mohammed VI et le président ghanéen, Kofi Mensah, ont présidé, hier au palais "
    "présidentiel à Accra, la cérémonie de lancement d’un programme agricole. Les deux chefs "
    "d’Etat ont aussi assisté à la signature de trois conventions. Dans ce cadre, un "
    "accord a été signé entre l’ONCF et la société Railtek.",
    "Le Roi Mohammed VI et le président ghanéen ont présidé hier à Accra la signature de deux "
    "conventions entre l’ONCF et la société Railtek.",
])
def test_a_foreign_city_after_the_day_of_the_ceremony_is_where_it_was_signed(text: str) -> None:
    assert {a["place"] for a in draft(text)["agreements"]} == {"Accra"}


@pytest.mark.parametrize("title", ["Secrétaire d'État portugais pour l'Énergie",
                                   "secrétaire d'État portugais à l'Énergie"])
def test_a_foreign_secretary_of_state_for_a_field_signs_for_his_secretariat(title: str) -> None:
    """ "le Secrétaire d'État espagnol pour l'Énergie, X": a foreign Secrétariat d'Etat, not
    the State itself nor a word of the title taken for a body."""
    from drafting_cases import drafted
    text = (f"Le Maroc et le Portugal ont signé lundi à Rabat un mémorandum d'entente sur "
            f"l'énergie. Paraphé par le ministre de l'Énergie, Karim Tazi, et le {title}, "
            f"Paulo Martins, le mémorandum vise les énergies renouvelables.")
    result = drafted(text, [], "2024-05-10")
    names = {o["name"]: o.get("country") for o in result["organizations"]}
    assert names.get("Secrétariat d'Etat à l'Énergie",
                     names.get("Secrétariat d'Etat pour l'Énergie")) == "PT"
    assert "Énergie" not in names
