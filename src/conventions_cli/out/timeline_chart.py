"""The timeline as a Vega-Lite spec, its data inline: a dot for a known day, a bar for a month,
a year or an interval (the days the date may fall on, never one of them picked), and a dashed
outline for a date reported as uncertain or approximate.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..text import fold
from .charts import FONT, VEGA_LITE_SCHEMA, distinct_names, label, selected_lines

SAYS = {"day": "a day", "month": "a month", "year": "a year",
        "interval": "between two dates"}
SAYS_COLOURS = {"a day": "#1f4e79", "a month": "#2a9d8f", "a year": "#e76f51",
                "between two dates": "#8e6bb0"}
HALF_DAY_MS = 12 * 3600 * 1000
LINES = 30  # at most this many lines; the others share the last one
NONE = {"ministry": "(no ministry)", "partner": "(no partner)", "type": "(no type)"}


def _day_after(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


# The steps a time axis may take, each with how its ticks are written: whole years for a
# span of two years or more, months under that, days under two months. A tick is always
# on a boundary of its unit, so no two read alike (never "2024 2024 2024").
YEAR_STEPS: tuple[int, ...] = (1, 2, 5, 10, 20, 25, 50, 100)
MONTH_STEPS: tuple[int, ...] = (1, 2, 3, 6)
DAY_STEPS: tuple[int, ...] = (1, 2, 7, 14)


def time_axis(first: str, last: str, most: int) -> tuple[str, dict[str, Any]]:
    """The tick format and tick count (a time interval and step) of an axis running from
    day ``first`` to day ``last``, with at most about ``most`` ticks."""
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    days = (end - start).days + 1
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if days >= 730:
        unit, steps, count, fmt = "year", YEAR_STEPS, end.year - start.year + 1, "%Y"
    elif days >= 60:
        unit, steps, count, fmt = "month", MONTH_STEPS, months, "%Y-%m"
    else:
        unit, steps, count, fmt = "day", DAY_STEPS, days, "%Y-%m-%d"
    step = next((s for s in steps if count / s <= most), steps[-1])
    return fmt, {"interval": unit, "step": step}


def _line_names(rows: list[dict[str, Any]], limit: int) -> dict[tuple[Any, Any], str]:
    """Each group's name on its line (charts.distinct_names)."""
    keys = {(r["group"], r.get("group_acronym")) for r in rows if r["group"] is not None}
    return distinct_names({key: (str(key[0]), key[1]) for key in keys}, limit)


def timeline_spec(rows: list[dict[str, Any]], by: str, width: int = 900,
                  selected: list[str] | None = None,
                  windows: list[tuple[str | None, str | None]] | None = None
                  ) -> dict[str, Any]:
    """A Vega-Lite spec of ``rows`` (query.timeline) about ``width`` pixels wide: one line
    per group, most agreements on top. ``selected``: the filters as typed, said under the
    title so that a picture shared alone still says what it shows; ``windows``: the days
    its date filters select (first, last; None when open), shaded behind the marks, since
    a bar that only overlaps them is drawn whole."""
    narrow = width < 640
    limit = 22 if narrow else 48
    dated = [r for r in rows if r["date_start"] and r["date_end"]]
    undated = len({r["id"] for r in rows} - {r["id"] for r in dated})
    values = []
    names = _line_names(dated, limit)
    for r in dated:
        said = SAYS.get(r["precision"] or "", "between two dates")
        values.append({
            "group": (names[r["group"], r.get("group_acronym")]
                      if r["group"] is not None else NONE[by]),
            "name": label(r["group"]) if r["group"] is not None else NONE[by],
            "id": label(r["id"]), "title": label(r["title"], 90),
            "signed_on": label(r["signed_on"]), "start": r["date_start"],
            "end": _day_after(r["date_end"]), "says": said,
            "described": label(f"{r['id']}: {r['signed_on']} ({said})"),
            "span": said != "a day", "doubt": "uncertain or approximate" if r["doubt"]
            else "as reported"})
    counts: dict[str, int] = {}
    for v in values:
        counts[v["group"]] = counts.get(v["group"], 0) + 1
    # Ties in the order stats gives them: as a reader orders names (fold: "État" among the
    # E, never after "MCC"), the line of agreements without a group after the named ones.
    unnamed = set(NONE.values())
    order = sorted(counts, key=lambda g: (-counts[g], g in unnamed, fold(g), g))
    lines = 15 if narrow else LINES
    if len(order) > lines:  # the lines with fewest agreements share one, at the bottom
        rest = set(order[lines - 1:])
        others = f"({len(rest)} others)"
        for v in values:
            if v["group"] in rest:
                v["group"] = others
        order = [*order[:lines - 1], others]
    font = 10 if narrow else 11
    row = 16 if narrow else 20
    label_room = 130 if narrow else 290
    subtitle = ["A dot: the day it was signed. A bar: the month, year or interval the date "
                "lies in.", "Dashed: a date reported as uncertain or approximate."]
    if narrow:
        subtitle = ["dot: a day; bar: a month, year or interval", "dashed: uncertain"]
    if undated:
        subtitle.append(f"{undated} undated agreement(s) not shown.")
    if windows:
        subtitle.append("shaded: the dates selected" if narrow else "Shaded: the dates "
                        "selected; a bar that only overlaps them may lie outside.")
    if selected:
        subtitle[:0] = selected_lines(selected, width, font)
    tooltip = [{"field": "id"}, {"field": "title"}, {"field": "signed_on"},
               {"field": "name", "title": by}]  # the line's name in full
    first = min((v["start"] for v in values), default=dt.date.today().isoformat())
    last = max((r["date_end"] for r in dated), default=first)
    # the shaded window widens the scale beyond the dots: the ticks must span it too
    shown = [first, last] + [day for window in windows or [] for day in window if day]
    tick_format, ticks = time_axis(min(shown), max(shown), 6 if narrow else 12)
    x = {"field": "start", "type": "temporal", "title": None, "scale": {"padding": 8},
         "axis": {"format": tick_format, "labelFontSize": font, "tickCount": ticks,
                  "grid": True, "gridColor": "#eee"}}
    y = {"field": "group", "type": "nominal", "sort": order, "title": None,
         "axis": {"labelLimit": label_room - 10, "labelFontSize": font}}
    drawn = [said for said in SAYS_COLOURS if any(v["says"] == said for v in values)]
    # the legend names what the picture draws, each kind in its one colour
    colour = {"field": "says", "type": "nominal", "title": "the date says",
              "scale": {"domain": drawn, "range": [SAYS_COLOURS[d] for d in drawn]},
              "legend": {"orient": "bottom" if narrow else "top", "columns": 2 if narrow
                         else 4, "labelFontSize": font, "titleFontSize": font,
                         "symbolType": "square"}}
    doubt = {"field": "doubt", "type": "nominal", "title": None,
             "scale": {"domain": ["as reported", "uncertain or approximate"],
                       "range": [[1, 0], [3, 2]]},
             "legend": None}  # the subtitle says what a dashed outline means
    return {
        "$schema": VEGA_LITE_SCHEMA,
        "description": f"Agreements over time by {by} (conv timeline)",
        "title": {"text": f"Agreements over time, by {by}", "subtitle": subtitle,
                  "anchor": "start", "fontSize": 15 if narrow else 17,
                  "subtitleFontSize": font, "subtitleColor": "#444"},
        # the picture is as wide as asked, whatever the names and the subtitle need
        "width": width, "autosize": {"type": "fit-x", "contains": "padding"},
        "height": {"step": row},
        "config": {"font": FONT, "view": {"stroke": None}},
        "data": {"values": values},
        # what a screen reader says of a mark: its id and date (not the drawing's fields)
        "encoding": {"y": y, "tooltip": tooltip, "description": {"field": "described"}},
        "layer": [
            *_window_layers(windows or [], first, last, x),
            # A day is the half-day either side of its tick: a dot sits on the tick of its
            # day, and a bar runs from half a day before the tick of its first day to half
            # a day after that of its last (never up to the next day's tick).
            {"transform": [{"filter": "datum.span"},
                           {"calculate": f"toDate(datum.start) - {HALF_DAY_MS}", "as": "from"},
                           {"calculate": f"toDate(datum.end) - {HALF_DAY_MS}", "as": "to"}],
             "mark": {"type": "bar", "height": row * 0.55, "cornerRadius": 2,
                      "fillOpacity": 0.35, "strokeWidth": 1.4},
             "encoding": {"x": {**x, "field": "from"}, "x2": {"field": "to"},
                          "color": colour, "stroke": {"field": "says", "type": "nominal",
                                                      "scale": colour["scale"],
                                                      "legend": None},
                          "strokeDash": doubt}},
            {"transform": [{"filter": "!datum.span"}],
             "mark": {"type": "point", "filled": True, "size": 40 if narrow else 55,
                      "opacity": 0.85, "strokeWidth": 1.4},
             "encoding": {"x": x, "color": colour, "strokeDash": doubt,
                          "fillOpacity": {"condition": {"test": "datum.doubt !== "
                                                                "'as reported'",
                                                        "value": 0.15}, "value": 0.85},
                          "stroke": {"field": "says", "type": "nominal",
                                     "scale": colour["scale"], "legend": None}}},
        ],
    }


# a band or an edge runs down every line, and is no agreement (no tooltip, nothing said)
WHOLE_HEIGHT: dict[str, Any] = {"y": {"value": 0}, "y2": {"value": "height"},
                                "tooltip": None, "description": None}


def _window_layers(windows: list[tuple[str | None, str | None]], first: str, last: str,
                   x: dict[str, Any]) -> list[dict[str, Any]]:
    """The selected dates as a shaded band behind the marks, from half a day before the
    first day's tick to half a day after the last's (as a bar), an open side running to
    the first or last date drawn."""
    if not windows:
        return []
    bands = [{"from": a or first, "to": _day_after(b or last)} for a, b in windows]
    edges = [{"at": day} for band in bands for day in (band["from"], band["to"])]
    return [{"data": {"values": bands},
             "transform": [{"calculate": f"toDate(datum.from) - {HALF_DAY_MS}", "as": "x"},
                           {"calculate": f"toDate(datum.to) - {HALF_DAY_MS}", "as": "x2"}],
             "mark": {"type": "rect", "color": "#f4d35e", "opacity": 0.3, "tooltip": None},
             "encoding": {**WHOLE_HEIGHT, "x": {**x, "field": "x"}, "x2": {"field": "x2"}}},
            {"data": {"values": edges},
             "transform": [{"calculate": f"toDate(datum.at) - {HALF_DAY_MS}", "as": "x"}],
             "mark": {"type": "rule", "color": "#a07c00", "strokeDash": [4, 3],
                      "strokeWidth": 1.2, "tooltip": None},
             "encoding": {**WHOLE_HEIGHT, "x": {**x, "field": "x"}}}]
