"""The Typer app, built from the one declaration of the interface (interface.py).

Each command's parameters come from its declaration; its body is the function of the same
name in commands.py, which the fast path calls too. This module only turns declarations
into Typer parameters and parsed values into the plain parameters the bodies take.
"""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Callable
from enum import Enum
from typing import Annotated, Any

import typer

from ..errors import ConvError, PipeClosed, UsageError, report
from . import commands, interface
from .interface import Argument, Command, Option
from .session import Session

app = typer.Typer(
    name="conv",
    help=interface.APP_HELP,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
GROUPS = {name: typer.Typer(help=text, no_args_is_help=True, rich_markup_mode=None)
          for name, text in interface.GROUPS.items()}
for _name, _group in GROUPS.items():
    app.add_typer(_group, name=_name)

_ENUMS: dict[tuple[str, ...], type[Enum]] = {}


def _choices(values: tuple[str, ...]) -> type[Enum]:
    """A str Enum for Typer from one of the lists the schema or the interface keeps."""
    if values not in _ENUMS:
        members = {v.replace("-", "_"): v for v in values}
        choice: type[Enum] = Enum("Choice", members, type=str)  # type: ignore[misc]
        _ENUMS[values] = choice
    return _ENUMS[values]


def _complete(name: str) -> Callable[..., list[str]]:
    """A Tab-completion callback that imports completion.py only when Tab is pressed."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from . import completion

        return getattr(completion, name)(incomplete, ctx)  # type: ignore[no-any-return]
    return complete


def _value_type(param: Argument | Option) -> Any:
    kind = getattr(param, "kind", "text")
    if kind == "choice":
        return _choices(param.choices)  # type: ignore[union-attr]
    if kind in ("year", "count"):
        return int
    if kind == "flag":
        return bool
    return str


def _parameter(param: Argument | Option) -> inspect.Parameter:
    """One Typer parameter. Options other than flags are collected as lists, so that one
    given twice is seen (and refused unless repeatable) instead of silently the last."""
    value_type = _value_type(param)
    extra: dict[str, Any] = {}
    if param.complete:
        extra["autocompletion"] = _complete(param.complete)
    if isinstance(param, Argument):
        annotation = list[value_type] if param.many else value_type  # type: ignore[valid-type]
        info = typer.Argument(metavar=param.metavar, help=param.help, show_default=False,
                              **extra)
        return inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY,
                                 annotation=Annotated[annotation, info])
    if param.kind == "year":
        extra.update(min=1000, max=9999)
    elif param.kind == "count":
        extra["min"] = 0
    if param.kind == "flag":
        annotation, default = bool, False
        if param.eager:  # --version: answered while parsing, before the command is needed
            extra.update(is_eager=True, callback=_print_version)
    else:
        annotation, default = list[value_type] | None, None  # type: ignore[valid-type]
    info = typer.Option(*param.flags, help=param.help, metavar=param.metavar,
                        show_default=False, **extra)
    return inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=Annotated[annotation, info])


def plain_values(params: tuple[Argument | Option, ...], given: dict[str, Any]) -> dict[str, Any]:
    """Typer's values as the bodies take them: Enum members as text, repeatable options as
    tuples, other options as one value or None; an option given twice is a usage error."""
    out: dict[str, Any] = {}
    for param in params:
        value = given.get(param.name)
        if isinstance(value, (list, tuple)):
            value = tuple(v.value if isinstance(v, Enum) else v for v in value)
        elif isinstance(value, Enum):
            value = value.value
        if isinstance(param, Option) and param.kind != "flag" and not param.many:
            if value and len(value) > 1:
                shown = ", ".join(str(v) for v in value)
                raise UsageError(f"{param.flag} was given {len(value)} times ({shown}); "
                                 "give it once")
            value = value[0] if value else None
        elif isinstance(param, Option) and param.many:
            value = value or ()
        out[param.name] = value
    return out


def _register(command: Command) -> None:
    declared = command.params

    def callback(ctx: typer.Context, **given: Any) -> None:
        try:
            commands.run(command.name, ctx.obj, plain_values(declared, given))
        except BrokenPipeError:
            raise PipeClosed from None  # past Typer's click, which would make it exit 1
        except (ConvError, sqlite3.DatabaseError) as exc:
            raise typer.Exit(report(exc)) from None

    context = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                annotation=typer.Context)
    callback.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [context, *(_parameter(p) for p in declared)])
    callback.__doc__ = command.help
    group, _, name = command.name.rpartition(" ")
    callback.__name__ = f"{name}_command"
    (GROUPS[group] if group else app).command(name)(callback)


for _command in interface.COMMANDS:
    _register(_command)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"conv {__version__}")
        raise typer.Exit()


def _main_options(ctx: typer.Context, **given: Any) -> None:
    """Signed public agreements in Morocco, from a curated YAML knowledge base."""
    try:
        values = plain_values(interface.GLOBAL_OPTIONS, given)
    except UsageError as exc:
        raise typer.Exit(report(exc)) from None
    ctx.obj = Session.from_options(values["data"], values["quiet"])


_main_options.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
    [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context),
     *(_parameter(p) for p in interface.GLOBAL_OPTIONS)])
app.callback()(_main_options)
