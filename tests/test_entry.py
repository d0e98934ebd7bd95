"""The fast start-up path and the Typer app read every command line alike, from the one
declaration (interface.py), and the fast path really answers the calls it takes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conventions_cli.cli import commands, entry, interface
from conventions_cli.cli.app import app
from conventions_cli.cli.params import PARAMS, Params
from conventions_cli.cli.session import Session
from conventions_cli.errors import UsageError


def typer_reads(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...] | None:
    """What the Typer app hands the command body for ``argv`` (None: it refused argv)."""
    seen: list[tuple[Any, ...]] = []

    def recorder(name: str) -> Any:
        def body(session: Session, params: Params) -> None:
            assert type(params) is PARAMS[name]
            seen.append((name, params.values, session.data, session.quiet))
        return body

    with monkeypatch.context() as patch:
        patch.setattr(commands, "BODIES", {name: recorder(name) for name in commands.BODIES})
        result = CliRunner().invoke(app, argv, catch_exceptions=False)
    if result.exit_code == 2 and result.stderr.startswith("conv: error: "):
        return ("refused", result.stderr)
    return seen[0] if result.exit_code == 0 and seen else None


def fast_reads(argv: list[str]) -> tuple[Any, ...] | None:
    """What the fast path hands the body, ("refused", its message), or None for Typer."""
    try:
        call = entry.parse(argv)
    except UsageError as exc:
        return ("refused", "\n".join(exc.lines()) + "\n")
    if call is None:
        return None
    return (call.command, call.params, Session.from_options(call.data, call.quiet).data,
            call.quiet)


PLAIN = [
    ["list"],
    ["list", "--format", "csv"],
    ["list", "--ministry", "industrie", "--ministry", "mic", "-f", "json", "--limit", "20"],
    ["--data", "x.yaml", "-q", "list", "--from=2020", "-n", "3", "--type", "memorandum"],
    ["list", "--year", "2022", "--year", "2023", "--sort", "amount", "--order", "asc"],
    ["list", "--raw", "--place", "marrakech", "--sector", "numerique", "--partner", "x"],
    ["show", "cti-2022"], ["show", "cti-2022", "--format", "json"],
    ["search", "qualité auto", "--raw", "--limit", "1"], ["search", "--limit", "2", "x"],
    ["stats", "--by", "year", "--ministry", "industrie", "--format", "csv"],
    ["compare", "a", "b", "c", "--format", "tsv"],
    ["orgs", "--kind", "ministry"], ["org", "mic", "--raw"],
    ["sql", "select 1", "--param", "a=1", "-p", "b=2"],
    ["validate", "--json"], ["db", "path"], ["db", "rebuild"], ["db", "metadata"],
    ["export", "--ministry", "mic", "-o", "out.csv", "--excel", "--raw"],
    ["draft", "article.txt", "--published-on", "2025-04-16"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_plain_command_lines_are_answered_fast_and_read_as_typer_reads_them(
        argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = fast_reads(argv)
    assert fast is not None
    assert fast == typer_reads(argv, monkeypatch)


@pytest.mark.parametrize("argv", [
    [], ["-h"], ["--version"], ["list", "--help"], ["list", "-n5"], ["list", "-f=csv"],
    ["list", "--ministry"], ["list", "--ministry", "--partner"], ["list", "--limit", "-1"],
    ["list", "--", "x"], ["list", "extra"],
    ["show"], ["show", "a", "b"], ["search", "--raw=1", "x"], ["compare"],
    ["lsit"], ["db"], ["db", "nope"], ["list", "--raw", "--raw"],
    ["list", "--brand-new", "x"],
])
def test_unusual_command_lines_go_to_typer(argv: list[str]) -> None:
    assert entry.parse(argv) is None


REFUSED = [
    ["list", "--year", "99"], ["list", "--year", "２０２２"], ["list", "--format", "xml"],
    ["list", "--format", "csv", "--format", "csv"], ["list", "--type", "Memorandum"],
    ["list", "--ministry", ""], ["--data", "", "list"], ["list", "--limit", "x"],
    ["--data", "a", "--data", "b", "list"],
]


@pytest.mark.parametrize("argv", REFUSED, ids=" ".join)
def test_values_to_refuse_are_refused_alike_by_both_ways_in(
        argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = fast_reads(argv)
    assert fast is not None and fast[0] == "refused"
    assert fast == typer_reads(argv, monkeypatch)


def _option_words(option: interface.Option) -> st.SearchStrategy[list[str]]:
    if option.kind == "flag":
        return st.just([option.flags[0]])
    values: st.SearchStrategy[str]
    if option.kind == "choice":
        values = st.sampled_from([*option.choices, "nope"])
    elif option.kind in ("year", "count"):
        values = st.sampled_from(["2022", "0", "99", "-1", "x", "2022.0"])
    else:
        values = st.sampled_from(["industrie", "", "a b", "-x", "=1", "é"])
    flag = st.sampled_from(option.flags)
    return st.tuples(flag, values, st.booleans()).map(
        lambda t: [f"{t[0]}={t[1]}"] if t[2] and t[0].startswith("--") else [t[0], t[1]])


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(interface.COMMANDS))
    argv = command.name.split()
    words: list[list[str]] = []
    for argument in command.arguments:
        count = draw(st.integers(0, 3 if argument.many else 2))
        words += [[draw(st.sampled_from(["cti-2022", "x", "-", "select 1"]))]
                  for _ in range(count)]
    for _ in range(draw(st.integers(0, 4))):
        if command.options:
            words.append(draw(_option_words(draw(st.sampled_from(command.options)))))
    order = draw(st.permutations(words))
    front = draw(st.sampled_from([[], ["-q"], ["--data", "kb.yaml"]]))
    return front + argv + [w for group in order for w in group]


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=command_lines())
def test_whatever_the_fast_path_takes_typer_reads_the_same(
        argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = fast_reads(argv)
    if fast is not None:
        assert fast == typer_reads(argv, monkeypatch), argv


# --- the fast path answers: Typer is not even imported ----------------------------------

MATRIX = [
    ["list", "--format", "csv"],
    ["list", "--ministry", "industrie", "--format", "csv", "--limit", "20"],
    ["list", "--partner", "chimie", "--format", "jsonl"],
    ["list", "--from", "2020", "--to", "2025", "--format", "md"],
    ["list", "--sort", "nope", "--format", "csv"],
    ["show", "plan-2022", "--format", "json"],
    ["show", "plan-2021", "--format", "json"],
    ["search", "qualite", "--format", "csv"],
    ["search", "\"unbalanced", "--raw", "--format", "csv"],
    ["stats", "--by", "year", "--format", "csv"],
    ["--data", "/nonexistent/kb.yaml", "list", "--format", "csv"],
]


def run_conv(args: list[str], env: dict[str, str], fast: bool) -> tuple[Any, ...]:
    code = ("import sys; from conventions_cli.cli import entry\n"
            + ("" if fast else "entry.parse = lambda argv: None\n")
            + "entry.main()")
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args],
                          capture_output=True, env=env)
    imported = {line.rsplit(b"|", 1)[1].strip().split(b".")[0].decode()
                for line in done.stderr.splitlines() if line.startswith(b"import time:")}
    stderr = b"\n".join(line for line in done.stderr.splitlines()
                        if not line.startswith(b"import time:"))
    return (done.returncode, done.stdout, stderr), imported


def test_fast_path_answers_without_typer_and_prints_what_typer_prints(
        mini: Path, isolated_cache: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache), "CONV_DATA": str(mini)}
    for args in MATRIX:
        fast, fast_modules = run_conv(args, env, fast=True)
        full, full_modules = run_conv(args, env, fast=False)
        assert fast == full, args
        assert "typer" not in fast_modules, args   # answered by the fast path itself
        assert "typer" in full_modules, args       # and the reference really is Typer
