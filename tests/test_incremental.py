"""The streamed reading and the update after an edit give what reading everything gives.

1. A file read chunk by chunk gives the same records and problems as the same file read
   whole (the way every odd layout is read).
2. After an edit, only the changed agreements are parsed again, and the database equals the
   one a full rebuild makes: every table, the full-text indexes, their ranking.
3. Readers never see half a database: an update goes to a copy that replaces it whole.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conventions_cli.base import loader
from conventions_cli.base.loader import load_text
from conventions_cli.base.source import BaseFile, default_data_path
from conventions_cli.db import cache as cache_module
from conventions_cli.db import update
from conventions_cli.db.cache import cache_path, open_database
from conventions_cli.db.fulltext import has_fulltext
from conventions_cli.db.kept import open_kept

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import generate  # noqa: E402

HEAD = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
  - {id: fcp, name: Fédération de la Chimie, kind: federation}
agreements:
"""


def item(ident: str, extra: str = "", title: str = "T") -> str:
    return (f"  - id: {ident}\n    title: {title}\n    type: other\n"
            f"    parties: [{{org: mic, role: signatory}}]\n"
            f"    sources: [{{publisher: P, published_on: 2020-01-01}}]\n{extra}")


BROKEN = {
    "duplicate-ids": HEAD + item("a") + item("a"),
    "unknown-key": HEAD + item("a", "    color: red\n") + item("b"),
    "missing-required": HEAD + "  - id: a\n    type: other\n" + item("b"),
    "bad-values": HEAD + item("a", "    signed_on: 2020-13-45\n") + item("B C"),
    "undefined-org": HEAD + item("a").replace("org: mic", "org: mik") + item("b"),
    "not-a-mapping": HEAD + item("a") + "  - just text\n" + item("b"),
    "alias": HEAD + item("a", "    place: &p Rabat\n") + item("b", "    region: *p\n"),
    "syntax": HEAD + item("a") + "  - id: b\n    title: \"unterminated\n" + item("c"),
    "duplicate-key": HEAD + item("a", "    title: again\n") + item("b"),
    "tab": HEAD + item("a") + "\t- id: b\n",
    "flow": HEAD.replace("agreements:\n", "agreements: [") + "{id: a}]\n",
    "two-agreements": HEAD + item("a") + "agreements:\n" + item("b"),
    "comments": HEAD + "# first\n" + item("a") + "\n  # between\n\n" + item("b")
    + "# trailing\n",
    "block-scalars": HEAD + item("a", "    notes: |\n      line\n      # not a comment\n\n")
    + item("b", "    notes: >-\n      folded\n        more\n\n") + item("c"),
    "keep": HEAD + item("a", title="|+\n      kept\n\n\n") + item("b"),
    "keep-at-end": HEAD + item("a") + item("b", title="|2+\n      kept\n\n")
    + "# end\n\nextra: 1\n",
    "deeper-blank": HEAD + item("a", "    notes: |\n      x\n        \n") + item("b"),
    "no-final-newline": (HEAD + item("a") + item("b")).rstrip("\n"),
    "indent-0": HEAD + item("a").replace("\n  ", "\n").removeprefix("  ")
    + item("b").replace("\n  ", "\n").removeprefix("  "),
    "after": HEAD + item("a") + item("b") + "extra: 1\n",
    "quoted-multiline": HEAD + item("a", "    place: \"two\n  - lines\"\n") + item("b"),
    "empty-item": HEAD + item("a") + "  -\n" + item("b"),
    "no-items": HEAD + "# nothing yet\n",
    "documents": HEAD + item("a") + "---\n" + item("b"),
    "crlf": (HEAD + item("a") + item("b", "    color: red\n")).replace("\n", "\r\n"),
    "line-separator": HEAD + item("a", "    place: a\u2028b\n") + item("b", "    x: 1\n"),
    "line-separator-last": HEAD + item("a") + item("b", "    place: a\u2028b\n    x: 1\n"),
    "sections-after": "schema: 1\nagreements:\n" + item("a") + item("b").replace("mic", "fcp")
    + "organizations:\n  - {id: mic, name: M, kind: ministry}\n",
    "schema-after": "organizations:\n  - {id: mic, name: M, kind: ministry}\nagreements:\n"
    + item("a", "    status: signed\n") + "schema: 2\n",
    "cycles": HEAD + item("a", "    follows: b\n") + item("b", "    follows: c\n")
    + item("c", "    follows: a\n") + item("d", "    follows: d\n")
    + item("e", "    follows: zz\n"),
    "duplicate-in-a-cycle": HEAD + item("a") + item("b", "    follows: a\n")
    + item("a", "    follows: b\n"),
    "forward-reference": HEAD + item("a", "    follows: b\n") + item("b"),
    "control-character": HEAD + item("a") + item("b", "    place: x\x07y\n"),
}


def outcome(text: str) -> tuple[list[str], Any]:
    result = load_text(text, "kb.yaml")
    kept = None if result.dataset is None else (
        result.dataset.organizations, result.dataset.agreements)
    return [str(p) for p in result.problems], kept


def read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file read whole, the way an odd layout is."""
    monkeypatch.setattr(loader, "cut", lambda data: None)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_chunk_by_chunk_gives_what_whole_gives(name: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    streamed = outcome(BROKEN[name])
    read_whole(monkeypatch)
    assert streamed == outcome(BROKEN[name])


def test_problems_in_the_order_of_the_file_and_of_the_rules() -> None:
    assert outcome(BROKEN["cycles"])[0] == [
        "kb.yaml:11:14: follows makes a cycle (a -> b -> c -> a); one of them must be the "
        "first",
        "kb.yaml:29:14: follows 'd' points at the agreement itself; name the earlier "
        "agreement",
        "kb.yaml:35:14: follows 'zz' is not a defined agreement; fix the id or remove the key"]


def generated(count: int) -> str:
    out = io.StringIO()
    generate.write(count, out)
    return out.getvalue()


def test_bundled_and_generated_bases_are_read_chunk_by_chunk(
        monkeypatch: pytest.MonkeyPatch) -> None:
    whole: list[int] = []
    real = loader._ReadWhole.__init__

    def spy(self: Any, number: int) -> None:
        whole.append(number)
        real(self, number)

    monkeypatch.setattr(loader._ReadWhole, "__init__", spy)
    bundled = [BaseFile(path.read_bytes(), path.name, path.name)
               for path in sorted(default_data_path().glob("*.yaml"))]
    generated_base = [BaseFile(generated(300).encode(), "kb.yaml", "kb.yaml")]
    for files in (bundled, generated_base):
        result = loader.read_base(files, loader.Count())
        assert whole == [] and all(result.heads[f.name] is not None for f in files)
        assert result.problems == []


# --- the update after an edit ------------------------------------------------------

def dump(path: Path) -> dict[str, Any]:
    """Everything a reader can see in a database, whatever the order rows were written
    in: each table's rows, the bookkeeping, what each full-text index finds and how it
    ranks it."""
    conn = sqlite3.connect(path)
    indexed = has_fulltext(conn)  # made by the first search (fulltext.py), or not yet
    found: dict[str, Any] = {"full-text indexes": indexed}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                "name NOT LIKE 'agreements_fts%' AND "
                                "name NOT LIKE 'agreements_stem%'"):
        columns = {"meta": "key, value", "files": "name, size, sha256, head_sha256"}
        rows = conn.execute(f"SELECT {columns.get(name, '*')} FROM [{name}]").fetchall()
        found[name] = sorted((r for r in rows if r[0] != "built_at_ns"), key=repr)
    for word in ("qualite", "casablanca", "industrie", "emploi", "revision", "rabat"):
        for index in ("agreements_fts", "agreements_stem") if indexed else ():
            found[f"{index} {word}"] = sorted(conn.execute(
                f"SELECT a.id, round(bm25({index}), 9) FROM {index} JOIN agreements a "
                f"ON a.rowid = {index}.rowid WHERE {index} MATCH ?", (word,)))
    for index in ("agreements_fts", "agreements_stem") if indexed else ():
        conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    conn.close()
    return found


def rebuilt(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *,
            fulltext: bool = True) -> dict[str, Any]:
    """What a full build of ``data`` gives, in a cache folder of its own, with the
    full-text indexes a search then makes (or, ``fulltext`` False, before any search)."""
    with monkeypatch.context() as scoped:
        scoped.setenv("XDG_CACHE_HOME", str(tmp_path / "full"))
        opened = open_database(data, force=True)
        if fulltext:
            opened.with_fulltext()
        opened.conn.close()
        return dump(cache_path(data))


def searched(data: Path) -> None:
    """A first search over ``data``'s cache: the full-text indexes made."""
    open_database(data).with_fulltext().conn.close()


class Parsed:
    """Which agreements' texts an update parsed again."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ids: list[str] = []
        real = update._read_chunk

        def spy(*args: Any) -> Any:
            record = real(*args)
            self.ids.append(record["id"] if record else None)
            return record

        monkeypatch.setattr(update, "_read_chunk", spy)
        self.rebuilds = 0
        real_rebuild = cache_module._rebuild

        def count(*args: Any, **kwargs: Any) -> Any:
            self.rebuilds += 1
            return real_rebuild(*args, **kwargs)

        monkeypatch.setattr(cache_module, "_rebuild", count)


def edit_title(text: str, ident: str, words: str) -> str:
    at = text.index(f"  - id: {ident}\n")
    title = text.index('    title: "', at) + len('    title: "')
    return text[:title] + words + text[title:]


def test_an_edit_parses_only_the_edited_agreement_and_equals_a_rebuild(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    text = generated(200)
    data.write_text(text, encoding="utf-8")
    searched(data)
    parsed = Parsed(monkeypatch)
    text = edit_title(text, "protocol-000122", "(révision) ")
    data.write_text(text, encoding="utf-8")
    opened = open_database(data)
    assert (opened.rebuilt, parsed.ids, parsed.rebuilds) == (True, ["protocol-000122"], 0)
    assert opened.conn.execute("SELECT title FROM agreements WHERE id = 'protocol-000122'"
                               ).fetchone()[0].startswith("(révision) ")
    opened.conn.close()
    assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch)


def test_an_edit_keeps_oe_and_oe_ligature_findable_in_the_exact_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The update writes (and removes) an agreement's exact-word entries as the build does:
    œuvre findable as oeuvre, and gone from the index once the title no longer says it."""
    data = tmp_path / "kb.yaml"
    text = generated(50)
    data.write_text(text, encoding="utf-8")
    searched(data)  # the indexes made, then kept up to date by the updates

    def found(word: str) -> list[str]:
        conn = sqlite3.connect(cache_path(data))
        try:
            return [r[0] for r in conn.execute(
                "SELECT a.id FROM agreements_fts f JOIN agreements a ON a.rowid = f.rowid "
                "WHERE agreements_fts MATCH ?", (word,))]
        finally:
            conn.close()

    assert found("oeuvre") == []
    parsed = Parsed(monkeypatch)
    data.write_text(edit_title(text, "protocol-000026", "Mise en œuvre "), encoding="utf-8")
    open_database(data).conn.close()
    assert (parsed.ids, parsed.rebuilds) == (["protocol-000026"], 0)
    assert found("oeuvre") == found("œuvre") == ["protocol-000026"]
    assert found('"mise en oeuvre"') == ["protocol-000026"]
    assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch)
    data.write_text(text, encoding="utf-8")
    open_database(data).conn.close()
    assert found("oeuvre") == found("œuvre") == []


def test_lines_of_agreements_that_moved_are_updated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b") + "  # a comment about c\n" + item("c") + item("d")
    data.write_text(text, encoding="utf-8")
    open_database(data).conn.close()
    parsed = Parsed(monkeypatch)
    data.write_text(text.replace("    title: T\n", "    title: T\n    place: Rabat\n", 1),
                    encoding="utf-8")
    conn = open_database(data).conn
    assert parsed.ids == ["a"]
    assert conn.execute("SELECT agreement_id, line FROM agreement_lines ORDER BY line"
                        ).fetchall() == [
        ("a", 6), ("b", 12), ("c", 18), ("d", 23)]
    conn.close()
    # No search yet: the update wrote no full-text entry, and the first search makes
    # the indexes a build makes.
    assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch, fulltext=False)
    searched(data)
    assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch)


@pytest.mark.parametrize("change", [
    lambda t: t.replace(item("c"), item("c", "    follows: a\n")).replace(
        item("a"), item("a", "    follows: c\n")),               # a cycle
    lambda t: t.replace(item("b"), item("a")),                  # a duplicate id
    lambda t: t.replace(item("b"), ""),                         # c follows a removed id
    lambda t: t.replace(item("d"), item("d", "    color: red\n")),  # a schema problem
    lambda t: t.replace("kind: federation", "kind: company"),  # the head
], ids=["cycle", "duplicate", "removed-target", "unknown-key", "head"])
def test_anything_the_update_cannot_vouch_for_rebuilds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Any) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b") + item("c", "    follows: b\n") + item("d")
    data.write_text(text, encoding="utf-8")
    open_database(data).conn.close()
    parsed = Parsed(monkeypatch)
    data.write_text(change(text), encoding="utf-8")
    try:
        open_database(data).conn.close()
    except Exception as exc:  # the rebuild reports the problems, exactly
        assert "problem(s) in" in str(exc)
    assert parsed.rebuilds == 1


EDITS = st.lists(st.tuples(st.sampled_from(["title", "comment", "remove", "add", "follows",
                                            "move"]),
                           st.integers(0, 10**6)), min_size=1, max_size=4)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, searched_first=st.booleans())
def test_random_edits_give_the_database_a_rebuild_gives(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
        edits: list[tuple[str, int]], searched_first: bool) -> None:
    folder = tmp_path_factory.mktemp("edits")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
    data = folder / "kb.yaml"
    chunks = [item(f"a{n}", "    summary: Un accord pour la qualité\n" if n % 3 else "")
              for n in range(12)]
    data.write_text(HEAD + "".join(chunks), encoding="utf-8")
    opened = open_database(data)
    if searched_first:  # the indexes kept up to date by every update, or made at the end
        opened.with_fulltext()
    opened.conn.close()
    added = 0
    for what, pick in edits:
        n = pick % len(chunks)
        if what == "title":
            chunks[n] = chunks[n].replace("title: T", f"title: T{pick} révision", 1)
        elif what == "comment":
            chunks[n] = f"  # note {pick}\n" + chunks[n]
        elif what == "remove" and len(chunks) > 1:
            del chunks[n]
        elif what == "add":
            added += 1
            chunks.insert(n, item(f"new{added}-{pick}", "    place: Rabat\n"))
        elif what == "follows":
            ident = chunks[(n + 1) % len(chunks)].split("\n")[0].removeprefix("  - id: ")
            chunks[n] = chunks[n].replace("    type: other\n",
                                          f"    type: other\n    follows: {ident}\n", 1)
        elif what == "move":
            chunks.append(chunks.pop(n))
        data.write_text(HEAD + "".join(chunks), encoding="utf-8")
        try:
            open_database(data).conn.close()
        except Exception:  # a cycle, a reference to a removed agreement: not a base
            continue
        indexed = dump(cache_path(data))["full-text indexes"]
        assert indexed or not searched_first  # a rebuild has none until a search
        assert dump(cache_path(data)) == rebuilt(data, folder, monkeypatch, fulltext=indexed)
    try:
        searched(data)
    except Exception:  # the last edit made no base
        return
    assert dump(cache_path(data)) == rebuilt(data, folder, monkeypatch)


# --- readers and the replaced database ---------------------------------------------

def test_a_reader_keeps_the_whole_old_database_while_an_update_replaces_it(
        tmp_path: Path) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b")
    data.write_text(text, encoding="utf-8")
    reader = open_database(data).conn
    data.write_text(text.replace("title: T", "title: New", 1), encoding="utf-8")
    assert open_database(data).conn.execute(
        "SELECT title FROM agreements WHERE id = 'a'").fetchone() == ("New",)
    assert reader.execute("SELECT id, title FROM agreements ORDER BY id").fetchall() == [
        ("a", "T"), ("b", "T")]
    # Beside the database, the bytes the file now has (what the next update compares), as
    # pieces of the whole copy kept at the build and what the edit wrote.
    new = hashlib.sha256(data.read_bytes()).hexdigest()
    first = hashlib.sha256(text.encode()).hexdigest()
    folder = cache_path(data).parent
    assert sorted(os.listdir(folder)) == sorted([
        cache_path(data).name, f"snapshot-{new}.pieces", f"snapshot-{first}"])
    with open_kept(folder, new) as kept:
        assert kept.pread(kept.size + 10, 0) == data.read_bytes()


def test_an_update_that_fails_midway_leaves_the_database_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b")
    data.write_text(text, encoding="utf-8")
    open_database(data).conn.close()
    before = cache_path(data).read_bytes()

    def broken(conn: sqlite3.Connection, *args: Any) -> None:
        conn.execute("DELETE FROM agreements")  # in the update's transaction: undone
        raise KeyboardInterrupt

    monkeypatch.setattr(update, "_apply", broken)
    data.write_text(text.replace("title: T", "title: New", 1), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        open_database(data)
    assert cache_path(data).read_bytes() == before
    kept = "snapshot-" + hashlib.sha256(text.encode()).hexdigest()  # the old bytes
    assert sorted(os.listdir(cache_path(data).parent)) == [cache_path(data).name, kept]


# --- two processes ------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_two_processes_build_the_same_database_byte_for_byte(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    data.write_text(generated(300), encoding="utf-8")
    monkeypatch.setattr(cache_module.time, "time_ns", lambda: 1_700_000_000_000_000_000)
    monkeypatch.setattr(loader.worker, "available", lambda: True)
    built = []
    forks = []
    real = loader.worker.Fork.results

    def results(self: Any) -> Any:
        forks.append(self)
        return real(self)

    monkeypatch.setattr(loader.worker.Fork, "results", results)
    for fork_from in (10**9, 1):
        monkeypatch.setattr(loader, "FORK_FROM", fork_from)
        open_database(data, force=True).conn.close()
        built.append(cache_path(data).read_bytes())
    assert len(forks) == 1
    assert built[0] == built[1]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_problems_found_by_the_second_process_are_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEAD + "".join(item(f"a{n}", "    color: red\n" if n % 7 == 3 else "")
                          for n in range(40)) + item("a5")
    one = outcome(text)
    monkeypatch.setattr(loader.worker, "available", lambda: True)
    monkeypatch.setattr(loader, "FORK_FROM", 1)
    assert outcome(text) == one
    broken = text.replace("  - id: a30\n", "  - id: a30\n    place: \"open\n")
    alone = outcome(broken)
    monkeypatch.setattr(loader, "FORK_FROM", 10**9)
    assert outcome(broken) == alone  # a YAML problem in its part: read whole, exactly


def test_todos_are_found_line_by_line_as_in_the_whole_text() -> None:
    from conventions_cli.base.validate import todo_problems, todo_problems_in

    text = ("\ufeffschema: 2  # TODO: check\nagreements:\n  - id: a  # from: \"x\"\n"
            "    title: \"# TODO: not a comment\"\r\n    summary: null  # TODO: write it\n"
            "    # funding:  # TODO: no amount found\n# TODO\n")
    assert [str(p) for p in todo_problems_in(text.encode(), "kb.yaml")] == \
        [str(p) for p in todo_problems(text.removeprefix("\ufeff"), "kb.yaml")]
    assert len(todo_problems_in(text.encode(), "kb.yaml")) == 4
