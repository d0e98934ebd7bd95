"""A Frictionless Tabular Data Package: one CSV per table and a datapackage.json describing them.

The package is opened in spreadsheets too, so its CSVs are written as `export -f csv`
writes (DESIGN §4): every text cell quoted, control characters escaped, and a text cell
that would start a formula given a leading ' (unless --raw). Only text-typed fields are
ever touched: a number or a date is written as it is, so the types stay true. Arrays are
joined by '; ', missing values are empty cells. The package validates offline: built-in
profile names, nothing to fetch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from ..db.tables import AGREEMENT_LINES, AGREEMENTS, TABLES, Column, Table, decoded
from ..errors import ConvError
from ..files import STALE_SECONDS, checkpoint, current_umask, temp_target, write_failed
from ..text import json_text
from . import metadata
from .output import csv_field, sheet_cell

NAME = "conv-agreements"
TYPES = {int: "integer", dt.date: "date"}
ARRAYS_NOTE = " Several values are joined by '; '."
PACKAGED = tuple(table for table in TABLES if table.package)
# The package's own field of the agreements resource, after the stored columns: whether the
# export's filters chose the row, or it came along as what a chosen agreement follows or
# amends (so that references resolve). A count or a sum over a filtered package keeps the
# rows where it is true.
SELECTED = {"name": "selected", "type": "boolean", "trueValues": ["true"],
            "falseValues": ["false"],
            "description": "true when the export's filters chose this agreement; false when "
                           "it is here only because a chosen agreement follows or amends "
                           "it (so that every reference resolves): count and sum the rows "
                           "where it is true."}


# The same field in the tables whose rows belong to an agreement (parties, sources,
# signatories): a row is kept or left out with its agreement, without a join.
SELECTED_PART = {**SELECTED, "description": "true when the export's filters chose the "
                 "agreement this row belongs to; false when that agreement is here only "
                 "because a chosen one follows or amends it: keep the rows where it is true."}


def marked(table: Table) -> dict[str, Any] | None:
    """The selected field a table of the package carries, if any."""
    if table is AGREEMENTS:
        return SELECTED
    return SELECTED_PART if any(c.name == "agreement_id" for c in table.columns) else None


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


def descriptor(publishers: list[str], raw: bool = False,
               selection: str = "") -> dict[str, Any]:
    """datapackage.json: Tabular Data Package profile, a Table Schema per resource;
    ``selection`` says what a filtered export holds."""
    resources = []
    for table in PACKAGED:
        extra = [field for field in (marked(table),) if field]
        resources.append({
            "name": table.name,
            "path": f"{table.name}.csv",
            "profile": "tabular-data-resource",
            "title": table.name.capitalize(),
            "description": table.description,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": [*(field(c) for c in table.columns if c.package), *extra],
                       **keys(table), "missingValues": [""]},
        })
    return {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": metadata.TITLE,
        "description": metadata.DESCRIPTION + selection + " Exported by conv" + (
            "; the CSV cells are the data as stored (control characters written \\xNN)."
            if raw else
            "; the CSVs open safely in spreadsheets: a text cell that would start a formula "
            "(=, +, -, @, a tab or a carriage return) begins with a ' that is not part of "
            "the data, and control characters are written \\xNN. Numbers and dates are "
            "never altered."),
        "licenses": [{"name": metadata.LICENSE, "title": metadata.LICENSE_TITLE,
                      "path": metadata.LICENSE_URL}],
        "sources": [{"title": publisher} for publisher in publishers],
        "resources": resources,
    }


def _cell(value: Any, column: Column, raw: bool) -> str:
    """One cell as the package's CSV writes it: a text field as csv writes it for a
    spreadsheet (quoted, controls escaped, neutralised unless ``raw``); a number or a
    date bare, as its type says."""
    if column.type is not str or value is None or isinstance(value, int):
        return "" if value is None else str(value)
    return csv_field(sheet_cell(value, raw))


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
        source = f'"{table.name}" AS t'
        order = ", ".join(["t.file", "t.line"] * ("line" in every) +
                          [f't."{name}"' for name in table.pk])
        if table is AGREEMENTS:  # their lines are kept apart
            source += f" LEFT JOIN {AGREEMENT_LINES.name} AS l ON l.agreement_id = t.id"
            order = "l.file, l.line, t.id"
        selected = ", ".join(f't."{n}"' for n in names)
        found[table.name] = []
        for values in conn.execute(f"SELECT {selected}, t.\"{owner}\" FROM {source} "
                                   f"ORDER BY {order}"):
            if values[-1] in keep:
                found[table.name].append(
                    decoded(dict(zip(names, values[:-1], strict=True)), table))
    return found


def write_datapackage(conn: sqlite3.Connection, chosen: Any, folder: Path,
                      raw: bool = False) -> None:
    """Write the package into ``folder``: every file is first written into a temporary
    folder beside it, then moved in (datapackage.json last), so a failed export (a full
    disk) leaves the previous package whole. Any other file there is left alone (conv
    never deletes what it did not write); its own temporary files, left by a killed
    run, are removed."""
    if folder.name == "datapackage.json":
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise ConvError(f"{folder} is a file; a data package is a folder")
    _remove_leftovers(folder)
    _check_folder(folder)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-",
                                        suffix=".tmp"))
    except OSError as exc:
        raise ConvError(f"{folder}: cannot create the folder ({exc.strerror})") from None
    try:
        _write_package(conn, chosen, staging, raw)
        checkpoint("written", folder)
        _move_in(staging, folder)
    except OSError as exc:
        raise write_failed(folder, exc) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_package(conn: sqlite3.Connection, chosen: Any, staging: Path, raw: bool) -> None:
    """The CSVs, then datapackage.json, so the descriptor never names a file not written."""
    rows = table_rows(conn, chosen)
    for table in PACKAGED:
        packaged = [c for c in table.columns if c.package]
        selects = marked(table) is not None
        owner = "id" if table is AGREEMENTS else "agreement_id"
        with open(staging / f"{table.name}.csv", "w", encoding="utf-8", newline="") as out:
            out.write(",".join([*(c.name for c in packaged), *["selected"] * selects])
                      + "\r\n")
            for row in rows[table.name]:
                cells = [_cell(row.get(c.name), c, raw) for c in packaged]
                if selects:
                    cells.append("false" if row[owner] in chosen.added else "true")
                out.write(",".join(cells) + "\r\n")
            out.flush()
            os.fsync(out.fileno())
    publishers = sorted({s["publisher"] for s in rows["sources"]})
    with open(staging / "datapackage.json", "w", encoding="utf-8") as out:
        out.write(json_text(descriptor(publishers, raw, _selection(chosen)), indent=2)
                  + "\n")
        out.flush()
        os.fsync(out.fileno())


def _selection(chosen: Any) -> str:
    """What a filtered package holds, said in its description."""
    if not chosen.filtered:
        return ""
    total = len(chosen.agreements)
    added = len(chosen.added)
    more = (f", and {added} more that they follow or amend, marked selected=false in "
            "agreements.csv (and their rows in parties.csv, sources.csv and "
            "signatories.csv)" if added else "")
    said = getattr(chosen, "chosen_by", "")
    return (f" This package is a filtered export: {total - added} agreement(s) chosen by "
            f"its filters{f' ({said})' if said else ''}{more}.")


def package_files() -> list[str]:
    """The files of a package, in the order they are put in place."""
    return [f"{table.name}.csv" for table in PACKAGED] + ["datapackage.json"]


def _move_in(staging: Path, folder: Path) -> None:
    """A new folder is the written one, renamed (one step); into an existing one each file
    is moved (keeping the permissions the file it replaces had), datapackage.json last."""
    mode = 0o777 & ~current_umask()
    if not folder.exists():
        os.chmod(staging, mode)
        try:
            os.rename(staging, folder)
            return
        except OSError:
            if not folder.is_dir():  # else made meanwhile: move the files in
                raise
    for name in package_files():
        target = folder / name
        with contextlib.suppress(OSError):
            os.chmod(staging / name, target.stat().st_mode & 0o7777)
        os.replace(staging / name, target)


def _remove_leftovers(folder: Path) -> None:
    """conv's own temporary files of a package, left by a killed run: in ``folder``, a
    package file's name in conv's temporary-name pattern; beside it, a temporary folder
    for it an hour old that holds only package files. Nothing else is touched."""
    ours = set(package_files())
    if folder.is_dir():
        for entry in folder.iterdir():
            if temp_target(entry.name) in ours and entry.is_file():
                with contextlib.suppress(OSError):
                    entry.unlink()
    if not folder.parent.is_dir():
        return
    cutoff = time.time() - STALE_SECONDS
    for entry in folder.parent.iterdir():
        with contextlib.suppress(OSError):
            if temp_target(entry.name) == folder.name and entry.is_dir() and \
                    entry.stat().st_mtime < cutoff and {p.name for p in entry.iterdir()} <= ours:
                shutil.rmtree(entry)


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
