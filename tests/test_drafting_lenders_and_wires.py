"""A lender's press release: a wire's dateline ("VILLE, Maroc, date/Agence (APO)/ —"), the
gerund that concludes agreements ("en concluant trois accords"), amounts told as a fraction
("1/2 milliard") or in millions and thousands, a name that ends in "Plus", the lender's
record since a year, the ties between two bodies, an attending minister, an acronym spelled
out in brackets, and the one agreement's own amount beside a bound told elsewhere. Each
text is written for its test in the press's own style."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.amounts import find_amounts
from drafting_cases import drafted, mention_names, names_of

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc", "Maroc"]},
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry",
     "acronym": "MEF"},
    {"id": "bad", "name": "Banque africaine de développement", "kind": "international",
     "acronym": "BAD", "aliases": ["Groupe de la Banque africaine de développement"]},
    {"id": "bei", "name": "Banque européenne d'investissement", "kind": "international",
     "acronym": "BEI"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "kind": "public-body", "acronym": "ONEE"},
]


def _amounts(text: str) -> list[tuple[int, str, str]]:
    return [(f.value["amount"], f.value["currency"], f.todo) for f in
            find_amounts(text, 0, len(text))]


def test_a_fraction_of_a_billion_is_that_fraction() -> None:
    [(amount, currency, todo)] = _amounts(
        "La Banque aura mis à disposition du pays plus d'1/2 milliard d'euros cette année.")
    assert (amount, currency) == (500_000_000, "EUR")
    assert "1/2 milliard" in todo  # a bound, quoted whole


def test_millions_and_thousands_spelled_out_are_one_amount() -> None:
    text = "Le don s'élève à quatre millions deux cent cinquante mille de dirhams."
    assert [(a, c) for a, c, _ in _amounts(text)] == [(4_250_000, "MAD")]
    assert [(a, c) for a, c, _ in _amounts("un prêt de 3 millions 500 mille euros.")] == \
        [(3_500_000, "EUR")]


def test_a_name_ending_in_plus_is_no_bound() -> None:
    [(amount, _currency, todo)] = _amounts(
        "une prise de participation au capital de Fintech Plus de 12 millions de dollars.")
    assert amount == 12_000_000 and todo == ""
    [(_amount, _currency, todo)] = _amounts("un prêt de plus de 12 millions de dollars.")
    assert "bound" in todo


RECORD = (
    "Rabat — Depuis 1998, la Banque européenne d'investissement (BEI) a travaillé avec "
    "des dizaines de partenaires publics et privés du Royaume, mobilisant et engageant plus "
    "de 2 milliards d'euros au service des infrastructures.\n"
    "Ce jeudi 6 mars 2025, la BEI renforce sa présence au Maroc en concluant deux accords "
    "de prêt avec l'Office national de l'électricité et de l'eau potable (ONEE).\n"
    "Le premier, de 60 millions d'euros, finance des stations de pompage; le second, de 40 "
    "millions d'euros, des réseaux ruraux.\n")


def test_the_gerund_concludes_the_agreements_it_names() -> None:
    result = drafted(RECORD, BASE, published_on="2025-03-07")
    assert len(result["agreements"]) == 2
    assert all(a.get("signed_on") == "2025-03-06" for a in result["agreements"])
    assert names_of(result) == {"bei", "onee"}  # the base's ids


def test_the_lenders_record_since_a_year_is_no_agreements_amount() -> None:
    result = drafted(RECORD, BASE, published_on="2025-03-07")
    amounts = {a["funding"]["amount"] for a in result["agreements"] if a.get("funding")}
    assert 2_000_000_000 not in amounts
    assert amounts == {60_000_000, 40_000_000}


def test_a_gerund_that_concludes_a_speech_signs_nothing() -> None:
    text = ("Rabat — Le directeur de l'Office a ouvert le colloque jeudi, en concluant son "
            "discours sur les accords passés par l'Office depuis dix ans.\n")
    assert drafted(text, BASE, published_on="2025-03-07")["agreements"] == []


WIRE = (
    "CASABLANCA, Maroc, 14 mai 2014/African Press Organization (APO)/ — Karim Tazi, "
    "ministre marocain de l'Économie et des Finances, et Ama Diallo, représentante "
    "permanente du Groupe de la Banque africaine de développement (BAD) au Maroc, ont "
    "paraphé, mardi 13 mai 2014 dans la matinée, au siège du ministère à Casablanca, un "
    "accord de prêt de 90 millions d'unités "
    "de compte, qui appuiera l'emploi des jeunes diplômés.\n")


def test_a_wires_dateline_dates_and_names_the_release() -> None:
    result = drafted(WIRE, BASE, published_on=None)
    [agreement] = result["agreements"]
    [source] = agreement["sources"]
    assert source["published_on"] == "2014-05-14"
    assert source["publisher"] == "African Press Organization (APO)"
    assert agreement["signed_on"] == "2014-05-13"


def test_a_representative_with_a_long_title_still_signs() -> None:
    # the title after her name is long: the verb is far from her name, not from her body
    result = drafted(WIRE, BASE, published_on=None)
    assert names_of(result) == {"mef", "bad"}


BANK = (
    "Rabat — La visite du vice-président de la BEI a été marquée, ce 14 octobre, par un "
    "nouveau prêt aux ports.\n"
    "Avec la conclusion de cet accord avec l'Office national de l'électricité et de l'eau "
    "potable (ONEE), c'est près d'1/2 milliard d'euros que la Banque met à la disposition "
    "du pays cette année.\n"
    "M. Paul Durand, vice-président de la BEI et patron de la FIMED (la Facilité "
    "méditerranéenne pour l'investissement durable), a paraphé ce 14 octobre 2010 "
    "à Rabat, avec M. Ali Bennani, directeur général de l'ONEE, et en présence de M. Karim "
    "Tazi, ministre des Finances, un accord de prêt de 180 millions "
    "d'euros pour les réseaux du Nord.\n"
    "Lors de la signature du contrat, le ministre et M. Durand ont salué les "
    "relations de coopération entre le Maroc et la BEI et le statut avancé entre le Maroc "
    "et l'Union européenne.\n")


def test_the_agreements_own_amount_beats_a_bound_told_of_the_year() -> None:
    [agreement] = drafted(BANK, BASE, published_on="2010-10-15")["agreements"]
    assert agreement["funding"]["amount"] == 180_000_000


def test_ties_between_two_bodies_name_no_party() -> None:
    result = drafted(BANK, BASE, published_on="2010-10-15")
    assert "etat-marocain" not in names_of(result)
    assert not any("Union" in name for name in names_of(result))


def test_an_acronym_spelled_out_in_brackets_is_no_party_of_its_own() -> None:
    result = drafted(BANK, BASE, published_on="2010-10-15")
    assert not any(name.startswith("Facilité") for name in names_of(result))


def test_a_minister_attending_is_no_lender() -> None:
    result = drafted(BANK, BASE, published_on="2010-10-15")
    assert names_of(result) == {"bei", "onee"}


def test_the_country_a_lender_is_committed_to_does_not_sign() -> None:
    text = ("Rabat — Ce lundi 3 mars 2025, la BEI confirme son engagement envers le Maroc en "
            "concluant deux accords de prêt avec l'ONEE et la Société Verreries de l'Oriental.\n")
    result = drafted(text, BASE, published_on="2025-03-04")
    assert "etat-marocain" not in names_of(result)
    assert {"bei", "onee"} <= names_of(result)


def test_an_article_inside_a_companys_name_is_part_of_it() -> None:
    names = mention_names("Le fonds a signé un accord avec Verreries de l'Oriental et "
                          "Tanneries de la Vallée pour 4 millions d'euros.")
    assert "Verreries de l'Oriental" in names
    assert "Tanneries de la Vallée" in names


APPROVED = (
    "Réuni à Abidjan le 8 mai 2012, le Conseil de la Banque africaine de développement "
    "(BAD) a validé un prêt de 150 millions d'euros pour le programme de soutien aux réformes "
    "financières (PSRF) du Maroc. Aussitôt après, la BAD et le Royaume du Maroc ont paraphé "
    "l'accord et « le PSRF va élargir l'accès au crédit des petites "
    "entreprises », a dit le vice-président de la BAD. L'ambassadeur du Maroc auprès de la "
    "Côte d'Ivoire, Hamid Alami, a signé pour la partie marocaine.\n")


def test_a_quotation_that_opens_after_the_signers_names_no_party() -> None:
    result = drafted(APPROVED, BASE, published_on="2012-05-09")
    assert names_of(result) == {"bad", "etat-marocain"}


def test_the_country_an_ambassador_is_posted_to_does_not_sign() -> None:
    result = drafted(APPROVED, BASE, published_on="2012-05-09")
    assert not any("Ivoire" in name for name in names_of(result))


def test_the_same_persons_other_office_is_no_party() -> None:
    text = ("Rabat — Paul Durand, vice-président de la BEI et « patron » de la FIMED, a signé "
            "mercredi 10 novembre 2010 à Rabat, avec Ali Bennani, DG de l'ONEE, un accord de "
            "prêt de 220 millions d'euros pour des stations d'épuration.\n"
            "Sur la photo, Paul Durand, VP de la BEI, et Ali Bennani lors de la signature.\n")
    assert names_of(drafted(text, BASE, published_on="2010-11-11")) == {"bei", "onee"}


def test_the_signers_before_an_m_abbreviation_still_sign() -> None:
    text = ("Rabat — À l'occasion de la Journée de l'eau, célébrée le 22 mars, Nour-eddine "
            "Alaoui, ministre de l'Économie et des Finances, Ali Bennani, directeur général "
            "de l'ONEE et M. Durand ont paraphé une convention de financement de 40 "
            "millions de dirhams.\n")
    result = drafted(text, BASE, published_on="2010-03-23")
    assert {"mef", "onee"} <= names_of(result)
    [agreement] = result["agreements"]
    by_person = {s["person"]: s["org"] for s in agreement["signatories"]}
    assert by_person.get("nour-eddine-alaoui") == "mef"  # not the name after the title
    assert by_person.get("ali-bennani") == "onee"
