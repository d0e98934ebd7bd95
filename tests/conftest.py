"""Shared fixtures: every test gets its own cache folder and a runner with a fixed width."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conventions_cli.cli.app import app

MINI = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry,
     aliases: ["Ministère de l'Industrie, du Commerce et de l'Économie numérique"]}
  - {id: mtnra, name: "Ministère de la Transition numérique", kind: ministry}
  - {id: fcp, name: "Fédération de la Chimie", acronym: FCP, kind: federation}
  - {id: acme, name: "Acme Maroc", kind: company, country: 'NO'}
agreements:
  - id: plan-2022
    title: Plan qualité 2022-2025
    type: convention-cadre
    signed_on: 2022-06-07
    place: Casablanca
    region: Casablanca-Settat
    parties:
      - {org: mic, role: signatory}
      - {org: fcp, role: partner}
    funding: {amount: 250000000, currency: MAD}
    period: {start: 2022, end: 2025}
    sectors: [industrie, qualité]
    follows: plan-2013
    summary: Un plan pour l'écosystème qualité.
    sources:
      - {publisher: Le Desk, published_on: 2022-06-07, title: Un titre}
      - {publisher: Maroc-Actu, published_on: 2022-06-08}
  - id: plan-2013
    title: Plan 2014-2020
    type: other
    signed_on: 2013-02
    parties: [{org: mic, role: signatory}]
    funding: {amount: 290000000, currency: MAD}
    period: {start: 2014, end: 2020}
    sources: [{publisher: Maroc-Actu, published_on: 2022-06-08}]
  - id: acme-2025
    title: Protocole avec Acme
    type: protocole-accord
    signed_on: 2025-04-15
    place: Marrakech
    region: Marrakech-Safi
    parties:
      - {org: mtnra, role: signatory}
      - {org: acme, role: partner}
    jobs: {direct: 150, by: 2029}
    sectors: [numérique]
    event: GITEX Africa 2025
    sources: [{publisher: Communiqué, published_on: 2025-04-16}]
"""


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's real cache, or inherits CONV_DATA."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.delenv("CONV_DATA", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    return cache


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a small YAML knowledge base written in the test itself."""

    def write(text: str, name: str = "agreements.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the data's folder so conv names the file as the user typed it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def mini(write_yaml: Callable[[str, str], Path]) -> Path:
    return write_yaml(MINI)


class Run:
    """Run conv in-process like a user would, with the terminal width pinned."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, data: Path | None = None, input: str | None = None):
        argv = (["--data", str(data)] if data is not None else []) + list(args)
        return self.runner.invoke(app, argv, input=input, env={"COLUMNS": "120"},
                                  catch_exceptions=False)

    def warnings(self, data: Path) -> list[str]:
        """The warning lines of `conv validate` on a base that must be valid."""
        result = self("validate", data=data)
        assert result.exit_code == 0, result.output
        return [line for line in result.stderr.splitlines() if "warning:" in line]

    def json(self, *args: str, data: Path | None = None):
        result = self(*args, data=data)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture
def run() -> Run:
    return Run()
