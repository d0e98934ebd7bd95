"""stats -o and --excel: the totals per group for a spreadsheet, written as export writes
agreements; and -o or --excel on a command without them points to where they are."""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_stats_excel_writes_the_totals_for_french_excel(run, mini, tmp_path):
    target = tmp_path / "ministries.csv"
    result = run("stats", "--by", "ministry", "--excel", "-o", str(target), data=mini)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    piped = list(csv.reader(io.StringIO(run("stats", "--by", "ministry", "--format", "csv",
                                            data=mini).stdout)))
    assert rows == piped and rows[0][:2] == ["group", "count"]


@pytest.mark.parametrize(("name", "loads"), [
    ("s.json", json.loads), ("s.csv", lambda t: list(csv.reader(io.StringIO(t)))),
    ("s.tsv", str.splitlines), ("s.md", str.splitlines)])
def test_stats_output_takes_its_format_from_the_extension(run, mini, tmp_path, name, loads):
    fmt = name.rsplit(".", 1)[1]
    assert run("stats", "--by", "year", "-o", str(tmp_path / name), data=mini).exit_code == 0
    written = (tmp_path / name).read_text(encoding="utf-8")
    assert loads(written) == loads(run("stats", "--by", "year", "--format", fmt,
                                       data=mini).stdout)


@pytest.mark.parametrize(("args", "said"), [
    (["--format", "tsv", "--excel"], "--excel applies to csv only (not tsv)"),
    (["-o", "{tmp}/s.xlsx"], "cannot tell the format from 's.xlsx'"),
    (["--format", "table", "-o", "{tmp}/s.csv"], "a table is drawn at the terminal"),
    (["-o", "{tmp}"], "is a folder; name a file"),
    (["--year", "1800", "-o", "{tmp}/s.csv"], "no agreement matches --year 1800, so nothing "
                                              "was written"),
])
def test_stats_output_refusals_are_one_line(run, mini, tmp_path, args, said):
    result = run("stats", *(a.format(tmp=tmp_path) for a in args), data=mini)
    assert result.exit_code != 0
    assert said in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "s.csv").exists()


@pytest.mark.parametrize(("args", "instead"), [
    (["list", "-o", "x.csv"], "conv list has no option -o; conv export takes the filters "
                              "of list"),
    (["orgs", "--excel"], "conv orgs has no option --excel; redirect the rows"),
    (["due", "--output", "x.csv"], "conv due has no option --output; redirect the rows")])
def test_output_options_elsewhere_point_to_export_and_stats(run, mini, args, instead):
    # The near spelling was --to, a date filter: "did you mean --to?" led nowhere.
    result = run(*args, data=mini)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"conv: error: {instead}"), result.stderr
    assert "--to" not in result.stderr
