"""due --on DAY shows and filters by the status known on that day, and a status dated by
month or year is known (and settles an agreement) only once it surely happened by then:
the rule that tells whether a follow-up was signed by that day."""

from __future__ import annotations

import json

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
agreements:
  - id: closed-in-december
    title: Programme clos en décembre
    type: accord
    signed_on: 2020-01-10
    period: {start: 2020, end: 2024}
    status: completed
    status_on: 2025-12
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2020-01-11}]
  - id: running-in-2025
    title: Programme en cours en 2025
    type: accord
    signed_on: 2020-01-10
    period: {start: 2020, end: 2024}
    status: in-force
    status_on: 2025
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2020-01-11}]
  - id: next-in-december
    title: Programme qui prend la suite
    type: accord
    signed_on: 2025-12
    follows: running-in-2025
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2025-12-20}]
"""


def _due(run, path, *args):
    result = run("due", *args, "--format", "jsonl", data=path)
    assert result.exit_code == 0, result.output
    return {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}


def test_status_filter_reads_the_status_of_that_day(run, write_yaml):
    path = write_yaml(BASE)
    # on 30 June 2025 the completion (reported December 2025) was not known: no status
    before = _due(run, path, "--on", "2025-06-30")
    assert before["closed-in-december"]["status"] is None
    assert _due(run, path, "--on", "2025-06-30", "--status", "completed") == {}
    # the in-force report of 2025 may be of December: not known in June either
    assert before["running-in-2025"]["status"] is None
    assert _due(run, path, "--on", "2025-06-30", "--status", "in-force") == {}
    after = _due(run, path, "--on", "2026-01-31", "--status", "in-force")
    assert list(after) == ["running-in-2025"]
    assert after["running-in-2025"]["status"] == "in-force"


@pytest.mark.parametrize(("day", "settled", "followed"), [
    ("2025-12-15", False, []),  # December 2025 may mean the 31st
    ("2025-12-31", True, ["next-in-december"]),
])
def test_a_month_status_settles_as_a_month_follow_up_counts(run, write_yaml, day, settled,
                                                           followed):
    due = _due(run, write_yaml(BASE), "--on", day)
    assert ("closed-in-december" not in due) is settled
    assert due["running-in-2025"]["followed_by"] == followed
