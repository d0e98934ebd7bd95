"""`conv validate`: read the YAML itself (never the cache) and report every problem."""

from __future__ import annotations

import re
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


TODO = re.compile(r"#\s*TODO\b:?\s*(.*)")
COMMENTED_KEY = re.compile(r"#\s*([\w-]+):")


def todo_problems(text: str, source: str) -> list[Problem]:
    """Every `# TODO` comment (conv draft leaves one for each fact it could not find) as a
    located problem, so that no gap of an added draft is forgotten."""
    problems = []
    for number, line in enumerate(text.split("\n"), 1):
        at = _comment_start(line)
        if at is None:
            continue
        found = TODO.search(line, at)
        if found:
            what = found.group(1).strip() or "a gap to fill"
            key = COMMENTED_KEY.match(line, at)  # "# funding:  # TODO: no amount found"
            if key and key.end() <= found.start():
                what = f"{key.group(1)}: {what}"
            problems.append(Problem(source, number, found.start() + 1,
                                    f"TODO left by a draft: {what}; fill it in (or remove "
                                    "the key), then delete the comment"))
    return problems


def _comment_start(line: str) -> int | None:
    """Where a YAML comment starts on the line: a '#' at its start or after a blank,
    outside quotes."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
    return None


def validate(data: DataFile) -> Report:
    source = display_path(data.path)
    raw = read_data(data)
    result = load_bytes(raw, source)
    if result.dataset is not None or not result.problems:
        text = raw.decode("utf-8-sig", errors="replace")
        result.problems = sorted([*result.problems, *todo_problems(text, source)],
                                 key=lambda p: (p.line, p.col))
    dataset = result.dataset
    if dataset is None:
        return Report(source, result.problems, 0, 0)
    return Report(source, result.problems, len(dataset.agreements),
                  len(dataset.organizations), len(dataset.people), len(dataset.events),
                  dataset.version)
