"""A value a message offers to type again is quoted for a shell: French names hold an
apostrophe (l'Agence, d'Agadir, l'Oriental), and 'l'Agence…' pasted back is no value."""

from __future__ import annotations

import re
import shlex

import pytest

from conventions_cli.text import shell_word

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: anp, name: "Agence nationale des ports", acronym: ANP, kind: public-body}
people:
  - {id: sean-obrien, name: Seán O'Brien}
agreements:
  - id: port-2013
    title: Convention portuaire
    type: accord
    signed_on: 2013-04-02
    place: Agadir
    parties: [{org: mic, role: signatory}, {org: anp, role: partner}]
    signatories: [{person: sean-obrien, org: anp}]
    sources: [{publisher: Communiqué, published_on: 2013-04-03}]
"""
# a flag and the value after it, as a shell would read it: '…', "…" or a bare word
SAID = re.compile(r"""(--[a-z-]+) ((?:'[^']*'|"[^"]*"|[^\s'";,:)]+)+)""")


def _said(stderr: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for flag, value in SAID.findall(stderr):
        found.setdefault(flag, []).append(shlex.split(value)[0])
    return found


@pytest.mark.parametrize(("args", "flag", "value"), [
    (("export", "--partner", "l'Agence nationale des ports", "--year", "2012", "-o",
      "x.csv"), "--partner", "l'Agence nationale des ports"),
    (("list", "--partner", "l'Agence nationale des portz"), "--partner",
     "l'Agence nationale des portz"),
    (("list", "--person", "O'Briain"), "--person", "O'Briain"),
    (("list", "--place", "d'Agadirr"), "--place", "d'Agadirr"),
    (("list", "--region", "l'Orientalx"), "--region", "l'Orientalx"),
    (("list", "--follows", "port'2013"), "--follows", "port'2013"),
    (("list", "--ministry", "l'ANP"), "--ministry", "l'ANP"),
    (("list", "--place", "it's \"$HOME\""), "--place", "it's \"$HOME\""),
])
def test_every_value_a_message_offers_pastes_back_whole(run, write_yaml, here, args, flag,
                                                        value):
    path = write_yaml(BASE)
    result = run(*args, data=path)
    said = _said(result.stderr)
    assert said.get(flag), result.stderr
    assert said[flag][0] == value, result.stderr  # the value each message opens with


def test_a_place_after_its_article_is_that_place(run, write_yaml):
    path = write_yaml(BASE)
    found = run("list", "--place", "d'Agadir", "--format", "tsv", data=path)
    assert found.stdout.splitlines()[1].split("\t")[0] == "port-2013"
    assert found.stderr == ""


@pytest.mark.parametrize("value", ["l'Oriental", "plain", "two words", "it's $x", "a\"b'c",
                                   "", "Ministère de l’Industrie"])
def test_shell_word_reads_back_as_the_value(value):
    assert shlex.split(shell_word(value)) == [value]
    assert shlex.split(shell_word(value, bare=True)) == [value]
