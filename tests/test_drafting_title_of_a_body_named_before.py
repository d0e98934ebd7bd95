""""le président de l'université, A": a title over a body named before in lower case
signs for that body, not for whatever the base once had A sign for."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "universite-ibn-tofail", "name": "Université Ibn Tofail", "kind": "public-body",
         "country": "MA"},
        {"id": "ministere-enseignement-superieur", "name": "Ministère de l'Enseignement "
         "supérieur", "kind": "ministry", "country": "MA"}]
PEOPLE = [{"id": "nadia-karimi", "name": "Nadia Karimi",
           "orgs": ["ministere-enseignement-superieur"], "signatures": [5]}]


def test_the_president_of_the_university_signs_for_it() -> None:
    text = ("L'Agence de développement du numérique et l'Université Ibn Tofail ont signé lundi "
            "à Kénitra une convention sur la cybersécurité. Elle a été paraphée par le "
            "directeur de l'agence, Omar Fassi, et la présidente de l'université, Nadia "
            "Karimi.\n")
    result = drafted(text, BASE, people=PEOPLE)
    [agreement] = result["agreements"]
    new = {o["id"]: o["name"] for o in result["organizations"]}
    signers = {s["person"]: new.get(s.get("org"), s.get("org"))
               for s in agreement["signatories"]}
    assert signers["nadia-karimi"] == "universite-ibn-tofail"
    assert signers["omar-fassi"] == "Agence de développement du numérique"
    assert "ministere-enseignement-superieur" not in [p["org"] for p in agreement["parties"]]
