"""An avenant that "porte le montant de X à Y" adds Y − X: that is its funding (README: an
avenant's funding is what it adds), never X, the total it amends; the quote gives both
figures. "porte le montant à Y" alone gives no amount, and a TODO saying the article gives
the new total. Press sentences written for these tests."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.amounts import find_amounts


def amounts(text: str) -> list[tuple[int, str, str, bool]]:
    return [(f.value["amount"], text[f.start:f.end], f.todo, f.extra["new_total"])
            for f in find_amounts(text, 0, len(text))]


@pytest.mark.parametrize("text, added, quoted", [
    ("Ce deuxième avenant porte le montant du programme de 1,4 à 1,9 milliard de dirhams.",
     500_000_000, "de 1,4 à 1,9 milliard de dirhams"),
    ("Il porte l'enveloppe de 120 à 175 millions de dirhams.", 55_000_000,
     "de 120 à 175 millions de dirhams"),
    ("L'avenant relève la contribution de la Région de 30 à 45 MDH.", 15_000_000,
     "de 30 à 45 MDH"),
    ("Le budget de la convention passe ainsi de 8 à 11 millions d'euros.", 3_000_000,
     "de 8 à 11 millions d'euros"),
    ("Cet accord modificatif rehausse le financement de 2,5 à 2,75 milliards de dirhams.",
     250_000_000, "de 2,5 à 2,75 milliards de dirhams"),
])
def test_an_amended_total_from_x_to_y_gives_what_it_adds(text: str, added: int,
                                                          quoted: str) -> None:
    [(amount, quote, todo, new_total)] = amounts(text)
    assert (amount, quote, new_total) == (added, quoted, False)
    assert "the total this amends" in todo and "what it adds" in todo
    assert "range" not in todo


@pytest.mark.parametrize("text", [
    "Le projet mobilisera de 10 à 12 millions de dirhams selon les phases.",
    "La convention porte sur un investissement de 40 à 60 MDH.",
    "Les prêts iront de 2 à 5 millions d'euros par entreprise.",
])
def test_a_range_is_still_a_range(text: str) -> None:
    [(amount, _, todo, _)] = amounts(text)
    assert "a range" in todo and amount > 0


@pytest.mark.parametrize("text, total", [
    ("Cet avenant porte le montant de la convention à 3,6 milliards de dirhams.",
     3_600_000_000),
    ("L'avenant relève l'enveloppe globale à 410 millions de dirhams.", 410_000_000),
])
def test_a_new_total_alone_is_marked(text: str, total: int) -> None:
    [(amount, _, todo, new_total)] = amounts(text)
    assert (amount, new_total) == (total, True)
    assert "only the new total" in todo


def test_an_amount_that_is_not_a_new_total_is_not_marked() -> None:
    [(_, _, todo, new_total)] = amounts("Une convention d'un montant de 90 MDH a été signée à "
                                        "Fès, portant sur la formation.")
    assert not new_total and todo == ""


AVENANT = """\
Kénitra — Le ministère de l'Équipement et de l'Eau et l'Office national de l'électricité \
et de l'eau potable ont signé, mardi 10 novembre 2026 à Kénitra, un avenant à la \
convention de 2022 sur le réseau d'assainissement du Gharb. Cet avenant porte le montant \
de la convention de 640 à 910 millions de dirhams.
"""


def test_an_avenant_draft_gets_the_difference(run, tmp_path) -> None:
    pytest.importorskip("spacy")
    article = tmp_path / "avenant.txt"
    article.write_text(AVENANT, encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2026-11-12")
    assert result.exit_code == 0, result.output
    [line] = [li for li in result.stdout.splitlines() if "funding" in li]
    assert line.startswith("    funding: {amount: 270000000, currency: MAD}  # from: "
                           "\"de 640 à 910 millions de dirhams\"; TODO: ")
    alone = AVENANT.replace("de 640 à 910", "à 910")
    article.write_text(alone, encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2026-11-12")
    [line] = [li for li in result.stdout.splitlines() if "funding" in li]
    assert line.startswith("    # funding:  # TODO: the article gives only the new total")
    assert line.endswith("the new total: \"910 millions de dirhams\"")


BATCH = """\
Deux conventions ont été signées, jeudi 12 novembre 2026 à Fès, en marge des Assises \
régionales de l'artisanat.

La première convention, d'un montant de 45 millions de dirhams, lie le ministère du \
Tourisme et de l'Artisanat à la Chambre d'artisanat de Fès-Meknès pour équiper trois \
ateliers de dinanderie.

La seconde convention est un avenant à la convention de 2021 entre la Région et la \
Chambre d'artisanat : elle porte l'enveloppe de 150 à 190 millions de dirhams.
"""


def test_an_avenant_inside_a_batch_gets_the_difference(run, tmp_path) -> None:
    pytest.importorskip("spacy")
    article = tmp_path / "fes.txt"
    article.write_text(BATCH, encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2026-11-13")
    assert result.exit_code == 0, result.output
    funding = [li.strip() for li in result.stdout.splitlines() if "funding:" in li]
    assert funding[0].startswith("funding: {amount: 45000000, currency: MAD}")
    assert funding[1].startswith("funding: {amount: 40000000, currency: MAD}  # from: "
                                 "\"de 150 à 190 millions de dirhams\"")
    assert not any("150000000" in li for li in funding)
