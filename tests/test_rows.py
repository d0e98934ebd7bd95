"""The build's one-pass rows (db/rows.agreement_rows) are the rows the declaration gives.

tables.py declares each column with the function that reads its value; the build makes
an agreement's rows in one pass instead, for speed. Both must give the same tuples for
every agreement: the bundled base, the test bases (schema 1 and 2), a generated base and
agreements made up by Hypothesis.
"""

from __future__ import annotations

import io
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MINI
from conventions_cli.base.loader import Collect, load_path, load_text, read_base
from conventions_cli.base.records import Dataset
from conventions_cli.base.source import (
    BaseFile,
    DataFile,
    base_files,
    default_data_path,
    snapshots,
)
from conventions_cli.db import rows as rows_module
from conventions_cli.db.build import _TYPES, AGREEMENT_TABLES, Build
from conventions_cli.db.fulltext import fill
from conventions_cli.db.rows import (
    NULL,
    agreement_rows,
    insert_sql,
    json_list,
    known_of,
    searched,
    stem_row,
    stem_rows,
)
from conventions_cli.db.tables import (
    AGREEMENT_LINES,
    AGREEMENTS,
    PARTIES,
    SEARCH_COLUMNS,
    SIGNATORIES,
    SOURCES,
    STEM_TABLE,
    TABLES,
    _json,
    row_values,
)
from conventions_cli.text import fold, stemmed_text, stems
from test_schema2 import BASE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import generate  # noqa: E402


def declared(record: Any, dataset: Dataset) -> list[list[tuple[Any, ...]]]:
    known = known_of(dataset)
    return [row_values(table, record, known)
            for table in (AGREEMENTS, PARTIES, SIGNATORIES, SOURCES, AGREEMENT_LINES)]


def stems_of(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The stemmed index's row as the full-text build makes it (from the rowid and the
    searched values) for an agreements row given rowid 7."""
    (found,) = stem_rows([(7, *searched(row))])
    return found


def datasets() -> list[Dataset]:
    out = io.StringIO()
    generate.write(400, out, seed=3)
    found = [load_path(default_data_path()).dataset]
    found += [load_text(text, "kb.yaml").dataset for text in (MINI, BASE, out.getvalue())]
    assert all(d is not None for d in found)
    return found  # type: ignore[return-value]


def test_the_declared_columns_are_those_the_one_pass_rows_were_written_for() -> None:
    assert rows_module.FAST


def test_every_agreement_gives_the_declared_rows() -> None:
    count = 0
    for dataset in datasets():
        known = known_of(dataset)
        for record in dataset.agreements:
            rows = agreement_rows(record, known)
            assert rows == declared(record, dataset), record["id"]
            assert stems_of(rows[0][0]) == stem_row(7, rows[0][0]), record["id"]
            count += 1
    assert count > 400


def test_the_declared_rows_look_each_place_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """place_derived and region_derived of a row read one look-up of the gazetteer, and
    each row its own (the rows stay those of the one-pass path, above)."""
    from conventions_cli.db import tables

    calls: list[str] = []
    real = tables.derived_where

    def counted(item: Any, events: Any) -> tuple[str | None, str | None]:
        calls.append(item.get("id"))
        return real(item, events)

    monkeypatch.setattr(tables, "derived_where", counted)
    dataset = datasets()[0]
    known = known_of(dataset)
    agreements = dataset.agreements[:50]
    for record in agreements:
        ((row,),) = [row_values(AGREEMENTS, record, known)]
        assert row == agreement_rows(record, known)[0][0], record["id"]
    assert calls == [record["id"] for record in agreements]


def stored(rows: list[list[tuple[Any, ...]]]) -> list[list[tuple[Any, ...]]]:
    """Each table's rows as the database holds them once inserted (with each value's
    SQLite type): what the build writes, whatever stands for a missing value. The
    tables' columns, without their keys (made-up agreements may repeat a party)."""
    conn = sqlite3.connect(":memory:")
    found = []
    for table, some in zip(AGREEMENT_TABLES, rows, strict=True):
        conn.execute(f"CREATE TABLE [{table.name}] ("
                     + ", ".join(f"[{c.name}] {_TYPES[c.type]}" for c in table.columns) + ")")
        conn.executemany(insert_sql(table), some)
        names = ", ".join(f"[{c.name}], typeof([{c.name}])" for c in table.columns)
        found.append(conn.execute(f"SELECT rowid, {names} FROM [{table.name}] "
                                  "ORDER BY rowid").fetchall())
    conn.close()
    return found


def test_the_build_stores_the_declared_rows() -> None:
    # The build gives NULL (a NaN, which SQLite stores as NULL) for a missing value, where
    # the declaration gives None: the tables hold the same rows, row by row.
    count = 0
    for dataset in datasets():
        known = known_of(dataset)
        ours: list[list[tuple[Any, ...]]] = [[] for _ in AGREEMENT_TABLES]
        theirs: list[list[tuple[Any, ...]]] = [[] for _ in AGREEMENT_TABLES]
        for record in dataset.agreements:
            for table, found in enumerate(agreement_rows(record, known, NULL)):
                ours[table] += found
            for table, found in enumerate(declared(record, dataset)):
                theirs[table] += found
            count += 1
        assert stored(ours) == stored(theirs)
        assert any(value is NULL for row in ours[0] for value in row)
    assert count > 400


def test_a_built_database_holds_the_declared_rows(tmp_path: Path) -> None:
    # Whole builds (read, checked, inserted in batches, indexed) against the declared
    # rows inserted one by one: the bundled base, the test bases, a generated base.
    data = DataFile(default_data_path(), "--data")
    out = io.StringIO()
    generate.write(2500, out, seed=5)  # past a batch of the build
    bases = [base_files(data, snapshots(data))] + [
        [BaseFile(text.encode("utf-8"), "kb.yaml", "kb.yaml")]
        for text in (MINI, BASE, out.getvalue())]
    for number, files in enumerate(bases):
        collect = Collect()
        assert not read_base(files, collect).problems and collect.dataset is not None
        rows: list[list[tuple[Any, ...]]] = [[] for _ in AGREEMENT_TABLES]
        for record in collect.dataset.agreements:
            for table, found in enumerate(declared(record, collect.dataset)):
                rows[table] += found
        build = Build(tmp_path / f"{number}.db")
        assert not read_base(files, build).problems
        conn = build.finish({"layout": "x"}, [])
        for table, expected in zip(AGREEMENT_TABLES, stored(rows), strict=True):
            names = ", ".join(f"[{c.name}], typeof([{c.name}])" for c in table.columns)
            assert conn.execute(f"SELECT rowid, {names} FROM [{table.name}] "
                                "ORDER BY rowid").fetchall() == expected, table.name
        build.close()


PARTY = st.fixed_dictionaries({"org": st.sampled_from(
    ["mic", "onee", "nobody", "mef", "bm", "acme"]),
                               "role": st.sampled_from(["signatory", "partner"])})
WORDS = st.text(alphabet=st.sampled_from(list("aé É'’\"\\-,.x\n\t0")), max_size=12)
RECORD = st.fixed_dictionaries(
    {"id": st.just("a"), "title": WORDS, "type": st.just("other"),
     "parties": st.lists(PARTY, max_size=4), "sources": st.lists(st.fixed_dictionaries(
         {"publisher": WORDS, "published_on": st.just("2020-01-02")},
         optional={"title": WORDS, "url": st.just("https://x.ma")}), max_size=3),
     "_line": st.integers(1, 99), "_file": st.just("kb.yaml")},
    optional={"signed_on": st.sampled_from(["2020", "2020-02", "2020-02-29", "2014-12/2016-01",
                                            "2016-12?", "2019~"]),
              "place": st.sampled_from(["Rabat", "Fès", "Paris", "nowhere", ""]),
              "region": st.sampled_from(["Fès-Meknès", "Rabat-Salé-Kénitra"]),
              "funding": st.fixed_dictionaries({"amount": st.integers(0, 10**9)},
                                               optional={"currency": st.just("MAD")}),
              "period": st.fixed_dictionaries({"start": st.just(2020)},
                                              optional={"end": st.just(2024)}),
              "jobs": st.fixed_dictionaries({"direct": st.just(5)},
                                            optional={"by": st.just(2030)}),
              "sectors": st.lists(WORDS, max_size=3),
              "event": st.sampled_from(["gitex-africa-2025", "some fair", ""]),
              "follows": st.just("b"), "amends": st.just("c"), "summary": WORDS,
              "status": st.just("signed"), "status_on": st.just("2021"),
              "signatories": st.lists(st.fixed_dictionaries(
                  {"person": st.sampled_from(["ryad-mezzour", "nadia-fettah", "nobody"]),
                   "org": st.just("mic")}, optional={"title": WORDS}), max_size=3)})
KNOWN_BASE = load_text(BASE, "kb.yaml").dataset


@settings(max_examples=300, deadline=None, derandomize=True)
@given(record=RECORD)
def test_made_up_agreements_give_the_declared_rows(record: dict[str, Any]) -> None:
    assert KNOWN_BASE is not None
    known = known_of(KNOWN_BASE)
    rows = agreement_rows(record, known)
    assert rows == declared(record, KNOWN_BASE)  # type: ignore[arg-type]
    assert stored(agreement_rows(record, known, NULL)) == stored(rows)
    assert stems_of(rows[0][0]) == stem_row(7, rows[0][0])
    assert stems_of(rows[0][0]) == (7, *[" ".join(stems(value)) for value in searched(
        rows[0][0])])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(values=st.lists(st.text(max_size=6), max_size=4))
def test_json_lists_are_json_s(values: list[str]) -> None:
    assert json_list(values) == _json(values)
    assert json_list(values) == _json(values)  # made once, then remembered


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.one_of(st.none(), st.text(max_size=30),
                      st.text(alphabet=st.sampled_from(list("aeéEsx’' -,")), max_size=30),
                      # the spaces a text is cut at, and characters casefold() changes
                      st.text(alphabet=st.sampled_from(list("aßΣς’ \u00a0\u2003\x1c\n\t-")),
                              max_size=30)))
def test_stemmed_texts_are_their_stems_joined(text: str | None) -> None:
    assert stemmed_text(text) == " ".join(stems(text))
    assert stemmed_text(text) == " ".join(stems(text))


def fold_the_long_way(value: str | None) -> str:
    """text.fold as it was written first: every character of the decomposed text kept
    unless it combines, then the apostrophes, casefold and the ligatures."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return (stripped.replace("\u2019", "'").replace("\u2018", "'").casefold()
            .translate(str.maketrans({"œ": "oe", "æ": "ae"})))


@settings(max_examples=500, deadline=None, derandomize=True)
@given(text=st.one_of(st.none(), st.text(max_size=30),
                      st.text(alphabet=st.sampled_from(list("aAeéÉèÈœŒæÆßİıﬁ’‘'ñÑçÇ"
                                                            "\u0301\u0327\u064b\u05b0"
                                                            "\u3099ｶ①ǅ -")), max_size=30),
                      st.text(alphabet=st.characters(codec="ascii"), max_size=30)))
def test_folded_texts_are_those_the_long_way_gives(text: str | None) -> None:
    # fold takes shortcuts (an ASCII text only lowered, each character's combining class
    # looked up once): the same texts, so the same keys, matches and stems.
    assert fold(text) == fold_the_long_way(text)
    assert fold(text) == fold_the_long_way(text)


def schema(conn: sqlite3.Connection) -> list[tuple[str, ...]]:
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"),
                  key=repr)


def test_the_database_schema_is_the_one_sqlite_utils_makes(tmp_path: Path) -> None:
    # The build writes its tables, indexes and exact-word index with sqlite3 alone; the
    # schema is what sqlite-utils made from the same declarations before.
    import sqlite_utils

    build = Build(tmp_path / "ours.db")
    assert not read_base([BaseFile(MINI.encode("utf-8"), "kb.yaml", "kb.yaml")],
                         build).problems
    ours = build.finish({"layout": "x"}, [])
    with ours:
        fill(ours)  # the full-text indexes, made later, in the same file
    ours = schema(ours)
    build.close()
    db = sqlite_utils.Database(str(tmp_path / "theirs.db"))
    for table in TABLES:
        db.table(table.name).create({c.name: c.type for c in table.columns},
                                    pk=table.pk[0] if len(table.pk) == 1 else table.pk,
                                    foreign_keys=list(table.foreign_keys))
    db.execute(f"CREATE VIRTUAL TABLE {STEM_TABLE} USING fts5("
               f"{', '.join(SEARCH_COLUMNS)}, tokenize='unicode61')")
    for table in TABLES:
        for column in table.columns:
            if column.index:
                db.table(table.name).create_index([column.name], if_not_exists=True)
    db.table(AGREEMENTS.name).enable_fts(list(SEARCH_COLUMNS), fts_version="FTS5",
                                         tokenize="unicode61 remove_diacritics 2")
    assert ours == schema(db.conn)
