"""The database is Datasette-ready: full-text search without accents, facets, metadata."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datasette")


def datasette_get(database: Path, url: str, metadata: Path | None = None) -> dict:
    """Datasette's own JSON answer to a GET, without a server (datasette DB --get URL)."""
    return json.loads(datasette_html(database, url, metadata))


@pytest.fixture
def database(run, mini) -> Path:
    result = run("db", "path", data=mini)
    assert result.exit_code == 0
    return Path(result.stdout.strip())


@pytest.fixture
def metadata_file(run, mini, tmp_path) -> Path:
    result = run("db", "metadata", data=mini)
    assert result.exit_code == 0, result.output
    path = tmp_path / "metadata.json"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def test_search_without_accents_finds_qualite(database):
    name = database.stem
    rows = datasette_get(database, f"/{name}/agreements.json?_search=qualite&_shape=array")
    assert [r["id"] for r in rows] == ["plan-2022"]
    assert rows[0]["title"] == "Plan qualité 2022-2025"
    assert json.loads(rows[0]["sectors"]) == ["industrie", "qualité"]


def test_tables_are_listed(database):
    tables = {t["name"]: t for t in datasette_get(database, f"/{database.stem}.json")["tables"]}
    assert {"agreements", "organizations", "parties", "sources"} <= tables.keys()
    assert tables["agreements"]["count"] == 3
    assert tables["agreements"]["fts_table"] == "agreements_fts"
    assert tables["agreements_fts"]["hidden"] is True


def test_metadata_facets_and_array_facet(database, metadata_file):
    url = f"/{database.stem}/agreements.json?_size=0&_facet_array=sectors"
    facets = datasette_get(database, url, metadata_file)["facet_results"]
    assert {"type", "region", "year", "sectors"} <= facets.keys()
    years = {f["value"]: f["count"] for f in facets["year"]["results"]}
    assert years == {2013: 1, 2022: 1, 2025: 1}
    sectors = {f["value"]: f["count"] for f in facets["sectors"]["results"]}
    assert sectors == {"industrie": 1, "qualité": 1, "numérique": 1}
    filtered = datasette_get(
        database, f"/{database.stem}/agreements.json?_shape=array&sectors__arraycontains=qualité",
        metadata_file)
    assert [r["id"] for r in filtered] == ["plan-2022"]


def test_metadata_is_served(database, metadata_file):
    served = datasette_get(database, "/-/metadata.json", metadata_file)
    assert served["title"] == "Signed public agreements in Morocco"
    assert served["license"] == "MIT"
    tables = served["databases"][database.stem]["tables"]
    assert tables["agreements"]["columns"]["amount"].startswith("Funding announced")


def test_metadata_describes_every_column_of_every_table(database, metadata_file):
    tables = json.loads(metadata_file.read_text("utf-8"))["databases"][database.stem]["tables"]
    conn = sqlite3.connect(database)
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'agreements_fts%' "
        "AND name NOT LIKE 'agreements_stem%' "
        "AND name NOT LIKE 'sqlite_%'")]
    described = sorted(t for t, info in tables.items() if "columns" in info)
    assert sorted(names) == described
    for table in names:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
        assert sorted(columns) == sorted(tables[table]["columns"]), table
        for facet in tables[table].get("facets", []):
            assert (facet["array"] if isinstance(facet, dict) else facet) in columns


def test_filter_columns_are_indexed(database):
    conn = sqlite3.connect(database)
    indexed = {(table, r[2]) for table in ("agreements", "parties", "organizations")
               for index in conn.execute(f"PRAGMA index_list([{table}])")
               for r in conn.execute(f"PRAGMA index_info([{index[1]}])")}
    assert {("agreements", "type"), ("agreements", "region"), ("agreements", "year"),
            ("agreements", "signed_on"), ("parties", "org_id")} <= indexed


def test_db_metadata_without_a_cache_file_is_an_error(run, mini, monkeypatch, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    result = run("db", "metadata", data=mini)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no database file" in result.stderr


def datasette_html(database: Path, url: str, metadata: Path | None = None) -> str:
    """Datasette's own answer to a GET (a page, or JSON), as text."""
    args = [sys.executable, "-m", "datasette", str(database), "--get", url]
    if metadata is not None:
        args += ["-m", str(metadata)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_row_page_links_follows_like_the_table_view(database, metadata_file):
    name = database.stem
    link = (f'<a href="/{name}/agreements/plan-2013">Plan 2014-2020</a>&nbsp;'
            "<em>plan-2013</em>")
    assert link in datasette_html(database, f"/{name}/agreements?id=plan-2022", metadata_file)
    assert link in datasette_html(database, f"/{name}/agreements/plan-2022", metadata_file)
    party = datasette_html(database, f"/{name}/parties/plan-2022,mic", metadata_file)
    assert f'<a href="/{name}/organizations/mic">' in party


def test_an_agreements_line_is_one_link_from_it(database, metadata_file, mini):
    # The line is kept apart from the agreement's row (agreement_lines): the agreement's
    # page links to it, and its row links back to the agreement, by title.
    name = database.stem
    page = datasette_html(database, f"/{name}/agreements/plan-2022", metadata_file)
    assert f'href="/{name}/agreement_lines?agreement_id=plan-2022"' in page
    lines = datasette_html(database, f"/{name}/agreement_lines/plan-2022", metadata_file)
    assert f'<a href="/{name}/agreements/plan-2022">' in lines
    line = mini.read_text(encoding="utf-8").split("\n").index("  - id: plan-2022") + 1
    assert datasette_get(database, f"/{name}/agreement_lines/plan-2022.json?_shape=array"
                         ) == [{"agreement_id": "plan-2022", "file": mini.name, "line": line}]


def test_internal_tables_and_columns_are_not_shown(database, metadata_file):
    tables = {t["name"]: t for t in
              datasette_get(database, f"/{database.stem}.json", metadata_file)["tables"]}
    assert tables["meta"]["hidden"] is True
    assert tables["agreements_stem"]["hidden"] is True
    assert sorted(t for t, info in tables.items() if not info["hidden"]) == [
        "agreement_lines", "agreements", "events", "organizations", "parties", "people",
        "signatories", "sources"]
    columns = datasette_get(database, f"/{database.stem}/organizations.json?_size=1",
                            metadata_file)["columns"]
    assert "match_key" not in columns


def test_search_stays_exact_for_datasette_while_conv_search_stems(run, mini, database):
    name = database.stem
    rows = datasette_get(database, f"/{name}/agreements.json?_search=protocole&_shape=array")
    assert [r["id"] for r in rows] == ["acme-2025"]
    assert datasette_get(database, f"/{name}/agreements.json?_search=protocol&_shape=array") == []
    assert [r["id"] for r in run.json("search", "protocoles", "--format", "json",
                                      data=mini)] == ["acme-2025"]


# --- what gets published ----------------------------------------------------------------

def test_the_database_holds_nothing_of_the_curators_machine(database, mini):
    assert database.name == "conventions.db"  # Datasette's pages: /conventions/agreements
    conn = sqlite3.connect(database)
    dump = "\n".join(conn.iterdump())
    st = mini.stat()
    for trace in (str(mini.parent), str(Path.home()), str(st.st_ino), str(st.st_mtime_ns),
                  str(st.st_ctime_ns)):
        assert trace not in dump, trace
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["data_name"] == mini.name


def test_a_table_page_opens_on_its_rows_with_the_column_notes_folded(database,
                                                                      metadata_file):
    page = datasette_html(database, f"/{database.stem}/agreements", metadata_file)
    folded = page.index('<details class="conv-columns"><summary>Columns:')
    assert folded < page.index("<table class=\"rows-and-columns\">")
    # Datasette's own list of the descriptions above the rows is hidden by a stylesheet
    assert 'href="data:text/css,dl.column-descriptions%7Bdisplay%3Anone%7D"' in page
    assert 'data-column-description="Funding announced' in page  # the header's menu


def test_lists_show_as_lists_not_json(database, metadata_file):
    page = datasette_html(database, f"/{database.stem}/agreements/plan-2022", metadata_file)
    assert "<li>industrie</li><li>qualité</li>" in page
    assert "[&#34;" not in page and '["' not in page
    table = datasette_html(database, f"/{database.stem}/agreements?id=plan-2013",
                           metadata_file)
    assert "<li>Ministère de l&#39;Industrie et du Commerce</li>" in table


def test_conv_sql_reads_the_full_text_tables(run, mini):
    rows = run.json("sql", "select rowid, title from agreements_fts where agreements_fts "
                    "match 'qualite'", "--format", "json", data=mini)
    assert [row["title"] for row in rows] == ["Plan qualité 2022-2025"]


LIGATURES = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
agreements:
  - id: oeuvre-2024
    title: Convention de mise en œuvre du plan
    type: accord
    summary: Un cœur de métier et un curriculum vitæ.
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Desk, published_on: 2024-01-01}]
  - id: autre-2024
    title: Convention pour une œuvre d'art
    type: accord
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Desk, published_on: 2024-01-01}]
"""


def test_oe_and_ae_are_found_typed_either_way_in_datasette_and_search_raw(run, write_yaml):
    """SQLite's tokenizer folds accents, not œ and æ: the exact index holds both spellings,
    while agreements keeps the text as written."""
    data = write_yaml(LIGATURES)
    database = Path(run("db", "path", data=data).stdout.strip())
    name = database.stem

    def searched(query: str) -> list[str]:
        from urllib.parse import quote
        rows = datasette_get(database, f"/{name}/agreements.json?_search={quote(query)}"
                                       "&_shape=array&_sort=id")
        return [r["id"] for r in rows]

    assert searched("oeuvre") == searched("œuvre") == searched("OEUVRE") == [
        "autre-2024", "oeuvre-2024"]
    assert searched('"mise en oeuvre"') == searched('"mise en œuvre"') == ["oeuvre-2024"]
    assert searched("coeur") == searched("vitae") == searched("vitæ") == ["oeuvre-2024"]
    for query in ("oeuvre", "œuvre"):
        found = run.json("search", "--raw", query, "--format", "json", data=data)
        assert sorted(r["id"] for r in found) == ["autre-2024", "oeuvre-2024"]
    rows = datasette_get(database, f"/{name}/agreements.json?id=oeuvre-2024&_shape=array")
    assert rows[0]["title"] == "Convention de mise en œuvre du plan"
