"""The roll of signatories: every body named after the first signatory of a list signs
too, whatever stands between two of them (the people who sign, a second title, the
capacity one signs in, the side one signs for), until the roll ends. Each test drafts a
press sentence written for it."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "ministere-sante", "name": "Ministère de la Santé et de la Protection sociale",
     "kind": "ministry"},
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry"},
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc"]},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, "2025-03-12")


def signed(result: dict[str, Any]) -> list[str]:
    names = {o["id"]: o["name"] for o in result["organizations"]}
    return [names.get(p, p) for p in parties(result)[0]]


def test_the_capacity_a_signatory_signs_in_is_no_party_and_the_roll_goes_on() -> None:
    found = signed(draft(
        "Fès — La convention a été signée jeudi par le directeur de l'Agence urbaine de "
        "Fès, Omar Tazi, en sa qualité de président du comité local de pilotage, la "
        "présidente du conseil communal de Sefrou et le président de l'Université Moulay "
        "Slimane."))
    assert found == ["Agence urbaine de Fès", "Commune de Sefrou (Conseil communal)",
                     "Université Moulay Slimane"]


def test_a_second_title_and_the_next_signatorys_name_do_not_end_the_roll() -> None:
    found = signed(draft(
        "Tanger — Le mémorandum a été paraphé par Mme Laila Benali, ministre de la Santé et "
        "de la Protection sociale, porte-parole du gouvernement, et M. Joao Ferreira, "
        "président de l'Institut lusitanien d'oncologie."))
    assert found == ["ministere-sante", "Institut lusitanien d'oncologie"]


def test_a_third_signatory_after_an_ambassador_and_the_people_who_sign() -> None:
    found = signed(draft(
        "Rabat — L'accord de don a été paraphé par la ministre de l'Économie et des Finances, "
        "Leila Alami, l'ambassadeur extraordinaire et plénipotentiaire de Corée au Maroc, "
        "Kim Jinho, et le représentant résident de l'Agence coréenne de coopération "
        "internationale (KOICA) à Rabat, Lee Sungmin."))
    assert found[0] == "mef"
    assert "Agence coréenne de coopération internationale" in found
    assert not any("Lee" in name or "Kim" in name for name in found)


def test_the_roll_ends_where_those_present_begin() -> None:
    found = signed(draft(
        "Errachidia — La convention a été signée mardi par le président de la Fondation "
        "Oasis Verte, Samir Idrissi, et le directeur de l'Office régional de mise en valeur "
        "agricole du Tafilalet, Hassan Ouali, en présence du gouverneur de la province "
        "d'Errachidia et du président de la Chambre d'agriculture de la région."))
    assert found == ["Fondation Oasis Verte",
                     "Office régional de mise en valeur agricole du Tafilalet"]


def test_the_names_in_what_the_agreement_is_for_do_not_sign_it() -> None:
    found = signed(draft(
        "Rabat — L'Office national des aéroports et la Fédération européenne des "
        "pilotes de ligne ont conclu lundi un accord de trois ans, destiné à rapprocher "
        "davantage le Maroc et les compagnies aériennes nordiques."))
    assert found == ["Office national des aéroports",
                     "Fédération européenne des pilotes de ligne"]
    found = signed(draft(
        "Fès — La commune de Sefrou a signé mardi une convention avec l'Agence urbaine de "
        "Fès afin de renforcer les échanges entre le Maroc et l'Andalousie."))
    assert found == ["Commune de Sefrou", "Agence urbaine de Fès"]


def test_an_agreement_signed_for_a_purpose_with_a_partner_named_after_keeps_it() -> None:
    found = signed(draft(
        "Oujda — La région de l'Oriental a signé jeudi une convention pour le financement "
        "de deux barrages avec la Banque européenne d'investissement."))
    assert len(found) == 2


@pytest.mark.parametrize("rank", ["2ème", "premier", "troisième", "1er"])
def test_a_ranked_title_goes_on_with_the_roll(rank: str) -> None:
    """ "…, le 2ème vice-président de l'Office X, M. Y, …": a rank before a title is part
    of the title, and the roll of signatories goes on past it."""
    from drafting_cases import drafted, party_names
    base = [{"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
             "acronym": "ONEE", "kind": "public-body"},
            {"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
             "kind": "bank"},
            {"id": "region-oriental", "name": "Région de l'Oriental (Conseil régional)",
             "kind": "public-body"}]
    text = (f"La convention a été signée par le président de la Région de l'Oriental, Omar "
            f"Sefrioui, le {rank} vice-président de l'ONEE, Ali Bennani, et le directeur de "
            f"la BAD, Saïd Alami.")
    [names] = party_names(drafted(text, base, "2024-05-10"))
    assert "onee" in names and "bad" in names
