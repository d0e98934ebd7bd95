"""What each command does once its options are parsed: ask the library, then render.

Both ways into conv call these functions with the same parameters (interface.py names
them): the Typer app (cli.py) and the fast start-up path (entry.py). So the two cannot
answer differently. Errors are the package's own exceptions; the entry point prints them.
"""

from __future__ import annotations

import sys

from ..db.layout import FLAT_COLUMNS, STATS_COLUMNS
from ..errors import ConvError, UsageError
from . import views
from .filtered import filtered as _filtered
from .filtered import filters_of
from .params import (
    PARAMS,
    CompareParams,
    DraftParams,
    EventParams,
    EventsParams,
    ExportParams,
    ListParams,
    MigrateParams,
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
    ValidateParams,
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

    filters = _filtered(session, params)
    order = params.order
    rows = session.query(list_agreements, filters, sort=params.sort,
                         descending=None if order is None else order == "desc",
                         limit=params.limit)
    write_rows(rows, FLAT_COLUMNS, _format(params), raw=params.raw)


def show(session: Session, params: ShowParams) -> None:
    from ..query.queries import get_agreement

    record = session.query(get_agreement, params.agreement_id)
    if params.fmt == "json":
        from ..out.output import write_json

        write_json(record)
    else:
        from ..out.render import show_record

        show_record(record)


def search(session: Session, params: SearchParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import search_agreements

    filters = _filtered(session, params)
    rows = session.query(search_agreements, params.query, raw=params.raw,
                         filters=filters, limit=params.limit)
    chosen = _format(params)
    columns = (*FLAT_COLUMNS, "snippet") if chosen == "table" else FLAT_COLUMNS
    write_rows(rows, columns, chosen, raw=params.raw)


def compare(session: Session, params: CompareParams) -> None:
    from ..out.output import write_json, write_rows
    from ..query.queries import compare_agreements

    ids = list(params.ids)
    if len(ids) < 2:
        raise UsageError("give at least two agreement ids to compare")
    records, rows = session.query(compare_agreements, ids)
    chosen = _format(params)
    if chosen == "json":
        write_json(records)
    elif chosen == "table":
        from ..out.render import compare_table

        compare_table(rows, ids)
    else:
        write_rows(rows, ["field", *ids, "differs"], chosen, raw=params.raw)


def stats(session: Session, params: StatsParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import stats as group_stats

    by = params.by or "ministry"
    rows = session.query(group_stats, by, _filtered(session, params))
    chosen = _format(params)
    if chosen == "table":
        from ..out.render import stats_table

        stats_table(rows, by)
    else:
        write_rows(rows, STATS_COLUMNS, chosen, raw=params.raw)


ORG_COLUMNS = ["id", "name", "acronym", "kind", "country", "aliases", "agreements"]


def orgs(session: Session, params: OrgsParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import organizations

    rows = session.query(organizations, params.kind)
    write_rows(_limited(rows, params), ORG_COLUMNS, _format(params), raw=params.raw)


def _limited(rows: list[Any], params: OrgsParams | PeopleParams | EventsParams) -> list[Any]:
    limit = params.limit
    return rows if limit is None else rows[:limit]


def org(session: Session, params: OrgParams) -> None:
    from ..query.queries import get_organization

    _one_and_its_agreements(session.query(get_organization, params.org_id), params,
                            ["id", "role", *FLAT_COLUMNS[1:]])


PEOPLE_COLUMNS = ["id", "name", "aliases", "agreements"]
EVENT_COLUMNS = ["id", "name", "place", "start", "end", "amount", "currency", "agreements"]


def people(session: Session, params: PeopleParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import people as all_people

    write_rows(_limited(session.query(all_people), params), PEOPLE_COLUMNS, _format(params),
               raw=params.raw)


def person(session: Session, params: PersonParams) -> None:
    from ..query.queries import get_person

    _one_and_its_agreements(session.query(get_person, params.person_id), params,
                            ["id", "signed_for", "as_title", *FLAT_COLUMNS[1:]])


def events(session: Session, params: EventsParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import events as all_events

    write_rows(_limited(session.query(all_events), params), EVENT_COLUMNS, _format(params),
               raw=params.raw)


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
    write_rows(found["agreements"], columns, chosen, raw=params.raw)


def sql(session: Session, params: SqlParams) -> None:
    from ..out.output import write_rows
    from ..query.queries import run_sql

    if not params.query.strip():
        raise UsageError("give one SELECT statement, e.g. conv sql \"select count(*) from "
                         "agreements\"")
    named = {}
    for item in params.param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageError(f"--param takes NAME=VALUE, not '{item}'")
        named[name] = value
    columns, rows = session.query(run_sql, params.query, named)
    write_rows(rows, columns, _format(params), raw=params.raw)


def draft(session: Session, params: DraftParams) -> None:
    from ..drafting import draft_article, parse_published_on, read_article

    when = None
    published_on = params.published_on
    if published_on is not None:
        try:
            when = parse_published_on(published_on)
        except ValueError:
            raise UsageError(f"--published-on '{published_on}' is not a date; write "
                             "YYYY-MM-DD, YYYY-MM or YYYY") from None
    if params.force and not params.add:
        raise UsageError("--force goes with --add")
    if params.into and not params.add:
        raise UsageError("--into goes with --add")
    target = _check_add_target(session, params.into) if params.add else None
    text = read_article(params.article)
    known = _draft_context(session, from_file=bool(params.add))
    base = known.pop("base", None)  # the records as written, for --add's lookalikes
    try:
        result = draft_article(text, published_on=when, **known)
    except ConvError:
        raise
    except Exception as exc:  # a bug must not print a traceback at the curator
        raise ConvError(f"drafting failed on this article ({type(exc).__name__}: {exc}); "
                        "please report it with the article") from None
    if target is not None:
        _add(session, result, target, force=bool(params.force), base=base)
        return
    sys.stdout.write(result.yaml)
    if result.todos and not session.quiet:
        print(f"conv: {len(result.todos)} fact(s) to check or fill (# TODO)", file=sys.stderr)


def _check_add_target(session: Session, into: str | None) -> Path:
    """The file --add writes into: the data file, or with a folder as the base the file of
    that folder --into names; never the copy of the base installed with conv (a checkout's
    data/agreements.yaml is the curators' own)."""
    from pathlib import Path

    path = session.data.path
    if path.is_dir():
        if not into:
            some = next(iter(sorted(path.glob("*.yaml"))), path / "FILE.yaml")
            raise UsageError(f"{path} is a folder; name the file of it to write into: "
                             f"--into {some}")
        target = Path(into)
        if target.suffix != ".yaml" or not target.is_file() or \
                target.resolve().parent != path.resolve():
            raise UsageError(f"--into {into}: not a *.yaml file of {path}; name one of its "
                             "files (ids stay unique across them)")
        return target
    if into:
        raise UsageError(f"--into goes with a folder as the base (--data DIR); {path} is "
                         "one file, and --add writes into it")
    from ..base.source import is_installed_copy

    if session.data.given_by == "bundled" and is_installed_copy(path):
        raise UsageError("the bundled knowledge base is part of the installed package; pass "
                         "--data FILE (conv export -o mine.yaml makes a copy to start from)")
    return path


def _add(session: Session, result: Any, target: Path, force: bool, base: Any) -> None:
    from ..drafting.add import add

    if not result.agreements:
        raise ConvError("the article gave no agreement to add; nothing was changed")
    added = add(result, target, force=force, base=base)
    print(f"added to {target}:")
    for section, ids in added.ids.items():
        print(f"  {section}: {', '.join(ids)}")
    if added.todos and not session.quiet:
        print(f"conv: {added.todos} fact(s) to check or fill (# TODO): conv validate lists "
              "them", file=sys.stderr)


def _draft_context(session: Session, from_file: bool = False) -> dict[str, Any]:
    """What the knowledge base knows, to link names to it; a draft is still useful without.

    From the database when the base is valid; with --add (or when the base has problems,
    as it does while added drafts wait for their TODOs) from the file's records as written.
    """
    from ..drafting import known_events, known_people
    from ..query.queries import all_ids, known_organizations

    if not from_file:
        try:
            return {"organizations": session.query(known_organizations),
                    "people": session.query(known_people),
                    "events": session.query(known_events),
                    "existing_ids": session.query(all_ids)}
        except ConvError as exc:
            problem = str(exc).splitlines()[0]
    try:
        known = _records_context(session)
        if not from_file and not session.quiet:
            print(f"conv: warning: knowledge base has problems ({problem}); names are "
                  "matched against its records as written", file=sys.stderr)
        return known
    except ConvError as exc:
        if from_file:
            raise
        if not session.quiet:
            print(f"conv: warning: knowledge base not read ({str(exc).splitlines()[0]}); "
                  "every organization will be proposed as new", file=sys.stderr)
        return {}


def _records_context(session: Session) -> dict[str, Any]:
    """What the base's files say as written (every file of a folder), problems or not."""
    from ..base.records import Dataset
    from ..base.source import display_path, snapshots
    from ..drafting.add import existing_records
    from ..files import read_file

    base = Dataset(display_path(session.data.path), version=2)
    for snapshot in snapshots(session.data):
        data = read_file(snapshot.path, missing=session.data.missing_hint)
        one = existing_records(data.decode("utf-8-sig", errors="replace"),
                               display_path(snapshot.path))
        for name in ("organizations", "people", "events", "agreements"):
            getattr(base, name).extend(getattr(one, name))

    def ok(records: list[Any]) -> list[Any]:
        return [r for r in records if r.get("id") and r.get("name")]
    ids = [a["id"] for a in base.agreements if a.get("id")]
    ids += [r["id"] for r in (*base.organizations, *base.people, *base.events)
            if r.get("id")]
    return {"organizations": [{"id": o["id"], "name": o["name"], "kind": o.get("kind"),
                               "acronym": o.get("acronym"), "aliases": o.get("aliases") or [],
                               "country": o.get("country")}
                              for o in ok(base.organizations)],
            "people": [{"id": p["id"], "name": p["name"], "aliases": p.get("aliases") or []}
                       for p in ok(base.people)],
            "events": [{"id": e["id"], "name": e["name"], "start": e.get("start")}
                       for e in ok(base.events)],
            "existing_ids": ids, "base": base}


def validate(session: Session, params: ValidateParams) -> None:
    from ..base.validate import validate as check

    report = check(session.data)
    if params.as_json:
        from ..out.output import write_json

        write_json(report.as_dict())
    else:
        for problem in report.problems:
            print(problem, file=sys.stderr)
        if report.problems:
            print(f"conv: {len(report.problems)} problem(s) in {report.source}",
                  file=sys.stderr)
        else:
            print(report.summary())
    if report.problems:
        raise Failed()


def migrate(session: Session, params: MigrateParams) -> None:
    from pathlib import Path

    from ..base.migrate import migrate as rewrite

    done = rewrite(Path(params.file))
    if done.already:
        print(f"conv: {params.file} is schema 2 already; nothing to do", file=sys.stderr)
        return
    made = ", ".join(ident for ident, _ in done.events) or "none"
    print(f"conv: {params.file} is now schema 2; events made from the agreements' event "
          f"names: {made}", file=sys.stderr)


def export(session: Session, params: ExportParams) -> None:
    from pathlib import Path

    from ..out.export import export as write_export
    from ..out.export import infer_format

    filters = filters_of(params)
    output = Path(params.output) if params.output else None
    chosen = infer_format(output, params.fmt)
    session.query(write_export, filters, chosen, output, raw=params.raw,
                  excel=params.excel, full=params.full, source=session.data.path.name,
                  note=session.note)


def _database_file(session: Session) -> Path:
    path = session.database().path
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


class Failed(ConvError):
    """The command said what was wrong already (validate's problems): exit 1, nothing more."""

    def __init__(self) -> None:
        super().__init__("")

    def lines(self) -> list[str]:
        return []


# Each body takes its own Params class (params.PARAMS); run() pairs them.
BODIES: dict[str, Callable[[Session, Any], None]] = {
    "list": list_, "show": show, "search": search, "compare": compare, "stats": stats,
    "orgs": orgs, "org": org, "people": people, "person": person, "events": events,
    "event": event, "sql": sql, "draft": draft, "validate": validate,
    "migrate": migrate, "export": export, "db path": db_path, "db rebuild": db_rebuild,
    "db metadata": db_metadata, "network": views.network, "timeline": views.timeline,
    "due": views.due,
}


def run(name: str, session: Session, values: dict[str, Any]) -> None:
    """The command ``name`` on the parsed ``values`` (both entry paths come through here)."""
    BODIES[name](session, PARAMS[name](values))
