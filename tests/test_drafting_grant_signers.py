"""Who signs a grant from abroad: a secretary of State attached to a minister with a
portfolio of her own ("auprès du ministre de X, chargée de Y"), a foreign "vice-ministre
parlementaire chargé des Affaires étrangères", and an "Échange de Notes" that is the
agreement, not a body. Each text is written for its test in the press's own style."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, mention_names, names_of, types

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc", "Maroc"]},
    {"id": "ministere-agriculture", "kind": "ministry",
     "name": "Ministère de l'Agriculture, de la Pêche maritime et du Développement rural"},
]

GRANT = (
    "Rabat — Le Maroc et le Japon ont signé, jeudi 9 janvier 2025 à Rabat, un Échange de "
    "Notes et un Accord de don pour la construction d'une halle aux poissons à Tan-Tan.\n"
    "Les deux textes ont été paraphés par Salma Idrissi, Secrétaire d'État auprès du "
    "ministre de l'Agriculture, de la Pêche maritime et du Développement rural, chargée de "
    "la Pêche maritime, et Kenji Sato, vice-ministre parlementaire chargé des Affaires "
    "étrangères du Japon.\n")


def test_a_secretary_with_her_own_portfolio_signs_for_her_secretariat() -> None:
    result = drafted(GRANT, BASE, published_on="2025-01-10")
    assert "Secrétariat d'Etat chargé de la Pêche maritime" in names_of(result)
    assert "ministere-agriculture" not in names_of(result)


def test_a_secretary_attached_to_a_minister_alone_still_signs_for_his_ministry() -> None:
    text = GRANT.replace(", chargée de la Pêche maritime,", ",")
    assert "ministere-agriculture" in names_of(drafted(text, BASE, published_on="2025-01-10"))


def test_a_parliamentary_vice_minister_signs_for_his_ministry() -> None:
    result = drafted(GRANT, BASE, published_on="2025-01-10")
    assert "Ministère des Affaires étrangères (Japon)" in names_of(result)


def test_an_exchange_of_notes_is_the_agreement_not_a_body() -> None:
    result = drafted(GRANT, BASE, published_on="2025-01-10")
    assert types(result) == ["accord", "accord"]
    assert not any("Notes" in name for name in names_of(result))
    assert "Échange de Notes" not in mention_names(
        "Les deux pays ont signé un Échange de Notes sur la pêche.")


def test_who_presides_with_the_king_does_not_sign() -> None:
    base = BASE + [
        {"id": "etat-portugal", "name": "République portugaise", "kind": "other",
         "country": "PT", "aliases": ["Portugal"]},
        {"id": "prince-moulay-rachid", "name": "Prince Moulay Rachid", "kind": "other"},
        {"id": "princesse-lalla-hasnaa", "name": "Princesse Lalla Hasnaa", "kind": "other"}]
    text = ("Rabat — Le Roi a présidé, en compagnie du Prince Moulay Rachid, de la Princesse "
            "Lalla Hasnaa, ainsi que du Président portugais, une cérémonie de signature de "
            "trois accords entre le Royaume du Maroc et la République portugaise, lundi 3 "
            "mars 2025 au Palais royal de Rabat.\n")
    found = names_of(drafted(text, base, published_on="2025-03-04"))
    assert found == {"etat-marocain", "etat-portugal"}


DEVOXX = (
    "Agadir — La ministre de la Transition numérique, Leila Amrani, a signé mercredi 16 "
    "novembre 2022 à Agadir deux mémorandums d'entente.\n"
    "Le premier mémorandum, signé entre le département de Leila Amrani et l'éditeur "
    "allemand de logiciels pour les cliniques et les laboratoires, Medisoft, prévoit 500 "
    "emplois.\n")


def test_a_ministers_department_is_her_ministry() -> None:
    found = names_of(drafted(DEVOXX, BASE, published_on="2022-11-17"))
    assert "Ministère de la Transition numérique" in found
    assert not any(name.startswith("Département") for name in found)


def test_a_company_named_after_its_description_and_a_comma_signs() -> None:
    assert "Medisoft" in names_of(drafted(DEVOXX, BASE, published_on="2022-11-17"))


def test_a_place_after_a_description_names_no_company() -> None:
    assert "Tanger" not in mention_names(
        "Le groupe chinois de textile, Tanger, accueille une usine.")


def test_bodies_that_sign_after_a_presiding_still_sign() -> None:
    base = BASE + [{"id": "onee", "name": "Office national de l'électricité et de l'eau "
                    "potable", "kind": "public-body", "acronym": "ONEE"},
                   {"id": "bei", "name": "Banque européenne d'investissement",
                    "kind": "international", "acronym": "BEI"}]
    text = ("Rabat — Le Chef du gouvernement a présidé jeudi 6 mars 2025 la séance au cours "
            "de laquelle l'ONEE et la BEI ont conclu un accord de prêt de 90 millions "
            "d'euros.\n")
    assert names_of(drafted(text, base, published_on="2025-03-07")) == {"onee", "bei"}
