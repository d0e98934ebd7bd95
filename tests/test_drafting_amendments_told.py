""""La première porte sur la modification de la convention de non-double imposition": an
amendment (avenant), whatever general word the lead counted it under."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, types

pytest.importorskip("spacy")


def test_one_that_changes_an_earlier_convention_is_an_amendment() -> None:
    text = ("Le Maroc et le Koweït ont signé lundi à Rabat deux conventions. La première porte "
            "sur la modification de la convention de non-double imposition de 2002. La "
            "seconde est un mémorandum sur les investissements.\n")
    assert types(drafted(text, [], published_on="2025-03-12")) == ["avenant", "memorandum"]


def test_one_about_a_convention_it_does_not_change_keeps_the_lead_kind() -> None:
    text = ("Le Maroc et le Koweït ont signé lundi à Rabat deux conventions. La première porte "
            "sur la mise en œuvre de la convention de non-double imposition de 2002. La "
            "seconde est un mémorandum sur les investissements.\n")
    assert types(drafted(text, [], published_on="2025-03-12"))[0] != "avenant"
