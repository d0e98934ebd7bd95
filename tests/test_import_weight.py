"""A warm read imports neither YAML nor sqlite-utils, nor Rich unless it draws a table,
nor spaCy, which only `conv draft` loads.

Those three cost more than the query itself; they are for rebuilding and for terminals.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

HEAVY = ("yaml", "sqlite_utils", "rich", "typer", "click", "spacy", "text_to_num", "thinc")


def imported(args: list[str], env: dict[str, str]) -> set[str]:
    """Top-level modules a fresh `python -X importtime -m conventions_cli ...` imported."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "conventions_cli",
                             *args], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


@pytest.fixture
def warm_env(mini: Path, isolated_cache: Path) -> dict[str, str]:
    """A built cache, and a data file older than the cache's racy window (no hashing)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache), "CONV_DATA": str(mini)}
    subprocess.run([sys.executable, "-m", "conventions_cli", "list", "--format", "csv"],
                   check=True, capture_output=True, env=env)
    age = time.time() - os.stat(mini).st_ctime
    if age < 2.1:
        time.sleep(2.1 - age)
    # This call hashes once and records the stat; the calls under test trust the stat.
    subprocess.run([sys.executable, "-m", "conventions_cli", "list", "--format", "csv"],
                   check=True, capture_output=True, env=env)
    return env


WARM_READS = [
    ["list", "--format", "csv"],
    ["list", "--ministry", "industrie", "--format", "json", "--limit", "2"],
    ["--quiet", "list", "--from=2020", "-n", "1", "-f", "md"],
    ["show", "plan-2022", "--format", "json"],
    ["search", "qualite", "--format", "tsv"],
    ["stats", "--by", "year", "--format", "csv"],
]


def test_warm_machine_formats_stay_light(warm_env: dict[str, str]) -> None:
    for args in WARM_READS:
        heavy = imported(args, warm_env) & set(HEAVY)
        assert not heavy, (args, heavy)


def test_a_table_is_drawn_by_rich_without_typer(warm_env: dict[str, str]) -> None:
    names = imported(["list", "--format", "table"], warm_env)
    assert "rich" in names
    assert not {"yaml", "sqlite_utils", "typer", "spacy"} & names


def test_help_goes_through_typer(warm_env: dict[str, str]) -> None:
    assert "typer" in imported(["list", "--help"], warm_env)


def test_only_draft_loads_spacy(warm_env: dict[str, str]) -> None:
    for args in (["orgs", "--format", "json"], ["validate"], ["--help"], ["draft", "--help"]):
        assert "spacy" not in imported(args, warm_env), args


def test_a_warm_read_leaves_the_gazetteer_to_builds(warm_env: dict[str, str]) -> None:
    # the region a city lies in is computed when rows are built, never on a warm read
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "conventions_cli",
                             "list", "--format", "csv"], capture_output=True, text=True,
                            env=warm_env)
    assert result.returncode == 0, result.stderr
    assert "conventions_cli.base.geography" not in result.stderr
    assert "conventions_cli.db.tables" in result.stderr  # the declaration itself is read
