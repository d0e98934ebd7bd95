"""Amounts told in running prose: one in brackets per agreement over the sentences after
the lead, given out in turn; a total beside them is no agreement's."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "wilaya-souss-massa", "name": "Wilaya de la région Souss-Massa",
         "kind": "public-body", "country": "MA"}]

BRACKETS = ("INDH : cinq conventions pour des projets de jeunes\n"
            "Cinq conventions de partenariat ont été signées lundi à Agadir entre la wilaya "
            "de la région Souss-Massa et des porteurs de projets, pour un coût global de "
            "1,3 million de dirhams.\n"
            "Les conventions financent un atelier de menuiserie (210.500 dirhams), une "
            "boulangerie de quartier (185.000 dirhams) et une agence de voyages en ligne "
            "(240.000 dirhams).\n"
            "Elles appuient aussi un élevage de volailles (300.000 dirhams) et un studio de "
            "photographie (264.500 dirhams).\n")


def _amounts(result: dict) -> list:
    return [(a.get("funding") or {}).get("amount") for a in result["agreements"]]


def test_bracketed_amounts_over_several_sentences_go_one_each_in_turn() -> None:
    result = drafted(BRACKETS, BASE, published_on="2021-05-04")
    assert _amounts(result) == [210500, 185000, 240000, 300000, 264500]
    assert "amounts in brackets" in result["yaml"]


def test_bracketed_amounts_that_do_not_match_the_count_go_to_none() -> None:
    text = BRACKETS.replace(" et un studio de photographie (264.500 dirhams)", "")
    result = drafted(text, BASE, published_on="2021-05-04")
    assert len(result["agreements"]) == 5
    assert _amounts(result) == [None] * 5


GRANTS = ("Emploi : deux dons\n"
          "Pour favoriser l'auto-emploi, deux projets visant à promouvoir l'entrepreneuriat "
          "et l'accès à la finance solidaire pour les jeunes ont été signés vendredi 4 avril "
          "à Rabat, par la directrice régionale d'un fonds international, Anna Berg, et le "
          "ministre de l'Économie, Karim Alaoui. D'un total de 9 millions de dollars, ces dons "
          "financeront des formations.\n")


def test_a_noun_of_the_aim_coordinated_by_the_parse_is_no_agreement() -> None:
    result = drafted(GRANTS, BASE, published_on="2019-04-05")
    assert len(result["agreements"]) == 2


def test_projects_named_again_as_grants_are_accords() -> None:
    result = drafted(GRANTS, BASE, published_on="2019-04-05")
    assert [a["type"] for a in result["agreements"]] == ["accord", "accord"]


def test_a_count_told_after_the_noun_au_nombre_de() -> None:
    text = ("Habitat : des conventions pour les centres émergents\n"
            "La wilaya de la région Souss-Massa a présidé lundi à Agadir la signature de "
            "conventions pour les quartiers sous-équipés. Paraphées par le wali et les "
            "présidents des communes, ces conventions, au nombre de quatre, relèvent du "
            "programme de mise à niveau urbaine.\n")
    result = drafted(text, BASE, published_on="2021-05-04")
    assert len(result["agreements"]) == 4
    assert "au nombre de quatre" in result["yaml"]


def test_a_convention_granting_a_gift_dated_the_1e_is_an_accord_of_that_day() -> None:
    text = ("Artisanat : un don pour les coopératives\n"
            "La convention d'octroi de ce don de 2 millions d'euros a été signée jeudi 1e "
            "avril 2021 à Rabat par la wilaya de la région Souss-Massa et une agence "
            "européenne.\n")
    result = drafted(text, BASE, published_on="2021-04-02")
    agreement = result["agreements"][0]
    assert agreement["type"] == "accord"
    assert agreement["signed_on"] == "2021-04-01"


def test_the_day_an_agreement_provides_for_is_not_its_signing_day() -> None:
    text = ("Ports : un terminal concédé\n"
            "L'Agence portuaire Delta et la société Quai Nord ont signé mercredi un accord de "
            "concession. Signé par leurs deux présidents, cet accord prévoit l'ouverture du "
            "terminal vers le 1er juillet 2027 et pour une durée de 25 ans.\n")
    result = drafted(text, BASE, published_on=None)
    assert result["agreements"][0].get("signed_on") != "2027-07-01"


def test_signed_on_the_opening_day_of_an_event_whose_days_are_told() -> None:
    text = ("Pêche : des conventions au salon\n"
            "En marge du salon Maritima qui s'est tenu du 4 au 8 mars derniers à Dakhla, le "
            "ministère de la Pêche a conclu plusieurs conventions. Deux conventions pour la "
            "formation des marins ont été signées la journée de l'inauguration du salon.\n")
    result = drafted(text, BASE, published_on="2019-03")
    assert [a.get("signed_on") for a in result["agreements"]] == ["2019-03-04"] * 2
    assert "opening day" in result["yaml"]


def test_event_days_that_are_no_days_give_no_signing_day() -> None:
    text = ("Pêche : des conventions au salon\n"
            "En marge du salon Maritima qui s'est tenu du 31 au 34 février derniers à Dakhla, "
            "deux conventions ont été signées la journée de l'inauguration du salon.\n")
    result = drafted(text, BASE, published_on="2019-03")
    assert not any(a.get("signed_on") for a in result["agreements"])
    assert "2019-02-31" not in result["yaml"]
