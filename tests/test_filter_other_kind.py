"""An organization's id or acronym given to a party filter of the wrong kind names that
organization, says which option finds it (in a pipe too), and selects nothing: it is never
read as the first letters of other names' words."""

from __future__ import annotations

import pytest

from conventions_cli.text import shell_word

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: mef, name: "Ministère de l'Économie et des Finances", acronym: MEF, kind: ministry}
  - {id: fmef, name: "Fondation marocaine pour l'éducation financière", acronym: FMEF,
     kind: association}
  - {id: amana, name: "Association pour les micro-entreprises", kind: association}
  - {id: fnam, name: "Fédération des associations de microcrédit", kind: federation}
  - {id: onee, name: "Office national de l'eau", acronym: ONEE, kind: public-body}
  - {id: kfw, name: "Banque allemande de développement", acronym: KfW, kind: international}
agreements:
  - id: micro
    title: Ligne de microcrédit
    type: accord
    signed_on: 2024-03-01
    parties: [{org: amana, role: beneficiary}, {org: fnam, role: partner},
              {org: fmef, role: partner}, {org: kfw, role: funder}]
    sources: [{publisher: Communiqué, published_on: 2024-03-02}]
  - id: industrie
    title: Convention industrielle
    type: convention-cadre
    signed_on: 2024-05-01
    parties: [{org: mic, role: signatory}, {org: mef, role: signatory},
              {org: onee, role: partner}]
    sources: [{publisher: Communiqué, published_on: 2024-05-02}]
"""


@pytest.mark.parametrize(("flag", "typed", "told"), [
    ("--partner", "mic", "is Ministère de l'Industrie et du Commerce [mic], a ministry: "
                         "--ministry mic finds its agreements"),
    ("--partner", "M.I.C.", "a ministry: --ministry mic finds its agreements"),
    ("--partner", "MEF", "is Ministère de l'Économie et des Finances [mef], a ministry: "
                         "--ministry mef finds its agreements"),
    ("--public", "mic", "a ministry: --ministry mic finds its agreements"),
    ("--ministry", "onee", "is Office national de l'eau [onee], a public party: "
                           "--public onee finds its agreements"),
    ("--public", "KFW", "is Banque allemande de développement [kfw], a partner: "
                        "--partner kfw finds its agreements"),
    # a name copied from conv's own output is read as the id in brackets
    ("--partner", "Ministère de l'Industrie et du Commerce [mic]",
     "a ministry: --ministry mic finds its agreements"),
])
def test_another_kinds_code_names_it_and_selects_nothing(run, write_yaml, flag, typed, told):
    path = write_yaml(BASE)
    result = run("list", flag, typed, "--format", "tsv", data=path)
    assert result.exit_code == 0  # as any value that matches nothing
    assert result.stdout.splitlines()[1:] == []  # never micro-entreprises, microcrédit…
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"conv: note: {flag} {shell_word(typed)} is ")
    assert told in result.stderr
    assert "did you mean" not in result.stderr and "matches no" not in result.stderr


def test_the_same_code_to_the_right_filter_still_finds_it(run, write_yaml):
    path = write_yaml(BASE)
    for flag, typed in (("--ministry", "mic"), ("--public", "onee"), ("--partner", "kfw"),
                        ("--partner", "onee")):
        result = run("list", flag, typed, "--format", "tsv", data=path)
        assert result.stderr == ""
        assert len(result.stdout.splitlines()) == 2


def test_words_of_another_kinds_name_say_which_option_finds_them(run, write_yaml):
    path = write_yaml(BASE)
    result = run("list", "--partner", "Ministère de l'Industrie", "--format", "tsv",
                 data=path)
    assert result.stdout.splitlines()[1:] == []
    assert ("matches none of the parties that are not ministries, but 1 organization(s) of "
            "another kind: mic (Ministère de l'Industrie et du Commerce); --ministry "
            "\"Ministère de l'Industrie\" finds them") in result.stderr


def test_stats_and_the_exact_id_are_the_same_rule(run, write_yaml):
    path = write_yaml(BASE)
    result = run("stats", "--by", "partner", "--partner", "mic", "--format", "tsv",
                 data=path)
    assert "--ministry mic finds its agreements" in result.stderr
    assert "micro" not in result.stdout
