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

