"""Amounts listed one per line without a total ("- Prêt A : 100 M€", "• 95 M€ pour …",
"2. 60 M€ …"): as many lines as agreements give them their amounts in turn, each with a
TODO to check it, as the listed parts of a total do."""

from __future__ import annotations

import pytest
import yaml

from conventions_cli.drafting import draft_article

pytest.importorskip("spacy")

LEAD = ("Rabat, 9 septembre 2026 (MAP) – La Banque islamique de développement (BID) et "
        "le ministère de l'Économie et des Finances ont signé mardi à Rabat trois accords de "
        "financement :\n")
LINES = [("{m} Prêt A : 140 M$ pour l'extension du réseau d'assainissement de Nador ;", 140),
         ("{m} Prêt B : 85 M$ pour les routes rurales du Haut Atlas ;", 85),
         ("{m} Prêt C : 25 M$ pour un programme de bourses d'ingénieurs.", 25)]


def fundings(text: str) -> tuple[list[dict | None], str]:
    out = draft_article(text, published_on="2026-09-09").yaml
    return [a.get("funding") for a in yaml.safe_load(out)["agreements"]], out


@pytest.mark.parametrize("marks", [["-"] * 3, ["•"] * 3, ["1.", "2.", "3."], ["a)", "b)", "c)"]])
def test_one_amount_a_line_goes_to_the_agreements_in_turn(marks: list[str]) -> None:
    text = LEAD + "".join(line.format(m=m) + "\n"
                          for (line, _), m in zip(LINES, marks, strict=True))
    found, out = fundings(text)
    assert found == [{"amount": m * 10**6, "currency": "USD"} for _, m in LINES]
    assert out.count("one of the amounts the article lists line by line: check it") == 3
    assert "no amount found" not in out


def test_blank_lines_between_the_list_lines_keep_one_list() -> None:
    text = LEAD + "\n".join(line.format(m="-") + "\n" for line, _ in LINES)
    found, _ = fundings(text)
    assert [f["amount"] if f else None for f in found] == [m * 10**6 for _, m in LINES]


def test_fewer_lines_than_agreements_give_none() -> None:
    text = LEAD + "".join(line.format(m="-") + "\n" for line, _ in LINES[:2])
    found, out = fundings(text)
    assert found == [None, None, None]
    assert "lists line by line" not in out


def test_lines_that_are_not_a_list_give_none() -> None:
    """The same figures told in sentences of prose, each on its own line, are not a list."""
    text = LEAD + "".join(line.format(m="Le").replace("Le Prêt", "Le prêt") + "\n"
                          for line, _ in LINES)
    _, out = fundings(text)
    assert "lists line by line" not in out


def test_lines_that_do_not_add_up_to_the_total_given_are_left_to_the_curator() -> None:
    text = LEAD.replace("accords de financement :", "accords de financement d'un montant "
                        "global de 300 M$ :") + "".join(line.format(m="-") + "\n"
                                                        for line, _ in LINES)
    found, out = fundings(text)  # 140 + 85 + 25 is not 300
    assert found == [None, None, None]
    assert "lists line by line" not in out
