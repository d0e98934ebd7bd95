"""Each command's typed parameters name exactly what interface.py declares for it."""

from __future__ import annotations

from conventions_cli.cli import commands, interface
from conventions_cli.cli.params import PARAMS, Filtered, Params
from conventions_cli.query.filters import FILTERS


def annotated(cls: type) -> set[str]:
    names: set[str] = set()
    for klass in cls.__mro__:
        names |= set(getattr(klass, "__annotations__", {}))
    return names - {"values"}


def test_every_command_has_a_body_and_a_params_class() -> None:
    declared = {command.name for command in interface.COMMANDS}
    assert declared == set(commands.BODIES) == set(PARAMS)


def test_a_params_class_names_exactly_the_declared_arguments_and_options() -> None:
    filter_names = {spec.name for spec in FILTERS}
    for command in interface.COMMANDS:
        cls = PARAMS[command.name]
        names = {param.name for param in command.params}
        takes_filters = filter_names <= names
        assert takes_filters == issubclass(cls, Filtered), command.name
        if takes_filters:
            names -= filter_names
        assert annotated(cls) == names, command.name


def test_params_read_by_attribute_and_compare_by_value() -> None:
    one = PARAMS["list"]({"sort": "amount", "limit": 3})
    assert (one.sort, one.limit) == ("amount", 3)
    assert one == PARAMS["list"]({"sort": "amount", "limit": 3})
    assert one != PARAMS["orgs"]({"sort": "amount", "limit": 3})
    assert one != Params({"sort": "amount", "limit": 3})


def expected_type(param: interface.Argument | interface.Option) -> str:
    if isinstance(param, interface.Argument):
        return "tuple[str, ...]" if param.many else "str"
    if param.kind == "flag":
        return "bool"
    if param.many:
        return "tuple[str, ...]"
    return "int | None" if param.kind in ("year", "count") else "str | None"


def test_a_params_class_types_each_value_as_the_command_line_gives_it() -> None:
    for command in interface.COMMANDS:
        cls = PARAMS[command.name]
        types: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            types.update(getattr(klass, "__annotations__", {}))
        for param in command.params:
            if param.name in types:
                assert types[param.name] == expected_type(param), (command.name, param.name)
