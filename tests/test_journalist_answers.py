"""What a journalist reads off a filtered answer: only the years asked for, a place that is
the place, names typed as people type them, namesakes told apart, a status with its caveat,
and orders that read as a person expects."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: acme, name: Acme Maroc, kind: company}
agreements:
  - id: spanning
    title: Accord sur deux ans
    type: accord
    signed_on: 2014-12/2016-12
    parties: [{org: mic, role: signatory}, {org: acme, role: partner}]
    funding: {amount: 100, currency: MAD}
    sources: [{publisher: X, published_on: 2017-01-02}]
  - id: late
    title: Accord tardif
    type: accord
    signed_on: 2022-06/2024-03
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2024-06-04}]
"""


@pytest.fixture
def base(write_yaml):
    return write_yaml(BASE)


# --- stats --by year: only the years the filters select ------------------------------------

@pytest.mark.parametrize(("options", "years"), [
    (("--year", "2015"), [2015]),
    (("--year", "2015", "--year", "2016"), [2015, 2016]),
    (("--from", "2024-01"), [2024]),
    (("--to", "2014-12-31"), [2014]),
    (("--from", "2015", "--to", "2023"), [2015, 2016, 2022, 2023]),
    ((), [2014, 2015, 2016, 2022, 2023, 2024]),
])
def test_stats_by_year_shows_only_the_years_selected(run, base, options, years):
    stats = run.json("stats", "--by", "year", *options, "--format", "json", data=base)
    assert [row["group"] for row in stats] == years


def test_the_spanning_note_counts_only_within_the_years_selected(run, base):
    one_year = run("stats", "--by", "year", "--year", "2015", "--format", "csv", data=base)
    assert one_year.stdout.splitlines()[1:] == ["2015,1,100,,"]
    assert one_year.stderr == ""
    two_years = run("stats", "--by", "year", "--year", "2015", "--year", "2016",
                    "--format", "csv", data=base)
    assert two_years.stderr.startswith("conv: note: 1 agreement(s) dated over several years")
