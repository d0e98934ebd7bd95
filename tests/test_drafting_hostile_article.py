"""An article holding marks that reorder text on a screen (a right-to-left override, an
isolate): the draft shows none of them, in names or in the quotes of its comments."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


@pytest.mark.parametrize("mark", ["\u202e", "\u2066", "\u200f"])
def test_no_reordering_mark_reaches_the_draft(mark: str) -> None:
    result = drafted(f"Tiznit — La commune de Tiznit{mark} et l'Agence de l'eau du Souss ont "
                     "signé jeudi à Tiznit une convention de partenariat.", [], "2026-05-08")
    assert mark not in result["yaml"]
    names = {o["name"] for o in result["organizations"]}
    assert "Commune de Tiznit" in names
