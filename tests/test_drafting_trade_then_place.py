""""Sahel Primeurs, exportateur de légumes basé à Berkane": what follows "à" after a trade
is where the company is, not its name."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions

pytest.importorskip("spacy")


def companies(sentence: str) -> set[str]:
    return {m.name for m in find_mentions(list(analyse(sentence))) if m.kind == "company"}


def test_the_town_after_a_trade_is_no_company() -> None:
    found = companies("La société Sahel Primeurs, exportateur de légumes basé à Berkane, "
                      "investira 40 millions de dirhams.")
    assert "Berkane" not in found
    assert "Sahel Primeurs" in found


def test_the_name_after_a_trade_still_is() -> None:
    assert "Voltix" in companies("Le fabricant de composants pour batteries Voltix a signé "
                                 "mardi une convention avec l'Agence X.")
