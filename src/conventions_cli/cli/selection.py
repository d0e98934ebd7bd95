"""What a picture says it shows: the filters as one could type them again (each value
quoted for a shell), and the dates they select, drawn as a window on a timeline."""

from __future__ import annotations

from typing import Any

from ..text import shell_word as _shell_word


def typed_filters(filters: Any) -> list[str]:
    """Each filter as typed, ``--partner 'Banque mondiale'``, pasteable into a shell
    (--sure-dates is never alone: the filters refuse it without a date filter)."""
    return list(filters.typed(shell_word))


def shell_word(value: str) -> str:
    """``value`` as a shell reads it back (text.shell_word), a plain word bare."""
    return _shell_word(value, bare=True)


def date_windows(filters: Any) -> list[tuple[str | None, str | None]]:
    """The days --year, --from and --to select, as (first, last) days, either side None
    when open; none when no date filter is given."""
    from ..query.filters import day_bounds

    start = filters.values.get("date_from")
    end = filters.values.get("date_to")
    first = day_bounds("--from", start)[0] if start is not None else None
    last = day_bounds("--to", end)[1] if end is not None else None
    years = filters.values.get("year") or ()
    if not years:
        return [(first, last)] if first or last else []
    windows: list[tuple[str | None, str | None]] = []
    for year in sorted(str(y) for y in years):
        a = max(f"{year}-01-01", first or "")
        b = min(f"{year}-12-31", last or "9999-12-31")
        if a <= b:
            windows.append((a, b))
    return windows
