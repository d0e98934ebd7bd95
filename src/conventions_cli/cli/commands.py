"""What each command does once its options are parsed: ask the library, then render.

Both ways into conv call these functions with the same parameters (interface.py names
them): the Typer app (cli.py) and the fast start-up path (entry.py). So the two cannot
answer differently. Errors are the package's own exceptions; the entry point prints them.
"""

from __future__ import annotations

import sys

from ..db.tables import FLAT_COLUMNS
from ..errors import ConvError, UsageError
from . import curating, views
from .filtered import filtered as _filtered
from .filtered import note_doubtful_dates, note_undated
from .params import (
    PARAMS,
    CompareParams,
    EventParams,
    EventsParams,
    ExportParams,
    ListParams,
    OrgParams,
    OrgsParams,
    Params,
    PeopleParams,
    PersonParams,
    Rows,
    SearchParams,
    ShowParams,
    SqlParams,
    StatsParams,
)
from .session import Session

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any



def _format(params: Rows | SearchParams | ShowParams) -> str:
    from ..out.output import choose_format

    return choose_format(params.fmt)


def list_(session: Session, params: ListParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import list_agreements

    filters = _filtered(session, params, counted=False)
    order = params.order
    rows = session.query(list_agreements, filters, sort=params.sort,
                         descending=None if order is None else order == "desc",
                         limit=params.limit)
    note_doubtful_dates(session, filters, rows)
    note_undated(session, filters)
    if "in-force" in filters.status:
        _note_old_statuses(session, rows)
    if params.sort == "amount":
        _note_currencies(session, filters, rows)
    write_rows(rows, FLAT_COLUMNS, _format(params), raw=params.raw,
               keep=_asked_for(params.sort, filters))


def _asked_for(sort: str | None, filters: Any) -> tuple[str, ...]:
    """The table columns a listing is for: the id, what it is sorted by and what its
    filters ask about (a status and when it was reported, an amount), then the title (cut
    to what is left) and the date; so that a narrow terminal never hides the very column
    the rows are ordered by, nor the place a --place filter matched."""
    from ..out.terminal import table_name

    asked = [table_name(sort)] if sort else []
    if filters.status:
        asked.append("status")
    if filters.currency:
        asked.append("amount")
    if filters.place or filters.region:
        asked.append("place")
    return tuple(dict.fromkeys(("id", *asked, "title", "signed_on")))


def _note_currencies(session: Session, filters: Any, rows: list[dict[str, Any]]) -> None:
    """Rows sorted by amount are sorted within each currency: say so when the selection has
    several, and when --limit cut them to the first currencies of that order (the "top 10"
    would otherwise read as the ten largest sums, when it is the ten largest in dirhams)."""
    from ..query.queries import currencies

    selected = session.query(currencies, filters)
    if len(selected) < 2:
        return
    shown = list(dict.fromkeys(r["currency"] for r in rows if r["amount"] is not None))
    cut = (f"; the {len(rows)} row(s) listed hold {', '.join(shown) or 'no amount'} only"
           if len(shown) < len(selected) else "")
    session.note(f"sorted by amount within each currency ({', '.join(selected)}); amounts "
                 f"in different currencies are never compared (--currency EUR keeps one){cut}")


# A status reported more than this many years before today is old news.
STATUS_AGE = 2


def _note_old_statuses(session: Session, rows: list[dict[str, Any]]) -> None:
    """A status is a report at a date: say how many of the agreements reported in force
    were reported so long ago, or without a date, or have a period that is over."""
    import datetime as dt

    year = dt.date.today().year
    stale = [r for r in rows if r["status"] == "in-force" and (
        r["status_on"] is None or int(r["status_on"][:4]) < year - STATUS_AGE
        or (r["period_end"] is not None and r["period_end"] < year))]
    _say_old_statuses(session, len(stale), "of these agreements", year)


def _say_old_statuses(session: Session, stale: int, which: str, year: int) -> None:
    if stale:
        were = "was" if stale == 1 else "were"
        session.note(f"{stale} {which} {were} reported in force before "
                     f"{year - STATUS_AGE}, without a date, or their period has ended: a "
                     "status is a report at its status_on date, not today's state")


def _note_old_statuses_in_stats(session: Session, filters: Any) -> None:
    """The caveat of list --status in-force, for the in-force group of stats."""
    import datetime as dt

    from ..query.stats import stale_in_force

    year = dt.date.today().year
    stale = session.query(stale_in_force, filters, year - STATUS_AGE, year)
    _say_old_statuses(session, stale, "of the agreements in force", year)


def show(session: Session, params: ShowParams) -> None:
    from ..query.queries import get_agreement

    record = session.query(get_agreement, params.agreement_id)
    if params.fmt == "json":
        from ..out.output import write_json

        write_json(record)
    else:
        from ..out.render import show_record
        from ..query.queries import amendments_adding

        # what the agreements amending it add to its funding in every total (stats, --by)
        record["adding"] = session.query(amendments_adding, record["id"])
        show_record(record)


def search(session: Session, params: SearchParams) -> None:
    from ..out.output import write_rows
    from ..query.filters import DATE_FILTERS
    from ..query.queries import search_agreements
    from ..text import query_stems, shell_word

    filters = _filtered(session, params, counted=False)
    text = " ".join(params.query)
    if not params.raw and text.strip() and not query_stems(text):
        # Nothing to look for: say so, or "no agreements match" would read as an answer.
        session.note(f"{text!r} holds no word to search for (only punctuation): "
                     "nothing was searched")
    session.fulltext()
    rows = session.query(search_agreements, text, raw=params.raw,
                         filters=filters, limit=params.limit)
    note_doubtful_dates(session, filters, rows)
    if filters.values.keys() & set(DATE_FILTERS) and not session.quiet:
        undated = [(r["id"], r["amount"], r["currency"]) for r in session.query(
            search_agreements, text, raw=params.raw, filters=filters.without_dates())
            if r["signed_on"] is None]
        words = " ".join(shell_word(w, bare=True) for w in params.query)
        note_undated(session, filters, undated, f"conv search{' --raw' if params.raw else ''} "
                     f"{words}")
    chosen = _format(params)
    columns = (*FLAT_COLUMNS, "snippet") if chosen == "table" else FLAT_COLUMNS
    write_rows(rows, columns, chosen, raw=params.raw,
               keep=("id", "title", "signed_on", "snippet"))


def compare(session: Session, params: CompareParams) -> None:
    from ..out.output import write_json, write_rows
    from ..query.compare import compare_agreements

    ids = list(params.ids)
    if len(ids) < 2:
        raise UsageError("give at least two agreement ids to compare")
    _once_each(ids)
    records, rows = session.query(compare_agreements, ids)
    ids = [r["id"] for r in records]
    _once_each(ids)  # CTI-2022 and cti-2022 are one agreement
    chosen = _format(params)
    if chosen == "json":
        write_json(records)
    elif chosen == "table":
        from ..out.render import compare_table

        compare_table(rows, ids)
    else:
        write_rows(rows, ["field", *ids, "differs"], chosen, raw=params.raw)


def _once_each(ids: list[str]) -> None:
    twice = next((i for i in ids if ids.count(i) > 1), None)
    if twice is not None:  # one column would stand for two, and nothing would differ
        raise UsageError(f"{twice} is given {ids.count(twice)} times; compare it with "
                         "another agreement (conv show prints one alone)")


def amendments_said(beside: list[tuple[str, str]]) -> str:
    """The note on agreements that amend another selected one, their amounts added to its
    in the totals: which they are, and the command that lists them to check."""
    ids = [ident for ident, _ in beside]
    amended = list(dict.fromkeys(target for _, target in beside))
    shown = ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")
    command = "conv list " + " ".join(f"--amends {target}" for target in amended[:5])
    more = f" and {len(amended) - 5} more" if len(amended) > 5 else ""
    return (f"{len(ids)} agreement(s) that amend another, with an amount ({shown}), add it "
            f"to the agreement they amend in these totals: an amendment's funding is what it "
            f"adds, so where a report gave the new total, check the record ({command}{more})")


def stats(session: Session, params: StatsParams) -> None:
    from ..out.output import write_rows
    from ..query.stats import (
        avenants_beside_amended,
        in_several_groups,
        respelt_groups,
        spanning_years,
        stats_columns,
    )
    from ..query.stats import stats as group_stats
    from .sheet import sheet_format, sheet_out

    by = params.by or "ministry"
    chosen = sheet_format(params)
    filters = _filtered(session, params)
    rows = session.query(group_stats, by, filters)
    for spelling, name, count in session.query(respelt_groups, by, filters):
        from ..text import quote

        session.note(f"{by} {quote(spelling)} ({count} agreement(s)) is counted as {name}, "
                     f"one {by} written two ways; conv validate says where")
    spanning = session.query(spanning_years, filters) if by == "year" else 0
    if spanning:
        session.note(f"{spanning} agreement(s) dated over several years count in each of "
                     "them, as list --year finds them: add up years with care")
    beside = session.query(avenants_beside_amended, filters)
    if beside:
        session.note(amendments_said(beside))
    several, selected, sums, jobs = session.query(in_several_groups, by, filters)
    if several:
        from ..out.cells import group_digits

        wholes = [f"{selected} agreement(s)",
                  *(f"{group_digits(amount)} {currency}" for amount, currency in sums),
                  *([f"{group_digits(jobs)} direct jobs"] if jobs is not None else [])]
        session.note(f"{several} agreement(s) count in several groups (one row for each "
                     f"{by} they have), so the rows add up to more than the whole: "
                     f"{', '.join(wholes)} in all; do not add the rows")
    if by == "status" or "in-force" in filters.status:
        _note_old_statuses_in_stats(session, filters)
    with sheet_out(session, params, None if rows else filters.matched_nothing()) as out:
        if chosen == "table":
            from ..out.render import stats_table

            stats_table(rows, by)
        elif chosen in ("json", "jsonl"):
            write_rows(rows, stats_columns(by), chosen, out=out)
        else:
            from ..out.render import stats_sheet_rows

            write_rows(stats_sheet_rows(rows), stats_columns(by), chosen, out=out,
                       raw=params.raw, excel=params.excel)


def orgs(session: Session, params: OrgsParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import ORG_COLUMNS, organizations

    rows = session.query(organizations, params.kind)
    write_rows(_limited(rows, params), ORG_COLUMNS, _format(params), raw=params.raw,
               keep=("id", "agreements", "name", "kind"), empty="no organizations")


def _limited(rows: list[Any], params: OrgsParams | PeopleParams | EventsParams) -> list[Any]:
    limit = params.limit
    return rows if limit is None else rows[:limit]


def org(session: Session, params: OrgParams) -> None:
    from ..query.queries import get_organization

    _one_and_its_agreements(session.query(get_organization, params.org_id), params,
                            ["id", "role", *FLAT_COLUMNS[1:]])


def people(session: Session, params: PeopleParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import PEOPLE_COLUMNS
    from ..query.queries import people as all_people

    write_rows(_limited(session.query(all_people), params), PEOPLE_COLUMNS, _format(params),
               raw=params.raw, keep=("id", "agreements", "name"), empty="no people")


def person(session: Session, params: PersonParams) -> None:
    from ..query.queries import get_person

    _one_and_its_agreements(session.query(get_person, params.person_id), params,
                            ["id", "signed_for", "as_title", *FLAT_COLUMNS[1:]])


def events(session: Session, params: EventsParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import EVENT_COLUMNS
    from ..query.queries import events as all_events

    write_rows(_limited(session.query(all_events), params), EVENT_COLUMNS, _format(params),
               raw=params.raw, keep=("id", "dates", "agreements", "name"), empty="no events",
               # the event's reported total (its schema key), not a sum of its agreements
               headers={"amount": "total"})


def event(session: Session, params: EventParams) -> None:
    from ..query.queries import get_event

    _one_and_its_agreements(session.query(get_event, params.event_id), params,
                            list(FLAT_COLUMNS))


def _one_and_its_agreements(found: dict[str, Any], params: Rows,
                            columns: list[str]) -> None:
    """An organization, person or event: all of it in JSON; else a header at a terminal,
    then its agreements as rows."""
    from ..out.output import write_json, write_rows

    chosen = _format(params)
    if chosen == "json":
        write_json(found)
        return
    if chosen == "table":
        from ..out.render import header

        header(found)
    # an organization's or a person's listing says in which role, or for whom, at any width
    tie = columns[1] if columns[1] in ("role", "signed_for") else None
    write_rows(found["agreements"], columns, chosen, raw=params.raw,
               keep=("id", tie, "signed_on", "title") if tie else ())


def sql(session: Session, params: SqlParams) -> None:
    from ..out.output import write_rows
    from ..query.sql import blobs_written, run_sql

    if not params.query.strip():
        raise UsageError("give one SELECT statement, e.g. conv sql \"select count(*) from "
                         "agreements\"")
    named: dict[str, str] = {}
    for item in params.param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageError(f"--param takes NAME=VALUE, not '{item}'")
        if name in named:
            raise UsageError(f"--param {name} was given twice ({named[name]}, {value}); give "
                             "each name once")
        named[name] = value
    from ..db.fulltext import named_in

    if named_in(params.query):  # the full-text indexes, or the schema that lists them
        session.fulltext()
    columns, rows = session.query(run_sql, params.query, named, renamed=session.note)
    fmt = _format(params)
    write_rows(blobs_written(rows, fmt), columns, fmt, raw=params.raw)


def export(session: Session, params: ExportParams) -> None:
    from pathlib import Path

    from ..files import names_folder
    from ..out.export import export as write_export
    from ..out.export import infer_format

    filters = _filtered(session, params)
    output = Path(params.output) if params.output else None
    session.check_output(output)
    chosen = infer_format(output, params.fmt, folder=names_folder(params.output))
    session.query(write_export, filters, chosen, output, raw=params.raw,
                  excel=params.excel, full=params.full, source=session.data.path.name,
                  note=session.note)
    if chosen == "yaml":
        _note_comments_left(session)


def _note_comments_left(session: Session) -> None:
    """A YAML export looks like a copy of the base, but holds none of its comments (why a
    date or a place is what it is): said, with where the files to copy are."""
    from ..base.source import display_path
    from ..text import shell_word

    data = session.data
    where = ("the bundled base's are the data/ folder of conv's source" if
             data.given_by == "bundled" else shell_word(display_path(data.path), bare=True))
    session.note("a yaml export holds the records, not the comments of the base's files "
                 "(its curators' notes on sources and derived facts); to keep them, copy "
                 f"the files themselves ({where})")


def _database_file(session: Session) -> Path:
    """The database file, with its full-text indexes: what Datasette users open."""
    path = session.fulltext().path
    if path is None:
        raise ConvError("the cache folder cannot be written, so there is no database file; "
                        "set XDG_CACHE_HOME to a writable folder")
    return path


def db_path(session: Session, params: Params) -> None:
    print(_database_file(session))


def db_rebuild(session: Session, params: Params) -> None:
    opened = session.database(force=True)
    if not session.quiet:
        print(f"conv: rebuilt {opened.path or 'in memory'}", file=sys.stderr)


def db_metadata(session: Session, params: Params) -> None:
    from ..out.metadata import datasette_metadata
    from ..out.output import write_json

    write_json(datasette_metadata(_database_file(session).stem))


# Each body takes its own Params class (params.PARAMS); run() pairs them.
BODIES: dict[str, Callable[[Session, Any], None]] = {
    "list": list_, "show": show, "search": search, "compare": compare, "stats": stats,
    "orgs": orgs, "org": org, "people": people, "person": person, "events": events,
    "event": event, "sql": sql, "draft": curating.draft, "validate": curating.validate,
    "migrate": curating.migrate, "export": export, "db path": db_path, "db rebuild": db_rebuild,
    "db metadata": db_metadata, "network": views.network, "timeline": views.timeline,
    "due": views.due,
}


def run(name: str, session: Session, values: dict[str, Any]) -> None:
    """The command ``name`` on the parsed ``values`` (both entry paths come through here)."""
    BODIES[name](session, PARAMS[name](values))
