"""--status signed finds a `status: signed` written; those with no status reported at all
are counted on stderr, with how to list them, so that an empty answer never reads as
"nothing was signed"."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
organizations:
  - id: mic
    name: "Ministère de l'Industrie"
    kind: ministry
  - id: mef
    name: "Ministère des Finances"
    kind: ministry
agreements:
  - id: a
    title: A
    type: accord
    signed_on: 2022-01-10
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: P, published_on: 2022-01-10}]
  - id: b
    title: B
    type: accord
    signed_on: 2022-02-10
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: P, published_on: 2022-02-10}]
  - id: c
    title: C
    type: accord
    signed_on: 2021-02-10
    parties: [{org: mef, role: signatory}]
    sources: [{publisher: P, published_on: 2021-02-10}]
  - id: d
    title: D
    type: accord
    signed_on: 2022-03-10
    status: signed
    status_on: 2022-03
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: P, published_on: 2022-03-10}]
  - id: e
    title: E
    type: accord
    signed_on: 2022-04-10
    status: in-force
    status_on: 2023-01
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: P, published_on: 2022-04-10}]
"""
HOW = ("have no status reported (signed, nothing later known), and --status signed, which "
       "finds a status: signed written in the base, leaves them out; conv stats --by status "
       "counts them as (none), and conv sql \"select id, title from agreements where status "
       "is null\" lists them")


@pytest.fixture
def base(write_yaml):
    return write_yaml(BASE, "s.yaml")


def test_the_note_counts_those_without_a_status(run, base):
    result = run("list", "--status", "signed", "--format", "tsv", data=base)
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == ["d"]
    assert result.stderr == f"conv: note: 3 agreement(s) {HOW}\n"


@pytest.mark.parametrize(("args", "count"), [
    (("--year", "2022"), 2), (("--ministry", "mef"), 1), (("--year", "2021"), 1)])
def test_the_count_is_of_what_the_other_filters_select(run, base, args, count):
    result = run("stats", "--by", "year", "--status", "signed", *args, "--format", "tsv",
                 data=base)
    assert result.exit_code == 0
    said = [line for line in result.stderr.splitlines() if "no status reported" in line]
    assert said == [f"conv: note: {count} agreement(s) that the other filters select {HOW}"]


def test_no_note_for_other_statuses_none_left_or_quiet(run, base, write_yaml):
    assert "no status" not in run("list", "--status", "in-force", data=base).stderr
    assert run("-q", "list", "--status", "signed", data=base).stderr == ""
    everyone = BASE
    for day, status in (("2022-01-10", "signed"), ("2022-02-10", "signed"),
                        ("2021-02-10", "completed")):
        everyone = everyone.replace(f"signed_on: {day}\n",
                                    f"signed_on: {day}\n    status: {status}\n")
    everyone = write_yaml(everyone, "all.yaml")
    assert run("list", "--status", "signed", data=everyone).stderr == ""
