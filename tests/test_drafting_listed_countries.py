"""Ministers of several countries named as one with the countries in brackets, a body's
name going on past "aux" ("aux droits de l'Homme"), treaties "ratifiées" that no one signs
that day, and a trade volume that is no agreement's amount. Each text is written for its
test in the press's own style."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, mention_names, names_of

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc"]},
    {"id": "ministere-agriculture", "name": "Ministère de l'Agriculture", "kind": "ministry",
     "country": "MA"},
]

LISTED = (
    "Tunis — Réunis dimanche 3 avril à Tunis, les ministres de l'Agriculture des pays "
    "membres de l'Union agricole des terres arides (Maroc, Algérie, Mauritanie et Libye) "
    "ont signé trois protocoles sur l'eau d'irrigation. Le commerce agricole entre "
    "ces pays, dont le volume des échanges commerciaux a atteint 420 millions de dollars en "
    "2015, reste modeste.\n")


def test_ministers_of_listed_countries_are_each_country_s_ministry() -> None:
    result = drafted(LISTED, BASE, published_on="2016-04-04")
    assert names_of(result) == {
        "ministere-agriculture", "Ministère de l'Agriculture (Algérie)",
        "Ministère de l'Agriculture (Mauritanie)", "Ministère de l'Agriculture (Libye)"}
    assert not any("pays membres" in o["name"] for o in result["organizations"])


def test_without_the_countries_the_ministers_stay_as_they_were() -> None:
    names = mention_names("Les ministres de l'Agriculture des pays membres ont signé hier "
                          "trois protocoles.")
    assert not any("(" in n for n in names)


def test_a_trade_volume_is_no_agreement_s_amount() -> None:
    result = drafted(LISTED, BASE, published_on="2016-04-04")
    assert all(a.get("funding") is None for a in result["agreements"])


def test_a_name_goes_on_past_aux_to_what_the_body_serves() -> None:
    assert mention_names("La Délégation interministérielle aux droits de l'Homme et le "
                         "Conseil national de la presse ont conclu une convention.") == [
        "Délégation interministérielle aux droits de l'Homme", "Conseil national de la presse"]


def test_aux_before_a_second_body_still_ends_the_first() -> None:
    names = mention_names("La convention lie l'Agence régionale aux communes de la Province "
                          "d'Ifrane.")
    assert "Agence régionale aux communes de la Province d'Ifrane" not in names


TREATIES = (
    "Salé — Le Conseil national de la presse et l'Institut supérieur de l'information ont "
    "conclu mercredi 11 décembre 2024 à Salé une convention de formation. Le texte prévoit "
    "des ateliers fondés sur la législation nationale et les conventions internationales "
    "ratifiées par le Royaume.\n")


def test_treaties_ratified_long_ago_are_not_signed_that_day() -> None:
    result = drafted(TREATIES, BASE, published_on="2024-12-12")
    assert len(result["agreements"]) == 1
    assert names_of(result) == {"Conseil national de la presse",
                                "Institut supérieur de l'information"}
