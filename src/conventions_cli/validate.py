"""`conv validate`: read the YAML itself (never the cache) and report every problem."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .cache import DataFile, base_files, snapshots
from .loader import Count, display_path, read_base
from .yamlnodes import Problem


@dataclass
class Report:
    source: str
    problems: list[Problem]
    agreements: int
    organizations: int
    people: int = 0
    events: int = 0
    schema: int = 1

    def summary(self) -> str:
        counts = [_count(self.agreements, "agreement"),
                  _count(self.organizations, "organization")]
        if self.schema >= 2:
            counts += [_count(self.people, "person", "people"), _count(self.events, "event")]
        return f"ok: {', '.join(counts)}, no problems in {self.source}"

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.source, "ok": not self.problems, "schema": self.schema,
                "agreements": self.agreements, "organizations": self.organizations,
                "people": self.people, "events": self.events,
                "problems": [p.as_dict() for p in self.problems]}


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def validate(data: DataFile) -> Report:
    """Every problem of the base (a file, or a folder of files), read as a stream."""
    source = display_path(data.path)
    files = base_files(data, snapshots(data))
    count = Count()
    outcome = read_base(files, count)
    header = outcome.header
    if header is None:
        return Report(source, outcome.problems, 0, 0)
    return Report(source, outcome.problems, count.agreements, len(header.organizations),
                  len(header.people), len(header.events), header.version)
