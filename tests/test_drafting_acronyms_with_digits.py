""""le président de l'UM6P, A": an acronym with a digit in it, mostly letters, is a body
that someone signs for; a figure ("G20", "4G") is not."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "um6p", "name": "Université Mohammed VI Polytechnique", "acronym": "UM6P",
         "kind": "public-body", "country": "MA"}]


def test_the_acronym_s_president_signs_for_it() -> None:
    text = ("L'Université Mohammed VI Polytechnique (UM6P) et l'Université de Kyoto ont "
            "conclu jeudi à Ben Guérir un mémorandum d'entente. Le document a été signé par "
            "le président de l'UM6P, Yassine Berrada, et la vice-présidente de l'université "
            "japonaise, Aiko Tanaka.\n")
    result = drafted(text, BASE)
    people = {p["name"]: p for p in result["people"]}
    assert "Yassine Berrada" in people
    [agreement] = result["agreements"]
    signers = {s["person"]: s.get("org") for s in agreement["signatories"]}
    assert signers[people["Yassine Berrada"]["id"]] == "um6p"


@pytest.mark.parametrize("word", ["G20", "4G", "2M"])
def test_a_figure_is_no_body(word: str) -> None:
    from conventions_cli.drafting.propernames import _lettered_acronym

    assert not _lettered_acronym(word)
