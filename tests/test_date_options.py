"""The date options read one way: a value they cannot use is refused with the date it
surely means, spaces around a value are dropped for every one of them, --sure-dates alone
does nothing and is refused, and an approximate day (~) is possibly in a range it touches."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
agreements:
  - id: near-june
    title: Accord de juin, à un jour près
    type: accord
    signed_on: 2020-06-15~
    period: {start: 2020, end: 2021}
    parties: [{org: mic, role: signatory}]
    funding: {amount: 70, currency: MAD}
    sources: [{publisher: X, published_on: 2020-06-20}]
  - id: exact-june
    title: Accord du 15 juin
    type: accord
    signed_on: 2020-06-15
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2020-06-16}]
  - id: near-new-year
    title: Accord de fin d'année, à un jour près
    type: accord
    signed_on: 2019-12-31~
    parties: [{org: mic, role: signatory}]
    funding: {amount: 9, currency: MAD}
    sources: [{publisher: X, published_on: 2020-01-02}]
"""


def _ids(run, path, *args):
    result = run("list", *args, "--format", "tsv", data=path)
    assert result.exit_code == 0, result.output
    return {line.split("\t")[0] for line in result.stdout.splitlines()[1:]}, result.stderr


@pytest.mark.parametrize("command", [("list",), ("network",), ("stats",), ("due",)])
def test_sure_dates_without_a_date_filter_is_refused(run, write_yaml, command):
    result = run(*command, "--sure-dates", data=write_yaml(BASE))
    assert result.exit_code == 2
    assert result.stderr == ("conv: error: --sure-dates narrows --year, --from or --to, and "
                             "none is given, so it would do nothing; add one (--year 2022 "
                             "--sure-dates) or leave it out\n")


def test_an_export_with_sure_dates_alone_writes_no_package(run, write_yaml, tmp_path):
    out = tmp_path / "pkg"
    result = run("export", "--sure-dates", "-o", str(out), data=write_yaml(BASE))
    assert result.exit_code == 2 and not out.exists()


@pytest.mark.parametrize(("args", "meant"), [
    (("due", "--on", "31/12/2025"), "2025-12-31"),
    (("list", "--from", "2012\u201001"), "2012-01"),      # a word processor's hyphen
    (("list", "--to", "2012\u201306\u201330"), "2012-06-30"),  # en dashes
    (("due", "--on", "2025\u20111\u20115"), "2025-01-05"),
])
def test_a_date_written_another_way_gets_the_date_it_means(run, write_yaml, args, meant):
    result = run(*args, data=write_yaml(BASE))
    assert result.exit_code == 2
    assert result.stderr.rstrip().endswith(f"; did you mean {meant}?")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("year", ["1899", "2101-01", "0202-06-07"])
def test_due_on_refuses_a_year_the_data_cannot_hold(run, write_yaml, year):
    result = run("due", "--on", year, data=write_yaml(BASE))
    assert result.exit_code == 2
    assert "is outside 1900-2100" in result.stderr


def test_spaces_around_a_date_or_a_year_are_dropped_alike(run, write_yaml):
    path = write_yaml(BASE)
    assert _ids(run, path, "--year", " 2020")[0] == _ids(run, path, "--year", "2020")[0]
    assert _ids(run, path, "--from", "2020-06 ")[0] == _ids(run, path, "--from", "2020-06")[0]
    assert _ids(run, path, "--limit", "1 ")[0] == _ids(run, path, "--limit", "1")[0]
    spaced = run("due", "--on", " 2022 ", "--format", "tsv", data=path)
    assert spaced.exit_code == 0
    assert spaced.stdout == run("due", "--on", "2022", "--format", "tsv", data=path).stdout


def test_an_option_of_another_command_is_not_taken_for_a_typo(run, write_yaml):
    result = run("people", "--from", "2012", data=write_yaml(BASE))
    assert result.exit_code == 2
    assert "--format" not in result.stderr
    assert "--from is an option of conv list" in result.stderr


def test_an_approximate_day_is_possibly_in_a_range_it_touches(run, write_yaml):
    path = write_yaml(BASE)
    ids, stderr = _ids(run, path, "--from", "2020-06-16")
    assert ids == {"near-june"}  # may be the 16th; the exact 15th may not
    assert "(dated 2020-06-15~)" in stderr
    assert _ids(run, path, "--to", "2020-06-14")[0] == {"near-june", "near-new-year"}
    assert _ids(run, path, "--from", "2020-06-17")[0] == set()
    assert _ids(run, path, "--from", "2020-06-16", "--sure-dates")[0] == set()
    assert _ids(run, path, "--year", "2020")[0] == {"near-june", "exact-june", "near-new-year"}


def test_stats_by_year_counts_an_approximate_day_of_the_year_before_in_its_own(run, write_yaml):
    """Kept by --year 2020, 2019-12-31~ is counted, in 2019, its only year: every agreement
    the filters select is in some group."""
    result = run("stats", "--by", "year", "--year", "2020", "--format", "csv",
                 data=write_yaml(BASE))
    assert result.stdout.splitlines()[1:] == ["2019,1,9,,", "2020,2,70,,"]
