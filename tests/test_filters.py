"""Organization filters: an id or acronym names one organization; words match whole words or
their starts, never the inside of a word; repeated options keep every value."""

from __future__ import annotations

from pathlib import Path

import pytest

from conventions_cli.query.filters import Filters
from conventions_cli.text import words_match

ORGS = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: micepp, name: "Ministère de l'Investissement, de la Convergence et de l'Évaluation",
     acronym: MICEPP, kind: ministry}
  - {id: mtnra, name: "Ministère de la Transition numérique", acronym: MTNRA, kind: ministry,
     aliases: ["Ministère de l'Économie numérique"]}
  - {id: cti, name: Centres Techniques Industriels, acronym: CTI, kind: other}
  - {id: amica, name: "Association Marocaine pour l'Industrie et la Construction Automobile",
     acronym: AMICA, kind: association}
  - {id: ocp, name: OCP Group, acronym: OCP, kind: company}
  - {id: socpa, name: "Société SOCPA", kind: company}
  - {id: cadex, name: Cadex Maroc, kind: company}
  - {id: ade, name: "Agence de Développement", acronym: ADE, kind: public-body}
agreements:
  - {id: a-mic, title: A, type: other, signed_on: 2022,
     parties: [{org: mic, role: signatory}, {org: cti, role: partner}],
     sources: [{publisher: X, published_on: 2022}]}
  - {id: a-micepp, title: B, type: other, signed_on: 2023,
     parties: [{org: micepp, role: signatory}, {org: mtnra, role: signatory},
               {org: ocp, role: partner}],
     sources: [{publisher: X, published_on: 2023}]}
  - {id: a-amica, title: C, type: other, signed_on: 2024,
     parties: [{org: mic, role: signatory}, {org: amica, role: partner},
               {org: socpa, role: partner}],
     sources: [{publisher: X, published_on: 2024}]}
  - {id: a-cadex, title: D, type: other, signed_on: 2025,
     parties: [{org: mtnra, role: signatory}, {org: cadex, role: partner}],
     sources: [{publisher: X, published_on: 2025}]}
  - {id: a-ade, title: E, type: other,
     parties: [{org: ade, role: partner}],
     sources: [{publisher: X, published_on: 2025}]}
"""


@pytest.fixture
def orgs(write_yaml) -> Path:
    return write_yaml(ORGS)


def ids(run, data: Path, *args: str) -> list[str]:
    return sorted(r["id"] for r in run.json("list", *args, "--format", "json", data=data))


@pytest.mark.parametrize(("args", "expected"), [
    (["--ministry", "mic"], ["a-amica", "a-mic"]),           # never MICEPP's
    (["--ministry", "MIC"], ["a-amica", "a-mic"]),           # acronym, any case
    (["--ministry", "micepp"], ["a-micepp"]),
    (["--partner", "cti"], ["a-mic"]),                       # never "Construction"
    (["--partner", "ocp"], ["a-micepp"]),                    # never SOCPA
    (["--partner", "ade"], ["a-ade"]),                       # never Cadex
    (["--partner", "cadex"], ["a-cadex"]),
    (["--ministry", "industrie"], ["a-amica", "a-mic"]),     # a word of the name
    (["--ministry", "numerique"], ["a-cadex", "a-micepp"]),  # accents optional
    (["--ministry", "economie numerique"], ["a-cadex", "a-micepp"]),  # a former name
    (["--ministry", "transit"], ["a-cadex", "a-micepp"]),    # the start of a word
    (["--ministry", "ansition"], []),                        # never inside a word
    (["--partner", "construction automobile"], ["a-amica"]),
    (["--ministry", "fcp"], []),
    (["--ministry", "cti"], []),                             # CTI is not a ministry
])
def test_organization_filters_follow_the_matching_rules(run, orgs, args, expected):
    assert ids(run, orgs, *args) == expected


@pytest.mark.parametrize(("value", "flag", "expected"), [
    # as show and org print a party: the name, its acronym, its id
    ("Ministère de l'Industrie et du Commerce (MIC) [mic]", "--ministry", ["a-amica", "a-mic"]),
    ("Ministère de l'Industrie et du Commerce (MIC)", "--ministry", ["a-amica", "a-mic"]),
    ("Association Marocaine pour l'Industrie et la Construction Automobile (AMICA)",
     "--partner", ["a-amica"]),
    ("OCP Group (OCP) [ocp]", "--partner", ["a-micepp"]),
    ("Société SOCPA [socpa]", "--partner", ["a-amica"]),   # no acronym: the id alone
    ("(MICEPP)", "--ministry", ["a-micepp"]),
    # the acronym must be the named one's: never another body of the same words
    ("Ministère de l'Industrie et du Commerce (MICEPP)", "--ministry", []),
    ("OCP Group (OCP) [ocp]", "--ministry", []),             # not a ministry
])
def test_a_name_copied_from_convs_output_finds_its_body(run, orgs, value, flag, expected):
    """show prints "Banque mondiale (BM) [banque-mondiale]"; pasted into --partner, the
    acronym and the id were read as words of the name and found nothing."""
    assert ids(run, orgs, flag, value) == expected


def test_a_namesake_copied_with_its_id_finds_that_one(run, write_yaml):
    base = write_yaml(ORGS.replace(
        "  - {id: ocp,", "  - {id: sn-mic, name: \"Ministère de l'Industrie et du Commerce\", "
        "kind: ministry}\n  - {id: ocp,").replace(
        "     parties: [{org: ade, role: partner}],",
        "     parties: [{org: ade, role: partner}, {org: sn-mic, role: signatory}],"))
    copied = "Ministère de l'Industrie et du Commerce [sn-mic]"
    assert ids(run, base, "--ministry", copied) == ["a-ade"]
    assert ids(run, base, "--ministry", "Ministère de l'Industrie et du Commerce") == [
        "a-ade", "a-amica", "a-mic"]


def test_repeated_organization_filters_are_alternatives(run, orgs):
    assert ids(run, orgs, "--ministry", "mic", "--ministry", "micepp") == [
        "a-amica", "a-mic", "a-micepp"]
    # Different filters still combine: AND.
    assert ids(run, orgs, "--ministry", "mic", "--ministry", "micepp",
               "--partner", "ocp") == ["a-micepp"]


def test_repeated_year_and_type_filters_are_alternatives(run, orgs):
    assert ids(run, orgs, "--year", "2022", "--year", "2024") == ["a-amica", "a-mic"]
    assert ids(run, orgs, "--type", "other", "--type", "avenant", "--year", "2023") == [
        "a-micepp"]


@pytest.mark.parametrize("args", [
    ["--from", "2020", "--from", "2021"], ["--to", "2020", "--to", "2021"],
    ["--sort", "id", "--sort", "title"], ["--limit", "1", "--limit", "2"],
    ["--format", "csv", "--format", "json"],
])
def test_a_single_value_option_given_twice_is_refused(run, orgs, args):
    result = run("list", *args, data=orgs)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{args[0]} was given 2 times" in result.stderr


def test_global_data_option_given_twice_is_refused(run, orgs):
    result = run("--data", str(orgs), "list", data=orgs)
    assert result.exit_code == 2
    assert "--data was given 2 times" in result.stderr


def test_from_after_to_is_a_usage_error(run, orgs):
    result = run("list", "--from", "2020", "--to", "2015", data=orgs)
    assert result.exit_code == 2
    assert result.stderr == "conv: error: --from 2020 is after --to 2015; swap them\n"


def test_stats_use_the_same_matching(run, orgs):
    rows = run.json("stats", "--by", "ministry", "--ministry", "mic", "--format", "json",
                    data=orgs)
    assert [r["group"] for r in rows] == ["Ministère de l'Industrie et du Commerce"]


def test_notes_name_what_a_value_matched(orgs):
    from conventions_cli.db.cache import open_database

    conn = open_database(orgs).conn
    assert Filters(ministry=["ministere", "mic", "nothing"]).notes(conn) == [
        "--ministry 'ministere' matches 3 ministries: mic (Ministère de l'Industrie et du "
        "Commerce), micepp (Ministère de l'Investissement, de la Convergence et de "
        "l'Évaluation), mtnra (Ministère de la Transition numérique)",
        "--ministry 'nothing' matches no ministry; conv orgs --kind ministry lists them",
    ]


def test_notes_are_told_in_a_pipe_as_at_a_terminal(run, orgs, monkeypatch):
    from conventions_cli.cli import session

    piped = run("list", "--ministry", "ministere", "--format", "csv", data=orgs)
    assert piped.stderr.startswith("conv: note: --ministry 'ministere' matches 3 ministries")
    monkeypatch.setattr(session, "stderr_is_terminal", lambda: True)
    shown = run("list", "--ministry", "ministere", "--format", "csv", data=orgs)
    assert shown.stderr == piped.stderr
    assert shown.stdout == piped.stdout
    quiet = run("--quiet", "list", "--ministry", "ministere", "--format", "csv", data=orgs)
    assert quiet.stderr == ""


@pytest.mark.parametrize(("query", "text", "expected"), [
    ("cti", "Construction", False), ("cti", "Centres CTI", True),
    ("numerique", "Transition numérique", True), ("NUMÉRIQUE", "numerique", True),
    ("ade", "Cadex", False), ("ade", "Adéquation", True), ("l'industrie", "L’Industrie", True),
    ("", "anything", False), ("%", "100%", False), ("rabat sale", "Rabat-Salé-Kénitra", True),
])
def test_words_match(query, text, expected):
    assert words_match(query, text) is expected
