"""The agreements a news item works within, and the one it tells ("la dernière en date …
et signée par A, B et C"); a wali named after his region; a group the base knows, named
without "groupe"; and occasions the press names by a match or an opening, and a signing
in a capital of Central America."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"},
        {"id": "holding-atlas-habitat", "name": "Holding Atlas Habitat",
         "aliases": ["Groupe Atlas Habitat"], "kind": "company", "country": "MA"}]

LATEST = ("À Nador, le groupe Atlas Habitat lance des chantiers dans le cadre des conventions "
          "qu'il a signées depuis 2019 avec les collectivités. La plus récente vise la "
          "mise à niveau des quartiers anciens de la préfecture de Nador et signée par Karim "
          "Tazi, wali de l'Oriental, Omar Bennani, président du directoire du groupe Atlas "
          "Habitat, et Samir Alaoui, directeur régional d'Atlas Habitat.\n")


def test_the_latest_of_the_agreements_worked_within_is_the_one_told() -> None:
    assert len(drafted(LATEST, BASE, published_on="2025-06-02")["agreements"]) == 1


def test_a_wali_named_after_his_region_signs_for_its_wilaya() -> None:
    found = names_of(drafted(LATEST, BASE, published_on="2025-06-02"))
    assert "Wilaya de l'Oriental" in found
    assert "Oriental" not in found


def test_a_group_the_base_knows_is_the_same_without_its_word_group() -> None:
    found = names_of(drafted(LATEST, BASE, published_on="2025-06-02"))
    assert "holding-atlas-habitat" in found
    assert "Atlas Habitat" not in found


def _events(text: str) -> list[str]:
    return [e["name"] for e in drafted(text, BASE, published_on="2025-06-02")["events"]]


def test_a_match_the_signing_was_on_the_sidelines_of_is_its_occasion() -> None:
    text = ("Le Maroc et le Bénin ont signé samedi à Fès un mémorandum dans le domaine du "
            "sport, en marge du match de football Maroc-Bénin des éliminatoires du Mondial.\n")
    assert any(name.startswith("Match de football Maroc-Bénin") for name in _events(text))


def test_the_opening_of_a_venue_is_the_occasion() -> None:
    text = ("Un contrat a été signé mercredi à Agadir entre la Société des stades du Sud et le "
            "Club sportif d'Agadir. Ce contrat a été paraphé à l'occasion de l'ouverture du "
            "nouveau stade d'Agadir.\n")
    assert "Ouverture du nouveau stade d'Agadir" in _events(text)


def test_a_capital_of_central_america_is_a_place_as_sure_as_a_moroccan_city() -> None:
    text = ("Mardi à Tegucigalpa, au terme d'un entretien, un accord a été conclu entre la "
            "ministre déléguée aux Affaires étrangères et le vice-ministre hondurien des "
            "Affaires étrangères.\n")
    result = drafted(text, BASE, published_on="2025-06-04")
    assert result["agreements"][0].get("place") == "Tegucigalpa"
    line = next(x for x in result["yaml"].splitlines() if x.strip().startswith("place:"))
    assert "TODO" not in line
