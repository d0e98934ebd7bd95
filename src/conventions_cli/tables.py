"""Every table and column of the database, declared once.

The SQLite build (build.py), the Frictionless data package (datapackage.py) and the
Datasette metadata (metadata.py) all derive from TABLES: a column added here (with the
value it takes from a record) appears in all three. Table and column names are part of
the interface: users query them with `conv sql` and Datasette.
"""

from __future__ import annotations

import json
from collections import namedtuple

from .vocabulary import AGREEMENT_TYPES, ORG_KINDS, ROLES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

DATE_PATTERN = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
SLUG_PATTERN = r"[a-z0-9]+(-[a-z0-9]+)*"


# What a column's value is read from: the record, the item of its list this row is for
# (a party, a source; the record itself for one row per record), its position, and the
# organizations by id. (Named tuples, not dataclasses: this module is read on every call,
# and defining dataclasses costs start-up time.)
Item = namedtuple("Item", "record item position orgs")


def _json(value: list[Any]) -> str:
    return json.dumps(value, ensure_ascii=False)


def key(*path: str) -> Callable[[Item], Any]:
    """The value at ``path`` in the row's item (None when any step is missing)."""
    def get(row: Item) -> Any:
        value: Any = row.item
        for step in path:
            value = (value or {}).get(step)
        return value
    return get


class Column(namedtuple("Column", "name type description value array facet index search "
                                   "flat package constraints",
                         defaults=(False, False, False, False, False, True, {}))):
    """One column: its name; type (str or int); description; ``value``, a function of the
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
        return next(c for c in self.columns if c.name == name)


def _party_names(row: Item, ministries: bool) -> str:
    names = []
    for party in row.record.get("parties", []):
        org = row.orgs.get(party["org"])
        if org is not None and (org.get("kind") == "ministry") == ministries:
            names.append(org["name"])
    return _json(names)


def _year(row: Item) -> int | None:
    signed_on = row.record.get("signed_on")
    return int(signed_on[:4]) if signed_on else None


def _itself(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [record]


# The flat row of DESIGN §2, in this order, then the columns only the database keeps.
AGREEMENTS = Table(
    "agreements",
    "One row per signed agreement: the flat row of conv list, plus event, summary and the "
    "line in the data file.",
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
               "is known", key("signed_on"), index=True,
               constraints={"pattern": DATE_PATTERN}, flat=True),
        Column("place", str, "City where it was signed", key("place"), index=True,
               search=True, flat=True),
        Column("region", str, "Region where it was signed", key("region"), facet=True,
               index=True, flat=True),
        Column("ministries", str, "Names of the signing ministries",
               lambda row: _party_names(row, True), array=True, search=True, flat=True),
        Column("partners", str, "Names of the other parties",
               lambda row: _party_names(row, False), array=True, search=True, flat=True),
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
        Column("year", int, "Year signed (from signed_on)", _year, facet=True, index=True,
               package=False),
        Column("event", str, "Event where it was signed (a fair, a forum)", key("event")),
        Column("summary", str, "What it is about, in our own words", key("summary"),
               search=True),
        Column("line", int, "Line of the agreement in the data file", key("_line"),
               package=False),
    ),
    _itself, pk=("id",), foreign_keys=(("follows", "agreements", "id"),),
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
        Column("kind", str, "ministry, public-body, federation, association, company, "
               "network, cluster, international or other", key("kind"), facet=True,
               index=True, constraints={"required": True, "enum": list(ORG_KINDS)}),
        Column("country", str, "ISO 3166-1 alpha-2 country code", key("country"),
               facet=True, constraints={"pattern": "[A-Z]{2}"}),
        Column("aliases", str, "Former names and other spellings",
               lambda row: _json(row.item.get("aliases") or []), array=True),
        Column("line", int, "Line of the organization in the data file", key("_line"),
               package=False),
    ),
    _itself, pk=("id",), label="name",
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

META = Table(
    "meta",
    "How and from which data file this database was built (conv's own bookkeeping).",
    (
        Column("key", str, "Name of the build fact", key("key")),
        Column("value", str, "Its value", key("value")),
    ),
    _itself, pk=("key",), hidden=True, package=False,
)

TABLES: tuple[Table, ...] = (AGREEMENTS, ORGANIZATIONS, PARTIES, SOURCES, META)
BY_NAME = {table.name: table for table in TABLES}

# The full-text indexes over the searchable columns: the exact words (Datasette's
# ?_search= and conv search --raw) and their French stems (conv search).
SEARCH_COLUMNS = tuple(c.name for c in AGREEMENTS.columns if c.search)
FLAT_COLUMNS = tuple(c.name for c in AGREEMENTS.columns if c.flat)
FTS_TABLE = "agreements_fts"
STEM_TABLE = "agreements_stem"
ARRAY_COLUMNS = frozenset(c.name for t in TABLES for c in t.columns if c.array)


def rows(table: Table, record: dict[str, Any], orgs: dict[str, dict[str, Any]]
         ) -> Iterable[dict[str, Any]]:
    """The rows ``record`` gives ``table``, each a dict in the table's column order."""
    for position, item in enumerate(table.rows(record)):
        row = Item(record, item, position, orgs)
        yield {column.name: column.value(row) for column in table.columns}
