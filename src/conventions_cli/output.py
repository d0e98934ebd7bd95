"""The one place that writes results: a Rich table at a terminal, plain text in pipes.

Machine formats (tsv, csv, json, jsonl) carry raw values: ISO dates, plain integers,
arrays as JSON arrays (joined by "; " in csv/tsv). Only the table groups digits.
Rich is imported only when a table is drawn.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

FORMATS = ("table", "tsv", "csv", "json", "jsonl", "md")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def color_enabled() -> bool:
    if os.environ.get("NO_COLOR", "") != "" or os.environ.get("TERM") == "dumb":
        return False
    return stdout_is_terminal()


def choose_format(requested: str | None) -> str:
    """The format asked for, else a table at a terminal and TSV in a pipe."""
    if requested:
        return requested
    return "table" if stdout_is_terminal() else "tsv"


def plain(value: Any) -> str:
    """A value as text for csv/tsv/md: no thousands separators, arrays joined by '; '."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(plain(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def tsv_escape(text: str) -> str:
    """Keep one record per line: backslash-escape what would break the columns."""
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def neutralise(text: str) -> str:
    """OWASP CSV injection: a cell a spreadsheet would run as a formula gets a leading '."""
    return "'" + text if text.startswith(FORMULA_START) else text


def sheet_cell(value: Any, raw: bool = False) -> Any:
    """A value as csv/tsv carry it: numbers as they are, None empty, anything else one text
    (lists joined by '; '), neutralised unless ``raw``."""
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return value
    if value == []:
        return None
    text = plain(value)
    return text if raw else neutralise(text)


def group_digits(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


def write_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, *,
               out: TextIO | None = None, raw: bool = False, excel: bool = False,
               title: str | None = None, header: bool = True) -> None:
    """Write ``rows`` (dicts) with ``columns`` in ``fmt``; the same content in every format.

    csv and tsv are for spreadsheets too: a cell that would start a formula is neutralised
    in both, the same way, unless ``raw`` (DESIGN §4)."""
    out = out or sys.stdout
    if fmt == "json":
        out.write(json.dumps([{c: r.get(c) for c in columns} for r in rows],
                             ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False) + "\n")
    elif fmt == "tsv":
        write_tsv(rows, columns, out, raw=raw, header=header)
    elif fmt == "csv":
        write_csv(rows, columns, out, raw=raw, excel=excel, header=header)
    elif fmt == "md":
        write_markdown(rows, columns, out)
    elif fmt == "table":
        write_table(rows, columns, title=title)
    else:  # pragma: no cover - the CLI restricts the choices
        raise ValueError(fmt)


def write_tsv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO, *,
              raw: bool = False, header: bool = True) -> None:
    """One record per line for cut and awk: tabs, newlines and backslashes escaped."""
    if header:
        out.write("\t".join(columns) + "\n")
    for r in rows:
        out.write("\t".join(tsv_escape(plain(sheet_cell(r.get(c), raw))) for c in columns)
                  + "\n")


def _csv_field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return '"' + str(value).replace('"', '""') + '"'


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO, *,
              raw: bool = False, excel: bool = False, header: bool = True) -> None:
    """RFC 4180 CSV where every text field is quoted, so that a spreadsheet guessing
    separators (',' ';' and tab all ticked) never splits a cell; numbers stay bare.
    ``excel``: UTF-8 BOM, ';' and CRLF for French-locale spreadsheets."""
    delimiter = ";" if excel else ","
    if excel:
        out.write("\ufeff")
    lines = []
    if header:  # column names: bare when they hold nothing to protect, as tools expect
        lines.append(delimiter.join(c if c.isidentifier() else _csv_field(c) for c in columns)
                     + "\r\n")
    for r in rows:
        lines.append(delimiter.join(_csv_field(sheet_cell(r.get(c), raw)) for c in columns)
                     + "\r\n")
        if len(lines) >= 1000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))


def _md_cell(value: Any) -> str:
    return plain(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def write_markdown(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    for r in rows:
        out.write("| " + " | ".join(_md_cell(r.get(c)) for c in columns) + " |\n")


def table_cell(column: str, row: dict[str, Any]) -> str:
    """How a value reads in a terminal table: grouped amounts, one list item a line."""
    value = row.get(column)
    if column == "amount" and isinstance(value, int):
        currency = row.get("currency") or ""
        return f"{group_digits(value)} {currency}".strip()
    if isinstance(value, int) and not isinstance(value, bool) and column not in (
            "year", "period_start", "period_end", "jobs_by", "line"):
        return group_digits(value) if abs(value) >= 10000 else str(value)
    if isinstance(value, list):
        return "\n".join(plain(v) for v in value)
    return plain(value)


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    is_terminal = (sys.stderr if stderr else sys.stdout).isatty()
    width = None if is_terminal else 200
    return Console(stderr=stderr, width=width, no_color=not color_enabled(),
                   color_system="auto" if color_enabled() else None,
                   highlight=False, soft_wrap=False)


# Pairs of flat-row columns that read as one in a terminal table.
MERGED = (("amount", "currency", "amount"), ("period_start", "period_end", "period"),
          ("jobs_direct", "jobs_by", "jobs"), ("place", "region", "place"))
NO_WRAP = frozenset({"id", "follows", "org_id", "agreement_id", "signed_on", "amount",
                     "period", "jobs", "sources", "count", "amount_mad", "jobs_direct",
                     "agreements", "published_on"})
NUMERIC = frozenset({"amount", "jobs", "sources", "count", "amount_mad", "jobs_direct",
                     "agreements"})


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
            first, second = cells[a], plain(r.get(b))
            if a == "amount":
                cells[name] = first
            elif a == "place":
                cells[name] = f"{first} ({second})" if first and second else first or second
            elif a == "jobs_direct":
                cells[name] = f"{first} → {second}" if first and second else first
            else:
                cells[name] = f"{first}–{second}" if first else ""
        view.append(cells)
    return shown, view


# For flat rows, the columns a terminal table has room for, widest terminals first;
# every column is always in tsv/csv/json (the caption says so when some are left out).
FLAT_TIERS = (
    (200, None),
    (140, ("id", "signed_on", "type", "title", "parties", "place", "amount", "period",
           "jobs", "follows", "snippet", "role")),
    (0, ("id", "signed_on", "title", "parties", "amount", "jobs", "snippet", "role")),
)


def _fit(shown: list[str], view: list[dict[str, str]], width: int) -> list[str]:
    if "ministries" not in shown or "partners" not in shown:
        return shown
    for cells in view:
        cells["parties"] = "\n".join(x for x in (cells["ministries"], cells["partners"]) if x)
    for minimum, keep in FLAT_TIERS:
        if width >= minimum:
            if keep is None:
                return shown
            merged = [c for c in shown if c not in ("ministries", "partners")]
            merged.insert(merged.index("title") + 1, "parties")
            return [c for c in merged if c in keep]
    return shown  # pragma: no cover


def write_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *,
                title: str | None = None) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console()
    shown, view = table_view(rows, columns)
    fitted = _fit(shown, view, out.width)
    caption = None
    if len(fitted) < len(shown):
        caption = "more columns with --format tsv, csv or json, or in a wider terminal"
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, highlight=False)
    for column in fitted:
        is_id = column in ("id", "follows", "org_id", "agreement_id")
        widest = max((len(line) for cells in view for line in cells[column].split("\n")),
                     default=0)
        table.add_column(column, no_wrap=column in NO_WRAP,
                         justify="right" if column in NUMERIC else "left",
                         min_width=max(widest, len(column)) if is_id else None,
                         ratio=3 if column in ("title", "parties", "snippet") else None,
                         style="bold" if column == "id" else None)
    for cells in view:
        table.add_row(*(Text(cells[c]) for c in fitted))
    out.print(table)


def write_json(value: Any, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
