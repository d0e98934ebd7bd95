"""--help never breaks what is copied whole (an option, an id, a grouped number) across
two lines, and uses the terminal's width."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conventions_cli.cli.helptext import held

COMMANDS = ["list", "stats", "network", "timeline", "export", "due", "search", "sql",
            "draft", "migrate"]


def helped(command: str, columns: int) -> str:
    """As a terminal of that width shows it (Click's test runner pins 80 columns)."""
    env = {**os.environ, "COLUMNS": str(columns)}
    done = subprocess.run([sys.executable, "-m", "conventions_cli", command, "--help"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("columns", [80, 100, 120])
@pytest.mark.parametrize("command", COMMANDS)
def test_no_line_ends_inside_a_word_or_a_number(command, columns):
    lines = helped(command, columns).splitlines()
    assert max(map(len, lines)) <= columns - 1
    for line, after in zip(lines, lines[1:], strict=False):
        assert not re.search(r"\S-$", line), (line, after)  # --min- / amount, plan-azur-
        if re.search(r"\d$", line):  # 999 999 / 999 999 999
            assert not re.match(r"\s*\d{3}\b", after), (line, after)


def test_the_help_is_as_wide_as_the_terminal():
    assert max(map(len, helped("list", 120).splitlines())) > 100
    assert max(map(len, helped("list", 80).splitlines())) <= 79


def test_every_example_of_list_is_whole():
    text = " ".join(helped("list", 80).split())
    for example in ('--currency MAD --min-amount "1 000 000 000"',
                    "--amends plan-azur-mazagan-convention-2004", "999 999 999 999 999"):
        assert example in text


def test_held_keeps_the_width_and_only_the_breaks():
    text = 'at most 999 999 999; --min-amount "1 000" - a dash, 12 345 6789, 2022-2025'
    assert len(held(text)) == len(text)
    assert held(text).count(" ") == text.count(" ") - 4  # 3 + 1 grouped-number spaces
    assert " - a dash" in held(text)
