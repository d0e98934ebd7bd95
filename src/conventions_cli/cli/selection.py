"""What a picture says it shows: the filters as one could type them again (each value
quoted for a shell), and the dates they select, drawn as a window on a timeline."""

from __future__ import annotations

import shlex
from typing import Any


def typed_filters(filters: Any) -> list[str]:
    """Each filter as typed, ``--partner 'Banque mondiale'``, pasteable into a shell
    (--sure-dates is never alone: the filters refuse it without a date filter)."""
    return list(filters.typed(shell_word))


def shell_word(value: str) -> str:
    """``value`` as a shell reads it back: shlex's quoting, or double quotes around a value
    whose only special character is an apostrophe ("l'Agence nationale des ports")."""
    if "'" in value and not any(c in value for c in '"$`\\!'):
        return f'"{value}"'
    return shlex.quote(value)


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
