"""The views a list hides (network, timeline, due): ask the library, then write rows, a file
for another tool, or a picture. Same filters as list, read by params.py."""

from __future__ import annotations

import os
import sys

from ..errors import UsageError
from ..out.formats import GRAPH_FILE_FORMATS, PICTURE_FORMATS, SPEC_FORMAT
from .filtered import filtered, note_doubtful_dates
from .params import DueParams, NetworkParams, TimelineParams
from .session import Session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any

LEAST_WIDTH, MOST_WIDTH = 300, 4000


Drawn = NetworkParams | TimelineParams  # the views that write files and pictures


def _chosen(requested: str | None) -> str:
    from ..out.output import choose_format

    return choose_format(requested)


def _output(params: Drawn) -> Path | None:
    from pathlib import Path

    from ..files import names_folder

    if params.output and names_folder(params.output):  # new.png/: a folder, even one not made yet
        raise UsageError(f"{params.output} names a folder (it ends with /); name a file, "
                         f"like {params.output.rstrip('/' + os.sep)}")
    return Path(params.output) if params.output else None


def view_format(params: Drawn, files: dict[str, str], example: str) -> str:
    """The format asked for; else the one --output's extension names (``files``: extension
    -> format, pictures included); else a table at a terminal and tsv in a pipe."""
    output = _output(params)
    if params.fmt:
        fmt = params.fmt
    elif output is not None:
        suffix = output.suffix.lower()
        if suffix not in files:
            known = ", ".join(sorted(files))
            raise UsageError(f"cannot tell the format from '{output.name}'; name a file "
                             f"ending {known}, or pass --format")
        fmt = files[suffix]
    else:
        fmt = _chosen(None)
    if fmt in PICTURE_FORMATS and output is None:
        raise UsageError(f"a picture is written to a file: add -o FILE.{fmt}, e.g. {example}")
    return fmt


def _width(params: Drawn) -> int:
    width = params.width
    if width is None:
        return 900
    if not LEAST_WIDTH <= width <= MOST_WIDTH:
        raise UsageError(f"--width takes a number of pixels from {LEAST_WIDTH} to "
                         f"{MOST_WIDTH} (got {width})")
    return width


def _width_applies(params: Drawn, fmt: str, drawn: tuple[str, ...], example: str) -> None:
    """--width sizes a picture (or the spec one is drawn from): rows and graph files have
    no pixels, and taking it there without a word would leave a user wondering."""
    if params.width is not None and fmt not in drawn:
        raise UsageError(f"--width is a picture's width in pixels ({', '.join(drawn)}); "
                         f"{fmt} has no pixels: drop --width, or draw a picture with {example}")


def _write_text(params: Drawn, write: Callable[[Any], None]) -> None:
    """``write`` to stdout, or to --output atomically."""
    output = _output(params)
    if output is None:
        write(sys.stdout)
        return
    from ..files import atomic_write

    if output.is_dir():
        raise UsageError(f"{output} is a folder; name a file")
    with atomic_write(output) as out:
        write(out)


def refuse_empty(output: Path | None, selection: str | None) -> None:
    """A file named with -o is never written from a selection with nothing in it (an empty
    picture, graph or table; an earlier file is never replaced by one): one line saying
    what matched nothing (``selection``; None: something did). A stream (/dev/stdout, a
    FIFO) is written into like stdout, where an empty result is success."""
    from ..errors import NothingMatched
    from ..files import is_stream

    if selection is not None and output is not None and not is_stream(output):
        raise NothingMatched(selection, output)


def _rows(params: Drawn, rows: list[dict[str, Any]], columns: Any, fmt: str,
          keep: tuple[str, ...] = ()) -> None:
    from ..out.output import write_rows

    _write_text(params, lambda out: write_rows(rows, columns, fmt, out=out, raw=params.raw,
                                               keep=keep))


def _picture(params: Drawn, spec: Callable[[int], dict[str, Any]], grammar: str,
             fmt: str) -> None:
    from ..out.charts import write_picture

    width = _width(params)
    output = _output(params)
    assert output is not None
    write_picture(spec(width), grammar, output, fmt)


NETWORK_FILES = {".gexf": "gexf", ".graphml": "graphml", ".json": "json", ".svg": "svg",
                 ".png": "png", ".html": "html", ".htm": "html", ".tsv": "tsv", ".csv": "csv",
                 ".md": "md"}


def network(session: Session, params: NetworkParams) -> None:
    from ..out.graph import EDGE_COLUMNS, edge_rows, write_graph_file
    from ..query.network import network as who_signs

    fmt = view_format(params, NETWORK_FILES, "conv network -o network.svg")
    _width_applies(params, fmt, PICTURE_FORMATS, "-o network.svg")
    session.check_output(_output(params))
    filters = filtered(session, params)
    graph = session.query(who_signs, filters)
    refuse_empty(_output(params), None if graph["agreements"] else filters.matched_nothing())
    if fmt in PICTURE_FORMATS:
        from ..out.network_chart import network_spec
        from .selection import typed_filters

        selected = typed_filters(filters) if filters else []
        _picture(params, lambda width: network_spec(graph, width, selected), "vega", fmt)
    elif fmt in GRAPH_FILE_FORMATS:
        _write_text(params, lambda out: write_graph_file(graph, fmt, out))
    else:  # at a terminal, the ties without the long list of their ids
        columns = EDGE_COLUMNS[:6] if fmt == "table" else EDGE_COLUMNS
        # who, tied how, how often, and how recently, at any width from 80 columns: the
        # first day goes before the kind of tie does
        _rows(params, edge_rows(graph), columns, fmt,
              keep=("source", "target", "kind", "weight", "last"))


TIMELINE_FILES = {".json": "vega-lite", ".svg": "svg", ".png": "png", ".html": "html",
                  ".htm": "html", ".tsv": "tsv", ".csv": "csv", ".md": "md"}


def timeline(session: Session, params: TimelineParams) -> None:
    from ..query.timeline import TIMELINE_COLUMNS
    from ..query.timeline import timeline as over_time

    by = params.by or "ministry"
    fmt = view_format(params, TIMELINE_FILES, "conv timeline -o timeline.svg")
    _width_applies(params, fmt, (*PICTURE_FORMATS, SPEC_FORMAT), "-o timeline.svg")
    session.check_output(_output(params))
    filters = filtered(session, params)
    rows = session.query(over_time, by, filters)
    selection = None if rows else filters.matched_nothing()
    drawn = fmt in PICTURE_FORMATS or fmt == SPEC_FORMAT
    if drawn and rows and not any(r["date_start"] for r in rows):  # a picture of nothing
        found = len({r["id"] for r in rows})
        selection = (f"the {found} agreement(s) that {filters.described()} selects have no "
                     "date to draw" if filters else
                     f"none of the {found} agreement(s) of the knowledge base has a date")
    refuse_empty(_output(params), selection)
    if drawn:
        from ..out.timeline_chart import timeline_spec
        from .selection import date_windows, typed_filters

        selected = typed_filters(filters) if filters else []
        windows = date_windows(filters)
        if fmt == SPEC_FORMAT:
            from ..out.output import write_json

            width = _width(params)
            _write_text(params, lambda out: write_json(
                timeline_spec(rows, by, width, selected, windows), out))
        else:
            _picture(params, lambda width: timeline_spec(rows, by, width, selected, windows),
                     "vega-lite", fmt)
    else:
        # a timeline's row says which line, which agreement and when, at any width
        _rows(params, rows, TIMELINE_COLUMNS, fmt, keep=("id", "signed_on", "group", "title"))


def due(session: Session, params: DueParams) -> None:
    from ..out.output import write_rows
    from ..query.due import DUE_COLUMNS, due_day, reported_before_signing, undated_settling
    from ..query.due import due as fallen_due

    on = due_day(params.on)
    filters = filtered(session, params, counted=False)
    rows = session.query(fallen_due, filters, on)
    if params.limit is not None:
        rows = rows[:params.limit]
    note_doubtful_dates(session, filters, rows)
    for row in rows:
        if reported_before_signing(row):
            session.note(f"{row['id']}: status {row['status']} is dated {row['status_on']}, "
                         f"before its signing ({row['signed_on']}), so it is not taken as "
                         "settling it; conv validate says where to check")
    undated = [row for row in rows if undated_settling(row)]
    if undated:
        shown = ", ".join(f"{r['id']} ({r['status']})" for r in undated[:3])
        session.note(f"{len(undated)} agreement(s) have a status without a date "
                     f"({shown}{', …' if len(undated) > 3 else ''}): it may have been "
                     f"reported after {on}, so it is not taken as settling them by then")
    # what fell due, when and for what, and the status last reported, before the rest
    write_rows(rows, DUE_COLUMNS, _chosen(params.fmt), raw=params.raw,
               keep=("id", "due_on", "status", "title", "due_for", "followed_by"))
