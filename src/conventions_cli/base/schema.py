"""Schemas 1 and 2: the keys each mapping may hold and how each value is read from its
string. Schema 2 is schema 1 plus people, events, uncertain dates, status, amendments and
signatories (DESIGN §2b)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from ..text import fold, nearest, quote
from .dates import DateError, bounds, plain_bounds
from .vocabulary import AGREEMENT_TYPES, ORG_KINDS, ROLES, STATUSES, currency_meant, meant

SCHEMA_VERSIONS = (1, 2)
SCHEMA_VERSION = 2  # what conv writes (migrate, export yaml of a schema-2 base)

__all__ = ["AGREEMENT_TYPES", "ORG_KINDS", "ROLES", "STATUSES"]

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
INTEGER = re.compile(r"[0-9]+\Z")
YEAR = re.compile(r"[0-9]{4}\Z")
COUNTRY = re.compile(r"[A-Z]{2}\Z")
CURRENCY = re.compile(r"[A-Z]{3}\Z")


class Invalid(ValueError):
    """A value that does not fit its field; the message says what to write instead, and
    ``or_remove`` that leaving the key out is a fix too (never for a required key)."""

    def __init__(self, message: str, or_remove: bool = False) -> None:
        super().__init__(message)
        self.or_remove = or_remove


# Blanks a value may carry at its ends, copied from a web page: invisible, yet " industrie "
# is then a sector apart from "industrie", and "Maroc " a name of its own. (YAML strips
# spaces and tabs from the ends of a plain value, never a no-break space: a plain value
# may end with one as a quoted value may.)
EDGE_BLANKS = " \t\u00a0\u202f"
# Named, since a listing shows the two no-break spaces as an ordinary one.
_BLANK_NAMES = {" ": "a space", "\t": "a tab", "\u00a0": "a no-break space (U+00A0)",
                "\u202f": "a narrow no-break space (U+202F)"}


def text(value: str) -> str:
    """A value on one line (a title, a name): a line break at an end, as a `title: |` or
    `title: >` block keeps, is a blank like a space, and as invisible in a listing."""
    _edged(value, value.strip("\n\r") or value)
    if value[0] in "\n\r" or value[-1] in "\n\r":
        raise Invalid(f"{quote(value)} has a line break at its start or end, which would "
                      "make it a value apart from the same words without it; remove it "
                      "(a block written |- or >- keeps none)")
    return value


def prose(value: str) -> str:
    """A text of lines (a summary): a block's final line break is part of its writing."""
    return _edged(value, value.rstrip("\n"))


def invisible(ch: str) -> bool:
    """A blank or a character that shows nothing: a space of any width (Zs), a tab, a
    format character (Cf: zero-width space and joiners, soft hyphen, word joiner, BOM,
    direction marks)."""
    return ch in EDGE_BLANKS or (not ch.isascii()
                                 and unicodedata.category(ch) in ("Zs", "Cf"))


def blank_name(ch: str) -> str:
    """How a message names an invisible character: a no-break space (U+00A0)."""
    known = _BLANK_NAMES.get(ch)
    if known:
        return known
    name = unicodedata.name(ch, "invisible character").lower()
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name} (U+{ord(ch):04X})"


def _edged(value: str, body: str) -> str:
    """``value``, unless empty or with an invisible character at an end of ``body`` (the
    value without the line breaks allowed at its ends)."""
    if not value.strip():
        raise Invalid("is empty; write a value", or_remove=True)
    for blank, end in ((body[0], "start"), (body[-1], "end")):
        if invisible(blank):
            raise Invalid(f"{quote(value)} has {blank_name(blank)} at its {end}, which "
                          "would make it a value apart from the same words without it; "
                          "remove it")
    return value


def slug(value: str) -> str:
    if not SLUG.match(value):
        hidden = next((ch for ch in value if invisible(ch) and ch != " "), None)
        held = f" (it holds {blank_name(hidden)})" if hidden else ""
        raise Invalid(f"{quote(value)} is not a slug{held}; use lowercase letters, digits "
                      "and hyphens (e.g. cti-2022)")
    return value


# The years an agreement, a report, a period or a promise of this base can fall in:
# 0202-06-07 or 2202 is a slip of the keyboard, never a year a report gives. (Filters on
# the command line take any year: asking about 1850 is no mistake.)
FIRST_YEAR, LAST_YEAR = 1900, 2100
YEARS_IN = re.compile(r"\d{4}")


def _plausible(value: str) -> str:
    for found in YEARS_IN.findall(value):
        if not FIRST_YEAR <= int(found) <= LAST_YEAR:
            raise Invalid(f"{quote(value)} is outside {FIRST_YEAR}-{LAST_YEAR}; check the "
                          "year's digits (a digit left out or swapped)")
    return value


def date(value: str) -> str:
    """YYYY-MM-DD, YYYY-MM or YYYY, a real day or month."""
    try:
        plain_bounds(value)
    except DateError as exc:
        raise Invalid(f"{quote(value)} {exc}") from None
    return _plausible(value)


def edtf_date(value: str) -> str:
    """Schema 2's signing date: a plain date, an interval A/B of them, or either with a
    trailing ? (uncertain) or ~ (approximate); kept as written."""
    try:
        bounds(value)
    except DateError as exc:
        raise Invalid(f"{quote(value)} {exc}") from None
    return _plausible(value)


@functools.cache
def _currencies() -> frozenset[str]:
    from iso4217 import Currency  # the standard's list, kept up to date as a package

    return frozenset(code.upper() for code in Currency.__members__)


def currency(value: str) -> str:
    """A real ISO 4217 code (schema 2): MAD, EUR, USD, …"""
    if value not in _currencies():
        code = currency_meant(fold(value))
        hint = (f"; write it in capitals ({value.upper()})" if value.upper() in _currencies()
                else f"; did you mean {code}?" if code
                else "; write the ISO 4217 code, e.g. MAD, EUR, USD")
        raise Invalid(f"{quote(value)} is not an ISO 4217 currency code{hint}")
    return value


# Amounts and counts stay below a million billion: far above any agreement, and the sum
# of thousands of them still fits SQLite's 64-bit integers (stats adds them up).
MAX_INTEGER = 10**15 - 1


def integer(value: str) -> int:
    if not INTEGER.match(value):
        raise Invalid(f"{quote(value)} is not a non-negative whole number; write digits only "
                      "(e.g. 250000000)")
    # Compared as text first: int() of thousands of digits is refused by Python itself.
    digits = value.lstrip("0")
    if len(digits) > len(str(MAX_INTEGER)) or (digits and int(digits) > MAX_INTEGER):
        # The same bound for amounts and jobs; a unit is never the fix (an amount is in
        # whole units of its currency, and there is no other unit to write it in).
        raise Invalid(f"{quote(value)} is too large (at most 999 999 999 999 999); check "
                      "for extra digits")
    return int(value)


# The most direct jobs one agreement can promise: above Morocco's labour force (about 12
# million) a figure is a slip of the keyboard, or a sum of jobs that are not direct ones.
MAX_JOBS = 10_000_000


def jobs(value: str) -> int:
    count = integer(value)
    if count > MAX_JOBS:
        raise Invalid(f"{quote(value)} is more jobs than one agreement can promise (at most "
                      "10 000 000, near Morocco's whole labour force); check for extra "
                      "digits")
    return count


def year(value: str) -> int:
    if not YEAR.match(value):
        raise Invalid(f"{quote(value)} is not a year; write four digits (e.g. 2025)")
    return int(_plausible(value))


def enum(choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            # the value meant, when it is spelt close (minstry, convention cadre, in force)
            # or written in French (signataire)
            french = meant(fold(value), choices)
            close = [french] if french else nearest(value, choices, cutoff=0.8)
            hint = f"; did you mean {quote(close[0])}?" if close else ""
            raise Invalid(f"{quote(value)} is not one of: {', '.join(choices)}{hint}")
        return value
    return check


def pattern(regex: re.Pattern[str], example: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not regex.match(value):
            raise Invalid(f"{quote(value)} is not valid; write it like {example}")
        return value
    return check


def url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        from .pasted import wrapping_quotes

        quotes = wrapping_quotes(value)
        if quotes and value[1:-1].strip().startswith(("http://", "https://")):
            raise Invalid(f"{quote(value)} is wrapped in typographic quotes ({quotes}), "
                          "which YAML keeps as part of the value; remove them")
        raise Invalid(f"{quote(value)} is not a web address; start it with https://")
    return value


@dataclass(frozen=True)
class Field:
    """How one key is read: a scalar converter, a nested mapping, or a list of either."""

    required: bool = False
    scalar: Callable[[str], object] | None = None
    mapping: dict[str, Field] | None = None
    list_of: Field | None = None
    min_items: int = 0


def scalar(convert: Callable[[str], object], required: bool = False) -> Field:
    return Field(required=required, scalar=convert)


PARTY = {"org": scalar(slug, True), "role": scalar(enum(ROLES), True)}
FUNDING = {"amount": scalar(integer, True),
           "currency": scalar(pattern(CURRENCY, "MAD (ISO 4217)"), True)}
PERIOD = {"start": scalar(year, True), "end": scalar(year)}
JOBS = {"direct": scalar(jobs, True), "by": scalar(year)}
SOURCE = {"publisher": scalar(text, True), "published_on": scalar(date, True),
          "title": scalar(text), "url": scalar(url)}

ORGANIZATION = {
    "id": scalar(slug, True),
    "name": scalar(text, True),
    "acronym": scalar(text),
    "kind": scalar(enum(ORG_KINDS), True),
    "aliases": Field(list_of=scalar(text)),
    "country": scalar(pattern(COUNTRY, "MA (ISO 3166-1 alpha-2)")),
}

AGREEMENT = {
    "id": scalar(slug, True),
    "title": scalar(text, True),
    "type": scalar(enum(AGREEMENT_TYPES), True),
    "signed_on": scalar(date),
    "place": scalar(text),
    "region": scalar(text),
    "parties": Field(required=True, list_of=Field(mapping=PARTY), min_items=1),
    "funding": Field(mapping=FUNDING),
    "period": Field(mapping=PERIOD),
    "jobs": Field(mapping=JOBS),
    "sectors": Field(list_of=scalar(text)),
    "event": scalar(text),
    "follows": scalar(slug),
    "summary": scalar(prose),
    "sources": Field(required=True, list_of=Field(mapping=SOURCE), min_items=1),
}


# --- schema 2 -------------------------------------------------------------------------

FUNDING_2 = {"amount": scalar(integer, True), "currency": scalar(currency, True)}
SIGNATORY = {"person": scalar(slug, True), "org": scalar(slug, True), "title": scalar(text)}
PERSON = {
    "id": scalar(slug, True),
    "name": scalar(text, True),
    "aliases": Field(list_of=scalar(text)),
}
EVENT = {
    "id": scalar(slug, True),
    "name": scalar(text, True),
    "place": scalar(text),
    "region": scalar(text),
    "start": scalar(date),
    "end": scalar(date),
    "total": Field(mapping=FUNDING_2),
}
AGREEMENT_2 = {
    **AGREEMENT,
    "signed_on": scalar(edtf_date),
    "status": scalar(enum(STATUSES)),
    "status_on": scalar(date),
    "funding": Field(mapping=FUNDING_2),
    "event": scalar(slug),
    "amends": scalar(slug),
    "signatories": Field(list_of=Field(mapping=SIGNATORY)),
}


def schema_number(value: str) -> int:
    if value not in {str(v) for v in SCHEMA_VERSIONS}:
        raise Invalid(f"{quote(value)} is not supported; this version of conv reads schema: "
                      f"{' or '.join(str(v) for v in SCHEMA_VERSIONS)}")
    return int(value)


TOP = {
    "schema": scalar(schema_number, True),
    "organizations": Field(list_of=Field(mapping=ORGANIZATION)),
    "agreements": Field(required=True, list_of=Field(mapping=AGREEMENT)),
}
TOP_2 = {
    "schema": TOP["schema"],
    "people": Field(list_of=Field(mapping=PERSON)),
    "events": Field(list_of=Field(mapping=EVENT)),
    "organizations": TOP["organizations"],
    "agreements": Field(required=True, list_of=Field(mapping=AGREEMENT_2)),
}
TOPS = {1: TOP, 2: TOP_2}
