"""A whole number typed on the command line (--limit, --min-amount, --max-amount) the ways
people write one: digits, or grouped by spaces as conv prints amounts (`1 000 000`, a
no-break or narrow no-break space too). What conv cannot read as exactly one number
(a decimal part, dots or commas between groups, `2,5 milliards`) is refused with the
number to type instead; so is a number beyond any a base holds (an amount above the
999 999 999 999 999 validate allows, a --limit or --width of as many digits), which the
database could not even compare."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from ..base.schema import MAX_INTEGER
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
        return _bounded(flag, text, typed)
    if GROUPED.fullmatch(typed):
        return _bounded(flag, text, re.sub(f"[{SPACES}]", "", typed))
    said = f"{flag} takes a whole number, like {'1000000' if 'amount' in flag else '20'} " \
           f"(got {quote(text)})"
    instead = _instead(flag, typed)
    if instead is not None and instead > MAX_INTEGER:
        _bounded(flag, text, str(instead))  # what it means is too large to hint at
    raise UsageError(said + (f"; write {flag} {instead}" if instead is not None else ""))


def _bounded(flag: str, text: str, digits: str) -> int:
    """``digits`` as a number, refused when above every amount or count a base can hold."""
    # compared as text first: int() of thousands of digits is refused by Python itself
    kept = digits.lstrip("0")
    if len(kept) <= len(str(MAX_INTEGER)) and int(kept or "0") <= MAX_INTEGER:
        return int(kept or "0")
    if "amount" in flag:
        raise UsageError(f"{flag} {quote(text)} is above any amount a base holds (at most "
                         "999 999 999 999 999); check for extra digits")
    if flag == "--limit":
        raise UsageError(f"--limit {quote(text)} is more rows than any base holds; leave "
                         "--limit out for every row")
    raise UsageError(f"{flag} {quote(text)} is far too large; check for extra digits")


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
    # 1_000_000 as Python writes it, 1e6 as a spreadsheet shows it
    if re.fullmatch(r"\d{1,3}(?:_\d{3})+", typed):
        return int(typed.replace("_", ""))
    powered = re.fullmatch(r"(\d+(?:[.,]\d+)?)e\+?(\d{1,2})", typed, re.IGNORECASE)
    if powered:
        exact = Decimal(powered.group(1).replace(",", ".")).scaleb(int(powered.group(2)))
        if exact == exact.to_integral_value():
            return int(exact)
    scaled = SCALED.fullmatch(typed)
    if scaled:
        value = float(scaled.group(1).replace(",", ".")) * SCALES[scaled.group(2).lower()]
        return round(value)
    return None
