"""Warnings of `conv validate` for dates of one agreement that contradict each other: each
is a possible date, so the base is valid, but together they tell a story that cannot be
(completed before it was signed, reported the day before its signing, signed at a fair
after the fair had closed): a year copied by hand, most likely. Each is said where the
later-written date stands, naming the other."""

from __future__ import annotations

from typing import Any

from ..text import quote
from .dates import DateError, bounds, loose_bounds
from .geography import city_region, place_key
from .yamlnodes import Problem


def _days(value: Any) -> tuple[str, str] | None:
    """The first and last day a date covers; None when there is none or it is no date
    (a problem said elsewhere)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return bounds(value)
    except DateError:
        return None


def _may_be(value: Any) -> tuple[str, str] | None:
    """The first and last day a date may cover, an approximate day (2020-06-15~) a day
    either side: read as the date filters read it, so that validate never calls "before
    the signing" a day that --to keeps as possibly the signing day."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return loose_bounds(value)
    except DateError:
        return None


def _at(record: Any, path: str, message: str) -> Problem:
    line, col = record["_marks"].get(path, (record["_line"], 1))
    return Problem(record["_source"], line, col, message)


def _town(place: str) -> str:
    """A place's town (a business park's, the gazetteer's name of a town), compared folded."""
    known = city_region(place)
    return place_key(known[0] if known else place)


def chronology_warnings(record: Any, events: dict[str, Any]) -> list[Problem]:
    """A status, a jobs horizon or a period over before the signing; sources that all
    report the signing before it happened; a signing outside the dates or the town of the
    event it was signed at."""
    signed_on = record.get("signed_on")
    signed = _days(signed_on)
    found: list[Problem] = []
    if signed is not None:
        first_year = int(signed[0][:4])
        status_on = _may_be(record.get("status_on"))
        may_sign = _may_be(signed_on) or signed
        if status_on is not None and record.get("status") and status_on[1] < may_sign[0]:
            found.append(_at(record, "status_on", (
                f"status_on {record['status_on']} is before the signing (signed_on "
                f"{signed_on}), so status {record['status']} was reported before the "
                "agreement existed (conv due does not take it as settling it); check both "
                "dates")))
        jobs = record.get("jobs") or {}
        if isinstance(jobs.get("by"), int) and jobs["by"] < first_year:
            found.append(_at(record, "jobs.by", (
                f"jobs.by {jobs['by']} is before the signing year ({first_year}): jobs are "
                "promised for a year to come; check the year")))
        period = record.get("period") or {}
        if isinstance(period.get("end"), int) and period["end"] < first_year:
            found.append(_at(record, "period.end", (
                f"period.end {period['end']} is before the signing year ({first_year}), so "
                "the programme was over when it was signed; check the year")))
        found += _reported_before(record, signed_on, may_sign)
    event = events.get(record.get("event")) if record.get("event") else None
    if event is not None:
        found += _outside_event(record, event, signed_on, signed)
    return found


def _reported_before(record: Any, signed_on: str, signed: tuple[str, str]) -> list[Problem]:
    """Every source published before the first day the signing may be on: a report of a signing that
    had not happened (one source later than the signing explains the others: an
    announcement, then the report)."""
    sources = record.get("sources") or []
    dated = [(n, _may_be(s.get("published_on"))) for n, s in enumerate(sources)
             if isinstance(s, dict)]
    if not dated or any(days is None or days[1] >= signed[0] for _n, days in dated):
        return []
    which = "its only source is" if len(dated) == 1 else "all its sources are"
    latest = max(dated, key=lambda item: item[1] or ("", ""))[0]
    return [_at(record, f"sources[{latest}].published_on", (
        f"{which} published before the signing (signed_on {signed_on}; sources[{latest}]."
        f"published_on {sources[latest]['published_on']}): a report of a signing comes "
        "after it; check the dates, or say in a comment that the source announced it"))]


def _outside_event(record: Any, event: Any, signed_on: Any,
                   signed: tuple[str, str] | None) -> list[Problem]:
    found = []
    # an event with a start only (a state visit, its first day) may last: only its start
    # bounds it
    start, end = _days(event.get("start")), _days(event.get("end"))
    name = quote(event.get("id"))
    if signed is not None and (start is not None and signed[1] < start[0]
                               or end is not None and signed[0] > end[1]):
        held = ", ".join(f"{key} {event[key]}" for key in ("start", "end")
                           if event.get(key))
        found.append(_at(record, "signed_on", (
            f"signed_on {signed_on} is outside the dates of event {name} ({held}), where it "
            "was signed; check the date or the event")))
    place, held_in = record.get("place"), event.get("place")
    if isinstance(place, str) and isinstance(held_in, str) and place.strip() \
            and held_in.strip() and _town(place) != _town(held_in):
        found.append(_at(record, "place", (
            f"place {quote(place)} is not the town of event {name} ({held_in}), where it "
            "was signed; check the place or the event")))
    return found
