"""A batch told item by item: "Une première convention … Une deuxième, conclue avec X …"
(the noun understood after an indefinite rank), and one list line per project opening on
its company ("1. Nordis Ciments : une cimenterie …, pour 900 MDH et 200 emplois ;").
Each test drafts an article written for it, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "region-oriental", "name": "Région de l'Oriental", "kind": "public-body"},
    {"id": "ministere-industrie", "name": "Ministère de l'Industrie", "kind": "ministry"},
]


def draft(text: str) -> dict[str, Any]:
    return drafted(text, BASE, "2026-06-12")


def funding(result: dict[str, Any]) -> list[int | None]:
    return [a["funding"]["amount"] if a.get("funding") else None for a in result["agreements"]]


def test_an_indefinite_rank_without_its_noun_opens_the_next_agreement() -> None:
    result = draft(
        "Oujda — La Région de l'Oriental a signé jeudi à Oujda trois conventions. Une "
        "première convention, conclue avec l'Agence de l'eau de la Moulouya, porte sur "
        "90 millions de dirhams. Une deuxième, signée avec l'Université Mohammed Premier, "
        "concerne un incubateur (15 MDH). Une troisième, d'un montant de 40 MDH, lie la "
        "Région à la Chambre de commerce de l'Oriental.")
    assert funding(result) == [90_000_000, 15_000_000, 40_000_000]
    assert [sorted(n for n in names if n != "region-oriental")
            for names in party_names(result)] == [
        ["Agence de l'eau de la Moulouya"], ["Université Mohammed Premier"],
        ["Chambre de commerce de l'Oriental"]]


LINES = ("Trois projets industriels pour l'Oriental\n\n"
         "Rabat — Trois conventions d'investissement ont été signées jeudi à Rabat par le "
         "ministère de l'Industrie, à l'issue d'une réunion consacrée à la relance de "
         "l'investissement dans la région de l'Oriental. Les projets sont les suivants :\n"
         "1. Nordis Ciments : une cimenterie à Jerada, pour 900 millions de dirhams et 200 "
         "emplois directs ;\n"
         "2. Clinique Ibn Zohr Santé : un hôpital de 120 lits à Nador, pour 300 millions de "
         "dirhams et 350 emplois ;\n"
         "3. Saïdia Agro Export : une unité de conditionnement d'agrumes, pour 80 millions de "
         "dirhams et 150 emplois.\n\n"
         "Ces investissements s'ajoutent aux projets déjà approuvés dans la région depuis le "
         "début de l'année, selon le ministère.\n")


def test_each_project_line_is_an_agreement_with_its_company_and_figures() -> None:
    result = draft(LINES)
    assert [sorted(n for n in names if n != "ministere-industrie")
            for names in party_names(result)] == [
        ["Nordis Ciments"], ["Clinique Ibn Zohr Santé"], ["Saïdia Agro Export"]]
    assert funding(result) == [900_000_000, 300_000_000, 80_000_000]
    assert [a["jobs"]["direct"] for a in result["agreements"]] == [200, 350, 150]


def test_project_lines_that_do_not_match_the_count_are_not_agreements() -> None:
    result = draft(LINES.replace("Trois conventions", "Quatre conventions"))
    assert all("Nordis Ciments" not in names for names in party_names(result))


def test_a_short_dispatch_whose_lead_announces_its_list_is_read_whole() -> None:
    # no headline, no closing paragraph: the lead ends on a colon over its list
    short = LINES.split("\n\n")[1] + "\n"
    result = draft(short)
    assert funding(result) == [900_000_000, 300_000_000, 80_000_000]
