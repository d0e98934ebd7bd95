"""The staleness decision, case by case: what the cache stores and what the files are now
give one action (as beancount's needs_refresh), with no file opened."""

from __future__ import annotations

import pytest

from conventions_cli.db.freshness import (
    Current,
    Decision,
    Stored,
    StoredFile,
    needs_refresh,
)

OLD = (100, "k1")  # size, stat key (a digest of the times and inode)


def stored(*files: tuple[str, tuple[int, str | None], str], layout: str = "L",
           version: str = "V") -> Stored:
    return Stored(layout, version, 0, {n: StoredFile(*st, sha) for n, st, sha in files})


def now(name: str, st: tuple[int, str] = OLD, sha: str | None = None) -> Current:
    return Current(name, *st, sha256=sha)


LATER = (100, "k2")    # same size, touched or edited
LONGER = (120, "k2")   # another size: another content
RACY: tuple[int, str | None] = (100, None)  # changed near the build: key never stored
MOVED = (100, "k3")    # another inode (saved by rename)

CASES = [
    ("no cache", None, [now("a")], Decision("rebuild")),
    ("another layout", stored(("a", OLD, "x"), layout="old"), [now("a")],
     Decision("rebuild")),
    ("another conv", stored(("a", OLD, "x"), version="0"), [now("a")], Decision("rebuild")),
    ("no files stored", stored(), [now("a")], Decision("rebuild")),
    ("a file added", stored(("a", OLD, "x")), [now("a"), now("b")], Decision("rebuild")),
    ("a file removed", stored(("a", OLD, "x"), ("b", OLD, "y")), [now("a")],
     Decision("rebuild")),
    ("same stat", stored(("a", OLD, "x")), [now("a")],
     Decision("fresh")),
    ("changed near the build: racy", stored(("a", RACY, "x")), [now("a")],
     Decision("hash", ("a",))),
    ("racy, hashed, same bytes", stored(("a", RACY, "x")), [now("a", OLD, "x")],
     Decision("record", ("a",))),
    ("racy, hashed, other bytes", stored(("a", RACY, "x")), [now("a", OLD, "z")],
     Decision("update", ("a",))),
    ("same size, new mtime", stored(("a", OLD, "x")), [now("a", LATER)],
     Decision("hash", ("a",))),
    ("touched: same bytes", stored(("a", OLD, "x")), [now("a", LATER, "x")],
     Decision("record", ("a",))),
    ("same size, other bytes", stored(("a", OLD, "x")), [now("a", LATER, "z")],
     Decision("update", ("a",))),
    ("another inode", stored(("a", OLD, "x")), [now("a", MOVED)], Decision("hash", ("a",))),
    ("another size: no hash needed", stored(("a", OLD, "x")), [now("a", LONGER)],
     Decision("update", ("a",))),
    ("two files, one edited", stored(("a", OLD, "x"), ("b", OLD, "y")),
     [now("a"), now("b", LONGER)], Decision("update", ("b",))),
    ("two files, one touched, one hashed", stored(("a", OLD, "x"), ("b", OLD, "y")),
     [now("a", LATER), now("b", LONGER)], Decision("hash", ("a",))),
    ("two files: one touched, one edited", stored(("a", OLD, "x"), ("b", OLD, "y")),
     [now("a", LATER, "x"), now("b", LONGER)], Decision("update", ("b",))),
]


@pytest.mark.parametrize(("stored_", "current", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_needs_refresh(stored_: Stored | None, current: list[Current],
                       expected: Decision) -> None:
    assert needs_refresh(stored_, current, layout="L", version="V") == expected


def test_a_rebuild_says_why() -> None:
    decision = needs_refresh(stored(("a", OLD, "x"), version="0"), [now("a")],
                             layout="L", version="V")
    assert decision.reason == "built by another conv"
