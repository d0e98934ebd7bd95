"""Every failure is one `conv: error:` line in conv's own words and a known exit code:
usage errors (whatever the parser found), a failed write, Ctrl-C, a closed pipe, a bug."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conventions_cli.cli import commands, failures, interface
from conventions_cli.errors import DataError, Interrupted, PipeClosed


def one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("conv: error: "), result.stderr
    return lines[0]


# Each: the command line, then words of conv's own message (no parser wording).
USAGE = [
    (["lsit"], "conv has no command 'lsit'; did you mean list?"),
    (["-q"], "conv needs a command, e.g. conv list"),
    (["db", "nope"], "conv db has no command 'nope'; it has metadata, path, rebuild"),
    (["list", "--format", "xml"], "--format takes one of table, tsv, csv, json, jsonl, md, "
                                  "not 'xml'"),
    (["list", "-f", "cvs"], "did you mean csv?"),
    (["list", "--year", "abc"], "--year takes a year, like 2024 (got 'abc')"),
    (["list", "--year", "99"], "--year takes a year, like 2024 (got '99')"),
    (["list", "--year", "2024-05"], "--year takes a year, like 2024 (got '2024-05'); for a "
                                    "month or a day, --from 2024-05 --to 2024-05"),
    (["list", "--from", "2024-1-5"], "--from takes a date: YYYY, YYYY-MM or YYYY-MM-DD "
                                     "(got '2024-1-5'); did you mean 2024-01-05?"),
    (["list", "--to", "2022-02-29"], "--to '2022-02-29' is not a real date; check the day "
                                     "and month"),
    (["due", "--on", "2025-2"], "--on takes a date: YYYY-MM-DD, YYYY-MM or YYYY, like "
                                "2025-12-31 (got '2025-2'); did you mean 2025-02?"),
    (["list", "--currency", "EUR", "--min-amount", "400", "--max-amount", "100"],
     "--min-amount 400 is above --max-amount 100, so no amount is both; swap them"),
    (["list", "--limit", "-3"], "--limit takes a whole number, like 20 (got '-3')"),
    (["list", "--ministry"], "--ministry needs a value: --ministry TEXT"),
    (["list", "--ministry", ""], "--ministry was given an empty value (an unset shell "
                                 "variable?)"),
    (["list", "--place", "  "], "--place was given an empty value"),
    (["list", "--nope"], "conv list has no option --nope"),
    (["--dta", "x", "list"], "conv has no option --dta; did you mean --data?"),
    # a global option after the command: where it goes, not "did you mean --to?"
    (["list", "--data", "s.yaml"], "--data goes before the command: conv --data PATH list"),
    (["show", "s-1", "--data=s.yaml"], "--data goes before the command: conv --data PATH show"),
    (["db", "path", "-q"], "-q goes before the command: conv -q db path"),
    (["list", "--raw=1"], "--raw takes no value"),
    (["list", "--order", "up"], "--order takes one of asc, desc, not 'up'"),
    (["show"], "conv show needs ID (the agreement's id); for example: conv show cti-2022"),
    (["show", "a", "b"], "conv show takes ID; 'b' is one word too many"),
    (["list", "--sort", "amount", "--sort", "title"], "--sort was given 2 times"),
    (["sql", "select :a", "-p", "a=1", "-p", "a=2"], "--param a was given twice (1, 2)"),
    (["--show-completion", "tcsh"], "--show-completion takes one of bash, zsh, fish"),
    # French values and the press's currencies get the hints validate gives
    (["list", "--status", "en vigueur"], "not 'en vigueur'; did you mean in-force?"),
    (["list", "--status", "Résilié"], "not 'Résilié'; did you mean terminated?"),
    (["list", "--role", "signataire"], "not 'signataire'; did you mean signatory?"),
    (["stats", "--role", "bailleur de fonds"], "did you mean funder?"),
    (["list", "--type", "convention cadre"], "did you mean convention-cadre"),
    (["list", "--currency", "euros"], "(got 'euros'); did you mean --currency EUR?"),
    (["list", "--currency", "DH"], "(got 'DH'); did you mean --currency MAD?"),
    (["list", "--currency", "dhs"], "(got 'dhs'); did you mean --currency MAD?"),
    (["list", "--currency", "MAD,"], "(got 'MAD,'); did you mean --currency MAD?"),
    # several years in one value, a date as the press writes it: what to type instead
    (["list", "--year", "2022,2023"], "(got '2022,2023'); one year per --year, repeated for "
                                      "several: --year 2022 --year 2023, or --from 2022 "
                                      "--to 2023"),
    (["stats", "--year", "2021 2019"], "--year 2021 --year 2019"),
    (["list", "--year", "2022-2023"], "--year 2022 --year 2023, or --from 2022 --to 2023"),
    (["list", "--from", "juin 2022"], "(got 'juin 2022'); did you mean 2022-06?"),
    (["list", "--to", "1er Février 2024"], "did you mean 2024-02-01?"),
    # the base given the way every other command takes it: the file to type instead
    (["migrate"], "conv migrate needs FILE as its argument and does not read --data; type: "
                  "conv migrate "),
    (["draft", "x.txt", "--published-on", "22/04/2026"], "--published-on '22/04/2026' is "
     "not a date; write YYYY-MM-DD, YYYY-MM or YYYY; did you mean 2026-04-22?"),
]


@pytest.mark.parametrize(("argv", "words"), USAGE, ids=lambda v: " ".join(v)
                         if isinstance(v, list) else "")
def test_usage_errors_are_one_line_in_convs_words(run, mini: Path, argv: list[str],
                                                   words: str) -> None:
    result = run(*argv, data=mini)
    assert result.exit_code == 2, result.output
    assert words in one_error_line(result)
    assert result.stdout == ""


def test_a_missing_argument_is_named_in_one_plain_sentence(run) -> None:
    line = one_error_line(run("migrate"))
    assert line == ("conv: error: conv migrate needs FILE (the YAML file to rewrite, or a "
                    "folder base, every schema-1 file of it); for example: conv migrate "
                    "data")


def test_the_fast_path_refuses_a_bad_value_with_the_same_line(mini: Path,
                                                               isolated_cache: Path) -> None:
    env = {**os.environ, "CONV_DATA": str(mini)}
    done = subprocess.run([sys.executable, "-m", "conventions_cli", "list", "--year", "abc",
                           "--format", "csv"], capture_output=True, text=True, env=env)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "conv: error: --year takes a year, like 2024 (got 'abc')\n"


@pytest.mark.parametrize("command", interface.COMMANDS, ids=lambda c: c.name)
def test_help_shows_readable_placeholders(run, command: interface.Command) -> None:
    result = run(*command.name.split(), "--help")
    assert result.exit_code == 0
    for unreadable in ("<list[", "<str>", "<int>", "{", "}"):
        assert unreadable not in result.stdout.replace("${", ""), (unreadable, result.stdout)
    for argument in command.arguments:
        assert f"conv {command.name} [OPTIONS] {argument.metavar}" in result.stdout


def test_search_takes_several_words_without_quotes(run, mini: Path) -> None:
    quoted = run.json("search", "plan qualite", "--format", "json", data=mini)
    unquoted = run.json("search", "plan", "qualite", "--format", "json", data=mini)
    assert [row["id"] for row in unquoted] == ["plan-2022"]
    assert unquoted == quoted


@pytest.mark.parametrize(("shell", "mark"), [
    ("zsh", "#compdef conv"), ("fish", "complete --command conv"),
    ("bash", "complete -o default -F _conv_completion conv"),
])
def test_show_completion_prints_the_script_of_the_shell_named(run, shell: str,
                                                                mark: str) -> None:
    result = run("--show-completion", shell)
    assert result.exit_code == 0
    assert mark in result.stdout


# --- failures that are not usage errors -------------------------------------------------

@pytest.mark.parametrize(("exc", "code", "words"), [
    (DataError("x.yaml: no such file"), 1, "conv: error: x.yaml: no such file"),
    (OSError(errno.ENOSPC, "No space left on device", "out.csv"), 1,
     "conv: error: No space left on device (out.csv)"),
    (PermissionError(errno.EACCES, "Permission denied", "/root/x"), 1,
     "conv: error: Permission denied (/root/x)"),
    (KeyboardInterrupt(), 130, "conv: interrupted"),
    (Interrupted(), 130, "conv: interrupted"),
    (RuntimeError("boom\nsecond line"), 70,
     "conv: error: unexpected RuntimeError: boom\\nsecond line; this is a bug in conv"),
])
def test_each_failure_is_one_line_and_its_exit_code(capsys, monkeypatch, exc: BaseException,
                                                    code: int, words: str) -> None:
    monkeypatch.delenv("CONV_DEBUG", raising=False)
    assert failures.report(exc) == code
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith(words), err


@pytest.mark.parametrize("exc", [BrokenPipeError(), PipeClosed()])
def test_a_closed_pipe_ends_quietly(capsys, exc: BaseException) -> None:
    assert failures.report(exc) == 0
    assert capsys.readouterr().err == ""


def test_a_bug_in_a_command_is_one_line_and_exit_70_never_a_traceback(
        run, mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(session, params):  # type: ignore[no-untyped-def]
        raise KeyError("oops")

    monkeypatch.setitem(commands.BODIES, "list", broken)
    monkeypatch.delenv("CONV_DEBUG", raising=False)
    result = run("list", data=mini)
    assert result.exit_code == failures.SOFTWARE
    assert "unexpected KeyError" in one_error_line(result)
    assert "Traceback" not in result.output


def test_conv_debug_adds_the_traceback_for_a_bug(capsys, monkeypatch) -> None:
    monkeypatch.setenv("CONV_DEBUG", "1")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        assert failures.report(exc) == failures.SOFTWARE
    assert "Traceback" in capsys.readouterr().err


def test_validate_json_on_a_missing_base_still_gives_json(tmp_path):
    # A CI job parses stdout: a base that is not there is a problem in the JSON too.
    import json

    missing = tmp_path / "nowhere.yaml"
    done = subprocess.run([sys.executable, "-m", "conventions_cli", "--data", str(missing),
                           "validate", "--json"], capture_output=True, text=True)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["ok"] is False and report["file"] == str(missing)
    assert "no such file" in report["problems"][0]["message"]
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_conv_data_is_refused_not_read_as_the_bundled_base(
        run, mini: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """`export CONV_DATA="$TEAM_BASE"` with TEAM_BASE unset gave the bundled base's figures
    as if they were the team's; an empty --data is refused, so is an empty CONV_DATA."""
    monkeypatch.setenv("CONV_DATA", value)
    expected = ("conv: error: CONV_DATA is set but empty (an unset shell variable?); set it "
                "to a YAML file or folder, or unset it (unset CONV_DATA) to read the bundled "
                "base\n")
    for argv in (["list"], ["stats", "--by", "type"], ["validate"]):
        result = run(*argv)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", expected)
    done = subprocess.run([sys.executable, "-m", "conventions_cli", "list", "--format", "csv"],
                          capture_output=True, text=True, env={**os.environ})
    assert (done.returncode, done.stdout, done.stderr) == (2, "", expected)
    assert run("validate", data=mini).exit_code == 0  # --data still wins
    assert run("list", "--help").exit_code == 0  # help reads no base
