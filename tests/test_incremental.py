"""The incremental load (one chunk per agreement, cached by text) equals the whole parse."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from conventions_cli.cache import default_data_path
from conventions_cli.chunks import _split_agreements
from conventions_cli.loader import load_text

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
    "text-blocks": HEAD + item("a", title="|\n      line\n      # not a comment\n\n")
    + item("b", title=">-\n      folded\n        more\n\n  # c\n") + item("c"),
    "deeper-blank": HEAD + item("a", "    notes: |\n      x\n        \n") + item("b"),
    "no-final-newline": (HEAD + item("a") + item("b")).rstrip("\n"),
    "indent-0": HEAD + item("a").replace("\n  ", "\n").removeprefix("  ")
    + item("b").replace("\n  ", "\n").removeprefix("  "),
    "after": HEAD + item("a") + item("b") + "extra: 1\n",
    "quoted-multiline": HEAD + item("a", "    place: \"two\n  - lines\"\n") + item("b"),
    "empty-item": HEAD + item("a") + "  -\n" + item("b"),
    "no-items": HEAD + "# nothing yet\n",
    "documents": HEAD + item("a") + "---\n" + item("b"),
}


def records(result):  # noqa: ANN001, ANN201
    if result.dataset is None:
        return None
    return result.dataset.organizations, result.dataset.agreements


def same(text: str, cache: Path) -> None:
    whole = load_text(text, "kb.yaml")
    expected = ([str(p) for p in whole.problems], records(whole))
    for _ in range(2):  # cold, then from the cache
        chunked = load_text(text, "kb.yaml", incremental=True, chunk_cache=cache)
        assert ([str(p) for p in chunked.problems], records(chunked)) == expected


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_give_the_same_problems(name: str, tmp_path: Path) -> None:
    same(BROKEN[name], tmp_path / "kb.chunks")


def test_bundled_data(tmp_path: Path) -> None:
    text = default_data_path().read_text(encoding="utf-8")
    assert _split_agreements(text) is not None
    same(text, tmp_path / "kb.chunks")


def test_generated_base_and_edits(tmp_path: Path) -> None:
    out = io.StringIO()
    generate.write(300, out)
    text = out.getvalue()
    assert _split_agreements(text) is not None
    cache = tmp_path / "kb.chunks"
    same(text, cache)
    middle = text.index("\n  - id: ", len(text) // 2)
    at = text.index("    title: \"", middle) + len("    title: \"")
    same(text[:at] + "(révision)\n    \"x\" " + text[at:], cache)  # a line more: all shift
    same(text[:middle] + "\n  - id: extra\n" + text[middle:], cache)  # a broken item
    same(text[:middle] + "\n  - id: nested\n    place: \"a\n" + text[middle:], cache)


def test_chunk_cache_only_keeps_current_chunks_and_survives_garbage(tmp_path: Path) -> None:
    cache = tmp_path / "kb.chunks"
    one = HEAD + item("a") + item("b")
    load_text(one, "kb.yaml", incremental=True, chunk_cache=cache)
    before = cache.read_bytes()
    load_text(HEAD + item("a"), "kb.yaml", incremental=True, chunk_cache=cache)
    assert len(cache.read_bytes()) < len(before)
    for garbage in (b"", b"\x00garbage", before[: len(before) // 2]):
        cache.write_bytes(garbage)
        same(one, cache)
    assert [p.name for p in tmp_path.iterdir()] == ["kb.chunks"]
