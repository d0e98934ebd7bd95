"""Every option that takes a value shows, in --help, an example of it (`--year` alone said
"Signed in this year", never how a year is written); a list of choices never runs into
the example before it."""

from __future__ import annotations

import re

import pytest
import typer

from conventions_cli.cli.app import app
from test_help import COMMANDS


def value_options(path: tuple[str, ...]) -> list[tuple[str, str]]:
    command = typer.main.get_command(app)
    with command.make_context("conv", [], resilient_parsing=True) as ctx:
        for name in path:
            command = command.get_command(ctx, name)
    return [(param.opts[0], param.help or "") for param in command.params
            if param.param_type_name == "option" and not param.is_flag
            and "--help" not in param.opts]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "conv")
def test_every_option_with_a_value_has_an_example(path):
    missing = [flag for flag, text in value_options(path) if "Example: " not in text]
    assert not missing, f"conv {' '.join(path)}: no example for {', '.join(missing)}"


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "conv")
def test_choices_are_a_sentence_of_their_own(run, path):
    text = " ".join(run(*path, "--help").stdout.split())
    # "Example: --partner bei --role funder One of: ..." read as one command line
    assert not re.search(r"Example: [^.]*[^.] One of:", text), text


def test_the_data_option_says_a_folder_is_a_base_too(run):
    text = " ".join(run("--help").stdout.split())
    assert "a YAML file or a folder of them" in text


@pytest.mark.parametrize("group", [(), ("db",)], ids=["conv", "conv db"])
def test_the_command_list_gives_each_summary_whole(run, group):
    # click cut each summary at 45 characters with "...": "Show one agreement: every
    # fact, parties and roles, sources,..."
    text = run(*group, "--help").stdout
    commands = text[text.index("Commands:"):]
    assert "..." not in commands
    flat = " ".join(commands.split())
    assert "Show one agreement: every fact, parties and roles, sources, what it follows." \
        in flat or group
