"""Every table and column of the database, declared once.

The SQLite build (build.py), the Frictionless data package (datapackage.py) and the
Datasette metadata (metadata.py) all derive from TABLES: a column added here (with the
value it takes from a record) appears in all three. Table and column names are part of
the interface: users query them with `conv sql` and Datasette.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import namedtuple

from ..base.dates import bounds, year_of
from ..base.vocabulary import AGREEMENT_TYPES, ORG_KINDS, ROLES, STATUSES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping
    from typing import Any

DATE_PATTERN = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
# Schema 2's signing dates: also an interval A/B, each date possibly uncertain (?) or
# approximate (~).
EDTF_PATTERN = (rf"{DATE_PATTERN}[?~]?(/{DATE_PATTERN}[?~]?)?")
SLUG_PATTERN = r"[a-z0-9]+(-[a-z0-9]+)*"


# What a column's value is read from: the record, the item of its list this row is for
# (a party, a source; the record itself for one row per record), its position, and what
# the base defines by id (Known). (Named tuples, not dataclasses: this module is read on
# every call, and defining dataclasses costs start-up time.)
Item = namedtuple("Item", "record item position known")
Known = namedtuple("Known", "organizations people events")


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(value, ensure_ascii=False)


def _json(value: list[Any]) -> str:
    return _ENCODE(value)


def key(*path: str) -> Callable[[Item], Any]:
    """The value at ``path`` in the row's item (None when any step is missing)."""
    if len(path) == 1:  # most columns: one key of the item, read on every row written
        (only,) = path
        return lambda row: row.item.get(only)
    if len(path) == 2:
        first, second = path
        return lambda row: (row.item.get(first) or {}).get(second)

    def get(row: Item) -> Any:
        value: Any = row.item
        for step in path:
            value = (value or {}).get(step)
        return value
    return get


class Column(namedtuple("Column", "name type description value array facet index search "
                                   "flat package constraints",
                         defaults=(False, False, False, False, False, True, {}))):
    """One column: its name; type (str, int, or dt.date: ISO text typed date in the data
    package); description; ``value``, a function of the
    Item the row is for; ``array``, a list (JSON text in SQLite, '; ' in CSV); ``facet``,
    a Datasette facet; ``index``, indexed; ``search``, in the full-text indexes; ``flat``,
    in the flat row of list and export (DESIGN §2); ``package``, a column of the data
    package's CSV; ``constraints``, its Frictionless constraints."""

    __slots__ = ()


class Table(namedtuple("Table", "name description columns rows pk foreign_keys label "
                                "sort_desc hidden package",
                       defaults=((), None, None, False, True))):
    """One table: ``rows`` gives a record's items (one row each); ``pk``, its primary key;
    ``foreign_keys``, (column, table, column) triples; ``label`` and ``sort_desc``, for
    Datasette; ``hidden``, hidden in Datasette; ``package``, in the data package."""

    __slots__ = ()

    def column(self, name: str) -> Column:
        found: Column = next(c for c in self.columns if c.name == name)
        return found


# Which column of the flat row a party's name goes in, by its organization's kind: the
# State and public bodies are public parties, neither ministries nor private partners.
MINISTRY, PUBLIC, PARTNER = "ministry", "public", "partner"
PARTY_COLUMN = {"ministry": MINISTRY, "state": PUBLIC, "public-body": PUBLIC}


def _party_names(which: str) -> Callable[[Item], str]:
    def names(row: Item) -> str:
        found = []
        for party in row.record.get("parties", []):
            org = row.known.organizations.get(party["org"])
            if org is not None and PARTY_COLUMN.get(org.get("kind"), PARTNER) == which:
                found.append(org["name"])
        return _json(found)
    return names


def _year(row: Item) -> int | None:
    return year_of(row.record.get("signed_on"))


def _years(row: Item) -> str:
    signed_on = row.record.get("signed_on")
    if not signed_on:
        return _json([])
    first, last = bounds(signed_on)
    return _json(list(range(int(first[:4]), int(last[:4]) + 1)))


def _day(which: int) -> Callable[[Item], str | None]:
    """The first (0) or last (1) day ``signed_on`` covers: filters and sorting use them."""
    def get(row: Item) -> str | None:
        signed_on = row.record.get("signed_on")
        return bounds(signed_on)[which] if signed_on else None
    return get


def derived_where(item: Any, events: Any) -> tuple[str | None, str | None]:
    """Where conv places an agreement (or an event) that a report does not: its place, the
    city of the event it was signed at when the base names no place for it; its region, by
    the gazetteer from its city (its own, else its event's), else the region its event
    names. Each only where the base names none: derivations, kept apart from what reports
    say. (An event is at no event: only its region is derived.)"""
    place = item.get("place")
    event = events.get(item.get("event")) if not place and item.get("event") else None
    place_derived = event.get("place") if event else None
    if item.get("region"):
        return place_derived, None
    # read here, not at the top: only a build needs the gazetteer, and every warm call
    # imports this declaration
    from ..base.geography import region_of

    if place or not event:
        return place_derived, region_of(place)
    return place_derived, event.get("region") or region_of(place_derived)


# The row whose place and region were derived last, and them: its two columns read one
# look-up of the gazetteer (an Item is made afresh for each row, so it names one).
_WHERE: list[Any] = [None, (None, None)]


def _derived(row: Item) -> tuple[str | None, str | None]:
    if _WHERE[0] is not row:
        _WHERE[1] = derived_where(row.item, row.known.events)
        _WHERE[0] = row
    found: tuple[str | None, str | None] = _WHERE[1]
    return found


def _derived_place(row: Item) -> str | None:
    return _derived(row)[0]


def _derived_region(row: Item) -> str | None:
    return _derived(row)[1]


def _event_name(row: Item) -> str | None:
    """Schema 2 names an event by id (its name is shown); schema 1 writes the name."""
    event = row.record.get("event")
    return row.known.events.get(event, {}).get("name", event) if event else None


def _event_id(row: Item) -> str | None:
    event = row.record.get("event")
    return event if event in row.known.events else None


def _people_names(row: Item) -> str:
    names: list[str] = []
    for signatory in row.record.get("signatories", []):
        person = row.known.people.get(signatory.get("person"))
        if person is not None and person["name"] not in names:
            names.append(person["name"])
    return _json(names)


def _itself(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [record]


# The flat row of DESIGN §2, in this order, then the columns only the database keeps.
# amends is the last of the flat row, not beside follows: schema 1's columns keep their
# places (a script that reads sources by its position keeps working) and schema 2's are
# appended.
AGREEMENTS = Table(
    "agreements",
    "One row per signed agreement: the flat row of conv list, plus event, summary and the "
    "data file it is in (its line there: agreement_lines).",
    (
        Column("id", str, "Short unique name of the agreement (a slug), as typed in conv "
               "show ID", key("id"), flat=True,
               constraints={"required": True, "unique": True, "pattern": SLUG_PATTERN}),
        Column("title", str, "Title, in our own words", key("title"), search=True,
               constraints={"required": True}, flat=True),
        Column("type", str, "convention-cadre, convention-partenariat, protocole-accord, "
               "memorandum, contrat-programme, accord, avenant or other", key("type"),
               facet=True, index=True,
               constraints={"required": True, "enum": list(AGREEMENT_TYPES)}, flat=True),
        Column("signed_on", str, "Date signed: YYYY-MM-DD, or YYYY-MM / YYYY when only that "
               "is known; in schema 2 also an interval START/END and a trailing ? (uncertain) "
               "or ~ (approximate)", key("signed_on"), index=True,
               constraints={"pattern": EDTF_PATTERN}, flat=True),
        Column("place", str, "City where it was signed", key("place"), index=True,
               search=True, flat=True),
        Column("region", str, "Region where it was signed, as a report names it",
               key("region"), facet=True, index=True, flat=True),
        Column("ministries", str, "Names of the ministries among the parties",
               _party_names(MINISTRY), array=True, search=True, flat=True),
        Column("partners", str, "Names of the parties that are neither ministries nor public "
               "(companies, federations, associations, international partners…); the State "
               "and public bodies are in public_parties",
               _party_names(PARTNER), array=True, search=True, flat=True),
        Column("amount", int, "Funding announced, an integer in currency units",
               key("funding", "amount"), constraints={"minimum": 0}, flat=True),
        Column("currency", str, "ISO 4217 currency of amount (MAD: Moroccan dirham)",
               key("funding", "currency"), constraints={"pattern": "[A-Z]{3}"}, flat=True),
        Column("period_start", int, "First year of the programme", key("period", "start"),
               flat=True),
        Column("period_end", int, "Last year of the programme", key("period", "end"), flat=True),
        Column("jobs_direct", int, "Direct jobs promised", key("jobs", "direct"),
               constraints={"minimum": 0}, flat=True),
        Column("jobs_by", int, "Year by which the jobs are promised", key("jobs", "by"), flat=True),
        Column("sectors", str, "Sectors concerned",
               lambda row: _json(row.item.get("sectors") or []), array=True, facet=True, flat=True),
        Column("follows", str, "Id of the earlier agreement this one continues",
               key("follows"), index=True, flat=True),
        Column("sources", int, "Number of sources reporting it",
               lambda row: len(row.item.get("sources", [])),
               constraints={"required": True, "minimum": 1}, flat=True),
        Column("status", str, "Status last reported: signed, in-force, completed, "
               "terminated or superseded", key("status"), facet=True, index=True, flat=True,
               constraints={"enum": list(STATUSES)}),
        Column("event", str, "Event where it was signed (a fair, a forum), by name",
               _event_name, flat=True),
        Column("people", str, "Names of the people who signed", _people_names, array=True,
               search=True, flat=True),
        Column("region_derived", str, "Region conv derives from the city (or from the "
               "event it was signed at) when no report names one (the 12 regions of 2015); "
               "empty when region is given", _derived_region, facet=True, flat=True),
        Column("status_on", str, "When the status was reported: YYYY-MM-DD, YYYY-MM or YYYY "
               "(a status is a report at that date)", key("status_on"),
               constraints={"pattern": DATE_PATTERN}, flat=True),
        Column("date_start", dt.date, "First day signed_on covers (YYYY-MM-DD): sort and "
               "filter on it", _day(0), index=True, flat=True),
        Column("date_end", dt.date, "Last day signed_on covers (YYYY-MM-DD; the same day as "
               "date_start when signed_on is a day)", _day(1), flat=True),
        Column("public_parties", str, "Names of the public parties that are not ministries: "
               "the State or a government as a whole, public bodies", _party_names(PUBLIC),
               array=True, search=True, flat=True),
        Column("place_derived", str, "City of the event it was signed at, when no report "
               "names the agreement's own place; empty when place is given", _derived_place,
               flat=True),
        Column("amends", str, "Id of the agreement this one amends (an avenant)",
               key("amends"), index=True, flat=True),
        Column("year", int, "Year signed, when signed_on lies within one year", _year,
               facet=True, index=True, package=False),
        Column("years", str, "Every year signed_on covers (2014-12/2016-12: 2014, 2015 and "
               "2016): what --year and stats --by year read", _years, array=True,
               package=False),
        Column("summary", str, "What it is about, in our own words", key("summary"),
               search=True),
        Column("event_id", str, "Id of the event where it was signed (schema 2)", _event_id,
               index=True),
        Column("file", str, "Name of the data file it is in (a base can be a folder of "
               "files)", key("_file"), package=False),
    ),
    _itself, pk=("id",),
    foreign_keys=(("follows", "agreements", "id"), ("amends", "agreements", "id"),
                  ("event_id", "events", "id")),
    label="title", sort_desc="signed_on",
)

ORGANIZATIONS = Table(
    "organizations",
    "Every organization that signs or partners: ministries, public bodies, federations, "
    "companies, networks, foreign partners.",
    (
        Column("id", str, "Short unique name (a slug)", key("id"),
               constraints={"required": True, "unique": True, "pattern": SLUG_PATTERN}),
        Column("name", str, "Official name", key("name"), constraints={"required": True}),
        Column("acronym", str, "Acronym", key("acronym")),
        Column("kind", str, "ministry, state (a State or its government as a whole), "
               "public-body, federation, association, company, "
               "network, cluster, international or other", key("kind"), facet=True,
               index=True, constraints={"required": True, "enum": list(ORG_KINDS)}),
        Column("country", str, "ISO 3166-1 alpha-2 country code", key("country"),
               facet=True, constraints={"pattern": "[A-Z]{2}"}),
        Column("aliases", str, "Former names and other spellings",
               lambda row: _json(row.item.get("aliases") or []), array=True),
        Column("line", int, "Line of the organization in the data file", key("_line"),
               package=False),
        Column("file", str, "Name of the data file it is in (a base can be a folder of "
               "files)", key("_file"), package=False),
    ),
    _itself, pk=("id",), label="name",
)

PEOPLE = Table(
    "people",
    "The people who signed agreements (ministers, heads of public bodies, company heads…).",
    (
        Column("id", str, "Short unique name (a slug)", key("id"),
               constraints={"required": True, "unique": True, "pattern": SLUG_PATTERN}),
        Column("name", str, "Name as usually written", key("name"),
               constraints={"required": True}),
        Column("aliases", str, "Other spellings the press uses",
               lambda row: _json(row.item.get("aliases") or []), array=True),
        Column("line", int, "Line of the person in the data file", key("_line"),
               package=False),
        Column("file", str, "Name of the data file it is in (a base can be a folder of "
               "files)", key("_file"), package=False),
    ),
    _itself, pk=("id",), label="name",
)

EVENTS = Table(
    "events",
    "Ceremonies, fairs and forums at which agreements were signed.",
    (
        Column("id", str, "Short unique name (a slug)", key("id"),
               constraints={"required": True, "unique": True, "pattern": SLUG_PATTERN}),
        Column("name", str, "Name of the event", key("name"), constraints={"required": True}),
        Column("place", str, "City where it took place", key("place")),
        Column("region", str, "Region where it took place, as a report names it",
               key("region"), facet=True),
        Column("region_derived", str, "Region conv derives from the city when no report "
               "names one (the 12 regions of 2015)", _derived_region, facet=True),
        Column("start", str, "First day: YYYY-MM-DD, YYYY-MM or YYYY", key("start"),
               constraints={"pattern": DATE_PATTERN}),
        Column("end", str, "Last day: YYYY-MM-DD, YYYY-MM or YYYY", key("end"),
               constraints={"pattern": DATE_PATTERN}),
        Column("total_amount", int, "A total reported for all its agreements, in currency "
               "units", key("total", "amount"), constraints={"minimum": 0}),
        Column("total_currency", str, "ISO 4217 currency of total_amount",
               key("total", "currency"), constraints={"pattern": "[A-Z]{3}"}),
        Column("line", int, "Line of the event in the data file", key("_line"),
               package=False),
        Column("file", str, "Name of the data file it is in (a base can be a folder of "
               "files)", key("_file"), package=False),
    ),
    _itself, pk=("id",), label="name", sort_desc="start",
)

PARTIES = Table(
    "parties",
    "Who took part in which agreement, and in which role.",
    (
        Column("agreement_id", str, "The agreement", lambda row: row.record["id"],
               constraints={"required": True}),
        Column("org_id", str, "The organization", key("org"), facet=True, index=True,
               constraints={"required": True}),
        Column("role", str, "signatory, partner, beneficiary, funder or witness", key("role"),
               facet=True, constraints={"required": True, "enum": list(ROLES)}),
        Column("position", int, "Order of the party in the agreement (0 first)",
               lambda row: row.position),
    ),
    lambda record: record.get("parties", []), pk=("agreement_id", "org_id"),
    foreign_keys=(("agreement_id", "agreements", "id"), ("org_id", "organizations", "id")),
)

SOURCES = Table(
    "sources",
    "The press reports and communiqués each agreement is taken from.",
    (
        Column("agreement_id", str, "The agreement reported", lambda row: row.record["id"],
               constraints={"required": True}),
        Column("position", int, "Order of the source in the agreement (0 first)",
               lambda row: row.position),
        Column("publisher", str, "Newspaper, site or institution that published it",
               key("publisher"), facet=True, constraints={"required": True}),
        Column("published_on", str, "Date published: YYYY-MM-DD, YYYY-MM or YYYY",
               key("published_on"), constraints={"required": True, "pattern": DATE_PATTERN}),
        Column("title", str, "Headline", key("title")),
        Column("url", str, "Web address", key("url")),
    ),
    lambda record: record.get("sources", []), pk=("agreement_id", "position"),
    foreign_keys=(("agreement_id", "agreements", "id"),), sort_desc="published_on",
)

SIGNATORIES = Table(
    "signatories",
    "Who signed which agreement, for which of its parties, with the title reported.",
    (
        Column("agreement_id", str, "The agreement", lambda row: row.record["id"],
               constraints={"required": True}),
        Column("position", int, "Order of the signatory in the agreement (0 first)",
               lambda row: row.position),
        Column("person_id", str, "The person", key("person"), facet=True, index=True,
               constraints={"required": True}),
        Column("org_id", str, "The party they signed for", key("org"), index=True,
               constraints={"required": True}),
        Column("title", str, "Their title as the report gives it", key("title")),
    ),
    lambda record: record.get("signatories", []), pk=("agreement_id", "position"),
    foreign_keys=(("agreement_id", "agreements", "id"), ("person_id", "people", "id"),
                  ("org_id", "organizations", "id")),
)

# Apart from agreements' wide rows: a line added near the top of a file rewrites these narrow
# rows only (organizations, people and events keep theirs: few, and seldom moved).
AGREEMENT_LINES = Table(
    "agreement_lines",
    "Where each agreement is written: its data file and the line its entry starts at "
    "(join on agreements.id = agreement_lines.agreement_id).",
    (
        Column("agreement_id", str, "The agreement", lambda row: row.record["id"],
               constraints={"required": True}),
        Column("file", str, "Name of the data file it is in", key("_file")),
        Column("line", int, "Line of the agreement in the data file", key("_line")),
    ),
    _itself, ("agreement_id",), (("agreement_id", "agreements", "id"),), package=False,
)

FILES = Table(
    "files",
    "The data files the database was built from, as they were (conv's own bookkeeping).",
    (
        Column("name", str, "Name of the data file (in the base's folder)", key("name")),
        Column("size", int, "Its size in bytes", key("size")),
        Column("stat_key", str, "A digest of its times and inode, to see that it is "
               "untouched without reading it (null: read it)", key("stat_key")),
        Column("sha256", str, "sha256 of its bytes", key("sha256")),
        Column("head_sha256", str, "sha256 of its text less its agreements, or null when it "
               "is not read agreement by agreement", key("head_sha256")),
        Column("agreements_end", int, "Where the text of its agreements ends (a byte "
               "offset), when read agreement by agreement", key("agreements_end")),
    ),
    _itself, pk=("name",), hidden=True, package=False,
)

META = Table(
    "meta",
    "How and from which data file this database was built (conv's own bookkeeping).",
    (
        Column("key", str, "Name of the build fact", key("key")),
        Column("value", str, "Its value", key("value")),
    ),
    _itself, pk=("key",), hidden=True, package=False,
)

# In the order they are created: a table after those its foreign keys name (agreements
# also names itself).
TABLES: tuple[Table, ...] = (ORGANIZATIONS, PEOPLE, EVENTS, AGREEMENTS, PARTIES,
                             SIGNATORIES, SOURCES, AGREEMENT_LINES, FILES, META)
BY_NAME = {table.name: table for table in TABLES}

# The full-text indexes over the searchable columns: the exact words (Datasette's
# ?_search= and conv search --raw) and their French stems (conv search).
SEARCH_COLUMNS = tuple(c.name for c in AGREEMENTS.columns if c.search)
FLAT_COLUMNS = tuple(c.name for c in AGREEMENTS.columns if c.flat)
FTS_TABLE = "agreements_fts"
STEM_TABLE = "agreements_stem"


_ARRAYS = {t.name: frozenset(c.name for c in t.columns if c.array) for t in TABLES}


def decoded(row: Mapping[str, Any], table: Table = AGREEMENTS) -> dict[str, Any]:
    """A stored row of ``table`` (or a query's row made of its columns and others) with
    the columns the table declares as lists (``array``) read back from their JSON text:
    the one place stored lists are decoded."""
    out = dict(row)
    for name in _ARRAYS[table.name] & out.keys():
        out[name] = json.loads(out[name]) if out[name] else []
    return out


def rows(table: Table, record: Mapping[str, Any], known: Known) -> Iterable[dict[str, Any]]:
    """The rows ``record`` gives ``table``, each a dict in the table's column order."""
    for position, item in enumerate(table.rows(record)):
        row = Item(record, item, position, known)
        yield {column.name: column.value(row) for column in table.columns}


def row_values(table: Table, record: Mapping[str, Any], known: Known
               ) -> list[tuple[Any, ...]]:
    """The same rows as tuples of values, in the table's column order (what inserts take)."""
    values = _VALUES.get(table.name) or _VALUES.setdefault(
        table.name, tuple(column.value for column in table.columns))
    found = []
    for position, item in enumerate(table.rows(record)):
        row = Item(record, item, position, known)
        found.append(tuple([value(row) for value in values]))
    return found


_VALUES: dict[str, tuple[Callable[[Item], Any], ...]] = {}
