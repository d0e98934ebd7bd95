"""What `conv draft` needs from the knowledge base: the names it knows (to link a draft to
them), and the file `--add` writes into.

From the database when the base is valid; with `--add`, or when the base has problems (as
it does while added drafts wait for their TODOs), from the files' records as written. A
draft is still useful without the base: every organization is then proposed as new.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from ..base.source import DataFile
from ..errors import ConvError, UsageError
from .kb import (
    known_agreements,
    known_events,
    known_ids,
    known_organizations,
    known_people,
    known_places,
)

__all__ = ["Base", "Known", "add_target", "knowledge"]

T = TypeVar("T")


class Base(Protocol):
    """The knowledge base a command works on (the command line's Session is one)."""

    data: DataFile
    quiet: bool

    def query(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T: ...


@dataclass
class Known:
    """The base's organizations, people and events as the linker wants them, every id it
    holds, and (read from the files) its records, which --add's lookalike check reads."""

    organizations: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    existing_ids: list[str] = field(default_factory=list)
    records: Any = None
    places: list[str] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)  # id, year, orgs

    def linking(self) -> dict[str, Any]:
        """The keyword arguments of `draft_article`."""
        return {"organizations": self.organizations, "people": self.people,
                "events": self.events, "existing_ids": self.existing_ids,
                "places": self.places, "agreements": self.agreements}


def knowledge(base: Base, from_files: bool = False) -> Known:
    """What the base knows; warns on stderr (unless quiet) when it can only be read as
    written, or not at all."""
    problem = ""
    if not from_files:
        try:
            return Known(base.query(known_organizations), base.query(known_people),
                         base.query(known_events), base.query(known_ids),
                         places=base.query(known_places),
                         agreements=base.query(known_agreements))
        except ConvError as exc:
            problem = str(exc).splitlines()[0]
    try:
        known = records_as_written(base.data)
    except ConvError as exc:
        if from_files:
            raise
        if not base.quiet:
            print(f"conv: warning: knowledge base not read ({str(exc).splitlines()[0]}); "
                  "every organization will be proposed as new", file=sys.stderr)
        return Known()
    if not from_files and not base.quiet:
        print(f"conv: warning: knowledge base has problems ({problem}); names are "
              "matched against its records as written", file=sys.stderr)
    return known


def records_as_written(data: DataFile) -> Known:
    """What the base's files say as written (every file of a folder), problems or not."""
    from ..base.records import Dataset
    from ..base.source import display_path, snapshots
    from ..files import read_file
    from .add import existing_records

    base = Dataset(display_path(data.path), version=2)
    for snapshot in snapshots(data):
        raw = read_file(snapshot.path, missing=data.missing_hint)
        one = existing_records(raw.decode("utf-8-sig", errors="replace"),
                               display_path(snapshot.path))
        for name in ("organizations", "people", "events", "agreements"):
            getattr(base, name).extend(getattr(one, name))

    def named(records: list[Any]) -> list[Any]:
        return [r for r in records if r.get("id") and r.get("name")]

    ids = [a["id"] for a in base.agreements if a.get("id")]
    ids += [r["id"] for r in (*base.organizations, *base.people, *base.events) if r.get("id")]
    return Known([{"id": o["id"], "name": o["name"], "kind": o.get("kind"),
                   "acronym": o.get("acronym"), "aliases": o.get("aliases") or [],
                   "country": o.get("country")} for o in named(base.organizations)],
                 [{"id": p["id"], "name": p["name"], "aliases": p.get("aliases") or []}
                  for p in named(base.people)],
                 [{"id": e["id"], "name": e["name"], "start": e.get("start")}
                  for e in named(base.events)],
                 ids, base,
                 sorted({str(r["place"]) for r in (*base.agreements, *base.events)
                         if isinstance(r.get("place"), str) and r["place"]}),
                 [{"id": a["id"], "year": str(a.get("signed_on") or "")[:4],
                   "orgs": [str(p.get("org")) for p in a.get("parties") or []
                            if isinstance(p, dict)]} for a in base.agreements if a.get("id")])


def add_target(data: DataFile, into: str | None) -> Path:
    """The file --add writes into: the data file, or with a folder as the base the file of
    that folder --into names; never the copy of the base installed with conv (a checkout's
    data/agreements.yaml is the curators' own)."""
    from ..base.source import is_installed_copy, is_yaml_name, yaml_files

    path = data.path
    if data.given_by == "bundled" and is_installed_copy(path):  # a folder or one of its files
        raise UsageError("the bundled knowledge base is part of the installed package; pass "
                         "--data FILE (conv export -o mine.yaml makes a copy to start from)")
    if path.is_dir():
        if not into:
            some = next(iter(yaml_files(path)), path / "FILE.yaml")
            raise UsageError(f"{path} is a folder; name the file of it to write into: "
                             f"--into {some.name}")
        # As given (team/2025.yaml, from where conv runs), or within the folder (2025.yaml)
        for target in (Path(into), path / into):
            if is_yaml_name(target.name) and target.is_file() and \
                    target.resolve().parent == path.resolve():
                return target
        raise UsageError(f"--into {into}: not a *.yaml or *.yml file of {path}; name one of "
                         "its files, e.g. --into "
                         f"{next(iter(yaml_files(path)), path / 'FILE.yaml').name} (ids stay "
                         "unique across them)")
    if into:
        raise UsageError(f"--into goes with a folder as the base (--data DIR); {path} is "
                         "one file, and --add writes into it")
    return path
