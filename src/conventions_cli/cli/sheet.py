"""Rows kept in a file (-o) or for French-locale Excel (--excel): what export offers, for
the tables a spreadsheet user wants too (stats' totals per ministry, per year)."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

from ..errors import UsageError
from ..out.formats import ROW_FORMATS, extensions_for
from .session import Session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import IO, Any

# stats -o: the row formats a file can hold (a table is drawn at the terminal only).
SHEET_FILES = extensions_for(tuple(f for f in ROW_FORMATS if f != "table"))


def _output(params: Any) -> Path | None:
    from pathlib import Path

    from ..files import names_folder

    if params.output and names_folder(params.output):  # new.png/: a folder, even one not made yet
        raise UsageError(f"{params.output} names a folder (it ends with /); name a file, "
                         f"like {params.output.rstrip('/' + os.sep)}")
    return Path(params.output) if params.output else None


def sheet_format(params: Any) -> str:
    """The format asked for; else the one -o's extension names; else csv for --excel; else
    a table at a terminal and tsv in a pipe. Refused before any work: a table into a file,
    --excel with another format than csv."""
    from ..files import is_stream
    from ..out.output import choose_format

    output = _output(params)
    if output is not None and output.is_dir():
        raise UsageError(f"{output} is a folder; name a file, like "
                         f"{output / 'stats.csv'}")
    fmt = params.fmt
    if fmt is None and output is not None:
        fmt = SHEET_FILES.get(output.suffix.lower())
        if fmt is None and not (is_stream(output) and params.excel):
            raise UsageError(f"cannot tell the format from '{output.name}'; name a file "
                             f"ending {', '.join(SHEET_FILES)}, or pass --format")
    if fmt is None and params.excel:
        fmt = "csv"
    fmt = choose_format(fmt)
    if params.excel and fmt != "csv":
        raise UsageError(f"--excel applies to csv only (not {fmt}); drop --format, or "
                         "write --format csv")
    if output is not None and fmt == "table":
        raise UsageError("a table is drawn at the terminal; -o writes csv, tsv, json, jsonl "
                         "or md (from its extension, or --format)")
    return fmt


@contextmanager
def sheet_out(session: Session, params: Any, nothing: str | None = None
              ) -> Iterator[IO[str]]:
    """stdout, or the file -o names, written atomically (an earlier file is replaced only
    once every row is written). ``nothing``: what matched nothing, when nothing did: then
    no file is written (an earlier one is never replaced by an empty one)."""
    from .views import refuse_empty

    output = _output(params)
    if output is None:
        yield sys.stdout
        return
    from ..files import atomic_write

    session.check_output(output)
    refuse_empty(output, nothing)
    with atomic_write(output) as out:
        yield out
