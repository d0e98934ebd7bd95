"""`conv validate`'s warning of an agreement entered twice (copied under a second id, or a
second outlet's report of one signing added by hand): stats would count its money twice.

The rule is the one `conv draft --add` refuses a draft by (drafting.add.lookalikes), applied
to each agreement against those before it; the warning stands at the second, names the
first and where it is."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from ..base.loader import Sink
from ..base.yamlnodes import Problem
from ..text import quote


class Lookalikes(Sink):
    def __init__(self) -> None:
        self.organizations: list[Any] = []
        self.by_facts: dict[Any, list[Any]] = {}
        self.lines: dict[str, list[str]] = {}  # a file's lines, read for _forced
        self.warnings: list[Problem] = []

    def begin(self, header: Any) -> None:
        self.organizations = list(header.organizations)

    def restart(self) -> None:
        self.by_facts, self.warnings = {}, []

    def agreement(self, record: Any, chunk: int | None, prepared: Any = None) -> None:
        if not record.get("signed_on"):
            return  # an undated pair says too little to call them one
        key = _facts(record)
        # only those with the same facts can be warned of: draft --add's rule is asked of them
        near = [old for old in self.by_facts.get(key, ()) if _nothing_apart(record, old)]
        if near:
            from ..drafting.add import lookalikes
            from ..drafting.document import Draft

            draft = Draft("", data={"agreements": [record]})
            base = SimpleNamespace(agreements=near, organizations=self.organizations)
            for said in lookalikes(draft, base):
                old = said.partition(" looks like ")[2].split(" (")[0]
                if not self._forced(record, old):
                    self.warnings.append(_warning(record, said))
        self.by_facts.setdefault(key, []).append(record)

    def _forced(self, record: Any, old: str) -> bool:
        """Whether ``record`` was added with --force past ``old``: draft --add writes so
        in a comment under its id (the curator judged them two)."""
        source = str(record["_source"])
        if source not in self.lines:
            try:
                with open(source, encoding="utf-8-sig", errors="replace") as handle:
                    self.lines[source] = handle.read().splitlines()
            except OSError:
                self.lines[source] = []
        said = "# added with --force, although it looks like "
        for line in self.lines[source][record["_line"]:]:
            if not line.strip().startswith(said):
                return False
            if re.match(rf"{re.escape(old)}(?![\w-])", line.strip()[len(said):]):
                return True
        return False


def _facts(record: Any) -> tuple[Any, ...]:
    """What the curator wrote that tells two dated agreements apart, but the title and the
    date: the type, parties (with their roles) and signatories, the amount, the period,
    jobs, sectors and place (accents and case aside)."""
    from ..text import fold

    funding = record.get("funding")
    money = ((funding.get("amount"), str(funding.get("currency") or ""))
             if isinstance(funding, dict) else None)
    return (str(record.get("type") or "other"),
            frozenset((str(p.get("org")), str(p.get("role")))
                      for p in record.get("parties") or [] if isinstance(p, dict)),
            frozenset(str(s.get("person")) for s in record.get("signatories") or []
                      if isinstance(s, dict)),
            repr(money), repr(record.get("period")), repr(record.get("jobs")),
            frozenset(fold(str(x)) for x in record.get("sectors") or []),
            fold(str(record.get("place") or "")))


def _nothing_apart(new: Any, old: Any) -> bool:
    """Of two agreements with the same facts (_facts): beyond draft --add's rule (made
    for a draft, which a second report may word differently), nothing the curator wrote
    tells them apart: an amount, the same to the unit (the base's are exact: 200 and
    200.31 M€ are two loans), or, when neither gives one, the same title (accents and case
    aside). One id twice is a problem already."""
    from ..text import fold

    if new.get("id") == old.get("id"):
        return False
    funding = new.get("funding")
    if isinstance(funding, dict) and isinstance(funding.get("amount"), (int, float)):
        return True
    return fold(str(new.get("title") or "")) == fold(str(old.get("title") or ""))


def _warning(record: Any, said: str) -> Problem:
    """``said``: "NEW looks like OLD (file:line): why", as draft --add says it."""
    _, _, rest = said.partition(" looks like ")
    line, col = record.get("_marks", {}).get("id", (record["_line"], 1))
    return Problem(record["_source"], line, col,
                   f"agreement {quote(record.get('id'))} looks like {rest}, and nothing "
                   "tells them apart: if it is one signing entered twice, keep one (stats "
                   "counts it twice); if two, write what differs (title, date, amount)")
