"""Faults, with the real conv in subprocesses: killed rebuilds, Ctrl-C, parallel runs,
damaged caches, an unwritable cache folder, closed pipes, same-second edits.

Every case checks the exit code, the message, that no traceback was printed, and that the
cache is a whole database (or absent) with nothing left beside it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conventions_cli.db.cache import cache_path

TIMEOUT = 60
BIG = 8000  # agreements: a rebuild long enough (~1 s of writing) to be interrupted


def generated(count: int, title: str = "Convention") -> str:
    """A valid knowledge base of ``count`` agreements."""
    lines = ["schema: 1", "organizations:",
             "  - {id: mic, name: \"Ministère de l'Industrie\", kind: ministry}",
             "  - {id: fcp, name: Fédération de la Chimie, kind: federation}",
             "agreements:"]
    for i in range(count):
        lines += [f"  - id: a-{i:05d}",
                  f"    title: {title} {i:05d} pour la qualité industrielle",
                  "    type: convention-cadre",
                  f"    signed_on: {2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                  "    place: Casablanca",
                  "    parties: [{org: mic, role: signatory}, {org: fcp, role: partner}]",
                  f"    funding: {{amount: {i * 1000}, currency: MAD}}",
                  "    summary: Un résumé assez long pour donner du travail à l'index plein "
                  "texte, encore et encore.",
                  "    sources: [{publisher: Le Desk, published_on: 2022-06-07}]"]
    return "\n".join(lines) + "\n"


class Conv:
    """The real conv, in a subprocess, with this test's cache folder."""

    def __init__(self, cache_home: Path) -> None:
        self.env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "COLUMNS": "120"}
        self.env.pop("CONV_DATA", None)
        self.cache_home = cache_home

    def argv(self, data: Path, *args: str) -> list[str]:
        return [sys.executable, "-m", "conventions_cli", "--data", str(data), *args]

    def __call__(self, data: Path, *args: str,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(data, *args), env=env or self.env, text=True,
                              capture_output=True, timeout=TIMEOUT)

    def popen(self, data: Path, *args: str, **kwargs: object) -> subprocess.Popen[str]:
        return subprocess.Popen(self.argv(data, *args), env=self.env, text=True,
                                stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]

    def ids(self, data: Path) -> list[str]:
        result = self(data, "sql", "select id from agreements order by id", "--format", "json")
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return [row["id"] for row in json.loads(result.stdout)]

    def folder(self) -> Path:
        return self.cache_home / "conv"

    def leftovers(self) -> list[str]:
        """Anything in the cache folder that is not a published database or the bytes
        kept of its data file (``snapshot-`` and their sha256, whole or as ``.pieces`` of
        a whole one, see snapshots)."""
        folder = self.folder()
        if not folder.exists():
            return []
        return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                      if p.is_file() and p.name != "conventions.db"
                      and not re.fullmatch(r"snapshot-[0-9a-f]{64}(\.pieces)?", p.name))

    def snapshots(self) -> list[str]:
        """The sha256s of the data files' kept bytes."""
        folder = self.folder()
        return sorted(p.name.removeprefix("snapshot-") for p in folder.rglob("snapshot-*"))


@pytest.fixture
def conv(isolated_cache: Path) -> Conv:
    return Conv(isolated_cache)


def whole_database(path: Path) -> int:
    """The number of agreements in a cache file that passes SQLite's integrity check."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
    finally:
        conn.close()


def wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str],
             timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"conv ended ({proc.returncode}) before the expected moment")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("timed out")
        time.sleep(0.005)


def temp_files(conv: Conv) -> list[Path]:
    return sorted(conv.folder().glob("*/.*.tmp")) if conv.folder().exists() else []


# --- a rebuild cut short -----------------------------------------------------------

@pytest.mark.parametrize("previous", [True, False], ids=["over-a-cache", "first-build"])
@pytest.mark.parametrize("how", ["SIGKILL", "SIGINT"])
def test_interrupted_rebuild_leaves_the_old_database_or_none(
        conv: Conv, tmp_path: Path, previous: bool, how: str) -> None:
    data = tmp_path / "big.yaml"
    target = cache_path(data)
    if previous:
        data.write_text(generated(5), encoding="utf-8")
        assert len(conv.ids(data)) == 5
    data.write_text(generated(BIG), encoding="utf-8")

    proc = conv.popen(data, "list", "--limit", "1", stdout=subprocess.PIPE)
    wait_for(lambda: bool(temp_files(conv)), proc)  # the rebuild has begun writing
    time.sleep(0.05)                                 # ... and is under way
    proc.send_signal(getattr(signal, how))
    out, err = proc.communicate(timeout=TIMEOUT)

    assert "Traceback" not in err
    if how == "SIGINT":
        assert proc.returncode == 130
        assert err == "conv: interrupted\n"
        assert temp_files(conv) == [], "Ctrl-C must clean its temp file"
    else:
        assert proc.returncode == -signal.SIGKILL
    assert out == ""
    # The previous database, whole, or none: never half a new one.
    if previous:
        assert whole_database(target) == 5
    else:
        assert not target.exists()
    assert not any(n.endswith(("-journal", "-wal")) and not Path(n).name.startswith(".")
                   for n in conv.leftovers())

    # The next run is correct, and publishes a whole database.
    assert len(conv.ids(data)) == BIG
    assert whole_database(target) == BIG
    # The bytes kept beside it are the data's now (those of the first build are gone).
    assert conv.snapshots() == [hashlib.sha256(data.read_bytes()).hexdigest()]
    if how == "SIGINT":
        assert conv.leftovers() == []


def test_stale_temp_files_of_killed_runs_are_cleaned_by_the_next_rebuild(
        conv: Conv, tmp_path: Path) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(3), encoding="utf-8")
    assert len(conv.ids(data)) == 3
    folder = cache_path(data).parent
    old = [folder / ".conventions.db-dead.tmp", folder / ".conventions.db-dead.tmp-journal"]
    young = folder / ".conventions.db-busy.tmp"  # another run may be writing it now
    theirs = [folder / ".notes.tmp", folder / ".kb-draft.tmp"]  # not names conv gives
    for path in (*old, young, *theirs):
        path.write_bytes(b"half a database")
    two_hours_ago = time.time() - 7200
    for path in (*old, *theirs):
        os.utime(path, (two_hours_ago, two_hours_ago))

    data.write_text(generated(4), encoding="utf-8")
    result = conv(data, "list", "--format", "json")
    assert result.returncode == 0 and result.stderr == ""
    assert len(json.loads(result.stdout)) == 4
    assert [p.exists() for p in old] == [False, False]
    assert young.exists()
    assert all(p.exists() for p in theirs)  # conv never deletes what it did not write


# --- several runs at once ------------------------------------------------------------

def test_parallel_runs_after_an_edit_agree(conv: Conv, tmp_path: Path) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(200), encoding="utf-8")
    assert len(conv.ids(data)) == 200
    for rounds, count in enumerate((201, 150)):
        data.write_text(generated(count, title=f"Edit{rounds}"), encoding="utf-8")
        procs = [conv.popen(data, "list", "--format", "json", "--sort", "id", "--order", "asc",
                            stdout=subprocess.PIPE) for _ in range(6)]
        results = [(p.communicate(timeout=TIMEOUT), p.returncode) for p in procs]
        outputs = {out for (out, _), _ in results}
        assert [code for _, code in results] == [0] * 6
        assert [err for (_, err), _ in results] == [""] * 6  # no "database is locked"
        assert len(outputs) == 1
        rows = json.loads(outputs.pop())
        assert [r["id"] for r in rows] == [f"a-{i:05d}" for i in range(count)]
        assert all(r["title"].startswith(f"Edit{rounds} ") for r in rows)
        assert whole_database(cache_path(data)) == count
        assert conv.leftovers() == []


# --- a damaged cache -----------------------------------------------------------------

def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database\n" * 100)


def _truncate(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _truncate_at_page(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(4096)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _zero_header(path: Path) -> None:
    with path.open("r+b") as f:
        f.write(b"\0" * 100)


def _damaged_pages(path: Path) -> None:
    """The header and size look right; pages in the middle are garbage."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096 * 3):
        data[offset:offset + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_garbage, _truncate, _truncate_at_page, _empty,
                                    _zero_header, _damaged_pages],
                         ids=lambda f: f.__name__.strip("_"))
@pytest.mark.parametrize("command", ["list", "show", "sql"])
def test_damaged_cache_is_detected_and_rebuilt(conv: Conv, tmp_path: Path,
                                               damage: Callable[[Path], None],
                                               command: str) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(400), encoding="utf-8")
    args = {"list": ["list", "--format", "json", "--sort", "id", "--order", "asc"],
            "show": ["show", "a-00399", "--format", "json"],
            "sql": ["sql", "select id, title from agreements order by id", "--format", "json"],
            }[command]
    first = conv(data, *args)
    assert first.returncode == 0, first.stderr
    target = cache_path(data)
    damage(target)

    again = conv(data, *args)
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    assert again.stdout == first.stdout
    # Silently rebuilt when the damage shows at open; one warning when it shows mid-query.
    assert again.stderr in ("", f"conv: warning: the cache {target} is damaged; "
                                "rebuilding it\n")
    assert whole_database(target) == 400
    assert conv.leftovers() == []
    third = conv(data, *args)
    assert (third.returncode, third.stdout, third.stderr) == (0, first.stdout, "")


# --- edits the clock cannot see ------------------------------------------------------

@pytest.mark.parametrize(("restore_mtime", "later"), [(False, False), (True, False), (True, True)],
                         ids=["same-second", "utime-restored", "utime-restored-an-hour-later"])
def test_same_size_edit_is_seen(conv: Conv, tmp_path: Path, restore_mtime: bool,
                                later: bool) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(5), encoding="utf-8")
    old = os.stat(data)
    if restore_mtime:  # an old file: the cache is built long after its mtime
        os.utime(data, ns=(old.st_atime_ns - 10**10, old.st_mtime_ns - 10**10))
        old = os.stat(data)
        time.sleep(0.01)
    assert len(conv.ids(data)) == 5
    if later:  # the edit comes long after the build: no "racy" window left to hash in
        conn = sqlite3.connect(cache_path(data))
        with conn:
            conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 3600000000000 "
                         "WHERE key = 'built_at_ns'")
        conn.close()
    edited = generated(5).replace("a-00003", "a-00009")
    assert len(edited) == len(generated(5))
    data.write_text(edited, encoding="utf-8")
    if restore_mtime:
        os.utime(data, ns=(old.st_atime_ns, old.st_mtime_ns))
        assert os.stat(data).st_mtime_ns == old.st_mtime_ns
    assert os.stat(data).st_size == old.st_size
    assert conv.ids(data) == ["a-00000", "a-00001", "a-00002", "a-00004", "a-00009"]
    assert conv.leftovers() == []


# --- a cache folder that cannot be written -------------------------------------------

@pytest.mark.parametrize("command", [["list", "--format", "json"], ["show", "a-00001"],
                                     ["sql", "select count(*) as n from agreements"]])
def test_unwritable_cache_folder_works_in_memory_with_one_warning(
        conv: Conv, tmp_path: Path, command: list[str]) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(3), encoding="utf-8")
    blocker = tmp_path / "a-file"  # mkdir under a regular file fails, even for root
    blocker.write_text("not a folder")
    env = {**conv.env, "XDG_CACHE_HOME": str(blocker)}
    result = conv(data, *command, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith(
        f"conv: warning: cannot write the cache in {blocker / 'conv'}")
    assert "working in memory this time" in warnings[0]
    assert result.stdout.strip()
    assert blocker.read_text() == "not a folder"
    written = conv(data, "sql", "delete from agreements", env=env)
    assert written.returncode == 1 and "only reads" in written.stderr


def test_db_path_without_a_cache_file_is_an_error(conv: Conv, tmp_path: Path) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(3), encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = conv(data, "db", "path", env={**conv.env, "XDG_CACHE_HOME": str(blocker)})
    assert result.returncode == 1 and result.stdout == ""
    assert "cannot be written, so there is no database file" in result.stderr
    assert "Traceback" not in result.stderr


# --- pipes -------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "jsonl", "md"])
def test_closed_pipe_ends_quietly(conv: Conv, tmp_path: Path, fmt: str) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(2000), encoding="utf-8")
    assert conv(data, "db", "rebuild").returncode == 0
    proc = conv.popen(data, "list", "--format", fmt, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first
    proc.stdout.close()  # like `| head -1`
    proc.wait(timeout=TIMEOUT)
    err = proc.stderr.read() if proc.stderr else ""
    assert err == ""  # not even "Exception ignored ... BrokenPipeError"
    assert proc.returncode == 0
    assert whole_database(cache_path(data)) == 2000
