"""Names of organizations and people, from the parsed tokens of one sentence."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions


def names(sentence: str) -> list[tuple[str, str, str | None, bool]]:
    return [(m.name, m.kind, m.acronym, m.vague) for m in find_mentions(list(analyse(sentence)))]


def test_a_minister_gives_the_ministry_the_person_and_the_title() -> None:
    (ministry,) = find_mentions(list(analyse(
        "Le ministre de l'Énergie et des Mines, Karim Tazi, a signé la convention.")))
    assert ministry.name == "Ministère de l'Énergie et des Mines"
    assert ministry.person is not None and ministry.person.name == "Karim Tazi"
    assert ministry.title == "Ministre de l'Énergie et des Mines"


def test_a_long_ministry_name_is_not_cut_at_a_comma() -> None:
    assert names("le ministère de l'Équipement, du Transport, de la Logistique et de l'Eau a "
                 "signé") == [("Ministère de l'Équipement, du Transport, de la Logistique et de "
                               "l'Eau", "ministry", None, False)]


def test_a_delegate_minister_in_the_feminine() -> None:
    (ministry,) = find_mentions(list(analyse(
        "La ministre déléguée chargée de l'Artisanat, Salma Idrissi, a signé.")))
    assert ministry.name == "Ministère délégué chargé de l'Artisanat"
    assert ministry.title == "Ministre déléguée chargée de l'Artisanat"


def test_acronyms_and_company_names() -> None:
    assert names("avec l'Agence marocaine de l'eau potable (AMEP) et la société Dunes "
                 "Solaires SARL") == [
        ("Agence marocaine de l'eau potable", "public-body", "AMEP", False),
        ("Dunes Solaires SARL", "company", None, False)]


def test_plural_ministries_are_one_each() -> None:
    assert [n for n, *_ in names("Les ministères de la Santé et de l'Éducation nationale ont "
                                 "signé")] == ["Ministère de la Santé",
                                               "Ministère de l'Éducation nationale"]


def test_foreign_clusters_from_their_adjectives() -> None:
    found = find_mentions(list(analyse("Il a reçu les clusters belge et portugais.")))
    assert [(m.name, m.country) for m in found] == [("Cluster belge", "BE"),
                                                    ("Cluster portugais", "PT")]


@pytest.mark.parametrize("vague", [
    "Plusieurs départements gouvernementaux ont signé.",
    "Des acteurs du secteur privé ont signé.",
    "Les partenaires ont signé.",
])
def test_vague_phrases_name_nobody(vague: str) -> None:
    assert all(m.vague for m in find_mentions(list(analyse(vague))))


def test_names_lose_trailing_punctuation() -> None:
    assert names("La convention a été signée avec la Fondation Atlas Verte.")[0][0] == \
        "Fondation Atlas Verte"


def test_the_name_may_come_before_the_title() -> None:
    first, second, *_ = find_mentions(list(analyse(
        "Salma Idrissi, ministre de l'Artisanat, et Paul Martin, vice-président de la Banque "
        "du Sahel pour la région ouest, ont signé un accord.")))
    assert (first.name, first.person.name if first.person else None) == (
        "Ministère de l'Artisanat", "Salma Idrissi")
    assert (second.name, second.title, second.person.name if second.person else None) == (
        "Banque du Sahel", "Vice-président de la Banque du Sahel", "Paul Martin")
