"""`conv list` (filters, sorting, formats) and `conv show` on small knowledge bases."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI

HEADER = ("id\ttitle\ttype\tsigned_on\tplace\tregion\tministries\tpartners\tamount\tcurrency\t"
          "period_start\tperiod_end\tjobs_direct\tjobs_by\tsectors\tfollows\tsources\t"
          "status\tevent\tpeople\tregion_derived\tstatus_on\tdate_start\tdate_end\t"
          "public_parties\tplace_derived\tamends")

# Organizations whose id, name, acronym and alias are all different words.
NAMES = """\
schema: 1
organizations:
  - {id: ind, name: "Ministère de l'Industrie", acronym: MICX, kind: ministry,
     aliases: ["Ministère du Commerce et de l'Économie verte"]}
  - {id: dig, name: Ministère de la Transition digitale, kind: ministry}
  - {id: fed, name: Fédération Chimie, acronym: FCHX, kind: federation}
agreements:
  - id: one
    title: Un
    type: accord
    signed_on: 2020-01-01
    place: Salé
    region: Rabat-Salé-Kénitra
    parties: [{org: ind, role: signatory}, {org: fed, role: partner}]
    sources: [{publisher: P, published_on: 2020-01-02}]
  - id: two
    title: Deux
    type: accord
    signed_on: 2021
    place: Fès
    region: Fès-Meknès
    parties: [{org: dig, role: signatory}]
    sources: [{publisher: P, published_on: 2021-01-02}]
"""


def ids(run, data: Path, *args: str) -> list[str]:
    return [r["id"] for r in run.json("list", "--format", "json", *args, data=data)]


@pytest.fixture
def names(write_yaml: Callable[..., Path]) -> Path:
    return write_yaml(NAMES, "names.yaml")


# --- filters ------------------------------------------------------------------------------

def test_default_order_is_newest_first(run, mini: Path) -> None:
    assert ids(run, mini) == ["acme-2025", "plan-2022", "plan-2013"]


@pytest.mark.parametrize(("value", "expected"), [
    ("ind", ["one"]),                                  # id
    ("Ministère de l'Industrie", ["one"]),             # name
    ("micx", ["one"]),                                 # acronym, any case
    ("économie verte", ["one"]),                       # alias
    ("ECONOMIE VERTE", ["one"]),                       # alias, no accents, upper case
    ("transition digitale", ["two"]),
    ("ministere", ["two", "one"]),
    ("fchx", []),                                      # a federation is not a ministry
    ("nobody", []),
])
def test_ministry_matches_id_name_acronym_alias(run, names: Path, value: str,
                                                expected: list[str]) -> None:
    assert ids(run, names, "--ministry", value) == expected


def test_ministry_accent_free_numerique_finds_numerique(run, mini: Path) -> None:
    assert ids(run, mini, "--ministry", "transition numerique") == ["acme-2025"]
    assert ids(run, mini, "--ministry", "numerique") == ["acme-2025", "plan-2022", "plan-2013"]
    assert ids(run, mini, "--ministry", "MIC") == ["plan-2022", "plan-2013"]


@pytest.mark.parametrize(("value", "expected"), [
    ("fed", ["one"]), ("FCHX", ["one"]), ("federation chimie", ["one"]),
    ("industrie", []),                                 # a ministry is not a partner
])
def test_partner_matches_non_ministries(run, names: Path, value: str,
                                        expected: list[str]) -> None:
    assert ids(run, names, "--partner", value) == expected


def test_partner_on_mini(run, mini: Path) -> None:
    assert ids(run, mini, "--partner", "acme maroc") == ["acme-2025"]
    assert ids(run, mini, "--partner", "fcp") == ["plan-2022"]


def test_type(run, mini: Path) -> None:
    assert ids(run, mini, "--type", "protocole-accord") == ["acme-2025"]
    assert ids(run, mini, "--type", "avenant") == []


def test_bad_type_is_a_usage_error(run, mini: Path) -> None:
    result = run("list", "--type", "treaty", data=mini)
    assert result.exit_code == 2
    assert "treaty" in result.stderr
    assert result.stdout == ""


def test_year_from_to(run, mini: Path) -> None:
    assert ids(run, mini, "--year", "2013") == ["plan-2013"]
    assert ids(run, mini, "--year", "2014") == []
    assert ids(run, mini, "--from", "2022") == ["acme-2025", "plan-2022"]
    assert ids(run, mini, "--to", "2022") == ["plan-2022", "plan-2013"]
    assert ids(run, mini, "--from", "2014", "--to", "2024") == ["plan-2022"]


def test_year_of_a_year_only_date(run, names: Path) -> None:
    assert ids(run, names, "--year", "2021") == ["two"]


def test_place_matches_the_city_and_region_the_region_without_accents(
        run, mini: Path, names: Path) -> None:
    assert ids(run, mini, "--place", "casablanca") == ["plan-2022"]
    assert ids(run, mini, "--region", "MARRAKECH-SAFI") == ["acme-2025"]
    assert ids(run, mini, "--place", "MARRAKECH-SAFI") == []
    assert ids(run, names, "--place", "sale") == ["one"]
    assert ids(run, names, "--region", "kenitra") == ["one"]
    assert ids(run, names, "--place", "kenitra") == []
    assert ids(run, names, "--place", "fes") == ["two"]
    assert ids(run, names, "--region", "meknes") == ["two"]


def test_sector_without_accents(run, mini: Path) -> None:
    assert ids(run, mini, "--sector", "qualite") == ["plan-2022"]
    assert ids(run, mini, "--sector", "NUMÉRIQUE") == ["acme-2025"]
    assert ids(run, mini, "--sector", "tourisme") == []


def test_filters_combine_with_and(run, mini: Path) -> None:
    assert ids(run, mini, "--ministry", "mic", "--from", "2020") == ["plan-2022"]
    assert ids(run, mini, "--ministry", "mic", "--type", "other") == ["plan-2013"]
    assert ids(run, mini, "--ministry", "mic", "--place", "marrakech") == []
    assert ids(run, mini, "--ministry", "numerique", "--partner", "acme",
               "--sector", "numerique", "--year", "2025") == ["acme-2025"]


def test_filter_values_are_not_sql(run, mini: Path) -> None:
    assert ids(run, mini, "--ministry", "') OR 1=1 --") == []
    assert ids(run, mini, "--place", "%") == []


# --- sorting and limits -------------------------------------------------------------------

def test_sort_and_order(run, mini: Path) -> None:
    assert ids(run, mini, "--sort", "amount") == ["plan-2013", "plan-2022", "acme-2025"]
    assert ids(run, mini, "--sort", "amount", "--order", "asc") == [
        "plan-2022", "plan-2013", "acme-2025"]
    assert ids(run, mini, "--sort", "id") == ["acme-2025", "plan-2013", "plan-2022"]
    assert ids(run, mini, "--sort", "id", "--order", "desc") == [
        "plan-2022", "plan-2013", "acme-2025"]
    assert ids(run, mini, "--sort", "signed_on", "--order", "asc") == [
        "plan-2013", "plan-2022", "acme-2025"]
    assert ids(run, mini, "--sort", "title") == ["plan-2013", "plan-2022", "acme-2025"]


def test_bad_sort_field_lists_the_fields(run, mini: Path) -> None:
    result = run("list", "--sort", "bogus", data=mini)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "conv: error: cannot sort by 'bogus'; choose one of: id, title, type, signed_on, "
        "place, region, ministries, partners, amount, currency, period_start, period_end, "
        "jobs_direct, jobs_by, sectors, follows, sources, status, event, people, "
        "region_derived, status_on, date_start, date_end, public_parties, place_derived, "
        "amends\n")


def test_bad_order_is_a_usage_error(run, mini: Path) -> None:
    result = run("list", "--order", "up", data=mini)
    assert result.exit_code == 2
    assert "--order" in result.stderr and "'up'" in result.stderr
    assert "Traceback" not in result.stderr


def test_limit(run, mini: Path) -> None:
    assert ids(run, mini, "--limit", "1") == ["acme-2025"]
    assert ids(run, mini, "--limit", "2", "--sort", "id") == ["acme-2025", "plan-2013"]
    assert ids(run, mini, "--limit", "0") == []


def test_empty_result_is_success(run, mini: Path) -> None:
    result = run("list", "--ministry", "nobody", data=mini)
    assert result.exit_code == 0
    assert result.stdout == HEADER + "\n"
    result = run("list", "--ministry", "nobody", "--format", "json", data=mini)
    assert (result.exit_code, result.stdout) == (0, "[]\n")


# --- formats ------------------------------------------------------------------------------

MIC_ROWS = [
    {"id": "plan-2022", "title": "Plan qualité 2022-2025", "type": "convention-cadre",
     "signed_on": "2022-06-07", "place": "Casablanca", "region": "Casablanca-Settat",
     "ministries": ["Ministère de l'Industrie et du Commerce"],
     "partners": ["Fédération de la Chimie"], "amount": 250000000, "currency": "MAD",
     "period_start": 2022, "period_end": 2025, "jobs_direct": None, "jobs_by": None,
     "sectors": ["industrie", "qualité"], "follows": "plan-2013", "sources": 2,
     "status": None, "event": None, "people": [], "region_derived": None, "status_on": None,
     "date_start": "2022-06-07", "date_end": "2022-06-07", "public_parties": [],
     "place_derived": None, "amends": None},
    {"id": "plan-2013", "title": "Plan 2014-2020", "type": "other", "signed_on": "2013-02",
     "place": None, "region": None, "ministries": ["Ministère de l'Industrie et du Commerce"],
     "partners": [], "amount": 290000000, "currency": "MAD", "period_start": 2014,
     "period_end": 2020, "jobs_direct": None, "jobs_by": None, "sectors": [],
     "follows": None, "sources": 1, "status": None, "event": None, "people": [],
     "region_derived": None, "status_on": None, "date_start": "2013-02-01",
     "date_end": "2013-02-28", "public_parties": [], "place_derived": None,
     "amends": None},
]
MIC_TSV = (
    HEADER + "\n"
    "plan-2022\tPlan qualité 2022-2025\tconvention-cadre\t2022-06-07\tCasablanca\t"
    "Casablanca-Settat\tMinistère de l'Industrie et du Commerce\tFédération de la Chimie\t"
    "250000000\tMAD\t2022\t2025\t\t\tindustrie; qualité\tplan-2013\t2\t\t\t\t\t\t"
    "2022-06-07\t2022-06-07\t\t\t\n"
    "plan-2013\tPlan 2014-2020\tother\t2013-02\t\t\tMinistère de l'Industrie et du Commerce\t"
    "\t290000000\tMAD\t2014\t2020\t\t\t\t\t1\t\t\t\t\t\t2013-02-01\t2013-02-28\t\t\t\n"
)


def test_json_is_the_exact_flat_rows(run, mini: Path) -> None:
    assert run.json("list", "--ministry", "mic", "--format", "json", data=mini) == MIC_ROWS


def test_jsonl_is_one_flat_row_a_line(run, mini: Path) -> None:
    result = run("list", "--ministry", "mic", "--format", "jsonl", data=mini)
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == MIC_ROWS


def test_tsv_exact(run, mini: Path) -> None:
    result = run("list", "--ministry", "mic", "--format", "tsv", data=mini)
    assert result.exit_code == 0
    assert result.stdout == MIC_TSV


def test_piped_default_is_tsv(run, mini: Path) -> None:
    result = run("list", "--ministry", "mic", data=mini)
    assert result.stdout == MIC_TSV
    assert "\x1b[" not in result.stdout


def test_tsv_header_is_the_flat_row(run, mini: Path) -> None:
    first = run("list", data=mini).stdout.splitlines()[0]
    assert first.split("\t") == [
        "id", "title", "type", "signed_on", "place", "region", "ministries", "partners",
        "amount", "currency", "period_start", "period_end", "jobs_direct", "jobs_by",
        "sectors", "follows", "sources", "status", "event", "people", "region_derived",
        "status_on", "date_start", "date_end", "public_parties", "place_derived", "amends"]


def test_csv_parses_back(run, mini: Path) -> None:
    result = run("list", "--ministry", "mic", "--format", "csv", data=mini)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    expected = [{k: ("; ".join(v) if isinstance(v, list) else "" if v is None else str(v))
                 for k, v in row.items()} for row in MIC_ROWS]
    assert rows == expected
    assert rows[0]["amount"] == "250000000"
    assert rows[0]["sectors"] == "industrie; qualité"


def test_markdown(run, mini: Path) -> None:
    result = run("list", "--ministry", "mic", "--sort", "id", "--format", "md", data=mini)
    lines = result.stdout.splitlines()
    assert lines[0] == "| " + " | ".join(HEADER.split("\t")) + " |"
    assert lines[1] == "|" + "|".join(["---"] * 27) + "|"
    assert lines[2] == (
        "| plan-2013 | Plan 2014-2020 | other | 2013-02 |  |  | Ministère de l'Industrie et "
        "du Commerce |  | 290000000 | MAD | 2014 | 2020 |  |  |  |  | 1 |  |  |  |  |  | "
        "2013-02-01 | 2013-02-28 |  |  |  |")
    assert len(lines) == 4


MARKUP = ("<b>gras</b> <script>alert(1)</script> *appuyé* `code` [lien](http://x.ma) "
          "~~barré~~ &amp; __fort__ a\\|b")


def test_markdown_shows_a_title_as_written_never_as_markup(run, write_yaml) -> None:
    """Rendered, a title with HTML or Markdown in it ran as markup: bold, a script, a link."""
    from html import unescape

    from markdown_it import MarkdownIt

    base = write_yaml(MINI.replace("title: Plan 2014-2020", f"title: '{MARKUP}'"))
    table = run("list", "--format", "md", "--sort", "id", data=base).stdout
    html = MarkdownIt("commonmark").enable("table").render(table)
    assert "<td>" in html
    for tag in ("<b>", "<script>", "<em>", "<strong>", "<code>", "<a ", "<s>", "<del>"):
        assert tag not in html, tag
    cells = [unescape(c.split("</td>")[0]) for c in html.split("<td>")[1:]]
    assert MARKUP in cells


# --- show ---------------------------------------------------------------------------------

def test_show_text_has_every_fact(run, mini: Path) -> None:
    result = run("show", "plan-2022", data=mini)
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0] == "plan-2022  Plan qualité 2022-2025"
    for expected in [
        "type       convention-cadre",
        "signed_on  2022-06-07",
        "place      Casablanca, Casablanca-Settat",
        "funding    250\u202f000\u202f000 MAD",
        "period     2022/2025",  # one style for every range: START/END
        "sectors    industrie, qualité",
        "follows    plan-2013",
        "parties    signatory: Ministère de l'Industrie et du Commerce (MIC) [mic]",
        "           partner: Fédération de la Chimie (FCP) [fcp]",
        "summary    Un plan pour l'écosystème qualité.",
        "sources    1. Le Desk, 2022-06-07 — Un titre",
        "           2. Maroc-Actu, 2022-06-08",
    ]:
        assert expected in lines
    assert result.stderr == ""


def test_show_followed_by_the_other_way(run, mini: Path) -> None:
    lines = [line.rstrip() for line in run("show", "plan-2013", data=mini).stdout.splitlines()]
    assert "followed by  plan-2022" in lines
    assert not any(line.startswith("follows ") for line in lines)


def test_show_jobs_and_event(run, mini: Path) -> None:
    lines = [line.rstrip() for line in run("show", "acme-2025", data=mini).stdout.splitlines()]
    assert "jobs       150 direct by 2029" in lines
    assert "event      GITEX Africa 2025" in lines
    assert "           partner: Acme Maroc [acme]" in lines


def test_show_json_is_the_full_nested_record(run, mini: Path) -> None:
    assert run.json("show", "plan-2022", "--format", "json", data=mini) == {
        "id": "plan-2022",
        "title": "Plan qualité 2022-2025",
        "type": "convention-cadre",
        "signed_on": "2022-06-07",
        "place": "Casablanca",
        "region": "Casablanca-Settat",
        "place_derived": None,
        "region_derived": None,
        "parties": [
            {"org": "mic", "role": "signatory", "name": "Ministère de l'Industrie et du Commerce",
             "acronym": "MIC", "kind": "ministry", "country": None},
            {"org": "fcp", "role": "partner", "name": "Fédération de la Chimie",
             "acronym": "FCP", "kind": "federation", "country": None},
        ],
        "funding": {"amount": 250000000, "currency": "MAD"},
        "period": {"start": 2022, "end": 2025},
        "jobs": None,
        "sectors": ["industrie", "qualité"],
        "status": None,
        "status_on": None,
        "event": None,
        "signatories": [],
        "follows": "plan-2013",
        "followed_by": [],
        "amends": None,
        "amended_by": [],
        "summary": "Un plan pour l'écosystème qualité.",
        "sources": [
            {"publisher": "Le Desk", "published_on": "2022-06-07", "title": "Un titre",
             "url": None},
            {"publisher": "Maroc-Actu", "published_on": "2022-06-08", "title": None,
             "url": None},
        ],
    }


def test_show_json_followed_by_and_country(run, mini: Path) -> None:
    assert run.json("show", "plan-2013", "--format", "json", data=mini)["followed_by"] == [
        "plan-2022"]
    record = run.json("show", "acme-2025", "--format", "json", data=mini)
    assert record["parties"][1] == {"org": "acme", "role": "partner", "name": "Acme Maroc",
                                    "acronym": None, "kind": "company", "country": "NO"}
    assert record["jobs"] == {"direct": 150, "by": 2029}
    assert (record["funding"], record["period"]) == (None, None)


def test_show_unknown_id_suggests_nearest(run, mini: Path) -> None:
    result = run("show", "plan-2023", data=mini)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("conv: error: no agreement 'plan-2023'; nearest: ")
    nearest = result.stderr.split("nearest: ")[1].split(" (")[0].split(", ")
    assert nearest[:2] == ["plan-2022", "plan-2013"]
    assert result.stderr.endswith("(conv list shows every id)\n")


def test_show_unknown_id_without_near_ids(run, mini: Path) -> None:
    result = run("show", "zzz", data=mini)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "conv: error: no agreement 'zzz' (conv list shows every id)\n"


@pytest.mark.parametrize("typed", ["PLAN-2022", "Plan-2022", " plan-2022 "])
def test_show_takes_an_id_typed_in_capitals(run, mini: Path, typed: str) -> None:
    """Ids are lowercase slugs and --follows reads them in any case: show and compare
    take PLAN-2022 as plan-2022 (and show it as stored)."""
    assert run.json("show", typed, "--format", "json", data=mini)["id"] == "plan-2022"
    result = run("compare", typed, "PLAN-2013", "--format", "tsv", data=mini)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "field\tplan-2022\tplan-2013\tdiffers"
