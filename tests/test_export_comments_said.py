"""A YAML export holds the records, not the comments of the base's files: its header and
a note on stderr say so, naming the files to copy to keep them."""

from __future__ import annotations

import yaml

NOTE = ("conv: note: a yaml export holds the records, not the comments of the base's files "
        "(its curators' notes on sources and derived facts); to keep them, copy the files "
        "themselves ({where})\n")


def test_the_header_and_stderr_say_the_comments_are_not_exported(run, mini, here):
    result = run("export", "-o", "out.yaml", data=mini)
    assert result.exit_code == 0
    assert result.stderr == NOTE.format(where="agreements.yaml")
    text = (here / "out.yaml").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("comments of the base's files" in line and "not exported" in line
               for line in header)
    assert yaml.safe_load(text)["agreements"]  # still a base


def test_said_for_a_yaml_export_on_stdout_and_not_for_other_formats(run, mini, here):
    result = run("export", "--format", "yaml", data=mini)
    assert result.stderr == NOTE.format(where="agreements.yaml")
    assert run("export", "--format", "csv", data=mini).stderr == ""
    assert run("-q", "export", "--format", "yaml", data=mini).stderr == ""


def test_the_bundled_base_names_its_folder(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("export", "--format", "yaml", "--year", "2022")
    assert ("copy the files themselves (the bundled base's are the data/ folder of conv's "
            "source)") in result.stderr
