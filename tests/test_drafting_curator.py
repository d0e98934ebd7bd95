"""Patterns met in press reports the project had never seen: honorifics before names,
officials of provinces and councils, organization names with commas, "l'une avec A et
l'autre avec B", a dateline glued to the lead. Each test drafts an article written for it,
in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "ministere-agriculture", "name": "Ministère de l'Agriculture et de la Pêche maritime",
     "kind": "ministry"},
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry"},
]


def draft(text: str, published_on: str = "2025-03-12", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


def signatories(result: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["person"], s["org"]) for a in result["agreements"]
            for s in a.get("signatories") or []]


def test_honorifics_before_the_signatories_names_keep_both_sides() -> None:
    result = draft("Meknès — Un protocole sur les semences a été paraphé lundi par M. Samir "
                   "Kettani, ministre de l'Agriculture et de la Pêche maritime, et Mme Ilse "
                   "Vermeulen, ministre néerlandaise de l'Agriculture.")
    assert parties(result) == [["ministere-agriculture", "ministere-agriculture-nl"]]
    assert signatories(result) == [("samir-kettani", "ministere-agriculture"),
                                   ("ilse-vermeulen", "ministere-agriculture-nl")]


def test_a_name_with_adjectives_listed_by_commas_is_one_organization() -> None:
    result = draft("Tanger — L'Agence portuaire du Nord et l'observatoire régional, social et "
                   "environnemental (ORSE) ont signé mardi à Tanger une convention-cadre sur "
                   "la qualité de l'air.")
    orgs = {o["id"]: o["name"] for o in result["organizations"]}
    assert orgs["orse"] == "Observatoire régional, social et environnemental"
    assert "orse" in parties(result)[0]
    assert not any(name.lower() == "observatoire régional" for name in orgs.values())


def test_a_conference_of_presidents_with_its_acronym_is_a_body_not_an_event() -> None:
    result = draft("Fès — La convention a été signée jeudi à Fès par le président de la "
                   "Conférence des doyens de médecine (CDM), Rachid Benali, et le directeur de "
                   "l'Agence régionale de santé, Omar Tazi.")
    assert result["events"] == []
    assert parties(result)[0][0] == "cdm"
    assert ("rachid-benali", "cdm") in signatories(result)


def test_officials_of_a_province_and_its_council_sign_under_a_headline_naming_the_town() -> None:
    result = draft("Signature à Taroudant d'une convention pour les pistes rurales\n\n"
                   "La convention a été paraphée par M. Hamid Sefrioui, gouverneur de la "
                   "province, M. Lahcen Amrani, président de l'assemblée provinciale de "
                   "Taroudant, et M. Brahim Ouali, premier vice-président du conseil régional "
                   "de l'Oriental.")
    agreement = result["agreements"][0]
    assert agreement["place"] == "Taroudant"
    orgs = {o["id"]: o for o in result["organizations"]}
    assert orgs["conseil-provincial-taroudant"]["name"] == "Conseil provincial de Taroudant"
    assert signatories(result) == [("hamid-sefrioui", "province-taroudant"),
                                   ("lahcen-amrani", "conseil-provincial-taroudant"),
                                   ("brahim-ouali", parties(result)[0][2])]


def test_councils_of_two_levels_named_with_one_plural_are_two_parties() -> None:
    result = draft("Azilal — L'Office régional de mise en valeur agricole a signé mardi deux "
                   "conventions avec les Conseils régional et provincial de la province "
                   "d'Azilal.")
    names = sorted(o["name"] for o in result["organizations"])
    assert "Conseil provincial d'Azilal" in names and "Conseil régional d'Azilal" in names
    assert len(result["agreements"]) == 2
    assert all(len(p) == 2 for p in parties(result))


def test_a_dateline_glued_to_the_lead_by_its_dash_is_not_an_organization() -> None:
    result = draft("Lyon-La commune de Tanger et la Métropole de Lyon ont signé, jeudi à Lyon, "
                   "un accord de jumelage.")
    names = [o["name"] for o in result["organizations"]]
    assert not any(name.startswith("Lyon-") for name in names)
    assert "commune-tanger" in parties(result)[0]


def test_what_a_numbered_agreement_is_comes_from_its_predicate() -> None:
    result = draft("Rabat — Deux conventions ont été signées lundi à Rabat. La première "
                   "convention est une déclaration conjointe sur la pêche artisanale, signée par "
                   "le ministre de l'Agriculture et de la Pêche maritime, Samir Kettani. La "
                   "deuxième est une convention-cadre sur les ports de pêche, signée par le "
                   "ministre de l'Économie et des Finances, Karim Lahlou.")
    assert [a["type"] for a in result["agreements"]] == ["other", "convention-cadre"]


def test_a_numbered_document_said_signed_takes_its_predicate_s_type() -> None:
    result = draft("Rabat — Deux accords ont été conclus lundi à Rabat. Le premier texte est "
                   "une déclaration commune sur le gaz. Le second document signé est un "
                   "protocole d'accord sur les engrais entre l'Office Alpha et la Société Beta.")
    assert [a["type"] for a in result["agreements"]] == ["other", "protocole-accord"]


def test_a_third_signatory_whose_name_the_tagger_misses_keeps_the_list_going() -> None:
    result = draft("Rabat — La convention a été signée mardi à Rabat par M. Samir Kettani, "
                   "ministre de l'Agriculture et de la Pêche maritime, M. Jean-Loup Barthès, "
                   "délégué Maroc de la Fondation Agrisud (FAS), et M. Karim Lahlou, ministre de "
                   "l'Économie et des Finances.")
    assert parties(result) == [["ministere-agriculture", "fas", "mef"]]


def test_officials_present_are_not_parties_and_a_surname_in_capitals_is_a_person() -> None:
    result = draft("En présence de Monsieur le Ministre de l'Économie et des Finances, Karim "
                   "LAHLOU, et de Madame la Ministre déléguée, Nawal BERRADA, le directeur "
                   "général a signé jeudi deux conventions : l'une avec l'Université Ibn Zohr et "
                   "l'autre avec l'Université Cadi Ayyad.")
    names = [o["name"] for o in result["organizations"]]
    assert not any("LAHLOU" in n or "BERRADA" in n or n.startswith(("Monsieur", "Madame"))
                   for n in names)
    drafted = {p for a in parties(result) for p in a}
    assert drafted == {"universite-ibn-zohr", "universite-cadi-ayyad"}


def test_a_draft_memorandum_signed_in_a_list_is_one_of_them() -> None:
    result = draft("Rabat — Le Maroc et le Gabon ont signé lundi à Rabat plusieurs accords. Les "
                   "deux ministres ont paraphé un mémorandum sur les visas, un projet de "
                   "mémorandum sur le sport et une convention sur la pêche.")
    assert [a["type"] for a in result["agreements"]][:2] == ["memorandum", "memorandum"]
    assert len(result["agreements"]) == 3
