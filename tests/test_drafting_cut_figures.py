"""A text that stops inside a figure (a page cut off mid-sentence): the missing amount or
period gets a TODO quoting the cut figure, not "no amount found"."""

from __future__ import annotations

import pytest

from conventions_cli.drafting import draft_article

pytest.importorskip("spacy")

LEAD = ("Essaouira : un accord pour la médina\n\n"
        "L'Agence pour la promotion du patrimoine et la Commune d'Essaouira ont signé "
        "jeudi à Essaouira une convention ")


def draft(ending: str) -> str:
    return draft_article(LEAD + ending, published_on="2026-01-16").yaml


@pytest.mark.parametrize(("ending", "cut"), [
    ("de 85 millions de", "85 millions de"),
    ("d'un montant de 1,5 milliard d'", "1,5 milliard d'"),
    ("de 2.500 millions", "2.500 millions"),
])
def test_an_amount_cut_off_is_quoted(ending: str, cut: str) -> None:
    out = draft(ending)
    assert f'# funding:  # TODO: the text stops inside a figure ("{cut}")' in out
    assert "no amount found" not in out
    assert "# period:  # TODO: no period found" in out


@pytest.mark.parametrize(("ending", "cut"), [
    ("de partenariat pour la période 2026-20", "2026-20"),
    ("de partenariat couvrant la période de 2026 à", "2026 à"),
])
def test_a_period_cut_off_is_quoted(ending: str, cut: str) -> None:
    out = draft(ending)
    assert f'# period:  # TODO: the text stops inside a figure ("{cut}")' in out
    assert "no period found" not in out
    assert "# funding:  # TODO: no amount found" in out


@pytest.mark.parametrize("ending", [
    "de partenariat pour la période 2026-2030",  # whole, only the full stop is missing
    "de 85 millions de dirhams",
    "de partenariat pour la rénovation des remparts de la",  # cut, but in no figure
])
def test_a_text_that_ends_otherwise_is_not_cut_in_a_figure(ending: str) -> None:
    out = draft(ending)
    assert "stops inside a figure" not in out


def test_the_cut_figure_replaces_the_gap_and_counts_as_one_todo() -> None:
    cut, whole = draft("de 85 millions de"), draft("de partenariat pour la rénovation")
    assert cut.count("TODO") == whole.count("TODO")
