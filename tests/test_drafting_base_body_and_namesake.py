"""A body the base knows (the Université Mohammed VI Polytechnique, UM6P) and a new one
whose name starts with its acronym (UM6P Ventures) are two parties, not one."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "um6p", "name": "Université Mohammed VI Polytechnique", "acronym": "UM6P",
         "kind": "public-body"},
        {"id": "technopark", "name": "Technopark", "kind": "company"}]


def test_the_base_body_and_the_new_one_named_after_it_both_sign() -> None:
    text = ("Une convention a été signée mardi à Marrakech entre l'UM6P Ventures, le "
            "Technopark et l'Université Mohammed VI Polytechnique (UM6P) pour accompagner les "
            "jeunes pousses.\n")
    assert names_of(drafted(text, BASE)) == {"technopark", "um6p", "UM6P Ventures"}
