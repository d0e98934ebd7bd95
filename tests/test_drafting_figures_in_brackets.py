""""huit (8) conventions, d'un (1) accord … et cinq (5) mémorandums": the figures in
brackets repeat the spelled number; the breakdown is read as without them, and each
counted part keeps its own kind under the lead's general word ("14 accords")."""

from __future__ import annotations

from collections import Counter

import pytest

from drafting_cases import drafted, types

pytest.importorskip("spacy")

TEXT = ("Le jeudi 6 mars 2025, quatorze accords ont été signés à Niamey entre le Maroc et le "
        "Niger.\n"
        "Ces textes se répartissent en huit (8) conventions, un (1) accord relatif au "
        "transport routier et cinq (5) mémorandums d'entente.\n")


def test_the_breakdown_in_figures_and_words_gives_each_part_its_kind() -> None:
    result = drafted(TEXT, [], published_on="2025-03-07")
    assert Counter(types(result)) == {"convention-partenariat": 8, "accord": 1,
                                      "memorandum": 5}


def test_the_figures_are_blanked_in_place() -> None:
    from conventions_cli.drafting.normalize import figures_blanked
    text = "huit (8) conventions, d'un ( 1 ) accord et 5 (5) protocoles"
    blanked = figures_blanked(text)
    assert len(blanked) == len(text)
    assert blanked.split() == ["huit", "conventions,", "d'un", "accord", "et", "5", "(5)",
                               "protocoles"]


def test_a_bracket_not_after_a_spelled_number_stays() -> None:
    text = ("Le jeudi 6 mars 2025, deux accords ont été signés à Niamey entre le Maroc et le "
            "Niger, dans le cadre du plan (2) de coopération.\n")
    result = drafted(text, [], published_on="2025-03-07")
    assert types(result) == ["accord", "accord"]
