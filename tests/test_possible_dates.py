"""--year, --from and --to keep a date that may lie in their range, say so, and
--sure-dates keeps only the dates surely in it: two halves of a year never count one
agreement twice unnoticed."""

from __future__ import annotations

import pytest

from conventions_cli.out.cells import group_digits

BASE = """\
schema: 2
organizations:
  - {id: mef, name: "Ministère de l'Économie et des Finances", acronym: MEF, kind: ministry}
agreements:
  - id: day-march
    title: Accord signé un jour de mars
    type: accord
    signed_on: 2012-03-14
    parties: [{org: mef, role: signatory}]
    funding: {amount: 10, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2012-03-15}]
  - id: month-september
    title: Accord signé en septembre
    type: accord
    signed_on: 2012-09
    parties: [{org: mef, role: signatory}]
    funding: {amount: 20, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2012-10-01}]
  - id: only-year
    title: Accord daté de l'année seule
    type: accord
    signed_on: 2012
    parties: [{org: mef, role: signatory}]
    funding: {amount: 300, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2013-01-01}]
  - id: straddling
    title: Accord signé entre deux dates
    type: accord
    signed_on: 2011-09/2012-09
    parties: [{org: mef, role: signatory}]
    funding: {amount: 4000, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2013-01-01}]
  - id: doubtful-april
    title: Accord d'avril peut-être
    type: accord
    signed_on: 2012-04?
    parties: [{org: mef, role: signatory}]
    funding: {amount: 50000, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2013-01-01}]
"""

H1 = ("--from", "2012-01", "--to", "2012-06")
H2 = ("--from", "2012-07", "--to", "2012-12")


def _ids(run, path, *args):
    result = run("list", *args, "--format", "tsv", data=path)
    assert result.exit_code == 0, result.output
    return {line.split("\t")[0] for line in result.stdout.splitlines()[1:]}, result.stderr


@pytest.mark.parametrize(("half", "possible", "sure"), [
    (H1, {"only-year", "straddling", "doubtful-april"}, {"day-march"}),
    (H2, {"only-year", "straddling"}, {"month-september"}),
])
def test_a_half_keeps_possible_dates_and_says_how_many(run, write_yaml, half, possible, sure):
    path = write_yaml(BASE)
    ids, stderr = _ids(run, path, *half)
    assert ids == possible | sure
    assert f"{len(possible)} of the {len(ids)} agreement(s) listed (holding " in stderr
    assert f" of funding) are there only because their date may lie in " \
           f"{' '.join(half)}" in stderr
    assert "--sure-dates leaves them out" in stderr
    strict, stderr = _ids(run, path, *half, "--sure-dates")
    assert strict == sure
    assert "only because" not in stderr


def test_sure_halves_add_up_to_the_sure_year_never_more(run, write_yaml):
    path = write_yaml(BASE)
    first, _ = _ids(run, path, *H1, "--sure-dates")
    second, _ = _ids(run, path, *H2, "--sure-dates")
    year, _ = _ids(run, path, "--year", "2012", "--sure-dates")
    assert not first & second
    assert first | second == {"day-march", "month-september"} <= year
    assert "only-year" in year and "straddling" not in year and "doubtful-april" not in year


def test_a_bound_inside_a_year_only_date_keeps_it_only_possibly(run, write_yaml):
    path = write_yaml(BASE)
    ids, stderr = _ids(run, path, "--to", "2012-01-01")
    assert ids == {"only-year", "straddling"}
    assert f"the 2 agreement(s) listed (holding {group_digits(4300)} MAD of funding) are " \
        "there" in stderr
    ids, _ = _ids(run, path, "--to", "2012-01-01", "--sure-dates")
    assert ids == set()


def test_stats_totals_say_what_only_may_be_in_range(run, write_yaml):
    path = write_yaml(BASE)
    result = run("stats", "--by", "ministry", *H1, "--format", "csv", data=path)
    assert ",4,54310," in result.stdout  # 10 + 300 + 4000 + 50000
    # the money of the rows only possibly in range: 300 + 4000 + 50000
    assert f"3 agreement(s), holding {group_digits(54300)} MAD of funding, are kept, and counted" \
        in result.stderr
    result = run("stats", "--by", "ministry", *H1, "--sure-dates", "--format", "csv",
                 data=path)
    assert ",1,10," in result.stdout and "kept, and counted" not in result.stderr


def test_export_and_views_say_it_too_and_quiet_silences_it(run, write_yaml, tmp_path):
    path = write_yaml(BASE)
    out = tmp_path / "h1.csv"
    result = run("export", *H1, "-o", str(out), data=path)
    assert "3 agreement(s), holding" in result.stderr
    result = run("timeline", *H1, "--format", "vega-lite", data=path)
    assert "3 agreement(s), holding" in result.stderr
    result = run("--quiet", "list", *H1, data=path)
    assert "kept" not in result.stderr


def test_help_states_the_rule(run):
    result = run("list", "--help")
    text = " ".join(result.stdout.split())
    assert "--sure-dates" in text and "possibly" in text


def test_the_note_comes_with_word_filters_too(run, write_yaml):
    path = write_yaml(BASE.replace("signed_on: 2012\n", "signed_on: 2012\n    place: Rabat\n"))
    ids, stderr = _ids(run, path, "--place", "rabat", *H1)
    assert ids == {"only-year"}
    assert "the 1 agreement(s) listed (holding 300 MAD of funding) are there" in stderr


def test_repeated_years_are_one_range_for_sure_dates(run, write_yaml):
    """2011-09/2012-09 lies wholly in 2011 and 2012 together: --year 2011 --year 2012 is
    sure of it, as --from 2011 --to 2012 is, and the two agree on every row."""
    path = write_yaml(BASE)
    years, stderr = _ids(run, path, "--year", "2011", "--year", "2012", "--sure-dates")
    span, _ = _ids(run, path, "--from", "2011", "--to", "2012", "--sure-dates")
    assert "straddling" in years and "doubtful-april" not in years
    assert years == span
    # without --sure-dates, straddling is no longer said to be only possibly in them
    _, stderr = _ids(run, path, "--year", "2011", "--year", "2012")
    assert f"1 of the 5 agreement(s) listed (holding {group_digits(50000)} MAD" in stderr
    assert "2011-09/2012-09" not in stderr
    # years that are not consecutive stay apart: 2011-09/2012-09 is not in 2011 and 2013
    apart, _ = _ids(run, path, "--year", "2011", "--year", "2013", "--sure-dates")
    assert "straddling" not in apart


def test_repeated_years_and_their_range_count_the_same(run, write_yaml):
    path = write_yaml(BASE.replace("signed_on: 2011-09/2012-09", "signed_on: 2011-09/2013-02"))
    by_years = run("stats", "--by", "year", "--year", "2011", "--year", "2012", "--year",
                   "2013", "--sure-dates", "--format", "csv", data=path)
    by_range = run("stats", "--by", "year", "--from", "2011", "--to", "2013",
                   "--sure-dates", "--format", "csv", data=path)
    assert by_years.exit_code == 0, by_years.output
    assert by_years.stdout == by_range.stdout
    assert "2011,1,4000," in by_years.stdout


def test_the_note_speaks_only_of_the_rows_listed(run, write_yaml):
    """Search words, --limit and due's own test narrow what is printed: the note counts
    within the printed rows, never the agreements the command left out."""
    path = write_yaml(BASE.replace("title: Accord signé un jour de mars",
                                   "title: Accord de prêt signé un jour de mars"))
    result = run("search", "prêt", *H1, "--format", "tsv", data=path)
    assert result.stdout.splitlines()[1].startswith("day-march")
    assert len(result.stdout.splitlines()) == 2
    assert "only because" not in result.stderr
    result = run("search", "zzzzqqq", *H1, data=path)
    assert "only because" not in result.stderr
    result = run("search", "accord", *H1, "--format", "tsv", data=path)
    assert "3 of the 4 agreement(s) listed" in result.stderr
    # newest first: the two printed rows are 2012-04? and 2012-03-14, one of them doubtful
    ids, stderr = _ids(run, path, *H1, "--limit", "2")
    assert ids == {"doubtful-april", "day-march"}
    assert "note: 1 of the 2 agreement(s) listed (holding " in stderr
    ids, stderr = _ids(run, path, *H1, "--limit", "1")
    assert ids == {"doubtful-april"} and "note: the 1 agreement(s) listed" in stderr
    ids, stderr = _ids(run, path, *H1, "--sort", "signed_on", "--order", "asc",
                       "--limit", "1")
    assert ids == {"straddling"} and "note: the 1 agreement(s) listed" in stderr
    result = run("due", *H1, "--format", "tsv", data=path)
    assert len(result.stdout.splitlines()) == 1 and "only because" not in result.stderr
