"""The layout reader (base/scanner.py) gives what libyaml's reading gives, or nothing.

Whenever the reader returns a tree, it is the tree yamlnodes.NodeReader builds from
libyaml's events for the same text (same values, lines, columns, styles) and libyaml finds
no problem in that text; whenever it returns None, libyaml reads the text. Checked over the
bundled base, the test bases, the yaml-test-suite cases, generated bases and random texts;
then whole bases read with and without it give the same records, problems and database.
"""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINI
from conventions_cli.base import chunks, loader, scanner
from conventions_cli.base.loader import load_text
from conventions_cli.base.source import default_data_path
from conventions_cli.base.yamlnodes import Node, NodeReader
from conventions_cli.db.cache import cache_path, open_database
from test_incremental import BROKEN, HEAD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import generate  # noqa: E402

HERE = Path(__file__).resolve().parent
SUITE = HERE / "fixtures" / "yaml-test-suite.json"


def libyaml(text: str, first_line: int = 0) -> tuple[list[Node], bool]:
    """The items libyaml's reading gives for a root sequence, and whether it found a
    problem."""
    reader = NodeReader(text.encode("utf-8", "surrogatepass"), "x", stream="root",
                        first_line=first_line)
    items = list(reader.items())
    return items, bool(reader.problems)


def same_or_none(text: str, first_line: int = 0) -> Node | None:
    """The reader's tree for ``text``, checked against libyaml's."""
    found = scanner.scan_item(text, first_line)
    if found is not None:
        items, problems = libyaml(text, first_line)
        assert not problems, text
        assert items == [found], text
    return found


def generated(count: int, seed: int = 2025) -> str:
    out = io.StringIO()
    generate.write(count, out, seed=seed)
    return out.getvalue()


def bundled() -> list[tuple[str, str]]:
    return [(path.name, path.read_text(encoding="utf-8"))
            for path in sorted(default_data_path().glob("*.yaml"))]


def chunk_texts(text: str) -> list[tuple[str, int]]:
    data = text.encode("utf-8")
    layout = chunks.cut(data)
    assert layout is not None
    bounds = layout.bounds
    return [(data[bounds[i]:bounds[i + 1]].decode("utf-8"), layout.lines[i])
            for i in range(len(layout))]


# --- chunk by chunk ------------------------------------------------------------------

def test_every_agreement_of_the_bundled_and_generated_bases_is_read_and_the_same() -> None:
    bases = [*bundled(), ("mini", MINI), ("generated", generated(500))]
    for name, text in bases:
        for chunk, line in chunk_texts(text):
            # The layout conv writes and curators keep: read here, not by libyaml.
            assert same_or_none(chunk, line) is not None, (name, chunk)


LAYOUTS = {
    # Each is read here (None would mean libyaml reads it: see test below).
    "indentless": "- id: a\n  parties:\n  - {org: mic, role: partner}\n  - org: x\n"
                  "    role: y\n  title: T\n",
    "nested-block": "- id: a\n  funding:\n    amount: 1\n    currency: MAD\n  x: 1\n",
    "empty-values": "- id: a\n  summary:\n  place: # nothing\n  sectors:\n",
    "empty-last": "- id: a\n  summary:\n",
    "dash-alone": "-\n  id: a\n  title: T\n",
    "comments": "# before\n\n- id: a  # trailing\n  # inside\n    # deeper\n  title: T\n# after\n",
    "quotes": "- id: 'it''s'\n  title: \"a \\\"b\\\" \\u00e9\\x41\\\\\"\n  place: ''\n"
              "  region: \"\"\n",
    "folded": "- id: a\n  summary: >-\n    one\n    two\n\n    three\n\n\n  title: T\n",
    "folded-clip": "- id: a\n  summary: >\n    one\n    two\n  title: T\n",
    "literal": "- id: a\n  summary: |\n    one\n    # two\n\n    three\n  title: T\n",
    "literal-strip-comment": "- id: a\n  summary: |- # note\n    one\n  title: T\n",
    "empty-block": "- id: a\n  summary: >-\n  title: T\n",
    "flows": "- id: a\n  parties: [{org: mic, role: signatory}]\n  sectors: []\n"
             "  funding: {}\n  period: { start: 2020 , end: 2021 }\n"
             "  x: {a: 'q', b: \"d\"}\n  y: [a b, 'c', \"d\"]  # c\n",
    "plain-odd": "- id: a-b:c#d\n  url: https://x.ma/a?b=c#d\n  t: 50%\n  n: ~\n"
                 "  y: yes\n  z: 0x1F\n",
    "unicode": "- id: é\n  title: Ministère de l'Économie — 2025 « fin » 𝄞\n"
               "  place: Laâyoune\n",
    "deep-dash": "- id: a\n  sources:\n    - publisher: P\n      title: T\n    - publisher: Q\n",
    "spacing": "-   id: a\n    title:   T\n",
    "indent-0": "- id: a\n  title: T\n",
    "scalar-item": "- text\n",
    "flow-in-flow": "- id: a\n  p: [{org: a, role: b}, [c, 'd']]\n  q: {a: [b]}\n",
}

ELSEWHERE = {
    # Read by libyaml: the reader gives None (some are not valid YAML at all).
    "anchor": "- id: &a x\n",
    "alias": "- id: a\n  title: *a\n",
    "tag": "- id: !!str a\n",
    "multiline-plain": "- id: a\n  title: one\n    two\n",
    "multiline-quoted": "- id: a\n  title: \"one\n    two\"\n",
    "duplicate": "- id: a\n  id: b\n",
    "duplicate-flow": "- id: a\n  p: {a: 1, a: 2}\n",
    "bad-indent": "- id: a\n   title: T\n",
    "colon-in-plain": "- id: a\n  title: a: b\n",
    "trailing-space": "- id: a \n",
    "tab": "- id: a\n  title:\tT\n",
    "keep": "- id: a\n  title: |+\n    x\n\n",
    "more-indented": "- id: a\n  title: >\n    x\n      y\n",
    "nested-flow": "- id: a\n  p: [[[a]]]\n",
    "complex-key": "- ? a\n  : b\n",
    "quoted-key": "- \"id\": a\n",
    "two-items": "- id: a\n- id: b\n",
    "bad-escape": "- id: \"\\q\"\n",
    "line-separator": "- id: a\u2028b\n",
    "nel": "- id: a\x85b\n",
    "control": "- id: a\x07b\n",
    "document": "- id: a\n---\n",
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layouts_read_here_are_libyaml_s(name: str) -> None:
    assert same_or_none(LAYOUTS[name], 7) is not None


@pytest.mark.parametrize("name", sorted(ELSEWHERE))
def test_anything_else_is_left_to_libyaml(name: str) -> None:
    assert scanner.scan_item(ELSEWHERE[name], 0) is None


def test_what_the_layout_reader_leaves_is_read_by_libyaml_with_its_problems() -> None:
    # An agreement with an anchor is read by libyaml, which reports the anchor.
    text = MINI.replace("place: Marrakech", "place: &m Marrakech")
    problems = load_text(text, "kb.yaml").problems
    line = text[:text.index("&m")].count("\n") + 1
    assert [(p.line, p.col) for p in problems] == [(line, 12)]
    assert "'&m'" in problems[0].message


def suite_cases() -> list[dict[str, Any]]:
    if not SUITE.exists():  # pragma: no cover - the vendored file is part of the tests
        pytest.skip("tests/fixtures/yaml-test-suite.json is absent")
    cases: list[dict[str, Any]] = json.loads(SUITE.read_text(encoding="utf-8"))["cases"]
    return cases


def test_yaml_test_suite_cases_read_as_libyaml_reads_them() -> None:
    read = 0
    for case in suite_cases():
        text = case["yaml"]
        # As written, and as the one item of a sequence (the shape of an agreement).
        lines = text.split("\n")
        item = "- " + "\n  ".join(lines) + ("\n" if not text.endswith("\n") else "")
        for variant in (text, item):
            read += same_or_none(variant) is not None
    assert read > 20  # the reader reads some of them; the rest go to libyaml


# --- random texts ------------------------------------------------------------------

TRICKY = st.text(alphabet=st.sampled_from(list("ab é:#-'\"{}[],&*!|>%@`?~\\\t0x\u00a0\u202f")),
                 min_size=0, max_size=8)
STYLES = st.sampled_from(["plain", "double", "single", "folded", "literal", "flow-map",
                          "flow-seq", "block-seq", "block-map", "empty"])


def render(style: str, value: str, indent: int) -> str:
    """One key's value in a given style (possibly not valid YAML: both readers see it)."""
    pad = " " * indent
    if style == "plain":
        return f" {value}\n"
    if style == "double":
        return ' "' + value.replace("\\", "\\\\").replace('"', '\\"') + '"\n'
    if style == "single":
        return " '" + value.replace("'", "''") + "'\n"
    if style in ("folded", "literal"):
        mark = ">-" if style == "folded" else "|"
        return f" {mark}\n{pad}  {value}\n{pad}  {value}\n\n"
    if style == "flow-map":
        return f" {{k: {value}, j: v}}\n"
    if style == "flow-seq":
        return f" [{value}, v]\n"
    if style == "block-seq":
        return f"\n{pad}  - {value}\n{pad}  - v\n"
    if style == "block-map":
        return f"\n{pad}  k: {value}\n"
    return "\n"


@settings(max_examples=400, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(st.tuples(st.sampled_from(["id", "title", "k", "a b", "x-y"]),
                                  STYLES, TRICKY), min_size=1, max_size=5),
       indent=st.sampled_from([0, 2, 4]))
def test_random_agreements_read_as_libyaml_reads_them(
        entries: list[tuple[str, str, str]], indent: int) -> None:
    pad = " " * indent
    text = ""
    for n, (key, style, value) in enumerate(entries):
        text += (pad + "- " if n == 0 else pad + "  ") + key + ":" + render(style, value,
                                                                           indent + 2)
    same_or_none(text, 3)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(at=st.integers(min_value=0, max_value=10_000),
       insert=st.text(alphabet=st.sampled_from(list(" -:#'\"{}[],\n\t&*|>é\\")),
                      min_size=1, max_size=3))
def test_edited_agreements_read_as_libyaml_reads_them(at: int, insert: str) -> None:
    for chunk, line in chunk_texts(MINI)[:2]:
        where = at % len(chunk)
        same_or_none(chunk[:where] + insert + chunk[where:], line)


# --- whole bases --------------------------------------------------------------------

def outcome(text: str) -> tuple[list[str], Any]:
    result = load_text(text, "kb.yaml")
    kept = None if result.dataset is None else (
        result.dataset.organizations, result.dataset.agreements)
    return [str(p) for p in result.problems], kept


def without_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every chunk read by libyaml, as before the layout reader (and without the reader
    straight into records, fastread.py, which reads the same layout)."""
    monkeypatch.setattr(scanner, "scan_item", lambda text, first_line: None)
    monkeypatch.setattr(loader, "read_agreement", lambda *args: None)


def broken_bases() -> dict[str, str]:
    return dict(BROKEN)


def test_bases_give_the_same_records_and_problems_either_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    bases = {**broken_bases(), **dict(bundled()), "mini": MINI,
             "generated": generated(300, seed=7)}
    fast = {name: outcome(text) for name, text in bases.items()}
    assert fast["mini"][1] is not None and fast["mini"][1][1][0]["_marks"]  # located
    without_reader(monkeypatch)
    for name, text in bases.items():
        assert fast[name] == outcome(text), name


def rows(path: Path) -> dict[str, list[Any]]:
    conn = sqlite3.connect(path)
    found = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        found[name] = sorted(conn.execute(f"SELECT * FROM [{name}]").fetchall(), key=repr)
    conn.close()
    found["meta"] = [r for r in found["meta"] if r[0] != "built_at_ns"]
    # a file's times digest is left empty when the file changed near the build: when the
    # clock ticked, not what was read (its size and sha256 stay compared)
    found["files"] = [r[:2] + r[3:] for r in found["files"]]
    return found


def test_the_database_is_the_same_either_way(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(2500, seed=11) + "# the end\n", encoding="utf-8")
    built = []
    for reader in (True, False):
        with monkeypatch.context() as scoped:
            scoped.setenv("XDG_CACHE_HOME", str(tmp_path / f"cache-{reader}"))
            if not reader:
                without_reader(scoped)
            calls: list[int] = []
            real = loader.read_agreement

            def spy(*args: Any, real: Any = real, calls: list[int] = calls) -> Any:
                found = real(*args)
                if found is not None:
                    calls.append(args[1])
                return found

            scoped.setattr(loader, "read_agreement", spy)
            open_database(data, force=True).conn.close()
            assert bool(calls) or not reader
            built.append(rows(cache_path(data)))
    assert built[0] == built[1]


def test_a_chunk_that_is_not_utf8_is_left_to_the_whole_reading() -> None:
    data = MINI.replace("Plan 2014-2020", "Plan \udcff").encode("utf-8", "surrogateescape")
    result = loader.load_bytes(data, "kb.yaml")
    assert [(p.line, p.col) for p in result.problems] == [(27, 17)]


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(agreements=st.lists(st.lists(st.tuples(
    st.sampled_from(["title", "place", "summary", "sectors", "k"]), STYLES, TRICKY),
    max_size=3), min_size=1, max_size=4))
def test_random_bases_give_the_same_records_and_problems_either_way(
        agreements: list[list[tuple[str, str, str]]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEAD
    for n, entries in enumerate(agreements):
        text += (f"  - id: a{n}\n    type: other\n"
                 "    parties: [{org: mic, role: signatory}]\n"
                 "    sources: [{publisher: P, published_on: 2020-01-01}]\n")
        for key, style, value in entries:
            text += "    " + key + ":" + render(style, value, 4)
    fast = outcome(text)
    with monkeypatch.context() as scoped:
        without_reader(scoped)
        assert fast == outcome(text), text
