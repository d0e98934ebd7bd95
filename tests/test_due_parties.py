"""conv due says who promised as conv list does: a State contract or a body's programme
names its public parties (public_parties in the rows, in the table's parties cell), not
only ministries and partners, so no due row is left naming nobody."""

from __future__ import annotations

from conventions_cli.cli.app import app
from conventions_cli.db.tables import FLAT_COLUMNS
from conventions_cli.out.terminal import MERGED
from conventions_cli.query.due import DUE_COLUMNS

BASE = """\
schema: 2
organizations:
  - {id: etat, name: "État marocain", kind: public-body}
  - {id: onee, name: "Office national de l'électricité", acronym: ONEE, kind: public-body}
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
  - {id: fed, name: "Fédération du textile", kind: federation}
agreements:
  - id: etat-onee-2014
    title: Contrat-programme de redressement
    type: contrat-programme
    signed_on: 2014-05-26
    parties: [{org: etat, role: signatory}, {org: onee, role: signatory}]
    period: {start: 2014, end: 2017}
    sources: [{publisher: Communiqué, published_on: 2014-05-27}]
  - id: textile-2015
    title: Plan textile
    type: convention-cadre
    signed_on: 2015-03-02
    parties: [{org: mic, role: signatory}, {org: fed, role: partner}]
    period: {start: 2015, end: 2018}
    sources: [{publisher: Communiqué, published_on: 2015-03-03}]
"""


def test_due_rows_name_public_parties(run, write_yaml):
    path = write_yaml(BASE)
    listed = {r["id"]: r for r in run.json("list", "--format", "json", data=path)}
    due = {r["id"]: r for r in run.json("due", "--on", "2020", "--format", "json", data=path)}
    assert set(due) == {"etat-onee-2014", "textile-2015"}
    for ident, row in due.items():
        for column in ("ministries", "public_parties", "partners"):
            assert row[column] == listed[ident][column], (ident, column)
    assert due["etat-onee-2014"]["public_parties"] == ["État marocain",
                                                       "Office national de l'électricité"]


def test_due_table_parties_cell_names_public_parties(run, write_yaml):
    path = write_yaml(BASE)
    result = run.runner.invoke(app, ["--data", str(path), "due", "--on", "2020", "--format",
                                     "table"], env={"COLUMNS": "200"}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "etat-onee-2014" in line)
    assert "État marocain" in line


def test_due_tsv_has_the_public_parties_column(run, write_yaml):
    result = run("due", "--on", "2020", "--format", "tsv", data=write_yaml(BASE))
    header, *rows = result.stdout.splitlines()
    column = header.split("\t").index("public_parties")
    row = next(r.split("\t") for r in rows if r.startswith("etat-onee-2014"))
    assert row[column] == "État marocain; Office national de l'électricité"


def test_every_row_naming_parties_names_all_three_kinds():
    """Any listing that shows ministries and partners shows public parties too."""
    parties = next(parts for parts, name in MERGED if name == "parties")
    for columns in (FLAT_COLUMNS, DUE_COLUMNS):
        if any(c in columns for c in parties):
            assert all(c in columns for c in parties), columns
