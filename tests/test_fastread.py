"""The reader straight into records (base/fastread.py) gives what the scanner and the
converter give, or nothing.

Whenever it returns a record, it is the record records.py makes from the scanner's tree
of the same text (same values, same marks, same order of keys and marks) and that making
finds no problem; whenever it returns None, the text goes the long way. The bundled base
and generated bases are read by it whole; made-up agreements check the rest.
"""

from __future__ import annotations

import marshal
import os
import pickle
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINI
from conventions_cli.base import fastread, loader, scanner
from conventions_cli.base.records import _Converter, agreement_spec
from test_incremental import HEAD, item, outcome
from test_scanner import STYLES, TRICKY, bundled, chunk_texts, generated, render
from test_schema2 import BASE


def the_long_way(text: str, line: int, version: int) -> tuple[Any, list[Any]]:
    item = scanner.scan_item(text, line)
    if item is None:
        return None, ["libyaml"]
    conv = _Converter("kb.yaml", "kb.yaml")
    record = conv.agreement(item, agreement_spec(version))
    return record, conv.problems


def same_or_none(text: str, line: int, version: int = 1) -> dict[str, Any] | None:
    found = fastread.read_agreement(text, line, _item_line(text, line), agreement_spec(version),
                                    "kb.yaml", "kb.yaml")
    if found is not None:
        record, problems = the_long_way(text, line, version)
        assert not problems, text
        assert found == record, text
        assert list(found) == list(record), text  # the keys in the same order
        assert list(found["_marks"].items()) == list(record["_marks"].items()), text
    return found


def _item_line(text: str, line: int) -> int:
    """The line of the chunk's item (its dash), 0-based in the file."""
    for number, content in enumerate(text.split("\n")):
        stripped = content.strip()
        if stripped and not stripped.startswith("#"):
            return line + number
    return line


def test_every_agreement_of_the_usual_layout_is_read_straight_into_its_record() -> None:
    bases = [(name, text, 2) for name, text in bundled()]
    bases += [("mini", MINI, 1), ("schema2", BASE, 2), ("generated", generated(500), 1)]
    read = 0
    for name, text, version in bases:
        for chunk, line in chunk_texts(text):
            assert same_or_none(chunk, line, version) is not None, (name, chunk)
            read += 1
    assert read > 500


ELSEWHERE = {
    # Read the long way: fastread gives None.
    "unknown key": "- id: a\n  colour: red\n",
    "bad value": "- id: A B\n  title: T\n",
    "missing key": "- id: a\n  title: T\n",
    "empty value": "- id: a\n  title:\n",
    "null value": "- id: a\n  title: ~\n",
    "duplicate": "- id: a\n  id: b\n",
    "no parties": "- id: a\n  parties: []\n",
    "scalar for a list": "- id: a\n  parties: x\n",
    "bad indent": "- id: a\n   title: T\n",
    "two items": "- id: a\n- id: b\n",
    "anchor": "- id: &x a\n",
    # YAML keeps a no-break space at a plain value's end; the schema refuses it
    "no-break space at an end": "- id: a\n  place: Rabat\u00a0\n",
    "narrow no-break space at a start": "- id: a\n  summary: \u202fUn accord\n",
}
FULL = ("  title: T\n  type: other\n  parties:\n    - {org: mic, role: signatory}\n"
        "  sources:\n    - publisher: P\n      published_on: 2020-01-01\n")


@pytest.mark.parametrize("name", sorted(ELSEWHERE))
def test_anything_else_goes_the_long_way(name: str) -> None:
    text = ELSEWHERE[name]
    text = text if name in ("missing key", "two items") else text + FULL
    assert fastread.read_agreement(text, 0, 0, agreement_spec(1), "kb", "kb") is None
    # while the same agreement without the odd line is read here
    assert fastread.read_agreement("- id: a\n" + FULL, 0, 0, agreement_spec(1), "kb",
                                   "kb") is not None


KEYS = st.sampled_from(["title", "place", "summary", "sectors", "type", "signed_on",
                        "funding", "parties", "period", "k"])


@settings(max_examples=400, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(st.tuples(KEYS, STYLES, TRICKY), max_size=4),
       indent=st.sampled_from([0, 2, 4]), comment=st.booleans())
def test_made_up_agreements_read_as_the_long_way_reads_them(
        entries: list[tuple[str, str, str]], indent: int, comment: bool) -> None:
    pad = " " * indent
    text = (f"{pad}- id: a\n" + "".join(pad + line + "\n" for line in FULL.splitlines()))
    if comment:
        text = f"{pad}# note\n" + text.replace("  type:", "  # inside\n" + pad + "  type:")
    for key, style, value in entries:
        text += pad + "  " + key + ":" + render(style, value, indent + 2)
    same_or_none(text, 5)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(line=st.text(alphabet=st.sampled_from(list("ab -:#'\"{}[],&*!|>%@`?\\~")),
                    max_size=14))
def test_its_tokens_are_the_scanner_s_but_for_a_space_before_a_colon(line: str) -> None:
    (mine,) = fastread._TOKENS.findall(line)
    (theirs,) = scanner._TOKENS.findall(line)
    if theirs[3].startswith(" "):  # "key :": no key here, so the long way reads it
        assert not mine[2]
    else:
        assert mine == theirs


NESTED = ("- id: a\n  title: T\n  type: other\n  follows: b\n  parties:\n"
          "    - {org: mic, role: signatory}\n    - {org: fcp, role: partner}\n"
          "  period: {start: 2020, end: 2021}\n  sectors: [emploi, industrie]\n"
          "  sources:\n    - publisher: P\n      published_on: 2020-01-01\n")


def test_nested_marks_are_read_when_first_asked_for_and_are_the_long_way_s() -> None:
    found = fastread.read_agreement(NESTED, 4, 4, agreement_spec(1), "kb.yaml", "kb.yaml")
    assert found is not None
    record, problems = the_long_way(NESTED, 4, 1)
    assert not problems
    marks = found["_marks"]
    held = dict.keys(marks)  # what is held before anything is asked: the top level
    assert list(held) == ["id", "title", "type", "follows"]
    # the index's questions are answered without reading again
    assert marks.get("id") == record["_marks"]["id"]
    assert "amends" not in marks and marks.get("follows") == (8, 12)
    assert list(dict.keys(marks)) == ["id", "title", "type", "follows"]
    # a nested value's mark, as a problem about it asks for it
    assert marks.get("parties[1].org") == record["_marks"]["parties[1].org"] == (11, 13)
    assert list(dict.items(marks)) == list(record["_marks"].items())  # all, in order


def test_every_way_of_reading_marks_reads_them_all() -> None:
    record, _ = the_long_way(NESTED, 0, 1)
    expected = record["_marks"]

    def fresh() -> Any:
        found = fastread.read_agreement(NESTED, 0, 0, agreement_spec(1), "kb", "kb")
        assert found is not None
        return found["_marks"]

    assert fresh()["sources[0].published_on"] == expected["sources[0].published_on"]
    assert "sectors[1]" in fresh()
    assert fresh() == expected and expected == fresh()
    assert (fresh() != expected) is False
    assert fresh() == fresh()
    assert len(fresh()) == len(expected)
    assert list(fresh()) == list(expected) == list(fresh().keys())
    assert list(fresh().values()) == list(expected.values())
    assert dict(fresh()) == expected and fresh().copy() == expected
    plain = fresh().plain()
    assert type(plain) is dict and plain == expected
    assert marshal.loads(marshal.dumps(plain)) == expected
    assert pickle.loads(pickle.dumps(fresh())) == expected
    assert repr(fresh()) == repr(expected)
    with pytest.raises(KeyError):
        fresh()["amends"]
    with pytest.raises(KeyError):
        fresh()["parties[5].org"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_problem_below_the_top_found_in_the_second_process_is_located(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The fork sends back the agreements whose rules found a problem whole, marks
    included, through marshal: read here, their marks must reach it as a plain dict."""
    text = HEAD + "".join(item(f"a{n}") for n in range(40))
    text = text.replace("  - id: a35\n    title: T\n    type: other\n"
                        "    parties: [{org: mic, ",
                        "  - id: a35\n    title: T\n    type: other\n"
                        "    parties: [{org: mik, ")
    one = outcome(text)
    assert len(one[0]) == 1 and ":40:" not in one[0][0]  # located on the party's line
    failed = []
    real = loader.worker.Fork.results

    def results(self: Any) -> Any:
        try:
            yield from real(self)
        except loader.worker.Failed as exc:
            failed.append(exc)
            raise

    monkeypatch.setattr(loader.worker.Fork, "results", results)
    monkeypatch.setattr(loader.worker, "available", lambda: True)
    monkeypatch.setattr(loader, "FORK_FROM", 1)
    assert outcome(text) == one
    assert not failed  # the fork's part was not read again in this process


@pytest.mark.parametrize("title", ["T", "\u00a0T", "T\u202f", "\u2003T", "\u2003", " ", "«T»"])
def test_a_quoted_value_with_any_blank_at_an_end_reads_as_the_long_way(title: str) -> None:
    """A quoted text is taken as it is only when no blank of any kind is at an end; any
    other is converted, and refused or kept exactly as the long way does."""
    text = "- id: a\n" + FULL.replace("title: T", f'title: "{title}"')
    found = same_or_none(text, 0)
    assert (found is not None) == (title in ("T", "«T»"))  # a space of any width refused


@pytest.mark.parametrize("value", ["«T»", "Énergie", "santé", "\u200bT", "T\u2060",
                                   "\u00adT", "T\ufeff", "\u00a0T", "T\u3000", "é\u202f"])
@pytest.mark.parametrize("key", ["title", "summary"])
@pytest.mark.parametrize("quoted", [False, True])
def test_a_text_with_a_non_ascii_end_reads_as_the_long_way_each_time(
        value: str, key: str, quoted: bool) -> None:
    """A text whose end is a visible character (a guillemet, an accented letter) is taken
    as it is, the first time as after; one with an invisible character at an end (a
    zero-width or no-break space, a joiner, a soft hyphen, a BOM) is refused as the long
    way refuses it, however often it comes."""
    written = f'"{value}"' if quoted else value
    text = "- id: a\n" + FULL + f"  {key}: {written}\n" if key == "summary" else \
        "- id: a\n" + FULL.replace("title: T", f"title: {written}")
    visible = not any(fastread.invisible(ch) for ch in (value[0], value[-1]))
    for _ in range(2):
        assert (same_or_none(text, 0) is not None) == visible


@pytest.mark.parametrize("value", ["«T»", "santé", "\u200bT", "T\u2060", "\u00a0T", "é\u202f"])
@pytest.mark.parametrize("written", ["  sectors: [{}, b]\n", "  sectors: [b, {}]\n",
                                     "  summary: >-\n    {}\n", "  summary: |\n    {}\n",
                                     "  summary: >\n    {}\n\n"])
def test_a_listed_or_block_text_with_a_non_ascii_end_reads_as_the_long_way(
        value: str, written: str) -> None:
    """The same in a flow list of texts and in a folded or literal block."""
    text = "- id: a\n" + FULL + written.format(value)
    visible = not any(fastread.invisible(ch) for ch in (value[0], value[-1]))
    for _ in range(2):
        found = same_or_none(text, 0)
        assert (found is not None) == visible
        assert found is None or value in str(found.get("sectors") or found["summary"])
