"""Read-only questions to the database; each returns plain rows or dicts, never prints.

Every user value is a bound parameter; column names come only from fixed lists.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3

from ..db.tables import (
    AGREEMENTS,
    EVENTS,
    FLAT_COLUMNS,
    ORGANIZATIONS,
    PEOPLE,
    SEARCH_COLUMNS,
    STEM_TABLE,
    decoded,
)
from ..errors import NotFound, QueryError, UsageError
from ..text import (
    TYPED_CUTOFF,
    WORD_RE,
    fold,
    keep_whole,
    nearest,
    query_stems,
    quote,
    word_stems,
    words_match,
)
from . import names
from .bounded import bounded
from .filters import Filters

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from typing import Any

# Fields whose natural order is "biggest / newest first": the numbers and every date
# (those typed date, and the dates written as a schema date: signed_on, status_on).
DESCENDING_BY_DEFAULT = frozenset({
    "signed_on", "status_on", "amount", "period_start", "period_end", "jobs_direct",
    "jobs_by", "sources",
    *(c.name for c in AGREEMENTS.columns if c.type is dt.date),
})


# Text columns sort as a reader orders names: accents and case aside ("École" among the E,
# Kénitra before Koweït), the text as written breaking ties.
TEXT_SORTED = frozenset(c.name for c in AGREEMENTS.columns
                        if c.type is str and c.name not in DESCENDING_BY_DEFAULT)


def _sort_key(value: Any) -> Any:
    return fold(value) if isinstance(value, str) else value


def prepare(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Add the word matching our filters use and the folding text sorts by (Datasette
    users need neither)."""
    conn.create_function("conv_match", 2, words_match, deterministic=True)
    conn.create_function("conv_fold", 1, _sort_key, deterministic=True)
    return conn


def where(conn: sqlite3.Connection, filters: Filters) -> tuple[str, list[Any]]:
    """The WHERE clause for ``filters`` over agreements aliased ``a``, with its parameters."""
    prepare(conn)
    return filters.clauses(conn)


def decode_row(row: sqlite3.Row | dict[str, Any]) -> dict[str, Any]:
    """A stored agreements row (or flat row) with its lists read back (tables.decoded)."""
    return decoded(dict(row))


def order_by(sort: str | None, descending: bool | None) -> str:
    field = sort or "signed_on"
    if field not in FLAT_COLUMNS:
        raise UsageError(f"cannot sort by '{field}'; choose one of: {', '.join(FLAT_COLUMNS)}")
    if descending is None:
        descending = field in DESCENDING_BY_DEFAULT
    direction = "DESC" if descending else "ASC"
    nulls = "NULLS LAST"
    if field == "amount":
        # Money is never compared across currencies: amounts sort within each currency,
        # dirhams first, then the other currencies by their code (the rows without one last).
        return (f"ORDER BY a.currency IS NULL, a.currency != 'MAD', a.currency, "
                f"a.amount {direction} {nulls}, a.id ASC")
    # A date sorts by the first day it covers: 2014-12/2016-12 comes with December 2014.
    column = "date_start" if field == "signed_on" else field
    if field in TEXT_SORTED:
        return (f'ORDER BY conv_fold(a."{column}") {direction} {nulls}, '
                f'a."{column}" {direction}, a.id ASC')
    return f'ORDER BY a."{column}" {direction} {nulls}, a.id ASC'


def list_agreements(conn: sqlite3.Connection, filters: Filters, *, sort: str | None = None,
                    descending: bool | None = None, limit: int | None = None
                    ) -> list[dict[str, Any]]:
    """Flat rows of DESIGN §2, newest first unless told otherwise."""
    clause, params = where(conn, filters)
    columns = ", ".join(f'a."{c}"' for c in FLAT_COLUMNS)
    sql = f"SELECT {columns} FROM agreements a WHERE {clause} {order_by(sort, descending)}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    conn.row_factory = sqlite3.Row
    return [decode_row(r) for r in conn.execute(sql, params)]


def currencies(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """The currencies of the amounts ``filters`` select, in the order --sort amount gives
    them (MAD first, then by code): what a limited listing may not show."""
    clause, params = where(conn, filters)
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT a.currency FROM agreements a WHERE {clause} AND a.amount IS NOT "
        "NULL AND a.currency IS NOT NULL ORDER BY a.currency != 'MAD', a.currency", params)]


def all_ids(conn: sqlite3.Connection, table: str = "agreements") -> list[str]:
    assert table in ("agreements", "organizations")
    return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def get_agreement(conn: sqlite3.Connection, agreement_id: str) -> dict[str, Any]:
    """The full nested record: organizations resolved, sources, and what follows it. An
    id typed in capitals (CTI-2022) is the id it folds to: ids are lowercase slugs, and
    --follows reads them so too."""
    found = nested_records(conn, [agreement_id])
    typed = fold(agreement_id).strip()
    if not found and typed != agreement_id:
        found = nested_records(conn, [typed])
    if not found:
        close = nearest(agreement_id, all_ids(conn), cutoff=TYPED_CUTOFF, containing=True)
        hint = f"; nearest: {', '.join(close)}" if close else ""
        raise NotFound(f"no agreement {quote(agreement_id)}{hint} (conv list shows every id)")
    return found[0]


def _grouped(conn: sqlite3.Connection, sql: str, ids: str) -> dict[str, list[dict[str, Any]]]:
    """Rows of ``sql`` (whose first column is the agreement id) grouped by agreement."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in conn.execute(sql, (ids,)):
        item = dict(row)
        grouped.setdefault(item.pop("agreement_id"), []).append(item)
    return grouped


def nested_records(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """The nested records of ``ids`` (those that exist), in that order: the one place
    where stored rows become records again (show, compare, export --full, export yaml)."""
    conn.row_factory = sqlite3.Row
    wanted = json.dumps(ids)
    selected = "SELECT value FROM json_each(?)"
    rows = {r["id"]: r for r in conn.execute(
        f"SELECT * FROM agreements WHERE id IN ({selected})", (wanted,))}
    parties = _grouped(conn, (
        "SELECT p.agreement_id, p.org_id AS org, p.role, o.name, o.acronym, o.kind, o.country "
        "FROM parties p JOIN organizations o ON o.id = p.org_id "
        f"WHERE p.agreement_id IN ({selected}) ORDER BY p.agreement_id, p.position"), wanted)
    sources = _grouped(conn, (
        "SELECT agreement_id, publisher, published_on, title, url FROM sources "
        f"WHERE agreement_id IN ({selected}) ORDER BY agreement_id, position"), wanted)
    signatories = _grouped(conn, (
        "SELECT s.agreement_id, s.person_id AS person, pe.name, s.title, s.org_id AS org, "
        "o.name AS org_name FROM signatories s JOIN people pe ON pe.id = s.person_id "
        "JOIN organizations o ON o.id = s.org_id "
        f"WHERE s.agreement_id IN ({selected}) ORDER BY s.agreement_id, s.position"), wanted)
    events = {r["id"]: dict(r) for r in conn.execute(
        "SELECT id, name, place, region, region_derived, start, end, total_amount, "
        "total_currency FROM events WHERE id IN "
        f"(SELECT event_id FROM agreements WHERE id IN ({selected}))",
        (wanted,))}
    later: dict[str, dict[str, list[str]]] = {"follows": {}, "amends": {}}
    for link, found in later.items():
        for ident, earlier in conn.execute(
                f"SELECT id, {link} FROM agreements WHERE {link} IN ({selected}) "
                "ORDER BY date_start, id", (wanted,)):
            found.setdefault(earlier, []).append(ident)
    records = []
    for ident in ids:
        row = rows.get(ident)
        if row is None:
            continue
        records.append({
            "id": row["id"], "title": row["title"], "type": row["type"],
            "signed_on": row["signed_on"], "place": row["place"], "region": row["region"],
            "place_derived": row["place_derived"], "region_derived": row["region_derived"],
            "parties": parties.get(ident, []),
            "funding": ({"amount": row["amount"], "currency": row["currency"]}
                        if row["amount"] is not None else None),
            "period": ({"start": row["period_start"], "end": row["period_end"]}
                       if row["period_start"] is not None else None),
            "jobs": ({"direct": row["jobs_direct"], "by": row["jobs_by"]}
                     if row["jobs_direct"] is not None else None),
            "sectors": decoded({"sectors": row["sectors"]})["sectors"],
            "status": row["status"],
            "status_on": row["status_on"],
            "event": _event(row, events),
            "signatories": signatories.get(ident, []),
            "follows": row["follows"],
            "followed_by": later["follows"].get(ident, []),
            "amends": row["amends"],
            "amended_by": later["amends"].get(ident, []),
            "summary": row["summary"],
            "sources": sources.get(ident, []),
        })
    return records


def amendments_adding(conn: sqlite3.Connection, agreement_id: str
                      ) -> list[tuple[str, int, str]]:
    """(id, amount, currency) of each agreement that amends ``agreement_id`` with an
    amount, oldest first: totals add it to the amended one's (an amendment's funding is
    what it adds)."""
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT id, amount, currency FROM agreements WHERE amends = ? AND amount IS NOT NULL "
        "ORDER BY date_start, id", (agreement_id,))]


def _event(row: sqlite3.Row, events: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The event resolved (schema 2), or only its name (schema 1 writes it as text)."""
    if row["event_id"] is not None:
        found = dict(events[row["event_id"]])
        amount, currency = found.pop("total_amount"), found.pop("total_currency")
        found["total"] = {"amount": amount, "currency": currency} if amount is not None else None
        return found
    if row["event"] is None:
        return None
    return {"id": None, "name": row["event"], "place": None, "region": None, "start": None,
            "end": None, "total": None}


# --- search, compare, stats, organizations, read-only SQL -------------------------------

SEARCH_SNIPPET_COLUMN = -1  # all indexed columns


def _towns_whole() -> None:
    """A town's name is its own stem, in a search as in the index (text.keep_whole): read
    when a search is made, the gazetteer is left out of every other warm read."""
    from ..base.geography import town_words

    keep_whole(town_words())


def search_agreements(conn: sqlite3.Connection, text: str, *, raw: bool = False,
                      filters: Filters | None = None, limit: int | None = None
                      ) -> list[dict[str, Any]]:
    """Full-text search, best match first; each row carries the matching snippet.

    By default the words are matched as French stems, accents and case aside, over
    ``agreements_stem``; ``raw`` passes FTS5 syntax to the exact index ``agreements_fts``.
    """
    _towns_whole()
    if raw:
        table, query = "agreements_fts", text
        snippet = f"snippet(agreements_fts, {SEARCH_SNIPPET_COLUMN}, '[', ']', '…', 10)"
    else:
        wanted = query_stems(text)
        query = " AND ".join("(" + " OR ".join(f'"{s}"' for s in group) + ")"
                             for group in wanted)
        table, snippet = STEM_TABLE, "NULL"
    if not text.strip():
        raise UsageError("give at least one word to search for")
    if not query:
        return []  # punctuation only: no word can match it
    clause, params = where(conn, filters or Filters())
    columns = ", ".join(f'a."{c}"' for c in (*FLAT_COLUMNS, *SEARCH_COLUMNS))
    sql = (f"SELECT {columns}, {snippet} AS snippet FROM {table} "
           f"JOIN agreements a ON a.rowid = {table}.rowid "
           f"WHERE {table} MATCH ? AND {clause} "
           f"ORDER BY bm25({table}), a.signed_on DESC, a.id")
    params.insert(0, query)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    conn.row_factory = sqlite3.Row
    try:
        with bounded(conn) as bound:  # a long NEAR(...) can run for minutes
            try:
                rows = [decode_row(r) for r in conn.execute(sql, params)]
            except sqlite3.OperationalError:
                failure = bound.failure()
                if failure is not None:
                    raise failure from None
                raise
    except sqlite3.OperationalError as exc:
        if raw:
            raise QueryError(f"invalid search syntax ({exc}); drop --raw to search the "
                             "words literally") from None
        raise
    for row in rows:
        if not raw:
            row["snippet"] = stem_snippet([row[c] for c in SEARCH_COLUMNS],
                                          {s for group in wanted for s in group})
        for column in SEARCH_COLUMNS:
            if column not in FLAT_COLUMNS:
                del row[column]
    return rows


def stem_snippet(texts: list[Any], wanted: set[str], width: int = 10) -> str:
    """A few words around the first match in the text with most matches, matches in [ ]."""
    _towns_whole()
    best: tuple[int, list[re.Match[str]], list[int]] | None = None
    for value in texts:
        text = "; ".join(value) if isinstance(value, list) else value or ""
        tokens = list(WORD_RE.finditer(text))
        hits = [i for i, t in enumerate(tokens)
                if wanted.intersection(word_stems(t.group().casefold()))]
        if hits and (best is None or len(hits) > best[0]):
            best = (len(hits), tokens, hits)
            source = text
    if best is None:
        return ""
    _, tokens, hits = best
    first = max(0, hits[0] - 1)  # the match near the start: a narrow column still shows it
    last = min(len(tokens), first + width)
    out, at = [], tokens[first].start()
    for i in range(first, last):
        token = tokens[i]
        out.append(source[at:token.start()])
        out.append(f"[{token.group()}]" if i in hits else token.group())
        at = token.end()
    prefix = "…" if first > 0 else ""
    suffix = "…" if last < len(tokens) else source[at:]
    return prefix + "".join(out) + suffix


# What `conv timeline --by` groups on (timeline.py): here, because the command line reads
# it on every call and this module is loaded then anyway.
TIMELINE_GROUPS = ("ministry", "type", "partner")


# The columns of the rows `organizations`, `people` and `events` return.
ORG_COLUMNS = ("id", "name", "acronym", "kind", "country", "aliases", "agreements")
PEOPLE_COLUMNS = ("id", "name", "aliases", "agreements")
EVENT_COLUMNS = ("id", "name", "place", "start", "end", "amount", "currency", "agreements")


def organizations(conn: sqlite3.Connection, kind: str | None = None) -> list[dict[str, Any]]:
    """Organizations with how many agreements they are party to, most first, then by name
    as a reader orders names."""
    sql = ("SELECT o.id, o.name, o.acronym, o.kind, o.country, o.aliases, "
           "count(p.agreement_id) AS agreements FROM organizations o "
           "LEFT JOIN parties p ON p.org_id = o.id "
           + ("WHERE o.kind = ? " if kind else "")
           + "GROUP BY o.id ORDER BY agreements DESC, conv_fold(o.name), o.name, o.id")
    prepare(conn)  # names in a reader's order, as list sorts them: É among the E
    conn.row_factory = sqlite3.Row
    return [decoded(r, ORGANIZATIONS) for r in conn.execute(sql, [kind] if kind else [])]


def _organization_id(conn: sqlite3.Connection, text: str) -> str:
    """The id ``text`` names: an id, or an id or acronym in any case, or a whole name
    (names.exactly_named), when that is one organization; else NotFound naming those
    whose names match, or the nearest ids."""
    if conn.execute("SELECT 1 FROM organizations WHERE id = ?", (text,)).fetchone():
        return text
    named_by_code = names.by_code(conn, names.ORGANIZATIONS, text)
    exact = named_by_code or names.exactly_named(conn, names.ORGANIZATIONS, text)
    if len(exact) == 1:
        return exact[0].id  # type: ignore[no-any-return]
    raise _not_found(conn, "organizations", "organization", text,
                     named_by_code or names.resolve(conn, names.ORGANIZATIONS, text),
                     "conv orgs")


def _not_found(conn: sqlite3.Connection, table: str, what: str, text: str,
               found: list[Any], listing: str) -> NotFound:
    """No such id: name the rows whose words match ``text``, else the nearest ids."""
    if found:
        shown = ", ".join(f"{f.id} ({f.name})" for f in found[:5])
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        hint = f"; did you mean {shown}{more}?"
    else:
        close = nearest(text, [r[0] for r in conn.execute(f"SELECT id FROM {table}")],
                        cutoff=TYPED_CUTOFF, containing=True)
        hint = f"; nearest: {', '.join(close)}" if close else ""
    return NotFound(f"no {what} {quote(text)}{hint} ({listing} shows every id)")


def _agreements_of(conn: sqlite3.Connection, join: str, extra: str, key: str
                   ) -> list[dict[str, Any]]:
    """The flat rows of the agreements ``join`` ties to ``key``, newest first."""
    conn.row_factory = sqlite3.Row
    columns = ", ".join(f'a."{c}"' for c in FLAT_COLUMNS)
    return [decode_row(r) for r in conn.execute(
        f"SELECT {columns}{extra} FROM agreements a {join} = ? "
        "ORDER BY a.date_start DESC NULLS LAST, a.id", (key,))]


def get_organization(conn: sqlite3.Connection, org_id: str) -> dict[str, Any]:
    """One organization and the agreements it is party to (flat rows, newest first)."""
    org_id = _organization_id(conn, org_id)
    conn.row_factory = sqlite3.Row
    org = decoded(conn.execute("SELECT id, name, acronym, kind, country, aliases "
                               "FROM organizations WHERE id = ?", (org_id,)).fetchone(),
                  ORGANIZATIONS)
    org["agreements"] = _agreements_of(
        conn, "JOIN parties p ON p.agreement_id = a.id WHERE p.org_id", ", p.role AS role",
        org_id)
    return org


def people(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """People with how many agreements they signed, most first, then by name as a reader
    orders names."""
    prepare(conn)
    conn.row_factory = sqlite3.Row
    return [decoded(r, PEOPLE) for r in conn.execute(
        "SELECT pe.id, pe.name, pe.aliases, count(DISTINCT s.agreement_id) AS agreements "
        "FROM people pe LEFT JOIN signatories s ON s.person_id = pe.id "
        "GROUP BY pe.id ORDER BY agreements DESC, conv_fold(pe.name), pe.name, pe.id")]


def _named_id(conn: sqlite3.Connection, table: str, text: str, what: str,
              listing: str) -> str:
    """The id ``text`` names in ``table`` (people, events): an id in any case, or exactly
    one record's whole name (names.exactly_named); else NotFound naming those whose words
    match, or the nearest ids."""
    found = names.resolve(conn, names.PEOPLE if table == "people" else names.EVENTS, text)
    exact = [f for f in found if fold(f.id) == fold(text).strip()] or \
        names.exactly_named(conn, names.PEOPLE if table == "people" else names.EVENTS, text)
    if len(exact) == 1:
        return exact[0].id  # type: ignore[no-any-return]
    raise _not_found(conn, table, what, text, found, listing)


def get_person(conn: sqlite3.Connection, text: str) -> dict[str, Any]:
    """One person and the agreements they signed, for which party and with what title."""
    person_id = _named_id(conn, "people", text, "person", "conv people")
    conn.row_factory = sqlite3.Row
    person = decoded(conn.execute("SELECT id, name, aliases FROM people WHERE id = ?",
                                  (person_id,)).fetchone(), PEOPLE)
    person["agreements"] = _agreements_of(
        conn, "JOIN signatories s ON s.agreement_id = a.id WHERE s.person_id",
        ", s.org_id AS signed_for, s.title AS as_title", person_id)
    return person


def events(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Events with how many agreements were signed there, newest first, then by name as a
    reader orders names."""
    prepare(conn)
    conn.row_factory = sqlite3.Row
    return [decoded(r, EVENTS) for r in conn.execute(
        "SELECT e.id, e.name, e.place, e.start, e.end, e.total_amount AS amount, "
        "e.total_currency AS currency, count(a.id) AS agreements FROM events e "
        "LEFT JOIN agreements a ON a.event_id = e.id GROUP BY e.id "
        "ORDER BY e.start DESC NULLS LAST, conv_fold(e.name), e.name, e.id")]


def get_event(conn: sqlite3.Connection, text: str) -> dict[str, Any]:
    """One event and the agreements signed there."""
    event_id = _named_id(conn, "events", text, "event", "conv events")
    conn.row_factory = sqlite3.Row
    event = dict(conn.execute("SELECT id, name, place, region, region_derived, start, end, "
                              "total_amount, total_currency FROM events WHERE id = ?",
                              (event_id,)).fetchone())
    event["agreements"] = _agreements_of(conn, "WHERE a.event_id", "", event_id)
    return event
