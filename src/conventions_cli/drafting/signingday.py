"""The day of the signing: the first signing sentence's date, a weekday the publication
cannot resolve giving way to the day a later sentence spells out, never a day said inside
a quotation; a month refined by the day a later sentence gives."""

from __future__ import annotations

import datetime as dt
import re

from .dates import Published, find_dates
from .facts import Fact
from .normalize import WEEKDAYS, fold
from .sentences import Sentence

__all__ = ["_nearest", "_quoted", "_signing_date", "_to_the_day"]


def _nearest(facts: list[Fact], point: int) -> Fact | None:
    return min(facts, key=lambda f: abs(f.start - point)) if facts else None


def _signing_date(text: str, signing: list[Sentence], pub: Published | None,
                  anywhere: bool = False) -> Fact | None:
    """The first signing sentence's date; a weekday the publication date cannot resolve
    ("ce vendredi", published in March) gives way to the day a later sentence spells out."""
    unresolved = None
    for s in signing:
        dates = [d for d in find_dates(text, s.start, s.end, pub) if d.extra["signing"]
                 and not _quoted(text, s.start, d.start)]
        resolved = [d for d in dates if d.value]
        if unresolved is not None:
            resolved = [d for d in resolved if _fits_weekday(text, unresolved, d, pub)]
        if resolved:
            return resolved[0] if anywhere else _nearest(resolved, s.trigger_near()[0])
        if dates and unresolved is None:
            unresolved = dates[0] if anywhere else _nearest(dates, s.trigger_near()[0])
    return unresolved


def _quoted(text: str, start: int, at: int) -> bool:
    """Inside a quotation ("« Le plan que nous lançons aujourd'hui … »"): the speaker's
    day, not the one the article dates."""
    before = text[start:at]
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1


def _fits_weekday(text: str, weekday: Fact, day: Fact, pub: Published | None) -> bool:
    """Whether a later sentence's day can be the one a weekday of the signing sentence
    points to: a weekday is said of the days just before the publication, so "signée
    jeudi" is not the day of an agreement it follows ("celui signé en décembre 2018")."""
    if pub is None or pub.month is None or not day.value:
        return pub is None or pub.month is None
    since, last = pub.month_span()
    if len(day.value) == 7:
        return since <= dt.date.fromisoformat(day.value + "-01") <= last
    found = dt.date.fromisoformat(day.value)
    named = re.search(rf"\b(?:{'|'.join(WEEKDAYS)})\b", fold(text[weekday.start:weekday.end]))
    return since <= found <= last and (
        named is None or WEEKDAYS[found.weekday()] == named.group(0))


def _to_the_day(text: str, later: list[Sentence], pub: Published | None,
                date: Fact | None) -> Fact | None:
    """ "signés en mars dernier …" then "Il a été signé le 27 mars": the day, in that month,
    a later sentence gives the signing."""
    if date is None or not date.value or len(date.value) != 7:
        return date
    for s in later:
        for d in find_dates(text, s.start, s.end, pub):
            if d.extra["signing"] and d.value and len(d.value) == 10 and \
                    d.value.startswith(date.value):
                return d
    return date
