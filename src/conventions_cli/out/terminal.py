"""The terminal table: one line per row, long texts cut to the width, paired columns merged.

What a person sees at a terminal; the file formats are written by output.py. Rich is
imported only when a table is drawn.
"""

from __future__ import annotations

import os
import re
import sys

from ..base.dates import status_report
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


# Integers that are years or positions, never grouped.
UNGROUPED = frozenset({"year", "period_start", "period_end", "jobs_by", "line", "group"})


def table_cell(column: str, row: dict[str, Any]) -> str:
    """How a value reads in a terminal table: every count and amount grouped the same way
    (3 000, 250 000 000 MAD), list items joined by '; '."""
    value = row.get(column)
    if column == "amount" and isinstance(value, int):
        currency = row.get("currency") or ""
        return f"{group_digits(value)} {currency}".strip()
    if isinstance(value, int) and not isinstance(value, bool) and column not in UNGROUPED:
        return group_digits(value)
    if isinstance(value, list):
        return one_line("; ".join(plain(v) for v in value))
    if column == "signed_on" and isinstance(value, str):
        return one_line(short_interval(value))
    return one_line(plain(value))


_DAY_INTERVAL = re.compile(r"(\d{4})-(\d\d)-(\d\d)/(\d{4})-(\d\d)-(\d\d)")


def date_range(start: Any, end: Any, short: bool = True) -> str:
    """Two dates (or years) as one range, in the one style every human output uses: the
    EDTF interval START/END that signed_on is written in (2022/2025), shortened as a table
    has room for it (2025-04-14/16) unless not ``short``; one alone when the other is
    missing."""
    if start and end and start != end:
        return short_interval(f"{start}/{end}") if short else f"{start}/{end}"
    return str(start or end or "")


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


# Flat-row columns that read as one in a terminal table: (its columns, its name).
MERGED = ((("amount", "currency"), "amount"), (("period_start", "period_end"), "period"),
          (("jobs_direct", "jobs_by"), "jobs"),
          (("place", "place_derived", "region"), "place"),
          (("ministries", "public_parties", "partners"), "parties"),
          (("status", "status_on"), "status"), (("start", "end"), "dates"))
# Columns for machines that a table says otherwise (signed_on says which days it covers).
NOT_IN_TABLES = frozenset({"date_start", "date_end"})
NUMERIC = frozenset({"amount", "jobs", "sources", "count", "amount_mad", "jobs_direct",
                     "agreements", "weight"})
# Columns that share the width left over (long texts: their weight, and the least width at
# which they still say something); the other columns keep their full width.
FLEXIBLE = {"title": (3, 24), "snippet": (3, 30), "parties": (2, 20), "name": (3, 24),
            "group": (3, 24), "summary": (3, 30), "place": (1, 12), "sectors": (1, 10),
            "type": (1, 12), "event": (1, 14), "people": (1, 14), "as_title": (1, 14),
            "source": (2, 16), "target": (2, 16), "other_amounts": (1, 15),
            "event_total": (1, 15)}
SHARED_LEAST = {"title": 16, "snippet": 24}  # when room is short: before a column goes
ESSENTIAL = ("title", "name", "group")  # what a row is about: kept down to HARD_LEAST
HARD_LEAST = 12
TITLE_FIRST = 50  # a title takes the room the id and a listing's own columns leave, up to this
ID_WHOLE = 0.9  # in a listing of names cut short, the share of ids still shown whole
ID_LEAST = 24  # an id cut in its middle to this still tells a country or a year apart
MONOTONE_FROM = 40  # the narrowest terminal conv lays a table out for
# Columns that name the same bodies as the column naming a listing's rows (the
# network's source): one cut of each name serves them all.
NAMED_ALIKE = {"source": ("target",)}
# Columns whose cells name bodies or people: cut so that two different ones never read alike.
NAMING = ("source", "name", "group")
DECORATIONS = {"bar"}  # columns that say nothing the others do not: no note when dropped
GAP = 3  # between two columns: a space of padding each side and the rule's gap
# In a listing narrower than all its columns, the order they are dropped in (last first);
# the columns not named here come after these, in their own order.
PRIORITY = ("id", "source", "target", "weight", "due_on", "group", "name", "title", "snippet",
            "signed_on", "due_for", "first", "last", "precision", "role", "signed_for", "count",
            "amount_mad", "event_total", "other_amounts", "amount", "parties", "jobs_direct",
            "agreements", "kind", "acronym", "jobs", "as_title", "people", "place", "type",
            "event", "status", "period", "country", "sectors", "follows", "sources")


def table_name(column: str) -> str:
    """The table column that shows a flat-row column: amount for currency, status for
    status_on, signed_on for the machine dates it says in its own words."""
    if column in NOT_IN_TABLES:
        return "signed_on"
    return next((name for parts, name in MERGED if column in parts), column)


def _merged(name: str, cells: list[str], values: list[Any]) -> str:
    first, second = cells[0], cells[-1]
    if name == "amount":
        return first
    if name == "place":  # a city from the event it was signed at is said to be
        if not first and len(cells) == 3 and cells[1]:
            first = f"{cells[1]} (event)"
        return f"{first} ({second})" if first and second else first or second
    if name == "jobs":
        return f"{first} → {second}" if first and second else first
    if name == "parties":
        return "; ".join(x for x in cells if x)
    if name == "status":  # a status is a report at a date
        return status_report(first, second, short=True)
    if name == "period":
        return date_range(*values) if values[0] is not None else ""
    return date_range(*values)


def table_view(rows: Sequence[dict[str, Any]], columns: Sequence[str]
               ) -> tuple[list[str], list[dict[str, str]]]:
    """The same facts with paired columns merged (250 000 000 MAD, 2022/2025, 150 → 2029,
    in-force (2024-01)), the columns for machines left out."""
    columns = [c for c in columns if c not in NOT_IN_TABLES]
    shown = list(columns)
    merges = [(parts, name) for parts, name in MERGED
              if parts[0] in columns and parts[-1] in columns]
    for parts, name in merges:
        shown[shown.index(parts[0])] = name
        for part in parts[1:]:
            if part in shown:
                shown.remove(part)
    view = []
    for r in rows:
        cells = {c: table_cell(c, r) for c in columns}
        for parts, name in merges:
            present = [p for p in parts if p in columns]
            cells[name] = _merged(name, [cells[p] for p in present],
                                  [r.get(p) for p in present])
        view.append(cells)
    return shown, view


def fit_columns(shown: list[str], view: list[dict[str, str]], width: int,
                keep: Sequence[str] = ()) -> list[tuple[str, int]]:
    """The columns that fit in ``width`` and each one's width, so that every row is one
    line: fixed columns (ids, dates, amounts) keep their full width, long texts share
    what is left and are cut with '…'; the least useful columns go first: those a listing
    is for (``keep``, in order) last, then by PRIORITY. A wider terminal never shows less
    of what a row is about (its title, its name) than a narrower one: where the columns
    a few more characters let in would take its room, the least useful go again."""
    natural = {c: max([len(c), *(len(cells[c]) for cells in view)]) for c in shown}
    order = [*keep, *(c for c in PRIORITY if c not in keep)]
    rank = {c: (order.index(c) if c in order else len(order) + shown.index(c))
            for c in shown}
    essential = next((c for c in (*keep, *ESSENTIAL) if c in ESSENTIAL and c in shown), None)
    if essential == "name" and "id" in shown:
        return _named(shown, view, natural, rank, width, keep)
    if essential != "title":  # a group shares its room as it always did
        return _fit(shown, natural, rank, width, keep)
    floor = 0  # the most of it any narrower width shows
    for w in range(min(width, MONOTONE_FROM), width + 1):
        fitted = _fit(shown, natural, rank, w, keep, first=essential, floor=floor)
        floor = max(floor, dict(fitted).get(essential, 0))
    return fitted


def _named(shown: list[str], view: list[dict[str, str]], natural: dict[str, int],
           rank: dict[str, int], width: int, keep: Sequence[str]) -> list[tuple[str, int]]:
    """fit_columns for a listing of names: ids cut in their middle where the names would
    be cut short (or left out) for them."""
    def fit(ids: int) -> list[tuple[str, int]]:
        return _fit(shown, {**natural, "id": ids}, rank, width, keep)

    fitted = fit(natural["id"])
    if dict(fitted).get("name", 0) >= natural["name"]:
        return fitted
    narrower = min(natural["id"], _id_width(view))  # a few long ids: those are cut
    fitted = fit(narrower)
    while dict(fitted).get("name", 0) < FLEXIBLE["name"][1] and narrower > ID_LEAST:
        # ids long all of them (events'): cut in their middle, so the names show
        narrower = max(ID_LEAST, narrower - 4)
        fitted = fit(narrower)
    return fitted


def _id_width(view: list[dict[str, str]]) -> int:
    """The width of an id column that shows ID_WHOLE of the ids whole: in a listing of
    bodies, people or events, the room a few long ids take is the room the names (and the
    country that ends a foreign body's name) need; longer ids are cut in their middle."""
    lengths = sorted(len(cells["id"]) for cells in view)
    return max(len("id"), lengths[min(len(lengths) - 1, int(len(lengths) * ID_WHOLE))])


def _fit(shown: list[str], natural: dict[str, int], rank: dict[str, int], width: int,
         keep: Sequence[str], first: str | None = None, floor: int = 0
         ) -> list[tuple[str, int]]:
    """fit_columns at one width. ``first`` (what a row is about) claims at least ``floor``
    and the room the columns before it and those the listing is for (``keep``) leave, up to
    TITLE_FIRST characters, before less useful columns come in, and takes no more while
    some are left out: what it would take, a column coming in at a few more characters
    would take back."""
    natural = dict(natural)
    kept = sorted(shown, key=lambda c: rank[c])
    ahead = sum(natural[c] + GAP for c in shown  # the columns it never makes room for
                if first and c != first and (rank[c] < rank[first] or c in keep))
    claim = max(floor, min(TITLE_FIRST, width - ahead))

    # Long texts narrower (SHARED_LEAST) in a search, where the title and the matching
    # words share a line, and wherever that keeps a column that would otherwise go.
    sharing = "snippet" in shown

    def least(c: str, narrow: bool) -> int:
        if c not in FLEXIBLE:
            return natural[c]
        at_least = SHARED_LEAST.get(c, FLEXIBLE[c][1]) if narrow else FLEXIBLE[c][1]
        if c == first:  # its narrow least, its share, and what narrower widths show
            return min(natural[c], max(SHARED_LEAST.get(c, at_least), claim))
        return min(natural[c], at_least)

    def needed(columns: list[str], narrow: bool) -> int:
        return sum(least(c, narrow) for c in columns) + GAP * (len(columns) - 1)
    while len(kept) > 1 and needed(kept, sharing) > width:
        if needed(kept, True) <= width:
            sharing = True
            break
        kept.pop()
    # The row's name (a title, a name) stays, narrower, when long ids leave little room;
    # the one ``keep`` names first when there are two (a timeline's group, not its title).
    essential = next((c for c in (*keep, *ESSENTIAL) if c in ESSENTIAL and c in shown), None)
    if essential and essential not in kept:
        room = width - needed(kept, sharing) - GAP
        if room >= HARD_LEAST:
            kept.append(essential)
            natural[essential] = min(natural[essential], room, least(essential, sharing))
    kept = [c for c in shown if c in kept]
    spare = width - (sum(natural[c] for c in kept) + GAP * (len(kept) - 1))
    widths = dict(natural)
    if spare < 0:  # share the width the fixed columns leave among the long texts
        flexible = [c for c in kept if c in FLEXIBLE]
        growing = [c for c in flexible if c != first or len(kept) == len(shown)]
        room = width - (sum(natural[c] for c in kept if c not in FLEXIBLE)
                        + GAP * (len(kept) - 1))
        for c in flexible:  # each its least width, then the rest by weight
            widths[c] = least(c, sharing)
        extra = room - sum(widths[c] for c in flexible)
        weights = sum(FLEXIBLE[c][0] for c in growing if widths[c] < natural[c])
        for c in growing:
            if widths[c] < natural[c] and weights:
                grow = min(natural[c] - widths[c], extra * FLEXIBLE[c][0] // weights)
                widths[c] += grow
        extra = room - sum(widths[c] for c in flexible)
        for c in sorted(growing, key=lambda c: -FLEXIBLE[c][0]):  # rounding leftovers
            grow = min(extra, natural[c] - widths[c])
            if grow > 0:
                widths[c] += grow
                extra -= grow
    return [(c, widths[c]) for c in kept]


def cut_apart(values: Sequence[str], width: int) -> list[str]:
    """``values`` cut to ``width`` characters, a closing qualifier kept whole where it takes
    at most half the width ("Ministère de l'Ense…(Sénégal)": cut plainly, it read as
    Morocco's ministry), never (where the width allows) two
    different ones alike: where the plain cut ("Ministère des Affa…") names two values
    one way, those keep their start and their end ("Ministère…(Sénégal)"), failing that
    the words where they begin to differ with the end still kept ("…des Affai…(Sénégal)":
    the end is what tells a country's ministry from another's of the same name), and only
    then the words where they differ alone ("…de l'Industrie et…")."""
    from .charts import qualified_cut as kept_end

    def differing(v: str, alike: list[str], ends: bool) -> str:
        at = min((next((i for i, (a, b) in enumerate(zip(v, o, strict=False)) if a != b),
                       min(len(v), len(o))) for o in alike if o != v), default=0)
        at = v.rfind(" ", 0, at) + 1  # from the start of the word that differs
        if at == 0:
            return kept_end(v, width, False)
        rest = v[at:]
        if ends:
            return "…" + (_country_kept(rest, width - 1) or kept_end(rest, width - 1, False))
        return "…" + (rest if len(rest) <= width - 1 else rest[:width - 2].rstrip() + "…")

    if width < 4:
        return list(values)
    distinct = set(values)
    cut = {v: _country_kept(v, width) or kept_end(v, width, True) for v in distinct}
    for way in ("ends", "difference and ends", "difference"):
        taken: dict[str, list[str]] = {}
        for v in distinct:
            taken.setdefault(cut[v], []).append(v)
        alike = [v for v in distinct if len(taken[cut[v]]) > 1 and cut[v] != v]
        if not alike:
            break
        groups = {v: taken[cut[v]] for v in alike}
        for v in alike:
            cut[v] = kept_end(v, width, False) if way == "ends" else differing(
                v, groups[v], way != "difference")
    return [cut[v] for v in values]


COUNTRY_START = 3  # the least of a name's start shown before its closing qualifier


def _country_kept(value: str, width: int) -> str | None:
    """``value`` cut in its middle, its closing qualifier whole ("Mini…(Émirats arabes
    unis)"), where the qualifier is too long for half the width but leaves COUNTRY_START
    characters of the name: cut at its end, a foreign ministry read as Morocco's."""
    from .charts import QUALIFIER

    qualifier = QUALIFIER.search(value)
    if len(value) <= width or not qualifier:
        return None
    ending = qualifier.group(1)
    if len(ending) <= width // 2 or width - 1 - len(ending) < COUNTRY_START:
        return None  # qualified_cut keeps it, or there is no room for it
    return value[:width - 1 - len(ending)].rstrip() + "…" + ending


def write_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *,
                title: str | None = None, headers: dict[str, str] | None = None,
                keep: Sequence[str] = (), empty: str = "no rows") -> None:
    """A listing at a terminal: one line per row, like gh or kubectl (DESIGN §4).
    ``headers``: what to print above a column instead of its name; ``keep``: the columns
    the listing is for, kept longest when the width is short; ``empty``: the line said
    instead of an empty table."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console()
    if not rows:
        out.print(Text(empty, no_wrap=True, overflow="ellipsis"))
        return
    shown, view = table_view(rows, columns)
    fitted = fit_columns(shown, view, out.width, keep)
    first = next((c for c in keep if c in dict(fitted)), None)
    labels = [c for c in keep if c in dict(fitted) and (c == first or c in NAMING)]
    for label in labels:
        if label == "id":
            from .charts import middle_cut  # an id too long: its start and end tell ids
            for cells in view:  # apart (a country code, then what it does) better
                cells["id"] = middle_cut(cells["id"], dict(fitted)["id"])
            continue
        # the column that names each row, and a column naming bodies (a timeline's group,
        # where Morocco's ministry and Senegal's of the same name head rows of one id):
        # never two alike; a body named in two columns (a tie's source and target) reads
        # one way in both
        naming = [label, *(c for c in NAMED_ALIKE.get(label, ()) if c in dict(fitted))]
        room = min(dict(fitted)[c] for c in naming)
        values = [cells[c] for c in naming for cells in view]
        cut = dict(zip(values, cut_apart(values, room), strict=True))
        for cells in view:
            cells.update({c: cut[cells[c]] for c in naming})
    table = Table(title=title and one_line(title), box=box.SIMPLE_HEAD, highlight=False,
                  show_edge=False, pad_edge=False, expand=False)
    for column, width in fitted:
        table.add_column(one_line((headers or {}).get(column, column)), width=width, no_wrap=True,
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
