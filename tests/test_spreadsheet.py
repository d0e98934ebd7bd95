"""What a spreadsheet user meets: conv's csv, --excel and tsv opened in LibreOffice Calc
(French locale, the import dialog's separators , ; and tab all ticked, formulas evaluated),
read back cell by cell: no formula, no shifted row, accents intact.

Skipped where LibreOffice is not installed (apt-get install libreoffice-calc-nogui).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conventions_cli.db.tables import FLAT_COLUMNS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")

NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}

HOSTILE_TITLES = [
    "Bilan;=cmd|' /C calc'!A0;fin",
    "=HYPERLINK(\"http://exemple.invalid\";\"clic\")",
    "Titre, avec virgule,=1+1",
    "+212 5 37 00 00 00",
    "-2 points",
    "@SUM(1;2)",
    "Qualité, écosystème; \"citation\"\tet tabulation",
]

KB = """\
schema: 1
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", kind: ministry}
  - {id: fcp, name: "Fédération de la Chimie, Parachimie", kind: federation}
agreements:
"""
AGREEMENT = """\
  - id: a-{n}
    title: {title}
    type: other
    signed_on: 2024-01-0{n}
    place: Fès
    parties: [{{org: mic, role: signatory}}, {{org: fcp, role: partner}}]
    funding: {{amount: 250000000, currency: MAD}}
    sectors: [numérique, "=offshoring"]
    sources: [{{publisher: X, published_on: 2024}}]
"""


def yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


@pytest.fixture
def hostile(write_yaml) -> Path:
    body = "".join(AGREEMENT.format(n=n + 1, title=yaml_string(title))
                   for n, title in enumerate(HOSTILE_TITLES))
    return write_yaml(KB + body)


def paragraph(element: ET.Element) -> str:
    """A text:p as the cell shows it: text:tab, text:s (spaces) and line breaks included."""
    parts = [element.text or ""]
    for child in element:
        name = child.tag.rsplit("}", 1)[1]
        if name == "tab":
            parts.append("\t")
        elif name == "s":
            parts.append(" " * int(child.get(f"{{{NS['text']}}}c", "1")))
        elif name == "line-break":
            parts.append("\n")
        else:
            parts.append(paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def open_in_calc(files: list[Path], separators: str, tmp_path: Path) -> dict[Path, list]:
    """Each file as Calc imports it (UTF-8, French, formulas evaluated), as rows of
    (text, formula or None) cells, trailing empty cells dropped."""
    out = tmp_path / "calc"
    profile = (tmp_path / "lo-profile").as_uri()
    env = {**os.environ, "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"}
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless",
                    f"--infilter=CSV:{separators},34,76,1,,1036,false,false,false,true",
                    "--convert-to", "fods", "--outdir", str(out), *map(str, files)],
                   check=True, capture_output=True, env=env, timeout=180)
    sheets = {}
    for path in files:
        tree = ET.parse(out / (path.stem + ".fods"))
        rows = []
        for row in tree.iter(f"{{{NS['table']}}}table-row"):
            cells = []
            for cell in row.findall("table:table-cell", NS):
                repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
                text = "\n".join(paragraph(p) for p in cell.findall("text:p", NS))
                cells += [(text, cell.get(f"{{{NS['table']}}}formula"))] * min(repeat, 50)
            while cells and cells[-1] == ("", None):
                cells.pop()
            if cells:
                rows.append(cells)
        sheets[path] = rows
    return sheets


def check_sheet(rows: list, tsv: bool = False) -> None:
    header = [text for text, _ in rows[0]]
    assert header[:4] == ["id", "title", "type", "signed_on"]
    width = len(FLAT_COLUMNS)
    assert len(header) == width
    assert len(rows) == 1 + len(HOSTILE_TITLES)
    for cells in rows[1:]:
        assert len(cells) <= width, cells  # nothing split, nothing shifted
        cells = cells + [("", None)] * (width - len(cells))  # empty cells at the end
        assert all(formula is None for _, formula in cells), cells
        record = dict(zip(header, (text for text, _ in cells), strict=True))
        number = int(record["id"].removeprefix("a-"))
        title = HOSTILE_TITLES[number - 1]
        if tsv:  # tsv escapes tabs and newlines to keep one record per line
            title = title.replace("\t", "\\t")
        assert record["title"].lstrip("'") == title, record
        assert record["place"] == "Fès"
        assert record["ministries"] == "Ministère de l'Industrie et du Commerce"
        assert record["partners"] == "Fédération de la Chimie, Parachimie"
        assert record["sectors"].lstrip("'") == "numérique; =offshoring"
        assert record["amount"] == "250000000"


def test_stats_excel_opens_cell_for_cell_in_calc(run, write_yaml, tmp_path):
    """The totals per ministry, conv stats --excel -o: each group's name and sums in their
    cells, a name that looks like a formula kept as text."""
    base = write_yaml(KB.replace('name: "Ministère de l\'Industrie et du Commerce"',
                                 'name: "=Ministère; de l\'Industrie, et du Commerce"')
                      + AGREEMENT.format(n=1, title="Un") + AGREEMENT.format(n=2, title="Deux"))
    sheet = tmp_path / "stats.csv"
    result = run("stats", "--by", "ministry", "--excel", "-o", str(sheet), data=base)
    assert result.exit_code == 0, result.output
    rows = open_in_calc([sheet], "44/59/9", tmp_path)[sheet]
    assert [text for text, _ in rows[0]] == ["group", "count", "amount_mad", "jobs_direct",
                                             "other_amounts"]
    assert all(formula is None for cells in rows for _, formula in cells)
    assert [text for text, _ in rows[1]][:3] == [
        "'=Ministère; de l'Industrie, et du Commerce", "2", "500000000"]


def test_csv_and_excel_csv_open_cell_for_cell_in_calc(run, hostile, tmp_path):
    plain = tmp_path / "list.csv"
    plain.write_text(run("list", "--format", "csv", data=hostile).stdout, encoding="utf-8")
    excel = tmp_path / "excel.csv"
    assert run("export", "--excel", "-o", str(excel), data=hostile).exit_code == 0
    sheets = open_in_calc([plain, excel], "44/59/9", tmp_path)
    for path in (plain, excel):
        check_sheet(sheets[path])


def test_tsv_opens_cell_for_cell_in_calc(run, hostile, tmp_path):
    tsv = tmp_path / "list.tsv"
    tsv.write_text(run("list", data=hostile).stdout, encoding="utf-8")  # piped: tsv
    check_sheet(open_in_calc([tsv], "9", tmp_path)[tsv], tsv=True)


def test_raw_csv_keeps_cells_as_stored(run, hostile):
    """--raw is for programs: the cells as stored, which a spreadsheet would run."""
    lines = run("list", "--format", "csv", "--raw", data=hostile).stdout.splitlines()
    assert '"=HYPERLINK(""http://exemple.invalid"";""clic"")"' in "\n".join(lines)
