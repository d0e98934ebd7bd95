"""The console entry point: most calls answered without loading Typer, one way to exit.

`conv list ... --format csv` is typed dozens of times an hour and called in loops from
scripts; importing Typer costs about as much as the query itself. So a plain command line
(known options written plainly, values that need no checking beyond the declaration) is
parsed here, from the same declaration as the Typer app (interface.py), and handed to the
same command bodies (commands.py). Anything else — help, completion, an unknown or
repeated option, a value to refuse, an unusual spelling — goes to the Typer app, which
decides and reports. tests/test_entry.py checks that both read every command line alike.
"""

from __future__ import annotations

import os
import sqlite3
import sys

from ..errors import ConvError, Interrupted, PipeClosed, report
from .interface import BY_NAME, GLOBAL_OPTIONS, GROUPS, Argument, Call, Option

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from typing import Any


def parse(argv: list[str]) -> Call | None:
    """The command line as the Typer app would read it, or None to let Typer decide."""
    given: dict[str, Any] = {}
    index = _options(argv, 0, GLOBAL_OPTIONS, (), given, stop_at_word=True)
    if index is None or index >= len(argv) or given.get("version"):
        return None
    name = argv[index]
    if name in GROUPS:
        index += 1
        if index >= len(argv):
            return None
        name = f"{name} {argv[index]}"
    command = BY_NAME.get(name)
    if command is None:
        return None
    params: dict[str, Any] = {}
    if _options(argv, index + 1, command.options, command.arguments, params) is None:
        return None
    for argument in command.arguments:
        if argument.name not in params:
            return None
    for option in command.options:
        if option.name not in params:
            params[option.name] = (False if option.kind == "flag"
                                   else () if option.many else None)
    return Call(name, params, data=given.get("data"), quiet=bool(given.get("quiet")))


def _options(argv: list[str], index: int, options: tuple[Option, ...],
             arguments: tuple[Argument, ...], found: dict[str, Any],
             stop_at_word: bool = False) -> int | None:
    """Read options (and positional arguments) from ``argv[index:]`` into ``found``; the
    index where a word ends them (``stop_at_word``), or None for anything unusual."""
    spellings = {flag: option for option in options for flag in option.flags}
    positional = list(arguments)
    while index < len(argv):
        word = argv[index]
        if not word.startswith("-") or word == "-":
            if stop_at_word:
                return index
            if not positional or not word:
                return None
            argument = positional[0]
            if argument.many:
                found[argument.name] = (*found.get(argument.name, ()), word)
            else:
                found[argument.name] = word
                positional.pop(0)
            index += 1
            continue
        name, equals, inline = word.partition("=")
        option = spellings.get(name)
        if option is None or (equals and not name.startswith("--")):
            return None  # unknown, help, --, combined short options: Typer decides
        if option.kind == "flag":
            if equals or option.name in found:
                return None
            found[option.name] = True
            index += 1
            continue
        if equals:
            value, index = inline, index + 1
        elif index + 1 < len(argv):
            value, index = argv[index + 1], index + 2
        else:
            return None
        checked = _check(value, option)
        if checked is None:
            return None
        if option.many:
            found[option.name] = (*found.get(option.name, ()), checked)
        elif option.name in found:
            return None  # given twice: Typer refuses it
        else:
            found[option.name] = checked
    return index


def _check(value: str, option: Option) -> Any:
    """The value as the command takes it, or None when Typer should judge it."""
    if value.startswith("-"):
        return None
    if option.kind == "text":
        return value
    if option.kind == "choice":
        return value if value in option.choices else None
    if not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    if option.kind == "year":
        return number if 1000 <= number <= 9999 else None
    return number  # "count": digits only, so >= 0


def answer(call: Call) -> None:
    from .commands import run
    from .session import Session

    run(call.command, Session.from_options(call.data, call.quiet), call.params)


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted


def main() -> None:
    """Console entry point: exit 0 (success), 1 (error), 2 (usage), 130 (Ctrl-C); quiet on
    a closed pipe; every error one 'conv: error:' line, never a traceback."""
    import signal

    signal.signal(signal.SIGINT, _interrupt)
    argv = sys.argv[1:]
    code: Any = 0
    try:
        call = None if "_CONV_COMPLETE" in os.environ else parse(argv)
        if call is not None:
            answer(call)
        else:
            from .app import app

            app(args=argv, prog_name="conv")
    except SystemExit as exc:
        code = exc.code
    except (ConvError, sqlite3.DatabaseError) as exc:
        code = report(exc)
    except Interrupted:
        print("conv: interrupted", file=sys.stderr)
        code = 130
    except (BrokenPipeError, PipeClosed):
        code = 0
    except OSError as exc:  # stdout cannot be written: one line, and no more tries
        code = report(exc)
        _discard_stdout()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # Python docs, "Note on SIGPIPE": stop writing to the closed pipe, quietly.
        _discard_stdout()
    except OSError as exc:
        code = code or report(exc)
        _discard_stdout()
    sys.exit(code)


def _discard_stdout() -> None:
    """What is left to write to stdout goes nowhere (it cannot be written)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
