"""Tab completion of ids: from the cached database, quiet, never failing."""

from __future__ import annotations

import pytest

from conventions_cli.cli.app import app
from conventions_cli.cli.completion import (
    complete_agreement_ids,
    complete_ministry_ids,
    complete_organization_ids,
    complete_partner_ids,
)


@pytest.fixture
def data(mini, monkeypatch):
    monkeypatch.setenv("CONV_DATA", str(mini))
    return mini


def test_agreement_ids_by_prefix(data):
    assert complete_agreement_ids("plan") == ["plan-2013", "plan-2022"]
    assert complete_agreement_ids("") == ["acme-2025", "plan-2013", "plan-2022"]
    assert complete_agreement_ids("PLAN-20") == ["plan-2013", "plan-2022"]
    assert complete_agreement_ids("zzz") == []
    assert complete_agreement_ids("%") == []


def test_organization_ids_by_prefix_and_kind(data):
    assert complete_organization_ids("m") == ["mic", "mtnra"]
    assert complete_ministry_ids("") == ["mic", "mtnra"]
    assert complete_partner_ids("") == ["acme", "fcp"]


def test_builds_a_missing_cache_silently(data, capsys, isolated_cache):
    assert not any(isolated_cache.rglob("*.db"))
    assert complete_agreement_ids("acme") == ["acme-2025"]
    assert any(isolated_cache.rglob("*.db"))
    assert capsys.readouterr() == ("", "")


def test_errors_give_no_candidates_and_no_output(write_yaml, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("CONV_DATA", str(tmp_path / "missing.yaml"))
    assert complete_agreement_ids("") == []
    broken = write_yaml("schema: 1\nagreements:\n  - id: Not A Slug\n", "broken.yaml")
    monkeypatch.setenv("CONV_DATA", str(broken))
    assert complete_agreement_ids("") == []
    assert complete_organization_ids("") == []
    assert capsys.readouterr() == ("", "")


def complete(run, words: str, cword: int):
    """The shell's side of click's protocol: what bash would show after Tab."""
    return run.runner.invoke(app, [], prog_name="conv", env={
        "_CONV_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)})


def test_bash_protocol_completes_show_ids(run, data):
    result = complete(run, "conv show plan", 2)
    assert result.exit_code == 0
    assert result.stdout.split() == ["plan-2013", "plan-2022"]


def test_bash_protocol_reads_the_data_option(run, mini, write_yaml):
    other = write_yaml(
        "schema: 1\norganizations:\n  - {id: moi, name: Moi, kind: ministry}\n"
        "agreements:\n  - id: seul-2024\n    title: Seul\n    type: other\n"
        "    parties: [{org: moi, role: signatory}]\n"
        "    sources: [{publisher: X, published_on: 2024}]\n", "other.yaml")
    result = complete(run, f"conv --data {other} show s", 4)
    assert result.stdout.split() == ["seul-2024"]
    result = complete(run, f"conv --data {mini} list --ministry m", 5)
    assert result.stdout.split() == ["mic", "mtnra"]
    result = complete(run, f"conv --data {mini} export --partner ", 5)
    assert result.stdout.split() == ["acme", "fcp"]


def test_bash_protocol_with_a_missing_file_offers_nothing(run, tmp_path):
    result = complete(run, f"conv --data {tmp_path / 'nope.yaml'} show ", 4)
    assert result.exit_code == 0
    assert result.stdout.split() == []
    assert result.stderr == ""


def test_show_completion_script_is_available(run):
    result = run.runner.invoke(app, ["--show-completion", "bash"], prog_name="conv")
    assert result.exit_code == 0
    assert "_CONV_COMPLETE=complete_bash" in result.stdout


def test_bash_protocol_completes_org_ids_and_compare_ids(run, data):
    assert complete(run, "conv org m", 2).stdout.split() == ["mic", "mtnra"]
    assert complete(run, "conv compare plan-2022 plan", 3).stdout.split() == [
        "plan-2013", "plan-2022"]
