"""conv migrate on a file already in schema 2 says so, whatever folder it lies in and
whatever it names that other files define: nothing to migrate, nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("neighbours", ["none", "other", "the base"])
def test_a_schema2_file_of_a_folder_base_is_nothing_to_do(run, tmp_path, monkeypatch,
                                                          neighbours):
    folder = tmp_path / "q"
    if neighbours == "the base":
        shutil.copytree(DATA, folder)
    else:
        folder.mkdir()
        shutil.copy(DATA / "lenders.yaml", folder)
        if neighbours == "other":
            (folder / "notes.yaml").write_text("liste: [a, b]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = (folder / "lenders.yaml").read_bytes()
    result = run("migrate", "q/lenders.yaml")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "", "conv: q/lenders.yaml is schema 2 already; nothing to do\n")
    assert (folder / "lenders.yaml").read_bytes() == before


def test_a_schema1_file_with_problems_is_still_refused(run, write_yaml):
    path = write_yaml("schema: 1\norganizations: []\nagreements:\n  - id: x\n", "one.yaml")
    result = run("migrate", str(path))
    assert result.exit_code == 1
    assert "has problems; fix them first" in result.stderr
