"""A saved page's stamp of when it was changed ("Modifié 4 juin 2019 à 10h12", glued to the
story's first words) reads as blank: it names no body and opens no sentence."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.pagemarks import without_links
from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

PAGE = ("Le 4 juin 2019 à 10h12\n"
        "Modifié 4 juin 2019 à 10h12La Caisse de dépôt et de gestion et la Région de "
        "l'Oriental ont signé mardi à Oujda une convention pour un parc logistique.\n")


def test_the_stamp_names_no_body() -> None:
    names = names_of(drafted(PAGE, [], published_on="2019-06-04"))
    assert not any(n.lower().startswith("modifi") for n in names)
    assert any("Caisse de dépôt" in n for n in names)


def test_the_stamp_is_blank_and_offsets_stay() -> None:
    text = "Mis à jour le 12 février 2024 à 9h05\nLa commune de Fès a signé."
    blank = without_links(text)
    assert len(blank) == len(text)
    assert blank.strip().startswith("La commune")


def test_a_sentence_about_a_change_stays() -> None:
    text = "Le texte a été modifié le 3 mai 2024 par les deux parties."
    assert without_links(text) == text
