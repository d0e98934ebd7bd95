"""The console entry point: common warm reads answered without loading Typer and Click.

`conv list ... --format csv` is typed dozens of times an hour and called in loops from
scripts. Importing Typer and Click costs about 100 ms, more than the query itself, so
for the plain reads below (list, search, stats, show --format json) with simple,
well-formed options and a machine format, this module parses argv itself and calls the
same library functions as cli.py; the library's own errors (invalid data, unknown id) are
reported here exactly as cli.py reports them. Anything else — help, completion, a table,
an option value that needs checking, a damaged cache, an option written in an unusual
way — goes to the Typer app, which is the reference: tests/test_perf_paths.py checks that every
option accepted here exists there with the same name, type and choices, and that both
paths print the same bytes for a matrix of command lines.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from .layout import STATS_GROUPS
from .schema import AGREEMENT_TYPES

MACHINE_FORMATS = ("tsv", "csv", "json", "jsonl", "md")

# Option spelling -> (parameter name in cli.py, kind). Kinds: "text"; "year" (an integer
# from 1000 to 9999); "count" (an integer >= 0); "flag"; or a tuple of allowed choices.
FILTERS: dict[str, tuple[str, Any]] = {
    "--ministry": ("ministry", "text"), "--partner": ("partner", "text"),
    "--type": ("type_", AGREEMENT_TYPES), "--year": ("year", "year"),
    "--from": ("year_from", "year"), "--to": ("year_to", "year"),
    "--place": ("place", "text"), "--sector": ("sector", "text"),
}
FORMAT = {"--format": ("fmt", MACHINE_FORMATS), "-f": ("fmt", MACHINE_FORMATS)}
LIMIT = {"--limit": ("limit", "count"), "-n": ("limit", "count")}
COMMANDS: dict[str, dict[str, tuple[str, Any]]] = {
    "list": {**FILTERS, **FORMAT, **LIMIT, "--sort": ("sort", "text"),
             "--order": ("order", ("asc", "desc"))},
    "search": {**FILTERS, **FORMAT, **LIMIT, "--raw": ("raw", "flag")},
    "stats": {**FILTERS, **FORMAT, "--by": ("by", STATS_GROUPS)},
    "show": {"--format": ("fmt", ("json",)), "-f": ("fmt", ("json",))},
}
ARGUMENTS = {"search": "query", "show": "agreement_id"}  # one positional each
GLOBALS: dict[str, tuple[str, Any]] = {"--data": ("data", "text"), "--quiet": ("quiet", "flag"),
                                       "-q": ("quiet", "flag")}


def parse_fast(argv: list[str]) -> tuple[str, dict[str, Any]] | None:
    """(command, values) when argv is simple enough to answer here, else None."""
    values: dict[str, Any] = {}
    index = _options(argv, 0, GLOBALS, values, stop_at_word=True)
    if index is None or index >= len(argv) or argv[index] not in COMMANDS:
        return None
    command = argv[index]
    found: dict[str, Any] = {}
    end = _options(argv, index + 1, COMMANDS[command], found, ARGUMENTS.get(command))
    if end is None or (command in ARGUMENTS and ARGUMENTS[command] not in found):
        return None
    values.update(found)
    return command, values


def _options(argv: list[str], index: int, spec: dict[str, tuple[str, Any]],
             values: dict[str, Any], argument: str | None = None,
             stop_at_word: bool = False) -> int | None:
    while index < len(argv):
        word = argv[index]
        if not word.startswith("-") or word == "-":
            if stop_at_word:
                return index
            if argument is None or argument in values or not word:
                return None
            values[argument] = word
            index += 1
            continue
        name, equals, inline = word.partition("=")
        if name not in spec or (equals and not name.startswith("--")):
            return None  # unknown, help, --, combined short options: Typer decides
        dest, kind = spec[name]
        if dest in values:
            return None  # repeated: Typer's rule applies
        if kind == "flag":
            if equals:
                return None
            values[dest] = True
            index += 1
            continue
        if equals:
            value = inline
            index += 1
        elif index + 1 < len(argv):
            value = argv[index + 1]
            index += 2
        else:
            return None
        if value.startswith("-"):
            return None
        checked = _check(value, kind)
        if checked is None:
            return None
        values[dest] = checked
    return index


def _check(value: str, kind: Any) -> Any:
    if kind == "text":
        return value
    if isinstance(kind, tuple):
        return value if value in kind else None
    if not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    if kind == "year":
        return number if 1000 <= number <= 9999 else None
    return number  # "count": digits only, so >= 0


def answer(command: str, values: dict[str, Any]) -> bool:
    """Run ``command``; False (having written nothing) when Typer should handle it."""
    import sqlite3

    from .db import open_database, resolve_data_path
    from .errors import ConvError
    from .output import choose_format
    from .queries import Filters

    # show draws its own table (Rich) unless asked for JSON; the others follow choose_format.
    fmt = values.get("fmt") if command == "show" else choose_format(values.get("fmt"))
    if fmt in (None, "table"):
        return False
    filters = Filters(ministry=values.get("ministry"), partner=values.get("partner"),
                      type=values.get("type_"), year=values.get("year"),
                      year_from=values.get("year_from"), year_to=values.get("year_to"),
                      place=values.get("place"), sector=values.get("sector"))
    progress = not values.get("quiet") and sys.stderr.isatty()
    try:
        conn = open_database(resolve_data_path(values.get("data")), progress=progress).conn
        if command == "list":
            from .layout import FLAT_COLUMNS
            from .queries import list_agreements

            order = values.get("order")
            result: Any = list_agreements(
                conn, filters, sort=values.get("sort"),
                descending=None if order is None else order == "desc",
                limit=values.get("limit"))
            columns: Any = FLAT_COLUMNS
        elif command == "search":
            from .layout import FLAT_COLUMNS
            from .queries import search_agreements

            result = search_agreements(conn, values["query"], raw=bool(values.get("raw")),
                                       filters=filters, limit=values.get("limit"))
            columns = FLAT_COLUMNS
        elif command == "stats":
            from .queries import stats

            result = stats(conn, values.get("by", "ministry"), filters)
            columns = ["group", "count", "amount_mad", "jobs_direct"]
        else:
            from .queries import get_agreement

            result = get_agreement(conn, values["agreement_id"])
    except ConvError as exc:
        if isinstance(exc.__context__, sqlite3.Error):
            return False  # a damaged cache: cli.py removes it and answers once more
        # Reported here: falling back would read and check the data a second time.
        print("\n".join(exc.lines()), file=sys.stderr)
        sys.exit(exc.exit_code)
    except sqlite3.Error:
        return False  # cli.py handles a damaged cache and says what to do
    if command == "show":
        from .output import write_json

        write_json(result)
    else:
        from .output import write_rows

        write_rows(result, columns, fmt)
    return True


def main() -> None:
    """Console entry point: the fast path when it applies, else cli.main (same exits)."""
    argv = sys.argv[1:]
    parsed = None if "_CONV_COMPLETE" in os.environ else parse_fast(argv)
    if parsed is not None:
        code = 0
        try:
            if answer(*parsed):
                sys.stdout.flush()
                sys.exit(0)
        except KeyboardInterrupt:
            print("conv: interrupted", file=sys.stderr)
            code = 130
        except BrokenPipeError:
            # Python docs, "Note on SIGPIPE": stop writing to the closed pipe, quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        else:
            code = -1
        if code >= 0:
            sys.exit(code)
    from .cli import main as full_main

    full_main()
