"""A foreign state named by its adjective ("le gouvernement rwandais") is the same party as
the country named elsewhere ("le Rwanda"); a country's name that opens a body's name ("le
Rwanda Development Board (RDB)") is that body, not the state."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"},
        {"id": "cfc", "name": "Casablanca Finance City", "acronym": "CFC", "kind": "public-body"}]


def test_the_government_by_its_adjective_is_the_country_named_before() -> None:
    text = ("Le Maroc et le Rwanda ont signé mardi à Kigali un accord de coopération "
            "technique. Le gouvernement rwandais a aussi signé un mémorandum avec le Maroc "
            "sur la formation des cadres.\n")
    assert names_of(drafted(text, BASE)) == {"etat-marocain", "Rwanda"}


@pytest.mark.parametrize("body", ["Rwanda Development Board (RDB)", "Kenya Investment Authority"])
def test_a_body_named_after_its_country_is_the_body(body: str) -> None:
    text = (f"Casablanca Finance City et le {body} ont signé mardi à Kigali un mémorandum "
            "d'entente pour attirer des investisseurs.\n")
    names = names_of(drafted(text, BASE))
    assert "cfc" in names
    assert body.split(" (")[0] in names
    assert not {"Rwanda", "Kenya"} & names
