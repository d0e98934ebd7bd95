"""The located YAML loader and the per-value rules of DESIGN §2: exact `file:line:col: message`."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conventions_cli.base.loader import load_bytes, load_text

# Lines 1-5; the agreement `a` below takes lines 6-10, so an extra key lands on line 11.
HEAD = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
  - {id: fcp, name: Fédération de la Chimie, kind: federation}
agreements:
"""
ONE = """\
  - id: a
    title: T
    type: other
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: P, published_on: 2020-01-01}]
"""
VALID = HEAD + ONE


def problems(text: str) -> list[str]:
    return [str(p) for p in load_text(text, "x.yaml").problems]


def agreement(text: str) -> dict:
    result = load_text(text, "x.yaml")
    assert result.problems == []
    assert result.dataset is not None
    return result.dataset.agreements[0]


def test_valid_file_has_no_problems_and_keeps_lines() -> None:
    result = load_text(VALID, "x.yaml")
    assert result.ok
    assert result.dataset is not None
    record = result.dataset.agreements[0]
    assert {k: v for k, v in record.items() if not k.startswith("_")} == {
        "id": "a", "title": "T", "type": "other",
        "parties": [{"org": "mic", "role": "signatory"}],
        "sources": [{"publisher": "P", "published_on": "2020-01-01"}],
    }
    assert record["_line"] == 6
    assert record["_marks"]["parties[0].role"] == (9, 32)
    assert [o["id"] for o in result.dataset.organizations] == ["mic", "fcp"]


def test_problem_str_is_file_line_col_message() -> None:
    (problem,) = load_text(VALID + "    color: red\n", "x.yaml").problems
    assert (problem.source, problem.line, problem.col) == ("x.yaml", 11, 5)
    assert problem.as_dict() == {"file": "x.yaml", "line": 11, "column": 5,
                                 "message": problem.message}


# --- unknown keys, at every level -------------------------------------------------------

def test_unknown_top_level_key() -> None:
    assert problems(VALID + "extra: 2\n") == [
        "x.yaml:11:1: unknown top-level key 'extra'; expected one of: schema, organizations, "
        "agreements"]


def test_unknown_agreement_key() -> None:
    assert problems(VALID + "    color: red\n") == [
        "x.yaml:11:5: unknown key 'color'; expected one of: id, title, type, signed_on, place, "
        "region, parties, funding, period, jobs, sectors, event, follows, summary, sources"]


def test_unknown_nested_keys() -> None:
    text = VALID + ("    funding: {amount: 5, currency: MAD, extra: 1}\n"
                    "    period: {start: 2020, stop: 2021}\n"
                    "    jobs: {direct: 1, when: 2}\n")
    assert problems(text) == [
        "x.yaml:11:41: unknown key 'funding.extra'; expected one of: amount, currency",
        "x.yaml:12:27: unknown key 'period.stop'; expected one of: start, end",
        "x.yaml:13:23: unknown key 'jobs.when'; expected one of: direct, by",
    ]


def test_unknown_party_and_source_keys() -> None:
    text = VALID.replace("role: signatory}", "role: signatory, share: 1}").replace(
        "2020-01-01}", "2020-01-01, author: X}")
    assert problems(text) == [
        "x.yaml:9:43: unknown key 'parties[0].share'; expected one of: org, role",
        "x.yaml:10:56: unknown key 'sources[0].author'; expected one of: publisher, "
        "published_on, title, url",
    ]


def test_unknown_organization_key() -> None:
    text = VALID.replace("kind: federation}", "kind: federation, colour: blue}")
    assert problems(text) == [
        "x.yaml:4:64: unknown key 'colour'; expected one of: id, name, acronym, kind, "
        "aliases, country"]


# --- required keys, slugs, empty values -------------------------------------------------

def test_missing_required_key() -> None:
    assert problems(VALID.replace("    title: T\n", "")) == [
        "x.yaml:6:5: missing required key 'title'; "
        "add title: the agreement's title in words"]


def test_every_missing_key_is_reported_at_the_record() -> None:
    assert problems(HEAD + "  - id: a\n") == [
        "x.yaml:6:5: missing required key 'title'; "
        "add title: the agreement's title in words",
        "x.yaml:6:5: missing required key 'type'; "
        "add type: convention-cadre, memorandum, accord, … (README: The data format)",
        "x.yaml:6:5: missing required key 'parties'; "
        "add parties: [{org: ID, role: signatory}], one entry a party",
        "x.yaml:6:5: missing required key 'sources'; "
        "add sources: [{publisher: NAME, published_on: YYYY-MM-DD}], one entry a report",
    ]


def test_missing_nested_and_top_level_keys() -> None:
    assert problems(VALID + "    funding: {amount: 5}\n") == [
        "x.yaml:11:14: missing required key 'funding.currency'; "
        "add currency: an ISO 4217 code, like MAD"]
    assert problems("organizations: []\n") == [
        "x.yaml:1:1: missing required top-level key 'schema'; add schema: 2 as the file's "
        "first line",
        "x.yaml:1:1: missing required top-level key 'agreements'; add agreements: with the "
        "agreements as a list (agreements: [] for none yet)",
    ]
    assert problems(VALID.replace("  - {id: mic, name:", "  - {id: mic, nom:")) == [
        "x.yaml:3:5: missing required key 'name'; "
        "add name: the name as reports write it",
        "x.yaml:3:15: unknown key 'nom' (did you mean 'name'?); expected one of: id, name, "
        "acronym, kind, aliases, country",
    ]


def test_required_key_left_empty() -> None:
    assert problems(VALID.replace("title: T", "title:")) == [
        "x.yaml:7:11: title is empty; it is required"]
    assert problems(VALID.replace("title: T", "title: ' '")) == [
        "x.yaml:7:12: title is empty; write a value (the key is required)"]


def test_parties_and_sources_need_one_item() -> None:
    text = VALID.replace("[{org: mic, role: signatory}]", "[]").replace(
        "[{publisher: P, published_on: 2020-01-01}]", "[]")
    assert problems(text) == [
        "x.yaml:9:14: parties needs at least 1 item(s)",
        "x.yaml:10:14: sources needs at least 1 item(s)",
    ]


@pytest.mark.parametrize("bad", ["Bad_Id", "cti 2022", "cti--2022", "-cti", "cti-", "CTI"])
def test_ids_must_be_slugs(bad: str) -> None:
    assert problems(VALID.replace("id: a", f"id: '{bad}'")) == [
        f"x.yaml:6:9: id '{bad}' is not a slug; use lowercase letters, digits and hyphens "
        "(e.g. cti-2022)"]


def test_organization_ids_and_party_orgs_must_be_slugs() -> None:
    text = VALID.replace("{id: fcp,", "{id: F.C.P,")
    assert problems(text) == [
        "x.yaml:4:10: id 'F.C.P' is not a slug; use lowercase letters, digits and hyphens "
        "(e.g. cti-2022)"]


def test_wrong_shapes_are_named() -> None:
    assert problems(VALID.replace("title: T", "title: [a, b]")) == [
        "x.yaml:7:12: title must be a single value, not a list"]
    assert problems(VALID.replace("    title: T\n", "    title: T\n    funding: 5\n")) == [
        "x.yaml:8:14: funding must be a mapping (key: value lines), not '5'"]
    assert problems(VALID.replace("parties: [{org: mic, role: signatory}]", "parties: mic")) == [
        "x.yaml:9:14: parties must be a list (lines starting with '- '), not 'mic'"]


# --- dates, enums, numbers --------------------------------------------------------------

@pytest.mark.parametrize("value", ["2024-02-30", "2023-13", "2023-02-29", "2023-00", "2023-04-31",
                                   "0000"])
def test_impossible_dates(value: str) -> None:
    assert problems(VALID + f"    signed_on: {value}\n") == [
        f"x.yaml:11:16: signed_on '{value}' is not a real date; check the day and month"]


@pytest.mark.parametrize("value", ["0202-06-07", "1899-12-31", "2101"])
def test_years_no_report_gives(value: str) -> None:
    assert problems(VALID + f"    signed_on: {value}\n") == [
        f"x.yaml:11:16: signed_on '{value}' is outside 1900-2100; check the year's digits "
        "(a digit left out or swapped)"]


@pytest.mark.parametrize(("value", "meant"), [
    ("13-02-2020", ""), ("2024-2-1", "; did you mean 2024-02-01?"), ("2024/02/01", ""),
    ("juin 2022", "; did you mean 2022-06?"), ("2024-02-01T10:00", ""), ("20240201", "")])
def test_malformed_dates(value: str, meant: str) -> None:
    assert problems(VALID + f"    signed_on: '{value}'\n") == [
        f"x.yaml:11:16: signed_on '{value}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"
        + meant]


@pytest.mark.parametrize("value", ["2024-02-29", "2013-02", "2013", "2022-06-07"])
def test_valid_full_and_partial_dates_stay_text(value: str) -> None:
    assert agreement(VALID + f"    signed_on: {value}\n")["signed_on"] == value


def test_source_dates_are_checked_too() -> None:
    assert problems(VALID.replace("published_on: 2020-01-01", "published_on: 2021-02-29")) == [
        "x.yaml:10:44: sources[0].published_on '2021-02-29' is not a real date; check the "
        "day and month"]


def test_agreement_type_out_of_list() -> None:
    assert problems(VALID.replace("type: other", "type: treaty")) == [
        "x.yaml:8:11: type 'treaty' is not one of: convention-cadre, convention-partenariat, "
        "protocole-accord, memorandum, contrat-programme, accord, avenant, other"]


def test_organization_kind_out_of_list() -> None:
    assert problems(VALID.replace("kind: federation", "kind: fédération")) == [
        "x.yaml:4:52: kind 'fédération' is not one of: ministry, state, public-body, federation, "
        "association, company, network, cluster, international, other; did you mean "
        "'federation'?"]


def test_party_role_out_of_list() -> None:
    assert problems(VALID.replace("role: signatory", "role: boss")) == [
        "x.yaml:9:32: parties[0].role 'boss' is not one of: signatory, partner, beneficiary, "
        "funder, witness"]


@pytest.mark.parametrize("value", ["-5", "2.5e8", "abc", "1_000", "0x10", "250 000", "yes"])
def test_amounts_must_be_non_negative_integers(value: str) -> None:
    assert problems(VALID + f"    funding: {{amount: '{value}', currency: MAD}}\n") == [
        f"x.yaml:11:23: funding.amount '{value}' is not a non-negative whole number; write "
        "digits only (e.g. 250000000)"]


@pytest.mark.parametrize("value", ["-5", "2.5e8", "abc"])
def test_plain_bad_amounts_are_reported_too(value: str) -> None:
    assert problems(VALID + f"    funding: {{amount: {value}, currency: MAD}}\n") == [
        f"x.yaml:11:23: funding.amount '{value}' is not a non-negative whole number; write "
        "digits only (e.g. 250000000)"]


def test_leading_zero_reads_as_decimal_not_octal() -> None:
    record = agreement(VALID + "    funding: {amount: 010, currency: MAD}\n"
                               "    jobs: {direct: 0150, by: 2029}\n")
    assert record["funding"] == {"amount": 10, "currency": "MAD"}
    assert record["jobs"] == {"direct": 150, "by": 2029}


def test_jobs_and_years_are_checked() -> None:
    assert problems(VALID + "    jobs: {direct: -3, by: 29}\n") == [
        "x.yaml:11:20: jobs.direct '-3' is not a non-negative whole number; write digits "
        "only (e.g. 250000000)",
        "x.yaml:11:28: jobs.by '29' is not a year; write four digits (e.g. 2025)",
    ]


def test_period_end_before_start() -> None:
    assert problems(VALID + "    period: {start: 2025, end: 2022}\n") == [
        "x.yaml:11:32: period.end 2022 is before period.start 2025; swap them or fix the year"]


def test_period_of_one_year_is_fine() -> None:
    assert agreement(VALID + "    period: {start: 2022, end: 2022}\n")["period"] == {
        "start": 2022, "end": 2022}


def test_country_and_currency_codes() -> None:
    text = VALID.replace("kind: ministry}", "kind: ministry, country: Maroc}") + (
        "    funding: {amount: 5, currency: dh}\n")
    assert problems(text) == [
        "x.yaml:3:74: country 'Maroc' is not valid; write it like MA (ISO 3166-1 alpha-2)",
        "x.yaml:11:36: funding.currency 'dh' is not valid; write it like MAD (ISO 4217)",
    ]


def test_unsupported_schema_number() -> None:
    assert problems(VALID.replace("schema: 1", "schema: 3")) == [
        "x.yaml:1:9: schema '3' is not supported; this version of conv reads schema: 1 or 2"]


# --- YAML 1.1 traps: everything is read as a string first ----------------------------------

def test_yaml_1_1_traps_stay_text() -> None:
    text = VALID.replace("kind: ministry}", "kind: ministry, country: NO}").replace(
        "title: T", "title: yes") + "    place: 12:30\n    region: off\n    summary: ~x\n"
    result = load_text(text, "x.yaml")
    assert result.problems == []
    assert result.dataset is not None
    assert result.dataset.organizations[0]["country"] == "NO"
    record = result.dataset.agreements[0]
    assert (record["title"], record["place"], record["region"], record["summary"]) == (
        "yes", "12:30", "off", "~x")


def test_null_optional_value_is_just_absent() -> None:
    record = agreement(VALID + "    place: ~\n    region: null\n")
    assert "place" not in record and "region" not in record


# --- tags, anchors, aliases: refused, never constructed or expanded ------------------------

def test_python_tag_is_reported_and_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = VALID + f"    summary: !!python/object/apply:os.system ['touch {marker}']\n"
    found = problems(text)
    assert found[0] == ("x.yaml:11:14: tag '!!python/object/apply:os.system' is not allowed; "
                        "remove it (only plain values, lists and mappings)")
    assert not marker.exists()


def test_custom_tag_is_reported() -> None:
    assert problems(VALID + "    summary: !custom x\n") == [
        "x.yaml:11:14: tag '!custom' is not allowed; remove it (only plain values, lists and "
        "mappings)"]


@pytest.mark.parametrize("tag", ["!!binary", "!!timestamp", "!!set"])
def test_non_core_yaml_tags_are_reported(tag: str) -> None:
    assert problems(VALID + f"    summary: {tag} x\n")[0].startswith(
        f"x.yaml:11:14: tag '{tag}' is not allowed")


def test_core_str_tag_is_accepted() -> None:
    assert agreement(VALID + "    summary: !!str 010\n")["summary"] == "010"


def test_anchor_and_alias_are_reported() -> None:
    assert problems(VALID + "    summary: &s hello\n    event: *s\n") == [
        "x.yaml:11:14: anchor '&s' is not allowed; write each value out in full",
        "x.yaml:12:12: alias '*s' is not allowed; write the value out in full",
    ]


def test_alias_bomb_returns_quickly_without_expanding() -> None:
    lines = ['lol0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*l{i - 1}"] * 9)
        lines.append(f"lol{i}: &l{i} [{refs}]")
    started = time.perf_counter()
    found = load_text("\n".join(lines) + "\n", "x.yaml").problems
    assert time.perf_counter() - started < 1.0
    assert "x.yaml:1:7: anchor '&l0' is not allowed; write each value out in full" in [
        str(p) for p in found]
    # 10 anchors + 81 aliases + 10 unknown top-level keys + 2 missing keys: nothing expanded.
    assert len(found) == 103


# --- several problems at once, sorted ------------------------------------------------------

def test_several_problems_reported_at_once_sorted_by_line() -> None:
    text = (VALID.replace("type: other", "type: treaty").replace("role: signatory", "role: x")
            + "    color: red\n    signed_on: 2024-02-30\n    follows: nowhere\n"
            + "extra: 1\n")
    assert problems(text) == [
        "x.yaml:8:11: type 'treaty' is not one of: convention-cadre, convention-partenariat, "
        "protocole-accord, memorandum, contrat-programme, accord, avenant, other",
        "x.yaml:9:32: parties[0].role 'x' is not one of: signatory, partner, beneficiary, "
        "funder, witness",
        "x.yaml:11:5: unknown key 'color'; expected one of: id, title, type, signed_on, place, "
        "region, parties, funding, period, jobs, sectors, event, follows, summary, sources",
        "x.yaml:12:16: signed_on '2024-02-30' is not a real date; check the day and month",
        "x.yaml:13:14: follows 'nowhere' is not a defined agreement; fix the id or remove "
        "the key",
        "x.yaml:14:1: unknown top-level key 'extra'; expected one of: schema, organizations, "
        "agreements",
    ]


def test_duplicate_mapping_key_names_the_first_line() -> None:
    text = VALID.replace("    title: T\n", "    title: T\n    title: U\n")
    assert problems(text) == ["x.yaml:8:5: duplicate key 'title' (first at line 7); keep only one"]
    assert load_text(text, "x.yaml").dataset.agreements[0]["title"] == "T"  # type: ignore[union-attr]


def test_duplicate_key_in_flow_mapping() -> None:
    text = VALID.replace("{org: mic, role: signatory}", "{org: mic, role: signatory, org: fcp}")
    assert problems(text) == [
        "x.yaml:9:43: duplicate key 'org' (first at line 9); keep only one"]


def test_duplicate_top_level_key() -> None:
    assert problems(VALID + "schema: 1\n") == [
        "x.yaml:11:1: duplicate key 'schema' (first at line 1); keep only one"]


# --- files that are not one YAML mapping --------------------------------------------------

def test_bad_yaml_syntax_is_located() -> None:
    assert problems("schema: 1\nagreements:\n  - id: a\n   title: x\n") == [
        "x.yaml:4:4: not valid YAML: while parsing a block collection did not find expected "
        "'-' indicator; check indentation and quotes"]
    # a quote left open: where it opens, not where the parser ran out (the end)
    assert problems("schema: 1\nagreements:\n  - id: 'a\n") == [
        "x.yaml:3:9: not valid YAML: the ' that starts this value is not closed; end the "
        "value with ' on this line (a quote inside it is written '')"]


@pytest.mark.parametrize("after", ["", "\n", "  # a comment\n\n", "agreements: []\n"])
def test_an_unclosed_flow_mapping_is_reported_where_its_brace_is_missing(after: str) -> None:
    text = ("schema: 1\norganizations:\n  - {id: mic, name: M, kind: ministry  # the one\n"
            + after + "  - {id: fcp, name: F, kind: federation}\n")
    assert problems(text) == [
        "x.yaml:3:38: not valid YAML: the { opened at line 3, column 5 is not closed; add } "
        "at the end of this line"]


def test_an_unclosed_flow_sequence_is_reported_where_its_bracket_is_missing() -> None:
    text = "schema: 1\nagreements:\n  - id: a\n    sectors: [a, b\n    title: x\n"
    assert problems(text) == [
        "x.yaml:4:19: not valid YAML: the [ opened at line 4, column 14 is not closed; add ] "
        "at the end of this line"]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "~\n"])
def test_empty_file(text: str) -> None:
    assert problems(text) == [
        "x.yaml:1:1: the file is empty; start it with 'schema: 2', then 'organizations:' "
        "and 'agreements:'"]


def test_bare_scalar_and_list_roots() -> None:
    assert problems("hello\n") == [
        "x.yaml:1:1: expected a mapping with schema, organizations and agreements, not 'hello'"]
    assert problems("- a\n- b\n") == [
        "x.yaml:1:1: expected a mapping with schema, organizations and agreements, not a list"]


def test_agreements_must_be_a_list_of_mappings() -> None:
    assert problems("schema: 1\nagreements: {a: 1}\n") == [
        "x.yaml:2:13: expected a list of records, not a mapping"]
    assert problems("schema: 1\nagreements:\n  - just-an-id\n") == [
        "x.yaml:3:5: each record must be a mapping (id: …, …), not 'just-an-id'"]


def test_several_documents() -> None:
    assert problems(VALID + "---\nschema: 1\n") == [
        "x.yaml:11:1: several YAML documents in one file; keep one (remove the extra '---')"]


def test_non_utf8_bytes_are_located() -> None:
    data = "schema: 1\nagreements:\n  - id: café".encode() + b"\xe9\n"
    assert [str(p) for p in load_bytes(data, "x.yaml").problems] == [
        "x.yaml:3:13: not UTF-8 text (byte 0xE9); save the file as UTF-8"]


def test_latin1_file_says_utf8() -> None:
    (problem,) = load_bytes(VALID.encode("latin-1"), "x.yaml").problems
    assert str(problem) == "x.yaml:3:28: not UTF-8 text (byte 0xE8); save the file as UTF-8"


def test_non_utf8_after_bom_is_located_without_the_bom() -> None:
    (problem,) = load_bytes(b"\xef\xbb\xbfab\xff\n", "x.yaml").problems
    assert str(problem) == "x.yaml:1:3: not UTF-8 text (byte 0xFF); save the file as UTF-8"


def test_utf8_bom_is_accepted() -> None:
    result = load_bytes(b"\xef\xbb\xbf" + VALID.encode(), "x.yaml")
    assert result.problems == []
    assert result.dataset is not None
    assert result.dataset.organizations[0]["name"] == "Ministère de l'Industrie"
    # The BOM does not shift columns.
    assert [str(p) for p in load_bytes(b"\xef\xbb\xbf" + (VALID + "    x: 1\n").encode(),
                                       "x.yaml").problems][0].startswith("x.yaml:11:5:")


@pytest.mark.parametrize("text", ["[" * 10_000 + "]" * 10_000,
                                  "a: {" * 10_000,
                                  "- " * 10_000 + "x\n"])
def test_deep_nesting_is_a_located_error_not_recursion(text: str) -> None:
    # Ours (64 levels) or libyaml's own limit (1000 flow levels, PyYAML >= 6.0.4) may stop
    # it first, with its own words: what is checked is one located, one-line problem.
    (problem,) = load_text(text, "x.yaml").problems
    assert problem.line == 1 and problem.col >= 1
    assert problem.message and "\n" not in problem.message


def test_our_nesting_limit_applies_before_libyaml_s() -> None:
    """Block nesting is never limited by libyaml: the limit and its words are ours."""
    (problem,) = load_text("- " * 100 + "x\n", "x.yaml").problems
    assert (problem.line, problem.col) == (1, 129)
    assert problem.message == "nesting deeper than 64 levels; this data needs at most 4"
