"""search, compare, stats, orgs/org and sql: exact outputs, exit codes 0/1/2."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINI

RANKED = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
  - {id: mef, name: "Ministère de l'Économie et des Finances", kind: ministry}
agreements:
  - id: weak
    title: Programme régional d'appui aux entreprises exportatrices du nord
    type: accord
    signed_on: 2024-05-01
    parties: [{org: mic, role: signatory}]
    summary: >-
      Un long accord sur l'export, la logistique, la formation, les zones franches,
      les ports, les douanes et, en passant, la qualité.
    sources: [{publisher: X, published_on: 2024-05-01}]
  - id: strong
    title: Qualité qualité
    type: accord
    signed_on: 2019-03-04
    parties: [{org: mic, role: signatory}, {org: mef, role: funder}]
    funding: {amount: 1000, currency: MAD}
    jobs: {direct: 10}
    sectors: [qualité]  # listed twice is a problem validate names (test_checks.py)
    summary: Qualité.
    sources: [{publisher: X, published_on: 2019-03-04}]
  - id: other
    title: Rien à voir
    type: avenant
    signed_on: 2020
    parties: [{org: mef, role: signatory}]
    sources: [{publisher: X, published_on: 2020-01-01}]
"""


@pytest.fixture
def ranked(write_yaml) -> Path:
    return write_yaml(RANKED, "ranked.yaml")


def ids(run, *args, data=None) -> list[str]:
    return [row["id"] for row in run.json(*args, "--format", "json", data=data)]


# --- search ---------------------------------------------------------------------------

def test_search_without_accents_finds_accented_words(run, mini):
    assert ids(run, "search", "qualite", data=mini) == ["plan-2022"]
    assert ids(run, "search", "QUALITÉ", data=mini) == ["plan-2022"]


def test_search_economie_finds_capital_e_acute(run, ranked):
    # "Économie" only appears in a party's name: parties are indexed too.
    assert sorted(ids(run, "search", "economie", data=ranked)) == ["other", "strong"]


def test_search_ranks_best_match_first_then_limit_and_filters(run, ranked):
    assert ids(run, "search", "qualite", data=ranked) == ["strong", "weak"]
    assert ids(run, "search", "qualite", "--limit", "1", data=ranked) == ["strong"]
    assert ids(run, "search", "qualite", "--year", "2024", data=ranked) == ["weak"]
    assert ids(run, "search", "qualite", "--type", "avenant", data=ranked) == []


def test_search_json_rows_are_flat_rows(run, mini):
    rows = run.json("search", "acme", "--format", "json", data=mini)
    assert rows == [{
        "id": "acme-2025", "title": "Protocole avec Acme", "type": "protocole-accord",
        "signed_on": "2025-04-15", "place": "Marrakech", "region": "Marrakech-Safi",
        "ministries": ["Ministère de la Transition numérique"], "partners": ["Acme Maroc"],
        "amount": None, "currency": None, "period_start": None, "period_end": None,
        "jobs_direct": 150, "jobs_by": 2029, "sectors": ["numérique"], "follows": None,
        "sources": 1, "status": None, "event": "GITEX Africa 2025", "people": [],
        "region_derived": None, "status_on": None, "date_start": "2025-04-15",
        "date_end": "2025-04-15", "public_parties": [], "place_derived": None,
        "amends": None,
    }]


@pytest.mark.parametrize("query", ["'qualité\" (", '"', "(", "qualité*", "NOT", "a AND",
                                   "-x", "col:qualité", "^", "NEAR(a b)", "'"])
def test_search_punctuation_never_crashes(run, mini, query):
    result = run("search", "--format", "tsv", "--", query, data=mini)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("id\ttitle\t")


def test_search_punctuation_finds_the_words_inside(run, mini):
    assert ids(run, "search", "'qualité\" (", data=mini) == ["plan-2022"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12))
def test_search_any_text_is_clean(run, mini, query):
    result = run("search", "--format", "tsv", "--", query, data=mini)
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert result.stderr == "conv: error: give at least one word to search for\n"


def test_search_empty_query_is_a_usage_error(run, mini):
    result = run("search", "  ", data=mini)
    assert result.exit_code == 2
    assert result.stderr == "conv: error: give at least one word to search for\n"


def test_search_raw_passes_fts5_syntax(run, ranked, mini):
    assert ids(run, "search", "--raw", "qualit*", data=mini) == ["plan-2022"]
    assert ids(run, "search", "--raw", "qualite NOT exportatrices", data=ranked) == ["strong"]
    assert sorted(ids(run, "search", "--raw", "acme OR qualite", data=mini)) == [
        "acme-2025", "plan-2022"]


def test_search_raw_syntax_error_is_a_clean_exit_1(run, mini):
    result = run("search", "--raw", "qualite AND (", data=mini)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == ("conv: error: invalid search syntax (fts5: syntax error near "
                             '""); drop --raw to search the words literally\n')


def test_search_nothing_found_is_success(run, mini):
    result = run("search", "introuvable", "--format", "json", data=mini)
    assert (result.exit_code, result.stdout) == (0, "[]\n")


# --- compare (bundled data) -----------------------------------------------------------

# Compared on the small base written in conftest.py (the bundled one grows).
COMPARE_TSV = (
    "field\tplan-2022\tplan-2013\tdiffers\n"
    "title\tPlan qualité 2022-2025\tPlan 2014-2020\ttrue\n"
    "type\tconvention-cadre\tother\ttrue\n"
    "signed_on\t2022-06-07\t2013-02\ttrue\n"
    "place\tCasablanca\t\ttrue\n"
    "region\tCasablanca-Settat\t\ttrue\n"
    "parties\tsignatory: Ministère de l'Industrie et du Commerce\\n"
    "partner: Fédération de la Chimie\t"
    "signatory: Ministère de l'Industrie et du Commerce\ttrue\n"
    "signatories\t\t\tfalse\n"
    "amount\t250000000 MAD\t290000000 MAD\ttrue\n"
    "period\t2022/2025\t2014/2020\ttrue\n"
    "jobs\t\t\tfalse\n"
    "sectors\tindustrie, qualité\t\ttrue\n"
    "status\t\t\tfalse\n"
    "event\t\t\tfalse\n"
    "follows\tplan-2013\t\ttrue\n"
    "amends\t\t\tfalse\n"
    "sources\tLe Desk, 2022-06-07\\nMaroc-Actu, 2022-06-08\tMaroc-Actu, 2022-06-08\ttrue\n"
)

PLAN_2013 = {
    "id": "plan-2013", "title": "Plan 2014-2020", "type": "other", "signed_on": "2013-02",
    "place": None, "region": None, "place_derived": None, "region_derived": None,
    "parties": [{"org": "mic", "role": "signatory",
                 "name": "Ministère de l'Industrie et du Commerce", "acronym": "MIC",
                 "kind": "ministry", "country": None}],
    "funding": {"amount": 290000000, "currency": "MAD"},
    "period": {"start": 2014, "end": 2020}, "jobs": None, "sectors": [], "status": None,
    "status_on": None, "event": None, "signatories": [], "follows": None,
    "followed_by": ["plan-2022"], "amends": None, "amended_by": [], "summary": None,
    "sources": [{"publisher": "Maroc-Actu", "published_on": "2022-06-08", "title": None,
                 "url": None}],
}


def test_compare_tsv_exact(run, mini):
    result = run("compare", "plan-2022", "plan-2013", "--format", "tsv", data=mini)
    assert result.exit_code == 0, result.output
    assert result.stdout == COMPARE_TSV


def test_compare_json_is_the_show_records(run, mini):
    records = run.json("compare", "plan-2022", "plan-2013", "--format", "json", data=mini)
    assert records == [run.json("show", "plan-2022", "--format", "json", data=mini),
                       run.json("show", "plan-2013", "--format", "json", data=mini)]
    assert records[1] == PLAN_2013
    assert records[0]["follows"] == "plan-2013"
    assert [p["org"] for p in records[0]["parties"]] == ["mic", "fcp"]


def test_compare_table_marks_differing_fields(run, mini):
    result = run("compare", "plan-2022", "plan-2013", "--format", "table", data=mini)
    assert result.exit_code == 0, result.output
    marked = {line.split()[1] for line in result.stdout.splitlines()
              if line.strip().startswith("≠")}
    assert marked == {"title", "type", "signed_on", "place", "region", "parties", "amount",
                      "period", "sectors", "follows", "sources"}


def test_compare_needs_two_ids(run, mini):
    result = run("compare", "plan-2022", data=mini)
    assert result.exit_code == 2
    assert result.stderr == "conv: error: give at least two agreement ids to compare\n"
    assert run("compare", data=mini).exit_code == 2


@pytest.mark.parametrize("again", ["plan-2022", "PLAN-2022"])
def test_compare_refuses_an_agreement_with_itself(run, mini, again):
    """Also when the second is typed in capitals: ids are taken whatever their case."""
    result = run("compare", "plan-2022", "plan-2013", again, data=mini)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("conv: error: plan-2022 is given 2 times; compare it with "
                             "another agreement (conv show prints one alone)\n")


def test_compare_unknown_id_names_the_nearest(run, mini):
    result = run("compare", "plan-2022", "plan-201", data=mini)
    assert result.exit_code == 1
    assert result.stdout == ""
    # the one clearly nearest (what was typed begins it): the others are less alike
    assert result.stderr == ("conv: error: no agreement 'plan-201'; nearest: plan-2013 "
                             "(conv list shows every id)\n")


# --- stats ----------------------------------------------------------------------------

def test_stats_filters_apply_before_grouping(run, mini):
    assert run.json("stats", "--by", "year", "--ministry", "industrie", "--format", "json",
                    data=mini) == [stat(2013, 1, 290000000, None),
                                   stat(2022, 1, 250000000, None)]


def test_stats_by_year_is_in_year_order_with_unknown_last(run, write_yaml):
    data = write_yaml(MINI.replace("signed_on: 2013-02", "signed_on: 2026")
                      .replace("    signed_on: 2025-04-15\n", ""))
    groups = [r["group"] for r in run.json("stats", "--by", "year", "--format", "json",
                                           data=data)]
    assert groups == [2022, 2026, None]


@pytest.mark.parametrize("by", ["ministry", "partner", "person", "year", "type", "region",
                                "sector", "event", "status"])
def test_stats_groups_cover_every_agreement(run, mini, by):
    """No agreement is silently dropped: each is in a group (null when it has none)."""
    total = len(run.json("list", "--format", "json", data=mini))
    rows = run.json("stats", "--by", by, "--format", "json", data=mini)
    assert sum(r["count"] for r in rows) >= total
    if by in ("year", "type", "region", "event", "status"):  # one value per agreement
        assert sum(r["count"] for r in rows) == total


def stat(group, count, amount, jobs, other=()):
    return {"group": group, "count": count, "amount_mad": amount, "jobs_direct": jobs,
            "other_amounts": list(other)}


@pytest.mark.parametrize(("by", "expected"), [
    ("ministry", [stat("Ministère de l'Industrie et du Commerce", 2, 540000000, None),
                  stat("Ministère de la Transition numérique", 1, None, 150)]),
    ("partner", [stat("Acme Maroc", 1, None, 150),
                 stat("Fédération de la Chimie", 1, 250000000, None),
                 stat(None, 1, 290000000, None)]),
    ("year", [stat(2013, 1, 290000000, None), stat(2022, 1, 250000000, None),
              stat(2025, 1, None, 150)]),
    ("type", [stat("convention-cadre", 1, 250000000, None), stat("other", 1, 290000000, None),
              stat("protocole-accord", 1, None, 150)]),
    ("region", [stat("Casablanca-Settat", 1, 250000000, None),
                stat("Marrakech-Safi", 1, None, 150), stat(None, 1, 290000000, None)]),
    ("sector", [stat("industrie", 1, 250000000, None), stat("numérique", 1, None, 150),
                stat("qualité", 1, 250000000, None), stat(None, 1, 290000000, None)]),
])
def test_stats_by_each_grouping(run, mini, by, expected):
    assert run.json("stats", "--by", by, "--format", "json", data=mini) == expected


def test_stats_two_ministries_count_in_both_and_duplicates_count_once(run, ranked):
    assert run.json("stats", "--by", "ministry", "--format", "json", data=ranked) == [
        stat("Ministère de l'Économie et des Finances", 2, 1000, 10),  # É among the E
        stat("Ministère de l'Industrie", 2, 1000, 10),
    ]
    # 'strong' is in the sector qualité (a sector listed twice is refused by the checks,
    # and the sums are taken over distinct groups); the two agreements without a sector
    # are a group of their own.
    assert run.json("stats", "--by", "sector", "--format", "json", data=ranked) == [
        stat(None, 2, None, None), stat("qualité", 1, 1000, 10)]


def test_stats_filtered_to_nothing_is_success(run, mini):
    result = run("stats", "--year", "1999", "--format", "json", data=mini)
    assert (result.exit_code, result.stdout) == (0, "[]\n")


def test_stats_bad_grouping_is_a_usage_error(run, mini):
    assert run("stats", "--by", "colour", data=mini).exit_code == 2


def test_stats_table_has_grouped_amounts_and_bars(run, mini):
    result = run("stats", "--format", "table", data=mini)
    assert result.exit_code == 0, result.output
    assert "540\u202f000\u202f000 MAD" in result.stdout
    assert "█" * 20 in result.stdout


# --- orgs / org -----------------------------------------------------------------------

def org(id_, name, acronym, kind, country, agreements, aliases=()):
    return {"id": id_, "name": name, "acronym": acronym, "kind": kind, "country": country,
            "aliases": list(aliases), "agreements": agreements}


def test_orgs_json_exact(run, mini):
    assert run.json("orgs", "--format", "json", data=mini) == [
        org("mic", "Ministère de l'Industrie et du Commerce", "MIC", "ministry", None, 2,
            ["Ministère de l'Industrie, du Commerce et de l'Économie numérique"]),
        org("acme", "Acme Maroc", None, "company", "NO", 1),
        org("fcp", "Fédération de la Chimie", "FCP", "federation", None, 1),
        org("mtnra", "Ministère de la Transition numérique", None, "ministry", None, 1),
    ]


def test_orgs_kind(run, mini):
    assert [o["id"] for o in run.json("orgs", "--kind", "ministry", "--format", "json",
                                      data=mini)] == ["mic", "mtnra"]
    assert run.json("orgs", "--kind", "cluster", "--format", "json", data=mini) == []
    assert run("orgs", "--kind", "planet", data=mini).exit_code == 2


def test_org_json_exact(run, mini):
    assert run.json("org", "acme", "--format", "json", data=mini) == {
        "id": "acme", "name": "Acme Maroc", "acronym": None, "kind": "company",
        "country": "NO", "aliases": [],
        "agreements": [{
            "id": "acme-2025", "title": "Protocole avec Acme", "type": "protocole-accord",
            "signed_on": "2025-04-15", "place": "Marrakech", "region": "Marrakech-Safi",
            "ministries": ["Ministère de la Transition numérique"],
            "partners": ["Acme Maroc"], "amount": None, "currency": None,
            "period_start": None, "period_end": None, "jobs_direct": 150, "jobs_by": 2029,
            "sectors": ["numérique"], "follows": None, "sources": 1, "status": None,
            "event": "GITEX Africa 2025", "people": [], "region_derived": None,
            "status_on": None, "date_start": "2025-04-15", "date_end": "2025-04-15",
            "public_parties": [], "place_derived": None, "amends": None,
            "role": "partner"}],
    }
    mic = run.json("org", "mic", "--format", "json", data=mini)
    assert mic["aliases"] == ["Ministère de l'Industrie, du Commerce et de l'Économie numérique"]
    assert [(a["id"], a["role"]) for a in mic["agreements"]] == [("plan-2022", "signatory"),
                                                                 ("plan-2013", "signatory")]


def test_org_unknown_is_exit_1_with_nearest(run, mini):
    result = run("org", "mc", data=mini)
    assert result.exit_code == 1
    assert result.stderr == ("conv: error: no organization 'mc'; nearest: mic "
                             "(conv orgs shows every id)\n")


# --- sql ------------------------------------------------------------------------------

def test_sql_select_exact(run, mini):
    assert run.json("sql", "select count(*) as n from agreements", "--format", "json",
                    data=mini) == [{"n": 3}]
    result = run("sql", "select count(*) as n from agreements", data=mini)
    assert result.stdout == "n\n3\n"


def test_sql_param_binding(run, mini):
    assert run.json("sql", "select id, amount from agreements where id = :id",
                    "--param", "id=plan-2013", "--format", "json",
                    data=mini) == [{"id": "plan-2013", "amount": 290000000}]
    # A value is bound, never spliced: quotes and SQL stay text.
    assert run.json("sql", "select :v as v", "-p", "v=x' or 1=1; drop table t --",
                    "--format", "json", data=mini) == [{"v": "x' or 1=1; drop table t --"}]
    result = run("sql", "select :v", "--param", "v", data=mini)
    assert result.exit_code == 2
    assert result.stderr == "conv: error: --param takes NAME=VALUE, not 'v'\n"


READ_ONLY = ("conv: error: conv sql only reads; the statement would change or attach "
             "something (use SELECT)\n")


@pytest.mark.parametrize("statement", [
    "delete from agreements",
    "update agreements set title = 'x'",
    "insert into agreements (id) values ('x')",
    "drop table agreements",
    "attach database ':memory:' as other",
    "pragma query_only=0",
    "pragma writable_schema=1",
    "create table t (x)",
    "create temp table t (x)",
    "create index i on agreements (title)",
    "vacuum", "vacuum into 'copy.db'", "analyze", "reindex", "savepoint s",
])
def test_sql_refuses_writes_and_data_stays(run, mini, statement):
    result = run("sql", statement, data=mini)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == READ_ONLY
    assert run.json("sql", "select count(*) as n from agreements", "--format", "json",
                    data=mini) == [{"n": 3}]
    assert run.json("sql", "select title from agreements where id = 'plan-2013'",
                    "--format", "json", data=mini) == [{"title": "Plan 2014-2020"}]


@pytest.mark.parametrize(("fmt", "expected"), [
    ("json", '[\n  {\n    "b": {\n      "$base64": true,\n      "encoded": "Qf8="\n    },\n'
             '    "n": 1\n  }\n]\n'),
    ("jsonl", '{"b": {"$base64": true, "encoded": "Qf8="}, "n": 1}\n'),
    ("csv", "b,n\n\"X'41FF'\",1\n"),  # the runner reads CRLF as LF
    ("tsv", "b\tn\nX'41FF'\t1\n"),
    ("md", "| b | n |\n|---|---|\n| X'41FF' | 1 |\n"),
])
def test_sql_writes_a_blob_as_sql_or_sqlite_utils_would(run, mini, fmt, expected):
    """A BLOB (randomblob(), x'..', zeroblob()) is hex as SQL writes it, or base64 in JSON
    as sqlite-utils writes it: never Python's b'A', never a crash."""
    result = run("sql", "select x'41ff' as b, 1 as n", "--format", fmt, data=mini)
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", expected)


@pytest.mark.parametrize(("statement", "message"), [
    ("select zeroblob(2000000) as b", "conv: error: row 1, column 'b' holds a BLOB of "
     "2 000 000 bytes; conv sql writes BLOBs up to 1 MiB: select length(...) or "
     "hex(substr(..., 1, 1000)) instead\n"),
    ("select zeroblob(1000000000) as b", "conv: error: SQL error: string or blob too big "
     "(conv sql makes no value over 64 MiB); narrow the query, or select a part with "
     "substr()\n"),
])
def test_sql_refuses_a_huge_value_in_one_line(run, mini, statement, message):
    result = run("sql", statement, "--format", "json", data=mini)
    assert (result.exit_code, result.stderr) == (1, message)
    assert len(result.stdout) < 100


def test_sql_refuses_two_statements(run, mini):
    result = run("sql", "select 1; delete from agreements", data=mini)
    assert result.exit_code == 1
    assert result.stderr.startswith("conv: error: ")
    assert "one statement at a time" in result.stderr
    assert run.json("sql", "select count(*) as n from agreements", "--format", "json",
                    data=mini) == [{"n": 3}]


def test_sql_error_is_clean(run, mini):
    result = run("sql", "select * from nowhere", data=mini)
    assert result.exit_code == 1
    assert result.stderr == "conv: error: SQL error: no such table: nowhere\n"


@pytest.mark.parametrize("sql", ["select id, line from agreements",
                                 "select a.id, a.line from agreements a"])
def test_sql_says_where_an_agreements_line_is(run, mini, sql):
    result = run("sql", sql, data=mini)
    assert result.exit_code == 1
    assert result.stderr.startswith("conv: error: SQL error: no such column: ")
    assert result.stderr.endswith("; an agreement's line is in agreement_lines (join "
                                  "agreement_lines l on l.agreement_id = agreements.id)\n")
    joined = ("select a.id, l.line from agreements a join agreement_lines l "
              "on l.agreement_id = a.id order by l.line limit 1")
    assert run.json("sql", joined, "--format", "json", data=mini)[0]["line"] > 1


def test_sql_empty_result_is_success(run, mini):
    result = run("sql", "select id from agreements where 0", "--format", "json", data=mini)
    assert (result.exit_code, result.stdout) == (0, "[]\n")


# --- list output formats --------------------------------------------------------------

PIPE_YAML = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère A | B", kind: ministry}
agreements:
  - id: pipe-1
    title: "Titre | avec barre et \\\\ antislash"
    type: accord
    signed_on: 2024-01-02
    parties: [{org: mic, role: signatory}]
    funding: {amount: 1234567, currency: MAD}
    sectors: [a, b]
    sources: [{publisher: X, published_on: 2024-01-02}]
"""


def test_list_md_is_a_markdown_table_with_escaped_pipes(run, write_yaml):
    result = run("list", "--format", "md", data=write_yaml(PIPE_YAML))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("| id | title | type | signed_on | place | region | ministries | "
                        "partners | amount | currency | period_start | period_end | "
                        "jobs_direct | jobs_by | sectors | follows | sources | status | event | "
                        "people | region_derived | status_on | date_start | date_end | "
                        "public_parties | place_derived | amends |")
    assert lines[1] == "|" + "|".join(["---"] * 27) + "|"
    assert lines[2] == ("| pipe-1 | Titre \\| avec barre et \\\\ antislash | accord | "
                        "2024-01-02 |  |  | Ministère A \\| B |  | 1234567 | MAD |  |  |  |  "
                        "| a; b |  | 1 |  |  |  |  |  | 2024-01-02 | 2024-01-02 |  |  |  |")
    assert len(lines) == 3
    # Every row splits into exactly 26 cells on unescaped pipes.
    import re
    for line in lines:
        assert len(re.split(r"(?<!\\)\|", line)) == 29


def test_list_json_jsonl_csv_carry_the_same_row(run, write_yaml):
    data = write_yaml(PIPE_YAML)
    rows = run.json("list", "--format", "json", data=data)
    assert rows[0]["amount"] == 1234567
    assert rows[0]["sectors"] == ["a", "b"]
    jsonl = run("list", "--format", "jsonl", data=data).stdout
    assert [json.loads(line) for line in jsonl.splitlines()] == rows
    csv_out = run("list", "--format", "csv", data=data).stdout
    assert csv_out.splitlines()[1].startswith('"pipe-1","Titre | avec barre')


def test_list_bad_format_and_sort_are_usage_errors(run, mini):
    assert run("list", "--format", "xml", data=mini).exit_code == 2
    assert run("list", "--sort", "colour", data=mini).exit_code == 2
    assert run("list", "--order", "up", data=mini).exit_code == 2
    assert run("list", "--bogus", data=mini).exit_code == 2


def test_show_unknown_is_exit_1_and_empty_list_is_exit_0(run, mini):
    result = run("show", "plan-202", data=mini)
    assert result.exit_code == 1
    assert "nearest: plan-2022 (" in result.stderr
    result = run("list", "--year", "1999", "--format", "json", data=mini)
    assert (result.exit_code, result.stdout) == (0, "[]\n")


# --- search in French: accents, case and common endings optional (DESIGN §2) -------------

FRENCH = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère du Commerce", kind: ministry}
agreements:
  - id: emplois
    title: Trois mille emplois directs
    type: other
    parties: [{org: mic, role: signatory}]
    summary: Des conventions signées avec des opérateurs industriels.
    sources: [{publisher: X, published_on: 2024}]
  - id: autre
    title: Écosystème de la qualité
    type: other
    parties: [{org: mic, role: signatory}]
    summary: Une charte pour l'industrie automobile.
    sources: [{publisher: X, published_on: 2024}]
"""


@pytest.mark.parametrize(("query", "expected"), [
    ("emploi", ["emplois"]), ("emplois", ["emplois"]), ("EMPLOI", ["emplois"]),
    ("signee", ["emplois"]), ("signées", ["emplois"]), ("signé", ["emplois"]),
    ("industriel", ["emplois"]), ("industrielle", ["emplois"]),
    ("industrie", ["autre"]), ("l'industrie", ["autre"]), ("écosystèmes", ["autre"]),
    ("qualite automobile", ["autre"]), ("emploi qualite", []), ("de la", ["autre"]),
])
def test_search_matches_french_inflections(run, write_yaml, query, expected):
    data = write_yaml(FRENCH)
    assert ids(run, "search", query, data=data) == expected


PREPOSITIONS = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
agreements:
  - id: portant
    title: Convention portant création d'une agence visant à suivre les relations
    type: other
    parties: [{org: mic, role: signatory}]
    summary: Un accord relatif aux échanges, suivant la phase précédente, moyennant 10 MDH.
    sources: [{publisher: X, published_on: 2024}]
  - id: ports
    title: Programme des ports de pêche
    type: other
    parties: [{org: mic, role: signatory}]
    summary: Les visas des marins, le suivi des moyens et la relation avec le port.
    sources: [{publisher: X, published_on: 2024}]
"""


@pytest.mark.parametrize(("query", "expected"), [
    ("port", ["ports"]), ("ports", ["ports"]), ("portant", ["portant"]),
    ("visas", ["ports"]), ("visant", ["portant"]),
    ("suivi", ["ports"]), ("suivant", ["portant"]), ("suivante", ["portant"]),
    ("moyens", ["ports"]), ("moyennant", ["portant"]),
    ("relatif", ["portant"]), ("relative", ["portant"]),
    ("relations", ["ports", "portant"]),  # "relations" is in both texts as a noun
])
def test_search_never_folds_a_preposition_onto_a_noun(run, write_yaml, query, expected):
    """"portant", "visant", "relatif à", "suivant", "moyennant" stem like "port", "visas",
    "relations", "suivi", "moyens": they are searched as words of their own."""
    found = ids(run, "search", query, data=write_yaml(PREPOSITIONS))
    assert sorted(found) == sorted(expected)


def test_search_raw_keeps_exact_words_and_fts_syntax(run, write_yaml):
    data = write_yaml(FRENCH)
    assert ids(run, "search", "emploi", "--raw", data=data) == []
    assert ids(run, "search", "emploi*", "--raw", data=data) == ["emplois"]
    assert ids(run, "search", '"emplois directs"', "--raw", data=data) == ["emplois"]


def test_search_table_shows_the_matching_words(run, write_yaml):
    data = write_yaml(FRENCH)
    rows = run.json("search", "emploi", "--format", "json", data=data)
    assert "snippet" not in rows[0]  # machine formats carry the flat row only
    from conventions_cli.query.queries import stem_snippet

    assert stem_snippet(["Trois mille emplois directs"], {"emploi"}) == (
        "…mille [emplois] directs")


# --- org: by acronym, and a hint that names organizations by their words ------------------

def test_org_by_acronym_in_any_case(run, mini):
    assert run.json("org", "MIC", "--format", "json", data=mini)["id"] == "mic"
    assert run.json("org", "fCp", "--format", "json", data=mini)["id"] == "fcp"


def test_org_by_words_names_the_organizations_they_match(run, mini):
    result = run("org", "industrie", data=mini)
    assert result.exit_code == 1
    assert result.stderr == (
        "conv: error: no organization 'industrie'; did you mean mic (Ministère de "
        "l'Industrie et du Commerce)? (conv orgs shows every id)\n")


def test_sql_without_a_statement_is_a_usage_error(run, mini):
    for blank in ("", "   "):
        result = run("sql", blank, data=mini)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert "give one SELECT statement" in result.stderr


def test_search_without_a_word_says_nothing_was_searched(run, mini):
    # An empty listing alone would read as "no agreement mentions it".
    result = run("search", "--format", "tsv", "--", '" (', data=mini)
    assert result.exit_code == 0
    assert "nothing was searched" in result.stderr
    assert result.stdout.count("\n") == 1  # the header only
    found = run("search", "--format", "tsv", "qualité", data=mini)
    assert "nothing was searched" not in found.stderr


READER_ORDER = """\
schema: 2
people:
  - {id: zoe, name: Zoé Alami}
  - {id: emile, name: Émile Bennani}
  - {id: adam, name: adam Cherkaoui}
events:
  - {id: zebre, name: Zèbre 2024}
  - {id: epee, name: Épée 2024}
  - {id: atelier, name: atelier 2024}
organizations:
  - {id: zeta, name: Zeta Holding, kind: company}
  - {id: ecole, name: École nationale, kind: public-body}
  - {id: office, name: Office régional, kind: public-body}
  - {id: agence, name: agence urbaine, kind: public-body}
agreements: []
"""


def test_orgs_people_events_sort_names_as_a_reader_does(run, write_yaml):
    """Ties in the count (or the day) are in a reader's order, accents and case aside, as
    list --sort title orders them: 'École' among the E, never after 'Zeta'."""
    data = write_yaml(READER_ORDER)
    assert [o["name"] for o in run.json("orgs", "--format", "json", data=data)] == [
        "agence urbaine", "École nationale", "Office régional", "Zeta Holding"]
    assert [p["name"] for p in run.json("people", "--format", "json", data=data)] == [
        "adam Cherkaoui", "Émile Bennani", "Zoé Alami"]
    assert [e["name"] for e in run.json("events", "--format", "json", data=data)] == [
        "atelier 2024", "Épée 2024", "Zèbre 2024"]


# --- a word typed without its accents finds what it finds with them ---------------------

ACCENTS = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère du Commerce", kind: ministry}
agreements:
  - id: reseau
    title: Réseau électrique du nord
    type: other
    parties: [{org: mic, role: signatory}]
    summary: >-
      Un accord signé à Rabat; la société nouvellement créé aura sa première filiale
      financière, sur des activités de Meknès.
    sources: [{publisher: X, published_on: 2024}]
  - id: autre
    title: Rien à voir
    type: other
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2024}]
"""


@pytest.mark.parametrize(("accented", "plain"), [
    ("signée", "signee"), ("signées", "signees"), ("électricité", "electricite"),
    ("créée", "creee"), ("premières", "premieres"), ("financière", "financiere"),
    ("activité", "activite"), ("meknès", "meknes"),
])
def test_search_finds_the_same_with_or_without_accents(run, write_yaml, accented, plain):
    """The text holds another form of the word ("signé" for "signée", "électrique" for
    "électricité"): typed with or without accents, the word finds it."""
    data = write_yaml(ACCENTS)
    assert ids(run, "search", accented, data=data) == ["reseau"]
    assert ids(run, "search", plain, data=data) == ["reseau"]
    assert ids(run, "search", plain.upper(), data=data) == ["reseau"]


def test_search_in_the_bundled_base_ignores_accents(run):
    """Every accented word of the bundled base finds as many agreements typed without its
    accents, and never fewer than its own stems find."""
    import sqlite3

    from conventions_cli.query.queries import search_agreements
    from conventions_cli.text import fold, word_stems, words

    path = run("db", "path").stdout.strip()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    texts = conn.execute("SELECT title, summary, place FROM agreements").fetchall()
    accented = {w for row in texts for text in row
                for w in re.findall(r"[^\W\d_]+", (text or "").casefold())
                if fold(w) != w and fold(w) not in words("de la")}
    assert len(accented) > 300

    def found(word: str) -> set[str]:
        return {row["id"] for row in search_agreements(conn, word)}

    for word in sorted(accented):
        itself = " OR ".join(f'"{s}"' for s in word_stems(word))
        own = conn.execute("SELECT count(*) FROM agreements_stem WHERE agreements_stem "
                           "MATCH ?", (itself,)).fetchone()[0]
        with_accents, without = found(word), found(fold(word))
        assert with_accents == without, word
        assert len(with_accents) >= own, word
