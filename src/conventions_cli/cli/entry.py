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
import sys

from ..errors import Interrupted
from .interface import BY_NAME, GLOBAL_OPTIONS, GROUPS, Argument, Call, Option, read_values

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from typing import Any


def parse(argv: list[str]) -> Call | None:
    """The command line as the Typer app would read it, or None to let Typer decide; a
    value Typer would refuse raises the same UsageError here (interface.read_values)."""
    given: dict[str, Any] = {}
    index = _options(argv, 0, GLOBAL_OPTIONS, (), given, stop_at_word=True)
    if index is None or index >= len(argv) or any(
            option.eager and option.name in given for option in GLOBAL_OPTIONS):
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
    front = read_values(GLOBAL_OPTIONS, given)
    return Call(name, read_values(command.params, params), data=front["data"],
                quiet=front["quiet"])


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
        if value.startswith("-"):
            return None  # a missing value, or a negative number: Typer decides
        found[option.name] = (*found.get(option.name, ()), value)
    return index


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
    except BaseException as exc:  # noqa: BLE001 - every failure becomes one line and a code
        from .failures import report

        code = report(exc)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # Python docs, "Note on SIGPIPE": stop writing to the closed pipe, quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(code)
