"""The command line: parse options, call one library function, render. No SQL, no YAML."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .errors import ConvError
from .layout import STATS_GROUPS
from .schema import AGREEMENT_TYPES, ORG_KINDS

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="conv",
    help="Signed public agreements in Morocco: list, show, search, compare and export them.\n\n"
         "Example: conv list --ministry industrie",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
db_app = typer.Typer(help="The cached SQLite database.\n\nExample: conv db path",
                     no_args_is_help=True, rich_markup_mode=None)
app.add_typer(db_app, name="db")


class Format(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    md = "md"


class ShowFormat(str, Enum):
    table = "table"
    json = "json"


def choices(name: str, values: tuple[str, ...]) -> Any:
    """An Enum for Typer from the one list the schema or layout keeps."""
    return Enum(name, {value.replace("-", "_"): value for value in values}, type=str)


AgreementType = choices("AgreementType", AGREEMENT_TYPES)


class State:
    data: str | None = None
    quiet: bool = False
    cache: Path | None = None  # the cache file the command opened, if any


STATE = State()


def fail(message: str, code: int = 1, details: list[str] | None = None) -> None:
    """Located lines as they are, then one 'conv: ' line on stderr, then exit."""
    for line in details or []:
        print(line, file=sys.stderr)
    print(f"conv: {message}", file=sys.stderr)
    raise typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn the package's exceptions into a clean message and exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        STATE.cache = None
        try:
            try:
                return func(*args, **kwargs)
            except (sqlite3.DatabaseError, ConvError) as exc:
                if not _drop_damaged_cache(exc):
                    raise
                return func(*args, **kwargs)  # once more, on a database rebuilt from the data
        except BrokenPipeError:
            raise PipeClosed from None  # past click, which would make it exit 1
        except ConvError as exc:
            print("\n".join(exc.lines()), file=sys.stderr)
            raise typer.Exit(exc.exit_code) from None
        except sqlite3.DatabaseError as exc:
            fail(f"error: the database failed ({exc}); run conv db rebuild and try again")
    return wrapper  # type: ignore[return-value]


# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB.
DAMAGED_CODES = (11, 26)


def _drop_damaged_cache(exc: BaseException) -> bool:
    """A cache damaged inside (its header and size looked fine) is removed, to be rebuilt."""
    cause = exc if isinstance(exc, sqlite3.DatabaseError) else exc.__context__
    code = getattr(cause, "sqlite_errorcode", None)
    if STATE.cache is None or code is None or code & 0xFF not in DAMAGED_CODES:
        return False
    print(f"conv: warning: the cache {STATE.cache} is damaged; rebuilding it",
          file=sys.stderr)
    with contextlib.suppress(OSError):
        os.unlink(STATE.cache)
    STATE.cache = None
    return True


def data_path() -> Path:
    from .db import resolve_data_path

    return resolve_data_path(STATE.data)


def open_db(force: bool = False) -> Any:
    from .db import open_database

    progress = not STATE.quiet and sys.stderr.isatty()
    opened = open_database(data_path(), force=force, progress=progress)
    STATE.cache = opened.path
    return opened


def version_callback(value: bool) -> None:
    if value:
        from . import __version__

        print(f"conv {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    data: Annotated[str | None, typer.Option(
        "--data", metavar="PATH", envvar="CONV_DATA", show_envvar=True,
        help="The knowledge base YAML file (default: the bundled one).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help="No progress or notes on stderr.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=version_callback,
                                          is_eager=True, help="Print the version.")] = False,
) -> None:
    """Signed public agreements in Morocco, from a curated YAML knowledge base."""
    STATE.data = data
    STATE.quiet = quiet


def _complete(name: str) -> Callable[..., list[str]]:
    """A Tab-completion callback that imports completion.py only when Tab is pressed."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from . import completion

        return getattr(completion, name)(incomplete, ctx)  # type: ignore[no-any-return]
    return complete


# Options shared by list, stats and export: defined once.
MinistryOpt = Annotated[str | None, typer.Option(
    "--ministry", metavar="TEXT", autocompletion=_complete("complete_ministry_ids"),
    help="A signing ministry: id, name, acronym or former name; accents optional.")]
PartnerOpt = Annotated[str | None, typer.Option(
    "--partner", metavar="TEXT", autocompletion=_complete("complete_partner_ids"),
    help="A non-ministry party, matched the same way.")]
TypeOpt = Annotated[AgreementType | None, typer.Option("--type", help="Agreement type.")]
YearOpt = Annotated[int | None, typer.Option("--year", metavar="YYYY", min=1000, max=9999,
                                             help="Signed in this year.")]
FromOpt = Annotated[int | None, typer.Option("--from", metavar="YYYY", min=1000, max=9999,
                                             help="Signed in this year or later.")]
ToOpt = Annotated[int | None, typer.Option("--to", metavar="YYYY", min=1000, max=9999,
                                           help="Signed in this year or earlier.")]
PlaceOpt = Annotated[str | None, typer.Option(
    "--place", metavar="TEXT", help="City or region where it was signed.")]
SectorOpt = Annotated[str | None, typer.Option("--sector", metavar="TEXT", help="A sector.")]
FormatOpt = Annotated[Format | None, typer.Option(
    "--format", "-f", help="Output format (default: table at a terminal, tsv in a pipe).")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=0, metavar="N",
                                              help="At most N rows.")]


def make_filters(ministry: str | None, partner: str | None, type_: AgreementType | None,
                 year: int | None, year_from: int | None, year_to: int | None,
                 place: str | None, sector: str | None) -> Any:
    from .queries import Filters

    return Filters(ministry=ministry, partner=partner, type=type_.value if type_ else None,
                   year=year, year_from=year_from, year_to=year_to, place=place,
                   sector=sector)


@app.command("list")
@handles_errors
def list_command(
    ministry: MinistryOpt = None, partner: PartnerOpt = None, type_: TypeOpt = None,
    year: YearOpt = None, year_from: FromOpt = None, year_to: ToOpt = None,
    place: PlaceOpt = None, sector: SectorOpt = None,
    sort: Annotated[str | None, typer.Option(
        "--sort", metavar="FIELD",
        help="Sort by a column of the flat row (default: signed_on, newest first).")] = None,
    order: Annotated[str | None, typer.Option(
        "--order", metavar="asc|desc",
        help="Sort direction (default: desc for dates and numbers, asc for text).")] = None,
    limit: LimitOpt = None, fmt: FormatOpt = None,
) -> None:
    """List agreements as flat rows, filtered; filters combine.

    Example: conv list --ministry industrie --from 2020 --format csv
    """
    from .layout import FLAT_COLUMNS
    from .output import choose_format, write_rows
    from .queries import list_agreements

    if order not in (None, "asc", "desc"):
        fail("error: --order takes asc or desc", 2)
    filters = make_filters(ministry, partner, type_, year, year_from, year_to, place, sector)
    rows = list_agreements(open_db().conn, filters, sort=sort,
                           descending=None if order is None else order == "desc",
                           limit=limit)
    write_rows(rows, FLAT_COLUMNS, choose_format(fmt.value if fmt else None))


@app.command("show")
@handles_errors
def show_command(
    agreement_id: Annotated[str, typer.Argument(
        metavar="ID", help="The agreement's id.",
        autocompletion=_complete("complete_agreement_ids"))],
    fmt: Annotated[ShowFormat | None, typer.Option(
        "--format", "-f", help="table (default) or json (the full nested record).")] = None,
) -> None:
    """Show one agreement: every fact, parties and roles, sources, what it follows.

    Example: conv show cti-2022
    """
    from .queries import get_agreement

    record = get_agreement(open_db().conn, agreement_id)
    if fmt is not None and fmt.value == "json":
        from .output import write_json

        write_json(record)
    else:
        from .render import show_record

        show_record(record)


@app.command("search")
@handles_errors
def search_command(
    query: Annotated[str, typer.Argument(metavar="QUERY",
                                         help="Words to find; accents optional.")],
    raw: Annotated[bool, typer.Option(
        "--raw", help="Pass FTS5 syntax through (AND, OR, NOT, \"phrases\", prefix*).")] = False,
    ministry: MinistryOpt = None, partner: PartnerOpt = None, type_: TypeOpt = None,
    year: YearOpt = None, year_from: FromOpt = None, year_to: ToOpt = None,
    place: PlaceOpt = None, sector: SectorOpt = None,
    limit: LimitOpt = None, fmt: FormatOpt = None,
) -> None:
    """Full-text search over titles, summaries, places and parties, best match first.

    Example: conv search "qualite automobile"
    """
    from .layout import FLAT_COLUMNS
    from .output import choose_format, write_rows
    from .queries import search_agreements

    filters = make_filters(ministry, partner, type_, year, year_from, year_to, place, sector)
    rows = search_agreements(open_db().conn, query, raw=raw, filters=filters, limit=limit)
    chosen = choose_format(fmt.value if fmt else None)
    columns = (*FLAT_COLUMNS, "snippet") if chosen == "table" else FLAT_COLUMNS
    write_rows(rows, columns, chosen)


@app.command("compare")
@handles_errors
def compare_command(
    ids: Annotated[list[str], typer.Argument(
        metavar="ID ID [ID...]", help="Two or more agreement ids.",
        autocompletion=_complete("complete_agreement_ids"))],
    fmt: FormatOpt = None,
) -> None:
    """Compare agreements side by side: one column each, differing fields marked.

    Example: conv compare cti-2022 cti-2013
    """
    from .output import choose_format, write_json, write_rows
    from .queries import compare_agreements

    if len(ids) < 2:
        fail("error: give at least two agreement ids to compare", 2)
    records, rows = compare_agreements(open_db().conn, ids)
    chosen = choose_format(fmt.value if fmt else None)
    if chosen == "json":
        write_json(records)
    elif chosen == "table":
        from .render import compare_table

        compare_table(rows, ids)
    else:
        write_rows(rows, ["field", *ids, "differs"], chosen)


StatsBy = choices("StatsBy", STATS_GROUPS)


@app.command("stats")
@handles_errors
def stats_command(
    by: Annotated[StatsBy, typer.Option("--by", help="What to group by.")] = StatsBy.ministry,
    ministry: MinistryOpt = None, partner: PartnerOpt = None, type_: TypeOpt = None,
    year: YearOpt = None, year_from: FromOpt = None, year_to: ToOpt = None,
    place: PlaceOpt = None, sector: SectorOpt = None, fmt: FormatOpt = None,
) -> None:
    """Count agreements, MAD totals and promised jobs per group; filters apply first.

    Example: conv stats --by year --ministry industrie
    """
    from .output import choose_format, write_rows
    from .queries import stats

    filters = make_filters(ministry, partner, type_, year, year_from, year_to, place, sector)
    rows = stats(open_db().conn, by.value, filters)
    chosen = choose_format(fmt.value if fmt else None)
    columns = ["group", "count", "amount_mad", "jobs_direct"]
    if chosen == "table":
        from .render import stats_table

        stats_table(rows, by.value)
    else:
        write_rows(rows, columns, chosen)


OrgKind = choices("OrgKind", ORG_KINDS)


ORG_COLUMNS = ["id", "name", "acronym", "kind", "country", "agreements"]


@app.command("orgs")
@handles_errors
def orgs_command(
    kind: Annotated[OrgKind | None, typer.Option("--kind", help="Only this kind.")] = None,
    fmt: FormatOpt = None,
) -> None:
    """List organizations with their number of agreements.

    Example: conv orgs --kind ministry
    """
    from .output import choose_format, write_rows
    from .queries import organizations

    rows = organizations(open_db().conn, kind.value if kind else None)
    write_rows(rows, ORG_COLUMNS, choose_format(fmt.value if fmt else None))


@app.command("org")
@handles_errors
def org_command(
    org_id: Annotated[str, typer.Argument(metavar="ID", help="The organization's id.")],
    fmt: FormatOpt = None,
) -> None:
    """Show one organization and the agreements it is party to.

    Example: conv org mic
    """
    from .layout import FLAT_COLUMNS
    from .output import choose_format, write_json, write_rows
    from .queries import get_organization

    org = get_organization(open_db().conn, org_id)
    chosen = choose_format(fmt.value if fmt else None)
    if chosen == "json":
        write_json(org)
    elif chosen == "table":
        from .render import org_header

        org_header(org)
        write_rows(org["agreements"], ["id", "role", *FLAT_COLUMNS[1:]], chosen)
    else:
        write_rows(org["agreements"], ["id", "role", *FLAT_COLUMNS[1:]], chosen)


@app.command("sql")
@handles_errors
def sql_command(
    query: Annotated[str, typer.Argument(metavar="SQL", help="One SELECT statement.")],
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="NAME=VALUE",
        help="A named parameter for :NAME in the query (repeatable).")] = None,
    fmt: FormatOpt = None,
) -> None:
    """Run one read-only SQL query on the database (tables: agreements, organizations,
    parties, sources, meta, agreements_fts).

    Example: conv sql "select type, count(*) as n from agreements group by type"
    """
    from .output import choose_format, write_rows
    from .queries import run_sql

    params = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            fail(f"error: --param takes NAME=VALUE, not '{item}'", 2)
        params[name] = value
    columns, rows = run_sql(open_db().conn, query, params)
    write_rows(rows, columns, choose_format(fmt.value if fmt else None))


@app.command("draft")
@handles_errors
def draft_command(
    article: Annotated[str, typer.Argument(metavar="ARTICLE.txt",
                                           help="A plain-text French article, or - for stdin.")],
    published_on: Annotated[str | None, typer.Option(
        "--published-on", metavar="DATE",
        help="When the article was published: YYYY-MM-DD, YYYY-MM or YYYY (else read from "
             "its header); relative dates like 'hier, mardi' resolve against it.")] = None,
) -> None:
    """Draft schema-2 YAML for the agreements a French press article reports, to review.

    Every fact found carries a '# from: "…"' comment quoting the article; every gap is a
    '# TODO'. Organizations, people and events already in the knowledge base are
    referenced by id; new ones are proposed. Needs the draft extra:
    pip install "conventions-cli[draft]".

    Example: conv draft article.txt --published-on 2025-04 > draft.yaml
    """
    from .drafting import draft_article, parse_published_on, read_article

    when = None
    if published_on is not None:
        try:
            when = parse_published_on(published_on)
        except ValueError:
            fail(f"error: --published-on '{published_on}' is not a date; write YYYY-MM-DD, "
                 "YYYY-MM or YYYY", 2)
    text = read_article(article)
    known = draft_context()
    try:
        draft = draft_article(text, published_on=when, **known)
    except ConvError:
        raise
    except Exception as exc:  # a bug must not print a traceback at the curator
        fail(f"error: drafting failed on this article ({type(exc).__name__}: {exc}); please "
             "report it with the article")
    sys.stdout.write(draft.yaml)
    if draft.todos and not STATE.quiet:
        print(f"conv: {len(draft.todos)} fact(s) to check or fill (# TODO)", file=sys.stderr)


def draft_context() -> dict[str, Any]:
    """What the knowledge base knows; a draft is still useful without it."""
    from .drafting import known_events, known_people
    from .queries import all_ids, known_organizations

    try:
        conn = open_db().conn
    except ConvError as exc:
        if not STATE.quiet:
            print(f"conv: warning: knowledge base not read ({str(exc).splitlines()[0]}); "
                  "every organization will be proposed as new", file=sys.stderr)
        return {}
    return {"organizations": known_organizations(conn), "people": known_people(conn),
            "events": known_events(conn), "existing_ids": all_ids(conn)}


@app.command("validate")
@handles_errors
def validate_command(
    as_json: Annotated[bool, typer.Option("--json", help="Problems as JSON on stdout.")] = False,
) -> None:
    """Check the data file; every problem as file:line:col: message.

    Example: conv validate --data my-agreements.yaml
    """
    from .validate import validate

    report = validate(data_path())
    if as_json:
        from .output import write_json

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
        raise typer.Exit(1)


@db_app.command("path")
@handles_errors
def db_path_command() -> None:
    """Print the database file's path, building it if needed (open it in Datasette).

    Example: datasette "$(conv db path)"
    """
    opened = open_db()
    if opened.path is None:
        fail("error: the cache folder cannot be written, so there is no database file; "
             "set XDG_CACHE_HOME to a writable folder")
    print(opened.path)


@db_app.command("rebuild")
@handles_errors
def db_rebuild_command() -> None:
    """Rebuild the database from the data file now, even if it looks fresh.

    Example: conv db rebuild
    """
    opened = open_db(force=True)
    if not STATE.quiet:
        print(f"conv: rebuilt {opened.path or 'in memory'}", file=sys.stderr)


class ExportFormat(str, Enum):
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    yaml = "yaml"
    datapackage = "datapackage"


@app.command("export")
@handles_errors
def export_command(
    ministry: MinistryOpt = None, partner: PartnerOpt = None, type_: TypeOpt = None,
    year: YearOpt = None, year_from: FromOpt = None, year_to: ToOpt = None,
    place: PlaceOpt = None, sector: SectorOpt = None,
    fmt: Annotated[ExportFormat | None, typer.Option(
        "--format", "-f", help="Default: from --output's extension (a folder: datapackage), "
                               "else csv.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="PATH",
        help="Write here, atomically, instead of stdout.")] = None,
    raw: Annotated[bool, typer.Option(
        "--raw", help="csv/tsv: keep cells starting with = + - @ as they are "
                      "(default: prefix ' so spreadsheets do not run them).")] = False,
    excel: Annotated[bool, typer.Option(
        "--excel", help="csv for French-locale Excel: UTF-8 BOM, ';' and CRLF.")] = False,
    full: Annotated[bool, typer.Option(
        "--full", help="json/jsonl: nested records (as conv show --format json).")] = False,
) -> None:
    """Export agreements for spreadsheets and other tools, with the filters of list.

    Example: conv export --ministry industrie --excel -o industrie.csv
    """
    from .export import export, infer_format

    filters = make_filters(ministry, partner, type_, year, year_from, year_to, place, sector)
    chosen = infer_format(output, fmt.value if fmt else None)
    export(open_db().conn, filters, chosen, output, raw=raw, excel=excel, full=full,
           source=data_path().name)


@db_app.command("metadata")
@handles_errors
def db_metadata_command() -> None:
    """Print Datasette metadata (titles, licence, column descriptions, facets) as JSON.

    Example: conv db metadata > metadata.json; datasette "$(conv db path)" -m metadata.json
    """
    from .metadata import datasette_metadata
    from .output import write_json

    opened = open_db()
    if opened.path is None:
        fail("error: the cache folder cannot be written, so there is no database file; "
             "set XDG_CACHE_HOME to a writable folder")
    write_json(datasette_metadata(opened.path.stem))


class Interrupted(BaseException):
    """Ctrl-C, raised past click (which would turn KeyboardInterrupt into exit 1)."""


class PipeClosed(BaseException):
    """The reader of stdout went away (conv list | head -1): stop quietly, exit 0."""


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted


def main() -> None:
    """Console entry point: exit codes 0/1/2, 130 on Ctrl-C, quiet on a closed pipe."""
    import signal

    signal.signal(signal.SIGINT, _interrupt)
    code: object = 0
    try:
        app()
    except SystemExit as exc:
        code = exc.code
    except Interrupted:
        print("conv: interrupted", file=sys.stderr)
        code = 130
    except (BrokenPipeError, PipeClosed):
        code = 0
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # Python docs, "Note on SIGPIPE": stop writing to the closed pipe, quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(code)
