"""An ordinal before a title ("le 1er Vice-Président du Conseil régional", "le 1-er …",
"le 2ème vice-président") is no body's name: the council the title is of signs."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "region-souss-massa", "name": "Région Souss-Massa (Conseil régional)",
         "kind": "public-body", "aliases": ["Conseil régional de Souss-Massa"]}]


@pytest.mark.parametrize("rank", ["1er", "1-er", "2ème", "2-ème"])
def test_the_council_of_a_ranked_vice_president_signs(rank: str) -> None:
    text = ("Agadir – Une convention a été signée lundi à Agadir par le directeur de l'Office "
            f"régional de mise en valeur agricole du Souss-Massa et le {rank} Vice-Président du "
            "Conseil régional de Souss-Massa pour une étude d'irrigation.\n")
    names = names_of(drafted(text, BASE))
    assert "region-souss-massa" in names
    assert not any(name[0].isdigit() for name in names)
