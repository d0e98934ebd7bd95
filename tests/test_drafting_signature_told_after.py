""""La signature s'est déroulée jeudi": the sentence after a signing sentence that dates
the signing itself gives its day."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")


def test_the_signature_s_own_sentence_dates_it() -> None:
    text = ("Le Crédit Agricole du Maroc et la Fédération des cultures sucrières ont signé, en "
            "marge du salon Agrinova, une convention pour financer 900 planteurs. La "
            "signature s'est déroulée jeudi en présence du ministre de l'Agriculture.\n")
    [agreement] = drafted(text, [], published_on="2024-05-13")["agreements"]
    assert agreement.get("signed_on") == "2024-05-09"


def test_a_signature_told_of_something_else_does_not() -> None:
    text = ("Le Crédit Agricole du Maroc et la Fédération des cultures sucrières ont signé une "
            "convention pour financer 900 planteurs. Jeudi, le ministre a inauguré une usine.\n")
    [agreement] = drafted(text, [], published_on="2024-05-13")["agreements"]
    assert agreement.get("signed_on") is None
