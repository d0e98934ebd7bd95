"""An output file never replaces the knowledge base conv is reading: a curator who types
`-o` with the base's own name (or a link to it, or a YAML file in the base's folder) would
otherwise lose the hand-kept file, comments and all, to a CSV or a graph."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import MINI


@pytest.mark.parametrize("args", [
    ["export", "-f", "csv"],
    ["export"],  # the extension says yaml: still the base, comments lost
    ["network", "-f", "gexf"],
    ["timeline", "-f", "vega-lite"],
])
def test_output_onto_the_base_file_is_refused_and_the_file_kept(run, mini, args):
    before = mini.read_bytes()
    result = run(*args, "-o", str(mini), data=mini)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("conv: error: --output ")
    assert "knowledge base" in lines[0] and "Traceback" not in result.output
    assert mini.read_bytes() == before


def test_a_link_or_another_spelling_of_the_base_is_the_base(run, mini, tmp_path):
    before = mini.read_bytes()
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.yaml"
    os.symlink(mini, link)
    for target in (link, tmp_path / "sub" / ".." / mini.name):
        result = run("export", "-f", "csv", "-o", str(target), data=mini)
        assert result.exit_code == 2, target
    assert mini.read_bytes() == before and link.is_symlink()


def test_a_yaml_file_in_a_folder_base_is_refused_other_files_are_not(run, tmp_path):
    team = tmp_path / "team"
    team.mkdir()
    (team / "base.yaml").write_text(MINI, encoding="utf-8")
    result = run("export", "-o", str(team / "all.yaml"), data=team)
    assert result.exit_code == 2 and "folder" in result.stderr
    assert sorted(p.name for p in team.iterdir()) == ["base.yaml"]
    # the next run still reads one base, not the same agreements twice
    assert run("validate", data=team).exit_code == 0
    result = run("export", "-o", str(team / "all.csv"), data=team)
    assert result.exit_code == 0 and (team / "all.csv").exists()


def test_another_file_beside_the_base_is_written(run, mini, tmp_path):
    copy = tmp_path / "copy.yaml"
    shutil.copy(mini, tmp_path / "other.yaml")
    result = run("export", "-o", str(copy), data=mini)
    assert result.exit_code == 0 and copy.read_text(encoding="utf-8").count("- id: ") >= 3
