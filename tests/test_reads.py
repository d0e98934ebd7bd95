"""Reads that stay right while the base changes: the cache never keeps the rows of one
version under the fingerprint of another, and every reader started after an edit answers
from it (a reader that finds an update under way waits for it)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conventions_cli.base import loader
from conventions_cli.db.cache import cache_path, open_database
from test_faults import Conv, generated


@pytest.fixture
def conv(isolated_cache: Path) -> Conv:
    return Conv(isolated_cache)


def titles(db: Any) -> set[str]:
    return {row[0].split()[0] for row in db.conn.execute("SELECT title FROM agreements")}


def rewrite_in_place(path: Path, text: str) -> None:
    """The new text over the old bytes, same size, same inode (as `sed -i`-less tools
    and some editors save)."""
    data = text.encode("utf-8")
    assert len(data) == path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(data)


@pytest.mark.parametrize("when", ["after-parse", "before-parse"])
def test_a_same_size_rewrite_during_a_build_is_never_cached_as_current(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    data = tmp_path / "kb.yaml"
    old, new = generated(50, title="Avant"), generated(50, title="Apres")
    data.write_text(old, encoding="utf-8")
    real = loader.read_base
    calls = []

    def racing(files: Any, sink: Any) -> Any:
        calls.append(1)
        if len(calls) == 1 and when == "before-parse":
            rewrite_in_place(data, new)
        outcome = real(files, sink)
        if len(calls) == 1 and when == "after-parse":
            rewrite_in_place(data, new)  # the rows read are the old ones
        return outcome

    monkeypatch.setattr(loader, "read_base", racing)
    db = open_database(data)
    # This reader answers from what the file says now, not from what it said.
    assert titles(db) == {"Apres"}
    db.conn.close()
    monkeypatch.setattr(loader, "read_base", real)
    again = open_database(data)
    assert titles(again) == {"Apres"}
    stored = dict(again.conn.execute("SELECT key, value FROM meta"))
    import hashlib
    assert stored["data_sha256"] == hashlib.sha256(new.encode()).hexdigest()
    again.conn.close()
    # The database, and the bytes it was built from (what the next update compares).
    assert sorted(os.listdir(cache_path(data).parent)) == [
        cache_path(data).name, "snapshot-" + hashlib.sha256(new.encode()).hexdigest()]


def test_a_file_that_never_stops_changing_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conventions_cli.errors import DataError

    data = tmp_path / "kb.yaml"
    data.write_text(generated(5, title="Un"), encoding="utf-8")
    real = loader.read_base
    flip = iter(["Deux", "Un"] * 10)

    def racing(files: Any, sink: Any) -> Any:
        outcome = real(files, sink)
        data.write_text(generated(5, title=next(flip)), encoding="utf-8")  # every time
        return outcome

    monkeypatch.setattr(loader, "read_base", racing)
    with pytest.raises(DataError, match="changed while conv read it"):
        open_database(data)
    # No database, or a whole one beside the bytes it was built from (one version of them).
    found = sorted(os.listdir(cache_path(data).parent))
    versions = {"snapshot-" + hashlib.sha256(generated(5, title=title).encode()).hexdigest()
                for title in ("Un", "Deux")}
    assert found == [] or (found[0] == cache_path(data).name and len(found) == 2
                           and found[1] in versions), found


def test_every_reader_started_after_an_edit_answers_from_it(conv: Conv,
                                                            tmp_path: Path) -> None:
    """8 readers at once after a one-word edit (the incremental update): before, 1 to 4 of
    them answered from the old version in about half the trials."""
    data = tmp_path / "kb.yaml"
    base = generated(20)

    def edit(trial: int) -> str:
        return base.replace("Convention 00005 pour", f"Word{trial:02d} 00005 pour")

    data.write_text(edit(0), encoding="utf-8")
    assert len(conv.ids(data)) == 20
    for trial in range(1, 7):
        data.write_text(edit(trial), encoding="utf-8")
        procs = [conv.popen(data, "list", "--format", "csv", stdout=subprocess.PIPE)
                 for _ in range(8)]
        results = [(*p.communicate(timeout=60), p.returncode) for p in procs]
        assert [code for _, _, code in results] == [0] * 8, results
        old = [out for out, _, _ in results if f"Word{trial:02d} " not in out]
        assert old == [], f"trial {trial}: {len(old)} of 8 readers answered the old version"
        assert all(err == "" for _, err, _ in results)
    assert f"Word{trial:02d} " in conv(data, "list", "--format", "csv").stdout


def test_a_named_pipe_as_data_is_refused_at_once(conv: Conv, tmp_path: Path) -> None:
    fifo = tmp_path / "kb.yaml"
    os.mkfifo(fifo)
    result = conv(fifo, "list")  # a blocking open would hang until the timeout
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "named pipe" in result.stderr and str(fifo) in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["migrate", "/dev/zero"], ["--data", "/dev/zero",
                                                                 "validate"]])
def test_a_device_is_refused_and_nothing_grows(tmp_path: Path, command: list[str],
                                               isolated_cache: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache)}
    result = subprocess.run([sys.executable, "-m", "conventions_cli", *command],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1
    # one line naming the file (migrate says it edits only regular files, a read that it
    # reads only regular files): nothing read, nothing grown
    assert result.stderr.count("\n") == 1 and "/dev/zero" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_large_file_is_read_through_a_private_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conventions_cli import files

    data = tmp_path / "kb.yaml"
    data.write_text(generated(40, title="Gros"), encoding="utf-8")
    monkeypatch.setattr(files, "IN_MEMORY_BYTES", 1000)
    mapped, sha = files.read_snapshot(data)
    assert not isinstance(mapped, bytes)  # a map of the copy, not of the file
    rewrite_in_place(data, generated(40, title="Fins"))
    assert bytes(mapped).decode().count("Gros") == 40
    import hashlib
    assert sha == hashlib.sha256(generated(40, title="Gros").encode()).hexdigest()


def test_a_file_past_the_size_bound_is_one_line(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from conventions_cli import files
    from conventions_cli.errors import DataError

    data = tmp_path / "kb.yaml"
    data.write_text(generated(5), encoding="utf-8")
    monkeypatch.setattr(files, "MAX_READ_BYTES", 100)
    with pytest.raises(DataError, match="larger than"):
        open_database(data)


SHORTENED = """
import sys
from pathlib import Path
from conventions_cli.base import loader
from conventions_cli.db.cache import open_database
from conventions_cli.errors import ConvError

data = Path(sys.argv[1])
real = loader.read_base

def shortened(files, sink):
    with data.open("r+b") as handle:  # an editor saving: truncate, then write
        handle.truncate(0)
    return real(files, sink)

loader.read_base = shortened
try:
    db = open_database(data)
except ConvError as exc:
    sys.exit(f"conv: error: {exc}")
print(db.conn.execute("select count(*) from agreements").fetchone()[0])
"""


def test_a_file_shortened_while_read_gives_no_bus_error(tmp_path: Path,
                                                        isolated_cache: Path) -> None:
    """A memory map of a file cut short kills conv with SIGBUS (exit 135, no word)."""
    data = tmp_path / "kb.yaml"
    data.write_text(generated(30), encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache)}
    result = subprocess.run([sys.executable, "-c", SHORTENED, str(data)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result  # not -7 (SIGBUS)
    # The empty file it became is read again: one message, no traceback.
    assert result.stderr.startswith("conv: error: ") and "Traceback" not in result.stderr


def test_stats_never_overflows(run, mini: Path) -> None:
    """Totals past 64 bits (a cache written before amounts were bounded) are still added."""
    import sqlite3

    open_database(mini).conn.close()
    conn = sqlite3.connect(cache_path(mini))
    with conn:
        conn.execute("UPDATE agreements SET amount = 9223372036854775807 "
                     "WHERE currency = 'MAD'")
    conn.close()
    result = run("stats", "--by", "type", "--format", "json", data=mini)
    assert result.exit_code == 0, result.stderr
    import json
    totals = [r["amount_mad"] for r in json.loads(result.stdout) if r["amount_mad"]]
    assert totals and all(t >= 9223372036854775807 for t in totals)
    overall = run("stats", "--by", "ministry", "--format", "json", data=mini)
    assert overall.exit_code == 0 and "overflow" not in overall.stderr


# --- bounded queries ----------------------------------------------------------------

FOREVER = "with recursive c(x) as (select 1 union all select x + 1 from c) "


def test_a_query_past_the_time_limit_is_stopped_with_one_line(conv: Conv, mini: Path
                                                              ) -> None:
    result = conv(mini, "sql", FOREVER + "select count(*) from c",
                  env={**conv.env, "CONV_TIME_LIMIT": "1"})
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "time limit (1 s" in result.stderr
    assert "CONV_TIME_LIMIT" in result.stderr


def test_ctrl_c_stops_a_running_query(conv: Conv, mini: Path) -> None:
    import signal
    import time

    conv(mini, "list")  # the cache is built: the query itself is interrupted
    proc = subprocess.Popen(conv.argv(mini, "sql", FOREVER + "select count(*) from c"),
                            env={**conv.env, "CONV_TIME_LIMIT": "0"}, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.5)
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=10)
    assert (proc.returncode, out, err) == (130, "", "conv: interrupted\n")


def test_rows_are_streamed(conv: Conv, mini: Path) -> None:
    """An endless result is written as it comes: `| head` ends it (before, every row was
    gathered first, without end)."""
    proc = subprocess.Popen(conv.argv(mini, "sql", FOREVER + "select x from c", "--format",
                                      "csv"), env={**conv.env, "CONV_TIME_LIMIT": "0"},
                            text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    assert [proc.stdout.readline() for _ in range(3)] == ["x\n", "1\n", "2\n"]
    proc.stdout.close()
    proc.wait(timeout=20)
    assert proc.returncode == 0
    assert proc.stderr is not None and "Traceback" not in proc.stderr.read()


@pytest.mark.parametrize("call", ["select fts3_tokenizer('simple')",
                                  "select FTS3_TOKENIZER('x', x'0000000000000000')"])
def test_fts3_tokenizer_is_refused(run, mini: Path, call: str) -> None:
    result = run("sql", call, data=mini)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "refuses fts3_tokenizer()" in result.stderr


def test_search_raw_is_bounded(run, mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conventions_cli.query import bounded

    monkeypatch.setattr(bounded, "STEPS", 1)
    monkeypatch.setenv("CONV_TIME_LIMIT", "0.000001")
    result = run("search", "--raw", "NEAR(plan qualité, 10)", data=mini)
    assert result.exit_code == 1 and "time limit" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_bad_time_limit_is_a_usage_error(run, mini: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONV_TIME_LIMIT", "soon")
    result = run("sql", "select 1", data=mini)
    assert result.exit_code == 2 and "CONV_TIME_LIMIT" in result.stderr


def test_a_read_reserves_the_file_not_the_size_bound(tmp_path: Path) -> None:
    """Where memory is limited (ulimit -v), reading a small file works: the read does not
    reserve the 4 GiB bound up front."""
    import subprocess
    import sys

    resource = pytest.importorskip("resource")
    data = tmp_path / "kb.yaml"
    data.write_text(generated(5), encoding="utf-8")
    code = ("import resource, sys\n"
            "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
            "from conventions_cli.files import read_file\n"
            "print(len(read_file(sys.argv[1])))\n")
    done = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert resource.RLIMIT_AS and done.returncode == 0, done.stderr
    assert int(done.stdout) == data.stat().st_size


@pytest.mark.parametrize("bound", [10, 100, 1000])
@pytest.mark.parametrize("grew", [False, True])
def test_the_size_bound_holds_however_the_file_is_read(tmp_path: Path, bound: int, grew: bool,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A file past the bound when read (it grew after it was checked) is refused; one
    within it is read whole, what it grew by too."""
    import os
    from types import SimpleNamespace

    from conventions_cli import files
    from conventions_cli.errors import DataError

    data = tmp_path / "kb.yaml"
    data.write_bytes(b"x" * 200)
    monkeypatch.setattr(files, "MAX_READ_BYTES", bound)
    monkeypatch.setattr(files, "STEP", 7)
    if grew:  # it had 50 bytes when its size was taken
        monkeypatch.setattr(files.os, "fstat", lambda fd: SimpleNamespace(
            st_size=min(50, os.stat(fd).st_size)))
    with data.open("rb") as handle:
        if bound < 200:
            with pytest.raises(DataError, match="larger than"):
                files._read_all(handle, data, DataError)
        else:
            assert files._read_all(handle, data, DataError) == b"x" * 200
