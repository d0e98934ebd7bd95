"""Places of signing and their 2015 region; project sites are not places of signing."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.places import city_region, find_places


@pytest.mark.parametrize(("name", "expected"), [
    ("Oujda", ("Oujda", "L'Oriental")), ("fes", ("Fès", "Fès-Meknès")),
    ("Laâyoune", ("Laâyoune", "Laâyoune-Sakia El Hamra")),
    ("Casanearshore", ("Casablanca", "Casablanca-Settat")),
    ("Atlantic Free Zone", ("Kénitra", "Rabat-Salé-Kénitra")),
    ("Tanger Med", ("Tanger", "Tanger-Tétouan-Al Hoceïma")),
    ("Technopolis", ("Salé", "Rabat-Salé-Kénitra")), ("Nouakchott", None),
])
def test_gazetteer(name: str, expected: tuple[str, str] | None) -> None:
    assert city_region(name) == expected


def places(text: str) -> list[tuple[str, bool]]:
    return [(f.value["place"], f.extra["signing"]) for f in find_places(text, 0, len(text))]


def test_where_it_was_signed_and_where_the_project_is() -> None:
    assert places("signée mardi à Casanearshore") == [("Casablanca", True)]
    assert places("dans la ville d'Agadir") == [("Agadir", True)]
    assert places("une usine dans la région de Fès-Meknès") == [
        ("Fès", False), ("Meknès", False)]
    assert places("au siège de la région Souss-Massa") == [("Agadir", True)]


def test_a_city_that_benefits_is_not_where_it_was_signed() -> None:
    text = "l'eau potable au profit de la ville de Tiznit; signée dans la ville d'Agadir"
    assert [(f.value["place"], f.extra["signing"]) for f in find_places(text, 0, len(text))] == [
        ("Tiznit", False), ("Agadir", True)]


def test_where_a_line_goes_is_not_where_it_was_signed() -> None:
    assert places("la voie ferrée qui doit relier Fès à Oujda") == [("Fès", False),
                                                                     ("Oujda", False)]
    assert places("le trajet de Tanger à Agadir, signé lundi à Rabat") == [
        ("Tanger", False), ("Agadir", False), ("Rabat", True)]


@pytest.mark.parametrize("text", [
    "Sept conventions ont été signées mardi au siège du Centre régional d'investissement de "
    "Tanger-Tétouan-Al Hoceima.",
    "Le conseil de la région Casablanca - Settat a signé jeudi une convention.",
])
def test_a_city_within_a_regions_name_is_not_where_it_was_signed(text: str) -> None:
    assert [f for f in find_places(text, 0, len(text)) if f.extra["signing"]] == []
