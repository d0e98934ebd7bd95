"""A filtered export says, in the file itself, which agreements are there only because a
chosen one follows or amends them: the YAML in its header and a comment above each, FtM in
each one's notes, the data package in every CSV that belongs to an agreement and in its
description, which also names the filters."""

from __future__ import annotations

import csv
import json

import pytest

BASE = """\
schema: 2
people:
  - {id: salma-idrissi, name: Salma Idrissi}
organizations:
  - {id: min-eau, name: "Ministère de l'Eau", kind: ministry}
  - {id: office-nord, name: Office de l'eau du Nord, kind: public-body}
agreements:
  - id: reseau-2014
    title: Convention du réseau
    type: convention-cadre
    signed_on: 2014-05-06
    parties: [{org: min-eau, role: signatory}, {org: office-nord, role: partner}]
    signatories: [{person: salma-idrissi, org: min-eau}]
    funding: {amount: 700, currency: MAD}
    sources: [{publisher: MAP, published_on: 2014-05-07}]
  - id: avenant-2019
    title: Premier avenant
    type: avenant
    signed_on: 2019-02-11
    amends: reseau-2014
    parties: [{org: min-eau, role: signatory}, {org: office-nord, role: partner}]
    funding: {amount: 120, currency: MAD}
    sources: [{publisher: MAP, published_on: 2019-02-12}]
  - id: avenant-2023
    title: Second avenant
    type: avenant
    signed_on: 2023-10-03
    amends: avenant-2019
    parties: [{org: min-eau, role: signatory}, {org: office-nord, role: partner}]
    funding: {amount: 80, currency: MAD}
    sources: [{publisher: MAP, published_on: 2023-10-04}]
  - id: forages-2023
    title: Convention des forages
    type: convention-partenariat
    signed_on: 2023-03-01
    parties: [{org: office-nord, role: signatory}]
    sources: [{publisher: MAP, published_on: 2023-03-02}]
"""
PULLED = ["avenant-2019", "reseau-2014"]


@pytest.fixture
def base(write_yaml):
    return write_yaml(BASE)


@pytest.mark.parametrize("filters, chosen, said", [
    (("--year", "2023"), 2, "--year 2023"),
    (("--year", "2023", "--type", "avenant"), 1, "--type avenant --year 2023"),
])
def test_the_yaml_header_names_the_filters_and_the_agreements_pulled_in(
        run, base, tmp_path, filters, chosen, said) -> None:
    out = tmp_path / "part.yaml"
    assert run("export", *filters, "-o", str(out), data=base).exit_code == 0
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[1] == f"# Chosen by its filters ({said}): {chosen} agreement(s)."
    assert lines[2].startswith("# Also here, only so that every reference resolves, 2 ")
    assert lines[2].endswith(": avenant-2019, reseau-2014.")
    for ident in PULLED:
        at = lines.index(f"  - id: {ident}")
        assert lines[at - 1].startswith("  # not chosen by the export's filters")
    for ident in ("avenant-2023",):
        at = lines.index(f"  - id: {ident}")
        assert not lines[at - 1].lstrip().startswith("#")
    assert run("validate", data=out).exit_code == 0  # the comments keep it a valid base


def test_an_unfiltered_yaml_export_says_nothing_of_filters(run, base, tmp_path) -> None:
    out = tmp_path / "all.yaml"
    assert run("export", "-o", str(out), data=base).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Chosen by" not in text and "not chosen" not in text


def test_ftm_notes_the_agreements_pulled_in(run, base) -> None:
    result = run("export", "--year", "2023", "--type", "avenant", "--format", "ftm", data=base)
    assert result.exit_code == 0, result.output
    contracts = {e["id"]: e["properties"].get("notes", []) for e in
                 map(json.loads, result.stdout.splitlines()) if e["schema"] == "Contract"}
    for ident in PULLED:
        assert contracts[f"conv-agreement-{ident}"][0].startswith(
            "conv: not chosen by the export's filters (--type avenant --year 2023): here "
            "only because a chosen agreement follows or amends it")
    assert not any("not chosen" in n for n in contracts["conv-agreement-avenant-2023"])


def test_the_package_marks_every_row_of_an_agreement_pulled_in(run, base, tmp_path) -> None:
    folder = tmp_path / "dp"
    result = run("export", "--year", "2023", "--format", "datapackage", "-o", str(folder),
                 data=base)
    assert result.exit_code == 0, result.output
    for name in ("parties", "sources", "signatories", "agreements"):
        with open(folder / f"{name}.csv", encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        owner = "id" if name == "agreements" else "agreement_id"
        assert rows and all(r["selected"] == ("false" if r[owner] in PULLED else "true")
                            for r in rows), name
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "2 agreement(s) chosen by its filters (--year 2023), and 2 more" in \
        descriptor["description"]
    for resource in descriptor["resources"]:
        names = [f["name"] for f in resource["schema"]["fields"]]
        assert ("selected" in names) == (resource["name"] in (
            "agreements", "parties", "sources", "signatories")), resource["name"]
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
