"""conv's command line, declared once: every command, argument and option, as plain data.

The Typer app (cli.py) and the fast start-up path (entry.py) are both built from these
tables, so they cannot drift apart; neither keeps a copy. This module imports nothing
heavy: the fast path reads it on every call.

Repeating an option: a repeatable one (``many``) keeps every value; any other given twice
is a usage error, never silently the last value.
"""

from __future__ import annotations

import re
from collections import namedtuple

from ..base.vocabulary import ORG_KINDS, meant
from ..out.formats import EXPORT_FORMATS, NETWORK_FORMATS, ROW_FORMATS, TIMELINE_FORMATS
from ..query.filters import FILTERS, Filter
from ..query.queries import TIMELINE_GROUPS
from ..query.stats import STATS_GROUPS

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from typing import Any

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


# Named tuples, not dataclasses: the fast path reads this module on every call.
class Option(namedtuple("Option", "name flags help kind choices metavar many complete eager",
                        defaults=("text", (), None, False, None, False))):
    """An option: ``name``, the parameter the command receives; ``flags``, the spellings
    (the first is the long one); ``kind``: text | year | count | flag | choice; ``many``,
    repeatable (a tuple of every value given); ``complete``, a completion function of
    completion.py; ``eager``, acts before anything else (--version)."""

    __slots__ = ()

    @property
    def flag(self) -> str:
        return self.flags[0]  # type: ignore[no-any-return]


class Argument(namedtuple("Argument", "name metavar help many complete",
                          defaults=(False, None))):
    """A positional argument; ``many``: one or more values."""

    __slots__ = ()


class Command(namedtuple("Command", "name help arguments options", defaults=((), ()))):
    """A command: ``name`` ("list", or "db path" for a subcommand); ``help``, its summary
    line then an "Example:" line."""

    __slots__ = ()

    @property
    def params(self) -> tuple[Argument | Option, ...]:
        return (*self.arguments, *self.options)


def from_filter(spec: Filter) -> Option:
    return Option(spec.name, (spec.flag,), spec.help, kind=spec.kind, choices=spec.choices,
                  metavar=spec.metavar, many=spec.many, complete=spec.complete)


# --- the global options (before the command) ----------------------------------------------

GLOBAL_OPTIONS = (
    Option("data", ("--data",), "The knowledge base: a YAML file or a folder of them "
           "(default: $CONV_DATA, else the bundled one). Example: conv --data team list",
           metavar="PATH"),
    Option("quiet", ("--quiet", "-q"), "No progress or notes on stderr.", kind="flag"),
    Option("version", ("--version",), "Print the version.", kind="flag", eager=True),
    Option("show_completion", ("--show-completion",), "Print the Tab-completion script for "
           "SHELL. Example: conv --show-completion zsh > ~/.zfunc/_conv", kind="choice",
           choices=SHELLS, metavar="SHELL", eager=True),
    Option("install_completion", ("--install-completion",), "Install Tab completion for SHELL "
           "in its start-up file. Example: conv --install-completion bash", kind="choice",
           choices=SHELLS, metavar="SHELL", eager=True),
)

# --- options several commands share ----------------------------------------------------------

FILTER_OPTIONS = tuple(from_filter(spec) for spec in FILTERS)
TSV_IS_FOR = ("tsv is for cut and awk; for a spreadsheet take csv, which opens the same "
              "whatever separators its import ticks.")
FORMAT = Option("fmt", ("--format", "-f"), "Output format (default: table at a terminal, tsv "
                f"in a pipe). {TSV_IS_FOR} Example: --format csv", kind="choice",
                choices=ROW_FORMATS)
RAW = Option("raw", ("--raw",), "csv/tsv: cells as stored; by default a cell starting with "
             "= + - @, a tab or CR gets a leading ' so spreadsheets do not run it.",
             kind="flag")
LIMIT = Option("limit", ("--limit", "-n"), "At most N rows. Example: -n 20", kind="count",
               metavar="N")
ROWS_OUT = (FORMAT, RAW)

OUTPUT = Option("output", ("--output", "-o"), "Write here, atomically, instead of stdout; the "
                "extension names the format when --format is not given. Example: -o graph.svg",
                metavar="PATH")
WIDTH = Option("width", ("--width",), "A picture's width in pixels (default 900; 400 for a "
               "phone): svg, png, html (and timeline's vega-lite spec) only; a timeline is that "
               "wide, however long its filters under the title; refused with "
               "rows or a graph file, which have no pixels. Example: -o t.svg --width 400",
               kind="count", metavar="PX")

SHEET_OUTPUT = Option("output", ("--output", "-o"), "Write the rows here, atomically, "
                      "instead of stdout; the extension names the format (.csv, .tsv, "
                      ".json, .jsonl, .md) when --format is not given. Example: -o stats.csv",
                      metavar="PATH")
EXCEL = Option("excel", ("--excel",), "csv for French-locale Excel: UTF-8 BOM, ';' and CRLF "
               "(csv is then the default format). Example: --excel -o stats.csv", kind="flag")

AGREEMENT_ID = Argument("agreement_id", "ID", "The agreement's id.",
                        complete="complete_agreement_ids")

COMMANDS: tuple[Command, ...] = (
    Command("list", "List agreements as flat rows, filtered; filters combine.\n\n"
            "Example: conv list --ministry industrie --from 2020 --format csv",
            options=(*FILTER_OPTIONS,
                     Option("sort", ("--sort",), "Sort by a column of the flat row (default: "
                            "signed_on, newest first); amount sorts within each currency, "
                            "MAD first, never across. Example: --sort amount --currency EUR",
                            metavar="FIELD"),
                     Option("order", ("--order",), "Sort direction (default: desc for dates "
                            "and numbers, asc for text). Example: --sort amount --order asc",
                            kind="choice",
                            choices=("asc", "desc")),
                     LIMIT, *ROWS_OUT)),
    Command("show", "Show one agreement: every fact, parties and roles, sources, what it "
            "follows.\n\nExample: conv show cti-2022",
            arguments=(AGREEMENT_ID,),
            options=(Option("fmt", ("--format", "-f"), "table (default) or json (the full "
                            "nested record). Example: --format json", kind="choice",
                            choices=("table", "json")),)),
    Command("search", "Full-text search over titles, summaries, places and parties, best "
            "match first; accents and common French endings optional (a town's name is "
            "searched whole: agadir never finds Agadez). The first search "
            "after the database is built makes its full-text indexes, once (about 0.6 s per "
            "10 000 agreements).\n\n"
            "Example: conv search \"qualite automobile\"",
            arguments=(Argument("query", "WORDS...", "Words to find, quoted or not: "
                                "conv search emploi jeunes finds both words.", many=True),),
            options=(Option("raw", ("--raw",), "Raw mode: the query is FTS5 syntax (AND, OR, "
                            "NOT, \"phrases\", prefix*) over the exact words, and csv/tsv "
                            "cells are printed as stored.", kind="flag"),
                     *FILTER_OPTIONS, LIMIT, FORMAT)),
    Command("compare", "Compare agreements side by side: one column each, differing fields "
            "marked.\n\nExample: conv compare cti-2022 cti-2013",
            arguments=(Argument("ids", "ID ID [ID...]", "Two or more agreement ids.",
                                many=True, complete="complete_agreement_ids"),),
            options=ROWS_OUT),
    Command("stats", "Count agreements, MAD totals and promised jobs per group; filters "
            "apply first.\n\nExample: conv stats --by year --ministry industrie",
            options=(Option("by", ("--by",), "What to group by (default: ministry); by "
                            "year, an agreement counts in every year its date covers, as "
                            "list --year finds it (only the years --year, --from and --to "
                            "select are shown); by event, event_total is the total "
                            "reported for the event as a whole, never added to the sums. "
                            "Example: --by year",
                            kind="choice", choices=STATS_GROUPS),
                     *FILTER_OPTIONS, *ROWS_OUT, SHEET_OUTPUT, EXCEL)),
    Command("network", "Who signs with whom: the organizations and people of the agreements "
            "selected (filters as list), tied by the agreements they share.\n\n"
            "An edge joins two parties of the same agreements, or a person and the body they "
            "signed for; it is weighted by their number and carries their ids and dates. "
            "--format gexf (GEXF 1.3, dated for Gephi's timeline), graphml, or json "
            "(graphology: sigma.js, Gephi Lite); -o FILE.svg, .png or .html draws it (needs "
            "the charts extra). Without a file format, the edges as rows.\n\n"
            "Example: conv network --ministry industrie -o industrie.gexf",
            options=(*FILTER_OPTIONS,
                     Option("fmt", ("--format", "-f"), "Rows (table, tsv, csv, jsonl, md: "
                            "one edge a row), a graph file (gexf, graphml, or json: "
                            "graphology's), or a picture (svg, png, html; with -o). Default: "
                            "from -o's extension, else rows. Example: --format gexf",
                            kind="choice", choices=NETWORK_FORMATS),
                     OUTPUT, WIDTH, RAW)),
    Command("timeline", "Agreements over time, one line per ministry, type or partner; a "
            "month, a year or an interval is drawn as a span, an uncertain date dashed, "
            "never as a made-up day.\n\n"
            "--format vega-lite prints the Vega-Lite spec, its data inline (also -o "
            "FILE.json); -o FILE.svg, .png or .html draws it (needs the charts extra); "
            "otherwise one row per agreement and group.\n\n"
            "Example: conv timeline --by type -o timeline.svg",
            options=(Option("by", ("--by",), "One line per ministry (default), type or "
                            "partner. Example: --by type", kind="choice",
                            choices=TIMELINE_GROUPS),
                     *FILTER_OPTIONS,
                     Option("fmt", ("--format", "-f"), "Rows (table, tsv, csv, json, jsonl, "
                            "md), vega-lite (the spec), or a picture (svg, png, html; with "
                            "-o). Default: from -o's extension, else rows. Example: "
                            "--format vega-lite", kind="choice", choices=TIMELINE_FORMATS),
                     OUTPUT, WIDTH, RAW)),
    Command("due", "Promises that fell due by a day: a programme period that ended, jobs "
            "whose horizon passed, with the last status reported and what follows or "
            "amends them.\n\n"
            "A promise for a year falls due when the year is over (period 2022-2025: on "
            "2025-12-31). A status of completed, terminated or superseded settles it once "
            "surely reported (completed (2025-12) on 2025-12-31, not on the 15th). Filters as "
            "list; --status is the status of that day, the one shown.\n\n"
            "Example: conv due --on 2025-12-31 --ministry industrie --status in-force",
            options=(Option("on", ("--on",), "The day to look from: YYYY-MM-DD, YYYY-MM or "
                            "YYYY (its last day), in 1900-2100; default today. Example: --on "
                            "2025-12-31",
                            metavar="DATE"),
                     *FILTER_OPTIONS, LIMIT, *ROWS_OUT)),
    Command("orgs", "List organizations with their number of agreements.\n\n"
            "Example: conv orgs --kind ministry",
            options=(Option("kind", ("--kind",), "Only this kind. Example: --kind ministry",
                            kind="choice",
                            choices=ORG_KINDS), LIMIT, *ROWS_OUT)),
    Command("org", "Show one organization and the agreements it is party to.\n\n"
            "Example: conv org mic",
            arguments=(Argument("org_id", "ID", "The organization's id or acronym, or the "
                                "whole of its name or a former name (\"Banque mondiale\").",
                                complete="complete_organization_ids"),),
            options=ROWS_OUT),
    Command("people", "List the people who signed agreements, with how many each signed.\n\n"
            "Example: conv people", options=(LIMIT, *ROWS_OUT)),
    Command("person", "Show one person and the agreements they signed, for which party.\n\n"
            "Example: conv person ryad-mezzour",
            arguments=(Argument("person_id", "ID", "The person's id, or the whole of their "
                                "name or another spelling (\"Ryad Mezzour\").",
                                complete="complete_person_ids"),),
            options=ROWS_OUT),
    Command("events", "List the events where agreements were signed.\n\n"
            "Example: conv events", options=(LIMIT, *ROWS_OUT)),
    Command("event", "Show one event and the agreements signed there.\n\n"
            "Example: conv event gitex-africa-2025",
            arguments=(Argument("event_id", "ID", "The event's id, or the whole of its "
                                "name.",
                                complete="complete_event_ids"),),
            options=ROWS_OUT),
    Command("sql", "Run one read-only SQL query on the database (tables: agreements, "
            "organizations, people, events, parties, signatories, sources, agreement_lines, "
            "agreements_fts; "
            "a query that names agreements_fts or agreements_stem, or reads the schema, "
            "makes the full-text indexes first if no search has). "
            "Two result columns of one name (a self-join's a.id, b.id) are written apart, "
            "id then id_2, in every format, with a note on stderr."
            "\n\n"
            "Example: conv sql \"select type, count(*) as n from agreements group by type\"",
            arguments=(Argument("query", "SQL", "One SELECT statement."),),
            options=(Option("param", ("--param", "-p"), "A named parameter for :NAME in the "
                            "query; repeat it for each name (a name given twice is refused). "
                            "Example: -p w=autoroutes",
                            metavar="NAME=VALUE", many=True),
                     *ROWS_OUT)),
    Command("draft", "Draft schema-2 YAML for the agreements a French press article "
            "reports, to review.\n\n"
            "Every fact found carries a '# from: \"…\"' comment quoting the article; every gap "
            "is a '# TODO'. Organizations, people and events already in the knowledge base are "
            "referenced by id; new ones are proposed. Needs the draft extra: "
            "pip install \"conventions-cli[draft]\".\n\n"
            "With --add the drafts go straight into the knowledge base file (--data), "
            "comments and all, and conv validate lists the TODOs left to fill; a draft that "
            "looks like an agreement already there (a partner in common and the same date, "
            "month or event) is refused unless --force, and so is a draft that looks like "
            "another article's draft of the same batch (nothing of the batch is added). "
            "With a folder as the base, "
            "--into names the file of the folder to write into.\n\n"
            "A saved web page (.html) gives its article without the site's menus and its "
            "publication date; several articles give one review file.\n\n"
            "Example: conv draft article.txt page.html --published-on 2025-04 > draft.yaml",
            arguments=(Argument("article", "ARTICLE [ARTICLE...]",
                                "French articles: text files, saved web pages (.html), or - "
                                "for stdin. Several give one review file.", many=True),),
            options=(Option("published_on", ("--published-on",), "When the article was "
                            "published: YYYY-MM-DD, YYYY-MM or YYYY (else read from its "
                            "header, whose day also refines a month or year given); relative "
                            "dates like 'hier, mardi' resolve against it. "
                            "Example: --published-on 2025-04-16",
                            metavar="DATE"),
                     Option("add", ("--add",), "Write the drafts into the knowledge base file "
                            "(--data or CONV_DATA), atomically, keeping its comments.",
                            kind="flag"),
                     Option("force", ("--force",), "With --add: add a draft even when it "
                            "looks like an agreement the base has (a comment under its id "
                            "names that agreement). Example: conv draft a.txt b.txt --add --force",
                            kind="flag"),
                     Option("into", ("--into",), "With --add and a folder as the base "
                            "(--data DIR): the file of the folder to write into; names are "
                            "still matched against every file. Example: conv --data team "
                            "draft article.txt --add --into 2025.yaml (or team/2025.yaml)",
                            metavar="FILE"))),
    Command("validate", "Check the knowledge base (a file or a folder); every problem as "
            "file:line:col: message.\n\n"
            "Warnings (file:line:col: warning: ...) name what is valid but misleads a "
            "filter or a total, such as two organizations of one name or acronym, one person "
            "signing for two sides at one event, or an avenant whose amount is as large as "
            "the agreement's it amends (a new total, counted twice); they leave the exit "
            "code 0.\n\n"
            "Example: conv --data my-agreements.yaml validate",
            options=(Option("as_json", ("--json",), "Problems and warnings as JSON on stdout.",
                            kind="flag"),)),
    Command("migrate", "Rewrite a schema-1 knowledge base as schema 2, in place, keeping its "
            "comments and layout.\n\n"
            "Each distinct free-text event becomes an entry under events: that the agreements "
            "name by id. The file is replaced atomically, and only if the result loads with "
            "the same agreements. A folder base is migrated as one: every schema-1 file of "
            "it, together, or none; a file or folder already in schema 2 is left as it is "
            "(nothing to do).\n\nExample: conv migrate data",
            arguments=(Argument("file", "FILE", "The YAML file to rewrite, or a folder "
                                "base, every schema-1 file of it. Example: team"),)),
    Command("export", "Export agreements for spreadsheets and other tools, with the filters "
            "of list.\n\nExample: conv export --ministry industrie --excel -o industrie.csv",
            options=(*FILTER_OPTIONS,
                     Option("fmt", ("--format", "-f"), "Default: from --output's extension "
                            f"(a folder: datapackage), else csv. {TSV_IS_FOR} Example: "
                            "--format jsonl",
                            kind="choice",
                            choices=EXPORT_FORMATS),
                     Option("output", ("--output", "-o"), "Write here, atomically, instead "
                            "of stdout. Example: -o industrie.csv", metavar="PATH"),
                     Option("raw", ("--raw",), "csv, tsv and the data package's CSVs: "
                            "cells as stored; by default a text cell starting with = + - @, "
                            "a tab or CR gets a leading ' so spreadsheets do not run it.",
                            kind="flag"),
                     Option("excel", ("--excel",), "csv for French-locale Excel: UTF-8 BOM, "
                            "';' and CRLF.", kind="flag"),
                     Option("full", ("--full",), "json/jsonl: nested records (as conv show "
                            "--format json).", kind="flag"))),
    Command("db path", "Print the database file's path, building it if needed, with its "
            "full-text indexes (open it in Datasette: ?_search= works).\n\n"
            "Example: datasette \"$(conv db path)\""),
    Command("db rebuild", "Rebuild the database from the data file now, even if it looks "
            "fresh.\n\nExample: conv db rebuild"),
    Command("db metadata", "Print Datasette metadata (titles, licence, column descriptions, "
            "facets) as JSON.\n\n"
            "Example: conv db metadata > metadata.json; datasette \"$(conv db path)\" "
            "-m metadata.json"),
)
BY_NAME = {command.name: command for command in COMMANDS}
GROUPS = {"db": "The cached SQLite database.\n\nExample: conv db path"}

APP_HELP = ("Signed public agreements in Morocco: list, show, search, compare and export "
            "them.\n\nExample: conv list --ministry industrie")


def read_values(params: tuple[Argument | Option, ...], given: dict[str, Any]) -> dict[str, Any]:
    """Each parameter as the command body takes it, from the words of the command line.

    ``given`` maps a parameter's name to what the parser collected: a flag's bool, an
    option's values (a tuple or list of text, one per time it was given), an argument's
    text (a tuple for ``many``). Both ways in (entry.py and the Typer app) call this, so
    they accept the same values and refuse the others with the same words.
    """
    out: dict[str, Any] = {}
    for param in params:
        value = given.get(param.name)
        if isinstance(param, Argument):
            out[param.name] = tuple(value or ()) if param.many else value
        elif param.kind == "flag":
            out[param.name] = bool(value)
        else:
            values = tuple(value or ())
            if len(values) > 1 and not param.many:
                shown = ", ".join(values)
                raise _usage(f"{param.flag} was given {len(values)} times ({shown}); give it "
                             "once")
            converted = tuple(convert(param, text) for text in values)
            out[param.name] = converted if param.many else (converted or (None,))[0]
    return out


def convert(option: Option, text: str) -> Any:
    """One value of ``option`` as the command takes it; a usage error in conv's words."""
    from ..text import did_you_mean, fold

    flag = option.flag
    if option.kind == "choice":
        if text in option.choices:
            return text
        # a French word (--status "en vigueur", --role signataire) as validate reads it
        french = meant(fold(text), tuple(option.choices))
        hint = f"; did you mean {french}?" if french else \
            did_you_mean(text.lower(), option.choices)
        raise _usage(f"{flag} takes one of {', '.join(option.choices)}, not {_quoted(text)}"
                     f"{hint}")
    if option.kind == "count":
        from .numbers import whole_number

        return whole_number(flag, text)
    if option.kind == "year":
        # spaces around a number are dropped, as around a date (--from "2012-01 ")
        number = int(text.strip()) if text.strip().isascii() and text.strip().isdigit() \
            else None
        if number is None or not 1000 <= number <= 9999:
            day = text.strip()  # a month or a day typed where a year goes
            dated = re.fullmatch(r"\d{4}-\d\d?(?:-\d\d?)?", day)
            instead = f"; for a month or a day, --from {day} --to {day}" if dated else ""
            years = re.findall(r"\d{4}", day)
            if len(years) > 1 and re.fullmatch(r"\d{4}(?:\s*[-–—,;/ ]\s*\d{4})+", day):
                each = " ".join(f"--year {y}" for y in years)
                ranged = f", or --from {years[0]} --to {years[-1]}" if len(years) == 2 \
                    and years[0] < years[1] else ""
                instead = f"; one year per --year, repeated for several: {each}{ranged}"
            raise _usage(f"{flag} takes a year, like 2024 (got {_quoted(text)}){instead}")
        return number
    if not text.strip():
        raise _usage(f"{flag} was given an empty value (an unset shell variable?); give "
                     f"{flag} {option.metavar or 'TEXT'}, or leave the option out")
    return text


def _usage(message: str) -> Exception:
    from ..errors import UsageError

    return UsageError(message)


def _quoted(text: str) -> str:
    from ..text import quote

    return quote(text)


Call = namedtuple("Call", "command params data quiet", defaults=(None, False))
Call.__doc__ = "A parsed command line: the command, its parameters, the global options."
