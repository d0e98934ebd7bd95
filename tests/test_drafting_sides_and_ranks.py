"""One body on one side and as many bodies as agreements on the other ("entre A, d'une part,
et B, C et D, d'autre part") gives A and one of them to each agreement; "le département de
la Culture" is the Culture ministry, and in brackets after a ministry ("le ministère de X,
Y et Z (Département de X)") the part of it that signs, not a second party; a sentence that
opens on its verb ("Ont signé ce protocole A et B") names no body "Ont"; "Le second est un
mémorandum" gives the second its kind; "ministre d'Etat aux affaires étrangères" signs for
the Foreign Affairs ministry, in lower case too. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names, types

pytest.importorskip("spacy")

BASE = [
    {"id": "ministere-culture", "name": "Ministère de la Culture", "kind": "ministry"},
    {"id": "map-agence", "name": "Agence Maghreb Arabe Presse", "acronym": "MAP",
     "kind": "public-body"},
]

THREE = (
    "Le ministère de la Culture a signé, lundi à Rabat, trois conventions de partenariat "
    "pour soutenir la musique andalouse. Ces conventions ont été signées en marge du Festival "
    "des musiques andalouses entre le département de la culture, d'une part, et le "
    "Conservatoire national de musique, l'Agence Maghreb Arabe Presse (MAP) et l'Association "
    "Al Andalous, d'autre part.")


def test_one_side_signs_each_and_the_other_side_one_each() -> None:
    result = drafted(THREE, BASE, published_on="2024-05-08")
    names = party_names(result)
    assert len(names) == 3
    assert all("ministere-culture" in found and len(found) == 2 for found in names)
    assert sorted(next(n for n in found if n != "ministere-culture") for found in names) == [
        "Association Al Andalous", "Conservatoire national de musique", "map-agence"]


def test_when_the_other_side_outnumbers_the_agreements_all_sign_each() -> None:
    text = THREE.replace("trois conventions", "deux conventions")
    names = party_names(drafted(text, BASE, published_on="2024-05-08"))
    assert len(names) == 2
    assert all(len(found) == 4 for found in names)


def test_a_department_in_brackets_is_the_ministry_that_signs() -> None:
    text = ("Une convention a été signée mardi à Fès entre le ministère de l'éducation, du "
            "préscolaire et des sports (Département des sports) et la Fondation Dar Batha.")
    names = party_names(drafted(text, BASE, published_on="2024-05-08"))
    assert len(names) == 1 and len(names[0]) == 2
    assert "Fondation Dar Batha" in names[0]


def test_a_theatre_named_after_a_king_keeps_his_name() -> None:
    text = ("La MAP a signé jeudi à Rabat une convention avec le Théâtre national Mohammed V, "
            "qui accueillera ses spectacles.")
    assert party_names(drafted(text, BASE, published_on="2024-05-10")) == [
        ["Théâtre national Mohammed V", "map-agence"]]


RANKS = (
    "Deux accords ont été signés jeudi à Rabat. Le premier est un protocole d'accord sur la "
    "pêche. Ont signé ce protocole le ministre de la Pêche, Karim Alami, et le président de "
    "la Fédération des armateurs, Ali Bennis. Le second, lui, est sous forme de mémorandum "
    "d'entente sur le tourisme. Il a été signé par Omar Tazi, ministre d'Etat qatari aux "
    "affaires étrangères, et Samir Idrissi, ministre du tourisme et de l'artisanat.")


def test_a_rank_takes_the_kind_its_sentence_gives() -> None:
    result = drafted(RANKS, BASE, published_on="2024-05-10")
    assert types(result) == ["protocole-accord", "memorandum"]


def test_a_sentence_opened_by_its_verb_names_no_body() -> None:
    result = drafted(RANKS, BASE, published_on="2024-05-10")
    assert not any(o["name"] == "Ont" for o in result["organizations"])
    assert party_names(result)[0] == ["Fédération des armateurs", "Ministère de la Pêche"]


def test_a_minister_of_state_signs_for_his_portfolio() -> None:
    result = drafted(RANKS, BASE, published_on="2024-05-10")
    new = {o["id"]: o for o in result["organizations"]}
    second = [new[p["org"]]["name"] for p in result["agreements"][1]["parties"]]
    assert "Ministère des affaires étrangères (Qatar)" in second
    assert "Ministère du tourisme et de l'artisanat" in second


def test_a_name_whose_complements_run_on_after_a_comma_to_its_acronym() -> None:
    text = ("Le président de l'Université Hassan Ier, Karim Alami, et le directeur de la "
            "Fondation d'études, de recherche et d'innovation en agronomie (FERIA), Ali "
            "Bennis, ont procédé, le 4 juin 2024 à Settat, à la signature d'une "
            "convention-cadre.")
    names = party_names(drafted(text, BASE, published_on="2024-06-05"))
    assert names == [["Fondation d'études, de recherche et d'innovation en agronomie",
                      "Université Hassan Ier"]]


def test_the_executive_is_the_government() -> None:
    text = ("Le Chef du gouvernement a présidé mardi à Rabat la signature d'un protocole "
            "d'accord entre l'exécutif et l'Office national des ports.")
    names = party_names(drafted(text, BASE, published_on="2024-06-05"))
    assert names == [["Office national des ports", "État marocain"]]


def test_a_given_name_the_tagger_cut_off_is_no_body() -> None:
    text = ("Fatima Zahra Bennani et Paul Martin ont procédé, vendredi, à la signature d'une "
            "convention. Fatima Zahra Bennani, ministre de l'Habitat, a salué ce partenariat.")
    result = drafted(text, BASE, published_on="2024-06-08")
    assert result["organizations"] and not any(
        o["name"] in ("Fatima", "Paul") for o in result["organizations"])


def test_his_department_is_the_ministry_named_before() -> None:
    text = ("Le ministre de la Santé, Karim Alami, a présidé mardi à Rabat la signature d'un "
            "mémorandum entre son département et l'italien NORDHUS GROUP SPA.")
    result = drafted(text, BASE, published_on="2024-06-05")
    assert len(result["agreements"]) == 1
    assert not any(o["name"].startswith("Département") for o in result["organizations"])


def test_d_une_part_that_gives_two_reasons_does_not_make_sides() -> None:
    # nor is the part of the world the second reason names a party
    result = drafted("Rabat — L'Agence Maghreb Arabe Presse (MAP) et le Conservatoire national "
                     "de musique ont signé lundi à Rabat une convention. Signée par leurs deux "
                     "directeurs, elle répond d'une part, au souci de rapprocher le Maroc du "
                     "Niger et, d'autre part, au besoin d'un programme commun pour l'Afrique "
                     "Sub-Saharienne.", BASE, published_on="2024-05-08")
    assert party_names(result) == [["Conservatoire national de musique", "map-agence"]]
