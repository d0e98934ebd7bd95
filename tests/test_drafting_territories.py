"""A town or a region signs once, through its council, whatever else the article calls it:
"la commune de Y" and "la maire de Y", "les régions A et B" and "le président de la région
A". Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "commune-agadir", "name": "Commune d'Agadir", "kind": "public-body"},
    {"id": "region-souss-massa", "name": "Région Souss-Massa (Conseil régional)",
     "kind": "public-body", "aliases": ["Région Souss-Massa", "Conseil de la région Souss-Massa"]},
]


def parties_and_signers(text: str) -> tuple[set[str], set[str]]:
    result = drafted(text, BASE, published_on="2023-03-20")
    new = {o["id"]: o["name"] for o in result["organizations"]}
    found = {new.get(p["org"], p["org"]) for a in result["agreements"] for p in a["parties"]}
    people = {s["person"] for a in result["agreements"] for s in a.get("signatories", [])}
    return found, people


@pytest.mark.parametrize("text, other", [
    ("Agadir — Un accord de jumelage a été signé samedi entre la commune d'Agadir et la commune "
     "de Nantes. Il a été paraphé par le président du conseil communal d'Agadir, Karim Alami, "
     "et la maire de Nantes, Johanna Morel.", "Commune de Nantes"),
    ("Agadir — Un accord a été conclu samedi entre la commune d'Agadir et la commune de "
     "Vibo Valentia, paraphé par le président du conseil communal d'Agadir, Karim Alami, et le "
     "maire de Vibo Valentia, Paolo Russo.", "Commune de Vibo Valentia"),
])
def test_the_mayor_signs_for_the_commune(text: str, other: str) -> None:
    found, _ = parties_and_signers(text)
    assert found == {"commune-agadir", other}


def test_the_mayor_named_keeps_signing_for_the_commune() -> None:
    _, people = parties_and_signers(
        "Agadir — Un accord de jumelage a été signé samedi entre la commune d'Agadir et la "
        "commune de Nantes. Il a été paraphé par le président du conseil communal d'Agadir, "
        "Karim Alami, et la maire de Nantes, Johanna Morel.")
    assert "johanna-morel" in people


def test_a_region_and_its_bare_name_are_one_party() -> None:
    found, _ = parties_and_signers(
        "Agadir — Une feuille de route a été signée mardi entre les régions Souss-Massa et "
        "Île-de-France, paraphée par le président de la région Souss-Massa, Karim Alami, et la "
        "présidente de la Région Île-de-France, Claire Petit.")
    assert found == {"region-souss-massa", "Région Île-de-France"}


def test_two_different_towns_stay_two_parties() -> None:
    found, _ = parties_and_signers(
        "Agadir — Une convention a été signée entre la commune d'Agadir et la ville de Nantes.")
    assert found == {"commune-agadir", "Ville de Nantes"}


def drafted_parties(text: str) -> list[set[str]]:
    result = drafted(text, BASE, published_on="2023-03-20")
    new = {o["id"]: o["name"] for o in result["organizations"]}
    return [{new.get(p["org"], p["org"]) for p in a["parties"]} for a in result["agreements"]]


def test_a_list_of_towns_after_their_plural_gives_one_town_each() -> None:
    # after the first "de", the names come bare, each with its country in brackets
    text = ("Agadir — La commune d'Agadir a signé samedi des accords de jumelage avec les villes "
            "de Thiès (Sénégal), Kayes (Mali), Mopti (Mali) et Zinder (Niger).")
    agreements = drafted_parties(text)
    assert len(agreements) == 4
    assert {n for a in agreements for n in a} == {
        "commune-agadir", "Ville de Thiès (Sénégal)", "Ville de Kayes (Mali)",
        "Ville de Mopti (Mali)", "Ville de Zinder (Niger)"}  # as the base names foreign towns
    assert all("commune-agadir" in a and len(a) == 2 for a in agreements)


def test_a_twinning_names_towns_alone() -> None:
    # no "ville de" at all: a twinning is between towns, so the bare names are towns
    text = ("Agadir — La commune d'Agadir a officialisé samedi des jumelages avec Saint-Louis "
            "(Sénégal), Ségou (Mali) et Grand Bassam (Côte d'Ivoire).")
    found = {n for a in drafted_parties(text) for n in a}
    assert {"Ville de Saint-Louis (Sénégal)", "Ville de Ségou (Mali)",
            "Ville de Grand Bassam (Côte d'Ivoire)"} <= found


def test_a_town_named_twice_is_one_organization() -> None:
    text = ("Agadir — La commune d'Agadir a signé samedi des accords de jumelage avec les villes "
            "de Kayes (Mali) et Zinder (Niger). Le maire de la ville de Kayes, Amadou Traoré, a "
            "salué cet accord.")
    result = drafted(text, BASE, published_on="2023-03-20")
    names = [o["name"] for o in result["organizations"]]
    assert names.count("Ville de Kayes (Mali)") == 1, names


def test_a_foreign_town_is_one_body_whatever_its_head() -> None:
    # named with its country in a list, then as "la mairie de" without it
    text = ("Agadir — La commune d'Agadir a signé samedi des accords de jumelage avec les villes "
            "de Kayes (Mali) et Zinder (Niger). La maire de Kayes, Awa Diarra, a signé pour sa "
            "ville.")
    result = drafted(text, BASE, published_on="2023-03-20")
    names = sorted(o["name"] for o in result["organizations"])
    assert names == ["Ville de Kayes (Mali)", "Ville de Zinder (Niger)"]
    assert "Accord avec Ville de Kayes (Mali)" in [a["title"] for a in result["agreements"]]


def test_without_twinning_bare_places_are_not_parties() -> None:
    text = ("Agadir — La commune d'Agadir a signé samedi une convention avec la commune de "
            "Nantes pour des échanges entre Tiznit et Taroudant.")
    found = {n for a in drafted_parties(text) for n in a}
    assert found == {"commune-agadir", "Commune de Nantes"}


def test_a_country_of_several_words_in_brackets_is_left_out_of_the_town() -> None:
    text = ("Agadir — La commune d'Agadir a signé samedi des accords de jumelage avec les villes "
            "de Thiès (Sénégal), Abidjan (Côte d'Ivoire) et Kayes (Mali).")
    found = {n for a in drafted_parties(text) for n in a}
    assert "Ville d'Abidjan (Côte d'Ivoire)" in found, found  # the country, not the town's


def test_a_plural_head_with_its_adjective_before_a_list_of_places_gives_one_body_each() -> None:
    found = {n for a in drafted_parties(
        "Nador — L'accord a été signé lundi entre les deux autorités portuaires de Nador West "
        "Med et de la Baie de Cadix pour un couloir maritime.") for n in a}
    assert found == {"Autorité portuaire de Nador West Med", "Autorité portuaire de la Baie de "
                     "Cadix"}
