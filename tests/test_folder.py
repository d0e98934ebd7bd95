"""A folder of YAML files is one knowledge base: `conv --data DIR` and CONV_DATA=DIR."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conventions_cli.db import update
from conventions_cli.db.cache import open_database

A = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
agreements:
  - id: plan-2022
    title: Plan qualité
    type: convention-cadre
    parties: [{org: mic, role: signatory}, {org: fcp, role: partner}]
    follows: plan-2013
    sources: [{publisher: Le Desk, published_on: 2022-06-07}]
"""

B = """\
schema: 1
organizations:
  - {id: fcp, name: Fédération de la Chimie, kind: federation}
agreements:
  - id: plan-2013
    title: Plan 2014-2020
    type: other
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Maroc-Actu, published_on: 2013-02-08}]
"""


@pytest.fixture
def base(tmp_path: Path) -> Path:
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.yaml").write_text(A, encoding="utf-8")
    (folder / "b.yaml").write_text(B, encoding="utf-8")
    (folder / "notes.txt").write_text("not read")
    return folder


def test_every_yaml_file_of_the_folder_is_one_base(run, base: Path) -> None:
    rows = run.json("list", "--format", "json", data=base)
    assert [(r["id"], r["ministries"], r["partners"], r["follows"]) for r in rows] == [
        ("plan-2013", ["Ministère de l'Industrie"], [], None),
        ("plan-2022", ["Ministère de l'Industrie"], ["Fédération de la Chimie"], "plan-2013")]
    assert run.json("sql", "select id, a.file, line from agreements a join agreement_lines l "
                    "on l.agreement_id = a.id order by id", "--format", "json", data=base) == [
        {"id": "plan-2013", "file": "b.yaml", "line": 5},
        {"id": "plan-2022", "file": "a.yaml", "line": 5}]


def test_yml_files_are_read_like_yaml_files(run, base: Path) -> None:
    (base / "b.yaml").rename(base / "b.yml")
    rows = run.json("list", "--format", "json", data=base)
    assert [r["id"] for r in rows] == ["plan-2013", "plan-2022"]
    assert run("validate", data=base).exit_code == 0



@pytest.mark.parametrize("name", ["B.YAML", "b.Yml", "b.yAmL"])
def test_the_case_of_the_suffix_does_not_leave_a_file_out(run, base: Path, name: str) -> None:
    """A file saved as B.YAML is part of the base, not skipped without a word."""
    (base / "b.yaml").rename(base / name)
    rows = run.json("list", "--format", "json", data=base)
    assert [r["id"] for r in rows] == ["plan-2013", "plan-2022"]
    result = run("validate", data=base)
    assert result.exit_code == 0 and "2 agreements" in result.stdout + result.stderr

def test_conv_data_names_a_folder_too(run, base: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONV_DATA", str(base))
    result = run("validate")
    assert (result.exit_code, result.stdout) == (
        0, f"ok: 2 agreements, 2 organizations, no problems in {base}\n")


def test_ids_are_unique_across_files_and_problems_are_in_their_own_file(
        run, base: Path) -> None:
    (base / "b.yaml").write_text(B + B[B.index("  - id:"):].replace("plan-2013", "plan-2022")
                                 .replace("type: other", "type: unknown"), encoding="utf-8")
    result = run("validate", data=base)
    assert result.exit_code == 1
    assert result.stderr == (
        f"{base / 'b.yaml'}:10:9: duplicate agreement id 'plan-2022' (first at line 5 of "
        f"{base / 'a.yaml'}); give each agreement its own id\n"
        f"{base / 'b.yaml'}:12:11: type 'unknown' is not one of: convention-cadre, "
        "convention-partenariat, protocole-accord, memorandum, contrat-programme, accord, "
        "avenant, other\n"
        f"conv: 2 problem(s) in {base}\n")


def test_every_file_is_in_one_schema(run, base: Path) -> None:
    (base / "b.yaml").write_text(B.replace("schema: 1", "schema: 2"), encoding="utf-8")
    result = run("validate", data=base)
    assert result.stderr.splitlines()[0] == (
        f"{base / 'b.yaml'}:1:9: schema 2 here but 1 in {base / 'a.yaml'}; write every "
        "file of the folder in one schema (conv migrate FOLDER rewrites its schema-1 files)")


def test_an_edit_reads_again_only_the_file_that_changed(
        base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(base).conn.close()
    compared: list[str] = []
    real = update._compare

    def spy(conn: Any, file: Any, *args: Any) -> Any:
        compared.append(file.name)
        return real(conn, file, *args)

    monkeypatch.setattr(update, "_compare", spy)
    (base / "b.yaml").write_text(B.replace("Plan 2014-2020", "Plan 2014-2021"),
                                 encoding="utf-8")
    conn = open_database(base).conn
    assert compared == ["b.yaml"]
    assert conn.execute("SELECT id, title FROM agreements ORDER BY id").fetchall() == [
        ("plan-2013", "Plan 2014-2021"), ("plan-2022", "Plan qualité")]


def test_a_file_added_to_the_folder_is_seen(run, base: Path) -> None:
    assert len(run.json("list", "--format", "json", data=base)) == 2
    (base / "c.yaml").write_text("schema: 1\nagreements:\n" + A[A.index("  - id:"):]
                                 .replace("plan-2022", "plan-2025"), encoding="utf-8")
    assert [r["id"] for r in run.json("list", "--format", "json", "--sort", "id",
                                      data=base)] == ["plan-2013", "plan-2022", "plan-2025"]


def test_migrate_rewrites_a_folders_schema_1_files_together(run, base: Path) -> None:
    """Each file of a folder names what the others define (plan-2022's partner fcp is in
    b.yaml): a file migrated alone was refused, or left the folder in two schemas, a
    dead end. The folder is migrated as one base; an event named in two files is one."""
    (base / "a.yaml").write_text(A.replace("    follows:", "    event: Salon 2024\n    follows:"),
                                 encoding="utf-8")
    (base / "b.yaml").write_text(B.replace("    sources:", "    event: Salon 2024\n    sources:"),
                                 encoding="utf-8")
    one = run("migrate", str(base / "a.yaml"))  # plan-2022's partner is in b.yaml
    assert one.exit_code == 1 and one.stderr == (
        f"conv: error: {base / 'a.yaml'} names what other files of the folder {base} define, "
        f"and a folder is one base in one schema: migrate its files together with conv "
        f"migrate {base}\n")
    assert "schema: 1" in (base / "a.yaml").read_text(encoding="utf-8")
    result = run("migrate", str(base))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"conv: {base} is now schema 2 (a.yaml, b.yaml); events made "
                             "from the agreements' event names: salon-2024\n")
    assert run("validate", data=base).exit_code == 0
    assert "events:" not in (base / "b.yaml").read_text(encoding="utf-8")
    assert run.json("sql", "select id, name from events", "--format", "json",
                    data=base) == [{"id": "salon-2024", "name": "Salon 2024"}]
    assert [r["event"] for r in run.json("list", "--format", "json", data=base)] \
        == ["Salon 2024", "Salon 2024"]


def test_migrate_finishes_a_folder_migrated_one_file_at_a_time(run, base: Path) -> None:
    (base / "b.yaml").write_text(B.replace("schema: 1", "schema: 2"), encoding="utf-8")
    assert run("validate", data=base).exit_code == 1  # two schemas
    assert run("migrate", str(base)).exit_code == 0
    assert run("validate", data=base).exit_code == 0


def test_migrate_changes_no_file_of_a_folder_with_problems(run, base: Path) -> None:
    (base / "b.yaml").write_text(B.replace("type: other", "type: unknown"), encoding="utf-8")
    kept = {p.name: p.read_bytes() for p in base.iterdir()}
    result = run("migrate", str(base))
    assert result.exit_code == 1 and "has problems; fix them first" in result.stderr
    assert {p.name: p.read_bytes() for p in base.iterdir()} == kept


def test_a_file_whole_in_itself_migrates_alone_beside_others(run, tmp_path: Path) -> None:
    (tmp_path / "old.yaml").write_text(A.replace("{org: fcp, role: partner}", "")
                                       .replace("    follows: plan-2013\n", ""),
                                       encoding="utf-8")
    (tmp_path / "other.yaml").write_text("not: a base\n", encoding="utf-8")
    path = tmp_path / "old.yaml"
    result = run("migrate", str(path))
    assert result.exit_code == 0, result.stderr
    assert "schema: 2" in path.read_text(encoding="utf-8")


def test_a_file_removed_from_the_folder_takes_its_agreements_away(run, base: Path) -> None:
    assert len(run.json("list", "--format", "json", data=base)) == 2
    (base / "b.yaml").unlink()
    result = run("list", "--format", "json", data=base)
    # plan-2013 went with its file: plan-2022's follows and its partner's file are gone too
    assert result.exit_code == 1 and "b.yaml" not in result.stderr
    assert "a.yaml:" in result.stderr and "fcp" in result.stderr


def test_a_broken_link_in_the_folder_is_an_error_not_a_silent_gap(run, base: Path) -> None:
    (base / "c.yaml").symlink_to(base / "gone.yaml")
    result = run("list", data=base)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and f"{base / 'c.yaml'}:" in result.stderr


def test_a_file_linked_into_its_own_folder_is_one_line_not_a_flood(run, base: Path) -> None:
    """Read twice, every record was a duplicate of itself, and every organization was
    warned of as having its own name."""
    (base / "c.yaml").symlink_to("a.yaml")
    for command in ("validate", "list"):
        result = run(command, data=base)
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr == (f"conv: error: {base / 'c.yaml'}: the same file as "
                                 f"{base / 'a.yaml'} (a link), so the base would hold each of "
                                 "its records twice; remove the link, or move it out of the "
                                 "folder\n")


def test_a_file_copied_into_its_folder_gives_duplicate_ids_and_no_name_warnings(
        run, base: Path) -> None:
    """A copy is two files: each id is a duplicate (a problem), not an organization with
    another's name."""
    (base / "c.yaml").write_bytes((base / "a.yaml").read_bytes())
    result = run("validate", data=base)
    assert result.exit_code == 1 and "duplicate organization id" in result.stderr
    assert "warning" not in result.stderr


def test_a_syntax_error_in_one_file_hides_nothing_in_the_others(run, base: Path) -> None:
    """One file YAML cannot read stopped the whole check: the next file's problems came
    one fix at a time. Every file is read as far as it can be, and the count is right."""
    (base / "a.yaml").write_text(A.replace("title: Plan qualité", "title: Plan: qualité"),
                                 encoding="utf-8")
    (base / "b.yaml").write_text(B.replace("title: Plan 2014-2020", "title: Plan: 2014")
                                 .replace("type: other", "type: unknown"), encoding="utf-8")
    (base / "c.yaml").write_text("schema: 1\nagreements:\n\t- id: x\n", encoding="utf-8")
    (base / "d.yaml").write_text(B.replace("plan-2013", "plan-2014")
                                 .replace("published_on: 2013-02-08", "published_on: 2013-2-8"),
                                 encoding="utf-8")
    result = run("validate", data=base)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert [line.split(": ", 1)[0].removeprefix(f"{base}/") for line in lines[:-2]] == [
        "a.yaml:6:16", "b.yaml:6:16", "c.yaml:3:1", "d.yaml:9:53"]
    assert "'2013-2-8' is not a date" in lines[3]
    assert lines[-2] == f"conv: 4 problem(s) in {base}"
    assert lines[-1].startswith(
        f"conv: note: not checked: {base / 'a.yaml'} from line 5 on, {base / 'b.yaml'} from "
        f"line 5 on, {base / 'c.yaml'} from line 3 on (YAML cannot read past a syntax error), "
        "nor the rules across the base")
    report = json.loads(run("validate", "--json", data=base).stdout)
    assert len(report["problems"]) == 4 and [u["line"] for u in report["unchecked_from"]] \
        == [5, 5, 3]
