"""The terminal table: one line per row, long texts cut to the width, paired columns merged.

What a person sees at a terminal; the file formats are written by output.py. Rich is
imported only when a table is drawn.
"""

from __future__ import annotations

import os
import re
import sys

from ..text import one_line
from .cells import group_digits, plain

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from collections.abc import Sequence
    from typing import Any


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def color_enabled() -> bool:
    if os.environ.get("NO_COLOR", "") != "" or os.environ.get("TERM") == "dumb":
        return False
    return stdout_is_terminal()


def table_cell(column: str, row: dict[str, Any]) -> str:
    """How a value reads in a terminal table: grouped amounts, list items joined by '; '."""
    value = row.get(column)
    if column == "amount" and isinstance(value, int):
        currency = row.get("currency") or ""
        return f"{group_digits(value)} {currency}".strip()
    if isinstance(value, int) and not isinstance(value, bool) and column not in (
            "year", "period_start", "period_end", "jobs_by", "line", "group"):
        return group_digits(value) if abs(value) >= 10000 else str(value)
    if isinstance(value, list):
        return "; ".join(plain(v) for v in value)
    if column == "signed_on" and isinstance(value, str):
        return short_interval(value)
    return one_line(plain(value))


_DAY_INTERVAL = re.compile(r"(\d{4})-(\d\d)-(\d\d)/(\d{4})-(\d\d)-(\d\d)")


def short_interval(date: str) -> str:
    """An interval of days without what its end repeats of its start, as a table has
    room for it: 2024-10-28/30, 2024-10-28/11-02 (the full form in every other format)."""
    m = _DAY_INTERVAL.fullmatch(date)
    if not m or m[1] != m[4]:
        return date
    return f"{m[1]}-{m[2]}-{m[3]}/" + (m[6] if m[2] == m[5] else f"{m[5]}-{m[6]}")


def terminal_width(stderr: bool = False) -> int | None:
    """The terminal's width; for a table forced into a pipe, $COLUMNS or 200."""
    if (sys.stderr if stderr else sys.stdout).isatty():
        return None  # Rich asks the terminal
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return 200


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, width=terminal_width(stderr), no_color=not color_enabled(),
                   color_system="auto" if color_enabled() else None,
                   highlight=False, soft_wrap=False)


# Pairs of flat-row columns that read as one in a terminal table.
MERGED = (("amount", "currency", "amount"), ("period_start", "period_end", "period"),
          ("jobs_direct", "jobs_by", "jobs"), ("place", "region", "place"),
          ("ministries", "partners", "parties"))
NUMERIC = frozenset({"amount", "jobs", "sources", "count", "amount_mad", "jobs_direct",
                     "agreements", "weight"})
# Columns that share the width left over (long texts: their weight, and the least width at
# which they still say something); the other columns keep their full width.
FLEXIBLE = {"title": (3, 24), "snippet": (3, 30), "parties": (2, 20), "name": (3, 24),
            "group": (3, 24), "summary": (3, 30), "place": (1, 12), "sectors": (1, 10),
            "type": (1, 12), "event": (1, 14), "people": (1, 14), "as_title": (1, 14),
            "source": (2, 16), "target": (2, 16), "other_amounts": (1, 15)}
SHARED_LEAST = {"title": 16, "snippet": 24}  # when room is short: before a column goes
ESSENTIAL = ("title", "name", "group")  # what a row is about: kept down to HARD_LEAST
HARD_LEAST = 12
DECORATIONS = {"bar"}  # columns that say nothing the others do not: no note when dropped
GAP = 3  # between two columns: a space of padding each side and the rule's gap
# In a listing narrower than all its columns, the order they are dropped in (last first);
# the columns not named here come after these, in their own order.
PRIORITY = ("id", "source", "target", "weight", "due_on", "group", "name", "title", "snippet",
            "signed_on", "due_for", "first", "last", "precision", "role", "signed_for", "count",
            "amount_mad", "amount", "parties", "jobs_direct", "agreements", "kind", "acronym",
            "jobs", "as_title", "people", "place", "type", "event", "status", "period",
            "country", "sectors", "follows", "sources")


def table_view(rows: Sequence[dict[str, Any]], columns: Sequence[str]
               ) -> tuple[list[str], list[dict[str, str]]]:
    """The same facts with paired columns merged (250 000 000 MAD, 2022–2025, 150 → 2029)."""
    shown = list(columns)
    merges = [(a, b, name) for a, b, name in MERGED if a in columns and b in columns]
    for a, b, name in merges:
        shown[shown.index(a)] = name
        shown.remove(b)
    view = []
    for r in rows:
        cells = {c: table_cell(c, r) for c in columns}
        for a, b, name in merges:
            first, second = cells[a], cells[b]
            if a == "amount":
                cells[name] = first
            elif a == "place":
                cells[name] = f"{first} ({second})" if first and second else first or second
            elif a == "jobs_direct":
                cells[name] = f"{first} → {second}" if first and second else first
            elif a == "ministries":
                cells[name] = "; ".join(x for x in (first, second) if x)
            else:
                cells[name] = f"{first}–{second}" if first else ""
        view.append(cells)
    return shown, view


def fit_columns(shown: list[str], view: list[dict[str, str]], width: int
                ) -> list[tuple[str, int]]:
    """The columns that fit in ``width`` and each one's width, so that every row is one
    line: fixed columns (ids, dates, amounts) keep their full width, long texts share
    what is left and are cut with '…'; the least useful columns go first."""
    natural = {c: max([len(c), *(len(cells[c]) for cells in view)]) for c in shown}
    rank = {c: (PRIORITY.index(c) if c in PRIORITY else len(PRIORITY) + shown.index(c))
            for c in shown}
    kept = sorted(shown, key=lambda c: rank[c])

    # Long texts narrower (SHARED_LEAST) in a search, where the title and the matching
    # words share a line, and wherever that keeps a column that would otherwise go.
    sharing = "snippet" in shown

    def least(c: str, narrow: bool) -> int:
        if c not in FLEXIBLE:
            return natural[c]
        return min(natural[c], SHARED_LEAST.get(c, FLEXIBLE[c][1]) if narrow
                   else FLEXIBLE[c][1])

    def needed(columns: list[str], narrow: bool) -> int:
        return sum(least(c, narrow) for c in columns) + GAP * (len(columns) - 1)
    while len(kept) > 1 and needed(kept, sharing) > width:
        if needed(kept, True) <= width:
            sharing = True
            break
        kept.pop()
    # The row's name (a title, a name) stays, narrower, when long ids leave little room.
    essential = next((c for c in ESSENTIAL if c in shown), None)
    if essential and essential not in kept:
        room = width - needed(kept, sharing) - GAP
        if room >= HARD_LEAST:
            kept.append(essential)
            natural[essential] = min(natural[essential], room)
    kept = [c for c in shown if c in kept]
    spare = width - (sum(natural[c] for c in kept) + GAP * (len(kept) - 1))
    widths = dict(natural)
    if spare < 0:  # share the width the fixed columns leave among the long texts
        flexible = [c for c in kept if c in FLEXIBLE]
        room = width - (sum(natural[c] for c in kept if c not in FLEXIBLE)
                        + GAP * (len(kept) - 1))
        for c in flexible:  # each its least width, then the rest by weight
            widths[c] = least(c, sharing)
        extra = room - sum(widths[c] for c in flexible)
        weights = sum(FLEXIBLE[c][0] for c in flexible if widths[c] < natural[c])
        for c in flexible:
            if widths[c] < natural[c] and weights:
                grow = min(natural[c] - widths[c], extra * FLEXIBLE[c][0] // weights)
                widths[c] += grow
        extra = room - sum(widths[c] for c in flexible)
        for c in sorted(flexible, key=lambda c: -FLEXIBLE[c][0]):  # rounding leftovers
            grow = min(extra, natural[c] - widths[c])
            if grow > 0:
                widths[c] += grow
                extra -= grow
    return [(c, widths[c]) for c in kept]


def write_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *,
                title: str | None = None, headers: dict[str, str] | None = None) -> None:
    """A listing at a terminal: one line per row, like gh or kubectl (DESIGN §4).
    ``headers``: what to print above a column instead of its name."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console()
    shown, view = table_view(rows, columns)
    fitted = fit_columns(shown, view, out.width)
    table = Table(title=title, box=box.SIMPLE_HEAD, highlight=False,
                  show_edge=False, pad_edge=False, expand=False)
    for column, width in fitted:
        table.add_column((headers or {}).get(column, column), width=width, no_wrap=True,
                         overflow="ellipsis",
                         justify="right" if column in NUMERIC else "left",
                         style="bold" if column == "id" else None)
    for cells in view:
        table.add_row(*(Text(cells[c], no_wrap=True, overflow="ellipsis") for c, _ in fitted))
    out.print(table)
    fitted_names = {c for c, _ in fitted}
    if any(c not in fitted_names and c not in DECORATIONS for c in shown):
        # one line, never wrapped, whatever the table's width
        out.print(Text("more columns with --format tsv, csv or json, or in a wider terminal",
                       style="dim", no_wrap=True, overflow="ellipsis"))
