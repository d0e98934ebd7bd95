"""Above a YAML syntax error, validate says everything it says of a whole base about what it
read: the problems, the warnings too (a value in typographic quotes), and in --json the
counts and the schema the files read declare, never one they do not."""

from __future__ import annotations

import json
from pathlib import Path

BROKEN = """\
schema: 2
organizations:
  - {id: mic, name: “Ministère de l'Industrie”, kind: minstry}
agreements:
  - id: plan-b
    title: “Plan B”
    type: acord
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Courrier, published_on: 2024-02-04}]
  - id: plan-c
    title: Accord: volet C
"""


def _quotes(lines: list[str]) -> list[str]:
    return [line.split(": warning:")[0].rsplit(":", 2)[-2] for line in lines
            if "warning:" in line and "typographic quotes" in line]


def test_warnings_above_a_syntax_error_are_said_with_its_problems(run, write_yaml) -> None:
    path = write_yaml(BROKEN)
    result = run("validate", data=path)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert _quotes(lines) == ["3", "6"], lines  # the name, the title: both, in file order
    assert any("minstry" in line for line in lines) and any("acord" in line for line in lines)
    assert "4 problem(s)" not in result.stderr  # counted: 3 problems and 2 warnings
    assert "3 problem(s) and 2 warning(s)" in result.stderr, result.stderr
    assert lines[-1].startswith("conv: note: not checked:")
    fixed = write_yaml(BROKEN.replace("Accord: volet C", "'Accord: volet C'"), "fixed.yaml")
    whole = run("validate", data=fixed).stderr.splitlines()
    assert _quotes(whole) == _quotes(lines)  # no second round for what was read the first


def test_json_gives_the_schema_and_counts_of_what_was_read(run, write_yaml) -> None:
    report = json.loads(run("validate", "--json", data=write_yaml(BROKEN)).stdout)
    assert report["schema"] == 2 and report["ok"] is False
    assert (report["agreements"], report["organizations"]) == (1, 1)
    assert len(report["warnings"]) == 2
    assert report["unchecked_from"] == [{"file": report["file"], "line": 10}]


def test_a_folder_read_in_part_keeps_its_schema_and_warnings(run, tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "a.yaml").write_text(BROKEN.replace("Accord: volet C", "Volet C"),
                                   encoding="utf-8")
    (folder / "b.yaml").write_text(
        "schema: 2\nagreements:\n  - id: plan-d\n    title: “Plan D”\n    type: accord\n"
        "    parties: [{org: mic, role: signatory}]\n"
        "    sources: [{publisher: X, published_on: 2024}]\n"
        "  - id: plan-e\n    title: Plan: E\n", encoding="utf-8")
    report = json.loads(run("validate", "--json", data=folder).stdout)
    assert report["schema"] == 2
    warned = {(Path(w["file"]).name, w["line"]) for w in report["warnings"]}
    assert {("a.yaml", 6), ("b.yaml", 4)} <= warned, warned


def test_no_schema_is_told_when_no_file_was_read_as_far_as_its_own(run, write_yaml) -> None:
    report = json.loads(run("validate", "--json",
                            data=write_yaml("organizations: [\nschema: 2\n")).stdout)
    assert report["ok"] is False and "schema" not in report
    assert report["unchecked_from"]
