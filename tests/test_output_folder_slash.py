"""An output typed with a trailing slash names a folder, whether or not it exists yet:
`export -o d.csv/` is refused as when d.csv/ exists (not written as a file d.csv), a name
without extension gets a data package, and the views and stats, which write one file,
refuse it; nothing is written when refused."""

from __future__ import annotations

import pytest


def test_export_to_a_new_folder_named_like_a_file_is_refused(run, mini, here):
    result = run("export", "-o", "dq.csv/", data=mini)
    assert result.exit_code == 2
    assert "dq.csv/ names a folder (it ends with /)" in result.stderr
    assert "--format datapackage" in result.stderr
    assert not (here / "dq.csv").exists()
    # as the same folder, once it exists
    (here / "d2.csv").mkdir()
    assert run("export", "-o", "d2.csv/", data=mini).exit_code == 2


def test_a_file_format_into_a_slash_is_refused(run, mini, here):
    result = run("export", "--format", "json", "-o", "out/", data=mini)
    assert result.exit_code == 2
    assert "--format json writes a file" in result.stderr
    assert not (here / "out").exists()


def test_a_slash_without_extension_is_a_data_package(run, mini, here):
    result = run("export", "-o", "pkg/", data=mini)
    assert result.exit_code == 0, result.output
    assert (here / "pkg" / "datapackage.json").is_file()
    named = run("export", "--format", "datapackage", "-o", "p.csv/", data=mini)
    assert named.exit_code == 0, named.output
    assert (here / "p.csv" / "datapackage.json").is_file()


def test_without_the_slash_the_file_is_written(run, mini, here):
    assert run("export", "-o", "dq.csv", data=mini).exit_code == 0
    assert (here / "dq.csv").is_file()


@pytest.mark.parametrize("args", [("network", "-o", "n.svg/"), ("timeline", "-o", "t.svg/"),
                                  ("stats", "-o", "s.csv/")])
def test_views_and_stats_refuse_a_folder_slash(run, mini, here, args):
    result = run(*args, data=mini)
    assert result.exit_code == 2, result.output
    assert "names a folder (it ends with /); name a file" in result.stderr
    assert not (here / args[-1].rstrip("/")).exists()
