"""The one place where anything that stops conv becomes a message and an exit code.

Both ways in use it: the fast path (entry.py) for what reaches ``main``, and the Typer app
(app.py) for what a command body raises and for the parser's own refusals, which it first
puts in conv's words (``parser_refusal``). Every failure is one ``conv: error:`` line on
stderr (a ConvError may put located lines before it), never a traceback:

==============================  ====  ==========================================
what                            code  shown
==============================  ====  ==========================================
ConvError (data, not found...)  1     its own lines
UsageError (a bad command line) 2     one line, with a hint where there is one
sqlite3.DatabaseError           1     one line: rebuild the database
OSError (disk full, denied)     1     one line: what failed, on which file
Ctrl-C                          130   ``conv: interrupted``
stdout closed (``| head``)      0     nothing
anything else (a bug)           70    one line asking for a report; CONV_DEBUG=1
                                      prints the traceback too
==============================  ====  ==========================================
"""

from __future__ import annotations

import os
import sqlite3
import sys

from ..errors import ConvError, Interrupted, PipeClosed, UsageError
from ..text import did_you_mean

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from collections.abc import Iterable

    from .interface import Command, Option

INTERRUPTED = 130
SOFTWARE = 70  # sysexits.h EX_SOFTWARE: an internal error


def report(exc: BaseException) -> int:
    """Tell the user what went wrong (stderr, never a traceback); the exit code to use."""
    code, lines = _describe(exc)
    if lines:
        from ..text import one_line

        # A value or a file name in a message never steers the terminal.
        print("\n".join(one_line(line) for line in lines), file=sys.stderr)
    if code == SOFTWARE and os.environ.get("CONV_DEBUG"):
        import traceback

        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    return code


def _describe(exc: BaseException) -> tuple[int, list[str]]:
    if isinstance(exc, ConvError):
        return exc.exit_code, exc.lines()
    if isinstance(exc, (BrokenPipeError, PipeClosed)):
        return 0, []
    if isinstance(exc, (KeyboardInterrupt, Interrupted)):
        return INTERRUPTED, ["conv: interrupted"]
    if isinstance(exc, sqlite3.DatabaseError):
        return 1, [f"conv: error: the database failed ({_one_line(exc)}); run conv db "
                   "rebuild and try again"]
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        what = exc.strerror or _one_line(exc)
        return 1, [f"conv: error: {what}{where}; check the path, its permissions and the "
                   "free space"]
    return SOFTWARE, [f"conv: error: unexpected {type(exc).__name__}: {_one_line(exc)}; this "
                      "is a bug in conv: please report it with the command line and conv "
                      "--version (CONV_DEBUG=1 shows the traceback)"]


def _one_line(exc: BaseException) -> str:
    from ..text import quote

    return quote(exc, limit=200)[1:-1]


# --- the parser's refusals, in conv's words ----------------------------------------------


def parser_refusal(exc: Exception, command: Command | None, options: tuple[Option, ...],
                   subcommands: Iterable[str] = ()) -> UsageError | None:
    """A UsageError saying what the option parser refused, in conv's words, or None when
    it is not a refusal conv knows (the parser's own message is then shown after
    'conv: error:'). ``command`` is the command being parsed (None: the global options);
    ``options``, the options it takes."""
    from typer._click import exceptions as refused

    where = f"conv {command.name}" if command else "conv"
    flags = [flag for option in options for flag in option.flags]
    if isinstance(exc, refused.NoSuchOption):
        name = exc.option_name
        from .interface import GLOBAL_OPTIONS

        front = next((o for o in GLOBAL_OPTIONS if name.split("=")[0] in o.flags), None)
        if command is not None and front is not None:  # conv list --data s.yaml
            value = "" if front.kind == "flag" else f" {front.metavar}"
            return UsageError(f"{name.split('=')[0]} goes before the command: conv "
                              f"{name.split('=')[0]}{value} {command.name} …")
        if command is not None and name.split("=")[0] in ("-o", "--output", "--excel"):
            return _no_sheet_option(command.name, name.split("=")[0])
        elsewhere = _taken_elsewhere(name.split("=")[0]) if command is not None else ""
        if elsewhere:  # conv people --from 2012: a filter of list, never a near spelling
            return UsageError(f"{where} has no option {name.split('=')[0]}; {elsewhere}")
        return UsageError(f"{where} has no option {name}{did_you_mean(name, flags)} "
                          f"({where} --help lists them)")
    if isinstance(exc, refused.BadOptionUsage):
        name = exc.option_name
        option = next((o for o in options if name in o.flags), None)
        if option is not None and option.kind == "flag":
            return UsageError(f"{name} takes no value; write {name} alone")
        metavar = option_metavar(option) if option is not None else "VALUE"
        return UsageError(f"{name} needs a value: {name} {metavar}")
    if isinstance(exc, refused.MissingParameter) and command is not None:
        missing = next((a for a in command.arguments
                        if exc.param is not None and a.name == exc.param.name), None)
        if missing is not None:
            what = missing.help.split(" Example:")[0].rstrip(".")
            return UsageError(f"{where} needs {missing.metavar} ({what[:1].lower()}{what[1:]})"
                              f"; for example: {example(command)}")
    if isinstance(exc, refused.NoArgsIsHelpError):
        return None
    if isinstance(exc, refused.BadParameter):
        return None
    return None


def _taken_elsewhere(flag: str) -> str:
    """The commands that take ``flag`` (one exactly, not a near spelling), said as where
    to find it: an option of list given to people is no typo of one of people's own."""
    from .interface import COMMANDS

    takers = [c.name for c in COMMANDS if any(flag in o.flags for o in c.options)]
    if not takers:
        return ""
    listed = ", ".join(takers[:-1]) + (" and " if len(takers) > 1 else "") + takers[-1]
    return f"{flag} is an option of conv {listed} (conv {takers[0]} --help says how)"


def _no_sheet_option(command: str, name: str) -> UsageError:
    """-o or --excel where only export and stats take them: where to find them (a near
    spelling, --to, is a date filter, never what was meant)."""
    if command in ("list", "search"):
        instead = (f"conv export takes the filters of {command} and writes the agreements "
                   "with -o FILE and --excel")
    else:
        instead = (f"redirect the rows, conv {command} … --format csv > FILE.csv (conv "
                   "export and conv stats take -o and --excel)")
    return UsageError(f"conv {command} has no option {name}; {instead}")


def unknown_command(word: str, group: str, subcommands: Iterable[str]) -> UsageError:
    where = f"conv {group}" if group else "conv"
    names = sorted(subcommands)
    hint = did_you_mean(word, names) or f"; it has {', '.join(names)}"
    return UsageError(f"{where} has no command {_quoted(word)}{hint} ({where} --help tells "
                      "what each does)")


def missing_command(group: str, subcommands: Iterable[str]) -> UsageError:
    where = f"conv {group}" if group else "conv"
    example = "conv list" if not group else f"{where} {sorted(subcommands)[0]}"
    return UsageError(f"{where} needs a command, e.g. {example} ({where} --help lists them)")


def extra_arguments(command: Command, extra: list[str]) -> UsageError:
    takes = " ".join(argument.metavar for argument in command.arguments) or "no argument"
    return UsageError(f"conv {command.name} takes {takes}; {_quoted(extra[0])} is one word "
                      f"too many (quote a value that has spaces); for example: "
                      f"{example(command)}")


def argument_not_data(command: Command, data: str) -> UsageError:
    """``conv --data FILE migrate``: the base given the way every other command takes it,
    to a command that takes its file as an argument."""
    from ..text import shell_word

    metavar = command.arguments[0].metavar
    return UsageError(f"conv {command.name} needs {metavar} as its argument and does not read "
                      f"--data; type: conv {command.name} {shell_word(data)}")


def option_metavar(option: Option) -> str:
    """How help and messages show an option's value: its metavar, or its choices."""
    if option.metavar:
        return str(option.metavar)
    if option.kind == "choice":
        return "[" + "|".join(option.choices) + "]"
    return {"year": "YYYY", "count": "N"}.get(option.kind, "TEXT")


def example(command: Command) -> str:
    """The command's example, from the 'Example:' line of its help."""
    help_text: str = command.help
    for line in help_text.splitlines():
        if line.startswith("Example: "):
            return line.removeprefix("Example: ")
    return f"conv {command.name} --help"


def _quoted(value: str) -> str:
    from ..text import quote

    return quote(value)
