"""A curator's usual edits — a comment or a blank line anywhere among the agreements, a
line in an agreement, an agreement added or removed, two edits at once — are updates:
only the edited agreements are parsed again, nothing is rebuilt, and the database equals
the one a full rebuild gives (rows, lines, full-text indexes, bookkeeping)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conventions_cli.db.cache import cache_path, open_database
from test_incremental import HEAD, Parsed, dump, generated, item, rebuilt, searched

BASE = generated(60)
IDS = re.findall(r"\n  - id: (\S+)\n", BASE[BASE.index("\nagreements:\n"):])
FIRST, MIDDLE, NEXT, LAST = IDS[0], IDS[30], IDS[31], IDS[-1]


def at(ident: str) -> str:
    return f"  - id: {ident}\n"


def after_first_line(text: str, ident: str, lines: str) -> str:
    where = text.index(at(ident)) + len(at(ident))
    return text[:where] + lines + text[where:]


def chunk(text: str, ident: str) -> str:
    """The text of agreement ``ident``, up to the next item or the end of the file."""
    start = text.index(at(ident))
    found = re.compile(r"\n  - id: ").search(text, start + 1)
    return text[start:found.start() + 1 if found else len(text)]


def add_sector(text: str, ident: str) -> str:
    """The agreement's flow list of sectors written as a block, one more sector below."""
    part = chunk(text, ident)
    sectors = re.search(r"    sectors: \[(.*)\]\n", part)
    assert sectors is not None
    block = "    sectors:\n" + "".join(f"      - {s}\n" for s in sectors[1].split(", "))
    return text.replace(part, part.replace(sectors[0], block + "      - tourisme\n"), 1)


def add_source(text: str, ident: str) -> str:
    part = chunk(text, ident)
    source = ("      - publisher: \"Presse du test\"\n        published_on: 2024-03-01\n"
              "        title: \"Un article de plus\"\n")
    return text.replace(part, part.rstrip("\n") + "\n" + source, 1) if part.endswith(
        "\n") else text


HEAD_COMMENT = ("# Synthetic knowledge base for conv's benchmark (bench/generate.py); "
                "not real data.\n")
assert HEAD_COMMENT in BASE
Edit = Callable[[str], str]
TRAILING = "# fin des accords\n"

# name: (the file before, the edit, the agreements parsed again)
CASES: dict[str, tuple[str, Edit, list[str]]] = {
    "comment before the first agreement": (
        BASE, lambda t: t.replace(at(FIRST), "  # le premier\n" + at(FIRST), 1), [FIRST]),
    "comment at the margin before the first agreement": (
        BASE, lambda t: t.replace("agreements:\n", "agreements:\n# tous\n", 1), [FIRST]),
    "comment between two agreements": (
        BASE, lambda t: t.replace(at(NEXT), "  # à vérifier\n" + at(NEXT), 1), [NEXT]),
    "comment inside an agreement": (
        BASE, lambda t: after_first_line(t, MIDDLE, "    # vérifié\n"), [MIDDLE]),
    "comment after the last agreement": (BASE, lambda t: t + "  # après\n", []),
    "comment at the end of the file": (BASE, lambda t: t + TRAILING, []),
    "comments at the end of the file removed": (
        BASE + TRAILING + "\n  # encore\n", lambda t: t[:len(BASE)], []),
    "comment at the end of the file changed": (
        BASE + TRAILING, lambda t: t.replace(TRAILING, "# fin\n# vraiment\n"), []),
    "comment between two agreements removed": (
        BASE.replace(at(NEXT), "  # à vérifier\n" + at(NEXT), 1),
        lambda t: t.replace("  # à vérifier\n", "", 1), [NEXT]),
    "comment before the first agreement removed": (
        BASE.replace(at(FIRST), "  # le premier\n" + at(FIRST), 1),
        lambda t: t.replace("  # le premier\n", "", 1), [FIRST]),
    "blank line between two agreements": (
        BASE, lambda t: t.replace(at(NEXT), "\n" + at(NEXT), 1), [NEXT]),
    "blank line at the end of the file": (BASE, lambda t: t + "\n", []),
    "blank line at the end of the file removed": (
        BASE + "\n", lambda t: t[:-1], []),
    "agreement appended": (BASE, lambda t: t + item("nouveau"), ["nouveau"]),
    "agreement appended after a trailing comment": (
        BASE + TRAILING, lambda t: t + item("nouveau"), ["nouveau"]),
    "agreement appended where the trailing comment was": (
        BASE + TRAILING, lambda t: t.replace(TRAILING, item("nouveau")), ["nouveau"]),
    "a sector added": (BASE, lambda t: add_sector(t, MIDDLE), [MIDDLE]),
    "a source added": (BASE, lambda t: add_source(t, MIDDLE), [MIDDLE]),
    "a source added, comments after the agreements": (
        BASE + TRAILING, lambda t: add_source(t, MIDDLE), [MIDDLE]),
    "a line added to the last agreement, comments after it": (
        BASE + TRAILING, lambda t: add_source(t, LAST), [LAST]),
    "an agreement removed": (BASE, lambda t: t.replace(chunk(t, MIDDLE), "", 1), []),
    "the last agreement removed, comments after it": (
        BASE + TRAILING, lambda t: t.replace(chunk(t, LAST), "", 1), []),
    "two edits in two places": (
        BASE, lambda t: add_sector(after_first_line(t, IDS[5], "    # a\n"), IDS[50]),
        [IDS[5], IDS[50]]),
    "two edits, one after the agreements": (
        BASE, lambda t: after_first_line(t, IDS[5], "    # a\n") + TRAILING, [IDS[5]]),
    "comment at the top of the file": (BASE, lambda t: "# Accords suivis\n" + t, []),
    "comment between two organizations": (
        BASE, lambda t: t.replace("  - id: mtnra\n", "  # le numérique\n  - id: mtnra\n", 1),
        []),
    "the head's comment removed": (BASE, lambda t: t.replace(HEAD_COMMENT, "", 1), []),
    "blank lines in the head and a comment among the agreements": (
        BASE, lambda t: t.replace("organizations:\n", "\norganizations:\n", 1).replace(
            "agreements:\n", "\nagreements:\n", 1), []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_usual_edit_is_an_update_that_equals_a_rebuild(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    before, edit, reread = CASES[name]
    data = tmp_path / "kb.yaml"
    data.write_text(before, encoding="utf-8")
    searched(data)  # the indexes made: the update writes their entries too
    after = edit(before)
    assert after != before
    data.write_text(after, encoding="utf-8")
    parsed = Parsed(monkeypatch)
    opened = open_database(data)
    opened.conn.close()
    assert (opened.rebuilt, parsed.rebuilds) == (True, 0)
    assert sorted(parsed.ids) == sorted(reread)
    assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch)


def test_edits_one_after_another_at_the_end_stay_updates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b")
    data.write_text(text, encoding="utf-8")
    open_database(data).conn.close()
    parsed = Parsed(monkeypatch)
    steps = [lambda t: t + "# plus tard\n", lambda t: t + item("c"),
             lambda t: t + "\n# encore\n", lambda t: t.replace("# plus tard\n", ""),
             lambda t: t.replace(item("b"), item("b", "    place: Rabat\n")),
             lambda t: t.replace("\n# encore\n", "")]
    for number, step in enumerate(steps):
        text = step(text)
        data.write_text(text, encoding="utf-8")
        before = parsed.rebuilds  # the rebuilds compared with count too
        open_database(data).conn.close()
        assert parsed.rebuilds == before, number
        assert dump(cache_path(data)) == rebuilt(data, tmp_path / str(number), monkeypatch,
                                                   fulltext=False)


def test_an_edit_in_one_file_of_a_folder_is_an_update(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "base"
    folder.mkdir()
    middle = "".join(item(f"m{n}") for n in range(6))
    (folder / "a.yaml").write_text(HEAD + item("a") + middle + TRAILING, encoding="utf-8")
    (folder / "b.yaml").write_text("schema: 1\nagreements:\n" + item("c") + item("d"),
                                   encoding="utf-8")
    searched(folder)
    parsed = Parsed(monkeypatch)
    (folder / "a.yaml").write_text(HEAD + "  # un\n" + item("a") + middle + TRAILING
                                   + item("e"), encoding="utf-8")
    open_database(folder).conn.close()
    assert (parsed.rebuilds, sorted(parsed.ids)) == (0, ["a", "e"])
    assert dump(cache_path(folder)) == rebuilt(folder, tmp_path, monkeypatch)


@pytest.mark.parametrize("edit", [
    lambda t: t.replace("schema: 1", "schema: 2", 1),
    lambda t: t.replace("kind: federation}", "kind: federation}\n"
                        "  - {id: ocp, name: OCP, kind: company}", 1),
    lambda t: t + "people:\n  - {id: p, name: P}\n",
    lambda t: t.replace(TRAILING, TRAILING + "extra: 1\n"),
    lambda t: t.replace("Fédération de la Chimie", "Fédération de la Chimie (FCP)", 1),
    lambda t: t.replace("{id: mic,", "{notes: \"# not a comment\", id: mic,", 1),
    lambda t: t.replace("  - {id: fcp,", "  # fcp\n  - {id: fcp,", 1).replace(
        "  - id: b\n", "  - id: b\n    place: Rabat\n", 1),
    lambda t: t + "# a CR\r\n",
    lambda t: t + "---\n",
], ids=["schema", "organization", "a section after", "a key after", "a name",
        "a key in the head", "the head and an agreement", "a CR after", "a document after"])
def test_a_changed_head_still_rebuilds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       edit: Edit) -> None:
    data = tmp_path / "kb.yaml"
    text = HEAD + item("a") + item("b") + TRAILING
    data.write_text(text, encoding="utf-8")
    open_database(data).conn.close()
    parsed = Parsed(monkeypatch)
    data.write_text(edit(text), encoding="utf-8")
    try:
        open_database(data).conn.close()
    except Exception as exc:  # the rebuild reports the problems, exactly
        assert "problem(s) in" in str(exc)
        assert parsed.rebuilds == 1
    else:
        assert parsed.rebuilds == 1
        assert dump(cache_path(data)) == rebuilt(data, tmp_path, monkeypatch, fulltext=False)
