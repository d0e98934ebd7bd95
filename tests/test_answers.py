"""Answers a journalist can trust: money by currency, names that say what they matched,
a status with its date, years that agree, dates machines read, public parties apart."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conventions_cli.cli import session as cli_session

BASE = """\
schema: 2
people:
  - {id: ryad-mezzour, name: Ryad Mezzour}
  - {id: mohamed-sadiki, name: Mohamed Sadiki}
  - {id: mohamed-abdeljalil, name: Mohamed Abdeljalil}
events:
  - {id: rencontre-a, name: Rencontre régionale A, start: 2024-05-02}
  - {id: rencontre-b, name: Rencontre régionale B, start: 2024-06-03, end: 2024-06-05}
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: etat-marocain, name: État marocain, aliases: [Gouvernement], kind: state}
  - {id: ada, name: Agence pour le développement agricole, acronym: ADA, kind: public-body}
  - {id: bei, name: Banque européenne d'investissement, acronym: BEI, kind: international}
  - {id: acme, name: Acme Maroc, kind: company}
agreements:
  - id: dh-small
    title: Petit accord en dirhams
    type: accord
    signed_on: 2014-12/2016-12
    status: in-force
    status_on: 2017
    period: {start: 2015, end: 2018}
    parties: [{org: mic, role: signatory}, {org: acme, role: beneficiary}]
    signatories: [{person: mohamed-sadiki, org: mic}]
    funding: {amount: 1000000000, currency: MAD}
    event: rencontre-a
    sources: [{publisher: X, published_on: 2017-01-02}]
  - id: eur-big
    title: Prêt de la BEI
    type: accord
    signed_on: 2024-06-04
    status: in-force
    status_on: 2026-01
    parties: [{org: etat-marocain, role: signatory}, {org: bei, role: funder}]
    signatories: [{person: mohamed-abdeljalil, org: etat-marocain}]
    funding: {amount: 600000000, currency: EUR}
    event: rencontre-b
    sources: [{publisher: X, published_on: 2024-06-04}]
  - id: dh-big
    title: Grand accord en dirhams
    type: accord
    signed_on: 2024-06
    follows: dh-small
    parties: [{org: mic, role: signatory}, {org: ada, role: beneficiary}]
    signatories: [{person: ryad-mezzour, org: mic}]
    funding: {amount: 2000000000, currency: MAD}
    sources: [{publisher: X, published_on: 2024-06-30}]
  - id: eur-small
    title: Don européen
    type: accord
    signed_on: 2025-02-10
    parties: [{org: mic, role: signatory}, {org: bei, role: funder}]
    funding: {amount: 5000000, currency: EUR}
    sources: [{publisher: X, published_on: 2025-02-10}]
  - id: avenant-1
    title: Avenant au grand accord
    type: avenant
    signed_on: 2025-03-01
    amends: dh-big
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2025-03-01}]
"""


@pytest.fixture
def base(write_yaml) -> Path:
    return write_yaml(BASE)


def ids(run, base: Path, *args: str) -> list[str]:
    return [r["id"] for r in run.json("list", *args, "--format", "json", data=base)]


# --- 1. money never mixed across currencies ------------------------------------------------

def test_sorting_by_amount_sorts_within_each_currency_and_says_so(run, base):
    result = run("list", "--sort", "amount", "--format", "tsv", data=base)
    rows = [line.split("\t") for line in result.stdout.splitlines()[1:]]
    # dirhams first, biggest first; then euros; 600 000 000 EUR never between two MAD rows
    assert [r[0] for r in rows] == ["dh-big", "dh-small", "eur-big", "eur-small", "avenant-1"]
    assert result.stderr == ("conv: note: sorted by amount within each currency (MAD, EUR); "
                             "amounts in different currencies are never compared "
                             "(--currency EUR keeps one)\n")


def test_one_currency_and_amount_bounds(run, base):
    assert ids(run, base, "--currency", "eur") == ["eur-small", "eur-big"]
    assert ids(run, base, "--currency", "MAD", "--min-amount", "1500000000") == ["dh-big"]
    assert ids(run, base, "--currency", "EUR", "--max-amount", "5000000") == ["eur-small"]
    one = run("list", "--sort", "amount", "--currency", "EUR", data=base)
    assert one.stderr == ""  # one currency: nothing to warn about


def test_amount_bounds_need_a_currency(run, base):
    result = run("list", "--min-amount", "1000", data=base)
    assert result.exit_code == 2
    assert result.stderr.startswith("conv: error: --min-amount needs --currency")


def test_roles_alone_and_with_a_party(run, base):
    assert ids(run, base, "--role", "funder") == ["eur-small", "eur-big"]
    assert ids(run, base, "--partner", "bei", "--role", "funder") == ["eur-small", "eur-big"]
    # Acme is a party of dh-small, but as a beneficiary
    assert ids(run, base, "--partner", "acme", "--role", "funder") == []
    assert ids(run, base, "--partner", "acme", "--role", "beneficiary") == ["dh-small"]


def test_what_follows_or_amends_an_agreement(run, base):
    assert ids(run, base, "--follows", "dh-small") == ["dh-big"]
    assert ids(run, base, "--amends", "dh-big") == ["avenant-1"]


def test_the_readme_never_adds_amounts_across_currencies():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "map(.amount // 0) | add" not in readme
    assert "group_by(.currency)" in readme


# --- 2. every name filter says what it matched ---------------------------------------------

def test_person_and_event_say_which_they_matched(run, base, monkeypatch):
    run("list", data=base)  # built: the notes alone below
    monkeypatch.setattr(cli_session, "stderr_is_terminal", lambda: True)
    result = run("list", "--person", "mohamed", "--event", "rencontre", "--format", "tsv",
                 data=base)
    assert result.stderr.splitlines() == [
        "conv: note: --person 'mohamed' matches 2 people: mohamed-abdeljalil (Mohamed "
        "Abdeljalil), mohamed-sadiki (Mohamed Sadiki)",
        "conv: note: --event 'rencontre' matches 2 events: rencontre-a (Rencontre régionale "
        "A), rencontre-b (Rencontre régionale B)",
    ]
    nothing = run("list", "--person", "nobody", "--format", "tsv", data=base)
    assert nothing.stderr == ("conv: note: --person 'nobody' matches no person; conv people "
                              "lists them\n")


def test_one_resolver_for_organizations_people_and_events(base):
    from conventions_cli.db.cache import open_database
    from conventions_cli.query import names

    conn = open_database(base).conn
    # rule 1, a code in any case, and then only that; rule 2, words of names and aliases
    assert names.resolve(conn, names.ORGANIZATIONS, "ada") == [("ada", "Agence pour le "
                                                                "développement agricole")]
    assert [n.id for n in names.resolve(conn, names.PUBLIC, "gouvernement")] == [
        "etat-marocain"]
    assert [n.id for n in names.resolve(conn, names.PEOPLE, "RYAD-MEZZOUR")] == [
        "ryad-mezzour"]
    assert [n.id for n in names.resolve(conn, names.EVENTS, "regionale b")] == ["rencontre-b"]


# --- 3. a status is a report at a date ------------------------------------------------------

def test_status_comes_with_its_date_in_flat_rows_and_tables(run, base):
    rows = list(csv.DictReader(io.StringIO(run("list", "--format", "csv", data=base).stdout)))
    small = next(r for r in rows if r["id"] == "dh-small")
    assert (small["status"], small["status_on"]) == ("in-force", "2017")
    from conventions_cli.db.tables import FLAT_COLUMNS
    from conventions_cli.out.terminal import table_view

    listed = run.json("list", "--status", "in-force", "--format", "json", data=base)
    shown, view = table_view(listed, FLAT_COLUMNS)
    assert "status_on" not in shown and "date_start" not in shown
    assert [cells["status"] for cells in view] == ["in-force (2026-01)", "in-force (2017)"]


def test_in_force_says_when_the_report_is_old(run, base):
    result = run("list", "--status", "in-force", "--format", "tsv", data=base)
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == [
        "eur-big", "dh-small"]
    assert result.stderr.startswith("conv: note: 1 of these agreements was reported in "
                                    "force before ")


# --- 4. every year count agrees with list --year --------------------------------------------

def test_stats_by_year_counts_as_list_year_finds(run, base):
    stats = run.json("stats", "--by", "year", "--format", "json", data=base)
    counted = {row["group"]: row["count"] for row in stats}
    for year in range(2014, 2026):
        assert counted.get(year, 0) == len(ids(run, base, "--year", str(year))), year
    assert None not in counted  # no unnamed group for a date over several years


# --- 5. dates machines read -----------------------------------------------------------------

def test_from_and_to_take_months_and_days(run, base):
    assert ids(run, base, "--from", "2024-06-05") == ["avenant-1", "eur-small", "dh-big"]
    assert ids(run, base, "--from", "2024-06", "--to", "2024-06-04") == ["eur-big", "dh-big"]
    assert ids(run, base, "--to", "2015") == ["dh-small"]
    bad = run("list", "--from", "2024-13", data=base)
    assert bad.exit_code == 2
    assert bad.stderr == ("conv: error: --from '2024-13' is not a real date; check the day "
                          "and month\n")


def test_flat_rows_carry_the_first_and_last_day(run, base):
    row = run.json("list", "--type", "accord", "--sort", "id", "--format", "json",
                   data=base)[1]
    assert (row["id"], row["date_start"], row["date_end"]) == (
        "dh-small", "2014-12-01", "2016-12-31")


def test_the_data_package_types_the_days_as_dates(run, base, tmp_path):
    out = tmp_path / "pkg"
    assert run("export", "--format", "datapackage", "-o", str(out), data=base).exit_code == 0
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    agreements = next(r for r in descriptor["resources"] if r["name"] == "agreements")
    types = {f["name"]: f["type"] for f in agreements["schema"]["fields"]}
    assert (types["date_start"], types["date_end"], types["status_on"]) == (
        "date", "date", "string")


# --- 7. the State is not a partner ----------------------------------------------------------

def test_public_parties_have_their_own_column_and_filter(run, base):
    row = next(r for r in run.json("list", "--format", "json", data=base)
               if r["id"] == "eur-big")
    assert (row["ministries"], row["public_parties"], row["partners"]) == (
        [], ["État marocain"], ["Banque européenne d'investissement"])
    assert ids(run, base, "--public", "gouvernement") == ["eur-big"]
    assert ids(run, base, "--public", "ada") == ["dh-big"]
    groups = [r["group"] for r in run.json("stats", "--by", "public", "--format", "json",
                                           data=base)]
    assert groups == [None, "Agence pour le développement agricole", "État marocain"]


# --- one decoder of stored lists ------------------------------------------------------------

def test_stored_lists_are_decoded_in_one_place():
    from conventions_cli.db.tables import ORGANIZATIONS, decoded

    assert decoded({"name": '["x"]', "aliases": '["a", "b"]'}, ORGANIZATIONS) == {
        "name": '["x"]', "aliases": ["a", "b"]}
    src = Path(__file__).parent.parent / "src" / "conventions_cli"
    elsewhere = [str(p.relative_to(src)) for p in src.rglob("*.py")
                 if p.name != "tables.py" and 'or "[]")' in p.read_text(encoding="utf-8")]
    assert elsewhere == []


def test_compare_shows_a_status_with_its_date(run, base):
    result = run("compare", "dh-small", "eur-big", "--format", "tsv", data=base)
    status = next(line for line in result.stdout.splitlines() if line.startswith("status\t"))
    assert status == "status\tin-force (reported 2017)\tin-force (reported 2026-01)\ttrue"
