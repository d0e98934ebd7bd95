"""Figures a draft does not keep but quotes in a TODO: the share of an amount one party
bears, and the amount only a headline gives. Which amount is kept does not change."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


def _line(result: dict, key: str) -> str:
    return next(x for x in result["yaml"].splitlines() if x.strip().lstrip("# ").startswith(
        f"{key}:"))


@pytest.mark.parametrize(("text", "amount", "share"), [
    ("L'Agence urbaine et la commune de Taza ont signé lundi à Taza une convention pour "
     "rénover la médina. Le programme, d'une enveloppe globale de 640 millions de dirhams, "
     "dont 90 MDH à la charge de la commune, s'étalera sur quatre ans.",
     640_000_000, "dont 90 MDH à la charge de la commune"),
    ("L'Office régional de mise en valeur agricole et la Fédération des éleveurs ont signé "
     "jeudi à Errachidia une convention de 35 millions de dirhams (dont 6 MDH versés par "
     "la fédération) pour les points d'eau.",
     35_000_000, "dont 6 MDH versés par la fédération"),
])
def test_a_share_of_the_amount_is_quoted_in_a_todo(text, amount, share) -> None:
    result = drafted(text, [])
    (agreement,) = result["agreements"]
    assert agreement["funding"] == {"amount": amount, "currency": "MAD"}  # the whole, kept
    line = _line(result, "funding")
    assert f'TODO: the article gives a share of it: "{share}"' in line, line


def test_an_amount_without_a_share_has_no_such_todo() -> None:
    result = drafted("L'Agence urbaine et la commune de Taza ont signé lundi à Taza une "
                     "convention de 640 millions de dirhams, dont la durée est de quatre ans.",
                     [])
    assert "share" not in _line(result, "funding")


def test_an_amount_only_the_headline_gives_is_quoted_in_the_todo() -> None:
    headline = "Eau potable : 420 MDH pour les douars du Haouz"
    body = ("La Région Marrakech-Safi et l'Office de l'eau ont signé mardi à Marrakech une "
            "convention pour raccorder les villages de montagne au réseau.")
    result = drafted(f"{headline}\n\n{body}\n", [])
    (agreement,) = result["agreements"]
    assert agreement.get("funding") is None  # the body gives none: nothing is taken
    line = _line(result, "funding")
    assert line.strip().startswith("# funding:")
    assert (f'TODO: no amount found; the headline gives one: "{headline}"') in line, line
    without = drafted(f"Eau potable : une convention pour les douars du Haouz\n\n{body}\n", [])
    assert _line(without, "funding").strip() == "# funding:  # TODO: no amount found"
