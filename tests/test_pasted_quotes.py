"""validate warns of a value wrapped whole in typographic quotes, as a word processor or a
web page pastes it: YAML keeps them as part of the value, so the same name counts twice."""

from __future__ import annotations

import json

QUOTED = """\
schema: 2
people:
  - {id: p, name: « Salma Idrissi », aliases: [“S. Idrissi”]}
events:
  - {id: e, name: „Forum 2025“}
organizations:
  - {id: mic, name: “Ministère de l'Industrie”, kind: ministry, aliases: [‘MIC’]}
  - {id: x, name: « Maroc Vert » et « Forêts », kind: other}
  - {id: y, name: Office “régional”, kind: other}
agreements:
  - id: a-2025
    title: ‘Convention de l’Oriental’
    type: accord
    signed_on: 2025-06-20
    event: e
    sectors: [“eau”, énergie]
    parties: [{org: mic, role: signatory}, {org: x, role: partner}, {org: y, role: partner}]
    sources: [{publisher: “Le Matin”, published_on: 2025-06-21, title: Un titre “cité”}]
"""


def test_values_wrapped_in_typographic_quotes_are_warned_of_where_they_stand(run, write_yaml):
    result = run("validate", data=write_yaml(QUOTED))
    assert result.exit_code == 0, result.output  # valid: a warning, not a problem
    lines = result.stderr.splitlines()
    # « A » et « B », Office “régional”, a title quoting a word: not wrapped whole, silent
    said = [line.split(": warning: ") for line in lines if "typographic quotes" in line]
    found = [(where.rsplit("/", 1)[-1], what.split(" is wrapped")[0]) for where, what in said]
    assert found == [
        ("agreements.yaml:3:19", "person 'p': name '« Salma Idrissi »'"),
        ("agreements.yaml:3:48", "person 'p': aliases '“S. Idrissi”'"),
        ("agreements.yaml:5:19", "event 'e': name '„Forum 2025“'"),
        ("agreements.yaml:7:21", "organization 'mic': name '“Ministère de l'Industrie”'"),
        ("agreements.yaml:7:75", "organization 'mic': aliases '‘MIC’'"),
        ("agreements.yaml:12:12", "title '‘Convention de l’Oriental’'"),
        ("agreements.yaml:16:15", "sectors '“eau”'"),
        ("agreements.yaml:18:27", "sources[0].publisher '“Le Matin”'")]
    said = next(line for line in lines if "'“eau”'" in line)
    assert "(“ ”)" in said and "remove them" in said and "' or \"" in said
    as_json = json.loads(run("validate", "--json", data=write_yaml(QUOTED)).stdout)
    assert sum("typographic" in w["message"] for w in as_json["warnings"]) == 8



EDGES = """\
schema: 2
organizations:
  - {id: inv, name: ”Office inverse“, kind: other}
  - {id: half, name: “Office half, kind: other}
  - {id: said, name: Office « dit » plus loin, kind: other}
  - {id: bei, name: Banque européenne d'investissement, acronym: BEI, kind: international}
agreements:
  - id: a-2025
    title: « Plan A
    type: accord
    parties: [{org: bei, role: funder}]
    sources: [{publisher: X, published_on: 2025, url: "“https://example.org/a”"}]
"""


def test_quotes_the_wrong_way_round_or_left_open_are_warned_of_too(run, write_yaml):
    result = run("validate", data=write_yaml(EDGES))
    lines = result.stderr.splitlines()
    said = {line.split(": warning: ")[0].rsplit("/", 1)[-1]: line for line in lines
            if "warning:" in line}
    assert set(said) == {"agreements.yaml:3:21", "agreements.yaml:4:22",
                         "agreements.yaml:9:12"}, lines
    assert "wrapped in typographic quotes (” “)" in said["agreements.yaml:3:21"]
    assert "starts with a typographic quote (“) that nothing closes" in \
        said["agreements.yaml:4:22"]
    assert "(«) that nothing closes" in said["agreements.yaml:9:12"]
    # an address in quotes is told to lose them, not to start with https://
    url = next(line for line in lines if "url" in line)
    assert "wrapped in typographic quotes (“ ”)" in url and "start it with" not in url


def test_a_name_filter_reads_a_name_pasted_with_its_quotes(run, write_yaml):
    data = write_yaml(EDGES.replace('url: "“https://example.org/a”"', "url: https://e.org"))
    plain = run("list", "--format", "tsv", "--partner", "BEI", data=data)
    assert len(plain.stdout.splitlines()) == 2
    for typed in ("“BEI”", "« BEI »", "”BEI“", "“Banque européenne d'investissement”"):
        quoted = run("list", "--format", "tsv", "--partner", typed, data=data)
        assert quoted.stdout == plain.stdout and "matches no" not in quoted.stderr, typed
