"""Schema 2: people, events, uncertain dates, status, amendments, signatories, currencies.

Each rule has a failing example with its exact location; a schema-2 base goes through every
command; a schema-1 file migrates in place with its comments and the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conventions_cli.base.dates import DateError, bounds, describe
from conventions_cli.base.loader import load_text

BASE = """\
schema: 2
people:
  - id: ryad-mezzour
    name: Ryad Mezzour
    aliases: [Mezzour]
  - id: nadia-fettah
    name: Nadia Fettah
events:
  - id: gitex-africa-2025
    name: GITEX Africa 2025
    place: Marrakech
    region: Marrakech-Safi
    start: 2025-04-14
    end: 2025-04-16
    total: {amount: 1135000000, currency: MAD}
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: mef, name: "Ministère de l'Économie et des Finances", acronym: MEF, kind: ministry}
  - {id: bm, name: Banque mondiale, kind: international}
  - {id: acme, name: Acme Maroc, kind: company}
agreements:
  - id: plan-2022
    title: Plan qualité
    type: convention-cadre
    signed_on: 2022-06-07
    status: in-force
    status_on: 2024-01
    parties:
      - {org: mic, role: signatory}
      - {org: acme, role: partner}
    signatories:
      - {person: ryad-mezzour, org: mic, title: Ministre de l'Industrie et du Commerce}
    funding: {amount: 250000000, currency: MAD}
    sources: [{publisher: Le Desk, published_on: 2022-06-07, url: "https://example.org/a"}]
  - id: avenant-2024
    title: Avenant au plan qualité
    type: avenant
    signed_on: 2024-03?
    amends: plan-2022
    event: gitex-africa-2025
    parties:
      - {org: mic, role: signatory}
      - {org: acme, role: partner}
    signatories:
      - {person: ryad-mezzour, org: mic}
    sources: [{publisher: X, published_on: 2024-04}]
  - id: pret-bm
    title: Prêt de la Banque mondiale
    type: accord
    signed_on: 2014-12/2016-12
    parties:
      - {org: mef, role: signatory}
      - {org: bm, role: funder}
    signatories:
      - {person: nadia-fettah, org: mef, title: Ministre de l'Économie et des Finances}
    funding: {amount: 150000000, currency: EUR}
    sources: [{publisher: Y, published_on: 2017}]
"""


@pytest.fixture
def base(write_yaml) -> Path:
    return write_yaml(BASE)


def problems(text: str) -> list[str]:
    return [str(p) for p in load_text(textwrap.dedent(text), "kb.yaml").problems]


def ids(run, data: Path, *args: str) -> list[str]:
    return [r["id"] for r in run.json("list", *args, "--format", "json", data=data)]


# --- every rule, located --------------------------------------------------------------

def with_lines(*replacements: tuple[str, str]) -> str:
    text = BASE
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


@pytest.mark.parametrize(("text", "expected"), [
    (with_lines(("  - id: nadia-fettah", "  - id: ryad-mezzour"),
                ("person: nadia-fettah", "person: ryad-mezzour")),
     "kb.yaml:6:9: duplicate person id 'ryad-mezzour' (first at line 3); give each person "
     "its own id"),
    (with_lines(("      - {person: nadia-fettah, org: mef,", "      - {person: nadia, org: mef,")),
     "kb.yaml:55:18: signatories[0].person 'nadia' is not a defined person (did you mean "
     "'nadia-fettah'?); add them under people or fix the id"),
    (with_lines(("      - {person: ryad-mezzour, org: mic}",
                 "      - {person: ryad-mezzour, org: bm}")),
     "kb.yaml:45:37: signatories[0].org 'bm' is not one of this agreement's parties (acme, "
     "mic); add it to parties or fix the id"),
    (with_lines(("      - {person: ryad-mezzour, org: mic}\n",
                 "      - {person: ryad-mezzour, org: mic}\n"
                 "      - {person: ryad-mezzour, org: mic}\n")),
     "kb.yaml:46:18: signatories[1] lists 'ryad-mezzour' for 'mic' a second time; keep one "
     "entry"),
    (with_lines(("    event: gitex-africa-2025", "    event: gitex-2025")),
     "kb.yaml:40:12: event 'gitex-2025' is not a defined event (did you mean "
     "'gitex-africa-2025'?); add it under events or fix the id"),
    (with_lines(("    amends: plan-2022", "    amends: plan-2021")),
     "kb.yaml:39:13: amends 'plan-2021' is not a defined agreement (did you mean "
     "'plan-2022'?); fix the id or remove the key"),
    (with_lines(("    amends: plan-2022", "    amends: avenant-2024")),
     "kb.yaml:39:13: amends 'avenant-2024' points at the agreement itself; name the earlier "
     "agreement"),
    (with_lines(("    signed_on: 2014-12/2016-12", "    signed_on: 2016-12/2014-12")),
     "kb.yaml:50:16: signed_on '2016-12/2014-12' starts after it ends; swap the two dates"),
    (with_lines(("    signed_on: 2014-12/2016-12", "    signed_on: 2016-02-30/2017")),
     "kb.yaml:50:16: signed_on '2016-02-30/2017' is not a real date; check the day and month"),
    (with_lines(("    signed_on: 2024-03?", "    signed_on: 2024-21")),
     "kb.yaml:38:16: signed_on '2024-21' is not a real date; check the day and month"),
    (with_lines(("    signed_on: 2024-03?", "    signed_on: 2024-XX")),
     "kb.yaml:38:16: signed_on '2024-XX' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, "
     "an interval START/END of those, with ? (uncertain) or ~ (approximate) at the end of a "
     "date if needed"),
    (with_lines(("    signed_on: 2024-03?", "    signed_on: ../2024")),
     "kb.yaml:38:16: signed_on '../2024' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, "
     "an interval START/END of those, with ? (uncertain) or ~ (approximate) at the end of a "
     "date if needed"),
    (with_lines(("    status: in-force", "    status: ratified")),
     "kb.yaml:26:13: status 'ratified' is not one of: signed, in-force, completed, "
     "terminated, superseded"),
    (with_lines(("    status_on: 2024-01", "    status_on: 2024-13")),
     "kb.yaml:27:16: status_on '2024-13' is not a real date; check the day and month"),
    (with_lines(("    funding: {amount: 150000000, currency: EUR}",
                 "    funding: {amount: 150000000, currency: XYZ}")),
     "kb.yaml:56:44: funding.currency 'XYZ' is not an ISO 4217 currency code; write the ISO "
     "4217 code, e.g. MAD, EUR, USD"),
    (with_lines(("    funding: {amount: 150000000, currency: EUR}",
                 "    funding: {amount: 150000000, currency: eur}")),
     "kb.yaml:56:44: funding.currency 'eur' is not an ISO 4217 currency code; write it in "
     "capitals (EUR)"),
    (with_lines(("    end: 2025-04-16", "    end: 2025-04-10")),
     "kb.yaml:14:10: end 2025-04-10 is before start 2025-04-14; swap them or fix the date"),
    (with_lines(("    total: {amount: 1135000000, currency: MAD}",
                 "    total: {amount: 1135000000, currency: DHS}")),
     "kb.yaml:15:43: total.currency 'DHS' is not an ISO 4217 currency code; did you mean "
     "MAD?"),
])
def test_each_schema_2_rule_is_a_located_problem(text: str, expected: str) -> None:
    assert problems(text) == [expected]


def test_an_amends_cycle_is_located(write_yaml) -> None:
    text = with_lines(("  - id: pret-bm\n", "  - id: pret-bm\n    amends: avenant-2024\n"),
                      ("    amends: plan-2022", "    amends: pret-bm"))
    assert problems(text) == [
        "kb.yaml:39:13: amends makes a cycle (avenant-2024 -> pret-bm -> avenant-2024); one "
        "of them must be the first"]


def test_people_and_events_need_schema_2() -> None:
    text = BASE.replace("schema: 2", "schema: 1").split("organizations:")[0] + "agreements: []\n"
    assert problems(text)[:2] == [
        "kb.yaml:2:1: unknown top-level key 'people'; expected one of: schema, organizations, "
        "agreements (people and events need schema: 2; conv migrate FILE rewrites a schema-1 "
        "file)",
        "kb.yaml:8:1: unknown top-level key 'events'; expected one of: schema, organizations, "
        "agreements (people and events need schema: 2; conv migrate FILE rewrites a schema-1 "
        "file)"]


def test_schema_1_keeps_free_text_events_and_three_letter_currencies() -> None:
    text = """\
    schema: 1
    organizations: [{id: mic, name: M, kind: ministry}]
    agreements:
      - {id: a, title: A, type: other, event: Un salon quelconque,
         funding: {amount: 1, currency: XYZ}, parties: [{org: mic, role: signatory}],
         sources: [{publisher: X, published_on: 2020}]}
    """
    assert problems(text) == []


# --- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "first", "last", "words"), [
    ("2022-06-07", "2022-06-07", "2022-06-07", None),
    ("2024-02", "2024-02-01", "2024-02-29", None),
    ("2016-12?", "2016-12-01", "2016-12-31", "uncertain"),
    ("2016~", "2016-01-01", "2016-12-31", "approximate"),
    ("2014-12/2016-12", "2014-12-01", "2016-12-31", "between 2014-12 and 2016-12"),
    ("2014-12/2016-12-01?", "2014-12-01", "2016-12-01",
     "between 2014-12 and 2016-12-01, uncertain"),
])
def test_dates_cover_the_days_they_say(value, first, last, words) -> None:
    assert bounds(value) == (first, last)
    assert describe(value) == words


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
       st.sampled_from(["day", "month", "year"]))
def test_plain_dates_are_read_as_edtf_reads_them(day: dt.date, precision: str) -> None:
    """Plain dates skip the edtf package (6 ms a date); both must agree."""
    import edtf

    text = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[
        precision]
    parsed = edtf.parse_edtf(text)
    expected = tuple(dt.date(*t[:3]).isoformat()
                     for t in (parsed.lower_strict(), parsed.upper_strict()))
    assert bounds(text) == expected


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13", "2024-00", "24-01-01", "2024-1",
                                   "2024-21", "2024?-03", "2020/..", "2020%", "2020-01-01T10"])
def test_what_is_not_a_date(value) -> None:
    with pytest.raises(DateError):
        bounds(value)


# --- a schema-2 base through every command ------------------------------------------------

def test_flat_rows_append_status_event_people(run, base) -> None:
    row = run.json("list", "--format", "json", "--sort", "id", data=base)[0]
    assert list(row)[-10:] == ["status", "event", "people", "region_derived", "status_on",
                               "date_start", "date_end", "public_parties",
                               "place_derived", "amends"]
    assert (row["id"], row["status"], row["event"], row["people"], row["amends"]) == (
        "avenant-2024", None, "GITEX Africa 2025", ["Ryad Mezzour"], "plan-2022")


def test_every_flat_row_says_what_an_avenant_amends(run, base, tmp_path) -> None:
    """A spreadsheet of list or export had follows but not amends: an avenant was not told
    apart from what it amends without going back to show or SQL."""
    import csv
    import io

    def csv_rows(text: str) -> dict[str, str]:
        return {r["id"]: r["amends"] for r in csv.DictReader(io.StringIO(text, newline=""))}

    wanted = {"avenant-2024": "plan-2022", "plan-2022": "", "pret-bm": ""}
    assert csv_rows(run("list", "--format", "csv", data=base).stdout) == wanted
    assert csv_rows(run("export", "--format", "csv", data=base).stdout) == wanted
    assert csv_rows(run("list", "--format", "tsv", data=base).stdout.replace("\t", ",")) == \
        wanted
    jsonl = [json.loads(line) for line in
             run("list", "--format", "jsonl", data=base).stdout.splitlines()]
    assert {r["id"]: r["amends"] for r in jsonl} == {k: v or None for k, v in wanted.items()}
    out = tmp_path / "pkg"
    assert run("export", "--format", "datapackage", "-o", str(out), data=base).exit_code == 0
    assert csv_rows((out / "agreements.csv").read_text(encoding="utf-8")) == wanted
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    agreements = next(r for r in descriptor["resources"] if r["name"] == "agreements")
    assert {"fields": ["amends"], "reference": {"resource": "", "fields": ["id"]}} in \
        agreements["schema"]["foreignKeys"]


def test_show_json_has_signatories_event_status_and_amendments(run, base) -> None:
    plan = run.json("show", "plan-2022", "--format", "json", data=base)
    assert plan["signatories"] == [{
        "person": "ryad-mezzour", "name": "Ryad Mezzour",
        "title": "Ministre de l'Industrie et du Commerce", "org": "mic",
        "org_name": "Ministère de l'Industrie et du Commerce"}]
    assert (plan["status"], plan["status_on"], plan["amended_by"]) == (
        "in-force", "2024-01", ["avenant-2024"])
    avenant = run.json("show", "avenant-2024", "--format", "json", data=base)
    assert avenant["amends"] == "plan-2022"
    assert avenant["event"] == {
        "id": "gitex-africa-2025", "name": "GITEX Africa 2025", "place": "Marrakech",
        "region": "Marrakech-Safi", "region_derived": None, "start": "2025-04-14",
        "end": "2025-04-16",
        "total": {"amount": 1135000000, "currency": "MAD"}}


def test_show_text_has_every_schema_2_fact(run, base) -> None:
    lines = [line.rstrip() for line in run("show", "avenant-2024", data=base).stdout.split("\n")]
    assert "signed_on  2024-03? (uncertain)" in lines
    assert ("event      GITEX Africa 2025 (Marrakech, Marrakech-Safi; 2025-04-14/2025-04-16; "
            "1\u202f135\u202f000\u202f000 MAD in all) [gitex-africa-2025]") in lines
    assert "amends     plan-2022" in lines
    assert ("signed by  Ryad Mezzour [ryad-mezzour], for Ministère de l'Industrie et du "
            "Commerce [mic]") in lines
    plan = [line.rstrip() for line in run("show", "plan-2022", data=base).stdout.split("\n")]
    assert "status      in-force (reported 2024-01)" in plan
    assert "amended by  avenant-2024" in plan
    loan = run("show", "pret-bm", data=base).stdout
    assert "funding    150\u202f000\u202f000 EUR" in loan
    assert "signed_on  2014-12/2016-12 (between 2014-12 and 2016-12)" in loan


@pytest.mark.parametrize(("args", "expected"), [
    (["--person", "mezzour"], ["avenant-2024", "plan-2022"]),
    (["--person", "ryad-mezzour"], ["avenant-2024", "plan-2022"]),
    (["--person", "fettah"], ["pret-bm"]),
    (["--person", "mezz"], ["avenant-2024", "plan-2022"]),
    (["--person", "ezzour"], []),
    (["--event", "gitex"], ["avenant-2024"]),
    (["--event", "gitex-africa-2025"], ["avenant-2024"]),
    (["--status", "in-force"], ["plan-2022"]),
    (["--status", "in-force", "--status", "completed"], ["plan-2022"]),
    (["--year", "2015"], ["pret-bm"]),           # 2014-12/2016-12 overlaps 2015
    (["--year", "2016"], ["pret-bm"]),
    (["--year", "2017"], []),
    (["--from", "2016", "--to", "2023"], ["plan-2022", "pret-bm"]),
    (["--to", "2014"], ["pret-bm"]),
    (["--from", "2024"], ["avenant-2024"]),
])
def test_schema_2_filters(run, base, args, expected) -> None:
    assert sorted(ids(run, base, *args)) == sorted(expected)


def test_stats_by_event_give_the_total_reported_for_the_event(run, base, tmp_path) -> None:
    """GITEX's money is reported for the whole fair, none for its agreement: the group
    shows that total, named as the event's, never as a sum of its agreements."""
    rows = run.json("stats", "--by", "event", "--format", "json", data=base)
    assert rows[1] == {"group": "GITEX Africa 2025", "count": 1, "amount_mad": None,
                       "jobs_direct": None, "other_amounts": [],
                       "event_total": [{"amount": 1135000000, "currency": "MAD"}]}
    assert rows[0]["group"] is None and rows[0]["event_total"] == []
    csv = run("stats", "--by", "event", "--format", "csv", data=base).stdout.splitlines()
    assert csv[0].endswith(",other_amounts,event_total")
    assert csv[2] == '"GITEX Africa 2025",1,,,,"1135000000 MAD"'
    from test_output_terminal import at_terminal, screen_lines

    path = tmp_path / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    for columns in (80, 120):
        code, out, err = at_terminal(tmp_path, "--data", str(path), "stats", "--by", "event",
                                     columns=columns)
        lines = screen_lines(out)
        assert code == 0, err
        assert "event total" in lines[0], lines
        gitex = next(line for line in lines if line.startswith("GITEX"))
        # every digit, or in millions where the width is short (as every stats sum)
        assert re.search("  1\u202f135(\u202f000\u202f000| M) MAD", gitex), lines


def test_two_events_of_one_name_are_two_groups(run, write_yaml) -> None:
    """A forum named alike two years running: each event its own group, named with its id,
    their agreements and totals never added under one name."""
    text = BASE.replace("""    total: {amount: 1135000000, currency: MAD}
""", """    total: {amount: 1135000000, currency: MAD}
  - id: gitex-africa-2024
    name: GITEX Africa 2025
    start: 2024-04-14
    total: {amount: 7, currency: MAD}
""").replace("""  - id: avenant-2024
""", """    event: gitex-africa-2024
  - id: avenant-2024
""")
    rows = run.json("stats", "--by", "event", "--format", "json", data=write_yaml(text))
    assert [(r["group"], r["count"], r["amount_mad"], r["event_total"]) for r in rows] == [
        ("GITEX Africa 2025 [gitex-africa-2024]", 1, 250000000,
         [{"amount": 7, "currency": "MAD"}]),
        ("GITEX Africa 2025 [gitex-africa-2025]", 1, None,
         [{"amount": 1135000000, "currency": "MAD"}]),
        (None, 1, None, [])]


def test_a_date_sorts_by_the_first_day_it_covers(run, base) -> None:
    assert ids(run, base) == ["avenant-2024", "plan-2022", "pret-bm"]
    assert ids(run, base, "--sort", "signed_on", "--order", "asc") == [
        "pret-bm", "plan-2022", "avenant-2024"]


def test_stats_never_add_other_currencies_to_mad(run, base) -> None:
    rows = run.json("stats", "--by", "person", "--format", "json", data=base)
    assert rows == [
        {"group": "Ryad Mezzour", "count": 2, "amount_mad": 250000000, "jobs_direct": None,
         "other_amounts": []},
        {"group": "Nadia Fettah", "count": 1, "amount_mad": None, "jobs_direct": None,
         "other_amounts": [{"amount": 150000000, "currency": "EUR"}]},
    ]
    by_event = run.json("stats", "--by", "event", "--format", "json", data=base)
    assert [(r["group"], r["count"]) for r in by_event] == [(None, 2),
                                                           ("GITEX Africa 2025", 1)]
    by_status = run.json("stats", "--by", "status", "--format", "json", data=base)
    assert "event_total" not in by_status[0]  # an event's total: --by event only
    assert [(r["group"], r["count"]) for r in by_status] == [(None, 2), ("in-force", 1)]


def test_people_and_person(run, base) -> None:
    assert run.json("people", "--format", "json", data=base) == [
        {"id": "ryad-mezzour", "name": "Ryad Mezzour", "aliases": ["Mezzour"],
         "agreements": 2},
        {"id": "nadia-fettah", "name": "Nadia Fettah", "aliases": [], "agreements": 1}]
    person = run.json("person", "ryad-mezzour", "--format", "json", data=base)
    assert [(a["id"], a["signed_for"], a["as_title"]) for a in person["agreements"]] == [
        ("avenant-2024", "mic", None),
        ("plan-2022", "mic", "Ministre de l'Industrie et du Commerce")]
    # another spelling of one person, whole, is that person; a word of a name alone asks
    assert run.json("person", "mezzour", "--format", "json", data=base) == person
    missing = run("person", "ryad", data=base)
    assert missing.exit_code == 1
    assert missing.stderr == ("conv: error: no person 'ryad'; did you mean ryad-mezzour "
                              "(Ryad Mezzour)? (conv people shows every id)\n")


def test_events_and_event(run, base) -> None:
    assert run.json("events", "--format", "json", data=base) == [
        {"id": "gitex-africa-2025", "name": "GITEX Africa 2025", "place": "Marrakech",
         "start": "2025-04-14", "end": "2025-04-16", "amount": 1135000000,
         "currency": "MAD", "agreements": 1}]
    event = run.json("event", "gitex-africa-2025", "--format", "json", data=base)
    assert [a["id"] for a in event["agreements"]] == ["avenant-2024"]
    assert run("event", "salon", data=base).exit_code == 1


def test_completion_of_people_and_event_ids(run, base) -> None:
    from conventions_cli.cli.app import app

    def complete(words: str, cword: int) -> list[str]:
        result = run.runner.invoke(app, [], prog_name="conv", env={
            "_CONV_COMPLETE": "complete_bash", "COMP_WORDS": words,
            "COMP_CWORD": str(cword), "CONV_DATA": str(base)})
        return result.stdout.split()

    assert complete("conv person r", 2) == ["ryad-mezzour"]
    assert complete("conv list --person n", 3) == ["nadia-fettah"]
    assert complete("conv event g", 2) == ["gitex-africa-2025"]
    assert complete("conv stats --event ", 3) == ["gitex-africa-2025"]


# --- export carries everything and round-trips ----------------------------------------------

def test_yaml_export_round_trips_a_schema_2_base(run, base, tmp_path) -> None:
    out = tmp_path / "back.yaml"
    assert run("export", "-o", str(out), data=base).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert next(line for line in lines if not line.startswith("#")) == "schema: 2"
    assert run("validate", data=out).exit_code == 0
    for args in (["export", "--format", "json", "--full"], ["people", "--format", "json"],
                 ["events", "--format", "json"]):
        assert run.json(*args, data=out) == run.json(*args, data=base), args


def test_filtered_yaml_export_keeps_what_it_names(run, base, tmp_path) -> None:
    out = tmp_path / "part.yaml"
    result = run("export", "--event", "gitex", "-o", str(out), data=base)
    assert result.exit_code == 0
    assert "(plan-2022)" in result.stderr  # the amended agreement comes too
    assert run("validate", data=out).exit_code == 0
    assert [p["id"] for p in run.json("people", "--format", "json", data=out)] == [
        "ryad-mezzour"]
    assert [e["id"] for e in run.json("events", "--format", "json", data=out)] == [
        "gitex-africa-2025"]


def test_datapackage_has_people_events_and_signatories(run, base, tmp_path) -> None:
    frictionless = pytest.importorskip("frictionless")
    folder = tmp_path / "pkg"
    assert run("export", "-o", str(folder), data=base).exit_code == 0
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    names = [r["name"] for r in json.loads((folder / "datapackage.json").read_text())[
        "resources"]]
    assert {"people", "events", "signatories"} <= set(names)
    assert (folder / "signatories.csv").read_text(encoding="utf-8").splitlines()[0] == (
        "agreement_id,position,person_id,org_id,title,selected")


# --- migration ----------------------------------------------------------------------------

SCHEMA_1 = """\
schema: 1   # the format's version
# Who signs.
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}

agreements:
  # The GITEX protocols.
  - id: a
    title: A
    type: protocole-accord
    event: GITEX Africa 2025   # as the communiqué names it
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2025-04-16}]
  - id: b
    title: B
    type: other
    event: "Salon: l'Industrie"
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2025}]
  - id: c
    title: C
    type: other
    event: GITEX Africa 2025
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2025}]
"""

MIGRATED = """\
schema: 2   # the format's version
events:
  - id: gitex-africa-2025
    name: GITEX Africa 2025
  - id: salon-l-industrie
    name: "Salon: l'Industrie"

# Who signs.
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}

agreements:
  # The GITEX protocols.
  - id: a
    title: A
    type: protocole-accord
    event: gitex-africa-2025   # as the communiqué names it
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2025-04-16}]
  - id: b
    title: B
    type: other
    event: salon-l-industrie
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2025}]
  - id: c
    title: C
    type: other
    event: gitex-africa-2025
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2025}]
"""


def test_migrate_rewrites_in_place_keeping_comments_and_rows(run, write_yaml) -> None:
    path = write_yaml(SCHEMA_1)
    before = run.json("list", "--format", "json", data=path)
    path.chmod(0o640)
    result = run("migrate", str(path))
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"conv: {path} is now schema 2; events made from the "
                             "agreements' event names: gitex-africa-2025, salon-l-industrie\n")
    assert path.read_text(encoding="utf-8") == MIGRATED
    assert path.stat().st_mode & 0o777 == 0o640
    assert run.json("list", "--format", "json", data=path) == before
    # no temporary file left, only the lock file conv keeps beside what it edits
    assert sorted(p.name for p in path.parent.iterdir()) == [f".{path.name}.lock", path.name]
    again = run("migrate", str(path))
    assert (again.exit_code, again.stderr) == (
        0, f"conv: {path} is schema 2 already; nothing to do\n")
    assert path.read_text(encoding="utf-8") == MIGRATED


def test_migrate_refuses_a_file_with_problems_and_changes_nothing(run, write_yaml) -> None:
    broken = SCHEMA_1.replace("type: other\n    event: \"Salon",
                              "type: bogus\n    event: \"Salon")
    path = write_yaml(broken)
    result = run("migrate", str(path))
    assert result.exit_code == 1
    assert "type 'bogus' is not one of" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("conv: error: ")
    assert path.read_text(encoding="utf-8") == broken


def test_migrate_keeps_a_byte_order_mark_and_needs_no_events(run, tmp_path) -> None:
    path = tmp_path / "kb.yaml"
    text = SCHEMA_1.replace("    event: GITEX Africa 2025   # as the communiqué names it\n", "")
    text = text.replace("    event: \"Salon: l'Industrie\"\n", "").replace(
        "    event: GITEX Africa 2025\n", "")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert run("migrate", str(path)).exit_code == 0
    assert path.read_bytes() == b"\xef\xbb\xbf" + text.replace("schema: 1", "schema: 2").encode()


def test_the_bundled_base_migrates_to_the_same_rows(run, tmp_path) -> None:
    """A real file: the seed base as it was written in schema 1 still migrates."""

    text = run("export", "-f", "yaml").stdout  # the bundled folder as one file
    assert "\nschema: 2\n" in text
    path = tmp_path / "kb.yaml"
    path.write_text(text, encoding="utf-8")
    assert run("migrate", str(path)).stderr.endswith("is schema 2 already; nothing to do\n")


def test_migrate_writes_the_events_with_the_file_s_own_line_ends(run, tmp_path) -> None:
    path = tmp_path / "kb.yaml"
    path.write_bytes(SCHEMA_1.replace("\n", "\r\n").encode())
    assert run("migrate", str(path)).exit_code == 0
    assert path.read_bytes() == MIGRATED.replace("\n", "\r\n").encode()


@pytest.mark.parametrize(("first", "second", "same"), [
    ("GITEX Africa 2025", "Gitex Africa 2025", True),
    ('"Salon: édition spéciale #2"', '"Salon : edition  speciale #2"', True),
    ("GITEX Africa 2025", "GITEX Africa 2024", False),
])
def test_migrate_makes_one_event_of_two_spellings_of_its_name(run, write_yaml, first, second,
                                                              same) -> None:
    """Two spellings of one event's name on one day became gitex-africa-2025 and
    gitex-africa-2025-2, and stats --by event counted them apart."""
    head, middle, tail = SCHEMA_1.split("event: GITEX Africa 2025")
    path = write_yaml(f"{head}event: {first}{middle}event: {second}{tail}")
    assert run("migrate", str(path)).exit_code == 0
    rows = run.json("sql", "select id, name from events", "--format", "json", data=path)
    assert len(rows) == (2 if same else 3)
    assert rows[0]["name"] == first.strip('"')  # the first spelling names it
