"""Two notes that say what an answer leaves out: one bound for several currencies, and a
folder base's subfolder of YAML files."""

from __future__ import annotations

import shutil

from conventions_cli.out.cells import group_digits


def test_one_bound_for_several_currencies_is_said(run, mini):
    result = run("list", "--currency", "MAD", "--currency", "EUR", "--min-amount",
                 "1000000", "--format", "tsv", data=mini)
    assert result.exit_code == 0
    assert (f"conv: note: --min-amount {group_digits(1000000)} applies to each currency as "
            "it is, the same number of MAD, EUR (amounts are never converted); give one "
            "--currency per run to set each its own bound") in result.stderr.splitlines()
    for args in (("--currency", "MAD", "--min-amount", "1000000"),
                 ("--currency", "MAD", "--currency", "EUR")):
        assert "applies to each currency" not in run("list", *args, data=mini).stderr


def test_validate_says_a_subfolder_of_yaml_files_is_not_read(run, mini, tmp_path,
                                                             monkeypatch):
    base = tmp_path / "base"
    (base / "2024").mkdir(parents=True)
    (base / ".hidden").mkdir()
    (base / "empty").mkdir()
    shutil.copy(mini, base / "a.yaml")
    (base / "2024" / "b.yaml").write_text("schema: 1\n", encoding="utf-8")
    (base / ".hidden" / "c.yaml").write_text("schema: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("validate", data=base.relative_to(tmp_path))
    assert result.exit_code == 0
    assert result.stderr == ("conv: note: base/2024/ holds YAML files conv does not read (a "
                             "folder base is the files of its folder, not of its subfolders): "
                             "move them up to make them part of the base\n")
    assert run("-q", "validate", data=base).stderr == ""


def test_an_id_not_found_in_a_folder_base_names_its_unread_subfolder(run, mini, tmp_path,
                                                                     monkeypatch):
    # the agreement filed in base/2024/ was "no agreement" without a word of why
    base = tmp_path / "base"
    (base / "2024").mkdir(parents=True)
    shutil.copy(mini, base / "a.yaml")
    (base / "2024" / "b.yaml").write_text("schema: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("show", "filed-2024", data=base.relative_to(tmp_path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == ("conv: note: base/2024/ holds YAML files conv does not read (a "
                        "folder base is the files of its folder, not of its subfolders): "
                        "move them up to make them part of the base")
    assert lines[1].startswith("conv: error: no agreement 'filed-2024'")
    assert run("list", data=base.relative_to(tmp_path)).stderr == ""  # an answer: no note
    shutil.rmtree(base / "2024")
    assert "holds YAML" not in run("show", "filed-2024", data=base).stderr
