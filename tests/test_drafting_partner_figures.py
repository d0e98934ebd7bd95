"""Two agreements signed "avec les sociétés A -filiale de P- et B": P is no party, and what
each company invests, told further down by its name, is its own agreement's figure."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "mic", "name": "Ministère de l'Industrie et du Commerce", "kind": "ministry"}]

STORY = ("Mardi à Paris, le ministère de l'Industrie et du Commerce a paraphé deux conventions "
         "d'investissement avec les sociétés Avialis -filiale de Skyparts- et Fixalu, pour un "
         "investissement de 60 millions d'euros. Selon les termes de la convention, Avialis "
         "investira 50 millions d'euros et créera 400 emplois. Le groupe Fixalu injectera 10 "
         "millions d'euros dans son unité de Casablanca, qui emploiera 150 personnes.\n")


def test_the_parent_in_dashes_is_no_party() -> None:
    assert names_of(drafted(STORY, BASE)) == {"mic", "Avialis", "Fixalu"}


def test_each_company_takes_its_own_figures() -> None:
    result = drafted(STORY, BASE)
    new = {o["id"]: o["name"] for o in result["organizations"]}
    got = {new[p["org"]]: ((a.get("funding") or {}).get("amount"),
                           (a.get("jobs") or {}).get("direct"))
           for a in result["agreements"] for p in a["parties"] if p["org"] in new}
    assert got == {"Avialis": (50_000_000, 400), "Fixalu": (10_000_000, 150)}
