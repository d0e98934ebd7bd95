"""A quoted label after the noun of what it labels ("ses filières « Cuir » et « Chaussure »",
"l'écosystème « Pièces de rechange »") names a sector or a theme, never a party."""

from __future__ import annotations

import pytest

from conventions_cli.drafting import draft_article


@pytest.mark.parametrize("labelled", [
    "ses deux filières (« Cuir tanné » et « Chaussure »)",
    "l'écosystème « Pièces de rechange »",
    "le secteur « Maroquinerie »",
])
def test_a_quoted_label_names_no_party(labelled: str) -> None:
    page = (f"La fédération du cuir structure {labelled} et a signé jeudi à Fès un contrat "
            "de performance avec la société « Tannerie Atlas ».\n")
    draft = draft_article(page, published_on="2026-03-13")
    names = {o["name"] for o in draft.data.get("organizations", [])}
    assert not names & {"Cuir tanné", "Chaussure", "Pièces de rechange", "Maroquinerie"}
    assert any("Tannerie Atlas" in n for n in names)
