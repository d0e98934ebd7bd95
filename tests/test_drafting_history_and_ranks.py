"""A sentence of history after the lead ("une coentreprise entre A et B créée en 2003"), a
"Premier ministre" that is no rank of the batch, "les deux parties" told of one agreement
of a batch, and the signatories of an earlier agreement the sentence recalls ("conclu en
1987 par A et B"). Each text is written for its test in the press's own
style."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc"]},
    {"id": "etat-oman", "name": "Sultanat d'Oman", "kind": "other", "country": "OM",
     "aliases": ["Oman"]},
]

HISTORY = (
    "Kénitra — Le Roi a présidé, mardi 4 octobre 2016 à Kénitra, la signature d'un protocole "
    "pour l'implantation d'une filière de pièces ferroviaires. Deux mille emplois sont "
    "attendus.\n"
    "Ce secteur s'est développé autour de Fès, après une première société commune entre "
    "Rail Atlas et la Société des wagons du Sud, fondée au début des années 2000.\n")


def test_a_sentence_of_history_names_no_party() -> None:
    result = drafted(HISTORY, BASE, published_on="2016-10-05")
    assert names_of(result) == set()


def test_the_same_sentence_without_its_years_still_names_them() -> None:
    text = HISTORY.replace(", fondée au début des années 2000", "")
    result = drafted(text, BASE, published_on="2016-10-05")
    assert {"Rail Atlas", "Société des wagons du Sud"} <= names_of(result)


BATCH = (
    "Rabat — Le Chef du gouvernement et le Premier ministre omanais ont présidé, jeudi 14 "
    "juin 2018 à Rabat, la signature de quatre accords sur l'eau, la pêche, la culture et "
    "l'emploi.\n"
    "Ces accords concernent un mémorandum sur l'eau signé par le directeur de l'Office "
    "hydraulique du Nord et le président de la Régie omanaise des eaux.\n"
    "Il s'agit aussi d'un accord de pêche paraphé par le président de la Chambre maritime "
    "du Nord et le directeur de la Pêcherie nationale omanaise.\n"
    "Par ailleurs, un mémorandum culturel a été signé par le directeur de l'Agence "
    "nationale des musées et le président de l'Autorité omanaise du patrimoine.\n"
    "Enfin, les deux parties ont signé un protocole additionnel à la convention sur la "
    "main-d'œuvre, signée en 1987 par le Royaume du Maroc et le Sultanat d'Oman. Ont "
    "signé ce protocole la directrice de l'Agence de l'emploi du Nord "
    "et le président du Bureau omanais du travail.\n")


def test_a_prime_minister_is_no_rank_of_the_batch() -> None:
    assert len(drafted(BATCH, BASE, published_on="2018-06-15")["agreements"]) == 4


def test_the_two_parties_of_one_agreement_do_not_sign_them_all() -> None:
    got = party_names(drafted(BATCH, BASE, published_on="2018-06-15"))
    assert got[0] == ["Office hydraulique du Nord", "Régie omanaise des eaux"]
    assert got[2] == ["Agence nationale des musées", "Autorité omanaise du patrimoine"]


def test_who_signed_an_earlier_agreement_does_not_sign_this_one() -> None:
    got = party_names(drafted(BATCH, BASE, published_on="2018-06-15"))
    assert "etat-marocain" not in got[3] and "etat-oman" not in got[3]
    assert {"Agence de l'emploi du Nord", "Bureau omanais du travail"} <= set(got[3])


GENERAL = ("Casablanca — Pas moins de dix accords ont été signés mardi 17 mars 2015 à Casablanca "
           "entre le Maroc et les Émirats.\n"
           "Avec l'Office national des hydrocarbures et des mines, le groupe émirati Petro Gulf "
           "a conclu un contrat d'exploration au large de Larache.\n")


def test_a_part_s_own_word_outranks_the_batch_s_general_accords() -> None:
    kinds = [a["type"] for a in drafted(GENERAL, BASE, published_on="2015-03-18")["agreements"]]
    assert len(kinds) == 10 and kinds.count("other") == 1


def test_a_batch_told_by_its_kind_still_types_a_part_told_by_a_general_word() -> None:
    text = GENERAL.replace("dix accords", "dix conventions de partenariat").replace(
        "un contrat d'exploration", "un accord d'exploration")
    kinds = [a["type"] for a in drafted(text, BASE, published_on="2015-03-18")["agreements"]]
    assert kinds == ["convention-partenariat"] * 10


PROJECTS = ("La zone industrielle de Selouane accueillera cinq nouvelles unités, pour un "
            "investissement global de 40 millions de dirhams.\n"
            "Trois de ces projets, qui font l'objet de cinq conventions signées le 12 mai au "
            "centre régional d'investissement, relèvent de l'agroalimentaire.\n")


def test_conventions_investment_projects_are_the_object_of_are_investment_ones() -> None:
    kinds = [a["type"] for a in drafted(PROJECTS, BASE, published_on="2022-05")["agreements"]]
    assert kinds == ["other"] * 5


def test_conventions_of_projects_with_no_investment_told_stay_conventions() -> None:
    text = PROJECTS.replace("pour un investissement global de 40 millions de dirhams",
                            "dans la filière textile")
    kinds = [a["type"] for a in drafted(text, BASE, published_on="2022-05")["agreements"]]
    assert kinds == ["convention-partenariat"] * 5
