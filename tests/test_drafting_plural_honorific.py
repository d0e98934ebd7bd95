""""ainsi que Mmes A, B et C, membres du Bureau": people after a plural honorific are
people, however the tagger reads their names; "le Premier président de la Cour X, A" signs
for that court, not for a body named "Premier"."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")


@pytest.mark.parametrize("honorific", ["Mmes", "MM.", "Mesdames"])
def test_names_after_a_plural_honorific_are_people(honorific: str) -> None:
    text = ("Le mémorandum a été paraphé par le président du Conseil national des notaires, "
            "Karim Idrissi, et la présidente de la Chambre des notaires de Liège, Anne Dupont, "
            f"ainsi que {honorific} Maëlle Vandamme, Iris de Brouckère et Nora Stessel, membres "
            "du bureau.\n")
    assert names_of(drafted(text, [])) == {"Conseil national des notaires",
                                           "Chambre des notaires de Liège"}


def test_the_premier_president_signs_for_the_court() -> None:
    text = ("Le mémorandum a été signé par le Premier président de la Cour de cassation, "
            "Karim Idrissi, et le président de la Cour de cassation de Belgique, Jan Peeters.\n")
    names = names_of(drafted(text, []))
    assert "Premier" not in names
    assert "Cour de cassation" in names
