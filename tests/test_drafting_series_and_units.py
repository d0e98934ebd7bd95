"""Directorates of two countries' ministries sign for their ministries ("la direction de
la formation … du ministère X du Maroc ainsi que la direction générale … du ministère Y de
France"); "du Royaume du Maroc" is not part of a ministry's
name; executive programmes numbered in their own series ("le 5ème programme exécutif …",
then "le 3ème programme …") are one agreement each, not ranks of the batch."""

from __future__ import annotations

from drafting_cases import drafted, party_names, types

DIRECTORATES = (
    "Le Maroc et la Belgique ont signé, lundi à Bruxelles, un arrangement administratif dans "
    "le domaine de la formation maritime.\n\n"
    "Cet arrangement a été signé par la direction de la formation, de la recherche et de la "
    "coopération du ministère de la Pêche maritime et des eaux et forêts du Maroc ainsi que la "
    "direction générale de la formation du ministère de la Mer et de l'économie bleue de "
    "Belgique, lors d'une cérémonie présidée par les deux ministres.")


def test_directorates_sign_for_their_ministries_and_the_foreign_one_says_its_country(
) -> None:
    result = drafted(DIRECTORATES, [], published_on="2024-03-05")
    names = party_names(result)[0]
    assert any(n.startswith("Ministère de la Pêche maritime et des eaux et forêts")
               and "Maroc" not in n for n in names), names
    assert "Ministère de la Mer et de l'économie bleue (Belgique)" in names, names
    assert not any(n.startswith("Direction") for n in names), names


def test_the_kingdom_after_a_ministry_is_its_country_not_its_name() -> None:
    text = ("Le ministre de l'Équipement, du Transport et de la Logistique du Royaume du "
            "Maroc, Karim Alaoui, et son homologue tunisien, Sami Ben Salah, ont signé jeudi "
            "un protocole d'accord.")
    names = party_names(drafted(text, [], published_on="2024-03-08"))[0]
    assert not any("Royaume" in n for n in names), names
    assert any(n.startswith("Ministère de l'Équipement, du Transport et de la Logistique")
               for n in names), names


PROGRAMMES = (
    "Ainsi, le 5ème programme exécutif de l'accord culturel pour les années 2019-2022 a été "
    "signé entre le ministre de la Culture, Karim Benali, et le ministre d'Etat des Affaires "
    "étrangères d'Oman, Salim Al Harthi.\n\n"
    "En outre, le 3ème programme exécutif dans le domaine de la jeunesse pour 2019-2020 a été "
    "signé par le ministre de la Jeunesse, Omar Fassi, et le ministre d'Etat omanais.\n\n"
    "Les deux pays ont également signé un mémorandum d'entente dans le domaine de la santé, "
    "paraphé par le ministre de la Santé, Ali Tazi, et le ministre omanais de la Santé, Said "
    "Al Lawati.\n\n"
    "Enfin, un programme de mise en œuvre de la convention industrielle pour 2019-2023 a "
    "été signé par la secrétaire d'Etat au Commerce extérieur, Nadia Slaoui, et "
    "le ministre omanais de l'Economie.")


def test_programmes_numbered_in_their_own_series_are_one_agreement_each() -> None:
    result = drafted(PROGRAMMES, [], published_on="2019-03-20")
    found = party_names(result)
    assert len(found) == 4, found
    assert types(result) == ["other", "other", "memorandum", "other"]
    assert any(n.startswith("Ministère de la Culture") for n in found[0]), found
    assert any(n.startswith("Ministère de la Jeunesse") for n in found[1]), found
    assert not any(n.startswith("Ministère de la Culture") for n in found[1]), found


def test_a_programme_carrying_out_a_convention_is_one_agreement() -> None:
    text = ("Le ministère de l'Industrie et le ministère omanais du Commerce ont paraphé "
            "mardi un programme de mise en œuvre d'une convention industrielle pour "
            "2019-2023.")
    result = drafted(text, [], published_on="2019-03-20")
    assert len(result["agreements"]) == 1
    assert types(result) == ["other"]
