"""conv due on a past day takes nothing the base holds without a date as known by then: an
undated completed status is listed (not taken as settling), and an undated follow-up, or
one whose date runs past that day, is not a follow-up yet."""

from __future__ import annotations

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
agreements:
  - id: finished-undated
    title: Programme achevé, sans date de l'achèvement
    type: contrat-programme
    signed_on: 2014-04
    parties: [{org: mic, role: signatory}]
    period: {start: 2014, end: 2016}
    status: completed
    sources: [{publisher: Communiqué, published_on: 2014-04-10}]
  - id: finished-dated
    title: Programme achevé en 2016
    type: contrat-programme
    signed_on: 2014-05
    parties: [{org: mic, role: signatory}]
    period: {start: 2014, end: 2016}
    status: completed
    status_on: 2016-11
    sources: [{publisher: Communiqué, published_on: 2014-05-10}]
  - id: first
    title: Premier programme
    type: contrat-programme
    signed_on: 2015-04-01
    parties: [{org: mic, role: signatory}]
    period: {start: 2015, end: 2016}
    sources: [{publisher: Communiqué, published_on: 2015-04-02}]
  - id: sequel-undated
    title: Suite sans date
    type: contrat-programme
    follows: first
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Communiqué, published_on: 2024-04-10}]
  - id: sequel-straddling
    title: Suite signée entre deux mois
    type: contrat-programme
    signed_on: 2017-12/2018-02
    follows: first
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Communiqué, published_on: 2018-03-01}]
  - id: sequel-day
    title: Suite datée
    type: contrat-programme
    signed_on: 2017-06-01
    follows: first
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Communiqué, published_on: 2017-06-02}]
"""


def _due(run, path, *args):
    result = run("due", *args, "--format", "json", data=path)
    assert result.exit_code == 0, result.output
    import json

    return {row["id"]: row for row in json.loads(result.stdout)}, result.stderr


def test_an_undated_completed_status_is_no_proof_on_a_past_day(run, write_yaml):
    path = write_yaml(BASE)
    rows, stderr = _due(run, path, "--on", "2017-12-31")
    assert "finished-dated" not in rows  # reported completed in 2016: settled by then
    assert rows["finished-undated"]["status"] == "completed"
    assert rows["finished-undated"]["status_on"] is None
    assert ("1 agreement(s) have a status without a date (finished-undated (completed)): it "
            "may have been reported after 2017-12-31, so it is not taken as settling them "
            "by then") in stderr


def test_today_an_undated_status_settles(run, write_yaml):
    path = write_yaml(BASE)
    rows, stderr = _due(run, path)
    assert "finished-undated" not in rows and "without a date" not in stderr


def test_a_follow_up_counts_only_once_surely_signed(run, write_yaml):
    path = write_yaml(BASE)
    rows, _ = _due(run, path, "--on", "2017-12-31")
    assert rows["first"]["followed_by"] == ["sequel-day"]
    rows, _ = _due(run, path, "--on", "2018-02-28")
    assert rows["first"]["followed_by"] == ["sequel-day", "sequel-straddling"]
    rows, _ = _due(run, path)  # today: every follow-up the base has is signed
    assert set(rows["first"]["followed_by"]) == {"sequel-day", "sequel-straddling",
                                                 "sequel-undated"}
