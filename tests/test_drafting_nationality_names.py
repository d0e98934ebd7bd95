"""A foreign body the press names with its country's adjective ("la Banque centrale
qatarie", "l'Agence japonaise de coopération") is the base's body named with the country
("Banque centrale du Qatar", "… (Japon)"), and only one of that country. A central bank
signs as a party, never as a lender. Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "bam", "name": "Bank Al-Maghrib", "acronym": "BAM", "kind": "public-body",
     "country": "MA"},
    {"id": "qa-bc", "name": "Banque centrale du Qatar", "kind": "public-body", "country": "QA"},
    {"id": "kw-bc", "name": "Banque centrale du Koweït", "kind": "public-body", "country": "KW"},
    {"id": "sn-peche", "name": "Ministère de la Pêche (Sénégal)", "kind": "ministry",
     "country": "SN"},
    {"id": "sa-agence", "name": "Agence de coopération de l'Arabie saoudite",
     "kind": "public-body", "country": "SA"},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE)


def roles(result: dict[str, Any]) -> dict[str, str]:
    return {p["org"]: p["role"] for a in result["agreements"] for p in a["parties"]}


@pytest.mark.parametrize(("text", "oid"), [
    ("Rabat — Bank Al-Maghrib et la Banque centrale qatarie ont signé lundi à Rabat un "
     "mémorandum d'entente sur la supervision bancaire.", "qa-bc"),
    ("Rabat — Un accord d'échange d'informations a été paraphé mardi par Bank Al-Maghrib et "
     "la Banque centrale koweïtienne.", "kw-bc"),
    ("Dakar — Le ministère sénégalais de la Pêche et Bank Al-Maghrib ont conclu jeudi un "
     "protocole sur le financement des pêcheurs artisans.", "sn-peche"),
    ("Rabat — L'Agence de coopération saoudienne et Bank Al-Maghrib ont signé lundi une "
     "convention d'assistance technique.", "sa-agence"),
])
def test_a_body_named_with_its_countrys_adjective_is_the_bases(text: str, oid: str) -> None:
    result = draft(text)
    linked = {p["org"] for a in result["agreements"] for p in a["parties"]}
    assert oid in linked
    assert not any(o["id"] != oid and o.get("country") == next(
        b["country"] for b in BASE if b["id"] == oid) for o in result["organizations"])


def test_the_adjective_of_another_country_links_nothing() -> None:
    result = draft("Rabat — Bank Al-Maghrib et la Banque centrale omanaise ont signé lundi un "
                   "mémorandum d'entente sur les paiements.")
    linked = {p["org"] for a in result["agreements"] for p in a["parties"]}
    assert not linked & {"qa-bc", "kw-bc"}


def test_a_central_bank_is_a_party_not_a_lender() -> None:
    result = draft("Rabat — Bank Al-Maghrib et la Banque centrale qatarie ont signé lundi à "
                   "Rabat un mémorandum d'entente sur la supervision bancaire.")
    assert roles(result).get("qa-bc") == "partner"


@pytest.mark.parametrize(("text", "name", "aliases"), [
    ("Rabat — Bank Al-Maghrib et le Ministère ghanéen des Finances ont signé lundi un "
     "protocole sur les paiements mobiles.", "Ministère des Finances (Ghana)",
     ["Ministère ghanéen des Finances"]),
    ("Rabat — Bank Al-Maghrib et le ministère des Finances du Ghana ont signé lundi un "
     "protocole sur les paiements mobiles.", "Ministère des Finances (Ghana)", None),
    # the adjective further in: the name already says its country, and stays as written
    ("Rabat — Bank Al-Maghrib et le Ministère fédéral ghanéen des Finances ont signé lundi un "
     "protocole sur les paiements mobiles.", "Ministère fédéral ghanéen des Finances", None),
])
def test_a_new_foreign_ministry_is_named_with_its_country_and_the_press_spelling(
        text: str, name: str, aliases: list[str] | None) -> None:
    # as the base names foreign ministries; the adjective form stays findable as an alias
    new = [o for o in draft(text)["organizations"] if o.get("country") == "GH"]
    assert [(o["name"], o.get("aliases")) for o in new] == [(name, aliases)]


def test_a_foreign_ministry_named_like_a_moroccan_one_is_a_party_of_its_own() -> None:
    base = [*BASE, {"id": "ministere-finances", "name": "Ministère des Finances",
                    "kind": "ministry"}]
    result = drafted("Rabat — Le ministère des Finances et le ministère des Finances du Ghana "
                     "ont signé lundi un protocole sur la dette.", base)
    new = {o["id"]: o["name"] for o in result["organizations"]}
    found = [new.get(p["org"], p["org"]) for a in result["agreements"] for p in a["parties"]]
    assert found == ["ministere-finances", "Ministère des Finances (Ghana)"]
