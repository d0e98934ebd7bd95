""" "Le PDG de la société, X, et la Région ont signé": "la société" is the company named
before, and it signs, whatever the order of the signatories."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "region-oriental", "name": "Région de l'Oriental (Conseil régional)",
     "kind": "public-body"},
]
LEAD = "La société Lumex investira 200 millions de dirhams dans une usine à Oujda. "


@pytest.mark.parametrize("text", [
    "Le PDG de la société, Karim Tazi, et la Région de l'Oriental ont signé mardi une "
    "convention.",
    "La Région de l'Oriental et le directeur général de la société, Karim Tazi, ont paraphé "
    "mardi une convention.",
    "Une convention a été signée mardi par la Région de l'Oriental et le PDG de la société, "
    "Karim Tazi.",
])
def test_the_company_a_signatory_heads_signs(text: str) -> None:
    assert party_names(drafted(LEAD + text, BASE, "2024-05-10")) == [["Lumex",
                                                                        "region-oriental"]]


def test_where_the_company_invests_is_no_party() -> None:
    text = LEAD + ("La Région de l'Oriental a signé mardi une convention dans la commune, avec "
                   "la société.")
    assert party_names(drafted(text, BASE, "2024-05-10")) == [["Lumex", "region-oriental"]]
