"""A cold build's rows do not depend on how fast it is made.

The ways a build was made faster (agreements read straight into records with their nested
marks read on demand, conversions and dates remembered, texts stemmed piece by piece) give
the rows the plain ways give: every agreement read by libyaml and converted, rows made
from the declared columns, every text stemmed word by word. And the rows of a generated
base are those the build made before those changes (their digest, taken then).
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conventions_cli import text as text_module
from conventions_cli.db import rows as rows_module
from conventions_cli.db.cache import cache_path, open_database
from test_scanner import bundled, generated, without_reader

# The tables whose rows come from the base (the bookkeeping, meta and files, aside).
CONTENT = ("organizations", "people", "events", "agreements", "parties", "signatories",
           "sources", "agreements_stem")


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        found = {name: conn.execute(f"SELECT rowid, * FROM [{name}] ORDER BY rowid").fetchall()
                 for name in CONTENT}
        # the exact-word index, as a search sees it: each term's rows and columns
        conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, agreements_fts, "
                     "instance)")
        found["words"] = conn.execute("SELECT * FROM temp.words ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        conn.close()
    return found


def digest(found: dict[str, list[tuple[Any, ...]]]) -> str:
    return hashlib.sha256(repr(sorted(found.items())).encode("utf-8")).hexdigest()


def build(folder: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
          ) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of a cold build of ``files`` (a single file, or a folder base)."""
    base = folder / "base"
    base.mkdir(parents=True)
    for name, text in files.items():
        (base / name).write_text(text, encoding="utf-8")
    data = base / next(iter(files)) if len(files) == 1 else base
    with monkeypatch.context() as scoped:
        scoped.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        open_database(data, force=True).conn.close()
        return content(cache_path(data))


def the_plain_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    without_reader(monkeypatch)
    monkeypatch.setattr(rows_module, "FAST", False)
    monkeypatch.setattr(rows_module, "stemmed_text",
                        lambda value: " ".join(text_module.stems(value)))
    rows_module.stemmed.cache_clear()


@pytest.mark.parametrize("name", ["bundled", "generated"])
def test_the_rows_are_those_the_plain_ways_give(name: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    files = dict(bundled()) if name == "bundled" else {"kb.yaml": generated(3000, seed=23)}
    fast = build(tmp_path / "fast", files, monkeypatch)
    assert len(fast["agreements"]) > 10
    with monkeypatch.context() as scoped:
        the_plain_ways(scoped)
        plain = build(tmp_path / "plain", files, scoped)
    rows_module.stemmed.cache_clear()
    assert fast == plain


# The digest of the rows of generated(400, seed=31), built by the code before the cold
# build was made faster (main at 41e8a13, over the generator of today, whose sources
# have since been made distinct).
BEFORE = "8f2e670c643d0c508748327b85d94e97f76cbf631fb71ca8ba2c177c4e51f331"


def test_the_rows_of_a_generated_base_are_those_built_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"kb.yaml": generated(400, seed=31)}
    assert digest(build(tmp_path / "kb", files, monkeypatch)) == BEFORE
