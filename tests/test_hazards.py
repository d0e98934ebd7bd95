"""Bad input, in process: every hazard is one located line (or a correct load), never a
traceback, and neither the data file nor the previous cache is touched by the failure.

The matrix is the CASES table; each row is run through `conv list` and `conv validate`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI
from conventions_cli.base import loader as dataset
from conventions_cli.db import cache as dbmod


def mini_with(old: str, new: str, count: int = 1) -> str:
    """MINI with one exact piece replaced: the test fails loudly if MINI changes under it."""
    assert MINI.count(old) == count, f"{old!r} is not in MINI {count} time(s)"
    return MINI.replace(old, new)


def billion_laughs(levels: int = 10) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        this, prev = chr(97 + i), chr(96 + i)
        lines.append(f"{this}: &{this} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


DEEP = 10_000
SENTINEL = "@SENTINEL@"  # replaced by a path in tmp: a tag that ran code would create it

# (case id, file content, "line:col", message fragment). Content is text (written as
# UTF-8) or bytes (written as they are).
CASES: list[tuple[str, str | bytes, str, str]] = [
    # duplicate mapping keys: PyYAML would keep the last one silently
    ("duplicate-key", mini_with("    title: Plan 2014-2020\n",
                                "    title: Plan 2014-2020\n    title: Encore\n"),
     "28:5", "duplicate key 'title' (first at line 27)"),
    ("duplicate-key-top", MINI + "schema: 1\n", "47:1", "duplicate key 'schema' (first at line 1)"),
    ("duplicate-key-flow", mini_with("parties: [{org: mic, role: signatory}]",
                                     "parties: [{org: mic, role: signatory, role: partner}]"),
     "30:43", "duplicate key 'role' (first at line 30)"),
    # tags: never constructed, whatever they name
    ("tag-python-apply", mini_with(
        "    title: Plan 2014-2020\n",
        f'    title: !!python/object/apply:os.system ["touch {SENTINEL}"]\n'),
     "27:12", "tag '!!python/object/apply:os.system' is not allowed"),
    ("tag-python-name", mini_with("    type: other\n", "    type: !!python/name:os.system\n"),
     "28:11", "tag '!!python/name:os.system' is not allowed"),
    ("tag-python-module", mini_with("    title: Plan 2014-2020\n",
                                    "    title: !!python/module:os\n"),
     "27:12", "tag '!!python/module:os' is not allowed"),
    ("tag-local", mini_with("    place: Marrakech\n", "    place: !env HOME\n"),
     "38:12", "tag '!env' is not allowed"),
    ("tag-binary", mini_with("    title: Plan 2014-2020\n", "    title: !!binary aGVsbG8=\n"),
     "27:12", "tag '!!binary' is not allowed"),
    ("tag-timestamp", mini_with("    signed_on: 2013-02\n",
                                "    signed_on: !!timestamp 2013-02-01\n"),
     "29:16", "tag '!!timestamp' is not allowed"),
    ("tag-set", mini_with("    sectors: [numérique]\n", "    sectors: !!set {numérique}\n"),
     "44:14", "tag '!!set' is not allowed"),
    ("tag-directive-redefines-!!", "%TAG !! tag:evil.example,2000:\n---\n"
     + mini_with("    title: Plan 2014-2020\n", "    title: !!str Plan\n"),
     "29:12", "tag 'tag:evil.example,2000:str' is not allowed"),
    # anchors and aliases: refused where they appear, nothing expanded
    ("anchor", mini_with("  - id: plan-2013\n", "  - id: &old plan-2013\n"),
     "26:9", "anchor '&old' is not allowed"),
    ("alias-merge-key", mini_with("    funding: {amount: 290000000, currency: MAD}\n",
                                  "    funding: {<<: *base}\n"),
     "31:19", "alias '*base' is not allowed"),
    ("billion-laughs", billion_laughs(), "1:4", "anchor '&a' is not allowed"),
    # impossible and malformed dates: PyYAML raises a bare ValueError on these
    ("date-feb-30", mini_with("signed_on: 2013-02", "signed_on: 2024-02-30"),
     "29:16", "signed_on '2024-02-30' is not a real date"),
    ("date-month-13", mini_with("published_on: 2025-04-16", "published_on: 2025-13-16"),
     "46:53", "sources[0].published_on '2025-13-16' is not a real date"),
    ("date-malformed", mini_with("signed_on: 2013-02", "signed_on: 2013-2-1"),
     "29:16", "signed_on '2013-2-1' is not a date"),
    ("date-year-zero", mini_with("signed_on: 2013-02", "signed_on: 0000-01-01"),
     "29:16", "signed_on '0000-01-01' is not a real date"),
    # nesting: an explicit stack, so no RecursionError at any depth. Which limit stops it
    # (ours at 64 levels, or libyaml's own at 1000 flow levels since 0.2.6) and its wording
    # depend on the installed PyYAML: only the behaviour is checked (one located line).
    ("deep-flow-lists", "schema: 1\nagreements: " + "[" * DEEP + "]" * DEEP + "\n",
     "2:\\d+", ""),
    ("deep-flow-mappings", "schema: 1\nagreements: " + "{a: " * DEEP + "b" + "}" * DEEP + "\n",
     "2:\\d+", ""),
    ("deep-block-lists", "schema: 1\nagreements:\n" + "- " * DEEP + "x\n",
     "3:\\d+", ""),
    # encodings
    ("latin-1", MINI.encode("latin-1"),  # 'è' of "Ministère" on line 3 is one byte
     "3:28", "not UTF-8 text (byte 0xE8); save the file as UTF-8"),
    ("utf-16", MINI.encode("utf-16"), "1:1", "the file is UTF-16 text, not UTF-8"),
    ("nul-byte", mini_with("Plan 2014-2020", "Plan\x002014"),
     "27:16", "character U+0000 is not allowed in YAML"),
    ("control-character", mini_with("Plan 2014-2020", '"Plan \x07"'),
     "27:18", "character U+0007 is not allowed in YAML"),
    # shapes of the whole file
    ("empty-file", "", "1:1", "the file is empty"),
    ("only-comments", "# nothing yet\n\n# still nothing\n", "1:1", "the file is empty"),
    ("bare-scalar", "hello\n", "1:1", "expected a mapping with schema, organizations and "
                                      "agreements, not 'hello'"),
    ("top-level-list", "- schema: 1\n", "1:1", "expected a mapping with schema"),
    ("several-documents", MINI + "---\nschema: 1\n", "47:1", "several YAML documents"),
    ("tab-indentation", mini_with("    title: Plan 2014-2020\n", "\ttitle: Plan 2014-2020\n"),
     "27:1", "not valid YAML"),
    ("unclosed-quote", mini_with("title: Plan 2014-2020", 'title: "Plan 2014-2020'),
     "27:12", "not valid YAML: the \" that starts this value is not closed"),
    ("mapping-as-key", mini_with("    type: other\n", "    ? [a, b]\n    : c\n    type: other\n"),
     "28:7", "a mapping key must be a plain value"),
    # numbers: YAML 1.1 and SQLite limits
    ("amount-too-large", mini_with("amount: 250000000", "amount: 99999999999999999999999"),
     "18:23", "funding.amount '99999999999999999999999' is too large (at most"),
    # stats adds amounts up: past the bound, validate says so (stats used to overflow)
    ("amount-int64-max", mini_with("amount: 250000000", "amount: 9223372036854775807"),
     "18:23", "funding.amount '9223372036854775807' is too large"),
    ("amount-past-the-bound", mini_with("amount: 250000000", "amount: 1000000000000000"),
     "18:23", "funding.amount '1000000000000000' is too large"),
    # past Python's int-to-text limit (4,300 digits): one line, the value cut
    ("amount-4301-digits", mini_with("amount: 250000000", "amount: " + "9" * 4301),
     "18:23", "funding.amount '" + "9" * 59 + "…' is too large"),
    ("amount-negative", mini_with("amount: 250000000", "amount: -5"),
     "18:23", "funding.amount '-5' is not a non-negative whole number"),
    ("amount-float", mini_with("amount: 250000000", "amount: 2.5e8"),
     "18:23", "funding.amount '2.5e8' is not a non-negative whole number"),
    ("amount-hex", mini_with("amount: 250000000", "amount: 0x10"),
     "18:23", "funding.amount '0x10' is not a non-negative whole number"),
    ("role-yes", mini_with("{org: mic, role: signatory}]", "{org: mic, role: yes}]"),
     "30:32", "parties[0].role 'yes' is not one of"),
    # schema rules
    ("schema-3", mini_with("schema: 1\n", "schema: 3\n"), "1:9", "'3' is not supported"),
    ("missing-title", mini_with("    title: Plan 2014-2020\n", ""),
     "26:5", "missing required key 'title'"),
    ("empty-title", mini_with("    title: Plan 2014-2020\n", "    title:\n"),
     "27:11", "title is empty; it is required"),
    ("parties-not-a-list", mini_with("parties: [{org: mic, role: signatory}]", "parties: mic"),
     "30:14", "parties must be a list"),
    ("duplicate-id", mini_with("  - id: plan-2013\n", "  - id: plan-2022\n"),
     "26:9", "duplicate agreement id 'plan-2022' (first at line 9)"),
    ("follows-broken", mini_with("follows: plan-2013", "follows: plan-2099"),
     "21:14", "follows 'plan-2099' is not a defined agreement"),
    ("party-undefined", mini_with("{org: mic, role: signatory}]", "{org: mix, role: signatory}]"),
     "30:21", "parties[0].org 'mix' is not a defined organization"),
    ("period-reversed", mini_with("period: {start: 2014, end: 2020}",
                                  "period: {start: 2020, end: 2014}"),
     "32:32", "period.end 2014 is before period.start 2020"),
    # one problem, one line: a value with newlines is shown escaped, a long one cut
    ("multi-line-value", mini_with("    type: other\n", "    type: |\n      other\n      x\n"),
     "28:11", "type 'other\\nx\\n' is not one of"),
    ("multi-line-key", mini_with("    type: other\n", "    type: other\n    \"a\\nb\": 1\n"),
     "29:5", "unknown key 'a\\nb'"),
    ("long-value", mini_with("    type: other\n", "    type: " + "x" * 500 + "\n"),
     "28:11", "type '" + "x" * 59 + "…' is not one of"),
    ("unknown-key", mini_with("    type: other\n", "    typ: other\n"),
     "28:5", "unknown key 'typ'"),
]


def _cache_files(cache_root: Path) -> list[str]:
    folder = cache_root / "conv"
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def baseline(run, write_yaml, isolated_cache: Path):
    """A knowledge base that worked once: its JSON listing and the cache it left."""
    path = write_yaml(MINI)
    listing = run.json("list", "--format", "json", data=path)
    cache = dbmod.cache_path(path)
    assert cache.exists()
    return path, listing, cache, _fingerprint(cache)


@pytest.mark.parametrize(("content", "where", "fragment"),
                         [pytest.param(c, w, f, id=i) for i, c, w, f in CASES])
def test_bad_input_is_one_located_line_and_changes_nothing(
        run, baseline, isolated_cache: Path, tmp_path: Path,
        content: str | bytes, where: str, fragment: str) -> None:
    path, listing, cache, cache_sum = baseline
    # The database and the bytes kept of the file it was built from (what an update
    # compares): both left as they were.
    kept = _cache_files(isolated_cache)
    assert kept == sorted([str(cache.relative_to(isolated_cache / "conv")), str(
        cache.parent.relative_to(isolated_cache / "conv") / f"snapshot-{_fingerprint(path)}")])
    sentinel = tmp_path / "pwned"
    if isinstance(content, str):
        content = content.replace(SENTINEL, str(sentinel)).encode("utf-8")
    path.write_bytes(content)

    started = time.perf_counter()
    result = run("list", "--format", "json", data=path)
    elapsed = time.perf_counter() - started

    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    located = re.compile(rf"(?m)^{re.escape(str(path))}:{where}: .*{re.escape(fragment)}")
    assert located.search(result.stderr), result.stderr
    # Every stderr line but the summary is located: path:line:col: message.
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("conv: error: ") and "problem(s)" in lines[-1]
    assert all(re.match(rf"{re.escape(str(path))}:\d+:\d+: \S", x) for x in lines[:-1]), lines
    # The alias bomb and deep nesting are refused before they are expanded: expanded, they
    # would not end within minutes. The bound is wide so that a loaded machine passes; the
    # speed of a good run is measured in bench/, not here.
    assert elapsed < 30, f"{elapsed:.2f} s"

    checked = run("validate", data=path)
    assert checked.exit_code == 1
    assert located.search(checked.stderr) and "Traceback" not in checked.stderr

    # Nothing ran, nothing was written: the data file, the previous cache, no temp files.
    assert not sentinel.exists()
    assert path.read_bytes() == content
    assert _cache_files(isolated_cache) == kept
    assert _fingerprint(cache) == cache_sum
    # And once the file is fixed, the answer is the one from before.
    path.write_text(MINI, encoding="utf-8")
    assert run.json("list", "--format", "json", data=path) == listing


def test_the_matrix_is_big_enough() -> None:
    assert len(CASES) >= 20
    assert len({case[0] for case in CASES}) == len(CASES)


def test_alias_bomb_fails_fast_in_the_parser_itself() -> None:
    """Fifteen levels would be 9**15 strings if expanded; refused in well under a second."""
    started = time.perf_counter()
    result = dataset.load_text(billion_laughs(15), "bomb.yaml")
    assert time.perf_counter() - started < 1
    assert result.dataset is None or not result.ok
    assert str(result.problems[0]).startswith("bomb.yaml:1:")
    assert any("alias '*a' is not allowed" in p.message for p in result.problems)


# --- correct loads: YAML 1.1 surprises that must not corrupt data ---------------------

def test_yaml11_implicit_types_stay_as_written(run, write_yaml) -> None:
    path = write_yaml(
        MINI.replace("country: 'NO'", "country: NO")           # Norway, not False
        .replace("title: Plan 2014-2020", "title: 12:30")       # not 750 (sexagesimal)
        .replace("amount: 290000000", "amount: 010")            # ten, not eight (octal)
        .replace("place: Marrakech", "place: yes")              # not True
        .replace("event: GITEX Africa 2025", "event: 1e3")      # not 1000.0
        .replace("signed_on: 2022-06-07", "signed_on: 2022-06-07 ")  # not a datetime
    )
    rows = {r["id"]: r for r in run.json("list", "--format", "json", data=path)}
    assert rows["plan-2013"]["title"] == "12:30"
    assert rows["plan-2013"]["amount"] == 10
    assert rows["acme-2025"]["place"] == "yes"
    assert rows["plan-2022"]["signed_on"] == "2022-06-07"
    shown = run.json("show", "acme-2025", "--format", "json", data=path)
    assert shown["event"]["name"] == "1e3"
    assert [p["country"] for p in shown["parties"]] == [None, "NO"]


@pytest.mark.parametrize("transform", [
    pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode(), id="utf8-bom"),
    pytest.param(lambda t: t.replace("\n", "\r\n").encode(), id="crlf"),
    pytest.param(lambda t: ("---\n" + t + "...\n").encode(), id="explicit-document-markers"),
    pytest.param(lambda t: t.replace("title: Plan 2014-2020", "title: !!str Plan 2014-2020")
                 .encode(), id="core-str-tag"),
])
def test_harmless_variants_load_the_same(run, write_yaml, tmp_path: Path,
                                         transform: Callable[[str], bytes]) -> None:
    expected = run.json("list", "--format", "json", data=write_yaml(MINI))
    variant = tmp_path / "variant.yaml"
    variant.write_bytes(transform(MINI))
    assert run.json("list", "--format", "json", data=variant) == expected


# --- the file itself: missing, a directory, unreadable (no line applies) ---------------

def test_missing_file(run, tmp_path: Path) -> None:
    result = run("list", data=tmp_path / "nope.yaml")
    assert result.exit_code == 1
    assert result.stderr == f"conv: error: {tmp_path / 'nope.yaml'}: no such file; " \
                            "check the path given to --data\n"


def test_missing_file_named_by_conv_data_says_so(run, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONV_DATA", str(tmp_path / "nope.yaml"))
    result = run("list")
    assert result.exit_code == 1
    assert result.stderr == f"conv: error: {tmp_path / 'nope.yaml'}: no such file; " \
                            "check the CONV_DATA environment variable, or pass --data PATH\n"


def test_folder_without_yaml_files(run, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a base")
    for command in (["list"], ["validate"]):
        result = run(*command, data=tmp_path)
        assert result.exit_code == 1
        assert result.stderr == (f"conv: error: {tmp_path}: no *.yaml or *.yml file in this "
                                 "folder; put the knowledge base's files there, or pass one "
                                 "file\n")


def test_unreadable_file_in_process(run, write_yaml, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 does not stop root, so the refusal is simulated where the bytes are read."""
    path = write_yaml(MINI)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    from conventions_cli import files

    monkeypatch.setattr(files, "_open_regular", lambda path, *args: refuse(Path(path)))
    for command in (["list"], ["validate"]):
        result = run(*command, data=path)
        assert result.exit_code == 1
        assert f"{path}: permission denied" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_unreadable_file_chmod(run, write_yaml) -> None:
    path = write_yaml(MINI)
    path.chmod(0)
    try:
        result = run("list", data=path)
    finally:
        path.chmod(0o644)
    assert result.exit_code == 1
    assert "permission denied" in result.stderr


# --- injection: values are data, never SQL ---------------------------------------------

INJECTION = """\
schema: 1
organizations:
  - {id: mic, name: Ministère de l'Industrie, kind: ministry}
  - {id: cent, name: "Fonds 100% Maroc", kind: company}
  - {id: cenx, name: "Fonds 1000 Maroc", kind: company}
  - {id: under, name: "Groupe A_B", kind: company}
  - {id: under2, name: "Groupe AxB", kind: company}
  - {id: quote, name: "L'Office \\"Vert\\"; --", kind: public-body}
agreements:
  - {id: a-cent, title: Cent, type: other, place: "Ville 100%", sectors: ["eau_potable"],
     parties: [{org: mic, role: signatory}, {org: cent, role: partner}],
     sources: [{publisher: X, published_on: 2020}]}
  - {id: a-cenx, title: Mille, type: other, place: "Ville 1000", sectors: ["eauxpotable"],
     parties: [{org: mic, role: signatory}, {org: cenx, role: partner}],
     sources: [{publisher: X, published_on: 2020}]}
  - {id: a-under, title: Under, type: other, place: "O'Brien; --",
     parties: [{org: mic, role: signatory}, {org: under, role: partner}],
     sources: [{publisher: X, published_on: 2020}]}
  - {id: a-under2, title: Under2, type: other, place: 'Dit "x"',
     parties: [{org: mic, role: signatory}, {org: under2, role: partner}],
     sources: [{publisher: X, published_on: 2020}]}
  - {id: a-quote, title: Quote, type: other,
     parties: [{org: mic, role: signatory}, {org: quote, role: partner}],
     sources: [{publisher: X, published_on: 2020}]}
"""


# Values are words (DESIGN §2): SQL wildcards and quotes are punctuation, never patterns or
# syntax; a value with no word in it matches nothing; a word matches the start of a word.
@pytest.mark.parametrize(("option", "value", "expected"), [
    ("--partner", "100%", ["a-cent", "a-cenx"]),
    ("--partner", "%", []),
    ("--partner", "A_B", ["a-under"]),
    ("--partner", "_", []),
    ("--partner", "l'office", ["a-quote"]),
    ("--partner", '"vert"', ["a-quote"]),
    ("--partner", "; --", []),
    ("--partner", "' OR '1'='1", []),
    ("--partner", "x') OR 1=1 --", []),
    ("--ministry", "%", []),
    ("--ministry", "' OR 1=1; DROP TABLE agreements; --", []),
    ("--place", "100%", ["a-cent", "a-cenx"]),
    ("--place", "O'Brien; --", ["a-under"]),
    ("--place", '"x"', ["a-under2"]),
    ("--place", "%", []),
    ("--sector", "eau_", ["a-cent", "a-cenx"]),
    ("--sector", "%", []),
])
def test_filter_values_are_literal_text(run, write_yaml, option: str, value: str,
                                        expected: list[str]) -> None:
    path = write_yaml(INJECTION)
    rows = run.json("list", option, value, "--format", "json", data=path)
    assert sorted(r["id"] for r in rows) == sorted(expected)
    assert len(run.json("list", "--format", "json", data=path)) == 5  # nothing was dropped


@pytest.mark.parametrize("field", ["id; DROP TABLE agreements", 'id" DESC --', "random()",
                                   "1", "summary", "line"])
def test_sort_fields_come_from_a_list(run, write_yaml, field: str) -> None:
    path = write_yaml(INJECTION)
    result = run("list", "--sort", field, data=path)
    assert result.exit_code == 2
    assert f"cannot sort by '{field}'" in result.stderr and "Traceback" not in result.stderr
    assert len(run.json("list", "--format", "json", data=path)) == 5


@pytest.mark.parametrize("text", ['"', "'", "100%", "a OR", "NEAR(", "*", "title:x", ";--",
                                  "^", "AND", "') OR 1=1 --", "\\"])
def test_search_text_cannot_break_the_query(run, write_yaml, text: str) -> None:
    path = write_yaml(INJECTION)
    result = run("search", text, "--format", "json", data=path)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.stderr
    if result.exit_code == 0:
        json.loads(result.stdout)
    assert len(run.json("list", "--format", "json", data=path)) == 5


SQL_WRITES = [
    "DELETE FROM agreements",
    "DROP TABLE agreements",
    "UPDATE agreements SET title = 'x'",
    "INSERT INTO meta (key, value) VALUES ('x', 'y')",
    "CREATE TABLE evil (x)",
    "ATTACH DATABASE ':memory:' AS evil",
    "PRAGMA writable_schema = 1",
    "PRAGMA query_only = 0",
    "SELECT 1; DELETE FROM agreements",
    "VACUUM",
    "REPLACE INTO meta (key, value) VALUES ('layout', 'x')",
]


@pytest.mark.parametrize("statement", SQL_WRITES)
def test_sql_refuses_writes_and_keeps_the_data(run, baseline, statement: str) -> None:
    path, listing, cache, cache_sum = baseline
    probe = run("sql", "--help")
    if probe.exit_code != 0:
        pytest.skip("conv sql does not exist yet")
    result = run("sql", statement, data=path)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("conv: error: ") and "Traceback" not in result.stderr
    assert _fingerprint(cache) == cache_sum
    assert run.json("list", "--format", "json", data=path) == listing


def test_sql_parameters_are_bound(run, baseline) -> None:
    path, *_ = baseline
    if run("sql", "--help").exit_code != 0:
        pytest.skip("conv sql does not exist yet")
    rows = run.json("sql", "select id from agreements where id = :x", "-p",
                    "x=plan-2013' OR '1'='1", "--format", "json", data=path)
    assert rows == []


def test_cache_database_is_sane_after_the_matrix(baseline) -> None:
    """The fixture's cache is a complete database (integrity check), not just a file."""
    _, listing, cache, _ = baseline
    conn = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM agreements").fetchone() == (len(listing),)
    finally:
        conn.close()
