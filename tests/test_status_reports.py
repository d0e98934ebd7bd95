"""A value says what it is. A status is a report at a date: one the base gives without its
date was shown bare (`status  in-force`), which reads as today's state; every human output
now says that the date was not reported, as it says the date when there is one. A region
conv derived from the city says so in compare as in show."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", kind: ministry}
agreements:
  - id: undated-2020
    title: Un contrat dont le statut est sans date
    type: contrat-programme
    signed_on: 2020-03-02
    status: in-force
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2020-03-02}]
  - id: dated-2021
    title: Un contrat dont le statut est daté
    type: contrat-programme
    signed_on: 2021-03-02
    status: completed
    status_on: 2024-01
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2021-03-02}]
"""


@pytest.fixture
def base(write_yaml):
    return write_yaml(BASE)


def test_show_says_a_status_has_no_reported_date(run, base):
    shown = run("show", "undated-2020", data=base).stdout
    assert "status     in-force (no date reported)\n" in shown
    assert "status     completed (reported 2024-01)\n" in run("show", "dated-2021",
                                                            data=base).stdout


def test_compare_says_so_too(run, base):
    lines = run("compare", "undated-2020", "dated-2021", "--format", "tsv",
                data=base).stdout.splitlines()
    assert ("status\tin-force (no date reported)\tcompleted (reported 2024-01)\ttrue"
            in lines)


def test_a_table_cell_says_so_in_short() -> None:
    from conventions_cli.out.terminal import table_view

    rows = [{"status": "in-force", "status_on": None},
            {"status": "completed", "status_on": "2024-01"},
            {"status": None, "status_on": None}]
    shown, view = table_view(rows, ["status", "status_on"])
    assert shown == ["status"]
    assert [cells["status"] for cells in view] == [
        "in-force (no date)", "completed (2024-01)", ""]


def test_machine_formats_keep_the_two_columns_as_they_are(run, base):
    rows = run.json("list", "--format", "json", data=base)
    assert [(r["status"], r["status_on"]) for r in rows] == [
        ("completed", "2024-01"), ("in-force", None)]


def test_compare_says_a_derived_region_is_derived(run, write_yaml):
    # show said "(region derived from the city)"; compare left the region empty, so two
    # agreements in two regions read as the same "no region"
    path = write_yaml(BASE.replace("    signed_on: 2020-03-02\n",
                                   "    signed_on: 2020-03-02\n    place: Casablanca\n")
                      .replace("    signed_on: 2021-03-02\n",
                               "    signed_on: 2021-03-02\n    place: Tanger\n"))
    lines = run("compare", "undated-2020", "dated-2021", "--format", "tsv",
                data=path).stdout.splitlines()
    assert ("region\tCasablanca-Settat (derived from the city)\tTanger-Tétouan-Al Hoceïma "
            "(derived from the city)\ttrue") in lines
