"""Rules across records (checks.py) and `conv validate` on the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conventions_cli.base.loader import load_text
from conventions_cli.text import nearest

HEAD = """\
schema: 1
organizations:
  - {id: mic, name: Ministère, kind: ministry}
  - {id: fcp, name: Fédération, kind: federation}
agreements:
"""


def record(ident: str, extra: str = "", org: str = "mic") -> str:
    """Five lines (six with ``extra``): id on the first, ``extra`` on the last."""
    text = (f"  - id: {ident}\n"
            "    title: T\n"
            "    type: other\n"
            f"    parties: [{{org: {org}, role: signatory}}]\n"
            "    sources: [{publisher: P, published_on: 2020-01-01}]\n")
    return text + (f"    {extra}\n" if extra else "")


def problems(text: str) -> list[str]:
    return [str(p) for p in load_text(text, "x.yaml").problems]


def test_duplicate_agreement_id_names_the_first_line() -> None:
    # record a: lines 6-10, b: 11-15, a again: 16-20.
    assert problems(HEAD + record("a") + record("b") + record("a")) == [
        "x.yaml:16:9: duplicate agreement id 'a' (first at line 6); give each agreement its "
        "own id"]


def test_a_duplicate_id_that_amends_its_first_copy_is_one_problem() -> None:
    """An avenant given its agreement's id by mistake: "amends points at itself" was a
    second, misleading problem; the duplicate id is the one to fix (follows and amends
    are checked by the one rule; schema 1 has follows)."""
    assert problems(HEAD + record("a") + record("a", "follows: a")) == [
        "x.yaml:11:9: duplicate agreement id 'a' (first at line 6); give each agreement its "
        "own id"]
    assert problems(HEAD + record("a", "follows: a")) == [
        "x.yaml:11:14: follows 'a' points at the agreement itself; name the earlier "
        "agreement"]


def test_duplicate_organization_id_names_the_first_line() -> None:
    text = HEAD.replace("agreements:\n", "  - {id: mic, name: Autre, kind: other}\nagreements:\n")
    assert problems(text + record("a")) == [
        "x.yaml:5:10: duplicate organization id 'mic' (first at line 3); give each "
        "organization its own id"]


def test_same_id_for_an_organization_and_an_agreement_is_fine() -> None:
    assert problems(HEAD + record("mic")) == []


def test_party_pointing_at_undefined_org_suggests_the_nearest() -> None:
    assert problems(HEAD + record("a", org="mik")) == [
        "x.yaml:9:21: parties[0].org 'mik' is not a defined organization (did you mean "
        "'mic'?); add it under organizations or fix the id"]


def test_party_pointing_at_undefined_org_without_close_match() -> None:
    assert problems(HEAD + record("a", org="zzzz")) == [
        "x.yaml:9:21: parties[0].org 'zzzz' is not a defined organization; add it under "
        "organizations or fix the id"]


def test_second_party_is_located_on_its_own_item() -> None:
    text = HEAD + record("a").replace("[{org: mic, role: signatory}]",
                                      "[{org: mic, role: signatory}, {org: fpc, role: partner}]")
    assert problems(text) == [
        "x.yaml:9:50: parties[1].org 'fpc' is not a defined organization (did you mean "
        "'fcp'?); add it under organizations or fix the id"]


def test_party_listed_twice() -> None:
    text = HEAD + record("a").replace("[{org: mic, role: signatory}]",
                                      "[{org: mic, role: signatory}, {org: mic, role: funder}]")
    assert problems(text) == [
        "x.yaml:9:50: parties[1].org 'mic' is listed twice in this agreement; keep one entry"]


def test_parties_without_any_organizations_section() -> None:
    text = "schema: 1\nagreements:\n" + record("a")
    assert problems(text) == [
        "x.yaml:6:21: parties[0].org 'mic' is not a defined organization; add it under "
        "organizations or fix the id"]


def test_follows_undefined_suggests_the_nearest() -> None:
    text = HEAD + record("cti-2013") + record("cti-2022", "follows: cti-2031")
    assert problems(text) == [
        "x.yaml:16:14: follows 'cti-2031' is not a defined agreement (did you mean "
        "'cti-2013'?); fix the id or remove the key"]


def test_follows_hint_never_suggests_the_agreement_itself() -> None:
    text = HEAD + record("plan-2022", "follows: plan-2023")
    assert problems(text) == [
        "x.yaml:11:14: follows 'plan-2023' is not a defined agreement; fix the id or remove "
        "the key"]


def test_follows_itself() -> None:
    assert problems(HEAD + record("a", "follows: a")) == [
        "x.yaml:11:14: follows 'a' points at the agreement itself; name the earlier agreement"]


def test_follows_cycle_of_two_is_reported_once() -> None:
    text = HEAD + record("a", "follows: b") + record("b", "follows: a")
    assert problems(text) == [
        "x.yaml:11:14: follows makes a cycle (a -> b -> a); one of them must be the first"]


def test_follows_cycle_of_three_behind_a_chain() -> None:
    text = (HEAD + record("z", "follows: a") + record("a", "follows: b")
            + record("b", "follows: c") + record("c", "follows: a"))
    assert problems(text) == [
        "x.yaml:17:14: follows makes a cycle (a -> b -> c -> a); one of them must be the "
        "first"]


def test_follows_chain_without_cycle_is_fine() -> None:
    text = HEAD + record("c", "follows: b") + record("b", "follows: a") + record("a")
    assert problems(text) == []


def test_period_end_before_start_is_located_at_end() -> None:
    assert problems(HEAD + record("a", "period: {start: 2025, end: 2024}")) == [
        "x.yaml:11:32: period.end 2024 is before period.start 2025; swap them or fix the year"]


def test_cross_record_and_shape_problems_come_together_sorted() -> None:
    text = (HEAD + record("a", "follows: a", org="nope")
            + record("a", "signed_on: 2023-02-29"))
    assert problems(text) == [
        "x.yaml:9:21: parties[0].org 'nope' is not a defined organization; add it under "
        "organizations or fix the id",
        "x.yaml:11:14: follows 'a' points at the agreement itself; name the earlier agreement",
        "x.yaml:12:9: duplicate agreement id 'a' (first at line 6); give each agreement its "
        "own id",
        "x.yaml:17:16: signed_on '2023-02-29' is not a real date; check the day and month",
    ]


def test_nearest_ids() -> None:
    # several as near (one letter off), each of them; one less alike, not
    assert nearest("cti-2023", ["cti-2022", "cti-2013", "maroc-cluster-fr"]) == [
        "cti-2022", "cti-2013"]
    assert nearest("cti-2020", ["cti-2022", "cti-2013", "cti-2021"]) == [
        "cti-2022", "cti-2021"]
    assert nearest("xyz", ["cti-2022"]) == []


def test_nearest_for_a_typed_id_is_looser_and_includes_ids_holding_it() -> None:
    from conventions_cli.text import TYPED_CUTOFF

    ids = ["mic", "fcp", "plan-2013", "plan-2022", "maroc-cluster-fr"]
    assert nearest("mc", ids) == ["mic"]
    assert nearest("mc", ids, cutoff=TYPED_CUTOFF) == ["mic"]  # fcp: far less alike
    assert nearest("fr", ids) == []
    assert nearest("fr", ids, cutoff=TYPED_CUTOFF, containing=True) == [
        "fcp", "maroc-cluster-fr"]


# --- conv validate ------------------------------------------------------------------------

def test_validate_ok_prints_one_summary_line(run, mini: Path, here: Path) -> None:
    result = run("validate", data=mini)
    assert result.exit_code == 0
    assert result.stdout == "ok: 3 agreements, 4 organizations, no problems in agreements.yaml\n"
    assert result.stderr == ""


def test_validate_broken_file_lists_located_lines(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    path = write_yaml(HEAD + record("a", "signed_on: 2024-02-30", org="mik")
                      + record("a", "color: red"))
    result = run("validate", data=path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "agreements.yaml:9:21: parties[0].org 'mik' is not a defined organization (did you "
        "mean 'mic'?); add it under organizations or fix the id",
        "agreements.yaml:11:16: signed_on '2024-02-30' is not a real date; check the day "
        "and month",
        "agreements.yaml:12:9: duplicate agreement id 'a' (first at line 6); give each "
        "agreement its own id",
        "agreements.yaml:17:5: unknown key 'color'; expected one of: id, title, type, "
        "signed_on, place, region, parties, funding, period, jobs, sectors, event, follows, "
        "summary, sources",
        "conv: 4 problem(s) in agreements.yaml",
    ]


def test_validate_unparsable_file(run, write_yaml: Callable[..., Path], here: Path) -> None:
    path = write_yaml("schema: 1\nagreements: [\n")
    result = run("validate", data=path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "agreements.yaml:3:1: not valid YAML: while parsing a flow node did not find expected "
        "node content; check indentation and quotes",
        "conv: 1 problem(s) in agreements.yaml",
        "conv: note: not checked: agreements.yaml from line 3 on (YAML cannot read past a "
        "syntax error), nor the rules across the base (undefined or duplicate ids, follows, "
        "amends); fix the syntax and run conv validate again",
    ]


def test_validate_non_utf8_file(run, here: Path) -> None:
    path = here / "agreements.yaml"
    path.write_bytes(b"schema: 1\nagreements: []\ntitle: caf\xe9\n")
    result = run("validate", data=path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "agreements.yaml:3:11: not UTF-8 text (byte 0xE9); save the file as UTF-8")


def test_validate_json_ok(run, mini: Path, here: Path) -> None:
    result = run("validate", "--json", data=mini)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"file": "agreements.yaml", "ok": True, "schema": 1,
                                         "agreements": 3, "organizations": 4, "people": 0,
                                         "events": 0, "problems": [], "warnings": []}


def test_validate_json_with_problems(run, write_yaml: Callable[..., Path], here: Path) -> None:
    path = write_yaml(HEAD + record("a", "period: {start: 2025, end: 2024}"))
    result = run("validate", "--json", data=path)
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "file": "agreements.yaml", "ok": False, "schema": 1, "agreements": 1,
        "organizations": 2, "people": 0, "events": 0,
        "problems": [{"file": "agreements.yaml", "line": 11, "column": 32,
                      "message": "period.end 2024 is before period.start 2025; swap them "
                                 "or fix the year"}], "warnings": []}


def test_validate_missing_file(run, here: Path) -> None:
    result = run("validate", data=here / "nope.yaml")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"conv: error: {here / 'nope.yaml'}: no such file; check the "
                             "path given to --data\n")


def test_validate_reads_conv_data(run, mini: Path, here: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONV_DATA", str(mini))
    result = run("validate")
    assert result.stdout == "ok: 3 agreements, 4 organizations, no problems in agreements.yaml\n"


# What validate used to pass in silence, and what each silently did to the answers.
HEAD_2 = HEAD.replace("schema: 1", "schema: 2")


def test_a_status_date_without_a_status_is_a_problem() -> None:
    """show dropped status_on when no status went with it: a fact lost without a word."""
    assert problems(HEAD_2 + record("a", "status_on: 2024-01")) == [
        "x.yaml:11:16: status_on 2024-01 says when a status was reported, but there is no "
        "status; add status (signed, in-force, completed, terminated, superseded) or "
        "remove status_on"]
    assert problems(HEAD_2 + record("a", "status_on: 2024-01\n    status: in-force")) == []


@pytest.mark.parametrize(("sectors", "expected"), [
    ("[industrie, Industrie]", ["x.yaml:11:26: sectors[1] 'Industrie' is listed as "
                                "'industrie' at sectors[0]; keep one"]),
    ("[industrie, énergie, industrie]", ["x.yaml:11:35: sectors[2] 'industrie' is listed "
                                         "again at sectors[0]; keep one"]),
    ("[industrie, Énergie]", []),
])
def test_a_sector_twice_in_one_agreement_is_a_problem(sectors: str,
                                                     expected: list[str]) -> None:
    assert problems(HEAD + record("a", f"sectors: {sectors}")) == expected


@pytest.mark.parametrize(("value", "blank"), [
    ('" industrie "', "a space at its start"),
    ('"industrie\u00a0"', "a no-break space (U+00A0) at its end"),
    ('"\u202findustrie"', "a narrow no-break space (U+202F) at its start"),
    ("'industrie '", "a space at its end"),
    ('"industrie\\t"', "a tab at its end")])
def test_a_quoted_value_with_a_blank_at_an_end_is_a_problem(value: str, blank: str) -> None:
    """' industrie ' would be a sector apart from 'industrie'; 'Maroc ' a name apart. The
    blank is named: a listing shows a no-break space as an ordinary one."""
    found = problems(HEAD + record("a", f"sectors: [{value}]"))
    assert len(found) == 1 and found[0].startswith("x.yaml:11:15: sectors[0] ")
    assert f"has {blank}, which would make it" in found[0]
    named = problems(HEAD.replace("name: Fédération", 'name: "Fédération "') + record("a"))
    assert len(named) == 1 and named[0].startswith("x.yaml:4:21: name 'Fédération '")


@pytest.mark.parametrize("blank", ["\u00a0", "\u202f"])
@pytest.mark.parametrize(("key", "line", "col"), [
    ("title", 7, 12), ("place", 11, 12), ("summary", 11, 14)])
def test_a_plain_value_ending_with_a_no_break_space_is_refused_whatever_the_line_ends(
        blank: str, key: str, line: int, col: int) -> None:
    """YAML strips spaces and tabs from a plain value's ends, never a no-break space: the
    value keeps it, and is refused as a quoted one is, with LF or CRLF line ends alike
    (the reader of the usual layout and libyaml read the one file)."""
    if key == "title":
        text = HEAD + record("a").replace("title: T", f"title: Accord{blank}")
    else:
        text = HEAD + record("a", f"{key}: Accord{blank}")
    found = problems(text)
    assert len(found) == 1 and found[0].startswith(f"x.yaml:{line}:{col}: {key} 'Accord")
    assert "no-break space (U+" in found[0] and "at its end" in found[0]
    assert problems(text.replace("\n", "\r\n")) == found


def test_a_block_summary_keeps_its_line_end() -> None:
    assert problems(HEAD + record("a", "summary: |\n      Un accord.\n")) == []


@pytest.mark.parametrize(("title", "problem"), [
    ("|\n      Accord sur\n      deux lignes\n", True),  # keeps its final line break
    (">\n      Accord sur\n      une ligne\n", True),
    ('"Accord\\n"', True),
    ("'\n\n      Accord'", True),  # a quoted value's blank line: a leading line break
    ("|-\n      Accord sur\n      deux lignes\n", False),  # no line break at an end
    (">-\n      Accord\n", False),
])
def test_a_one_line_value_ending_in_a_line_break_is_a_problem(title: str,
                                                              problem: bool) -> None:
    """`title: |` stores "Accord sur\\ndeux lignes\\n": a title apart from the same words
    without the line break, invisible in every listing, and validate said nothing."""
    found = problems(HEAD + record("a").replace("title: T\n", f"title: {title}\n"))
    if not problem:
        assert found == []
        return
    assert len(found) == 1 and found[0].startswith("x.yaml:7:12: title '")
    assert "has a line break at its start or end" in found[0]


def test_a_line_break_inside_a_one_line_value_is_warned_of(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    """`title: |-` over two lines stores one title with a line break inside: valid (exports
    keep it), but every listing shows it as \\n and a search across the break finds
    nothing. Warned of where each such value starts, in titles, sectors and names; a block
    written >- (its lines joined by a space) is not."""
    text = HEAD.replace("name: Fédération,", 'name: "Fédération\\nnationale",') \
        + record("a").replace("title: T\n", "title: |-\n      Accord sur\n      deux lignes\n") \
        + record("b", "sectors: [eau, 'agri\n\n      culture']") \
        + record("c").replace("title: T\n", "title: >-\n      Accord sur\n      une ligne\n")
    result = run("validate", data=write_yaml(text))
    assert result.exit_code == 0
    assert result.stdout.endswith("no problems in agreements.yaml; 3 warnings\n")
    said = [line.split(" has ")[0] for line in result.stderr.splitlines()]
    assert said == ["agreements.yaml:4:21: warning: organization 'fcp': name "
                    "'Fédération\\nnationale'",
                    "agreements.yaml:7:12: warning: title 'Accord sur\\ndeux lignes'",
                    "agreements.yaml:18:20: warning: sectors 'agri\\nculture'"]
    assert all(line.endswith("write it on one line (a block written >- joins its lines "
                             "with spaces)") for line in result.stderr.splitlines())


@pytest.mark.parametrize(("second", "why"), [
    ("{publisher: P, published_on: 2020-01-01}", "same publisher, day and title"),
    ("{publisher: p, published_on: 2020-01-01}", "same publisher, day and title"),
    ("{publisher: Q, published_on: 2021-02-02, url: 'https://a.ma/x'}", "same url"),
])
def test_a_source_given_twice_is_a_problem(second: str, why: str) -> None:
    """Each source counts in `sources`: one article given twice would read as two."""
    text = HEAD + record("a").replace(
        "    sources: [{publisher: P, published_on: 2020-01-01}]\n",
        "    sources:\n"
        "      - {publisher: P, published_on: 2020-01-01, url: 'https://a.ma/x'}\n"
        f"      - {second}\n" if "url" in second else
        "    sources:\n      - {publisher: P, published_on: 2020-01-01}\n"
        f"      - {second}\n")
    assert problems(text) == [f"x.yaml:12:21: sources[1] repeats sources[0] ({why}); remove "
                              "one, since each source counts in sources"]


@pytest.mark.parametrize("second", [
    "{publisher: P, published_on: 2020-01-02}",  # another day: told apart at once
    "{publisher: Q, published_on: 2020-01-01}",  # the same day: told apart by the names
    "{publisher: P, published_on: 2020-01-01, title: Autre}",
    "{publisher: P, published_on: 2020-01-01, url: 'https://a.ma/y'}",
])
def test_sources_told_apart_by_day_name_title_or_url_are_no_problem(second: str) -> None:
    text = HEAD + record("a").replace(
        "    sources: [{publisher: P, published_on: 2020-01-01}]\n",
        "    sources:\n      - {publisher: P, published_on: 2020-01-01}\n"
        f"      - {second}\n")
    assert problems(text) == []


def test_validate_names_a_sector_spelt_two_ways_across_agreements(
        run: Callable[..., Any], write_yaml: Callable[..., Path]) -> None:
    """Listings and exports show 'industrie' and 'Industrie' as two sectors."""
    path = write_yaml(HEAD + record("a", "sectors: [industrie, énergie]")
                      + record("b", "sectors: [Industrie]")
                      + record("c", "sectors: [Energie, industrie]"))
    result = run("validate", data=path)
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and len(lines) == 3, lines
    assert [line.replace(str(path), "x.yaml") for line in lines[:2]] == [
        "x.yaml:17:15: sector 'Industrie' is spelt 'industrie' at line 11; write it one "
        "way, since listings and exports show each spelling apart",
        "x.yaml:23:15: sector 'Energie' is spelt 'énergie' at line 11; write it one way, "
        "since listings and exports show each spelling apart"]


def test_a_syntax_error_hides_nothing_above_it() -> None:
    """The agreements whole before a syntax error are checked (a bad date at line 8 was
    reported only once a syntax error at line 21 was fixed); the one it cut short is not
    (a key indented too little ends an agreement early: its keys are not missing)."""
    text = HEAD + record("a", "signed_on: 2024-2-3") + record("b") \
        + record("c").replace("title: T", "title: T: x")
    assert problems(text) == [
        "x.yaml:11:16: signed_on '2024-2-3' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY; "
        "did you mean 2024-02-03?",
        "x.yaml:18:13: not valid YAML: mapping values are not allowed in this context; check "
        "indentation and quotes"]
    assert problems(HEAD + record("a") + "   title: x\n") == [
        "x.yaml:11:4: not valid YAML: while parsing a block collection did not find expected "
        "'-' indicator; check indentation and quotes"]


def test_an_empty_required_value_is_to_be_filled_not_removed() -> None:
    """`title: ""` was told "write a value or remove the key", and removing it gave
    "missing required key 'title'"."""
    text = HEAD + record("a", 'place: ""').replace("title: T", 'title: ""')
    assert problems(text) == [
        "x.yaml:7:12: title is empty; write a value (the key is required)",
        "x.yaml:11:12: place is empty; write a value or remove the key"]


# --- warnings: valid, but a filter would find two where one is meant ----------------------

ALIKE = """\
schema: 1
organizations:
  - {id: mae, name: Ministère des Affaires étrangères, kind: ministry}
  - {id: sn-mae, name: Ministere des affaires étrangères, kind: ministry}
  - {id: ormva-haouz, name: Office du Haouz, acronym: ORMVA, kind: public-body}
  - {id: ormva-gharb, name: Office du Gharb, acronym: ormva, kind: public-body}
  - {id: ada, name: Agence pour le développement agricole, acronym: ADA, kind: public-body}
  - {id: ada-atlas, name: Agence de l'Atlas, acronym: ADA, kind: public-body}
  - {id: culture, name: Office du Haouz, kind: ministry}
agreements:
"""


def test_two_organizations_of_one_name_or_acronym_are_warned_of(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    """Located at the second, naming the first, saying what to do; valid all the same (exit
    0). An acronym that is an organization's id names that one alone (ADA), and a ministry
    and a body of one name are found by different filters: neither is warned of."""
    path = write_yaml(ALIKE + record("a", org="mae"))
    result = run("validate", data=path)
    assert result.exit_code == 0
    assert result.stdout == ("ok: 1 agreement, 7 organizations, no problems in "
                             "agreements.yaml; 2 warnings\n")
    assert result.stderr.splitlines() == [
        "agreements.yaml:4:24: warning: organization 'sn-mae' has the name 'Ministere des "
        "affaires étrangères' of 'mae' (line 3), so --ministry 'Ministere des affaires "
        "étrangères' finds both; if they are one body, keep one (the other's names as "
        "aliases); if two, name them apart, e.g. with the country in brackets",
        "agreements.yaml:6:55: warning: organization 'ormva-gharb' has the acronym 'ormva' "
        "of 'ormva-haouz' (line 5), so --partner 'ormva' finds both; if they are one body, "
        "keep one; if two, give one another acronym (or none), or filter by id: --partner "
        "ormva-gharb"]
    report = run.json("validate", "--json", data=path)
    assert report["ok"] is True and report["problems"] == []
    assert [(w["line"], w["column"]) for w in report["warnings"]] == [(4, 24), (6, 55)]
    both = run.json("list", "--partner", "ormva", "--format", "json",
                    data=write_yaml(ALIKE + record("b", org="ormva-haouz")
                                    + record("c", org="ormva-gharb"), "both.yaml"))
    assert sorted(r["id"] for r in both) == ["b", "c"]  # what the warning says


def test_warnings_come_with_problems_in_the_order_of_the_files(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    """In a folder, the first of the two is named with its file; a base with problems
    lists both, each where it stands, and counts both."""
    folder = here / "base"
    folder.mkdir()
    (folder / "a.yaml").write_text(HEAD + record("a", "signed_on: 2024-02-30"),
                                   encoding="utf-8")
    (folder / "b.yaml").write_text(
        "schema: 1\norganizations:\n  - {id: fcp-2, name: Fédération, kind: federation}\n"
        "agreements: []\n", encoding="utf-8")
    result = run("validate", data=folder)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("base/a.yaml:11:16: signed_on '2024-02-30' is not a real date")
    assert lines[1] == (
        "base/b.yaml:3:23: warning: organization 'fcp-2' has the name 'Fédération' of 'fcp' "
        "(line 4 of base/a.yaml), so --partner 'Fédération' finds both; if they are one "
        "body, keep one (the other's names as aliases); if two, name them apart, e.g. with "
        "the country in brackets")
    assert lines[2] == "conv: 1 problem(s) and 1 warning(s) in base"


@pytest.mark.parametrize(("written", "meant"), [("signataire", "signatory"),
                                                ("Partenaire", "partner"),
                                                ("bénéficiaire", "beneficiary")])
def test_a_role_written_in_french_is_named_in_the_list(written, meant) -> None:
    """`type: Accord` got "did you mean 'accord'?" but `role: signataire` nothing."""
    found = problems(HEAD + record("a").replace("role: signatory", f"role: {written}"))
    assert len(found) == 1 and found[0].endswith(f"did you mean '{meant}'?")


@pytest.mark.parametrize(("written", "meant"), [
    ("2024-2-3", "2024-02-03"), ("2024-11-3", "2024-11-03"), ("2019-7", "2019-07"),
    ("03/02/2024", "2024-02-03"), ("3.2.2024", "2024-02-03"), ("2024-2-30", None),
    ("31/02/2024", None), ("2024-02-03x", None),
])
def test_a_date_without_its_zeros_or_written_day_first_says_what_was_meant(
        written: str, meant: str | None) -> None:
    (problem,) = problems(HEAD + record("a", f"signed_on: '{written}'"))
    assert problem.endswith(f"; did you mean {meant}?") if meant else "did you mean" not in problem


def test_every_todo_comment_is_listed_for_what_it_is(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    """A curator's own TODOs were all called "TODO left by a draft"."""
    path = write_yaml("schema: 2  # TODO bump\n# TODO: top-level note\n" + HEAD[10:]
                      + record("a") + "    # funding:  # TODO: no amount found\n")
    result = run("validate", data=path)
    assert result.exit_code == 1
    advice = ("do what it asks (fill in or check the value, or remove the key), then delete "
              "the comment")
    assert result.stderr.splitlines() == [
        f"agreements.yaml:1:12: TODO comment: bump; {advice}",
        f"agreements.yaml:2:1: TODO comment: top-level note; {advice}",
        f"agreements.yaml:12:17: TODO comment: funding: no amount found; {advice}",
        "conv: 3 problem(s) in agreements.yaml"]


@pytest.mark.parametrize(("char", "name"), [
    ("\u2028", "a Unicode line separator (U+2028)"),
    ("\u2029", "a Unicode paragraph separator (U+2029)"),
    ("\u0085", "a next-line character (NEL, U+0085)")])
@pytest.mark.parametrize(("title", "col"), [
    ("Accord{}cadre", 25), ("Accord cadre{}", 31), ('"Accord{}cadre"', 26),
    ("Accord cadre  # note{}suite", 39)])
@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_unicode_line_break_is_named_at_the_line_editors_show(
        char: str, name: str, title: str, col: int, end: str) -> None:
    """libyaml counts U+2028, U+2029 and NEL as line breaks, editors and grep do not: the
    character is named where the editor shows it, and a later problem keeps its line."""
    text = (HEAD + record("a").replace("title: T", "title: Accord " + title.format(char))
            + record("b", "signed_on: 2024-02-30"))
    assert problems(text.replace("\n", end)) == [
        f"x.yaml:7:{col}: {name}, which YAML readers take for a line break although "
        "editors show none; remove it (or write a space in its place)",
        "x.yaml:16:16: signed_on '2024-02-30' is not a real date; check the day and month"]


@pytest.mark.parametrize(("extra", "expected"), [
    ("lieu: Rabat", "x.yaml:11:5: unknown key 'lieu' (did you mean 'place'?)"),
    ("Lieu: Rabat", "x.yaml:11:5: unknown key 'Lieu' (did you mean 'place'?)"),
    ("date: 2024-01-02", "x.yaml:11:5: unknown key 'date' (did you mean 'signed_on'?)"),
    ("montant: 1000", "x.yaml:11:5: unknown key 'montant' (did you mean 'funding'?)"),
    ("résumé: Un accord.", "x.yaml:11:5: unknown key 'résumé' (did you mean 'summary'?)"),
    ("funding: {montant: 1000, devise: MAD}",
     "x.yaml:11:15: unknown key 'funding.montant' (did you mean 'funding.amount'?)"),
    ("funding: {montant: 1000, devise: MAD}",
     "x.yaml:11:30: unknown key 'funding.devise' (did you mean 'funding.currency'?)"),
    ("sources: [{publisher: P, date: 2024}]",
     "x.yaml:10:30: unknown key 'sources[0].date' (did you mean 'sources[0].published_on'?)"),
])
def test_a_key_written_in_french_names_the_key_meant(extra: str, expected: str) -> None:
    text = HEAD + record("a", extra)
    if extra.startswith("sources"):
        text = text.replace("    sources: [{publisher: P, published_on: 2020-01-01}]\n", "")
    found = problems(text)
    assert any(p.startswith(expected + "; expected one of: ") for p in found), found


@pytest.mark.parametrize("key", ["indirect", "indirects", "total", "emplois_indirects"])
def test_indirect_jobs_are_never_offered_as_direct_ones(key: str) -> None:
    """"did you mean 'jobs.direct'?" for jobs.indirect would store indirect jobs as
    direct: the problem says what the base records instead."""
    (found,) = problems(HEAD + record("a", f"jobs: {{direct: 10, {key}: 5000}}"))
    assert found.startswith(f"x.yaml:11:24: unknown key 'jobs.{key}': the base records the "
                            "direct jobs an agreement promises only (jobs.direct); give "
                            "indirect or total jobs in a comment; expected one of: direct, by")
    assert "did you mean" not in found


@pytest.mark.parametrize(("written", "hint"), [
    ("EURO", "did you mean EUR?"), ("euros", "did you mean EUR?"), ("€", "did you mean EUR?"),
    ("DH", "did you mean MAD?"), ("Dirhams", "did you mean MAD?"), ("$", "did you mean USD?"),
    ("mad", "write it in capitals (MAD)"), ("XYZ", "write the ISO 4217 code, e.g. MAD")])
def test_a_currency_written_as_the_press_writes_it_names_its_code(written: str,
                                                                  hint: str) -> None:
    text = HEAD_2 + record("a", f"funding: {{amount: 10, currency: '{written}'}}")
    (found,) = problems(text)
    assert "is not an ISO 4217 currency code; " + hint in found, found


@pytest.mark.parametrize(("char", "name"), [
    ("\u200b", "a zero width space (U+200B)"), ("\u2060", "a word joiner (U+2060)"),
    ("\u00ad", "a soft hyphen (U+00AD)"), ("\ufeff", "a zero width no-break space (U+FEFF)"),
    ("\u200f", "a right-to-left mark (U+200F)"), ("\u2009", "a thin space (U+2009)"),
    ("\u3000", "an ideographic space (U+3000)")])
@pytest.mark.parametrize("written", ["{}", '"{}"'])
@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_an_invisible_character_at_an_end_is_named_and_refused(
        char: str, name: str, written: str, end: str) -> None:
    """A zero-width space pasted at a title's end makes a value apart as a no-break space
    does, and shows even less: named, quoted or not, whatever the line ends."""
    value = written.format("Accord" + char)
    found = problems((HEAD + record("a").replace("title: T", f"title: {value}")
                      ).replace("\n", end))
    assert len(found) == 1 and found[0].startswith("x.yaml:7:12: title 'Accord"), found
    assert found[0].endswith(f"' has {name} at its end, which would make it a value apart "
                             "from the same words without it; remove it")


def test_an_id_holding_an_invisible_character_says_which() -> None:
    (found,) = problems(HEAD + record("a-\u00a02024"))
    assert found == ("x.yaml:6:9: id 'a-\u00a02024' is not a slug (it holds a no-break space "
                     "(U+00A0)); use lowercase letters, digits and hyphens (e.g. cti-2022)")


@pytest.mark.parametrize(("direct", "refused"), [
    ("10000000", False), ("10000001", True), ("9000000000", True), ("72000", False)])
def test_a_jobs_figure_above_a_country_s_labour_force_is_a_slip(direct: str,
                                                                refused: bool) -> None:
    found = problems(HEAD + record("a", f"jobs: {{direct: {direct}}}"))
    expected = [f"x.yaml:11:20: jobs.direct '{direct}' is more jobs than one agreement can "
                "promise (at most 10 000 000, near Morocco's whole labour force); check for "
                "extra digits"]
    assert found == (expected if refused else [])
