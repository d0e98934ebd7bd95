"""A batch listed with stars after "Il s'agit de :", names given in two languages with the
acronym after a dash, a federated state, a lender told back as "l'institution financière",
and a date that belongs to another act. Press sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, party_names, types

pytest.importorskip("spacy")

BASE = [
    {"id": "bei", "name": "Banque européenne d'investissement", "acronym": "BEI",
     "kind": "international"},
    {"id": "orea", "name": "Office régional des eaux de l'Atlas", "acronym": "OREA",
     "kind": "public-body"},
]


def draft(text: str, published_on: str = "2024-05-08", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


BATCH = ("Le groupe Atlas Engrais reçoit cette semaine une délégation du Ghana, venue faire le "
         "point sur une usine lancée officiellement en juin 2019. Dans le sillage de cette "
         "visite, trois protocoles ont été signés. Il s'agit de : * Un protocole d'accord entre "
         "Atlas Engrais Africa, l'Association des importateurs et distributeurs d'intrants au "
         "Ghana (Ghana Input Importers & Distributors Association – GIIDA) et la Société "
         "nationale du gaz du Ghana (Ghana National Gas Company – GNGC) pour la fourniture de "
         "gaz. * Un pacte d'actionnaires entre Atlas Engrais Africa et la GNGC pour créer une "
         "coentreprise. * Un protocole d'accord entre Atlas Engrais Africa et l'Etat de la "
         "Volta pour l'accès aux terres.")


def test_a_star_list_opened_in_the_sentence_that_announces_it() -> None:
    result = draft(BATCH)
    assert types(result) == ["protocole-accord", "other", "protocole-accord"]
    assert party_names(result) == [
        ["Association des importateurs et distributeurs d'intrants au Ghana",
         "Atlas Engrais Africa", "Société nationale du gaz du Ghana"],
        ["Atlas Engrais Africa", "Société nationale du gaz du Ghana"],
        ["Atlas Engrais Africa", "Etat de la Volta"],
    ]


def test_a_name_in_another_language_and_its_acronym_after_a_dash() -> None:
    orgs = {o["name"]: o for o in draft(BATCH)["organizations"]}
    giida = orgs["Association des importateurs et distributeurs d'intrants au Ghana"]
    assert giida["acronym"] == "GIIDA"
    assert "Ghana Input Importers & Distributors Association" in giida["aliases"]


def test_the_day_of_another_act_and_a_visit_are_not_the_signing() -> None:
    result = draft(BATCH)
    assert [a.get("signed_on") for a in result["agreements"]] == [None, None, None]


def test_the_financial_institution_is_the_lender_named_before() -> None:
    result = draft("La Banque européenne d'investissement (BEI) renforce sa présence au Maroc. "
                   "L'institution financière a finalisé hier, mardi 7 mai, avec l'Office "
                   "régional des eaux de l'Atlas (OREA), un nouveau contrat de prêt de 60 "
                   "millions d'euros.")
    assert party_names(result) == [["bei", "orea"]]
    assert result["agreements"][0]["signed_on"] == "2024-05-07"
