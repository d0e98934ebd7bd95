"""`conv validate`: read the YAML itself (never the cache) and report every problem."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .cache import DataFile, read_data
from .loader import display_path, load_bytes
from .yamlnodes import Problem


@dataclass
class Report:
    source: str
    problems: list[Problem]
    agreements: int
    organizations: int

    def summary(self) -> str:
        return (f"ok: {self.agreements} agreements, {self.organizations} organizations, "
                f"no problems in {self.source}")

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.source, "ok": not self.problems,
                "agreements": self.agreements, "organizations": self.organizations,
                "problems": [p.as_dict() for p in self.problems]}


def validate(data: DataFile) -> Report:
    source = display_path(data.path)
    result = load_bytes(read_data(data), source)
    dataset = result.dataset
    return Report(source, result.problems,
                  len(dataset.agreements) if dataset else 0,
                  len(dataset.organizations) if dataset else 0)
