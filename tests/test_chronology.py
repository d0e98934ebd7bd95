"""Dates of one agreement that contradict each other: valid, warned of where to check, and
never taken by conv due as settling an agreement."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

HEAD = """\
schema: 2
events:
  - {id: salon, name: Salon 2025, place: Fès, start: 2025-05-10, end: 2025-05-12}
  - {id: visite, name: Visite 2025, place: Dakar, start: 2025-05-10}
organizations:
  - {id: mic, name: Ministère, kind: ministry}
agreements:
  - id: a
    title: T
    type: other
    parties: [{org: mic, role: signatory}]
"""


def warnings(run, write_yaml: Callable[..., Path], lines: str) -> list[str]:
    result = run("validate", data=write_yaml(HEAD + lines))
    assert result.exit_code == 0, result.output
    return result.stderr.splitlines()


def test_a_status_jobs_period_or_source_before_the_signing_is_warned_of(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    assert warnings(run, write_yaml, """\
    signed_on: 2025-05-13
    status: completed
    status_on: 2024-01
    jobs: {direct: 2400, by: 2020}
    period: {start: 2019, end: 2024}
    sources: [{publisher: P, published_on: 2025-05-12}]
""") == [
        "agreements.yaml:14:16: warning: status_on 2024-01 is before the signing (signed_on "
        "2025-05-13), so status completed was reported before the agreement existed (conv due "
        "does not take it as settling it); check both dates",
        "agreements.yaml:15:30: warning: jobs.by 2020 is before the signing year (2025): "
        "jobs are promised for a year to come; check the year",
        "agreements.yaml:16:32: warning: period.end 2024 is before the signing year (2025), "
        "so the programme was over when it was signed; check the year",
        "agreements.yaml:17:44: warning: its only source is published before the signing "
        "(signed_on 2025-05-13; sources[0].published_on 2025-05-12): a report of a signing "
        "comes after it; check the dates, or say in a comment that the source announced it"]


def test_dates_in_their_order_are_silent(run, write_yaml: Callable[..., Path],
                                         here: Path) -> None:
    """The same year, a month signing reported within it, an announcement then a report."""
    assert warnings(run, write_yaml, """\
    signed_on: 2025-05
    status: completed
    status_on: 2025-05-20
    jobs: {direct: 2400, by: 2025}
    period: {start: 2020, end: 2025}
    sources:
      - {publisher: P, published_on: 2025-04-30}
      - {publisher: P, published_on: 2025-05-01}
""") == []


def test_a_signing_outside_its_events_dates_or_town_is_warned_of(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    assert warnings(run, write_yaml, """\
    signed_on: 2025-06-20
    place: Casablanca
    event: salon
    sources: [{publisher: P, published_on: 2025-06-21}]
  - id: b
    title: T
    type: other
    signed_on: 2025-05-20
    place: Dakar
    event: visite
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: P, published_on: 2025-06-21}]
  - id: c
    title: T
    type: other
    signed_on: 2025-05-12
    place: Fez
    event: salon
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: P, published_on: 2025-06-21}]
""") == [
        "agreements.yaml:12:16: warning: signed_on 2025-06-20 is outside the dates of event "
        "'salon' (start 2025-05-10, end 2025-05-12), where it was signed; check the date or "
        "the event",
        "agreements.yaml:13:12: warning: place 'Casablanca' is not the town of event 'salon' "
        "(Fès), where it was signed; check the place or the event",
        # the town of its event, written another way: said as such, not as another town
        "agreements.yaml:28:12: warning: place 'Fez' is written 'Fès' at line 3, the same "
        "town; write it one way: --place finds both, but listings and exports show two "
        "places"]


def test_due_does_not_take_a_status_dated_before_the_signing_as_settling(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    path = write_yaml(HEAD + """\
    signed_on: 2020-05-13
    status: completed
    status_on: 2019-01
    jobs: {direct: 2400, by: 2022}
    sources: [{publisher: P, published_on: 2020-05-14}]
""")
    result = run("due", "--on", "2025-12-31", "--format", "tsv", data=path)
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["id", "a"]
    assert result.stderr == ("conv: note: a: status completed is dated 2019-01, before its "
                             "signing (2020-05-13), so it is not taken as settling it; conv "
                             "validate says where to check\n")
    settled = write_yaml(HEAD + """\
    signed_on: 2020-05-13
    status: completed
    status_on: 2021-01
    jobs: {direct: 2400, by: 2022}
    sources: [{publisher: P, published_on: 2020-05-14}]
""", "settled.yaml")
    result = run("due", "--on", "2025-12-31", "--format", "tsv", data=settled)
    assert result.stdout.splitlines()[1:] == [] and result.stderr == ""


def test_an_approximate_day_is_before_the_signing_only_as_the_date_filters_say(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    """2020-06-15~ may be the 14th: `list --to 2020-06-14` keeps it, so a status or a
    source of the 14th is no contradiction (and due takes the status as settling it); two
    days before still is."""
    def agreement(status_on: str, published_on: str) -> str:
        return HEAD + f"""\
    signed_on: 2020-06-15~
    status: completed
    status_on: {status_on}
    jobs: {{direct: 10, by: 2021}}
    sources: [{{publisher: P, published_on: {published_on}}}]
"""
    assert warnings(run, write_yaml, agreement("2020-06-14", "2020-06-14")[len(HEAD):]) == []
    path = write_yaml(agreement("2020-06-14", "2020-06-14"), "day.yaml")
    listed = run("list", "--to", "2020-06-14", "--format", "tsv", data=path)
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["id", "a"]
    due = run("due", "--on", "2025-12-31", "--format", "tsv", data=path)
    assert due.stdout.splitlines()[1:] == [] and due.stderr == ""
    found = warnings(run, write_yaml, agreement("2020-06-13", "2020-06-13")[len(HEAD):])
    assert [w.split(": warning: ")[1].split(" (")[0] for w in found] == [
        "status_on 2020-06-13 is before the signing",
        "its only source is published before the signing"]
    # an uncertain day (?) may be wrong, not a day off: read as the filters read it
    uncertain = warnings(run, write_yaml, agreement("2020-06-14", "2020-06-14")[len(HEAD):]
                         .replace("2020-06-15~", "2020-06-15?"))
    assert len(uncertain) == 2
