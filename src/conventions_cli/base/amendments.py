"""A warning of `conv validate` for an avenant whose amount is as large as the agreement's
it amends, or larger (in one currency): an avenant's `funding` is what it adds (README),
so totals add the two. A report's new total recorded as the avenant's amount counts the
first amount twice; the difference, or a comment, is what the base wants. Valid (an
avenant may add more than the first agreement held), so a warning, said at the avenant's
amount and naming the amended id.

The base is read as a stream, one agreement at a time, and an avenant may come before
what it amends: each is kept as a few numbers, and the pairs are compared at the end."""

from __future__ import annotations

from typing import Any

from ..text import quote
from .yamlnodes import Problem


def _funding(record: Any) -> tuple[int, str] | None:
    funding = record.get("funding")
    if not isinstance(funding, dict):
        return None
    amount, currency = funding.get("amount"), funding.get("currency")
    if isinstance(amount, bool) or not isinstance(amount, int) or not isinstance(currency, str):
        return None  # no amount, or one that is a problem said elsewhere
    return amount, currency


class AvenantAmounts:
    """The amounts of the agreements (by id) and of the avenants (with where theirs
    stands), read one agreement at a time."""

    def __init__(self) -> None:
        self.amounts: dict[str, tuple[int, str]] = {}
        self.avenants: list[tuple[str, int, str, str, int, int]] = []

    def check(self, record: Any) -> None:
        funding = _funding(record)
        if funding is None:
            return
        if isinstance(record.get("id"), str):
            self.amounts[record["id"]] = funding
        amends = record.get("amends")
        if isinstance(amends, str) and amends:
            line, col = record["_marks"].get("funding.amount", (record["_line"], 1))
            self.avenants.append((amends, *funding, record["_source"], line, col))

    def warnings(self) -> list[Problem]:
        found = []
        for amends, amount, currency, source, line, col in self.avenants:
            amended = self.amounts.get(amends)
            if amended is None or amended[1] != currency or amount < amended[0]:
                continue
            found.append(Problem(source, line, col, (
                f"funding.amount {amount} {currency} is as large as the amount of {quote(amends)}"
                f", the agreement it amends ({amended[0]} {currency}), or larger: an avenant's "
                "funding is what it adds, and totals add the two; if a report gives the new "
                "total, record the difference (or leave the amount out and say the total in "
                "a comment)")))
        return found
