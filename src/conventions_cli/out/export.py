"""Export the agreements for other tools: flat rows, nested records, schema-1 YAML, data packages.

Flat formats (csv, tsv, json, jsonl) read the database with plain sqlite3 only; YAML
imports PyYAML to dump. A file is written beside its target and moved into place with
os.replace, so a reader (or a failed export) never leaves half a file.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from ..db.tables import (
    AGREEMENT_LINES,
    EVENTS,
    FLAT_COLUMNS,
    ORGANIZATIONS,
    PEOPLE,
    Table,
    decoded,
)
from ..errors import NothingMatched, UsageError
from ..files import atomic_write, is_stream
from ..text import json_text, one_line
from .formats import EXPORT_FORMATS, extensions_for

EXTENSIONS = extensions_for(EXPORT_FORMATS)


def infer_format(output: Path | None, requested: str | None, *, folder: bool = False) -> str:
    """The format asked for; else the one the output's extension names; else csv on stdout.
    ``folder``: the output was typed with a trailing slash (``d.csv/``), so it names a folder
    even before it exists, and only a data package goes there."""
    if output is not None and folder and not output.is_dir() and (
            requested not in (None, "datapackage")
            or requested is None and output.suffix.lower() in EXTENSIONS):
        raise UsageError(f"{output}/ names a folder (it ends with /), though "
                         + (f"--format {requested} writes a file" if requested else
                            f"its name ends {output.suffix}")
                         + f"; name a file ({output}), or pass --format datapackage to "
                         "write a data package into that folder")
    if requested:
        return requested
    if output is None:
        return "csv"
    if is_stream(output) and output.suffix.lower() not in EXTENSIONS:
        raise UsageError(f"cannot tell the format to write into {output}; pass --format "
                         f"({', '.join(f for f in EXPORT_FORMATS if f != 'datapackage')})")
    if output.is_dir() and output.suffix.lower() in EXTENSIONS:  # d.csv/, a folder
        raise UsageError(f"{output} is a folder, though its name ends "
                         f"{output.suffix}; name a file, or pass --format datapackage to "
                         "write a data package into it")
    if output.name == "datapackage.json" or output.is_dir() or not output.suffix:
        return "datapackage"
    fmt = EXTENSIONS.get(output.suffix.lower())
    if fmt is None:
        raise UsageError(f"cannot tell the format from '{output.suffix}'; pass --format "
                         f"({', '.join(EXPORT_FORMATS)})")
    return fmt


# --- flat rows -------------------------------------------------------------------------

def write_flat(rows: list[dict[str, Any]], fmt: str, out: IO[str], *, raw: bool,
               excel: bool) -> None:
    from .output import write_rows

    write_rows(rows, FLAT_COLUMNS, fmt, out=out, raw=raw, excel=excel)


# --- full records, in the data file's shape ---------------------------------------------

def _drop_none(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v is not None and v != []}


def schema_of(conn: sqlite3.Connection) -> int:
    """The schema the base is written in (as its database records it)."""
    found = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return int(found[0]) if found else 1


def _in_file_order(conn: sqlite3.Connection, table: Table, columns: tuple[str, ...],
                   ids: set[str] | None) -> list[dict[str, Any]]:
    """The rows of ``table`` (``columns`` of them, lists read back), in the files' order."""
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table.name} "
                        "ORDER BY file, line, id").fetchall()
    return [decoded(dict(zip(columns, r, strict=True)), table) for r in rows
            if ids is None or r[0] in ids]


def organization_records(conn: sqlite3.Connection, ids: set[str] | None
                         ) -> list[dict[str, Any]]:
    """Organizations in the data file's shape and order; ``ids`` None: all."""
    return [_drop_none(r) for r in _in_file_order(
        conn, ORGANIZATIONS, ("id", "name", "acronym", "kind", "aliases", "country"), ids)]


def people_records(conn: sqlite3.Connection, ids: set[str] | None) -> list[dict[str, Any]]:
    return [_drop_none(r)
            for r in _in_file_order(conn, PEOPLE, ("id", "name", "aliases"), ids)]


def event_records(conn: sqlite3.Connection, ids: set[str] | None) -> list[dict[str, Any]]:
    return [_drop_none({**{k: r[k] for k in ("id", "name", "place", "region", "start", "end")},
                        "total": ({"amount": r["total_amount"], "currency": r["total_currency"]}
                                  if r["total_amount"] is not None else None)})
            for r in _in_file_order(conn, EVENTS, ("id", "name", "place", "region", "start",
                                    "end", "total_amount", "total_currency"), ids)]


def with_linked(conn: sqlite3.Connection, ids: list[str]) -> tuple[list[str], list[str]]:
    """``ids`` plus every agreement they follow or amend (transitively), so references
    resolve. Returns (all ids, the ones added)."""
    chosen = set(ids)
    added: list[str] = []
    pending = list(ids)
    while pending:
        found = conn.execute("SELECT follows, amends FROM agreements WHERE id = ?",
                             (pending.pop(),)).fetchone()
        for linked in found or ():
            if linked and linked not in chosen:
                chosen.add(linked)
                added.append(linked)
                pending.append(linked)
    return ids + added, added


def agreement_records(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """Agreements in the data file's shape (its keys, parties as org and role), in the
    data file's order."""
    from ..query.queries import nested_records

    order = {ident: (file or "", line or 0) for ident, file, line in conn.execute(
        f"SELECT agreement_id, file, line FROM {AGREEMENT_LINES.name}")}
    ordered = sorted(set(ids), key=lambda i: (order.get(i, ("", 0)), i))
    return [schema_shape(record) for record in nested_records(conn, ordered)]


def schema_shape(record: dict[str, Any]) -> dict[str, Any]:
    """A nested record as the data file writes it: ids instead of resolved names, no
    reverse links, no empty values, keys in the format's order."""
    event = record.get("event") or {}
    shaped = {
        "id": record["id"], "title": record["title"], "type": record["type"],
        "signed_on": record["signed_on"], "place": record["place"],
        "region": record["region"], "status": record.get("status"),
        "status_on": record.get("status_on"),
        "parties": [{"org": p["org"], "role": p["role"]} for p in record["parties"]],
        "signatories": [_drop_none({"person": s["person"], "org": s["org"],
                                    "title": s.get("title")})
                        for s in record.get("signatories") or []],
        "funding": record["funding"], "period": record["period"], "jobs": record["jobs"],
        "sectors": record["sectors"], "event": event.get("id") or event.get("name"),
        "follows": record["follows"], "amends": record.get("amends"),
        "summary": record["summary"],
        "sources": [_drop_none(s) for s in record["sources"]],
    }
    for key in ("funding", "period", "jobs"):
        if shaped.get(key):
            shaped[key] = _drop_none(shaped[key])
    return _drop_none(shaped)


class Selection:
    """A self-contained part of the base: the agreements chosen, those they follow or
    amend, and every organization, person and event they name (all of them when nothing
    was filtered)."""

    def __init__(self, conn: sqlite3.Connection, ids: list[str], filtered: bool,
                 note: Callable[[str], None], chosen_by: str = "") -> None:
        ids, added = with_linked(conn, ids)
        self.filtered = filtered
        self.chosen_by = chosen_by  # the filters as typed: what a file says it holds
        self.added = set(added)  # in it only because a chosen agreement names them
        if added:
            note(f"also exported {len(added)} agreement(s) that the selection follows or "
                 f"amends ({', '.join(sorted(added))}), so every reference resolves")
        self.schema = schema_of(conn)
        self.agreements = agreement_records(conn, ids)
        used = (lambda found: set(found)) if filtered else (lambda found: None)
        a = self.agreements
        self.organizations = organization_records(
            conn, used(p["org"] for x in a for p in x["parties"]))
        self.people = people_records(
            conn, used(s["person"] for x in a for s in x.get("signatories", [])))
        self.events = (event_records(conn, used(x["event"] for x in a if "event" in x))
                       if self.schema >= 2 else [])

    def ids(self, section: str) -> set[str]:
        return {item["id"] for item in getattr(self, section)}


def write_yaml(chosen: Selection, out: IO[str], header: str) -> None:
    """A file in the base's schema: every string that YAML could read as something else
    is quoted (dates, NO, 010), integers stay plain, no anchors or tags are ever written."""
    import yaml

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

        def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
            return super().increase_indent(flow, False)  # lists indented, as we write them

    out.write(header)
    body: dict[str, Any] = {"schema": chosen.schema}
    if chosen.schema >= 2:
        body.update(people=chosen.people, events=chosen.events)
    body.update(organizations=chosen.organizations, agreements=chosen.agreements)
    text = yaml.dump(body, Dumper=Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100, indent=2)
    out.write(_mark_added(text, chosen.added) if chosen.added else text)


ITEM_ID = re.compile(r"^(?P<indent> *)- id: (?P<quote>['\"]?)(?P<id>[^'\"\n]+)(?P=quote)$")
NOT_CHOSEN = ("# not chosen by the export's filters: here only because a chosen agreement "
              "follows or amends it")


def _mark_added(text: str, added: set[str]) -> str:
    """``text`` with a comment above each agreement the filters did not choose, so that a
    reader of the file (without the note printed on export) tells them apart."""
    lines = text.split("\n")
    start = lines.index("agreements:") if "agreements:" in lines else len(lines)
    out = lines[:start]
    for line in lines[start:]:
        found = ITEM_ID.match(line)
        if found and found["id"] in added:
            out.append(f"{found['indent']}{NOT_CHOSEN}")
        out.append(line)
    return "\n".join(out)


# --- the command -----------------------------------------------------------------------

def export(conn: sqlite3.Connection, filters: Any, fmt: str, output: Path | None, *,
           raw: bool = False, excel: bool = False, full: bool = False,
           source: str = "", note: Callable[[str], None] = print) -> None:
    """Write the agreements ``filters`` select in ``fmt`` to ``output`` (None: stdout)."""
    from ..query.queries import list_agreements, nested_records

    if excel and fmt != "csv":
        raise UsageError("--excel applies to csv only; add --format csv")
    if full and fmt not in ("json", "jsonl"):
        raise UsageError("--full applies to json and jsonl (yaml and datapackage are full "
                         "already)")
    rows = list_agreements(conn, filters)
    chosen_by = filters.described() if filters else ""
    if not rows and output is not None and not is_stream(output):
        # never an empty file, nor an earlier export replaced by one (as the views)
        raise NothingMatched(filters.matched_nothing(), output)
    if fmt == "datapackage":
        from .datapackage import write_datapackage

        if output is None:
            raise UsageError("a data package is a folder; pass --output FOLDER")

        def marked(said: str) -> None:  # the rows pulled in are told apart in the data
            note(f"{said}; agreements.csv marks them selected=false")

        write_datapackage(conn, Selection(conn, [r["id"] for r in rows], bool(filters),
                                          marked, chosen_by), output, raw)
        return

    def write(out: IO[str]) -> None:
        if fmt == "yaml":
            chosen = Selection(conn, [r["id"] for r in rows], bool(filters), note, chosen_by)
            write_yaml(chosen, out, yaml_header(source, chosen))
        elif fmt == "ftm":
            from .ftm import write_ftm

            write_ftm(Selection(conn, [r["id"] for r in rows], bool(filters), note,
                                chosen_by), out)
        elif full:
            records = nested_records(conn, [r["id"] for r in rows])
            if fmt == "json":
                out.write(json_text(records, indent=2) + "\n")
            else:
                for record in records:
                    out.write(json_text(record) + "\n")
        else:
            write_flat(rows, fmt, out, raw=raw, excel=excel)

    if output is None:
        write(sys.stdout)
        return
    if output.is_dir():
        raise UsageError(f"{output} is a folder; name a file, or use --format datapackage")
    with atomic_write(output) as out:
        write(out)


def yaml_header(source: str, chosen: Selection) -> str:
    from .. import __version__

    origin = f" from {source}" if source else ""
    count = len(chosen.agreements)
    said = [f"# Exported by conv {__version__}{origin}: {count} agreement(s)."]
    if chosen.filtered:
        said.append(f"# Chosen by its filters ({one_line(chosen.chosen_by)}): "
                    f"{count - len(chosen.added)} agreement(s).")
    if chosen.added:
        said.append(f"# Also here, only so that every reference resolves, {len(chosen.added)} "
                    "that they follow or amend (each marked by a comment; count and sum "
                    f"without them): {', '.join(sorted(chosen.added))}.")
    said.append(f"# {COMMENTS_LEFT} (copy its YAML files to keep them).")
    return "\n".join([*said, "# Check it with: conv --data THIS-FILE validate", ""])


# What a YAML export cannot carry: said in its header, and on stderr (cli/commands.py).
COMMENTS_LEFT = ("The records only: the comments of the base's files, its curators' notes "
                 "on sources and derived facts, are not exported")
