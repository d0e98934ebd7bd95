"""The compact index of a base's agreements that the rules across them read (checks.py),
added to as the agreements stream by: a 100 000-agreement base keeps an int or two per id,
never the agreements themselves."""

from __future__ import annotations

from typing import cast

from .records import Agreement, Located
from .yamlnodes import Problem


def problem_at(record: Located, path: str, message: str) -> Problem:
    """A problem where ``path`` of ``record`` is written (its record's line when it is not)."""
    line, col = record["_marks"].get(path, (record["_line"], 1))
    return Problem(record["_source"], line, col, message)


class Index:
    """The agreements of a base as the index rules need them, added in file order: for
    each id where it is first defined; the duplicates; and for follows and amends each
    agreement's link (the last definition of an id wins, as in a dict), where the first
    definition of an id writes it, and the links not known to resolve when added."""

    LINKS = ("follows", "amends")

    def __init__(self) -> None:
        self.sources: list[str] = []
        self._numbers: dict[str, int] = {}
        self.first: dict[str, int] = {}  # id -> where its id is first written, packed
        self.record_lines: dict[str, int] = {}  # id -> its record's line, when not the id's
        self.duplicates: list[tuple[str, Problem, int]] = []  # (id, where, first)
        self.links: dict[str, dict[str, str]] = {key: {} for key in self.LINKS}
        self.link_at: dict[str, dict[str, Problem]] = {key: {} for key in self.LINKS}
        self.pending: dict[str, list[tuple[str | None, str, Problem]]] = {
            key: [] for key in self.LINKS}

    # One int per id (a 100 000-agreement base keeps 100 000 of them): the file's number,
    # the line and the column, in an order that sorts as the files do.
    def _pack(self, source: str, line: int, col: int) -> int:
        number = self._numbers.get(source)
        if number is None:
            number = self._numbers[source] = len(self.sources)
            self.sources.append(source)
        return number << 56 | line << 20 | col

    def where(self, packed: int) -> tuple[int, str]:
        """The line and the file of a packed location."""
        return (packed >> 20) & ((1 << 36) - 1), self.sources[packed >> 56]

    def add(self, record: Agreement) -> None:
        ident = record.get("id")
        first = False
        if ident is not None:
            line, col = record["_marks"].get("id", (record["_line"], 1))
            found = self.first.get(ident)
            if found is None:
                first = True
                self.first[ident] = self._pack(record["_source"], line, col)
                if record["_line"] != line:
                    self.record_lines[ident] = record["_line"]
            else:
                self.duplicates.append((ident, problem_at(record, "id", ""), found))
        for key in self.LINKS:
            target = cast("str | None", record.get(key))  # follows, amends: slugs
            if ident is not None:
                if target is None:
                    self.links[key].pop(ident, None)
                else:
                    self.links[key][ident] = target
            if target is None:
                continue
            at = problem_at(record, key, "")
            if first and ident is not None:
                self.link_at[key][ident] = at
            if target == ident or target not in self.first:
                self.pending[key].append((ident, target, at))

    def first_location(self, ident: str, key: str) -> Problem:
        """Where the first definition of ``ident`` writes ``key`` (its record's line and
        column 1 when it does not)."""
        found = self.link_at[key].get(ident)
        if found is not None:
            return found
        line, source = self.where(self.first[ident])
        return Problem(source, self.record_lines.get(ident, line), 1, "")
