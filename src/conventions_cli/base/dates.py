"""Dates as the data format writes them, and the days they cover.

Schema 1 writes `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Schema 2 also takes EDTF level 1
(Library of Congress' Extended Date/Time Format), restricted to what press reports need:
an interval `A/B` of those dates, and a trailing `?` (uncertain) or `~` (approximate) on a
date. The `edtf` package reads the intervals and qualified dates; a plain date is checked
with datetime, which says the same thing 10 000 times faster (edtf takes about 6 ms a date:
a minute for a 10 000-agreement base; tests/test_dates.py checks the two agree).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata

PLAIN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
PART = r"\d{4}(?:-\d{2}(?:-\d{2})?)?[?~]?"
EXTENDED = re.compile(rf"({PART})(?:/({PART}))?\Z")


class DateError(ValueError):
    """Why a date is not one; the message says what to write instead."""


SHORT = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\Z")
# Dashes a word processor or a web page puts for a hyphen (‐ ‑ ‒ – — ―, minus signs).
DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58"
                                     "\ufe63\uff0d", "-"))
FRENCH = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})\Z")


MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
          "septembre", "octobre", "novembre", "decembre")
# "juin 2022", "3 juin 2022", "1er juin 2022": a date as the press writes it
WORDED = re.compile(rf"(?:(\d{{1,2}})(?:er)?\s+)?({'|'.join(MONTHS)})\s+(\d{{4}})\Z",
                    re.IGNORECASE)


def date_meant(value: str) -> str:
    """"; did you mean 2024-02-03?" for a date written without its zeros (2024-2-3) or
    the French way (03/02/2024, day first; "3 février 2024", "juin 2022"), or with
    another dash than the hyphen (2012‐01, pasted from a word processor), when that is a
    real day; else nothing."""
    typed = value.translate(DASHES).strip()
    short, french = SHORT.match(typed), FRENCH.match(typed)
    worded = WORDED.match("".join(c for c in unicodedata.normalize("NFD", typed)
                                  if not unicodedata.combining(c)))
    if short:
        year, month, day = short.groups()
    elif french:
        day, month, year = french.groups()
    elif worded:
        day, year = worded.group(1), worded.group(3)
        month = str(MONTHS.index(worded.group(2).lower()) + 1)
    else:
        return ""
    guess = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    if guess == value:
        return ""
    try:
        dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        return ""
    return f"; did you mean {guess}?"


@functools.lru_cache(maxsize=16384)
def plain_bounds(value: str) -> tuple[str, str]:
    """The first and last day of a plain date; DateError if it is not one."""
    match = PLAIN.match(value)
    if not match:
        raise DateError("is not a date; write YYYY-MM-DD, YYYY-MM or YYYY" + date_meant(value))
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        first = dt.date(year, 1 if month is None else month,  # type: ignore[arg-type]
                        1 if day is None else day)
        if day is not None:
            last = first
        elif month is not None:
            last = first.replace(day=calendar.monthrange(year, month)[1])  # type: ignore[arg-type]
        else:
            last = first.replace(month=12, day=31)
    except ValueError:
        raise DateError("is not a real date; check the day and month") from None
    return first.isoformat(), last.isoformat()


@functools.lru_cache(maxsize=4096)
def bounds(value: str) -> tuple[str, str]:
    """The first and last day a schema-2 date covers (the whole interval, the whole month
    of `2016-12?`); DateError when it is not one this format takes."""
    if PLAIN.match(value):
        return plain_bounds(value)
    match = EXTENDED.match(value)
    if not match:
        raise DateError("is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, an interval "
                        "START/END of those, with ? (uncertain) or ~ (approximate) at the end "
                        "of a date if needed" + date_meant(value))
    for part in match.groups():
        if part is not None:
            plain_bounds(part.rstrip("?~"))  # a real date, said in our words
    import edtf  # only for the few dates that need it: it imports pyparsing

    try:
        parsed = edtf.parse_edtf(value)
    except Exception:  # edtf raises its own and pyparsing's errors
        raise DateError("is not an EDTF date conv reads") from None
    low, high = (dt.date(*moment[:3]).isoformat()
                 for moment in (parsed.lower_strict(), parsed.upper_strict()))
    if match.group(2) is not None:
        start = plain_bounds(match.group(1).rstrip("?~"))[0]
        end = plain_bounds(match.group(2).rstrip("?~"))[1]
        if start > end:
            raise DateError("starts after it ends; swap the two dates")
    return low, high


def _a_day_either_side(part: str, first: str, last: str) -> tuple[str, str]:
    if not part.endswith("~") or len(part.rstrip("?~")) != 10:
        return first, last
    one = dt.timedelta(days=1)
    return ((dt.date.fromisoformat(first) - one).isoformat(),
            (dt.date.fromisoformat(last) + one).isoformat())


@functools.lru_cache(maxsize=4096)
def loose_bounds(value: str) -> tuple[str, str]:
    """The first and last day a date may cover: bounds(), with an approximate day
    (2020-06-15~) a day either side, as it may be a day off (a month or a year given
    approximately already spans its own days). The filters keep such a date as possibly
    in a range it touches; DateError as bounds()."""
    first, last = bounds(value)
    match = EXTENDED.match(value)
    if match is None:
        return first, last
    start, end = match.groups()
    if end is None:
        return _a_day_either_side(start, first, last)
    return _a_day_either_side(start, first, last)[0], _a_day_either_side(end, first, last)[1]


def year_of(value: str | None) -> int | None:
    """The year a date falls in, when it lies within one year."""
    if not value:
        return None
    try:
        first, last = bounds(value)
    except DateError:
        return None
    return int(first[:4]) if first[:4] == last[:4] else None


QUALIFIERS = {"?": "uncertain", "~": "approximate"}


def status_report(status: str | None, status_on: str | None, short: bool = False) -> str:
    """A status as what it is, a report at a date: in-force (reported 2024-01), or (no date
    reported) when the base does not say when, never a bare status read as today's;
    ``short`` for a table's cell: in-force (2024-01), in-force (no date)."""
    if not status:
        return ""
    if status_on:
        return f"{status} ({status_on})" if short else f"{status} (reported {status_on})"
    return f"{status} (no date)" if short else f"{status} (no date reported)"


def describe(value: str) -> str | None:
    """What an EDTF date says, in words (None for a plain date, which says it itself)."""
    match = EXTENDED.match(value)
    if PLAIN.match(value) or not match:
        return None

    def said(part: str) -> str:
        quality = QUALIFIERS.get(part[-1])
        return f"{part[:-1]}, {quality}" if quality else part
    start, end = match.groups()
    if end is None:
        return said(start).split(", ", 1)[1]
    return f"between {said(start)} and {said(end)}"
