"""The one place that writes results: the file formats here, the table at a terminal
through terminal.py.

Machine formats (tsv, csv, json, jsonl) carry raw values: ISO dates, plain integers,
arrays as JSON arrays (joined by "; " in csv/tsv). Only the table groups digits.
"""

from __future__ import annotations

import sys

from ..text import escaped, json_text
from .cells import plain
from .terminal import stdout_is_terminal, write_table

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from collections.abc import Iterable, Sequence
    from typing import IO, Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def choose_format(requested: str | None) -> str:
    """The format asked for, else a table at a terminal and TSV in a pipe."""
    if requested:
        return requested
    return "table" if stdout_is_terminal() else "tsv"


def tsv_escape(text: str) -> str:
    """Keep one record per line: a tab, a newline or a carriage return in a value is
    written \\t, \\n, \\r; everything else as it is, a backslash too (C:\\dossiers stays
    C:\\dossiers for cut and awk), so that \\n in a value reads like an escaped newline:
    csv and json tell them apart."""
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


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


def write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, *,
               out: IO[str] | None = None, raw: bool = False, excel: bool = False,
               title: str | None = None, header: bool = True, keep: Sequence[str] = (),
               empty: str = "no agreements match",
               headers: dict[str, str] | None = None) -> None:
    """Write ``rows`` (dicts) with ``columns`` in ``fmt``; the same content in every format.

    csv and tsv are for spreadsheets too: a cell that would start a formula is neutralised
    in both, the same way, unless ``raw`` (DESIGN §4). ``keep``, ``empty`` and
    ``headers``: for a table (terminal.write_table)."""
    out = out or sys.stdout
    if fmt == "json":
        write_json_rows(rows, columns, out)
    elif fmt == "jsonl":
        for r in rows:
            out.write(json_text({c: r.get(c) for c in columns}) + "\n")
    elif fmt == "tsv":
        write_tsv(rows, columns, out, raw=raw, header=header)
    elif fmt == "csv":
        write_csv(rows, columns, out, raw=raw, excel=excel, header=header)
    elif fmt == "md":
        write_markdown(rows, columns, out)
    elif fmt == "table":
        write_table(list(rows), columns, title=title, keep=keep, empty=empty,
                    headers=headers)
    else:  # pragma: no cover - the CLI restricts the choices
        raise ValueError(fmt)


def write_json_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str],
                    out: IO[str]) -> None:
    """A JSON array, written a row at a time (what json.dumps(indent=2) writes whole)."""
    before = "[\n"
    for r in rows:
        item = json_text({c: r.get(c) for c in columns}, indent=2)
        out.write(before + "  " + item.replace("\n", "\n  "))
        before = ",\n"
    out.write("[]\n" if before == "[\n" else "\n]\n")


def write_tsv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str], *,
              raw: bool = False, header: bool = True) -> None:
    """One record per line for cut and awk: tabs and line ends escaped (tsv_escape)."""
    if header:
        out.write("\t".join(columns) + "\n")
    for r in rows:
        out.write("\t".join(escaped(tsv_escape(plain(sheet_cell(r.get(c), raw))))
                             for c in columns) + "\n")


def csv_field(value: Any) -> str:
    """One csv cell: numbers bare, None empty, text quoted with its controls escaped."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    # Controls other than line ends and tabs are written as \xNN: a file opened in a
    # terminal (cat, less -r) is not steered by its values.
    return '"' + escaped(str(value), "\n\r\t").replace('"', '""') + '"'


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str], *,
              raw: bool = False, excel: bool = False, header: bool = True) -> None:
    """RFC 4180 CSV where every text field is quoted, so that a spreadsheet guessing
    separators (',' ';' and tab all ticked) never splits a cell; numbers stay bare.
    ``excel``: UTF-8 BOM, ';' and CRLF for French-locale spreadsheets."""
    delimiter = ";" if excel else ","
    if excel:
        out.write("\ufeff")
    lines = []
    if header:  # column names: bare when they hold nothing to protect, as tools expect
        lines.append(delimiter.join(c if c.isidentifier() else csv_field(c) for c in columns)
                     + "\r\n")
    for r in rows:
        lines.append(delimiter.join(csv_field(sheet_cell(r.get(c), raw)) for c in columns)
                     + "\r\n")
        if len(lines) >= 1000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))


# What starts markup in a Markdown table cell (emphasis, code, links, HTML, entities,
# strikethrough, the cell's end): each written with a backslash, which every CommonMark
# renderer reads as the character itself, so a title shows as written and never runs.
_MD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&~|"})


def _md_cell(value: Any) -> str:
    return escaped(plain(value).translate(_MD_ESCAPES).replace("\n", "<br>"))


def write_markdown(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> None:
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    for r in rows:
        out.write("| " + " | ".join(_md_cell(r.get(c)) for c in columns) + " |\n")


def write_json(value: Any, out: IO[str] | None = None) -> None:
    (out or sys.stdout).write(json_text(value, indent=2) + "\n")
