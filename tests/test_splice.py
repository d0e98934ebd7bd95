"""An edit found by comparing a file with the bytes kept at the last build (base/splice.py)
gives what a cold build gives: the region cut again, put between the old chunks before
it and the old chunks after it (moved), is the whole cut of the new text; and the
database brought up to date edit after edit equals a cold build of the edited base, with
the same problems at the same file:line:col when an edit breaks it."""

from __future__ import annotations

import mmap
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conventions_cli.base.chunks import cut
from conventions_cli.base.splice import changed
from conventions_cli.db.cache import cache_path, open_database
from conventions_cli.errors import DataError
from test_incremental import HEAD, Parsed, dump, item, rebuilt

# Lines an edit puts in: comments at every depth, blank lines, fields, whole agreements,
# and lines that end the section or change the head.
LINES = ["    # vérifié\n", "  # about the next one\n", "# top\n", "\n", "    place: Rabat\n",
         "    summary: Un accord pour la qualité\n", item("new1"), item("new2", "  # x\n"),
         "    notes: |\n      kept\n\n", "people:\n  - {id: p1, name: P}\n", "  -\n",
         "extra: 1\n"]

TEXT = HEAD.replace("schema: 1", "schema: 2") + "# first\n" + "".join(
    item(f"a{n}", "    place: Rabat\n" if n % 3 == 0 else "  # after\n" if n % 4 == 1
         else "") for n in range(10))


def lines_of(text: str) -> list[str]:
    return text.splitlines(keepends=True)


EDITS = st.lists(st.tuples(st.sampled_from(["insert", "delete", "replace"]),
                           st.integers(0, 10**6), st.integers(0, 3),
                           st.sampled_from(LINES)), min_size=1, max_size=3)


def edited(text: str, edits: list[tuple[str, int, int, str]]) -> str:
    lines = lines_of(text)
    for what, at, length, new in edits:
        at %= len(lines) + 1
        if what == "insert":
            lines[at:at] = [new]
        elif what == "delete":
            del lines[at:at + length + 1]
        else:
            lines[at:at + 1] = [new]
    return "".join(lines)


def whole_from(old: Any, region: Any) -> tuple[list[int], list[int], list[int], int]:
    """The bounds, lines and item lines of the new text: the old chunks before the
    region, the region's new chunks, the old chunks after it moved (all of them after an
    edit in the head alone)."""
    if region.records is not None:
        return ([bound + region.byte_shift for bound in old.bounds[:-1]],
                [line + region.line_shift for line in old.lines],
                [line + region.line_shift for line in old.item_lines],
                old.end_line + region.line_shift)
    bounds, lines, items = [], [], []
    base = region.start
    before = [i for i in range(len(old)) if old.bounds[i] < base]
    for i in before:
        bounds.append(old.bounds[i])
        lines.append(old.lines[i])
        items.append(old.item_lines[i])
    line = old.lines[before[-1] + 1] if before and before[-1] + 1 < len(old) else (
        old.end_line if before else old.section_line)
    new = region.new
    for i in range(len(new)):
        bounds.append(base + new.bounds[i] - new.bounds[0])
        lines.append(line + new.lines[i])
        items.append(line + new.item_lines[i])
    old_stop = base + len(region.old.data) - 1
    for i in range(len(old)):
        if old.bounds[i] >= old_stop:
            bounds.append(old.bounds[i] + region.byte_shift)
            lines.append(old.lines[i] + region.line_shift)
            items.append(old.item_lines[i] + region.line_shift)
    return bounds, lines, items, old.end_line + region.line_shift


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
@pytest.mark.parametrize("text", [TEXT, TEXT + "# the end\n\n  # more\n"],
                         ids=["agreements-last", "comments-after"])
def test_the_region_cut_again_gives_the_whole_cut(
        tmp_path: Path, text: str, edits: list[tuple[str, int, int, str]]) -> None:
    old_text = text.encode()
    kept = tmp_path / "kept"
    kept.write_bytes(old_text)
    new_text = edited(text, edits).encode()
    old = cut(old_text)
    assert old is not None
    region = changed(new_text, kept, len(old_text), old.end)
    if region is None:
        return  # the caller rebuilds: nothing to compare
    whole = cut(new_text)
    assert whole is not None, "the region vouched for a file only a whole reading reads"
    # The head as it was, or (comment lines after the agreements changed) what the region says.
    assert whole.head_digest() == (region.head or old.head_digest())
    if region.line is not None:
        assert region.line == whole.lines[0] if len(whole) else True
    bounds, lines, items, end_line = whole_from(old, region)
    assert (bounds, lines, items, end_line) == (
        list(whole.bounds[:-1]), list(whole.lines), list(whole.item_lines), whole.end_line)
    assert whole.end == region.end


def test_an_edit_in_the_middle_is_found_without_the_whole_file(tmp_path: Path) -> None:
    old_text = TEXT.encode()
    kept = tmp_path / "kept"
    kept.write_bytes(old_text)
    new_text = old_text.replace(b"  - id: a5\n", "  - id: a5\n    # vérifié\n".encode())
    old = cut(old_text)
    assert old is not None
    region = changed(new_text, kept, len(old_text), old.end)
    assert region is not None
    # The chunk edited, the one before and the one after; the rest moved a line down.
    assert (len(region.old), len(region.new), region.line_shift) == (3, 3, 1)
    assert region.old.data[1:].startswith(b"  - id: a4\n")


# --- the database, edit after edit ------------------------------------------------------

def cold_problems(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as scoped:
        scoped.setenv("XDG_CACHE_HOME", str(tmp_path / "cold"))
        try:
            open_database(data, force=True).conn.close()
        except DataError as exc:
            return [str(exc), *exc.details]
    return []


def problems(data: Path) -> list[str]:
    try:
        open_database(data).conn.close()
    except DataError as exc:
        return [str(exc), *exc.details]
    return []


def mid(text: str, ident: str) -> int:
    """Just after the first line of agreement ``ident``."""
    at = text.index(f"  - id: {ident}\n")
    return text.index("\n", at) + 1


STEPS = [
    ("a line added in the middle", lambda t: t[:mid(t, "a4")] + "    # vérifié\n"
     + t[mid(t, "a4"):]),
    ("a title changed in place", lambda t: t.replace("id: a6\n    title: T",
                                                     "id: a6\n    title: U", 1)),
    ("two lines removed in the middle", lambda t: t.replace(
        "  - id: a5\n    title: T\n", "  - id: a5\n    title: T5 révisé\n", 1).replace(
        "    place: Rabat\n", "", 1)),
    ("an edit in the first agreement", lambda t: t[:mid(t, "a0")] + "    place: Fès\n"
     + t[mid(t, "a0"):]),
    ("an edit in the last agreement", lambda t: t + "    summary: fin\n"),
    ("an agreement added at the end", lambda t: t + item("z9", "    place: Rabat\n")),
    ("an agreement added at the start", lambda t: t.replace("# first\n", "# first\n"
                                                            + item("z0"), 1)),
    ("an agreement removed", lambda t: t.replace(item("a2"), "", 1)),
    ("comments before an agreement", lambda t: t.replace("  - id: a7\n",
                                                         "\n  # why\n  - id: a7\n", 1)),
    ("an organization added (the head)", lambda t: t.replace(
        "organizations:\n", "organizations:\n  - {id: oc, name: O, kind: company}\n", 1)),
    ("a line added again, after the head changed", lambda t: t[:mid(t, "a8")]
     + "    # encore\n" + t[mid(t, "a8"):]),
    ("people after the agreements", lambda t: t + "people:\n  - {id: p1, name: P}\n"),
    ("a line added with text after the agreements", lambda t: t[:mid(t, "a3")]
     + "    # x\n" + t[mid(t, "a3"):]),
    ("an event in the head", lambda t: t.replace(
        "people:\n", "events:\n  - {id: e1, name: Salon}\npeople:\n", 1)),
    ("a line removed before the people", lambda t: t.replace("    # x\n", "", 1)),
    ("a title changed before the people", lambda t: t.replace("id: a2\n    title: T",
                                                              "id: a2\n    title: V", 1)),
    ("a broken agreement after lines moved", lambda t: t.replace(
        "id: a9\n", "id: a9\n    color: red\n", 1)),
    ("fixed again", lambda t: t.replace("    color: red\n", "", 1)),
]


@pytest.mark.parametrize("folder", [False, True], ids=["file", "folder"])
def test_each_edit_leaves_the_database_a_cold_build_gives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: bool) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    if folder:
        data = tmp_path / "base"
        data.mkdir()
        other = data / "b.yaml"
        other.write_text("schema: 2\nagreements:\n" + item("b1") + item("b2"),
                         encoding="utf-8")
        path = data / "a.yaml"
    else:
        data = path = tmp_path / "kb.yaml"
    text = TEXT
    path.write_text(text, encoding="utf-8")
    open_database(data).with_fulltext().conn.close()  # updates keep the indexes up to date
    parsed = Parsed(monkeypatch)
    updated = 0
    indexed: set[bool] = set()  # updates seen with the indexes made, and after a rebuild
    for name, step in STEPS:
        text = step(text)
        path.write_text(text, encoding="utf-8")
        before = parsed.rebuilds
        found = problems(data)
        in_place = parsed.rebuilds == before
        assert found == cold_problems(data, tmp_path / name, monkeypatch), name
        if found:
            continue
        updated += in_place
        now = dump(cache_path(data))  # a rebuild leaves the indexes to the next search
        indexed.add(now["full-text indexes"])
        assert now == rebuilt(data, tmp_path / name, monkeypatch,
                              fulltext=now["full-text indexes"]), name
    # Edits to the agreements are applied in place; the head's, a problem's, and those
    # that move text after the agreements rebuild.
    assert updated == 12
    assert indexed == {True, False}


def test_a_memory_map_gives_what_bytes_give(tmp_path: Path) -> None:
    """Files past the in-memory size are read as a memory map (files.py)."""
    old_text = TEXT.encode()
    kept = tmp_path / "kept"
    kept.write_bytes(old_text)
    new_text = edited(TEXT, [("insert", 40, 0, LINES[0]), ("insert", 55, 0, LINES[4])]).encode()
    mapped = tmp_path / "new"
    mapped.write_bytes(new_text)
    old = cut(old_text)
    assert old is not None
    with mapped.open("rb") as handle:
        view = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            found = changed(view, kept, len(old_text), old.end)
            again = changed(new_text, kept, len(old_text), old.end)
            assert found is not None and again is not None
            assert (found.start, found.line, found.byte_shift, found.line_shift) == (
                again.start, again.line, again.byte_shift, again.line_shift)
            assert [found.new_text(i) for i in range(len(found.new))] == [
                again.new_text(i) for i in range(len(again.new))]
        finally:
            view.close()


def same_ends(old: bytes, new: bytes) -> tuple[int, int]:
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(earlier=EDITS, edits=EDITS)
def test_old_bytes_kept_as_pieces_give_the_region_the_whole_bytes_give(
        tmp_path: Path, earlier: list[tuple[str, int, int, str]],
        edits: list[tuple[str, int, int, str]]) -> None:
    """After an update the old bytes are kept as pieces of an earlier whole copy and what
    the edit wrote (db/kept.py): read through them, the next edit's region is the same."""
    from conventions_cli.db.kept import Kept, as_pieces, open_kept, write_pieces

    base = TEXT.encode()  # the whole copy, kept at the build
    old_text = edited(TEXT, earlier).encode()  # what the file became: kept as pieces
    old = cut(old_text)
    assume(old is not None)  # a file only a whole reading reads: never kept as pieces
    assert old is not None
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # one for each example
    (folder / ("snapshot-" + "b" * 64)).write_bytes(base)
    with open_kept(folder, "b" * 64) as whole:
        assert whole.pread(len(base), 0) == base
        pieces = as_pieces(whole, *same_ends(base, old_text), old_text)
    assert pieces is not None
    write_pieces(folder, "a" * 64, *pieces)
    kept = folder / "whole"
    kept.write_bytes(old_text)
    new_text = edited(old_text.decode(), edits).encode()
    with open_kept(folder, "a" * 64) as through:
        assert isinstance(through, Kept) and through.size == len(old_text)
        assert through.pread(len(old_text), 0) == old_text
        assert all(through.pread(9, at) == old_text[at:at + 9]
                   for at in range(0, len(old_text), 7))
    expected = changed(new_text, kept, len(old_text), old.end)
    found = changed(new_text, open_kept(folder, "a" * 64), len(old_text), old.end)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.start, found.line, found.byte_shift, found.line_shift, found.prefix,
            found.suffix, found.end, found.head) == (
        expected.start, expected.line, expected.byte_shift, expected.line_shift,
        expected.prefix, expected.suffix, expected.end, expected.head)
    assert [found.old_text(i) for i in range(len(found.old))] == [
        expected.old_text(i) for i in range(len(expected.old))]
    assert (found.prefix, found.suffix) == same_ends(old_text, new_text)
