"""A Frictionless Tabular Data Package: one CSV per table and a datapackage.json describing them.

These CSVs are data for machines, so no cell is altered: no formula neutralisation
(that would change values), arrays joined by '; ', empty cells for missing values.
The package validates offline: built-in profile names, nothing to fetch.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from ..db.tables import TABLES, Column, Table, decoded
from ..errors import ConvError
from ..files import atomic_write
from . import metadata

NAME = "conv-agreements"
TYPES = {int: "integer", dt.date: "date"}
ARRAYS_NOTE = " Several values are joined by '; '."
PACKAGED = tuple(table for table in TABLES if table.package)


def columns(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if c.package)


def field(column: Column) -> dict[str, Any]:
    description = column.description + ("." + ARRAYS_NOTE if column.array else "")
    spec: dict[str, Any] = {"name": column.name,
                            "type": TYPES.get(column.type, "string"),
                            "description": description}
    if column.name == "url":
        spec["format"] = "uri"
    if column.constraints:
        spec["constraints"] = column.constraints
    return spec


def keys(table: Table) -> dict[str, Any]:
    """Primary and foreign keys as Table Schema writes them ("" is the resource itself)."""
    found: dict[str, Any] = {"primaryKey": list(table.pk)}
    foreign = [{"fields": [column], "reference": {
                   "resource": "" if other == table.name else other, "fields": [target]}}
               for column, other, target in table.foreign_keys]
    if foreign:
        found["foreignKeys"] = foreign
    return found


def descriptor(publishers: list[str]) -> dict[str, Any]:
    """datapackage.json: Tabular Data Package profile, a Table Schema per resource."""
    resources = []
    for table in PACKAGED:
        resources.append({
            "name": table.name,
            "path": f"{table.name}.csv",
            "profile": "tabular-data-resource",
            "title": table.name.capitalize(),
            "description": table.description,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": [field(c) for c in table.columns if c.package],
                       **keys(table), "missingValues": [""]},
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


def table_rows(conn: sqlite3.Connection, chosen: Any) -> dict[str, list[dict[str, Any]]]:
    """The rows of each CSV as stored, restricted to the exported agreements (and what
    belongs to them) and the organizations, people and events they name, in the data
    file's order."""
    wanted = {name: chosen.ids(name)
              for name in ("agreements", "organizations", "people", "events")}
    found: dict[str, list[dict[str, Any]]] = {}
    for table in PACKAGED:
        names = columns(table)
        every = [c.name for c in table.columns]
        owner = "agreement_id" if "agreement_id" in every else "id"
        keep = wanted["agreements" if owner == "agreement_id" else table.name]
        order = ", ".join(["file", "line"] * ("line" in every) + list(table.pk))
        selected = ", ".join(f'"{n}"' for n in names)
        found[table.name] = []
        for values in conn.execute(f"SELECT {selected}, \"{owner}\" FROM \"{table.name}\" "
                                   f"ORDER BY {order}"):
            if values[-1] in keep:
                found[table.name].append(
                    decoded(dict(zip(names, values[:-1], strict=True)), table))
    return found


def write_datapackage(conn: sqlite3.Connection, chosen: Any, folder: Path) -> None:
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
    rows = table_rows(conn, chosen)
    for table in PACKAGED:
        names = columns(table)
        with atomic_write(folder / f"{table.name}.csv") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(names)
            for row in rows[table.name]:
                writer.writerow([_cell(row.get(c)) for c in names])
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
