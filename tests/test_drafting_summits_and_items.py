"""Summits and batches as the press tells them: a place that opens the sentence ("A Paris,
l'agence a signé …", its capital without the accent), a head of government named by his
nationality, a lender's envelope told growing between two periods, the horizon said before
the jobs, and the items of a batch told one by one ("Ils concernent un don …. Deux autres
accords … Enfin, une dernière convention …")."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA",
         "aliases": ["Gouvernement", "Royaume du Maroc"]},
        {"id": "afd", "name": "Agence française de développement", "acronym": "AFD",
         "kind": "international", "country": "FR"}]


@pytest.mark.parametrize("opening", ["A Lisbonne", "À Lisbonne", "Au Caire"])
def test_a_place_that_opens_the_sentence_is_where_not_who(opening: str) -> None:
    text = ("Coopération : quatre accords de l'agence française\n"
            f"{opening}, l'AFD a signé quatre accords de prêt d'un total de 51,4 millions "
            "d'euros pour l'eau potable et la santé de base.\n")
    result = drafted(text, BASE, published_on="2011-06-08")
    assert len(result["agreements"]) == 4
    assert all(p == ["afd"] for p in parties(result))
    place = opening.split(" ", 1)[1]
    assert {a.get("place") for a in result["agreements"]} == {
        "Le Caire" if place == "Caire" else place}
    assert not any(o["name"].startswith(("A ", "À ")) for o in result["organizations"])


def test_an_unaccented_capital_a_is_only_the_preposition_before_a_word() -> None:
    from conventions_cli.drafting.normalize import analysis_text

    assert analysis_text("A l'occasion de la visite. A Rabat, X.") == \
        "À l'occasion de la visite. À Rabat, X."
    # an initial, a list's letter or a model keep their capital
    for kept in ("A. Benali a signé.", "Voir annexe A) ci-jointe.", "Airbus A 320 livré."):
        assert analysis_text(kept) == kept


@pytest.mark.parametrize("title", ["Le Premier ministre marocain", "Le chef du gouvernement"])
def test_the_head_of_the_moroccan_government_signs_for_the_state(title: str) -> None:
    text = ("Énergie : une convention avec un groupe italien\n"
            f"{title}, Youssef Alami, a signé mardi à Rabat une convention avec la société "
            "Solvera Italia pour une centrale solaire.\n")
    result = drafted(text, BASE, published_on="2010-03-03")
    assert parties(result) == [["etat-marocain", "solvera-italia"]]
    assert not any(o["name"] == "Gouvernement marocain" for o in result["organizations"])


def test_an_envelope_told_growing_between_two_periods_is_no_amount_nor_period() -> None:
    text = ("Coopération : l'agence renforce sa présence\n"
            "Le total engagé par l'agence a grimpé de 380 à 510 millions d'euros entre "
            "2005-2007 et 2008-2010. Mardi à Rabat, l'AFD a signé une convention de prêt de "
            "35 millions d'euros avec l'ONEE.\n")
    result = drafted(text, BASE, published_on="2010-07-08")
    (agreement,) = result["agreements"]
    assert agreement["funding"] == {"amount": 35000000, "currency": "EUR"}
    assert not agreement.get("period")
    assert not any(e.get("total") for e in result["events"])


def test_two_periods_of_a_programme_still_read_as_one_span() -> None:
    from conventions_cli.drafting.amounts import find_periods

    said = "La convention couvre la période 2024-2026 puis une phase de 2027 à 2029."
    assert [f.value for f in find_periods(said, 0, len(said))] == [
        {"start": 2024, "end": 2026}, {"start": 2027, "end": 2029}]


def test_the_horizon_said_before_the_jobs_is_theirs() -> None:
    text = ("Textile : quatre contrats pour la filière\n"
            "Quatre contrats-programmes ont été signés mercredi à Rabat entre l'État et "
            "l'association du textile. La filière s'engage à créer, à l'horizon 2021, "
            "quelque 40.000 emplois.\n")
    result = drafted(text, BASE, published_on="2016-03-10")
    assert len(result["agreements"]) == 4
    jobs = [a.get("jobs") for a in result["agreements"] if a.get("jobs")]
    assert jobs and all(j["by"] == 2021 and j["direct"] == 40000 for j in jobs)


def test_the_items_of_a_batch_told_one_by_one_are_counted() -> None:
    text = ("Maroc-UE : de nouveaux accords pour 120 millions d'euros\n"
            "Le Maroc a signé jeudi à Rabat avec l'Union européenne de nouveaux accords dans "
            "l'éducation, l'eau et la justice. Ils concernent notamment un don de 60 millions "
            "d'euros destiné aux écoles rurales. Deux autres accords visent l'eau potable dans "
            "les petites villes. Enfin, une dernière convention appuie la réforme de la "
            "justice.\n")
    result = drafted(text, BASE, published_on="2015-02-20")
    assert len(result["agreements"]) == 4
    funded = [a["funding"] for a in result["agreements"] if a.get("funding")]
    assert {"amount": 60000000, "currency": "EUR"} in funded


def test_one_item_said_of_the_agreement_is_not_another() -> None:
    text = ("Tourisme : une convention pour l'arrière-pays\n"
            "La région et l'office ont signé lundi à Agadir une convention de partenariat. "
            "Il s'agit d'un appui de 20 millions de dirhams aux gîtes ruraux.\n")
    result = drafted(text, BASE, published_on="2019-04-02")
    assert len(result["agreements"]) == 1
