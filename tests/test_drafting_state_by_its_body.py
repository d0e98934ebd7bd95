"""A state named in the lead ("Le Maroc et le Niger ont signé") is the Moroccan public body
that signs for it when the article names who signs for that body and no one for the state;
a foreign development agency beside its own government's envoy does not replace that
government."""

from __future__ import annotations

from drafting_cases import drafted, parties

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "aliases": ["Royaume du Maroc"],
     "kind": "state", "country": "MA"},
    {"id": "gouvernement-japon", "name": "Gouvernement du Japon", "aliases": ["Japon"],
     "kind": "state", "country": "JP"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body", "country": "MA"},
    {"id": "jica", "name": "Agence japonaise de coopération internationale", "acronym": "JICA",
     "kind": "public-body", "country": "JP"},
]

OFFICE = ("Le Maroc et le Niger ont signé, mardi à Rabat, une convention de formation de "
          "techniciens nigériens aux métiers de l'eau.\n\n"
          "La convention a été signée par le ministre de l'Hydraulique du Niger, Issoufou "
          "Garba, et le directeur de l'ONEE, Karim Lahlou.\n")

LOAN = ("Le Maroc et le Japon ont signé mardi à Rabat un accord de don, signé par le "
        "directeur de l'ONEE, Karim Lahlou, l'ambassadeur du Japon au Maroc, Kenji Mori, et "
        "le représentant de la JICA, Ryo Sato.\n")


def test_the_office_that_signs_is_morocco_s_side() -> None:
    [found] = parties(drafted(OFFICE, BASE, published_on="2024-05-22"))
    assert "etat-marocain" not in found
    assert "onee" in found
    assert len(found) == 2  # the Nigerien side stays


def test_a_foreign_agency_keeps_its_government() -> None:
    [found] = parties(drafted(LOAN, BASE, published_on="2024-05-22"))
    assert "etat-marocain" not in found
    assert {"onee", "gouvernement-japon", "jica"} <= set(found)
