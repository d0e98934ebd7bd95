"""conv export: csv/tsv/json/jsonl/yaml/datapackage, formula safety, atomic files, round trips."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from conventions_cli.base.loader import load_path, load_text
from conventions_cli.base.source import default_data_path
from conventions_cli.db.tables import FLAT_COLUMNS
from conventions_cli.errors import ConvError

FORMULAS = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
  - {id: evil, name: "@SUM(A1:A9)", kind: company}
agreements:
  - id: formula-1
    title: '=HYPERLINK("https://example.org/x","cliquez")'
    type: accord
    signed_on: 2024-03-01
    place: "+212 522 00 00 00"
    region: "-5"
    parties: [{org: mic, role: signatory}, {org: evil, role: partner}]
    funding: {amount: 1000, currency: MAD}
    sectors: ["=1+1", "industrie"]
    sources: [{publisher: Le Desk, published_on: 2024-03-02}]
  - id: multiline-1
    title: "Ligne un, \\"citée\\"\\nligne deux"
    type: other
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Desk, published_on: 2024-03-02}]
"""


def as_csv_text(value: object) -> str:
    """What the CSV holds for a JSON value: arrays joined by '; ', null empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def parsed_csv(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_csv_header_is_the_flat_row(run, mini):
    result = run("export", "--format", "csv", data=mini)
    assert result.exit_code == 0
    assert result.stdout_bytes.split(b"\r\n")[0] == ",".join(FLAT_COLUMNS).encode()


def test_csv_parsed_back_equals_json(run, mini):
    rows = run.json("export", "--format", "json", data=mini)
    assert [r["id"] for r in rows] == ["acme-2025", "plan-2022", "plan-2013"]
    expected = [{c: as_csv_text(r[c]) for c in FLAT_COLUMNS} for r in rows]
    assert parsed_csv(run("export", "--format", "csv", data=mini).stdout) == expected
    assert expected[1]["ministries"] == "Ministère de l'Industrie et du Commerce"
    assert expected[1]["sectors"] == "industrie; qualité"
    assert expected[1]["amount"] == "250000000"


def test_formulas_neutralised_in_csv_intact_in_json(run, write_yaml):
    data = write_yaml(FORMULAS)
    rows = {r["id"]: r for r in run.json("export", "-f", "json", data=data)}
    assert rows["formula-1"]["title"] == '=HYPERLINK("https://example.org/x","cliquez")'
    assert rows["formula-1"]["place"] == "+212 522 00 00 00"
    assert rows["formula-1"]["region"] == "-5"
    assert rows["formula-1"]["partners"] == ["@SUM(A1:A9)"]
    assert rows["formula-1"]["sectors"] == ["=1+1", "industrie"]

    safe = {r["id"]: r for r in parsed_csv(run("export", "-f", "csv", data=data).stdout)}
    assert safe["formula-1"]["title"] == "'=HYPERLINK(\"https://example.org/x\",\"cliquez\")"
    assert safe["formula-1"]["place"] == "'+212 522 00 00 00"
    assert safe["formula-1"]["region"] == "'-5"
    assert safe["formula-1"]["partners"] == "'@SUM(A1:A9)"
    assert safe["formula-1"]["sectors"] == "'=1+1; industrie"
    assert safe["formula-1"]["amount"] == "1000"

    raw = {r["id"]: r for r in parsed_csv(run("export", "-f", "csv", "--raw", data=data).stdout)}
    for key in ("title", "place", "region", "partners", "sectors"):
        assert raw["formula-1"][key] == as_csv_text(rows["formula-1"][key])


def test_tsv_export_is_neutralised_too_unless_raw(run, write_yaml):
    data = write_yaml(FORMULAS)
    safe = run("export", "-f", "tsv", data=data).stdout.splitlines()
    cells = dict(zip(safe[0].split("\t"), safe[1].split("\t"), strict=True))
    assert cells["region"] == "'-5"
    raw = run("export", "-f", "tsv", "--raw", data=data).stdout.splitlines()
    assert dict(zip(raw[0].split("\t"), raw[1].split("\t"), strict=True))["region"] == "-5"


SLASHES = r"""
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
agreements:
  - id: slash-2024
    title: "Accord C:\\dossiers n°2,\tphase 1\net suite"
    type: accord
    place: Fès
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Desk, published_on: 2024-01-01}]
"""


@pytest.mark.parametrize("args", [("export", "-f", "tsv"), ("list", "--format", "tsv")])
def test_tsv_writes_backslashes_as_they_are_and_keeps_one_record_a_line(run, write_yaml,
                                                                         args):
    """A backslash is written once, as the title has it; a tab and a newline inside the
    value are written \\t and \\n, so the row stays one line of the same columns."""
    out = run(*args, data=write_yaml(SLASHES)).stdout
    lines = out.split("\n")
    assert len(lines) == 3 and lines[2] == ""
    header, row = lines[0].split("\t"), lines[1].split("\t")
    assert len(row) == len(header)
    cells = dict(zip(header, row, strict=True))
    assert cells["title"] == r"Accord C:\dossiers n°2,\tphase 1\net suite"
    assert cells["place"] == "Fès"


def test_embedded_newlines_and_quotes_survive_csv(run, write_yaml):
    data = write_yaml(FORMULAS)
    out = run("export", "-f", "csv", data=data).stdout
    assert '"Ligne un, ""citée""\nligne deux"' in out
    rows = {r["id"]: r for r in parsed_csv(out)}
    assert rows["multiline-1"]["title"] == 'Ligne un, "citée"\nligne deux'


def test_excel_has_bom_semicolons_and_crlf(run, mini, tmp_path):
    target = tmp_path / "excel.csv"
    assert run("export", "--excel", "-o", str(target), data=mini).exit_code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + b"id;title;type;signed_on;")
    assert raw.count(b"\r\n") == 4 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = parsed_csv(raw.decode("utf-8-sig"), delimiter=";")
    assert rows[1]["partners"] == "Fédération de la Chimie"


def test_output_infers_format_from_extension(run, mini, tmp_path):
    for name, start in (("a.csv", "id,title,"), ("a.tsv", "id\ttitle\t"), ("a.json", "[\n"),
                        ("a.jsonl", '{"id": "acme-2025"'), ("a.yml", "# Exported by conv")):
        result = run("export", "--output", str(tmp_path / name), data=mini)
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start), name
    csv_bytes = (tmp_path / "a.csv").read_bytes()
    assert csv_bytes == run("export", "-f", "csv", data=mini).stdout_bytes


def test_output_leaves_no_temp_file_and_keeps_the_old_one_on_error(run, mini, tmp_path,
                                                                  monkeypatch):
    target = tmp_path / "all.csv"
    target.write_text("previous export\n", encoding="utf-8")
    assert run("export", "-o", str(target), data=mini).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreements.yaml", "all.csv"]
    good = target.read_bytes()
    assert good.startswith(b"id,title,")

    import conventions_cli.out.output as output

    def half_then_fail(rows, columns, fmt, **kwargs):
        kwargs["out"].write("id,title\r\nhalf")
        raise ConvError("disk full")

    monkeypatch.setattr(output, "write_rows", half_then_fail)
    result = run("export", "-o", str(target), data=mini)
    assert result.exit_code == 1
    assert "disk full" in result.stderr
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreements.yaml", "all.csv"]


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "x.txt"], "cannot tell the format from '.txt'"),
    (["-f", "json", "--excel"], "--excel applies to csv only"),
    (["-f", "csv", "--full"], "--full applies to json and jsonl"),
    (["-f", "datapackage"], "pass --output FOLDER"),
])
def test_usage_errors(run, mini, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = run("export", *args, data=mini)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "x.txt").exists()


def test_a_folder_named_like_a_file_is_refused_not_filled(run, mini, tmp_path):
    """-o d.csv where d.csv is a folder wrote a data package into it, exit 0: a user who
    asked for a csv file got neither the file nor a word."""
    folder = tmp_path / "d.csv"
    folder.mkdir()
    result = run("export", "-o", str(folder), data=mini)
    assert result.exit_code == 2
    assert result.stderr == (f"conv: error: {folder} is a folder, though its name ends .csv; "
                             "name a file, or pass --format datapackage to write a data "
                             "package into it\n")
    assert list(folder.iterdir()) == []
    asked = run("export", "-o", str(folder), "--format", "datapackage", data=mini)
    assert asked.exit_code == 0, asked.output
    assert (folder / "datapackage.json").exists()


def test_filters_are_those_of_list(run, mini):
    rows = run.json("export", "-f", "json", "--ministry", "transition", data=mini)
    assert [r["id"] for r in rows] == ["acme-2025"]
    assert rows == run.json("list", "-f", "json", "--ministry", "transition", data=mini)
    lines = run("export", "-f", "jsonl", "--from", "2020", data=mini).stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["acme-2025", "plan-2022"]


def test_full_gives_the_nested_records_of_show(run, mini):
    records = run.json("export", "-f", "json", "--full", "--type", "convention-cadre",
                       data=mini)
    assert records == [run.json("show", "plan-2022", "--format", "json", data=mini)]
    lines = run("export", "-f", "jsonl", "--full", data=mini).stdout.splitlines()
    assert json.loads(lines[1])["parties"][1]["org"] == "fcp"


def strip_lines(records):
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in records]


def test_yaml_round_trip(run, mini):
    text = run("export", "-f", "yaml", data=mini).stdout
    assert "country: 'NO'" in text
    assert "signed_on: '2022-06-07'" in text
    assert not re.search(r"(^|[\s:-])[&*][A-Za-z0-9]", text), "no anchors or aliases"
    assert "!!" not in text
    result = load_text(text, "export.yaml")
    assert result.problems == []
    source = load_path(mini).dataset
    assert strip_lines(result.dataset.agreements) == strip_lines(source.agreements)
    assert strip_lines(result.dataset.organizations) == strip_lines(source.organizations)


def test_yaml_round_trip_of_the_bundled_data(run):
    result = load_text(run("export", "-f", "yaml").stdout, "export.yaml")
    assert result.problems == []
    source = load_path(default_data_path()).dataset
    assert strip_lines(result.dataset.agreements) == strip_lines(source.agreements)
    assert strip_lines(result.dataset.organizations) == strip_lines(source.organizations)


def test_filtered_yaml_keeps_what_it_references(run, mini):
    result = run("export", "-f", "yaml", "--year", "2022", data=mini)
    assert ("also exported 1 agreement(s) that the selection follows or amends (plan-2013)"
            in result.stderr)
    loaded = load_text(result.stdout, "export.yaml")
    assert loaded.problems == []
    assert [a["id"] for a in loaded.dataset.agreements] == ["plan-2022", "plan-2013"]
    assert [o["id"] for o in loaded.dataset.organizations] == ["mic", "fcp"]


# --- data package ----------------------------------------------------------------------

def test_datapackage_validates_with_frictionless(run, write_yaml, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    data = write_yaml(FORMULAS)
    folder = tmp_path / "pkg"
    result = run("export", "-o", str(folder), data=data)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == [
        "agreements.csv", "datapackage.json", "events.csv", "organizations.csv",
        "parties.csv", "people.csv", "signatories.csv", "sources.csv"]
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["licenses"][0]["name"] == "MIT"
    assert descriptor["sources"] == [{"title": "Le Desk"}]
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"]}
    assert schemas["parties"]["primaryKey"] == ["agreement_id", "org_id"]
    assert schemas["parties"]["foreignKeys"][1]["reference"] == {
        "resource": "organizations", "fields": ["id"]}


def test_datapackage_csvs_are_as_safe_as_csv_and_keep_their_types(run, write_yaml, tmp_path):
    """Opened in a spreadsheet too: a formula-like text cell gets its ', as in export -f
    csv; a number or a date is never touched, so the Table Schema's types stay true."""
    frictionless = pytest.importorskip("frictionless")
    data = write_yaml(FORMULAS)
    folder = tmp_path / "pkg"
    assert run("export", "-o", str(folder), data=data).exit_code == 0
    agreements = (folder / "agreements.csv").read_text("utf-8")
    rows = {r["id"]: r for r in parsed_csv(agreements)}
    exported = {r["id"]: r for r in parsed_csv(run("export", "-f", "csv", data=data).stdout)}
    for key in ("title", "place", "region", "partners", "sectors", "amount", "date_start"):
        assert rows["formula-1"][key] == exported["formula-1"][key], key
    assert rows["formula-1"]["region"] == "'-5"
    organizations = {r["id"]: r for r in parsed_csv(
        (folder / "organizations.csv").read_text("utf-8"))}
    assert organizations["evil"]["name"] == "'@SUM(A1:A9)"
    # every text cell quoted (a spreadsheet guessing ';' never splits one); numbers bare
    assert ',"\'-5",' in agreements and ",1000," in agreements
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "begins with a '" in descriptor["description"]
    for resource in descriptor["resources"]:
        types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
        for row in parsed_csv((folder / resource["path"]).read_text("utf-8")):
            for name, cell in row.items():
                if cell.startswith("'"):
                    assert types[name] == "string", (resource["name"], name, cell)
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    # --raw: the cells as stored, for programs, as csv --raw
    raw = tmp_path / "raw"
    assert run("export", "-o", str(raw), "--raw", data=data).exit_code == 0
    rows = {r["id"]: r for r in parsed_csv((raw / "agreements.csv").read_text("utf-8"))}
    assert rows["formula-1"]["title"] == '=HYPERLINK("https://example.org/x","cliquez")'
    assert rows["formula-1"]["region"] == "-5"
    descriptor = json.loads((raw / "datapackage.json").read_text(encoding="utf-8"))
    assert "as stored" in descriptor["description"]


def test_frictionless_catches_a_broken_reference(run, mini, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    folder = tmp_path / "pkg"
    assert run("export", "-f", "datapackage", "-o", str(folder), data=mini).exit_code == 0
    assert frictionless.validate(str(folder / "datapackage.json")).valid
    parties = folder / "parties.csv"
    parties.write_text(parties.read_text("utf-8").replace('"fcp"', '"nobody"'), "utf-8")
    assert not frictionless.validate(str(folder / "datapackage.json")).valid


def test_datapackage_replaces_a_package_but_not_other_folders(run, mini, tmp_path):
    folder = tmp_path / "pkg"
    assert run("export", "-o", str(folder), "--year", "2025", data=mini).exit_code == 0
    assert run("export", "-o", str(folder / "datapackage.json"), data=mini).exit_code == 0
    assert len((folder / "agreements.csv").read_text("utf-8").splitlines()) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreements.yaml", "pkg"]
    other = tmp_path / "photos"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"x")
    result = run("export", "-f", "datapackage", "-o", str(other), data=mini)
    assert result.exit_code == 1
    assert "other files" in result.stderr
    assert sorted(p.name for p in other.iterdir()) == ["cat.jpg"]


def test_export_of_flat_formats_does_not_import_yaml_or_sqlite_utils(run, mini):
    """The warm path: csv/json come from the database with plain sqlite3."""
    import subprocess
    import sys

    database = run("db", "path", data=mini).stdout.strip()
    code = ("import sqlite3, sys\n"
            "from conventions_cli.out.export import export\n"
            "from conventions_cli.query.queries import Filters\n"
            f"conn = sqlite3.connect({database!r})\n"
            "for fmt in ('csv', 'tsv', 'json', 'jsonl'):\n"
            "    export(conn, Filters(), fmt, None)\n"
            "export(conn, Filters(), 'json', None, full=True)\n"
            "sys.stderr.write(repr(('yaml' in sys.modules, 'sqlite_utils' in sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "(False, False)"
    assert done.stdout.startswith("id,title,type,")


def test_export_has_help_with_an_example(run):
    result = run("export", "--help")
    assert result.exit_code == 0
    assert "Example: conv export" in result.stdout



FORMULA_KB = """\
schema: 1
organizations:
  - {id: mic, name: "=Ministère", kind: ministry}
  - {id: acme, name: "+Acme", kind: company}
agreements:
  - id: f-1
    title: "=HYPERLINK(\\"http://x\\")"
    type: other
    signed_on: 2024
    parties: [{org: mic, role: signatory}, {org: acme, role: partner}]
    sectors: ["@somme", "-moins"]
    summary: "=1+1 dans le résumé"
    sources: [{publisher: X, published_on: 2024}]
"""


@pytest.mark.parametrize("args", [
    ["list", "--format", "tsv"], ["list"], ["list", "--format", "csv"],
    ["search", "resume", "--format", "csv"], ["stats", "--by", "ministry", "--format", "tsv"],
    ["stats", "--by", "sector", "--format", "csv"], ["orgs", "--format", "tsv"],
    ["sql", "select title from agreements", "--format", "csv"], ["export", "--format", "tsv"],
    ["org", "mic", "--format", "csv"],
])
def test_every_csv_and_tsv_neutralises_formulas_the_same_way(run, write_yaml, args):
    data = write_yaml(FORMULA_KB)
    out = run(*args, data=data).stdout
    for formula in ("=HYPERLINK", "=Ministère", "+Acme", "@somme", "=1+1"):
        for cell in re.split(r'[\t,\n]"?', out):
            assert not cell.startswith(formula), (args, cell)
    assert "'=" in out or "'+" in out or "'@" in out
    raw = run(*args, "--raw", data=data).stdout
    assert any(re.search(rf'(^|[\t,])"?{re.escape(f)}', raw, re.M)
               for f in ("=HYPERLINK", "=Ministère", "+Acme", "@somme"))
