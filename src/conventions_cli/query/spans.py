"""The days a date filter compares: where a date may start and end, and the years of
--year as ranges. A date is kept by a range it possibly lies in (query.filters)."""

from __future__ import annotations

import sqlite3

from ..base.dates import DateError, loose_bounds


def year_runs(years: tuple[int, ...]) -> list[tuple[int, int]]:
    """The years given, as runs of consecutive years (2011, 2012, 2014 -> 2011-2012, 2014):
    a date is surely in --year 2011 --year 2012 when all its days are in their union, as
    2011-09/2012-09 is, which is what --from 2011 --to 2012 says too."""
    runs: list[tuple[int, int]] = []
    for year in sorted(set(years)):
        if runs and runs[-1][1] + 1 == year:
            runs[-1] = (runs[-1][0], year)
        else:
            runs.append((year, year))
    return runs


def _loose(value: str, end: int) -> str | None:
    try:
        return loose_bounds(value)[end]
    except DateError:
        return None


def starts_sql(conn: sqlite3.Connection) -> str:
    """The first day a date may cover: an approximate day (2020-06-15~) may be the day
    before (base.dates.loose_bounds); the others as stored."""
    conn.create_function("conv_loose", 2, _loose, deterministic=True)
    return ("(CASE WHEN instr(a.signed_on, '~') THEN conv_loose(a.signed_on, 0) "
            "ELSE a.date_start END)")


def ends_sql(conn: sqlite3.Connection) -> str:
    conn.create_function("conv_loose", 2, _loose, deterministic=True)
    return ("(CASE WHEN instr(a.signed_on, '~') THEN conv_loose(a.signed_on, 1) "
            "ELSE a.date_end END)")
