"""conv org, person and event take the exact name the filters take: a whole name or another
spelling, or conv's own printed form, names one record; words of a name alone still ask."""

from __future__ import annotations

import json

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: banque-mondiale, name: Banque mondiale, acronym: BM, kind: international}
  - {id: banque-populaire, name: Banque populaire, kind: company}
people:
  - {id: lina-benali, name: Lina Benali, aliases: [Benali]}
  - {id: omar-benali, name: Omar Benali Tazi}
events:
  - {id: salon-industrie-2024, name: Salon de l'industrie 2024}
  - {id: salon-industrie-2025, name: Salon de l'industrie 2025}
agreements:
  - id: pret-2024
    title: Prêt pour des zones industrielles
    type: accord
    signed_on: 2024-05-02
    event: salon-industrie-2024
    parties: [{org: mic, role: signatory}, {org: banque-mondiale, role: funder}]
    signatories: [{person: lina-benali, org: mic}]
    sources: [{publisher: Communiqué, published_on: 2024-05-03}]
"""


@pytest.mark.parametrize(("command", "typed", "ident"), [
    ("org", "Banque mondiale", "banque-mondiale"),
    ("org", "la banque MONDIALE", "banque-mondiale"),
    ("org", "Banque mondiale (BM)", "banque-mondiale"),
    ("org", "Banque mondiale (BM) [banque-mondiale]", "banque-mondiale"),
    ("org", "Ministère de l'Industrie et du Commerce", "mic"),
    ("person", "Lina Benali", "lina-benali"),
    ("person", "lina benali [lina-benali]", "lina-benali"),
    ("person", "Omar Benali Tazi", "omar-benali"),
    ("event", "Salon de l'industrie 2025", "salon-industrie-2025"),
    ("event", "salon de l’industrie 2024", "salon-industrie-2024"),
])
def test_a_whole_name_shows_that_record(run, write_yaml, command, typed, ident):
    path = write_yaml(BASE)
    found = run(command, typed, "--format", "json", data=path)
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)["id"] == ident
    assert json.loads(found.stdout) == json.loads(
        run(command, ident, "--format", "json", data=path).stdout)


@pytest.mark.parametrize(("command", "typed", "offered"), [
    ("org", "Banque", "banque-mondiale (Banque mondiale), banque-populaire"),
    ("person", "Omar Benali", "omar-benali (Omar Benali Tazi)"),
    ("event", "Salon de l'industrie", "salon-industrie-2024"),
])
def test_words_of_a_name_alone_still_ask(run, write_yaml, command, typed, offered):
    path = write_yaml(BASE)
    refused = run(command, typed, data=path)
    assert refused.exit_code == 1
    assert "did you mean" in refused.stderr and offered in refused.stderr
