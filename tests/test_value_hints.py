"""A place, region, sector or currency that matches none of the base's says so on stderr in
a pipe too, with the nearest value the base holds; a name typed as a code (an acronym, an
id remembered) gets the hint conv org and conv event give."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
people:
  - {id: aziz-akhannouch, name: Aziz Akhannouch}
events:
  - {id: gitex-africa-2024, name: GITEX Africa 2024}
  - {id: gitex-africa-2025, name: GITEX Africa 2025}
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: mef, name: "Ministère de l'Économie et des Finances", acronym: MEF, kind: ministry}
  - {id: acme, name: Acme Maroc, kind: company}
agreements:
  - id: one
    title: Accord industriel
    type: accord
    signed_on: 2024-03-01
    place: Agadir
    region: Souss-Massa
    sectors: [industrie, agro-industrie]
    funding: {amount: 10, currency: EUR}
    event: gitex-africa-2024
    parties: [{org: mic, role: signatory}, {org: acme, role: partner}]
    signatories: [{person: aziz-akhannouch, org: mic}]
    sources: [{publisher: Communiqué, published_on: 2024-03-02}]
  - id: two
    title: Convention de Casablanca
    type: convention-cadre
    signed_on: 2025-03-01
    place: Casablanca
    sectors: [tourisme]
    funding: {amount: 20, currency: MAD}
    event: gitex-africa-2025
    parties: [{org: mef, role: signatory}]
    sources: [{publisher: Communiqué, published_on: 2025-03-02}]
"""


@pytest.mark.parametrize(("flag", "typed", "told"), [
    ("--region", "souss masa", "matches no region where an agreement was signed; did you "
                               "mean Souss-Massa?"),
    ("--region", "casablanca setat", "did you mean Casablanca-Settat?"),  # derived
    ("--region", "agadir", "matches no region, but a place: --place 'agadir' finds"),
    ("--sector", "industry", "matches no sector of the agreements; did you mean industrie "
                             "or agro-industrie?"),
    ("--sector", "turisme", "did you mean tourisme?"),
    ("--place", "casablanka", "matches no place where an agreement was signed; did you mean "
                              "Casablanca?"),
    ("--currency", "USD", "is no agreement's currency (the base has EUR, MAD)"),
    ("--currency", "EUE", "(the base has EUR, MAD); did you mean EUR?"),
    ("--ministry", "MCI", "matches no ministry; did you mean Ministère de l'Industrie et du "
                          "Commerce [mic]?"),
    ("--person", "Akhanouch", "did you mean Aziz Akhannouch [aziz-akhannouch]?"),
    ("--event", "Gitex 2026", "did you mean GITEX Africa 2025 [gitex-africa-2025] or GITEX "
                              "Africa 2024 [gitex-africa-2024]?"),
])
def test_a_value_the_base_lacks_is_said_in_a_pipe_with_the_nearest(run, write_yaml, flag,
                                                                   typed, told):
    path = write_yaml(BASE)
    result = run("list", flag, typed, "--format", "tsv", data=path)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == []
    assert result.stderr.startswith(f"conv: note: {flag} '{typed}' ")
    assert told in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(("flag", "typed"), [
    ("--region", "souss"), ("--region", "casablanca"), ("--sector", "tourisme"),
    ("--place", "casablanca"), ("--currency", "eur"), ("--event", "gitex 2025"),
])
def test_a_value_the_base_holds_says_nothing(run, write_yaml, flag, typed):
    path = write_yaml(BASE)
    result = run("list", flag, typed, "--format", "tsv", data=path)
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 2


def test_a_value_that_holds_several_says_which_in_a_pipe_too(run, write_yaml):
    # "industrie" is a word of "agro-industrie" too: a log is told both were taken
    path = write_yaml(BASE)
    result = run("list", "--sector", "industrie", "--format", "tsv", data=path)
    assert result.stderr == ("conv: note: --sector 'industrie' matches 2 sectors: "
                             "agro-industrie, industrie\n")
    assert len(result.stdout.splitlines()) == 2


def test_a_far_value_gets_no_guess_and_stats_says_it_too(run, write_yaml):
    path = write_yaml(BASE)
    result = run("stats", "--by", "sector", "--sector", "zzzz", data=path)
    assert result.stderr.startswith("conv: note: --sector 'zzzz' matches no sector of the "
                                    "agreements (conv stats --by sector lists them)\n")
    assert run("--quiet", "list", "--region", "souss masa", data=path).stderr == ""
