"""A whole number typed on the command line (--limit, --min-amount, --max-amount) the ways
people write one: digits, or grouped by spaces as conv prints amounts (`1 000 000`, a
no-break or narrow no-break space too). What conv cannot read as exactly one number
(a decimal part, dots or commas between groups, `2,5 milliards`) is refused with the
number to type instead."""

from __future__ import annotations

import math
import re

from ..errors import UsageError
from ..text import quote

SPACES = " \u00a0\u202f\u2009"
GROUPED = re.compile(rf"\d{{1,3}}(?:[{SPACES}]\d{{3}})+")
# 1.000.000 or 1,000,000: groups of three after one mark, repeated (or one group after a
# dot, 1.000, which French never writes as a decimal of three places in an amount)
THOUSANDS = re.compile(r"\d{1,3}(?:([.,'])\d{3})(?:\1\d{3})*")
DECIMAL = re.compile(rf"(\d{{1,3}}(?:[{SPACES}]\d{{3}})+|\d+)[.,](\d+)")
SCALED = re.compile(rf"(\d+(?:[.,]\d+)?)[{SPACES}]*(k|m|md|mds|mrd|mdh|mmdh|millions?|"
                    r"milliards?|mille)", re.IGNORECASE)
SCALES = {"k": 10**3, "mille": 10**3, "m": 10**6, "mdh": 10**6, "million": 10**6,
          "millions": 10**6, "md": 10**9, "mds": 10**9, "mrd": 10**9, "mmdh": 10**9,
          "milliard": 10**9, "milliards": 10**9}


def whole_number(flag: str, text: str) -> int:
    """``text`` as a whole number for ``flag``; a usage error saying what to type."""
    typed = text.strip(SPACES)
    if typed.isascii() and typed.isdigit():
        return int(typed)
    if GROUPED.fullmatch(typed):
        return int(re.sub(f"[{SPACES}]", "", typed))
    said = f"{flag} takes a whole number, like {'1000000' if 'amount' in flag else '20'} " \
           f"(got {quote(text)})"
    instead = _instead(flag, typed)
    raise UsageError(said + (f"; write {flag} {instead}" if instead is not None else ""))


def _instead(flag: str, typed: str) -> int | None:
    """The number to type for what was typed, when it surely means one."""
    grouped = THOUSANDS.fullmatch(typed)
    if grouped and (typed.count(grouped.group(1)) > 1 or grouped.group(1) != ","):
        return int(re.sub(r"[.,']", "", typed))
    decimal = DECIMAL.fullmatch(typed)
    if decimal:
        value = float(f"{re.sub(f'[{SPACES}]', '', decimal.group(1))}.{decimal.group(2)}")
        # amounts are whole: the same rows as the decimal bound
        return math.floor(value) if "max" in flag else math.ceil(value)
    scaled = SCALED.fullmatch(typed)
    if scaled:
        value = float(scaled.group(1).replace(",", ".")) * SCALES[scaled.group(2).lower()]
        return round(value)
    return None
