"""An agreement's rows as the database takes them: the insert statements, the known
organizations, people and events the rows are derived with, the stemmed index's row.
Shared by the build, the incremental update and the full-text indexes (fulltext.py)."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, cast

from ..base.dates import bounds, year_of
from ..base.geography import town_words
from ..text import keep_whole, stemmed_text
from .tables import (
    AGREEMENT_LINES,
    AGREEMENTS,
    PARTIES,
    PARTNER,
    PARTY_COLUMN,
    SEARCH_COLUMNS,
    SIGNATORIES,
    SOURCES,
    STEM_TABLE,
    Known,
    Table,
    derived_where,
    row_values,
)

# A town's name is its own stem, in the index and in a search alike (text.keep_whole).
keep_whole(town_words())

TYPE_CHECKING = False
if TYPE_CHECKING:  # the full-text indexes read this module, never YAML
    from ..base.records import Dataset

_SEARCHED = [n for n, c in enumerate(AGREEMENTS.columns) if c.search]
STEM_INSERT = (f"INSERT INTO {STEM_TABLE} (rowid, {', '.join(SEARCH_COLUMNS)}) "
               f"VALUES (?, {', '.join('?' for _ in SEARCH_COLUMNS)})")


# json.dumps(value, ensure_ascii=False), as the declared columns write lists
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_STRINGS: dict[str, str] = {}  # a text -> its JSON (names and sectors come back often)


def json_list(values: list[Any]) -> str:
    """A list of texts as JSON, each text's JSON made once."""
    if not values:
        return "[]"
    parts = []
    for value in values:
        found = _STRINGS.get(value) if type(value) is str else None
        if found is None:
            if type(value) is not str:
                return _ENCODE(values)
            if len(_STRINGS) > 100_000:
                _STRINGS.clear()
            found = _STRINGS[value] = _ENCODE(value)
        parts.append(found)
    return "[" + ", ".join(parts) + "]"


# The tables an agreement's rows go to, in the order agreement_rows gives them.
AGREEMENT_TABLES = (AGREEMENTS, PARTIES, SIGNATORIES, SOURCES, AGREEMENT_LINES)


def insert_sql(table: Table) -> str:
    names = [c.name for c in table.columns]
    return (f"INSERT INTO [{table.name}] ({', '.join(f'[{n}]' for n in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})")


def stem_row(rowid: int, values: tuple[Any, ...]) -> tuple[Any, ...]:
    """The stemmed index's row for an agreements row (its rowid and its values)."""
    return (rowid, *[stemmed(values[n]) for n in _SEARCHED])


def stem_rows(found: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """The stemmed index's rows for agreements rows given as their rowid and their
    searched values (``searched``), as stem_row makes them: the title and the summary,
    seldom alike, stemmed without being remembered."""
    if not FAST:
        for rowid, *texts in found:
            yield (rowid, *[stemmed(text) for text in texts])
        return
    for rowid, title, place, ministries, partners, people, public, summary in found:
        yield (rowid, stemmed_text(title), stemmed(place), stemmed(ministries),
               stemmed(partners), stemmed(people), stemmed(public), stemmed_text(summary))


@functools.lru_cache(maxsize=4096)
def stemmed(value: str | None) -> str:
    """A text as the stemmed index holds it (places and parties' names come back often)."""
    return stemmed_text(value)


def searched(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """The values of an agreements row that the full-text indexes hold."""
    return tuple(values[n] for n in _SEARCHED)


def values(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    """A row given as a dict, as the tuple the table's insert takes."""
    return tuple(row.get(c.name) for c in table.columns)


def known_of(header: Dataset) -> Known:
    """What the rows of agreements name, by id."""
    return Known(*({item["id"]: item for item in items if "id" in item} for items in (
        header.organizations, header.people, header.events)))


# The agreements' columns agreement_rows was written for, in order: when tables.py
# declares others, the rows are made from the declaration (row_values) instead.
WRITTEN_FOR = ("id", "title", "type", "signed_on", "place", "region", "ministries",
               "partners", "amount", "currency", "period_start", "period_end",
               "jobs_direct", "jobs_by", "sectors", "follows", "sources", "status", "event",
               "people", "region_derived", "status_on", "date_start", "date_end",
               "public_parties", "place_derived", "amends", "year", "years", "summary",
               "event_id", "file")
FAST = tuple(c.name for c in AGREEMENTS.columns) == WRITTEN_FOR and \
    [c.name for c in PARTIES.columns] == ["agreement_id", "org_id", "role", "position"] and \
    [c.name for c in SOURCES.columns] == ["agreement_id", "position", "publisher",
                                          "published_on", "title", "url"] and \
    [c.name for c in SIGNATORIES.columns] == ["agreement_id", "position", "person_id",
                                              "org_id", "title"] and \
    SEARCH_COLUMNS == ("title", "place", "ministries", "partners", "people",
                       "public_parties", "summary") and \
    [c.name for c in AGREEMENT_LINES.columns] == ["agreement_id", "file", "line"]
_NONE: dict[str, Any] = {}


# What the build binds for a missing value: SQLite stores a NaN as NULL, and Python's
# sqlite3 binds a float at once where a None goes through its adapters first (two
# attribute lookups that fail): a tenth of a second per 100 000 values.
NULL = float("nan")


def agreement_rows(record: Mapping[str, Any], known: Known, null: Any = None
                   ) -> list[list[tuple[Any, ...]]]:
    """The agreement's rows in each of AGREEMENT_TABLES: what row_values gives, made in
    one pass over the record (a build spends most of its time per agreement; tests hold
    the two ways equal). A missing value is ``null`` (NULL:
    what the database stores for None), or None when the declaration gives the rows."""
    if not FAST:
        return [row_values(table, record, known) for table in AGREEMENT_TABLES]
    get = record.get
    ident = record["id"]
    parties = get("parties", [])
    organizations = known.organizations
    ministries: list[str] = []
    partners: list[str] = []
    public: list[str] = []
    columns = {"ministry": ministries, "partner": partners, "public": public}
    party_rows = []
    for position, party in enumerate(parties):
        org = organizations.get(party["org"])
        if org is not None:
            columns[PARTY_COLUMN.get(org.get("kind"), PARTNER)].append(org["name"])
        party_rows.append((ident, party.get("org"), party.get("role"), position))
    people: list[str] = []
    signatory_rows = []
    for position, signatory in enumerate(get("signatories", [])):
        person = known.people.get(signatory.get("person"))
        if person is not None and person["name"] not in people:
            people.append(person["name"])
        signatory_rows.append((ident, position, signatory.get("person", null),
                               signatory.get("org", null), signatory.get("title", null)))
    sources = get("sources", [])
    source_rows = [(ident, position, source.get("publisher", null),
                    source.get("published_on", null), source.get("title", null),
                    source.get("url", null))
                   for position, source in enumerate(sources)]
    signed_on = get("signed_on")
    dated = _DATED.get(signed_on) if signed_on else _UNDATED
    if dated is None:
        dated = _dated(cast(str, signed_on))
    first, last, years, year = dated
    event = get("event")
    events = known.events
    event_name = events.get(event, _NONE).get("name", event) if event else null
    funding = get("funding") or _NONE
    period = get("period") or _NONE
    jobs = get("jobs") or _NONE
    place = get("place")
    region = get("region")
    place_derived, region_derived = derived_where(record, events) \
        if event or not region and place else (null, null)
    row = (ident, get("title", null), get("type", null), get("signed_on", null),
           get("place", null), get("region", null), json_list(ministries),
           json_list(partners), funding.get("amount", null), funding.get("currency", null),
           period.get("start", null), period.get("end", null), jobs.get("direct", null),
           jobs.get("by", null), json_list(get("sectors") or []), get("follows", null),
           len(sources), get("status", null), event_name, json_list(people), region_derived,
           get("status_on", null), first, last, json_list(public), place_derived,
           get("amends", null), year, years, get("summary", null),
           event if event in events else null, get("_file", null))
    return [[row], party_rows, signatory_rows, source_rows,
            [(ident, get("_file", null), get("_line", null))]]


# A signing date -> its first and last days, its years as JSON, its year (dates repeat).
_DATED: dict[str, tuple[str | None, str | None, str, int | None]] = {}
_UNDATED: tuple[str | None, str | None, str, int | None] = (None, None, "[]", None)


def _dated(signed_on: str) -> tuple[str | None, str | None, str, int | None]:
    first, last = bounds(signed_on)
    years = "[" + ", ".join([str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]) + "]"
    found = (first, last, years, year_of(signed_on))
    if len(_DATED) > 65536:
        _DATED.clear()
    _DATED[signed_on] = found
    return found
