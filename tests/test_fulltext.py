"""The full-text indexes are made by the first command that needs them, not by the cold
build: in the cached database itself, whole or not at all, once however many convs ask
at the same time, and in memory when the cache cannot be written (db/fulltext.py)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conventions_cli import files
from conventions_cli.cli import session as cli_session
from conventions_cli.db import fulltext
from conventions_cli.db.cache import cache_path, open_database
from conventions_cli.db.fulltext import has_fulltext

INDEXES = {"agreements_fts", "agreements_stem"}


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def indexed(path: Path) -> bool:
    found = tables(path) & INDEXES
    assert found in (set(), INDEXES)  # both or neither, never one
    return found == INDEXES


def temp_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.endswith(".tmp"))


def ids(result: Any) -> list[str]:
    assert result.exit_code == 0, result.output
    return [row["id"] for row in json.loads(result.stdout)]


# --- which commands make them --------------------------------------------------------

def test_a_listing_builds_without_them_and_the_first_search_makes_them(run, mini) -> None:
    assert ids(run("list", "--format", "json", data=mini))
    target = cache_path(mini)
    assert not indexed(target)
    for command in (["show", "plan-2022"], ["stats", "--by", "year"], ["orgs"],
                    ["export", "--format", "json"]):
        assert run(*command, data=mini).exit_code == 0, command
    assert not indexed(target)
    assert ids(run("search", "qualites", "--format", "json", data=mini)) == ["plan-2022"]
    assert indexed(target)
    assert temp_files(target) == []
    # Made once: the next search reads them as they are.
    before = target.stat().st_ino
    assert ids(run("search", "Marrakech", "--raw", "--format", "json", data=mini)) == [
        "acme-2025"]
    assert target.stat().st_ino == before


@pytest.mark.parametrize("statement", [
    "select rowid from agreements_fts where agreements_fts match 'qualite'",
    "SELECT rowid FROM AGREEMENTS_STEM WHERE agreements_stem MATCH 'qualit'",
    "select name from sqlite_master where name like 'agreements%' order by name",
    "select name from pragma_table_info('agreements_fts') order by cid",
    "  -- the words\n/* exact */ WITH w AS (SELECT rowid FROM agreements_fts WHERE "
    "agreements_fts MATCH 'qualite') SELECT * FROM w",
])
def test_conv_sql_makes_them_when_the_statement_can_see_them(run, mini,
                                                           statement: str) -> None:
    run("list", data=mini)
    result = run("sql", statement, "--format", "json", data=mini)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)
    assert indexed(cache_path(mini))


@pytest.mark.parametrize("statement", [
    "DROP TABLE agreements_fts", "DELETE FROM agreements_stem",
    "UPDATE sqlite_master SET sql = ''", "PRAGMA writable_schema = 1"])
def test_a_statement_conv_sql_refuses_makes_nothing(run, mini, statement: str) -> None:
    run("list", data=mini)
    before = cache_path(mini).read_bytes()
    result = run("sql", statement, data=mini)
    assert result.exit_code == 1 and result.stderr.startswith("conv: error: ")
    assert cache_path(mini).read_bytes() == before


def test_conv_sql_over_the_tables_alone_leaves_them_for_later(run, mini) -> None:
    result = run("sql", "select count(*) as n from agreements", "--format", "json", data=mini)
    assert json.loads(result.stdout) == [{"n": 3}]
    assert not indexed(cache_path(mini))
    listed = run("sql", "select name from sqlite_master where type = 'table' and name like "
                 "'agreements_%'", "--format", "json", data=mini)
    assert {row["name"] for row in json.loads(listed.stdout)} >= INDEXES


@pytest.mark.parametrize("command", [["db", "path"], ["db", "metadata"]])
def test_the_file_datasette_users_open_has_them(run, mini, command: list[str]) -> None:
    run("list", data=mini)
    result = run(*command, data=mini)
    assert result.exit_code == 0, result.output
    assert indexed(cache_path(mini))
    if command == ["db", "path"]:
        assert Path(result.stdout.strip()) == cache_path(mini)


def test_edits_before_and_after_the_first_search_are_found(run, mini) -> None:
    text = mini.read_text(encoding="utf-8")
    run("list", data=mini)
    mini.write_text(text.replace("Protocole avec Acme", "Protocole hydrogène avec Acme"),
                    encoding="utf-8")
    assert len(ids(run("list", "--format", "json", data=mini))) == 3  # updated, unindexed
    assert not indexed(cache_path(mini))
    assert ids(run("search", "hydrogene", "--format", "json", data=mini)) == ["acme-2025"]
    mini.write_text(text.replace("Protocole avec Acme", "Protocole solaire avec Acme"),
                    encoding="utf-8")
    assert ids(run("search", "solaire", "--format", "json", data=mini)) == ["acme-2025"]
    assert ids(run("search", "hydrogene", "--format", "json", data=mini)) == []


@pytest.mark.parametrize("quiet", [False, True])
def test_at_a_terminal_a_long_first_search_says_what_it_makes(
        run, mini, monkeypatch: pytest.MonkeyPatch, quiet: bool) -> None:
    monkeypatch.setattr(cli_session, "stderr_is_terminal", lambda: True)
    monkeypatch.setattr(fulltext, "SAY_FROM", 3)  # as for a base of 20 000 agreements
    run("list", data=mini)
    result = run(*(["--quiet"] if quiet else []), "search", "qualite", "--format", "json",
                 data=mini)
    assert ids(result) == ["plan-2022"]
    assert result.stderr == ("" if quiet else "conv: note: making the full-text indexes of 3 "
                             "agreements (once, for the first search)\n")
    again = run("search", "qualite", "--format", "json", data=mini)
    assert again.stderr == ""  # made once


# --- made once, whole ----------------------------------------------------------------

@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[str, Path], None]]]:
    """Callbacks run at each checkpoint of this process."""
    found: list[Callable[[str, Path], None]] = []
    monkeypatch.setattr(files, "on_checkpoint",
                        lambda name, path: [hook(name, path) for hook in list(found)])
    yield found


def test_two_convs_asking_at_once_make_them_once(mini, hooks, monkeypatch) -> None:
    open_database(mini).conn.close()
    target = cache_path(mini)
    made: list[str] = []
    real_fill = fulltext.fill

    def counted(conn: sqlite3.Connection) -> None:
        made.append(threading.current_thread().name)
        real_fill(conn)

    monkeypatch.setattr(fulltext, "fill", counted)
    waiting = threading.Event()
    seen_meanwhile: list[set[str]] = []
    opened: dict[str, Any] = {}
    errors: list[BaseException] = []

    def second() -> None:
        try:
            opened["second"] = finds(open_database(mini).with_fulltext().conn)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    other = threading.Thread(target=second, name="second")

    def hook(name: str, _: Path) -> None:
        if threading.current_thread() is other:
            if name == "lock-wait":
                waiting.set()
        elif name == "indexing" and not other.is_alive():
            # The first holds the lock and has copied the database: the second asks now
            # and must wait for it.
            other.start()
            assert waiting.wait(10)
        elif name == "written":  # the copy is whole, not yet moved in place
            seen_meanwhile.append(tables(target))

    hooks.append(hook)
    first = open_database(mini).with_fulltext()
    other.join(10)
    assert not errors and not other.is_alive()
    assert made == ["MainThread"]  # the second found them made
    assert seen_meanwhile and not seen_meanwhile[0] & INDEXES  # a reader saw none, not half
    assert finds(first.conn) == opened["second"] == (True, 1)
    assert indexed(target) and temp_files(target) == []


def finds(conn: sqlite3.Connection) -> tuple[bool, int]:
    """Whether a connection sees the indexes, and what the stemmed one finds (closed)."""
    try:
        return has_fulltext(conn), conn.execute(
            "SELECT count(*) FROM agreements_stem WHERE agreements_stem MATCH 'qualit'"
        ).fetchone()[0]
    finally:
        conn.close()


def test_a_conv_killed_while_making_them_leaves_the_database_as_it_was(
        mini: Path, isolated_cache: Path) -> None:
    open_database(mini).conn.close()
    target = cache_path(mini)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache),
           "CONV_TEST_KILL_AT": "indexing"}
    argv = [sys.executable, "-m", "conventions_cli", "--data", str(mini), "search", "qualite"]
    killed = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    assert killed.returncode == -9
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert not indexed(target)
    del env["CONV_TEST_KILL_AT"]
    again = subprocess.run([*argv, "--format", "json"], env=env, capture_output=True,
                           text=True, timeout=60)
    assert again.returncode == 0 and again.stderr == ""
    assert [row["id"] for row in json.loads(again.stdout)] == ["plan-2022"]
    assert indexed(target)
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


# --- a cache that cannot be written --------------------------------------------------

def test_a_cache_folder_that_cannot_be_written_makes_them_in_memory(
        run, mini, monkeypatch: pytest.MonkeyPatch) -> None:
    run("list", data=mini)
    target = cache_path(mini)
    before = target.read_bytes()

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    result = run("search", "qualite", "--format", "json", data=mini)
    assert ids(result) == ["plan-2022"]
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith(
        f"conv: warning: cannot write the cache in {target.parent}")
    assert "in memory this time" in warnings[0]
    assert target.read_bytes() == before  # left as it was
    assert ids(run("search", "marrakech", "--raw", "--format", "json", data=mini)) == [
        "acme-2025"]
    counted = run("sql", "select count(*) as n from agreements_fts", "--format", "json",
                  data=mini)
    assert json.loads(counted.stdout) == [{"n": 3}]
    assert "in memory this time" in counted.stderr  # each run: the file is as it was
    assert target.read_bytes() == before


def test_a_database_built_in_memory_gets_them_there(run, mini, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"  # mkdir under a regular file fails, even for root
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    result = run("search", "qualite", "--format", "json", data=mini)
    assert ids(result) == ["plan-2022"]
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1 and "working in memory this time" in warnings[0]
    assert blocker.read_text() == "not a folder"
