"""The incremental update writes in the database itself, in one SQLite transaction
(db/update.py): a reader sees the old database or the new one, a reader still reading
keeps the old one (the update then writes a copy), and an update killed midway is undone
by the next conv, whose answers are those of a rebuild."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conventions_cli.db import cache as cache_module
from conventions_cli.db import kept, place, update
from conventions_cli.db.cache import cache_path, open_database
from test_incremental import HEAD, dump, generated, item, rebuilt


def title_of(data: Path, ident: str) -> str:
    opened = open_database(data)
    try:
        return str(opened.conn.execute("SELECT title FROM agreements WHERE id = ?",
                                       (ident,)).fetchone()[0])
    finally:
        opened.conn.close()


def test_an_update_nobody_is_reading_is_written_in_the_database_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b")
    data.write_text(text, encoding="utf-8")
    assert title_of(data, "a") == "T"
    target = cache_path(data)
    inode = target.stat().st_ino
    copies: list[Path] = []
    monkeypatch.setattr(update, "_copied", lambda target, *args: copies.append(target))
    data.write_text(text.replace("title: T", "title: New", 1), encoding="utf-8")
    assert title_of(data, "a") == "New"
    assert copies == [] and target.stat().st_ino == inode
    assert not place.journal_path(target).exists()
    assert dump(target) == rebuilt(data, tmp_path, monkeypatch, fulltext=False)


def test_a_reader_still_reading_keeps_the_old_database_across_its_queries(
        tmp_path: Path) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b")
    data.write_text(text, encoding="utf-8")
    reader = open_database(data).conn
    assert reader.execute("SELECT title FROM agreements WHERE id = 'a'").fetchone() == ("T",)
    inode = cache_path(data).stat().st_ino
    data.write_text(text.replace("title: T", "title: New", 1).replace(
        "title: T\n    type: other\n    parties: [{org: mic", "title: Other\n    type: "
        "other\n    parties: [{org: fcp", 1), encoding="utf-8")
    assert title_of(data, "a") == "New"
    # The update waited for the reader, then wrote a copy that replaced the database.
    assert cache_path(data).stat().st_ino != inode
    assert reader.execute("SELECT id, title FROM agreements ORDER BY id").fetchall() == [
        ("a", "T"), ("b", "T")]
    assert reader.execute("SELECT agreement_id, org_id FROM parties ORDER BY 1").fetchall(
        ) == [("a", "mic"), ("b", "mic")]
    reader.close()


def test_an_update_that_cannot_wait_for_a_reader_writes_a_copy_it_can_still_undo(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b")
    data.write_text(text, encoding="utf-8")
    reader = open_database(data).conn
    before = cache_path(data).read_bytes()
    monkeypatch.setattr(update, "READERS_WAIT_SECONDS", 0.01)

    def broken(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(update, "_copied", broken)
    data.write_text(text.replace("title: T", "title: New", 1), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        open_database(data)
    reader.close()
    assert cache_path(data).read_bytes() == before
    assert not place.journal_path(cache_path(data)).exists()


def retitled(text: str, every: int) -> str:
    """Every ``every``-th agreement's title changed."""
    parts = text.split("\n    title: \"")
    return parts[0] + "".join(("\n    title: \"(revu) " if n % every == 0 else
                               "\n    title: \"") + part
                              for n, part in enumerate(parts[1:], 1))


def test_an_update_killed_before_it_commits_is_undone_by_the_next_conv(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    # Large enough that the update writes pages into the file before the transaction
    # ends (more than SQLite's page cache holds): every agreement moves, and a fifth of
    # them, all over the file, are written again.
    text = generated(5000)
    data.write_text(text, encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    open_database(data).conn.close()
    target = cache_path(data)
    before = target.read_bytes()
    first = text.index("\n  - id: ", text.index("\nagreements:\n"))
    at = text.index("\n", first + 1) + 1  # a line added to the first agreement
    edited = retitled(text[:at] + "    # checked again\n" + text[at:], 5)
    assert edited.count("(revu)") == 1000
    data.write_text(edited, encoding="utf-8")
    env = {**os.environ, "CONV_TEST_KILL_AT": "applied"}
    env.pop("CONV_DATA", None)
    killed = subprocess.run([sys.executable, "-m", "conventions_cli", "--data", str(data),
                             "list", "--limit", "1"], env=env, capture_output=True,
                            timeout=300)
    assert killed.returncode == -9
    # Half written: the file is no longer the old database, the journal says how to undo.
    assert target.read_bytes() != before
    assert place.journal_path(target).exists()
    assert place.read_meta(target) is None  # conv reads nothing of it without the lock
    second = text.split("\nagreements:\n", 1)[1].split("\n  - id: ", 2)[1].split("\n")[0]
    line = text[:text.index(f"  - id: {second}\n")].count("\n") + 1
    def no_rebuild(*args: object) -> None:
        raise AssertionError("rebuilt: the killed update was not undone")

    monkeypatch.setattr(cache_module, "_rebuild", no_rebuild)
    opened = open_database(data)  # the lock's holder undoes it, then updates
    assert opened.conn.execute("SELECT line FROM agreement_lines WHERE agreement_id = ?",
                               (second,)).fetchone() == (line + 1,)
    opened.conn.close()
    assert not place.journal_path(target).exists()
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert dump(target) == rebuilt(data, tmp_path, monkeypatch, fulltext=False)


def test_a_rebuild_leaves_no_journal_of_the_old_database_beside_the_new(
        tmp_path: Path) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(HEAD + item("a"), encoding="utf-8")
    open_database(data).conn.close()
    journal = place.journal_path(cache_path(data))
    journal.write_bytes(b"\0" * 512)  # not SQLite's: whatever it holds, it is the old file's
    opened = open_database(data, force=True)
    assert opened.conn.execute("SELECT id FROM agreements").fetchall() == [("a",)]
    opened.conn.close()
    assert not journal.exists()


def test_the_bytes_kept_after_edits_are_pieces_of_a_whole_copy_until_they_outgrow_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + "".join(item(f"a{n}") for n in range(30))
    data.write_text(text, encoding="utf-8")
    open_database(data).conn.close()
    folder = cache_path(data).parent
    first = hashlib.sha256(text.encode()).hexdigest()
    monkeypatch.setattr(kept, "WHOLE_AFTER", 2)
    base = first
    for n in range(1, 5):  # each edit writes one byte: "x"
        text = text.replace(f"id: a{n * 5}\n    title: T", f"id: a{n * 5}\n    title: Tx", 1)
        data.write_text(text, encoding="utf-8")
        assert title_of(data, f"a{n * 5}") == "Tx"
        now = hashlib.sha256(text.encode()).hexdigest()
        listing = sorted(os.listdir(folder))
        if n == 3:  # 3 bytes written since the whole copy: whole again
            assert listing == [cache_path(data).name, f"snapshot-{now}"]
            base = now
            continue
        assert listing == sorted([cache_path(data).name, f"snapshot-{base}",
                                  f"snapshot-{now}.pieces"])
        with kept.open_kept(folder, now) as found:
            assert found.base == base
            assert found.pread(len(text) * 2, 0) == text.encode()
    assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch, fulltext=False)
