"""A picture's "© Copyright : DR" credit inside the story, a counterpart's portfolio list,
the signing told again by its noun ("La signature du document s'est effectuée entre A et
B"), a foreign national company named with a capital, and a batch's global amount in the
lead. Each text is written for its test in the press's own style."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.text import prepare
from drafting_cases import drafted, names_of, signers

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc", "Maroc"]},
    {"id": "etat-senegal", "name": "République du Sénégal", "kind": "other", "country": "SN",
     "aliases": ["Sénégal"]},
    {"id": "ministere-equipement", "name": "Ministère de l'Équipement et de l'Eau",
     "kind": "ministry", "country": "MA",
     "aliases": ["Ministère de l'Équipement, du Transport, de la Logistique et de l'Eau"]},
    {"id": "amee", "name": "Agence marocaine pour l'efficacité énergétique",
     "acronym": "AMEE", "kind": "public-body", "country": "MA"},
]


def body(raw: str) -> str:
    article = prepare(raw)
    return article.text[article.body[0]:article.body[1]]


CREDITED = """\
La ministre des Finances et le président du fonds régional, lors de leur rencontre au \
printemps à Koweït, en marge des assemblées annuelles des bailleurs arabes.

{line}

Le fonds régional de développement a signé un accord de prêt de 40 millions de dollars avec \
le gouvernement marocain, pour appuyer le programme national d'irrigation des petites \
exploitations.

Ce prêt s'ajoute à celui accordé le mois dernier par une autre banque régionale.
"""


@pytest.mark.parametrize("line", ["© Copyright : DR", "© Copyright: D.R.", "(c) copyright : DR"])
def test_a_credit_to_rights_reserved_does_not_end_the_story(line: str) -> None:
    told = body(CREDITED.format(line=line))
    assert told.endswith("une autre banque régionale.")
    result = drafted(CREDITED.format(line=line), BASE, published_on="2022-04")
    assert len(result["agreements"]) == 1
    assert result["agreements"][0]["funding"] == {"amount": 40000000, "currency": "USD"}


def test_the_site_s_own_notice_still_ends_it() -> None:
    told = body(CREDITED.format(line="© Copyright 2022 Le Quotidien du Sud"))
    assert "prêt de 40 millions" not in told


COUNTERPART = (
    "Tanger — Deux accords ont été signés mardi à Tanger. Le ministre sénégalais du "
    "Commerce et de l'Artisanat, Amadou Ndiaye, et son homologue marocain de l'Équipement, "
    "du Transport, de la Logistique et de l'Eau, Amina Benali, ont paraphé le premier.")


def test_a_counterpart_s_portfolio_list_is_one_ministry() -> None:
    result = drafted(COUNTERPART, BASE, published_on="2010-03-17")
    names = names_of(result)
    assert "ministere-equipement" in names
    assert not {"Transport", "Logistique", "Eau"} & names
    assert signers(result).get("Amina Benali") == "ministere-equipement"


RETOLD = (
    "Dakar — Le Maroc et le Sénégal ont conclu jeudi 9 mars 2017, à Dakar, un mémorandum "
    "d'entente sur l'économie d'énergie dans les bâtiments publics.\n"
    "La signature du texte a eu lieu entre l'administrateur de la Société sénégalaise "
    "d'électricité, Ousmane Diallo, et le patron de l'Agence marocaine pour l'efficacité "
    "énergétique (AMEE), Karim Alami, devant plusieurs ministres.\n")


def test_the_signing_told_again_by_its_noun_says_who_signed() -> None:
    result = drafted(RETOLD, BASE, published_on="2017-05-16")
    assert len(result["agreements"]) == 1
    names = names_of(result)
    assert "amee" in names and "Société sénégalaise d'électricité" in names
    assert not {"etat-marocain", "etat-senegal"} & names  # the States only framed it
    assert signers(result) == {"Ousmane Diallo": next(
        o["id"] for o in result["organizations"]
        if o["name"] == "Société sénégalaise d'électricité"), "Karim Alami": "amee"}


def test_a_signing_told_by_its_noun_alone_keeps_the_states() -> None:
    text = RETOLD.replace("La signature du texte a eu lieu entre",
                          "La rencontre a réuni")
    result = drafted(text, BASE, published_on="2017-05-16")
    assert {"etat-marocain", "etat-senegal"} <= names_of(result)


def test_a_capital_makes_a_national_company_a_name() -> None:
    text = ("Accra — Un mémorandum a été conclu jeudi dans la capitale ghanéenne. La "
            "signature du texte a eu lieu entre l'administrateur de la Compagnie gazière "
            "nationale ghanéenne, Musa Bello, et le patron de l'Agence marocaine pour "
            "l'efficacité énergétique, Karim Alami.")
    result = drafted(text, BASE, published_on="2017-05-16")
    assert names_of(result) == {"Compagnie gazière nationale ghanéenne", "amee"}
    assert "Musa Bello" in signers(result)


BATCH = (
    "Agadir — Deux protocoles ainsi qu'une convention-cadre ont été paraphés mardi 4 avril "
    "2023 à Agadir sous la présidence du Chef du gouvernement, qui visent quatre usines du "
    "groupe Kabelwerk, pour un montant global de 640 millions de dirhams.\n"
    "Le premier protocole lie l'Agence marocaine pour l'efficacité énergétique au groupe "
    "Kabelwerk.\n")


def test_a_global_amount_after_the_batch_s_parts_is_none_of_them_alone() -> None:
    result = drafted(BATCH, BASE, published_on="2023-04-05")
    assert len(result["agreements"]) == 3
    assert all(a.get("funding") is None for a in result["agreements"])
    assert "640 millions de dirhams\" is reported for the 3 agreements together" in \
        result["yaml"]


def test_an_amount_of_the_last_part_alone_is_still_its_own() -> None:
    text = BATCH.replace("pour un montant global de 640", "d'un montant de 640")
    result = drafted(text, BASE, published_on="2023-04-05")
    assert [a.get("funding") for a in result["agreements"]][-1] == {
        "amount": 640000000, "currency": "MAD"}


TUTELLE = (
    "Rabat — Le Conseil national de la presse et l'Observatoire des libertés publiques ont "
    "conclu, mardi 10 décembre 2024 à Rabat, une convention-cadre de formation.\n"
    "Signée par le président du Conseil national de la presse, Youssef Amrani, et le "
    "ministre de la Communication, Karim Bennani, la convention prévoit des ateliers "
    "communs.\n")


def test_a_minister_signs_for_the_other_body_the_lead_names() -> None:
    result = drafted(TUTELLE, BASE, published_on="2024-12-11")
    assert names_of(result) == {"Conseil national de la presse",
                                "Observatoire des libertés publiques"}
    assert signers(result)["Karim Bennani"] == next(
        o["id"] for o in result["organizations"]
        if o["name"] == "Observatoire des libertés publiques")
    assert "is taken to sign for Observatoire des libertés publiques" in result["yaml"]


def test_a_minister_is_a_party_of_his_own_where_the_other_body_has_its_signer() -> None:
    text = TUTELLE.replace("Signée par le président du Conseil national de la presse, "
                           "Youssef Amrani, et",
                           "Signée par le président du Conseil national de la presse, "
                           "Youssef Amrani, la directrice de l'Observatoire des libertés "
                           "publiques, Salma Idrissi, et")
    result = drafted(text, BASE, published_on="2024-12-11")
    assert "Ministère de la Communication" in names_of(result)
