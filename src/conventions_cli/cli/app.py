"""The Typer app, built from the one declaration of the interface (interface.py).

Each command's parameters come from its declaration; its body is the function of the same
name in commands.py, which the fast path calls too. This module only turns declarations
into Typer parameters and parsed values into the plain parameters the bodies take.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer
from typer._completion_classes import completion_init
from typer.core import TyperCommand, TyperGroup

from . import commands, failures, interface
from .helptext import HelpContext
from .interface import Argument, Command, Option, read_values
from .session import Session

_Context = typer._click.Context


class _Refused(typer._click.exceptions.UsageError):
    """A usage error the parser found, shown in conv's words through failures.report
    (the parser would print its own four-line block)."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error

    def show(self, file: Any = None) -> None:
        self.exit_code = failures.report(self.error)


def _translated(exc: Exception, command: Command | None, options: tuple[Option, ...],
                subcommands: tuple[str, ...] = ()) -> Exception:
    if isinstance(exc, _Refused):
        return exc
    ours = failures.parser_refusal(exc, command, options, subcommands)
    if ours is None and not isinstance(exc, typer._click.exceptions.NoArgsIsHelpError):
        from ..errors import UsageError

        message = getattr(exc, "format_message", lambda: str(exc))()
        ours = UsageError(message)
    return _Refused(ours) if ours is not None else exc


class _Group(TyperGroup):
    """conv and conv db: unknown commands and options refused in conv's words."""

    group_name = ""
    context_class = HelpContext

    def parse_args(self, ctx: _Context, args: list[str]) -> list[str]:
        options = interface.GLOBAL_OPTIONS if not self.group_name else ()
        try:
            return super().parse_args(ctx, args)
        except typer._click.exceptions.UsageError as exc:
            raise _translated(exc, None, options) from None

    def invoke(self, ctx: _Context) -> Any:
        try:
            return super().invoke(ctx)
        except typer._click.exceptions.UsageError as exc:
            if isinstance(exc, _Refused) or exc.ctx is not ctx:
                raise
            # The group's own refusal once its options are read: no command was given.
            raise _Refused(failures.missing_command(self.group_name, self.commands)) from None

    def resolve_command(self, ctx: _Context,
                        args: list[str]) -> tuple[str | None, Any, list[str]]:
        word = args[0] if args else ""
        if word and not word.startswith("-") and self.get_command(ctx, word) is None:
            raise _Refused(failures.unknown_command(word, self.group_name,
                                                    self.commands)) from None
        return super().resolve_command(ctx, args)


class _Command(TyperCommand):
    """One command: its usage line and help from the declaration, its refusals in conv's
    words."""

    declared: Command
    context_class = HelpContext

    def collect_usage_pieces(self, ctx: _Context) -> list[str]:
        return ["[OPTIONS]", *(argument.metavar for argument in self.declared.arguments)]

    def format_options(self, ctx: _Context, formatter: Any) -> None:
        if self.declared.arguments:
            with formatter.section("Arguments"):
                formatter.write_dl([(a.metavar, a.help) for a in self.declared.arguments])
        rows = [param.get_help_record(ctx) for param in self.get_params(ctx)
                if param.param_type_name == "option"]
        with formatter.section("Options"):
            formatter.write_dl([row for row in rows if row is not None])

    def parse_args(self, ctx: _Context, args: list[str]) -> list[str]:
        try:
            rest: list[str] = super().parse_args(ctx, args)
        except typer._click.exceptions.UsageError as exc:
            data = ctx.parent.params.get("data") if ctx.parent is not None else None
            data = data[-1] if isinstance(data, (list, tuple)) and data else data
            if data and self.declared.name == "migrate" and isinstance(
                    exc, typer._click.exceptions.MissingParameter):  # its FILE is the base
                raise _Refused(failures.argument_not_data(self.declared, str(data))) from None
            raise _translated(exc, self.declared, self.declared.options) from None
        if rest and not ctx.resilient_parsing:
            raise _Refused(failures.extra_arguments(self.declared, rest))
        return rest


completion_init()  # Typer's bash, zsh, fish and PowerShell answers to a Tab press
app = typer.Typer(
    name="conv",
    cls=_Group,
    help=interface.APP_HELP,
    no_args_is_help=True,
    add_completion=False,  # --show-completion SHELL is declared with the global options
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
GROUPS = {name: typer.Typer(help=text, no_args_is_help=True, rich_markup_mode=None,
                            cls=type(f"{name.title()}Group", (_Group,), {"group_name": name}))
          for name, text in interface.GROUPS.items()}
for _name, _group in GROUPS.items():
    app.add_typer(_group, name=_name)


def _complete(name: str) -> Callable[..., list[str]]:
    """A Tab-completion callback that imports completion.py only when Tab is pressed."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from . import completion

        return getattr(completion, name)(incomplete, ctx)  # type: ignore[no-any-return]
    return complete


def _complete_choices(choices: tuple[str, ...]) -> Callable[..., list[str]]:
    def complete(incomplete: str) -> list[str]:
        return [choice for choice in choices if choice.startswith(incomplete or "")]
    return complete


def _parameter(param: Argument | Option) -> inspect.Parameter:
    """One Typer parameter. Values are taken as text and checked by interface.read_values,
    so that both ways in refuse a bad value with the same words; options other than flags
    are collected as lists, so that one given twice is seen (and refused unless
    repeatable) instead of silently the last."""
    extra: dict[str, Any] = {}
    if param.complete:
        extra["autocompletion"] = _complete(param.complete)
    if isinstance(param, Argument):
        annotation: Any = list[str] if param.many else str
        info = typer.Argument(metavar=param.metavar, help=param.help, show_default=False,
                              **extra)
        return inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY,
                                 annotation=Annotated[annotation, info])
    if param.kind == "choice" and not param.complete:
        extra["autocompletion"] = _complete_choices(param.choices)
    if param.kind == "flag":
        annotation, default = bool, False
    else:
        annotation, default = list[str] | None, None
    if param.eager:  # answered while parsing, before the command is needed
        extra.update(is_eager=True, callback=_EAGER[param.name])
    help_text = param.help
    if param.kind == "choice" and param.metavar:  # the choices before the example
        before, sep, example = help_text.partition(" Example: ")
        help_text = f"{before} One of: {', '.join(param.choices)}.{sep}{example}"
    metavar = None if param.kind == "flag" else failures.option_metavar(param)
    info = typer.Option(*param.flags, help=help_text, metavar=metavar, show_default=False,
                        **extra)
    return inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=Annotated[annotation, info])


def _register(command: Command) -> None:
    declared = command.params

    def callback(ctx: typer.Context, **given: Any) -> None:
        try:
            commands.run(command.name, ctx.obj, read_values(declared, given))
        except BrokenPipeError:
            from ..errors import PipeClosed

            raise PipeClosed from None  # past Typer's click, which would make it exit 1
        except Exception as exc:  # noqa: BLE001 - failures.report says what and exits
            raise typer.Exit(failures.report(exc)) from None

    context = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                annotation=typer.Context)
    callback.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [context, *(_parameter(p) for p in declared)])
    callback.__doc__ = command.help
    group, _, name = command.name.rpartition(" ")
    callback.__name__ = f"{name}_command"
    cls = type(f"{name.title()}Command", (_Command,), {"declared": command})
    # the whole summary in `conv --help`, never cut at 45 characters with "..."
    summary = " ".join(command.help.split("\n\n")[0].split())
    (GROUPS[group] if group else app).command(
        name, cls=cls, short_help=summary,
        context_settings={"allow_extra_args": True})(callback)


def _print_version(ctx: typer.Context, param: typer.CallbackParam, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from .. import __version__

        print(f"conv {__version__}")
        raise typer.Exit()


def _shell(ctx: typer.Context, param: typer.CallbackParam,
           value: list[str] | None) -> str | None:
    if not value or ctx.resilient_parsing:
        return None
    option = next(o for o in interface.GLOBAL_OPTIONS if o.name == param.name)
    try:
        return str(read_values((option,), {option.name: value})[option.name])
    except Exception as exc:  # noqa: BLE001
        raise typer.Exit(failures.report(exc)) from None


def _show_completion(ctx: typer.Context, param: typer.CallbackParam,
                     value: list[str] | None) -> None:
    shell = _shell(ctx, param, value)
    if shell is not None:
        from typer._completion_shared import get_completion_script

        print(get_completion_script(prog_name="conv", complete_var="_CONV_COMPLETE",
                                    shell=shell))
        raise typer.Exit()


def _install_completion(ctx: typer.Context, param: typer.CallbackParam,
                        value: list[str] | None) -> None:
    shell = _shell(ctx, param, value)
    if shell is not None:
        from typer._completion_shared import install

        installed, path = install(shell=shell, prog_name="conv",
                                  complete_var="_CONV_COMPLETE")
        print(f"{installed} completion installed in {path}; it works in new terminals")
        raise typer.Exit()


_EAGER: dict[str, Callable[..., Any]] = {
    "version": _print_version, "show_completion": _show_completion,
    "install_completion": _install_completion}

for _command in interface.COMMANDS:
    _register(_command)


def _main_options(ctx: typer.Context, **given: Any) -> None:
    """Signed public agreements in Morocco, from a curated YAML knowledge base."""
    try:
        values = read_values(interface.GLOBAL_OPTIONS, given)
    except Exception as exc:  # noqa: BLE001
        raise typer.Exit(failures.report(exc)) from None
    ctx.obj = Session.from_options(values["data"], values["quiet"])


_main_options.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
    [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context),
     *(_parameter(p) for p in interface.GLOBAL_OPTIONS)])
app.callback()(_main_options)
