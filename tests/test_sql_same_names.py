"""conv sql: two result columns of one name (a self-join) keep each its own value."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conventions_cli.query.sql import distinct_names

SELF_JOIN = ("select a.id, b.id from agreements a join agreements b on a.follows = b.id "
             "order by a.id")
NOTE = ("conv: note: columns of the same name are written apart: id_2 ('id' again); "
        "name them with AS to choose\n")


def test_json_and_jsonl_keep_both_columns(run, mini):
    result = run("sql", SELF_JOIN, "--format", "json", data=mini)
    assert (result.exit_code, result.stderr) == (0, NOTE)
    assert json.loads(result.stdout) == [{"id": "plan-2022", "id_2": "plan-2013"}]
    result = run("sql", SELF_JOIN, "--format", "jsonl", data=mini)
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"id": "plan-2022", "id_2": "plan-2013"}]


@pytest.mark.parametrize(("fmt", "expected"), [
    ("tsv", "id\tid_2\nplan-2022\tplan-2013\n"),
    ("md", "| id | id_2 |\n|---|---|\n| plan-2022 | plan-2013 |\n"),
])
def test_every_format_shows_each_value(run, mini, fmt, expected):
    result = run("sql", SELF_JOIN, "--format", fmt, data=mini)
    assert (result.exit_code, result.stdout) == (0, expected)


def test_csv_shows_each_value(run, mini):
    result = run("sql", SELF_JOIN, "--format", "csv", data=mini)
    assert list(csv.reader(io.StringIO(result.stdout))) == [["id", "id_2"],
                                                            ["plan-2022", "plan-2013"]]


def test_table_shows_each_value(run, mini):
    result = run("sql", SELF_JOIN, "--format", "table", data=mini)
    assert result.exit_code == 0
    line = [row for row in result.stdout.splitlines() if "plan-2022" in row]
    assert len(line) == 1 and "plan-2013" in line[0]


def test_quiet_keeps_the_names_apart_without_the_note(run, mini):
    result = run("--quiet", "sql", SELF_JOIN, "--format", "tsv", data=mini)
    assert (result.stderr, result.stdout) == ("", "id\tid_2\nplan-2022\tplan-2013\n")


def test_distinct_names_never_takes_a_name_already_there():
    assert distinct_names(["id", "id", "id_2", "n"]) == ["id", "id_3", "id_2", "n"]
    assert distinct_names(["x", "x", "x"]) == ["x", "x_2", "x_3"]
    assert distinct_names(["a", "b"]) == ["a", "b"]
