"""Press articles as curators meet them: an amending protocol whose sentence also dates the
convention it amends, a headline quoting a company, "d'une durée de cinq ans", a board named
after its port, jobs counted direct and indirect together. Articles written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [{"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry",
         "aliases": ["Ministère délégué chargé du Budget"]}]


def draft(text: str, published_on: str | None = None) -> dict[str, Any]:
    return drafted(text, BASE, published_on)  # None: the dateline dates it


def test_an_amending_protocol_keeps_its_day_though_it_names_the_year_it_amends() -> None:
    result = draft("Maroc-Grèce : accord fiscal\n\nAthènes, 6 mars 2026 – Le ministre délégué "
                   "chargé du Budget, Karim Alami, et le secrétaire d'État grec aux Finances, "
                   "Nikos Petrou, ont signé jeudi à Athènes un protocole amendant la convention "
                   "de non double imposition signée en 1999.\n\nCe protocole a été paraphé en "
                   "présence de l'ambassadeur du Maroc en Grèce, Ali Idrissi.")
    (agreement,) = result["agreements"]
    assert agreement["type"] == "avenant"
    assert agreement["signed_on"] == "2026-03-05" and agreement["place"] == "Athènes"
    assert "mef" in party_names(result)[0] and len(party_names(result)[0]) == 2


def test_a_headline_quoting_a_company_is_a_headline_and_the_dateline_is_read() -> None:
    result = draft("Pêche : l'ANDA signe avec “Sardine & Fils”\n\nAgadir, le 5 février 2026 "
                   "(Le360) – L'Agence nationale pour le développement de l'aquaculture (ANDA) "
                   "et la société “Sardine & Fils” ont signé mercredi à Agadir une convention "
                   "de 12 MDH.")
    (agreement,) = result["agreements"]
    assert agreement["signed_on"] == "2026-02-04"
    assert agreement["sources"][0]["publisher"] == "Le360"
    assert len(party_names(result)[0]) == 2


def test_how_long_an_agreement_lasts_is_no_second_agreement() -> None:
    result = draft("Le président de l'Université Alpha, Omar Tazi, et le directeur de l'Agence "
                   "Beta, Ali Idrissi, ont procédé mardi à Tanger à la signature d'une "
                   "convention-cadre de partenariat d'une durée de cinq ans. D'un coût de 18,5 "
                   "millions de dirhams, la convention prévoit un master.", "2025-11-18")
    (agreement,) = result["agreements"]
    assert agreement["funding"]["amount"] == 18_500_000


def test_a_board_named_after_its_port_signs_for_it() -> None:
    result = draft("Le président du conseil de surveillance de Nador West Med, Ali Idrissi, et "
                   "le président de l'Université Alpha, Omar Tazi, ont signé mardi une "
                   "convention.", "2025-11-18")
    assert party_names(result) == [["Nador West Med", "Université Alpha"]]


def test_direct_and_indirect_jobs_together_are_not_the_direct_ones() -> None:
    both = draft("La société Alpha Câbles a signé lundi à Tanger une convention "
                 "d'investissement de 400 MDH qui permettra la création de 1.200 emplois "
                 "directs et indirects, dont 300 emplois directs.", "2026-03-03")
    assert both["agreements"][0]["jobs"] == {"direct": 300}
    alone = draft("La société Alpha Câbles a signé lundi à Tanger une convention "
                  "d'investissement de 400 MDH qui permettra la création de 1.200 emplois "
                  "directs et indirects.", "2026-03-03")
    assert "does not say these jobs are direct" in alone["yaml"]


def test_an_unnamed_minister_beside_a_titled_signatory_is_his_ministry() -> None:
    result = draft("Le ministre de l'Économie et des Finances et la vice-présidente de la Banque "
                   "Nordique d'Investissement, Anna Berg, ont signé lundi à Rabat un contrat de "
                   "financement.", "2026-06-09")
    assert party_names(result) == [["Banque Nordique d'Investissement", "mef"]]
    assert {p["name"] for p in result["people"]} == {"Anna Berg"}


def test_a_known_body_then_what_the_agreement_is_for() -> None:
    result = drafted("L'Office Sud a signé mardi à Béni Mellal une convention avec le Crédit "
                     "rural du Maroc pour le financement des agriculteurs, à hauteur de 90 MDH.",
                     [{"id": "crm", "name": "Crédit rural du Maroc", "kind": "company"}],
                     "2026-03-04")
    assert party_names(result) == [["Office Sud", "crm"]]


@pytest.mark.parametrize("said", [
    "un avenant à la convention conclue en 2022, qui portait sur 120 millions de dirhams",
    "un avenant à la convention de 2022, d'un montant initial de 120 millions de dirhams",
])
def test_what_an_amended_agreement_was_worth_is_not_the_avenants_funding(said: str) -> None:
    result = draft(f"L'Office Alpha et la Région Beta ont signé lundi à Errachidia {said}.",
                   "2026-05-12")
    (agreement,) = result["agreements"]
    assert agreement["type"] == "avenant" and not agreement.get("funding")


def test_a_town_whose_name_opens_with_an_article() -> None:
    result = draft("Le maire d'Essaouira, Ali Idrissi, et la maire de La Rochelle, Anne Morel, "
                   "ont signé jeudi un accord de jumelage.", "2025-10-03")
    assert "Mairie de La Rochelle" in {o["name"] for o in result["organizations"]}
    havre = draft("Le maire d'Essaouira, Ali Idrissi, et le maire du Havre, Paul Girard, ont "
                  "signé jeudi un accord de jumelage.", "2025-10-03")
    assert "Mairie du Havre" in {o["name"] for o in havre["organizations"]}
