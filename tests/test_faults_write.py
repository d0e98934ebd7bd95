"""Writes under concurrency and faults: two conv writing one file, another program's save
during a write, kill -9 mid-write, a full disk, FIFOs, devices, symbolic links, read-only
files. Races are made exact with conv's write checkpoints (``files.on_checkpoint`` in the
process, CONV_TEST_KILL_AT in a subprocess), never with sleeps.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shlex
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import MINI
from conventions_cli import files
from conventions_cli.drafting.add import add
from conventions_cli.drafting.document import Draft
from conventions_cli.errors import ConvError

TIMEOUT = 60

BASE2 = """\
schema: 2
people: []
events: []
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", kind: ministry}
agreements:
  - id: plan-2022
    title: Plan qualité
    type: convention-cadre
    signed_on: 2022-06-07
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Desk, published_on: 2022-06-07}]
"""


def draft(ident: str) -> Draft:
    """A drafted agreement, as `conv draft` would give it (no spaCy needed)."""
    entry = (f"  - id: {ident}\n    title: Convention {ident}\n    type: other\n"
             "    parties: [{org: mic, role: signatory}]\n"
             "    sources: [{publisher: X, published_on: 2025}]\n")
    record = {"id": ident, "title": f"Convention {ident}", "type": "other",
              "parties": [{"org": "mic", "role": "signatory"}]}
    return Draft(yaml=entry, sections={"agreements": [entry]}, data={"agreements": [record]})


def ids_in(path: Path) -> list[str]:
    return re.findall(r"^  - id: (\S+)$", path.read_text(encoding="utf-8"), re.M)


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[str, Path], None]]]:
    """Callbacks run at each write checkpoint of this process."""
    found: list[Callable[[str, Path], None]] = []
    monkeypatch.setattr(files, "on_checkpoint",
                        lambda name, path: [hook(name, path) for hook in list(found)])
    yield found


def save_as_an_editor(path: Path, text: str) -> None:
    """What editors do on save: write a temporary file, rename it over the file."""
    tmp = path.with_name(path.name + ".editor~")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# --- two writers, a save during a write ------------------------------------------------

def test_two_adds_at_once_take_turns_and_both_land(tmp_path, hooks) -> None:
    path = tmp_path / "base.yaml"
    path.write_text(BASE2, encoding="utf-8")
    second_saw: list[str] = []
    arrived = threading.Event()
    errors: list[BaseException] = []

    def second() -> None:
        try:
            add(draft("second-2025"), path)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    other = threading.Thread(target=second)

    def hook(name: str, _: Path) -> None:
        if threading.current_thread() is other and name in ("lock-wait", "read"):
            second_saw.append(name)
            arrived.set()
        elif threading.current_thread() is not other and name == "read" and \
                not other.is_alive() and not second_saw:
            # the first writer has read the file: the second starts now, and must wait
            other.start()
            assert arrived.wait(10)

    hooks.append(hook)
    add(draft("first-2025"), path)
    other.join(10)
    assert not errors
    assert second_saw[0] == "lock-wait"  # it did not read the file the first was editing
    assert ids_in(path)[-2:] == ["first-2025", "second-2025"]


@pytest.mark.parametrize("command", ["add", "migrate"])
def test_a_save_by_another_program_during_a_write_is_kept(tmp_path, hooks, capsys,
                                                          command) -> None:
    path = tmp_path / "base.yaml"
    path.write_text(BASE2 if command == "add" else MINI, encoding="utf-8")
    saved = path.read_text(encoding="utf-8").replace("Plan qualité 2022-2025" if command ==
                                                     "migrate" else "Plan qualité",
                                                     "Plan qualité (saved meanwhile)")

    def hook(name: str, where: Path) -> None:
        if name == "written" and "meanwhile" not in where.read_text(encoding="utf-8"):
            save_as_an_editor(where, saved)  # after conv read the file, before it replaces it

    hooks.append(hook)
    if command == "add":
        add(draft("new-2025"), path)
    else:
        from conventions_cli.base.migrate import migrate
        migrate(path)
    text = path.read_text(encoding="utf-8")
    assert "Plan qualité (saved meanwhile)" in text  # the save is kept
    if command == "add":
        assert ids_in(path)[-1] == "new-2025"  # and conv's edit made on it
    else:
        assert text.startswith("schema: 2\n") and "\nevents:\n  - id: gitex-africa-2025\n" in text
    assert "saved by another program meanwhile" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == [".base.yaml.lock", "base.yaml"]


def test_a_file_that_keeps_changing_is_left_to_the_other_program(tmp_path, hooks) -> None:
    path = tmp_path / "base.yaml"
    path.write_text(BASE2, encoding="utf-8")
    saves = iter(range(100))

    def hook(name: str, where: Path) -> None:
        if name == "written":
            save_as_an_editor(where, BASE2 + f"# save {next(saves)}\n")

    hooks.append(hook)
    with pytest.raises(ConvError, match="kept changing"):
        add(draft("new-2025"), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(BASE2) and "new-2025" not in text  # the last save, as it was saved


# --- kill -9 during a write -------------------------------------------------------------

def conv_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), **extra}
    env.pop("CONV_DATA", None)
    return env


def conv_argv(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "conventions_cli", "--data", str(data), *args]


def conv(tmp_path: Path, data: Path, *args: str, kill_at: str | None = None,
         stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    extra = {"CONV_TEST_KILL_AT": kill_at} if kill_at else {}
    return subprocess.run(conv_argv(data, *args), env=conv_env(tmp_path, **extra), text=True,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=TIMEOUT)


@pytest.mark.parametrize("point", ["read", "written", "replaced"])
def test_kill_9_during_migrate_leaves_the_old_file_or_the_new_and_conv_works_after(
        tmp_path, point) -> None:
    path = tmp_path / "base.yaml"
    path.write_text(MINI, encoding="utf-8")
    killed = conv(tmp_path, path, "migrate", str(path), kill_at=point)
    assert killed.returncode == -9
    text = path.read_text(encoding="utf-8")
    assert text == MINI if point != "replaced" else text.startswith("schema: 2\n")
    again = conv(tmp_path, path, "migrate", str(path))  # the lock went with the killed run
    assert again.returncode == 0, again.stderr
    assert path.read_text(encoding="utf-8").startswith("schema: 2\n")
    # a killed run's temporary file is gone too: the next edit removed it
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == [
        ".base.yaml.lock", "base.yaml"]


def test_kill_9_during_a_first_data_package_export_leaves_a_folder_conv_still_takes(
        tmp_path) -> None:
    data = tmp_path / "base.yaml"
    data.write_text(MINI, encoding="utf-8")
    folder = tmp_path / "pkg"
    assert conv(tmp_path, data, "list").returncode == 0  # the cache is built: killed after
    killed = conv(tmp_path, data, "export", "--format", "datapackage", "-o", str(folder),
                  kill_at="written")
    assert killed.returncode == -9
    assert not folder.exists()  # nothing half-made where the package goes
    staged = [p for p in tmp_path.iterdir() if files.temp_target(p.name) == "pkg"]
    assert len(staged) == 1 and "datapackage.json" in os.listdir(staged[0])
    os.utime(staged[0], (0, 0))  # an hour old: no export can still be writing it
    # what an older conv left inside a folder when killed: its own temporary files
    folder.mkdir()
    (folder / ".agreements.csv-k3j2h1g0.tmp").write_text("id\r\n", encoding="utf-8")
    done = conv(tmp_path, data, "export", "--format", "datapackage", "-o", str(folder))
    assert done.returncode == 0, done.stderr
    assert "datapackage.json" in os.listdir(folder)
    assert not [n for n in os.listdir(folder) if files.temp_target(n)]
    assert not staged[0].exists()


def test_kill_9_during_an_export_keeps_the_previous_file(tmp_path) -> None:
    data = tmp_path / "base.yaml"
    data.write_text(MINI, encoding="utf-8")
    out = tmp_path / "all.csv"
    out.write_text("the previous export\n", encoding="utf-8")
    assert conv(tmp_path, data, "list").returncode == 0  # the cache is built: killed after
    killed = conv(tmp_path, data, "export", "-o", str(out), kill_at="written")
    assert killed.returncode == -9
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    left = [p for p in tmp_path.iterdir() if files.temp_target(p.name) == "all.csv"]
    assert len(left) == 1
    os.utime(left[0], (0, 0))  # an hour old: no run can still be writing it
    assert conv(tmp_path, data, "export", "-o", str(out)).returncode == 0
    assert not left[0].exists()
    assert out.read_text(encoding="utf-8").startswith("id,title,")


# --- symbolic links, read-only files, FIFOs, devices ---------------------------------

def test_an_edit_through_a_symbolic_link_changes_the_file_and_keeps_the_link(
        tmp_path, run) -> None:
    real = tmp_path / "real" / "base.yaml"
    real.parent.mkdir()
    real.write_text(MINI, encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "base.yaml"
    link.symlink_to(real)
    assert run("migrate", str(link)).exit_code == 0
    add(draft("new-2025"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("schema: 2\n")
    assert ids_in(real)[-1] == "new-2025"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(os.listdir(real.parent)) == [".base.yaml.lock", "base.yaml"]


def test_a_read_only_file_is_refused_and_left_as_it_is(tmp_path, run) -> None:
    path = tmp_path / "base.yaml"
    path.write_text(MINI, encoding="utf-8")
    os.chmod(path, 0o444)
    result = run("migrate", str(path))
    assert result.exit_code == 1
    assert result.stderr == (f"conv: error: {path} is read-only, so conv leaves it as it is; "
                             f"make it writable with chmod u+w {path}\n")
    with pytest.raises(ConvError, match="read-only"):
        add(draft("new-2025"), path)
    spaced = tmp_path / "sub folder" / "my base's.yaml"
    spaced.parent.mkdir()
    spaced.write_text(MINI, encoding="utf-8")
    os.chmod(spaced, 0o444)
    said = run("migrate", str(spaced)).stderr
    assert said.endswith(f"chmod u+w {shlex.quote(str(spaced))}\n"), said
    assert shlex.split(said.rsplit("chmod u+w ", 1)[1]) == [str(spaced)]
    out = tmp_path / "all.csv"
    out.write_text("kept\n", encoding="utf-8")
    os.chmod(out, 0o444)
    assert run("export", "-o", str(out), data=path).exit_code == 1
    assert (path.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")) == (MINI, "kept\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_export_into_a_fifo_writes_into_it(tmp_path, run, mini) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = run("export", "-o", str(fifo), "--format", "csv", data=mini)
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got[0].decode().count("\r\n") == 4  # a header and three rows


def test_export_to_standard_output_by_name_writes_into_it(tmp_path, mini) -> None:
    link = tmp_path / "stdout-link"
    link.symlink_to("/proc/self/fd/1")
    for target in ("/dev/fd/1", str(link)):
        out = tmp_path / "captured.csv"
        with out.open("w") as handle:
            result = conv(tmp_path, mini, "export", "-o", target, "--format", "csv",
                          stdout=handle)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().count(b"\n") == 4
    assert os.readlink(link) == "/proc/self/fd/1"
    unsaid = conv(tmp_path, mini, "export", "-o", "/dev/fd/1")
    assert unsaid.returncode == 2 and "pass --format" in unsaid.stderr


def device(tmp_path: Path, name: str, minor: int) -> Path:
    """A copy of /dev/null (minor 3) or /dev/full (7) in the test's folder (needs root)."""
    path = tmp_path / name
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except OSError:
        pytest.skip("making a device node needs root")
    return path


def test_export_onto_a_device_writes_into_it(tmp_path, run, mini) -> None:
    null = device(tmp_path, "null", 3)
    assert run("export", "-o", str(null), "--format", "json", data=mini).exit_code == 0
    assert stat.S_ISCHR(os.lstat(null).st_mode)


# --- a full disk ------------------------------------------------------------------------

FORMATS = ["csv", "tsv", "json", "jsonl", "yaml", "ftm"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_onto_a_full_device_is_one_line(tmp_path, run, mini, fmt) -> None:
    full = device(tmp_path, "full", 7)
    result = run("export", "-o", str(full), "--format", fmt, data=mini)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "No space left" in result.stderr
    assert stat.S_ISCHR(os.lstat(full).st_mode)


@pytest.mark.parametrize("args", [["list"], ["export", "--format", "yaml"]])
def test_standard_output_on_a_full_disk_is_one_line(tmp_path, mini, args) -> None:
    with open("/dev/full", "w") as full:
        result = conv(tmp_path, mini, *args, stdout=full)
    assert result.returncode == 1
    assert result.stderr.startswith("conv: error: ") and result.stderr.count("\n") == 1, \
        result.stderr


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Make the n-th write to the disk from now fail as a full disk does (the last
    write, os.fsync, is where a full disk is told at the latest)."""
    def arm(after: int = 0) -> None:
        calls = iter(range(10_000))
        real = os.fsync

        def fsync(fd: int) -> None:
            if next(calls) >= after:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            real(fd)

        monkeypatch.setattr(os, "fsync", fsync)
    return arm


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_disk_during_an_export_keeps_the_previous_output(
        tmp_path, run, mini, disk_full, fmt) -> None:
    out = tmp_path / f"all.{fmt}"
    assert run("export", "-o", str(out), "--format", fmt, data=mini).exit_code == 0
    before = snapshot(tmp_path)
    mini.write_text(MINI.replace("Plan 2014-2020", "Plan 2014-2021"), encoding="utf-8")
    disk_full()
    result = run("export", "-o", str(out), "--format", fmt, data=mini)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "No space left" in result.stderr
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if k != "agreements.yaml"} == \
        {k: v for k, v in before.items() if k != "agreements.yaml"}  # no temporary file left


def test_a_full_disk_during_a_data_package_export_keeps_every_previous_file(
        tmp_path, run, mini, disk_full) -> None:
    folder = tmp_path / "pkg"
    assert run("export", "-o", str(folder), data=mini).exit_code == 0
    before = snapshot(folder)
    mini.write_text(MINI.replace("Plan 2014-2020", "Plan 2014-2021"), encoding="utf-8")
    disk_full(3)  # partway: three files of the package are written, the fourth fails
    result = run("export", "-o", str(folder), data=mini)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "No space left" in result.stderr
    assert snapshot(folder) == before
    assert sorted(os.listdir(tmp_path)) == ["agreements.yaml", "pkg"]


@pytest.mark.parametrize("command", ["migrate", "add"])
def test_a_full_disk_during_an_edit_keeps_the_file(tmp_path, run, disk_full,
                                                   command) -> None:
    path = tmp_path / "base.yaml"
    original = MINI if command == "migrate" else BASE2
    path.write_text(original, encoding="utf-8")
    disk_full()
    if command == "migrate":
        result = run("migrate", str(path))
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "No space left" in result.stderr
    else:
        with pytest.raises(ConvError, match="No space left"):
            add(draft("new-2025"), path)
    assert path.read_text(encoding="utf-8") == original
    assert sorted(os.listdir(tmp_path)) == [".base.yaml.lock", "base.yaml"]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs (needs the right to mount; skipped otherwise)."""
    where = tmp_path / "small"
    where.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)],
            capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], capture_output=True)


def fill(folder: Path) -> None:
    """Take every free byte of the disk ``folder`` is on."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"x" * 512):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_really_full_disk_keeps_the_file_and_the_previous_export(small_disk, tmp_path,
                                                                   run) -> None:
    path = small_disk / "base.yaml"
    path.write_text(MINI, encoding="utf-8")
    out = small_disk / "all.json"
    out.write_text("[]\n", encoding="utf-8")
    fill(small_disk)
    migrated = run("migrate", str(path))
    exported = run("export", "-o", str(out), data=path)
    for result in (migrated, exported):
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "No space left" in result.stderr
    assert path.read_text(encoding="utf-8") == MINI and out.read_text(encoding="utf-8") == "[]\n"
    assert not [n for n in os.listdir(small_disk) if files.temp_target(n)]


def test_a_full_cache_disk_works_in_memory_with_one_note(run, mini, monkeypatch) -> None:
    from conventions_cli.db import build

    real_init = build.Build.__init__

    def tiny(self: Any, path: Path | None) -> None:  # the cache's disk holds 3 pages
        real_init(self, path)
        if path is not None:
            self.conn.execute("PRAGMA max_page_count = 3")

    monkeypatch.setattr(build.Build, "__init__", tiny)
    result = run("list", "--format", "tsv", data=mini)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == 4
    assert result.stderr.startswith("conv: warning: cannot write the cache")
    assert result.stderr.count("\n") == 1 and "in memory" in result.stderr


def test_sqlite_disk_errors_are_told_apart() -> None:
    from conventions_cli.errors import disk_trouble

    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA max_page_count = 1")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 5000,)] * 10)
    assert disk_trouble(full.value)
    with pytest.raises(sqlite3.OperationalError) as syntax:
        conn.execute("SELEC 1")
    assert not disk_trouble(syntax.value)


# --- line ends -------------------------------------------------------------------------

def with_ends(text: str, ends: list[str]) -> str:
    lines = text.split("\n")[:-1]
    return "".join(line + ends[i % len(ends)] for i, line in enumerate(lines))


def lines_and_ends(text: str) -> list[tuple[str, str]]:
    return re.findall(r"([^\r\n]*)(\r\n|\r|\n)", text)


@pytest.mark.parametrize("ends", [["\r"], ["\r\n"], ["\r\n", "\r", "\n"], ["\n", "\r", "\r"]],
                         ids=["cr", "crlf", "mixed", "mostly-cr"])
@pytest.mark.parametrize("command", ["migrate", "add"])
def test_an_edit_keeps_the_file_s_own_line_ends(tmp_path, run, ends, command) -> None:
    path = tmp_path / "base.yaml"
    source = MINI if command == "migrate" else BASE2
    original = with_ends(source, ends)
    path.write_bytes(original.encode("utf-8"))
    if command == "migrate":
        assert run("migrate", str(path)).exit_code == 0
    else:
        add(draft("new-2025"), path)
    text = path.read_bytes().decode("utf-8")
    before, after = lines_and_ends(original), lines_and_ends(text)
    assert "".join(line + end for line, end in after) == text  # nothing outside a line
    most = max(("\n", "\r\n", "\r"), key=[end for _, end in before].count)
    kept = iter(before)
    line_before, end_before = next(kept)
    for line, end in after:  # in order: a line kept (or its value edited), or a line added
        if line.split(":")[0] == line_before.split(":")[0]:
            assert end == end_before, (line, line_before)
            line_before, end_before = next(kept, ("\0", ""))
        else:
            assert end == most, line
    assert line_before == "\0"  # every line is still there
    longest = max(len(line) for line, _ in before)
    assert max(len(line) for line, _ in after) <= longest  # no runaway indentation
    lines = [line for line, _ in after]
    if command == "migrate":
        assert lines[:3] == ["schema: 2", "events:", "  - id: gitex-africa-2025"]
    else:
        assert lines[-5:-3] == ["  - id: new-2025", "    title: Convention new-2025"]
