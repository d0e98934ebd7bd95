"""Export the agreements for other tools: flat rows, nested records, schema-1 YAML, data packages.

Flat formats (csv, tsv, json, jsonl) read the database with plain sqlite3 only; YAML
imports PyYAML to dump. A file is written beside its target and moved into place with
os.replace, so a reader (or a failed export) never leaves half a file.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .errors import UsageError
from .files import atomic_write
from .layout import FLAT_COLUMNS

EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl", "yaml", "datapackage")
EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl",
              ".yaml": "yaml", ".yml": "yaml"}


def infer_format(output: Path | None, requested: str | None) -> str:
    """The format asked for; else the one the output's extension names; else csv on stdout."""
    if requested:
        return requested
    if output is None:
        return "csv"
    if output.name == "datapackage.json" or output.is_dir() or not output.suffix:
        return "datapackage"
    fmt = EXTENSIONS.get(output.suffix.lower())
    if fmt is None:
        raise UsageError(f"cannot tell the format from '{output.suffix}'; pass --format "
                         f"({', '.join(EXPORT_FORMATS)})")
    return fmt


# --- flat rows -------------------------------------------------------------------------

def write_flat(rows: list[dict[str, Any]], fmt: str, out: TextIO, *, raw: bool,
               excel: bool) -> None:
    from .output import write_rows

    write_rows(rows, FLAT_COLUMNS, fmt, out=out, raw=raw, excel=excel)


# --- full records (schema 1) -----------------------------------------------------------

def _drop_none(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v is not None and v != []}


def organization_records(conn: sqlite3.Connection, ids: set[str] | None
                         ) -> list[dict[str, Any]]:
    """Organizations in schema-1 shape, in the data file's order; ``ids`` None: all."""
    rows = conn.execute("SELECT id, name, acronym, kind, aliases, country FROM organizations "
                        "ORDER BY line, id").fetchall()
    return [_drop_none({"id": r[0], "name": r[1], "acronym": r[2], "kind": r[3],
                        "aliases": json.loads(r[4] or "[]"), "country": r[5]})
            for r in rows if ids is None or r[0] in ids]


def with_predecessors(conn: sqlite3.Connection, ids: list[str]) -> tuple[list[str], list[str]]:
    """``ids`` plus every agreement they follow (transitively), so references resolve.

    Returns (all ids, the ones added).
    """
    chosen = set(ids)
    added: list[str] = []
    pending = list(ids)
    while pending:
        found = conn.execute("SELECT follows FROM agreements WHERE id = ?",
                             (pending.pop(),)).fetchone()
        follows = found[0] if found else None
        if follows and follows not in chosen:
            chosen.add(follows)
            added.append(follows)
            pending.append(follows)
    return ids + added, added


def agreement_records(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """Agreements in the data file's shape (its keys, parties as org and role), in the
    data file's order."""
    from .queries import nested_records

    order = {ident: line for ident, line in conn.execute("SELECT id, line FROM agreements")}
    ordered = sorted(set(ids), key=lambda i: (order.get(i) or 0, i))
    return [schema_shape(record) for record in nested_records(conn, ordered)]


def schema_shape(record: dict[str, Any]) -> dict[str, Any]:
    """A nested record as the data file writes it: no resolved names, no reverse links,
    no empty values."""
    shaped = dict(record)
    shaped.pop("followed_by", None)
    shaped["parties"] = [{"org": p["org"], "role": p["role"]} for p in record["parties"]]
    shaped["sources"] = [_drop_none(s) for s in record["sources"]]
    for key in ("funding", "period", "jobs"):
        if shaped.get(key):
            shaped[key] = _drop_none(shaped[key])
    return _drop_none(shaped)


def selection(conn: sqlite3.Connection, ids: list[str], filtered: bool,
              note: Callable[[str], None]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(organizations, agreements) for a self-contained export of ``ids``."""
    ids, added = with_predecessors(conn, ids)
    if added:
        note(f"also exported {len(added)} agreement(s) that the selection follows "
             f"({', '.join(sorted(added))}), so every 'follows' resolves")
    agreements = agreement_records(conn, ids)
    used = None if not filtered else {p["org"] for a in agreements for p in a["parties"]}
    return organization_records(conn, used), agreements


def write_yaml(organizations: list[dict[str, Any]], agreements: list[dict[str, Any]],
               out: TextIO, header: str) -> None:
    """A schema-1 file: every string that YAML could read as something else is quoted
    (dates, NO, 010), integers stay plain, and no anchors or tags are ever written."""
    import yaml

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

        def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
            return super().increase_indent(flow, False)  # lists indented, as we write them

    out.write(header)
    body = {"schema": 1, "organizations": organizations, "agreements": agreements}
    yaml.dump(body, out, Dumper=Dumper, allow_unicode=True, sort_keys=False,
              default_flow_style=False, width=100, indent=2)


# --- the command -----------------------------------------------------------------------

def export(conn: sqlite3.Connection, filters: Any, fmt: str, output: Path | None, *,
           raw: bool = False, excel: bool = False, full: bool = False,
           source: str = "", note: Callable[[str], None] = print) -> None:
    """Write the agreements ``filters`` select in ``fmt`` to ``output`` (None: stdout)."""
    from .queries import list_agreements, nested_records

    if excel and fmt != "csv":
        raise UsageError("--excel applies to csv only; add --format csv")
    if full and fmt not in ("json", "jsonl"):
        raise UsageError("--full applies to json and jsonl (yaml and datapackage are full "
                         "already)")
    rows = list_agreements(conn, filters)
    if fmt == "datapackage":
        from .datapackage import write_datapackage

        if output is None:
            raise UsageError("a data package is a folder; pass --output FOLDER")
        organizations, agreements = selection(conn, [r["id"] for r in rows],
                                              bool(filters), note)
        write_datapackage(conn, organizations, agreements, output)
        return

    def write(out: TextIO) -> None:
        if fmt == "yaml":
            organizations, agreements = selection(conn, [r["id"] for r in rows],
                                                  bool(filters), note)
            write_yaml(organizations, agreements, out, yaml_header(source, len(agreements)))
        elif full:
            records = nested_records(conn, [r["id"] for r in rows])
            if fmt == "json":
                out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
            else:
                for record in records:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            write_flat(rows, fmt, out, raw=raw, excel=excel)

    if output is None:
        write(sys.stdout)
        return
    if output.is_dir():
        raise UsageError(f"{output} is a folder; name a file, or use --format datapackage")
    with atomic_write(output) as out:
        write(out)


def yaml_header(source: str, count: int) -> str:
    from . import __version__

    origin = f" from {source}" if source else ""
    return (f"# Exported by conv {__version__}{origin}: {count} agreement(s).\n"
            "# Check it with: conv --data THIS-FILE validate\n")
