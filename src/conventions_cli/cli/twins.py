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
        self.seen: list[Any] = []
        self.by_party: dict[str, list[int]] = {}
        self.ids: dict[str, Any] = {}
        self.lines: dict[str, list[str]] = {}  # a file's lines, read for _forced
        self.warnings: list[Problem] = []

    def begin(self, header: Any) -> None:
        self.organizations = list(header.organizations)

    def restart(self) -> None:
        self.seen, self.by_party, self.ids, self.warnings = [], {}, {}, []

    def agreement(self, record: Any, chunk: int | None, prepared: Any = None) -> None:
        keys = _keys(record)
        # only those it shares a party or a signatory with can look like it (the rule asks one)
        near = sorted({n for key in keys for n in self.by_party.get(key, ())})
        if near:
            from ..drafting.add import lookalikes
            from ..drafting.document import Draft

            draft = Draft("", data={"agreements": [record]})
            base = SimpleNamespace(agreements=[self.seen[n] for n in near],
                                   organizations=self.organizations)
            for said in lookalikes(draft, base):
                old = self.ids.get(said.partition(" looks like ")[2].split(" (")[0])
                if old is not None and _nothing_apart(record, old) \
                        and not self._forced(record, str(old.get("id"))):
                    self.warnings.append(_warning(record, said))
        for key in keys:
            self.by_party.setdefault(key, []).append(len(self.seen))
        self.seen.append(record)
        self.ids.setdefault(str(record.get("id")), record)


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


def _nothing_apart(new: Any, old: Any) -> bool:
    """Beyond draft --add's rule (made for a draft, which a second report may word
    differently), nothing the curator wrote tells the two apart: the same type, parties
    and signatories, the same amount to the unit (the base's are exact) or none, the
    same period, jobs, sectors and place, and, when neither gives an amount, the same
    title (accents and case aside). Both are dated: two undated records say too little
    to call them one. Several conventions signed at one ceremony differ in one of them."""
    from ..text import fold

    def parties(record: Any) -> set[tuple[str, str]]:
        return {(str(p.get("org")), str(p.get("role"))) for p in record.get("parties") or []
                if isinstance(p, dict)}

    def signers(record: Any) -> set[str]:
        return {str(s.get("person")) for s in record.get("signatories") or []
                if isinstance(s, dict)}

    def money(record: Any) -> tuple[float, str] | None:
        funding = record.get("funding")
        if not isinstance(funding, dict) or not isinstance(funding.get("amount"),
                                                           (int, float)):
            return None
        return float(funding["amount"]), str(funding.get("currency") or "")

    if not (new.get("signed_on") and old.get("signed_on")) or new.get("id") == old.get("id"):
        return False  # an undated pair says too little; one id twice is a problem already
    if (str(new.get("type") or "other") != str(old.get("type") or "other")
            or parties(new) != parties(old) or signers(new) != signers(old)
            or any(new.get(key) != old.get(key) for key in ("period", "jobs"))
            or {fold(str(x)) for x in new.get("sectors") or []}
            != {fold(str(x)) for x in old.get("sectors") or []}
            or fold(str(new.get("place") or "")) != fold(str(old.get("place") or ""))):
        return False
    a, b = money(new), money(old)
    if a is None or b is None:
        return a is None and b is None and fold(str(new.get("title") or "")) == fold(
            str(old.get("title") or ""))
    return a == b  # the base's amounts are exact: 200 and 200.31 M€ are two loans


def _keys(record: Any) -> set[str]:
    keys = {f"org:{p.get('org')}" for p in record.get("parties") or []
            if isinstance(p, dict) and p.get("org")}
    keys |= {f"person:{s.get('person')}" for s in record.get("signatories") or []
             if isinstance(s, dict) and s.get("person")}
    return keys


def _warning(record: Any, said: str) -> Problem:
    """``said``: "NEW looks like OLD (file:line): why", as draft --add says it."""
    _, _, rest = said.partition(" looks like ")
    line, col = record.get("_marks", {}).get("id", (record["_line"], 1))
    return Problem(record["_source"], line, col,
                   f"agreement {quote(record.get('id'))} looks like {rest}, and nothing "
                   "tells them apart: if it is one signing entered twice, keep one (stats "
                   "counts it twice); if two, write what differs (title, date, amount)")
