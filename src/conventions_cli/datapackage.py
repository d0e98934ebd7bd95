"""A Frictionless Tabular Data Package: one CSV per table and a datapackage.json describing them.

These CSVs are data for machines, so no cell is altered: no formula neutralisation
(that would change values), arrays joined by '; ', empty cells for missing values.
The package validates offline: built-in profile names, nothing to fetch.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

from . import metadata
from .errors import ConvError
from .files import atomic_write
from .layout import ARRAY_COLUMNS, FLAT_COLUMNS
from .schema import AGREEMENT_TYPES, ORG_KINDS, ROLES

DATE_PATTERN = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
SLUG_PATTERN = r"[a-z0-9]+(-[a-z0-9]+)*"

AGREEMENT_COLUMNS = (*FLAT_COLUMNS, "event", "summary")
INTEGER_COLUMNS = frozenset({"amount", "period_start", "period_end", "jobs_direct", "jobs_by",
                             "sources", "position"})
CONSTRAINTS: dict[tuple[str, str], dict[str, Any]] = {
    ("agreements", "id"): {"required": True, "unique": True, "pattern": SLUG_PATTERN},
    ("agreements", "title"): {"required": True},
    ("agreements", "type"): {"required": True, "enum": list(AGREEMENT_TYPES)},
    ("agreements", "signed_on"): {"pattern": DATE_PATTERN},
    ("agreements", "amount"): {"minimum": 0},
    ("agreements", "jobs_direct"): {"minimum": 0},
    ("agreements", "currency"): {"pattern": "[A-Z]{3}"},
    ("agreements", "sources"): {"required": True, "minimum": 1},
    ("organizations", "id"): {"required": True, "unique": True, "pattern": SLUG_PATTERN},
    ("organizations", "name"): {"required": True},
    ("organizations", "kind"): {"required": True, "enum": list(ORG_KINDS)},
    ("organizations", "country"): {"pattern": "[A-Z]{2}"},
    ("parties", "agreement_id"): {"required": True},
    ("parties", "org_id"): {"required": True},
    ("parties", "role"): {"required": True, "enum": list(ROLES)},
    ("sources", "agreement_id"): {"required": True},
    ("sources", "publisher"): {"required": True},
    ("sources", "published_on"): {"required": True, "pattern": DATE_PATTERN},
}
ARRAYS_NOTE = " Several values are joined by '; '."


def field(table: str, name: str) -> dict[str, Any]:
    description = metadata.COLUMNS[table][name].replace(" (JSON array)", "")
    if name in ARRAY_COLUMNS or (table, name) == ("organizations", "aliases"):
        description += "." + ARRAYS_NOTE
    spec: dict[str, Any] = {"name": name, "type": "integer" if name in INTEGER_COLUMNS
                            else "string", "description": description}
    if (table, name) == ("sources", "url"):
        spec["format"] = "uri"
    if (table, name) in CONSTRAINTS:
        spec["constraints"] = CONSTRAINTS[(table, name)]
    return spec


TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "agreements": AGREEMENT_COLUMNS,
    "organizations": ("id", "name", "acronym", "kind", "country", "aliases"),
    "parties": ("agreement_id", "org_id", "role", "position"),
    "sources": ("agreement_id", "position", "publisher", "published_on", "title", "url"),
}
KEYS: dict[str, dict[str, Any]] = {
    "agreements": {"primaryKey": ["id"], "foreignKeys": [
        {"fields": ["follows"], "reference": {"resource": "", "fields": ["id"]}}]},
    "organizations": {"primaryKey": ["id"]},
    "parties": {"primaryKey": ["agreement_id", "org_id"], "foreignKeys": [
        {"fields": ["agreement_id"], "reference": {"resource": "agreements", "fields": ["id"]}},
        {"fields": ["org_id"], "reference": {"resource": "organizations", "fields": ["id"]}}]},
    "sources": {"primaryKey": ["agreement_id", "position"], "foreignKeys": [
        {"fields": ["agreement_id"], "reference": {"resource": "agreements", "fields": ["id"]}}]},
}


def descriptor(publishers: list[str]) -> dict[str, Any]:
    """datapackage.json: Tabular Data Package profile, a Table Schema per resource."""
    resources = []
    for table, columns in TABLE_COLUMNS.items():
        resources.append({
            "name": table,
            "path": f"{table}.csv",
            "profile": "tabular-data-resource",
            "title": table.capitalize(),
            "description": metadata.TABLES[table],
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": [field(table, c) for c in columns], **KEYS[table],
                       "missingValues": [""]},
        })
    return {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": metadata.TITLE,
        "description": metadata.DESCRIPTION + " Exported by conv; the CSV cells are the data "
                       "as stored, never altered for spreadsheets.",
        "licenses": [{"name": metadata.LICENSE, "title": metadata.LICENSE_TITLE,
                      "path": metadata.LICENSE_URL}],
        "sources": [{"title": publisher} for publisher in publishers],
        "resources": resources,
    }


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    return value


def table_rows(conn: sqlite3.Connection, organizations: list[dict[str, Any]],
               agreements: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The rows of each CSV, restricted to the exported agreements and organizations."""
    ids = {a["id"] for a in agreements}
    columns = ", ".join(f'"{c}"' for c in AGREEMENT_COLUMNS)
    flat = []
    for row in conn.execute(f"SELECT {columns} FROM agreements ORDER BY line, id"):
        record = dict(zip(AGREEMENT_COLUMNS, row, strict=True))
        if record["id"] in ids:
            for key in ARRAY_COLUMNS:
                record[key] = json.loads(record[key] or "[]")
            flat.append(record)
    parties = [{"agreement_id": a["id"], "org_id": p["org"], "role": p["role"],
                "position": i} for a in agreements for i, p in enumerate(a["parties"])]
    sources = [{"agreement_id": a["id"], "position": i, **s}
               for a in agreements for i, s in enumerate(a["sources"])]
    return {"agreements": flat, "organizations": organizations, "parties": parties,
            "sources": sources}


NAME = "conv-agreements"


def write_datapackage(conn: sqlite3.Connection, organizations: list[dict[str, Any]],
                      agreements: list[dict[str, Any]], folder: Path) -> None:
    """Write the package's files into ``folder``, each atomically; any other file there
    is left alone (conv never deletes what it did not write). The CSVs are written first
    and datapackage.json last, so the descriptor never names a file not yet written."""
    if folder.name == "datapackage.json":
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise ConvError(f"{folder} is a file; a data package is a folder")
    _check_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConvError(f"{folder}: cannot create the folder ({exc.strerror})") from None
    rows = table_rows(conn, organizations, agreements)
    for table, columns in TABLE_COLUMNS.items():
        with atomic_write(folder / f"{table}.csv") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(columns)
            for row in rows[table]:
                writer.writerow([_cell(row.get(c)) for c in columns])
    publishers = sorted({s["publisher"] for s in rows["sources"]})
    with atomic_write(folder / "datapackage.json") as out:
        out.write(json.dumps(descriptor(publishers), ensure_ascii=False, indent=2) + "\n")


def _check_folder(folder: Path) -> None:
    """Refuse a folder that holds something other than a package conv wrote: its files
    would be mixed with ours, or ours would replace theirs."""
    if not folder.is_dir() or not any(folder.iterdir()):
        return
    descriptor_path = folder / "datapackage.json"
    try:
        name = json.loads(descriptor_path.read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        name = None
    if name != NAME:
        raise ConvError(f"{folder} is a folder with other files and no data package of "
                        "conv's; choose a new or empty folder for the data package")
