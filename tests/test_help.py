"""Every command, found by walking the command tree at run time, has a summary and an example."""

from __future__ import annotations

from typing import Any

import pytest
import typer

from conventions_cli.cli.app import app


def walk(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Typer's command tree (its own click), walked by what a group can do."""
    found = [path]
    if hasattr(group, "list_commands"):
        with group.make_context("conv", [], resilient_parsing=True) as ctx:
            for name in sorted(group.list_commands(ctx)):
                found += walk(group.get_command(ctx, name), (*path, name))
    return found


COMMANDS = walk(typer.main.get_command(app))


def test_the_walk_finds_the_known_commands():
    for known in [("list",), ("show",), ("search",), ("compare",), ("stats",), ("orgs",),
                  ("org",), ("sql",), ("validate",), ("db",), ("db", "path"),
                  ("db", "rebuild")]:
        assert known in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "conv")
def test_help_has_a_summary_and_an_example(run, path):
    result = run(*path, "--help")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Usage: conv")
    body = [line.strip() for line in lines[1:] if line.strip()]
    summary = body[0]
    assert summary and not summary.startswith(("Options", "Commands", "Example")), path
    assert any(line.startswith("Example: ") and len(line) > len("Example: ") + 4
               for line in body), f"conv {' '.join(path)} --help has no 'Example:' line"


@pytest.mark.parametrize("command", ["list", "search", "export", "sql"])
def test_help_says_tsv_is_for_cut_and_csv_for_spreadsheets(run, command):
    text = " ".join(run(command, "--help").stdout.split())
    assert "tsv is for cut and awk; for a spreadsheet take csv" in text
