"""An "accord de partenariat" is typed by the article's word, `accord`; an agreement the
article calls a "convention de partenariat" and then "cet accord de partenariat" stays one
`convention-partenariat`."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, types

pytest.importorskip("spacy")

BASE = [{"id": "onmt", "name": "Office national marocain du tourisme", "acronym": "ONMT",
         "kind": "public-body"}]


def test_a_partnership_accord_is_an_accord() -> None:
    text = ("Un accord de partenariat a été signé jeudi à Tanger entre l'ONMT et la société "
            "Atlas Voyages pour attirer des visiteurs d'Asie.\n")
    assert types(drafted(text, BASE)) == ["accord"]


def test_a_partnership_convention_told_again_as_an_accord_stays_one_convention() -> None:
    text = ("Une convention de partenariat a été signée mardi à Rabat entre l'ONMT et la "
            "société Atlas Voyages. Cet accord de partenariat prévoit des campagnes communes "
            "en Asie pendant trois ans.\n")
    assert types(drafted(text, BASE)) == ["convention-partenariat"]
