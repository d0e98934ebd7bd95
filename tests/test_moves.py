"""An edit that adds or removes lines moves every later agreement: their lines are updated
in place in agreement_lines, their rows in agreements are not written at all, and the
database equals a rebuild's."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conventions_cli.db import update
from conventions_cli.db.cache import cache_path, open_database
from test_incremental import HEAD, Parsed, dump, generated, item, rebuilt, searched


def rowids(path: Path) -> dict[str, tuple[int, int, int]]:
    """Each agreement's rowid, its line's rowid and its line."""
    conn = sqlite3.connect(path)
    found = {ident: (rowid, at, line) for ident, rowid, at, line in conn.execute(
        "SELECT id, a.rowid, l.rowid, line FROM agreements a JOIN agreement_lines l "
        "ON l.agreement_id = a.id")}
    conn.close()
    return found


class Writes:
    """How many rows of each table each _move call wrote (temporary triggers count
    them)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.rows: list[dict[str, int]] = []
        real = update._move
        tables = ("agreements", "agreement_lines")

        def spy(conn: sqlite3.Connection, change: Any) -> None:
            conn.execute("CREATE TEMP TABLE written (name TEXT)")
            for name in tables:
                conn.execute(f"CREATE TEMP TRIGGER counted_{name} AFTER UPDATE ON {name} "
                             f"BEGIN INSERT INTO written VALUES ('{name}'); END")
            real(conn, change)
            self.rows.append({name: conn.execute("SELECT count(*) FROM written WHERE name = ?",
                                                 (name,)).fetchone()[0] for name in tables})
            for name in tables:
                conn.execute(f"DROP TRIGGER counted_{name}")
            conn.execute("DROP TABLE written")

        monkeypatch.setattr(update, "_move", spy)


def add_line(text: str, ident: str, line: str) -> str:
    at = text.index(f"  - id: {ident}\n")
    end = text.index("\n", at + 1) + 1
    return text[:end] + line + text[end:]


@pytest.mark.parametrize("at_once", [update.MOVES_AT_ONCE, 0],
                         ids=["one-statement", "many-runs"])
def test_adding_a_line_moves_the_later_agreements_without_rewriting_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at_once: int) -> None:
    monkeypatch.setattr(update, "MOVES_AT_ONCE", at_once)
    data = tmp_path / "kb.yaml"
    text = generated(200)
    data.write_text(text, encoding="utf-8")
    searched(data)  # the full-text indexes kept up to date
    before = rowids(cache_path(data))
    parsed = Parsed(monkeypatch)
    writes = Writes(monkeypatch)
    data.write_text(add_line(text, "protocol-000122", "    # vérifié\n"), encoding="utf-8")
    opened = open_database(data)
    opened.conn.close()
    assert (parsed.ids, parsed.rebuilds) == (["protocol-000122"], 0)
    after = rowids(cache_path(data))
    edited = before["protocol-000122"][2]
    later = [ident for ident, (_, _, line) in before.items() if line > edited]
    assert later and len(later) < len(before) - 1
    for ident, (rowid, at, line) in before.items():
        if ident == "protocol-000122":
            continue
        # The same rows (not deleted and inserted again), one line down after the edit.
        assert after[ident] == (rowid, at, line + (line > edited)), ident
    # Each moved agreement's line written once (twice when negated first), its row in
    # agreements never.
    assert writes.rows == [{"agreements": 0,
                            "agreement_lines": len(later) if at_once else 2 * len(later)}]
    assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch)


def test_runs_moved_by_different_amounts_land_where_a_rebuild_puts_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    names = [f"a{n}" for n in range(20)]
    text = HEAD + "".join(item(name, "    place: Rabat\n" if name == "a3" else "")
                          for name in names)
    data.write_text(text, encoding="utf-8")
    open_database(data).conn.close()
    # Lines added before a1, removed from a3 and added twice before a6: runs that move by
    # +1, 0 and +2, one moving onto lines another leaves.
    text = add_line(text, "a0", "    # one\n")
    text = text.replace(item("a3", "    place: Rabat\n"), item("a3"))
    text = add_line(text, "a5", "    # two\n    # three\n")
    data.write_text(text, encoding="utf-8")
    parsed = Parsed(monkeypatch)
    open_database(data).conn.close()
    assert sorted(parsed.ids) == ["a0", "a3", "a5"] and parsed.rebuilds == 0
    assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch, fulltext=False)
