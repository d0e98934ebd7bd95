"""The words of signing are written once (drafting/lexicon.py); every stage builds its
patterns from them, so the forms derived for each verb must be the ones the press writes."""

from __future__ import annotations

import re

import pytest

from conventions_cli.drafting.lexicon import any_form, done, future, nouns, participle, stems


@pytest.mark.parametrize("word", ["signe", "signee", "signes", "signees", "cosigne",
                                  "paraphent", "scellee", "conclu", "conclues", "concluent"])
def test_what_a_signing_done_is_written_as(word: str) -> None:
    assert re.fullmatch(done(), word)


@pytest.mark.parametrize("word", ["conclusion", "conclut", "concluant", "conclure", "signal",
                                  "signer", "paraphera"])
def test_what_is_no_signing_done(word: str) -> None:
    assert not re.fullmatch(done(), word)


def test_the_other_forms_of_a_verb_of_the_first_group() -> None:
    assert all(re.fullmatch(any_form(), w) for w in ("signer", "signant", "parapheront"))
    assert not re.fullmatch(any_form(), "conclure")  # said of a speech as much as of a deal


def test_each_tense_and_number() -> None:
    assert re.fullmatch(participle("plural"), "conclues")
    assert not re.fullmatch(participle("plural"), "signee")
    assert re.fullmatch(participle("singular"), "paraphe")
    assert re.fullmatch(future(), "concluront") and re.fullmatch(future(), "signera")
    assert re.match(stems(), "cosignataire")
    assert re.fullmatch(nouns(signatories=True), "cosignataires")
    assert not re.fullmatch(nouns(), "signataire")
