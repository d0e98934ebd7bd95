"""Lenders, donors and the bodies that finance development: every name of such a body is
one organization with its acronym, a department of it signs for it, "X accorde un prêt à
Y" and "un don octroyé par X à Y" give the lender and the borrower, and an agreement said
to bind three sides binds the three the article names. Each test drafts an article
written for it, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "ministere-finances", "name": "Ministère de l'Économie et des Finances",
     "kind": "ministry", "acronym": "MEF"},
    {"id": "kfw", "name": "KfW (Banque allemande de développement)", "acronym": "KfW",
     "kind": "international", "country": "DE"},
    {"id": "fonds-abou-dhabi", "name": "Fonds d'Abou Dhabi pour le développement",
     "acronym": "ADFD", "kind": "public-body", "country": "AE"},
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Royaume du Maroc", "Etat marocain"]},
]


def draft(text: str, **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, **known)


def test_a_finance_body_the_base_lacks_is_one_organization_with_its_acronym() -> None:
    result = draft("Marrakech — La Société islamique internationale de financement du "
                   "commerce et le ministère de l'Économie et des Finances ont signé jeudi à "
                   "Marrakech une convention de financement des exportations.")
    names = {o["id"]: o for o in result["organizations"]}
    found = parties(result)[0]
    assert "ministere-finances" in found
    lender = next(names[p] for p in found if p in names)
    assert lender["acronym"] == "ITFC"
    assert lender["kind"] == "international"
    assert "Société islamique internationale de financement du commerce" in \
        [lender["name"], *lender.get("aliases", [])]


def test_an_english_acronym_of_a_finance_body_is_the_same_body() -> None:
    result = draft("Rabat — Un accord de prêt a été signé lundi à Rabat entre le ministère "
                   "de l'Économie et des Finances et l'EBRD.")
    names = {o["id"]: o for o in result["organizations"]}
    lender = next(names[p] for p in parties(result)[0] if p in names)
    assert lender["acronym"] == "BERD"
    assert lender["name"] == "Banque européenne pour la reconstruction et le développement"


def test_a_division_of_the_lender_signs_for_the_lender() -> None:
    result = draft("Rabat — La Kreditanstalt für Wiederaufbau accorde à l'Office national des "
                   "pêches un don de 4 millions d'euros destiné à la modernisation des halles. "
                   "La convention a été signée lundi à Rabat par le directeur de l'Office, "
                   "Karim Alami, et le chef de la Division Développement durable Maghreb, "
                   "Hans Weber.")
    found = parties(result)[0]
    assert "kfw" in found
    assert len(found) == 2
    assert not any("division" in o["id"] for o in result["organizations"])


def test_a_loan_granted_by_a_lender_gives_the_lender_the_sentence_that_signs_omits() -> None:
    result = draft("Casablanca — Le prêt de 30 millions d'euros, octroyé par la Banque "
                   "européenne pour la reconstruction et le développement à la Banque "
                   "marocaine du commerce rural, a été signé mardi à Casablanca par le "
                   "directeur général de la Banque marocaine du commerce rural, Karim Alami.")
    names = {o["id"]: o["name"] for o in result["organizations"]}
    found = [names.get(p, p) for p in parties(result)[0]]
    assert "Banque européenne pour la reconstruction et le développement" in found
    assert "Banque marocaine du commerce rural" in found
    assert len(found) == 2


def test_a_lender_that_grants_loans_to_morocco_and_the_state_sign_them() -> None:
    result = draft("Rabat — Le Fonds d'Abou Dhabi pour le développement a octroyé au Maroc, "
                   "depuis les années 1980, une vingtaine de prêts. Il a signé dimanche à Rabat "
                   "deux accords de prêt d'un montant total de 60 millions de dollars destinés "
                   "au financement de routes rurales.")
    assert parties(result) == [["fonds-abou-dhabi", "etat-marocain"]] * 2


def test_what_a_loan_finances_is_not_its_borrower() -> None:
    result = draft("Rabat — La KfW accorde un don de 2 millions d'euros pour la Fondation des "
                   "oasis du Sud. La convention a été signée lundi à Rabat par le ministre de "
                   "l'Économie et des Finances.")
    found = parties(result)[0]
    assert found == ["ministere-finances", "kfw"]


def test_a_tripartite_agreement_binds_the_three_sides_the_article_names() -> None:
    result = draft("Marrakech — Renforcer la coopération entre le Maroc d'une part "
                   "et la Banque arabe pour le développement économique en Afrique et le Fonds "
                   "monétaire arabe, d'autre part. Voilà le but de l'accord tripartite "
                   "signé jeudi par le ministre de l'Économie et des Finances.")
    names = {o["id"]: o.get("acronym") for o in result["organizations"]}
    found = parties(result)[0]
    assert found[0] == "ministere-finances"
    assert sorted(names[p] for p in found[1:]) == ["BADEA", "FMA"]


def test_the_borrower_and_the_lender_sign_each_of_two_loans() -> None:
    result = draft("Rabat — Le Maroc obtient deux prêts de la KfW. Les deux prêts sont "
                   "consignés dans deux accords signés jeudi à Rabat par le ministre de l'Économie "
                   "et des Finances, Karim Alami, et le directeur du bureau de la KfW à Rabat, "
                   "Hans Weber.")
    assert parties(result) == [["ministere-finances", "kfw"]] * 2


def test_loans_told_before_their_signing_sentence_are_signed_by_their_lender() -> None:
    # the signing sentence says "accords"; the loans, and who grants the second, come first;
    # "garanti par X, a été accordé par Y": the passive names the lender, not X
    result = draft("Rabat — L'Allemagne a annoncé lundi deux prêts d'un montant total de 300 "
                   "millions d'euros au Maroc.\n\nLe second prêt, de 120 millions d'euros, "
                   "garanti par l'Etat allemand, a été accordé par la KfW pour des barrages.\n\n"
                   "Rabat a accueilli lundi la signature des deux accords, pendant le séjour "
                   "du secrétaire d'Etat allemand.")
    assert all("kfw" in found for found in parties(result)), parties(result)


def test_a_grant_made_is_an_agreement_with_its_donor_and_recipient() -> None:
    result = draft("Rabat — Le Fonds d'Abou Dhabi pour le développement a accordé un don de "
                   "800.000 dollars au profit du ministère de l'Économie et des Finances pour "
                   "la numérisation des marchés publics.")
    assert len(result["agreements"]) == 1
    assert set(parties(result)[0]) == {"fonds-abou-dhabi", "ministere-finances"}
    assert result["agreements"][0]["funding"] == {"amount": 800_000, "currency": "USD"}


def test_a_favour_granted_is_no_agreement() -> None:
    result = draft("Rabat — Le ministère de l'Économie et des Finances a accordé une attention "
                   "particulière aux régions rurales dans la loi de finances.")
    assert result["agreements"] == []
