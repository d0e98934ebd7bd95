"""The SQLite build (tables, FTS5) and the cache: staleness, atomic replace, corruption."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conventions_cli import files
from conventions_cli.db import build as build_module
from conventions_cli.db import cache as db_module
from conventions_cli.db.cache import cache_path, open_database
from conventions_cli.db.tables import FLAT_COLUMNS

FLAT = ["id", "title", "type", "signed_on", "place", "region", "ministries", "partners",
        "amount", "currency", "period_start", "period_end", "jobs_direct", "jobs_by",
        "sectors", "follows", "sources",
        # schema 2 appends these three; schema 1's seventeen keep their names and order
        "status", "event", "people",
        # then what conv derives, the status's date, the days a date covers, and the
        # public parties that are not ministries
        "region_derived", "status_on", "date_start", "date_end", "public_parties",
        "place_derived",
        # and the agreement an avenant amends: last, as schema 2's columns are appended
        "amends"]


def built(data: Path) -> Path:
    opened = open_database(data)
    opened.conn.close()
    assert opened.path == cache_path(data)
    return opened.path


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def titles(run, data: Path) -> dict[str, str]:
    return {r["id"]: r["title"] for r in run.json("list", "--format", "json", data=data)}


def folder_listing(path: Path) -> list[str]:
    """The cache folder's files, with the bytes kept of the data file (what an update
    compares it with) named as such."""
    return sorted("snapshot" if p.name.startswith("snapshot-") else p.name
                  for p in path.parent.iterdir())


# --- the build ----------------------------------------------------------------------------

def test_flat_columns_are_the_design_order() -> None:
    assert list(FLAT_COLUMNS) == FLAT


def searchable(data: Path) -> Path:
    """The cache of ``data``, with the full-text indexes a search makes."""
    opened = open_database(data).with_fulltext()
    opened.conn.close()
    assert opened.path == cache_path(data)
    return opened.path


def table_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                           "WHERE type='table'")}
    finally:
        conn.close()


def test_tables_and_columns(mini: Path) -> None:
    conn = sqlite3.connect(built(mini))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"agreements", "organizations", "parties", "sources", "meta"} <= tables
    assert columns(conn, "agreements")[:len(FLAT)] == FLAT
    assert {"people", "events", "signatories"} <= tables
    assert {"id", "name", "acronym", "kind", "country", "aliases"} <= set(
        columns(conn, "organizations"))
    assert {"agreement_id", "org_id", "role"} <= set(columns(conn, "parties"))
    assert {"agreement_id", "publisher", "published_on", "title", "url"} <= set(
        columns(conn, "sources"))
    assert columns(conn, "meta") == ["key", "value"]


def test_rows_hold_the_flat_values(mini: Path) -> None:
    conn = sqlite3.connect(built(mini))
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute(
        f"SELECT {', '.join(FLAT)} FROM agreements WHERE id = 'plan-2022'").fetchone())
    assert row == {
        "id": "plan-2022", "title": "Plan qualité 2022-2025", "type": "convention-cadre",
        "signed_on": "2022-06-07", "place": "Casablanca", "region": "Casablanca-Settat",
        "ministries": '["Ministère de l\'Industrie et du Commerce"]',
        "partners": '["Fédération de la Chimie"]',
        "amount": 250000000, "currency": "MAD", "period_start": 2022, "period_end": 2025,
        "jobs_direct": None, "jobs_by": None, "sectors": '["industrie", "qualité"]',
        "follows": "plan-2013", "sources": 2, "status": None, "event": None, "people": "[]",
        "region_derived": None, "status_on": None, "date_start": "2022-06-07",
        "date_end": "2022-06-07", "public_parties": "[]", "place_derived": None,
        "amends": None,
    }
    conn.row_factory = None
    assert conn.execute("SELECT agreement_id, org_id, role FROM parties WHERE "
                        "agreement_id = 'plan-2022' ORDER BY position").fetchall() == [
        ("plan-2022", "mic", "signatory"), ("plan-2022", "fcp", "partner")]
    assert conn.execute("SELECT publisher, published_on, title FROM sources WHERE "
                        "agreement_id = 'plan-2022' ORDER BY position").fetchall() == [
        ("Le Desk", "2022-06-07", "Un titre"), ("Maroc-Actu", "2022-06-08", None)]
    assert conn.execute("SELECT country FROM organizations WHERE id = 'acme'").fetchone() == (
        "NO",)
    assert conn.execute("SELECT count(*) FROM agreements").fetchone() == (3,)


def test_meta_records_the_data_hash(mini: Path) -> None:
    import hashlib

    conn = sqlite3.connect(built(mini))
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    assert meta["data_sha256"] == hashlib.sha256(mini.read_bytes()).hexdigest()
    assert meta["agreements"] == "3"
    assert meta["organizations"] == "4"


def test_a_cold_build_leaves_the_full_text_indexes_to_the_first_search(mini: Path) -> None:
    target = built(mini)
    assert not {"agreements_fts", "agreements_stem"} & table_names(target)
    assert searchable(mini) == target
    assert {"agreements_fts", "agreements_stem"} <= table_names(target)
    assert folder_listing(target) == [target.name, "snapshot"]


def test_fts5_index_folds_accents(mini: Path) -> None:
    conn = sqlite3.connect(searchable(mini))
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'agreements_fts'"
                          ).fetchone()
    assert "fts5" in sql.lower()
    assert "remove_diacritics 2" in sql
    hits = conn.execute("SELECT a.id FROM agreements_fts f JOIN agreements a "
                        "ON a.rowid = f.rowid WHERE agreements_fts MATCH ? ORDER BY a.id",
                        ("qualite",)).fetchall()
    assert hits == [("plan-2022",)]
    assert conn.execute("SELECT rowid FROM agreements_fts WHERE agreements_fts MATCH ?",
                        ("marrakech",)).fetchall() == conn.execute(
        "SELECT rowid FROM agreements WHERE id = 'acme-2025'").fetchall()


# --- staleness ----------------------------------------------------------------------------

def test_edit_is_seen_on_next_run(run, mini: Path) -> None:
    assert titles(run, mini)["plan-2013"] == "Plan 2014-2020"
    mini.write_text(mini.read_text(encoding="utf-8").replace("Plan 2014-2020",
                                                             "Plan 2014-2020 (révisé)"),
                    encoding="utf-8")
    assert titles(run, mini)["plan-2013"] == "Plan 2014-2020 (révisé)"


def test_same_size_edit_with_same_mtime_is_seen(run, mini: Path) -> None:
    assert titles(run, mini)["plan-2013"] == "Plan 2014-2020"
    before = os.stat(mini)
    text = mini.read_text(encoding="utf-8")
    mini.write_text(text.replace("Plan 2014-2020", "Plan 2014-2021"), encoding="utf-8")
    os.utime(mini, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(mini)
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert titles(run, mini)["plan-2013"] == "Plan 2014-2021"


def test_fresh_cache_is_reused(mini: Path) -> None:
    first = open_database(mini)
    first.conn.close()
    second = open_database(mini)
    second.conn.close()
    assert (first.rebuilt, second.rebuilt) == (True, False)


def test_rebuilt_after_layout_change(mini: Path) -> None:
    path = built(mini)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'layout'")
    conn.close()
    opened = open_database(mini)
    assert opened.rebuilt
    assert dict(opened.conn.execute("SELECT key, value FROM meta"))["layout"] != "old"


def test_invalid_data_fails_with_located_lines_and_no_cache(
        run, write_yaml: Callable[..., Path]) -> None:
    path = write_yaml("schema: 1\nagreements:\n  - id: Bad\n")
    result = run("list", data=path)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == (f"{path}:3:5: missing required key 'title'; add title: the "
                        "agreement's title in words")
    assert lines[-1] == (f"conv: error: 5 problem(s) in {path}; fix them (conv validate "
                         "lists them) and run again")
    assert not cache_path(path).exists()


# --- db path / db rebuild -----------------------------------------------------------------

def test_db_path_is_under_the_cache_home(run, mini: Path, isolated_cache: Path) -> None:
    result = run("db", "path", data=mini)
    assert result.exit_code == 0
    printed = Path(result.stdout.strip())
    assert result.stdout == f"{printed}\n"
    assert printed.parent.parent == isolated_cache / "conv"
    assert printed.name == "conventions.db"
    assert printed.exists()
    assert printed == cache_path(mini)


def test_each_data_file_has_its_own_cache(tmp_path: Path, mini: Path) -> None:
    other = tmp_path / "elsewhere" / mini.name
    other.parent.mkdir()
    other.write_bytes(mini.read_bytes())
    assert cache_path(other) != cache_path(mini)
    assert cache_path(other).parent.parent == cache_path(mini).parent.parent


def test_db_rebuild_rebuilds(run, mini: Path) -> None:
    path = built(mini)
    built_at = dict(sqlite3.connect(path).execute("SELECT key, value FROM meta"))["built_at_ns"]
    result = run("db", "rebuild", data=mini)
    assert result.exit_code == 0
    assert result.stderr == f"conv: rebuilt {path}\n"
    after = dict(sqlite3.connect(path).execute("SELECT key, value FROM meta"))["built_at_ns"]
    assert int(after) > int(built_at)


# --- atomic replace -----------------------------------------------------------------------

def test_rebuild_goes_through_a_temp_file_and_os_replace(
        mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def spy(src, dst):  # type: ignore[no-untyped-def]
        calls.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(db_module.os, "replace", spy)
    target = built(mini)
    calls = [call for call in calls if call[1] == target]  # not the kept bytes
    assert len(calls) == 1
    tmp, dst = calls[0]
    assert dst == target
    assert tmp.parent == target.parent
    assert tmp != target
    assert not tmp.exists()
    assert folder_listing(target) == [target.name, "snapshot"]


def test_failed_build_keeps_the_old_cache_and_leaves_no_temp(
        mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = built(mini)
    old = target.read_bytes()
    mini.write_text(mini.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_module, "create_indexes", broken)  # after the tables
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_database(mini, force=True)  # a comment at the end alone is an update
    assert target.read_bytes() == old
    assert folder_listing(target) == [target.name, "snapshot"]


def test_failed_replace_leaves_no_temp(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = cache_path(mini)

    def refuse(src, dst):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    opened = open_database(mini)  # answered from memory, as with any unwritable cache
    assert opened.path is None
    assert opened.conn.execute("select count(*) from agreements").fetchone() == (3,)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_no_journal_or_wal_left_beside_the_cache(run, mini: Path) -> None:
    assert run("list", data=mini).exit_code == 0
    assert run("show", "plan-2022", data=mini).exit_code == 0
    target = cache_path(mini)
    assert folder_listing(target) == [target.name, "snapshot"]


# --- corrupt caches -----------------------------------------------------------------------

def test_garbage_cache_is_rebuilt(run, mini: Path) -> None:
    target = cache_path(mini)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"this is not a database\x00" * 500)
    result = run("list", "--format", "json", data=mini)
    assert result.exit_code == 0
    assert [r["id"] for r in json.loads(result.stdout)] == [
        "acme-2025", "plan-2022", "plan-2013"]
    assert result.stderr == ""
    assert target.read_bytes().startswith(b"SQLite format 3\x00")


@pytest.mark.parametrize("keep", [0.5, 0.25, 1 / 3])
def test_truncated_cache_is_rebuilt(run, mini: Path, keep: float) -> None:
    target = built(mini)
    data = target.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    assert titles(run, mini)["plan-2022"] == "Plan qualité 2022-2025"
    assert target.read_bytes() != data[: int(len(data) * keep)]
    assert open_database(mini).rebuilt is False


def test_truncated_at_a_page_boundary_is_rebuilt(run, mini: Path) -> None:
    target = built(mini)
    data = target.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    target.write_bytes(data[: page * 2])
    assert titles(run, mini)["plan-2013"] == "Plan 2014-2020"
    assert len(target.read_bytes()) == len(data)


def test_unwritable_cache_dir_works_in_memory(run, mini: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    result = run("list", "--format", "json", data=mini)
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 3
    assert result.stderr.count("conv: warning: cannot write the cache in") == 1
    assert "working in memory this time" in result.stderr


def test_the_layout_version_follows_the_code_that_makes_the_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No number to bump by hand: editing how a column is computed changes the layout, so
    caches built by the old code are rebuilt."""
    import shutil

    from conventions_cli.db import layout

    assert layout.layout_version() == layout.DB_LAYOUT
    package = Path(layout.__file__).resolve().parent.parent
    copy = tmp_path / "conventions_cli"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "data"))
    monkeypatch.setattr(layout, "__file__", str(copy / "db" / "layout.py"))
    assert layout.layout_version() == layout.DB_LAYOUT
    rows = copy / "db" / "rows.py"
    rows.write_text(rows.read_text(encoding="utf-8") + "\n# another way to make rows\n",
                    encoding="utf-8")
    assert layout.layout_version() != layout.DB_LAYOUT


@pytest.mark.parametrize(("agreements", "said"), [(1, "built 1 agreement in"),
                                                  (2, "built 2 agreements in")])
def test_the_build_note_counts_in_the_singular_and_plural(tmp_path, agreements, said,
                                                          monkeypatch) -> None:
    from conventions_cli.base.source import DataFile, snapshots
    from conventions_cli.db import rebuild as module
    from conventions_cli.db.rebuild import rebuild

    monkeypatch.setattr(module, "NOTE_AFTER_SECONDS", 0.0)  # however fast the build

    item = ("  - {{id: a-{n}, title: T, type: other, parties: [{{org: mic, role: signatory}}],"
            " sources: [{{publisher: X, published_on: 2024-01-01}}]}}\n")
    path = tmp_path / "k.yaml"
    path.write_text("schema: 1\norganizations:\n  - {id: mic, name: M, kind: ministry}\n"
                    "agreements:\n" + "".join(item.format(n=n) for n in range(agreements)),
                    encoding="utf-8")
    data = DataFile(path, "--data")
    notes: list[str] = []
    conn, _ = rebuild(data, snapshots(data), tmp_path / "c" / "conventions.db", True,
                      lambda message, **_: notes.append(message))
    conn.close()
    assert len(notes) == 1 and notes[0].startswith(said)


def test_a_build_too_quick_to_notice_says_nothing(tmp_path) -> None:
    """"built 2 agreements in 0.0 s" after every edit of a small base: a note about a wait
    nobody had."""
    from conventions_cli.base.source import DataFile, snapshots
    from conventions_cli.db.rebuild import NOTE_AFTER_SECONDS, rebuild

    path = tmp_path / "k.yaml"
    path.write_text("schema: 1\norganizations:\n  - {id: mic, name: M, kind: ministry}\n"
                    "agreements:\n  - {id: a, title: T, type: other, parties: [{org: mic, "
                    "role: signatory}], sources: [{publisher: X, published_on: 2024}]}\n",
                    encoding="utf-8")
    data = DataFile(path, "--data")
    notes: list[str] = []
    started = time.perf_counter()
    conn, _ = rebuild(data, snapshots(data), tmp_path / "c" / "conventions.db", True,
                      lambda message, **_: notes.append(message))
    conn.close()
    if time.perf_counter() - started < NOTE_AFTER_SECONDS:
        assert notes == []
