"""Values that would steer a terminal (escape sequences, OSC 8 links, C1 controls, bidi
overrides, NUL) are shown escaped in every human output and message, and kept out of
csv/tsv files; JSON carries them as JSON escapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINI

# What must never reach a terminal raw.
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\x00", "\x08")

HOSTILE = (MINI
           .replace("title: Plan qualité 2022-2025",
                    'title: "Plan \\e]0;pwned\\a qualité \\e[2J"')
           .replace("place: Casablanca", 'place: "Casa\\x9b31mblanca"')
           .replace("summary: Un plan pour l'écosystème qualité.",
                    'summary: "Un \\e]8;;http://evil\\e\\\\lien\\e]8;;\\e\\\\ \\u202Eetalp\\0"')
           .replace("name: \"Ministère de la Transition numérique\"",
                    'name: "Ministère \\u2066de la\\u2069 Transition\\b numérique"')
           .replace("{publisher: Le Desk,", '{publisher: "Le \\e[31mDesk",')
           .replace("sectors: [industrie, qualité]", 'sectors: [industrie, "qu\\e[5malité"]')
           .replace("event: GITEX Africa 2025", 'event: "GITEX \\e]0;x\\a 2025"'))


@pytest.fixture
def hostile(write_yaml) -> Path:  # type: ignore[no-untyped-def]
    return write_yaml(HOSTILE)


def clean(text: str) -> bool:
    return not any(ch in text for ch in RAW)


COMMANDS = [
    ["show", "plan-2022"],
    ["show", "acme-2025"],
    ["show", "plan-2022", "--format", "table"],
    ["compare", "plan-2022", "acme-2025"],
    ["list", "--format", "table"],
    ["list", "--format", "tsv"],
    ["list", "--format", "csv"],
    ["list", "--format", "md"],
    ["search", "plan", "--format", "table"],
    ["stats", "--by", "sector", "--format", "table"],
    ["stats", "--by", "event"],
    ["orgs", "--format", "table"],
    ["org", "mtnra", "--format", "table"],
    ["due", "--format", "table"],
    ["network", "--format", "table"],
    ["timeline", "--format", "table"],
    ["export", "--format", "csv"],
    ["export", "--format", "tsv"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_no_output_steers_the_terminal(run, hostile: Path, args: list[str]) -> None:
    result = run(*args, data=hostile)
    assert result.exit_code in (0, 2), result.stderr
    if result.exit_code == 2:
        pytest.skip(f"{args[0]} has no such format")
    assert clean(result.stdout), repr(result.stdout)
    assert clean(result.stderr), repr(result.stderr)


def test_the_data_package_csvs_carry_no_control_character(run, hostile: Path,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    assert run("export", "-o", str(folder), data=hostile).exit_code == 0
    texts = {p.name: p.read_text("utf-8") for p in folder.glob("*.csv")}
    assert all(clean(text) for text in texts.values()), [n for n, t in texts.items()
                                                         if not clean(t)]
    assert "Le \\x1b[31mDesk" in texts["sources.csv"]
    assert "\\u202e" in texts["agreements.csv"]


def test_escapes_are_visible_not_dropped(run, hostile: Path) -> None:
    out = run("show", "plan-2022", data=hostile).stdout
    assert "\\x1b]0;pwned\\x07" in out and "\\u202e" in out and "\\x00" in out
    csv = run("list", "--format", "csv", data=hostile).stdout
    assert "Casa\\x9b31mblanca" in csv


def test_json_keeps_the_value_exactly(run, hostile: Path) -> None:
    import json

    record = json.loads(run("show", "plan-2022", "--format", "json", data=hostile).stdout)
    assert record["title"] == "Plan \x1b]0;pwned\x07 qualité \x1b[2J"


def test_a_hostile_file_name_in_problem_lines(run, tmp_path: Path) -> None:
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a\x1b]0;pwned\x07.yaml").write_text(MINI.replace("type: other", "type: odd"),
                                                   encoding="utf-8")
    for args in (["validate"], ["list"]):
        result = run(*args, data=folder)
        assert result.exit_code == 1
        assert clean(result.stderr), repr(result.stderr)
        assert "a\\x1b]0;pwned\\x07.yaml:" in result.stderr


def test_a_long_value_is_cut_in_messages(run, write_yaml) -> None:
    path = write_yaml(MINI.replace("type: other", "type: " + "x" * 5000))
    result = run("validate", data=path)
    assert result.exit_code == 1
    line = next(x for x in result.stderr.splitlines() if "is not one of" in x)
    assert "…'" in line and len(line) < 400


JSON_COMMANDS = [
    ["show", "plan-2022", "--format", "json"],
    ["list", "--format", "jsonl"],
    ["list", "--format", "json"],
    ["export", "--format", "json"],
    ["export", "--format", "jsonl"],
    ["network", "--format", "json"],
    ["stats", "--by", "sector", "--format", "json"],
]


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=lambda a: " ".join(a))
def test_json_escapes_what_a_terminal_would_act_on(run, hostile: Path, args: list[str]) -> None:
    """json.dumps escapes only the C0 controls: a C1 control or a bidi override printed raw
    by `cat` or a pager would still steer the terminal."""
    import json

    result = run(*args, data=hostile)
    assert result.exit_code == 0, result.stderr
    assert clean(result.stdout), repr(result.stdout)
    text = result.stdout
    values = [json.loads(line) for line in text.splitlines()] if "jsonl" in args else \
        [json.loads(text)]
    assert "\x9b" in json.dumps(values, ensure_ascii=False) or args[0] in ("network", "stats")
    assert "é" in text  # accents stay readable


@pytest.mark.parametrize("fmt", [[], ["--format", "table"]], ids=["piped", "table"])
def test_show_keeps_a_value_with_a_line_break_on_its_line(run, write_yaml, mini: Path,
                                                          fmt: list[str]) -> None:
    # A title written over two lines (a `|` block, or "\n" in quotes) and a tab in a
    # summary: printed raw they ran over the id and the labels beside them.
    broken = write_yaml(MINI.replace("title: Plan qualité 2022-2025",
                                     'title: "Plan qualité\\n2022-2025"')
                        .replace("summary: Un plan pour l'écosystème qualité.",
                                 'summary: "Un plan\\r\\npour\\tl\'écosystème qualité."'),
                        "broken.yaml")
    plain = run("show", "plan-2022", *fmt, data=mini).stdout.splitlines()
    result = run("show", "plan-2022", *fmt, data=broken)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(plain)
    assert lines[0].split() == ["plan-2022", "Plan", "qualité\\n2022-2025"]
    summary = next(line for line in lines if line.startswith("summary"))
    assert summary.split()[1:] == ["Un", "plan\\r\\npour\\tl'écosystème", "qualité."]
