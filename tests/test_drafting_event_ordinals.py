"""The event of a signing named with a Roman ordinal ("la XIVe Réunion de haut niveau"), a
plural one ("les 3es Journées"), or after "au terme des travaux de"."""

from __future__ import annotations

import pytest

from drafting_cases import drafted


@pytest.mark.parametrize(("words", "name"), [
    ("à l'issue de la XIVe Réunion de haut niveau", "XIVe Réunion de haut niveau"),
    ("en marge des 3es Journées nationales de l'olivier",
     "3es Journées nationales de l'olivier"),
    ("au terme des travaux de la 7e session de la commission mixte maroco-malienne",
     "7e session de la commission mixte maroco-malienne")])
def test_the_event_is_named(words: str, name: str) -> None:
    result = drafted(f"Le Maroc et le Mali ont signé mardi à Bamako trois accords {words}.",
                     [], published_on="2019-06-26")
    assert [e["name"] for e in result["events"]] == [name]
