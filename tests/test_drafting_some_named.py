"""A batch signed by one body with a group, some of whose members are named ("douze
conventions avec les coopératives de la région, notamment A, B et C"): the body signs each,
the named ones one each; an occasion opening the sentence does not hide its subject."""

from __future__ import annotations

from typing import Any

from conventions_cli.drafting import draft_article

PAGE = ("En marge de la Foire régionale de l'olivier (FRO), la Banque verte du Souss a signé, "
        "jeudi à Taroudant, six conventions avec les coopératives oléicoles de la province, "
        "notamment la Coopérative Argan Nour, la Coopérative Tifawine et l'Union des "
        "coopératives Tazzerine.\n")


def parties(draft: Any) -> list[list[str]]:
    names = {o["id"]: o["name"] for o in draft.data.get("organizations", [])}
    return [[names.get(p["org"], p["org"]) for p in a["parties"]] for a in draft.agreements]


def test_the_subject_after_an_opening_occasion_signs_each_and_the_named_one_each() -> None:
    draft = draft_article(PAGE, published_on="2026-03-13")
    found = parties(draft)
    assert len(found) == 6
    assert all("Banque verte du Souss" in names for names in found)
    named = [n for names in found for n in names if n != "Banque verte du Souss"]
    assert named == ["Coopérative Argan Nour", "Coopérative Tifawine",
                     "Union des coopératives Tazzerine"]
    assert "3 partner(s) named for 6 agreements" in draft.yaml
