"""A filtered data package marks, in agreements.csv itself, the rows that are there only
because a chosen agreement follows or amends them: a count or a sum over the package keeps
selected=true and finds what the filters chose, no more."""

from __future__ import annotations

import csv
import json

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
agreements:
  - id: old-plan
    title: Premier plan
    type: convention-cadre
    signed_on: 2013-04-02
    parties: [{org: mic, role: signatory}]
    funding: {amount: 290, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2013-04-03}]
  - id: new-plan
    title: Second plan
    type: convention-cadre
    signed_on: 2022-06-07
    follows: old-plan
    parties: [{org: mic, role: signatory}]
    funding: {amount: 1000, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2022-06-08}]
  - id: other-2022
    title: Autre accord
    type: accord
    signed_on: 2022-09-01
    parties: [{org: mic, role: signatory}]
    funding: {amount: 5, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2022-09-02}]
"""


def _package(run, path, folder, *filters):
    result = run("export", *filters, "--format", "datapackage", "-o", str(folder), data=path)
    assert result.exit_code == 0, result.output
    with open(folder / "agreements.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    return rows, descriptor


def test_rows_pulled_in_for_a_reference_are_marked_in_the_data(run, write_yaml, tmp_path):
    path = write_yaml(BASE)
    rows, descriptor = _package(run, path, tmp_path / "dp22", "--year", "2022")
    marks = {row["id"]: row["selected"] for row in rows}
    assert marks == {"old-plan": "false", "new-plan": "true", "other-2022": "true"}
    said = run("export", "--year", "2022", "-f", "datapackage", "-o", str(tmp_path / "again"),
               data=path).stderr
    assert said == ("conv: note: also exported 1 agreement(s) that the selection follows or "
                    "amends (old-plan), so every reference resolves; agreements.csv marks "
                    "them selected=false\n")
    chosen = [int(row["amount"]) for row in rows if row["selected"] == "true"]
    listed = run.json("list", "--year", "2022", "--format", "json", data=path)
    assert sum(chosen) == sum(r["amount"] for r in listed) == 1005
    agreements = next(r for r in descriptor["resources"] if r["name"] == "agreements")
    field = agreements["schema"]["fields"][-1]
    assert field["name"] == "selected" and field["type"] == "boolean"
    assert "follows or amends" in field["description"]
    assert "2 agreement(s) chosen by its filters (--year 2022), and 1 more that they " \
           "follow or amend, marked selected=false" in descriptor["description"]


def test_an_unfiltered_package_selects_every_row(run, write_yaml, tmp_path):
    path = write_yaml(BASE)
    rows, descriptor = _package(run, path, tmp_path / "all")
    assert {row["selected"] for row in rows} == {"true"} and len(rows) == 3
    assert "filtered export" not in descriptor["description"]


def test_the_marked_package_validates(run, write_yaml, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    path = write_yaml(BASE)
    _package(run, path, tmp_path / "dp", "--year", "2022")
    report = frictionless.validate(str(tmp_path / "dp" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    resource = frictionless.Package(str(tmp_path / "dp" / "datapackage.json")) \
        .get_resource("agreements")
    values = {row["id"]: row["selected"] for row in resource.read_rows()}
    assert values == {"old-plan": False, "new-plan": True, "other-2022": True}
