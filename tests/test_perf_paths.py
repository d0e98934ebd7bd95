"""The fast entry point (entry.py) against the Typer app it stands in for.

entry.py answers common warm reads without importing Typer; it must accept only options
the Typer commands define, with the same meaning, and print the very same bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer

from conventions_cli import entry
from conventions_cli.cli import app


def click_command(name: str) -> click.Command:
    group = typer.main.get_command(app)
    assert isinstance(group, click.Group)
    return group if name == "" else group.commands[name]


def param_for(command: click.Command, spelling: str) -> click.Parameter:
    for param in command.params:
        if spelling in (*param.opts, *param.secondary_opts):
            return param
    raise AssertionError(f"{command.name} has no option {spelling}")


@pytest.mark.parametrize("name", [*entry.COMMANDS, ""])
def test_every_fast_option_means_the_same_in_typer(name: str) -> None:
    command = click_command(name)
    spec = entry.COMMANDS[name] if name else entry.GLOBALS
    for spelling, (dest, kind) in spec.items():
        param = param_for(command, spelling)
        assert param.name == dest, spelling
        ptype = param.type
        if kind == "flag":
            assert isinstance(param, click.Option) and param.is_flag, spelling
        elif kind == "text":
            assert ptype == click.STRING, spelling
        elif kind == "year":
            assert isinstance(ptype, click.IntRange), spelling
            assert (ptype.min, ptype.max) == (1000, 9999), spelling
        elif kind == "count":
            assert isinstance(ptype, click.IntRange) and ptype.min == 0, spelling
            assert ptype.max is None, spelling
        else:  # choices: the fast path may accept fewer (no table), never others
            if isinstance(ptype, click.Choice):
                allowed = {getattr(c, "value", c) for c in ptype.choices}
            else:  # --order is a plain string checked in the command body
                assert spelling == "--order" and ptype == click.STRING
                allowed = {"asc", "desc"}
            assert set(kind) <= allowed, spelling
    if name in entry.ARGUMENTS:
        arguments = [p for p in command.params if isinstance(p, click.Argument)]
        assert [p.name for p in arguments] == [entry.ARGUMENTS[name]]


def test_every_option_of_the_fast_commands_is_known_or_left_to_typer() -> None:
    # An option added to a command later is not in the table: argv using it goes to Typer.
    assert entry.parse_fast(["list", "--brand-new", "x"]) is None


@pytest.mark.parametrize("argv", [
    ["list", "--help"], ["-h"], ["--version"], ["list", "-n5"], ["list", "-f=csv"],
    ["list", "--ministry"], ["list", "--ministry", "--partner"], ["list", "--limit", "-1"],
    ["list", "--year", "99"], ["list", "--year", "２０２２"], ["list", "--format", "table"],
    ["list", "--format", "csv", "--format", "csv"], ["list", "--", "x"], ["list", "extra"],
    ["show"], ["show", "a", "b"], ["search", "--raw=1", "x"],
    ["list", "--quiet"], ["compare", "a", "b"], ["list", "--type", "Memorandum"],
])
def test_unusual_argv_goes_to_typer(argv: list[str]) -> None:
    assert entry.parse_fast(argv) is None


def test_parse_fast_reads_what_click_reads() -> None:
    assert entry.parse_fast(["--data", "x.yaml", "-q", "list", "--from=2020", "-n", "3",
                             "-f", "csv", "--type", "memorandum", "--ministry", ""]) == (
        "list", {"data": "x.yaml", "quiet": True, "year_from": 2020, "limit": 3,
                 "fmt": "csv", "type_": "memorandum", "ministry": ""})
    assert entry.parse_fast(["search", "qualité auto", "--raw"]) == (
        "search", {"query": "qualité auto", "raw": True})


MATRIX = [
    ["list", "--format", "csv"],
    ["list", "--ministry", "industrie", "--format", "csv", "--limit", "20"],
    ["list", "--ministry", "numerique", "--format", "json"],
    ["list", "--partner", "chimie", "--format", "jsonl"],
    ["list", "--from", "2020", "--to", "2025", "--format", "md"],
    ["list", "--year=2022", "-f", "tsv"],
    ["list", "--sort", "amount", "--order", "asc", "--format", "csv"],
    ["list", "--sort", "nope", "--format", "csv"],
    ["list", "--type", "memorandum", "--format", "csv"],
    ["list", "--place", "marrakech", "--sector", "numerique"],
    ["list", "-n", "0", "--format", "json"],
    ["--quiet", "list", "--format", "csv"],
    ["show", "plan-2022", "--format", "json"],
    ["show", "plan-2021", "--format", "json"],
    ["show", "plan-2022"],
    ["search", "qualite", "--format", "csv"],
    ["search", "Plan", "--raw", "--format", "json", "--limit", "1"],
    ["search", "\"unbalanced", "--format", "csv"],
    ["stats", "--by", "year", "--format", "csv"],
    ["stats", "--format", "json", "--ministry", "industrie"],
    ["--data", "/nonexistent/kb.yaml", "list", "--format", "csv"],
]


def run_both(args: list[str], env: dict[str, str]) -> tuple[tuple, tuple]:
    fast = subprocess.run([sys.executable, "-m", "conventions_cli", *args],
                          capture_output=True, env=env)
    full = subprocess.run([sys.executable, "-c",
                           "from conventions_cli.cli import main; main()", *args],
                          capture_output=True, env=env)
    return ((fast.returncode, fast.stdout, fast.stderr),
            (full.returncode, full.stdout, full.stderr))


def test_fast_path_prints_what_typer_prints(mini: Path, isolated_cache: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache), "CONV_DATA": str(mini)}
    subprocess.run([sys.executable, "-m", "conventions_cli", "list"], check=True,
                   capture_output=True, env=env)
    for args in MATRIX:
        fast, full = run_both(args, env)
        assert fast == full, args


def test_fast_path_reports_invalid_data_like_typer(write_yaml, isolated_cache: Path) -> None:
    bad = write_yaml("schema: 1\nagreements:\n  - id: Not A Slug\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache), "CONV_DATA": str(bad)}
    fast, full = run_both(["list", "--format", "csv"], env)
    assert fast == full
    assert fast[0] == 1 and b"not a slug" in fast[2]
