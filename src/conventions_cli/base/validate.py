"""`conv validate`: read the YAML itself (never the cache) and report every problem."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..text import fold, quote, shell_word, words
from .alike import alike_organizations, alike_people
from .amendments import AvenantAmounts
from .checks import first_at
from .chronology import chronology_warnings
from .cuts import cuts_in, in_block_scalar, indent_of
from .loader import Count, read_base
from .pasted import lone_quote, quotes_message, wrapping_quotes
from .records import Agreement, Dataset, Organization
from .schema import blank_name, invisible
from .sides import SigningSides
from .source import DataFile, base_files, display_path, snapshots
from .spellings import PlaceSpellings, region_spelling
from .todos import comment_start, todos_in_line
from .yamlnodes import Problem


@dataclass
class Report:
    """``problems`` make the base invalid (exit 1); ``warnings`` are what is valid but
    likely to mislead an answer (exit 0), each said where it stands."""

    source: str
    problems: list[Problem]
    agreements: int
    organizations: int
    people: int = 0
    events: int = 0
    schema: int | None = 1  # None: no file was read far enough to say
    warnings: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the base's files, in reading order
    # Files YAML could not read to their end, with the line each stopped at: what follows
    # in them, and the rules across the base, were not checked.
    unread: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        counts = [_count(self.agreements, "agreement"),
                  _count(self.organizations, "organization")]
        if (self.schema or 1) >= 2:
            counts += [_count(self.people, "person", "people"), _count(self.events, "event")]
        said = f"; {_count(len(self.warnings), 'warning')}" if self.warnings else ""
        return f"ok: {', '.join(counts)}, no problems in {self.source}{said}"

    def lines(self) -> list[str]:
        """Every problem and warning, in the order of the files and lines."""
        found = [(p, "") for p in self.problems] + [(w, "warning: ") for w in self.warnings]
        order = {source: n for n, source in enumerate(self.files)}
        found.sort(key=lambda item: (order.get(item[0].source, 0), item[0].line,
                                     item[0].col))
        return [f"{p.source}:{p.line}:{p.col}: {tag}{p.message}" for p, tag in found]

    def unread_note(self) -> str | None:
        """What was not checked because YAML could not read a file to its end."""
        if not self.unread:
            return None
        where = ", ".join(f"{source} from line {line} on" for source, line in
                          self.unread.items())
        return (f"conv: note: not checked: {where} (YAML cannot read past a syntax error), "
                "nor the rules across the base (undefined or duplicate ids, follows, "
                "amends); fix the syntax and run conv validate again")

    def as_dict(self) -> dict[str, Any]:
        report: dict[str, Any] = {
                  "file": self.source, "ok": not self.problems, "schema": self.schema,
                  "agreements": self.agreements, "organizations": self.organizations,
                  "people": self.people, "events": self.events,
                  "problems": [p.as_dict() for p in self.problems],
                  "warnings": [w.as_dict() for w in self.warnings]}
        if self.schema is None:  # unknown: no file read far enough to declare one
            del report["schema"]
        if self.unread:  # where each file YAML could not read to its end stopped being checked
            report["unchecked_from"] = [{"file": source, "line": line}
                                        for source, line in self.unread.items()]
        return report


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


COMMENTED_KEY = re.compile(r"#\s*([\w-]+):")


def todo_problems(text: str, source: str) -> list[Problem]:
    """Every `# TODO` comment (conv draft leaves one for each fact it could not find; a
    curator may write one too) as a located problem, so that no gap is forgotten; found by
    `todos.todos_in_line`, the function `conv draft` counts them with."""
    problems = []
    for number, line in enumerate(text.split("\n"), 1):
        found = todos_in_line(line)
        if not found:
            continue
        start = comment_start(line) or 0
        key = COMMENTED_KEY.match(line, start) if not line[:start].strip() else None
        for column, what in found:
            what = what or "a gap to fill"
            if key and key.end() <= column:  # "# funding:  # TODO: no amount found"
                what = f"{key.group(1)}: {what}"
            problems.append(Problem(source, number, column + 1,
                                    f"TODO comment: {what}; do what it asks (fill in or "
                                    "check the value, or remove the key), then delete the "
                                    "comment"))
    return problems


def todo_problems_in(data: Any, source: str) -> list[Problem]:
    """todo_problems of a file's bytes (or memory map), reading only the lines that hold
    a TODO, so that a large base is never decoded whole."""
    problems: list[Problem] = []
    start = 3 if data[:3] == b"\xef\xbb\xbf" else 0
    line, counted = 1, start
    at = data.find(b"TODO", start)
    while at >= 0:
        begin = data.rfind(b"\n", start, at) + 1 or start
        stop = data.find(b"\n", at)
        stop = len(data) if stop < 0 else stop
        line += data[counted:begin].count(b"\n")
        counted = begin
        text = bytes(data[begin:stop]).decode("utf-8", errors="replace")
        if not in_block_scalar(data, start, begin, indent_of(text)):  # else text, not a comment
            problems.extend(Problem(source, line, p.col, p.message)
                            for p in todo_problems(text, source))
        at = data.find(b"TODO", stop)
    return problems


# A '#' after a blank starts a comment, so "title: Programme #2" stores "Programme": a '#'
# glued to the word after it, on a line that holds a value, is most likely part of that value.
def glued_comment_problems_in(data: Any, source: str) -> list[Problem]:
    """Every comment that cuts a value short (cuts.py), as problems."""
    return [Problem(*cut) for cut in cuts_in(data, source)]


class _Spellings(Count):
    """Counts the agreements and notes each sector spelt two ways across the base
    (`Industrie` here, `industrie` there): `stats --by sector` would count two sectors."""

    def __init__(self, also: Any = None) -> None:
        super().__init__()
        self.also = also  # a checker of the layers above (validate's ``also``)
        self.first: dict[str, tuple[str, int, str]] = {}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.places = PlaceSpellings()
        self.sides = SigningSides()
        self.avenants = AvenantAmounts()
        self.events: dict[str, Any] = {}

    def begin(self, header: Dataset) -> None:
        super().begin(header)
        if self.also is not None:
            self.also.begin(header)
        self.events = {event["id"]: event for event in header.events if "id" in event}
        self.sides.begin(header.organizations)
        for event in header.events:
            whose = f"event {quote(event.get('id'))}: "
            self.warnings += [*region_spelling(event, whose), *self.places.check(event, whose),
                              *broken_lines(event, ("name", "place", "region"), (), whose)]

    def agreement(self, record: Agreement, chunk: int | None, prepared: Any = None) -> None:
        super().agreement(record, chunk, prepared)
        if self.also is not None:
            self.also.agreement(record, chunk)
        self.warnings += [*region_spelling(record), *self.places.check(record),
                          *chronology_warnings(record, self.events),
                          *self.sides.check(record)]
        self.avenants.check(record)
        seen = set()  # twice in one agreement: sectors_are_listed_once says so
        for index, sector in enumerate(record.get("sectors") or []):
            line, col = record["_marks"].get(f"sectors[{index}]", (record["_line"], 1))
            spelt = self.first.setdefault(fold(sector), (sector, line, record["_source"]))
            if spelt[0] != sector and fold(sector) not in seen:
                where = first_at(spelt[1], spelt[2], record["_source"])
                self.problems.append(Problem(
                    record["_source"], line, col,
                    f"sector {quote(sector)} is spelt {quote(spelt[0])} at {where}; write "
                    "it one way, since listings and exports show each spelling apart"))
            seen.add(fold(sector))
        self.warnings += broken_lines(record, ("title", "place", "region", "event"),
                                      ("sectors",))

    def restart(self) -> None:
        super().restart()
        if self.also is not None:
            self.also.restart()
        self.first, self.problems, self.warnings = {}, [], []
        self.places = PlaceSpellings()
        self.sides = SigningSides()
        self.avenants = AvenantAmounts()


def broken_lines(record: Any, keys: tuple[str, ...], lists: tuple[str, ...] = (),
                 whose: str = "") -> list[Problem]:
    """A one-line value (a title, a name) with a line break inside, as a `title: |` block
    of two lines keeps: valid, but every listing and cell shows it as \\n, and a filter or
    search across the break finds nothing; or wrapped whole in typographic quotes (pasted).
    Said where the value starts."""
    values = [(key, record.get(key)) for key in keys]
    values += [(f"{key}[{n}]", value) for key in lists
               for n, value in enumerate(record.get(key) or [])]
    values += [(f"sources[{n}].{key}", source.get(key))
               for n, source in enumerate(record.get("sources") or [])
               if isinstance(source, dict) for key in ("publisher", "title")]
    found = []
    for key, value in values:
        if isinstance(value, str) and ("\n" in value.strip("\n") or "\r" in value.strip("\r\n")):
            line, col = record["_marks"].get(key, (record["_line"], 1))
            found.append(Problem(
                record["_source"], line, col,
                f"{whose}{key.split('[')[0]} {quote(value)} has a line break inside, shown as \\n "
                "in every listing and cell; write it on one line (a block written >- joins "
                "its lines with spaces)"))
        quotes = (wrapping_quotes(value) or lone_quote(value)) if isinstance(value, str) \
            else None
        if quotes:
            line, col = record["_marks"].get(key, (record["_line"], 1))
            named = key if key.startswith("sources[") else key.split("[")[0]
            found.append(Problem(record["_source"], line, col, quotes_message(
                f"{whose}{named}", quote(value), quotes)))
    return found


def _same(key: str, text: str) -> str:
    """A name or acronym as a filter compares it: an acronym folded (any case, its dots
    dropped: B.I.R.D. is BIRD), a name by its words, accents, case and punctuation aside."""
    return fold(text).replace(".", "").strip() if key == "acronym" else " ".join(words(text))


# A name written as an acronym with dots: B.I.R.D., C.G.E.M (the press's way, at times).
DOTTED = re.compile(r"(?:[^\W\d_]\.){2,}[^\W\d_]?\.?")


def _org(org: Organization, word: str = "organization ") -> str:
    """An organization as a warning names it: by its id, or as having none (which is a
    problem said on its own)."""
    return f"{word}{quote(org['id'])}" if org.get("id") else f"{word}(no id)".lstrip()


def held(value: str) -> str:
    """" (it holds a no-break space (U+00A0))" when ``value`` holds an invisible character
    other than a plain space: two names a message shows alike then differ by it."""
    hidden = next((ch for ch in value if ch != " " and invisible(ch)), None)
    return f" (it holds {blank_name(hidden)})" if hidden else ""


def _org_names(org: Organization) -> list[tuple[str, str, str]]:
    """(space, key, value) for each name of ``org`` a filter reads: its name and aliases
    by their words, its acronym (and a name written as an acronym with dots) as one."""
    named: list[tuple[str, str, str]] = [("acronym", "acronym", str(org.get("acronym") or ""))]
    named += [("name", "name", str(org.get("name") or ""))]
    named += [("name", f"aliases[{n}]", str(a)) for n, a in enumerate(org.get("aliases") or [])]
    if DOTTED.fullmatch(str(org.get("name") or "").strip()):
        named.append(("acronym", "name", str(org.get("name")).strip()))
    return [(space, key, value) for space, key, value in named if value]


def organization_warnings(organizations: list[Organization]) -> list[Problem]:
    """Two organizations of one name, or one acronym, that one filter reaches (two
    ministries: --ministry; two other bodies: --partner): valid, but a filter by that name
    or acronym finds both, and a reader cannot tell them apart. One's name or alias another's
    name or alias, and one's name written as an acronym with dots (B.I.R.D.) another's
    acronym, are warned of too, as for people. Said at the second, naming the first. An
    acronym that is an organization's id names that one only: no warning of two acronyms."""
    found = [w for org in organizations for w in broken_lines(
        org, ("name", "acronym"), ("aliases",), f"{_org(org)}: ")]
    # An organization without an id (a problem said on its own) is named by none.
    ids = {fold(str(org["id"])) for org in organizations if org.get("id")}
    first: dict[tuple[str, str, str], tuple[Organization, str, str]] = {}
    for org in organizations:
        flag = "--ministry" if org.get("kind") == "ministry" else "--partner"
        mine: set[tuple[str, str]] = set()
        for space, key, value in _org_names(org):
            same = _same(space, value)
            if not same or (space, same) in mine:
                continue
            mine.add((space, same))
            seen = first.setdefault((space, flag, same), (org, key, value))
            if seen[0] is org or seen[0].get("id") == org.get("id"):  # one id twice: a problem
                continue
            if key == seen[1] == "acronym" and same in ids:  # the id's own: it names one
                continue
            if space == "acronym" and key == seen[1] == "name":  # said of the names
                continue
            found.append(_alike_warning(org, key, value, seen, flag))
    return found


def _alike_warning(org: Organization, key: str, value: str,
                   seen: tuple[Organization, str, str], flag: str) -> Problem:
    other, their_key, their_value = seen
    line, col = org["_marks"].get(key, (org["_line"], 1))
    where = first_at(other["_marks"].get(their_key, (other["_line"], 1))[0],
                     other["_source"], org["_source"])
    what = key.split("[")[0].replace("aliases", "alias")
    theirs = their_key.split("[")[0].replace("aliases", "alias")
    if what == theirs == "acronym":
        return Problem(org["_source"], line, col, (
            f"{_org(org)} has the acronym {quote(value)} of {_org(other, '')} ({where}), so "
            f"{flag} {shell_word(value)} finds both; if they are one body, keep one; if two, "
            f"give one another acronym (or none), or filter by id: {flag} {org.get('id')}"))
    advice = ("if they are one body, keep one (the other's names as aliases); if two, name "
              "them apart, e.g. with the country in brackets")
    if what == "name" and theirs == "acronym" or what == "acronym" and theirs == "name":
        return Problem(org["_source"], line, col, (
            f"{_org(org)} has the {what} {quote(value)}, and {_org(other, '')} ({where}) the "
            f"{theirs} {quote(their_value)}: one acronym, dots aside, so stats counts one "
            f"body twice, under two names; {advice}"))
    if what == theirs == "name":
        said = f"has the name {quote(value)}{held(value)} of {_org(other, '')} ({where})"
    else:
        said = (f"has the {what} {quote(value)}{held(value)}, the {theirs} "
                f"{quote(their_value)}{held(their_value)} of {_org(other, '')} ({where}), "
                "accents and case aside")
    return Problem(org["_source"], line, col, (
        f"{_org(org)} {said}, so {flag} {shell_word(value)} finds both; {advice}"))


def people_warnings(people: list[Any]) -> list[Problem]:
    """Two people of one name, accents, case and punctuation aside, or one's name or alias
    another's ("Karim Bensaid", "Karim Bensaïd"): the press's two spellings of one person,
    most likely, whom stats --by person counts as two and --person finds both of. Said
    at the second, naming the first."""
    first: dict[str, tuple[Any, str, str]] = {}  # words -> (person, key, value)
    found = [w for person in people for w in broken_lines(
        person, ("name",), ("aliases",), f"person {quote(person.get('id'))}: ")]
    for person in people:
        names = [("name", person.get("name"))]
        names += [(f"aliases[{n}]", alias) for n, alias in enumerate(person.get("aliases") or [])]
        mine: set[str] = set()
        for key, value in names:
            same = " ".join(words(value)) if isinstance(value, str) else ""
            if not same or same in mine:
                continue
            mine.add(same)
            seen = first.setdefault(same, (person, key, value))
            if seen[0] is person or seen[0].get("id") == person.get("id"):  # a problem
                continue
            line, col = person["_marks"].get(key, (person["_line"], 1))
            other = seen[0]
            where = first_at(other["_marks"].get(seen[1], (other["_line"], 1))[0],
                             other["_source"], person["_source"])
            what = "name" if key == "name" else "alias"
            theirs = "name" if seen[1] == "name" else "alias"
            found.append(Problem(
                person["_source"], line, col,
                f"person {quote(person.get('id'))}: {what} {quote(value)}{held(value)} is the "
                f"{theirs} {quote(seen[2])}{held(seen[2])} of {quote(other.get('id'))} "
                f"({where}), accents and case aside, so "
                f"--person {shell_word(value)} finds both and stats --by person counts two people; "
                "if they are one person, keep one (the other spelling as an alias); if two, "
                "tell them apart in their names"))
    return found


def blocking_problems(data: DataFile) -> list[Problem]:
    """The problems for which the read commands refuse the base (TODO comments, and what
    only validate reads in the text, do not stop them)."""
    return read_base(base_files(data, snapshots(data)), Count()).problems


def validate(data: DataFile, also: Any = None) -> Report:
    """Every problem of the base (a file, or a folder of files), read as a stream, and
    every TODO a draft left. ``also``: a Sink of the layers above (base/ imports none of
    them) that sees every record too, and whose ``warnings`` are said with the others."""
    source = display_path(data.path)
    files = base_files(data, snapshots(data))
    count = _Spellings(also)
    outcome = read_base(files, count)
    header = outcome.header
    problems = [*outcome.problems, *count.problems]
    if header is not None or outcome.unread:
        # After each file's problems, its TODOs, in the order of the file.
        todos = {f.source: [*todo_problems_in(f.data, f.source),
                            *glued_comment_problems_in(f.data, f.source)] for f in files}
        order = {f.source: n for n, f in enumerate(files)}
        problems = sorted([*problems, *(p for found in todos.values() for p in found)],
                          key=lambda p: (order.get(p.source, 0), p.line, p.col))
    # Above a syntax error, what was read is checked as far as it goes: its warnings too
    # (a typographic quote said now, not on the next round), its counts, and the schema
    # the files read declare (none when no file was read that far).
    read = header if header is not None else count.header if outcome.unread else None
    if read is not None:
        return Report(source, problems, count.agreements, len(read.organizations),
                      len(read.people), len(read.events),
                      read.version if header is not None or outcome.declared else None,
                      sorted([*count.warnings, *count.avenants.warnings(),
                              *organization_warnings(read.organizations),
                              *people_warnings(read.people),
                              *alike_organizations(read.organizations),
                              *alike_people(read.people),
                              *(also.warnings if also is not None else ())],
                             key=lambda w: (order.get(w.source, 0), w.line, w.col)),
                      list(order), unread=outcome.unread)
    return Report(source, problems, 0, 0, schema=None, files=[f.source for f in files],
                  unread=outcome.unread)
