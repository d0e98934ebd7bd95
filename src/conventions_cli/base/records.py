"""Located tree -> records (plain dicts that remember their lines) and the problems found."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict, cast

from ..text import fold, nearest, one_line, quote
from . import schema
from .schema import Field, Invalid
from .vocabulary import key_meant
from .yamlnodes import Mapping, Node, Problem, Scalar, Sequence

Marks = dict[str, tuple[int, int]]
# Any record, read generically (the rows of a table, an id and its location).
Record = _Mapping[str, Any]


# --- what a record holds (schema.py says how each value is read) -------------------------

# What a required key holds, said where it is missing (by the key's last name; the
# signatory's org and person, and a party's org, by their place).
_HOLDS = {
    "id": "a slug like cti-2022 (lowercase letters, digits, hyphens)",
    "name": "the name as reports write it", "title": "the agreement's title in words",
    "type": "convention-cadre, memorandum, accord, … (README: The data format)",
    "kind": "ministry, public-body, company, … (README: The data format)",
    "role": "signatory, partner, beneficiary, funder or witness",
    "parties": "[{org: ID, role: signatory}], one entry a party",
    "sources": "[{publisher: NAME, published_on: YYYY-MM-DD}], one entry a report",
    "org": "the id of one of the organizations the base defines",
    "person": "the id of one of the people the base defines",
    "amount": "a whole number, like 250000000", "currency": "an ISO 4217 code, like MAD",
    "start": "a year, like 2022", "direct": "a number of jobs, like 150",
    "publisher": "who published the report", "published_on": "the day, YYYY-MM-DD",
}


def what_to_add(path: str) -> str:
    """What to write for the required key at ``path`` (signatories[0].org), so that the
    message of a missing key, like every other, says what to do."""
    name = path.rsplit(".", 1)[-1]
    if path.startswith("signatories[") and name == "org":
        holds = "the id of the party this person signed for (one of the parties)"
    elif path.startswith("parties[") and name == "org":
        holds = "the id of the party, an organization the base defines"
    else:
        holds = _HOLDS.get(name, "its value")
    return f"add {name}: {holds}"


class Located(TypedDict):
    """Where a record was read: its first line, the line and column of each value (by
    its path, e.g. ``parties[1].org``), the file as problems name it, its name in the
    base's folder."""

    _line: int
    _marks: Marks
    _source: str
    _file: str


# Every key may be missing: a record is kept, to check it further, even when one of its
# required keys was not there (that is a problem reported at its line). Code that runs
# only on a valid base (the build) may index the keys the schema requires.

class Party(TypedDict, total=False):
    org: str
    role: str


class Money(TypedDict, total=False):
    amount: int
    currency: str


class Period(TypedDict, total=False):
    start: int
    end: int


class Jobs(TypedDict, total=False):
    direct: int
    by: int


class Signatory(TypedDict, total=False):
    person: str
    org: str
    title: str


class Source(TypedDict, total=False):
    publisher: str
    published_on: str
    title: str
    url: str


class Named(Located, total=False):
    """A record that others name by id: an organization, a person, an event."""

    id: str
    name: str
    aliases: list[str]


class Organization(Named, total=False):
    kind: str
    acronym: str
    country: str


class Person(Named, total=False):
    pass


class Event(Named, total=False):
    place: str
    region: str
    start: str
    end: str
    total: Money


class Agreement(Located, total=False):
    id: str
    title: str
    type: str
    parties: list[Party]
    sources: list[Source]
    signed_on: str
    place: str
    region: str
    funding: Money
    period: Period
    jobs: Jobs
    sectors: list[str]
    event: str
    follows: str
    amends: str
    summary: str
    status: str
    status_on: str
    signatories: list[Signatory]


@dataclass
class Dataset:
    """The validated content of one knowledge base."""

    source: str
    organizations: list[Organization] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    version: int = 1


@dataclass
class LoadResult:
    dataset: Dataset | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def _describe(node: Node) -> str:
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    return quote(node.value)


class _Converter:
    """Walks the located tree against the schema, collecting every problem, not only the first."""

    def __init__(self, source: str, file: str = "") -> None:
        self.source, self.file = source, file or source
        self.problems: list[Problem] = []

    def problem(self, line: int, col: int, message: str) -> None:
        self.problems.append(Problem(self.source, line, col, message))

    # value() and mapping() run for every value of every agreement: type() checks and a
    # cached list of required keys instead of isinstance chains and a set per mapping.
    def value(self, node: Node, spec: Field, path: str, marks: Marks) -> Any:
        kind = type(node)
        if kind is Scalar and node.plain and node.value in _NULLS:  # type: ignore[union-attr]
            return None
        if spec.scalar is not None:
            if kind is not Scalar:
                self.problem(node.line, node.col,
                             f"{path} must be a single value, not {_describe(node)}")
                return None
            marks[path] = (node.line, node.col)
            try:
                return spec.scalar(node.value)  # type: ignore[union-attr]
            except Invalid as exc:  # a required key left empty is to be filled, not removed
                fix = "" if not exc.or_remove else " (the key is required)" if spec.required \
                    else " or remove the key"
                self.problem(node.line, node.col, f"{path} {exc}{fix}")
                return None
        if spec.mapping is not None:
            if kind is not Mapping:
                self.problem(node.line, node.col,
                             f"{path} must be a mapping (key: value lines), "
                             f"not {_describe(node)}")
                return None
            return self.mapping(node, spec.mapping, path, marks)  # type: ignore[arg-type]
        assert spec.list_of is not None
        if kind is not Sequence:
            self.problem(node.line, node.col,
                         f"{path} must be a list (lines starting with '- '), "
                         f"not {_describe(node)}")
            return None
        found = node.items  # type: ignore[union-attr]
        if len(found) < spec.min_items:
            self.problem(node.line, node.col,
                         f"{path} needs at least {spec.min_items} item(s)")
        items = []
        each = spec.list_of
        for index, item in enumerate(found):
            converted = self.value(item, each, f"{path}[{index}]", marks)
            if converted is not None:
                items.append(converted)
        return items

    def mapping(self, node: Mapping, spec: dict[str, Field], path: str,
                marks: Marks) -> dict[str, Any]:
        result: dict[str, Any] = {}
        prefix = f"{path}." if path else ""
        for key, child in node.items:
            name = key.value
            field = spec.get(name)
            if field is None:
                self.problem(key.line, key.col, _unknown_key(name, prefix, spec))
                continue
            converted = self.value(child, field, prefix + name, marks)
            if converted is not None:
                result[name] = converted
            elif field.required and type(child) is Scalar and child.is_null:
                self.problem(child.line, child.col,
                             f"{one_line(prefix + name)} is empty; it is required")
        required = _REQUIRED.get(id(spec))
        if required is None:
            required = _REQUIRED[id(spec)] = [n for n, f in spec.items() if f.required]
        missing = [name for name in required if name not in result]
        if missing:
            present = {key.value for key, _ in node.items}
            for name in missing:
                if name not in present:
                    self.problem(node.line, node.col,
                                 f"missing required key '{prefix}{name}'; "
                                 f"{what_to_add(prefix + name)}")
        return result

    def records(self, node: Node, spec: dict[str, Field]) -> list[dict[str, Any]]:
        """A list of top-level records, each remembering its line and the marks of its values."""
        records: list[dict[str, Any]] = []
        if not isinstance(node, Sequence):
            self.problem(node.line, node.col, f"expected a list of records, not {_describe(node)}")
            return records
        for item in node.items:
            record = self.record(item, spec)
            if record is not None:
                records.append(record)
        return records

    def agreement(self, item: Node, spec: dict[str, Field]) -> Agreement | None:
        """One agreement: the schema gave each value its type."""
        return cast("Agreement | None", self.record(item, spec))

    def record(self, item: Node, spec: dict[str, Field]) -> dict[str, Any] | None:
        """One record, remembering its file, its line and the marks of its values."""
        if not isinstance(item, Mapping):
            self.problem(item.line, item.col,
                         f"each record must be a mapping (id: …, …), not {_describe(item)}")
            return None
        marks: Marks = {}
        record = self.mapping(item, spec, "", marks)
        record["_line"] = item.line
        record["_marks"] = marks
        record["_source"] = self.source
        record["_file"] = self.file
        return record


_NULLS = frozenset(("", "~", "null", "Null", "NULL"))  # what Scalar.is_null reads as null
_REQUIRED: dict[int, list[str]] = {}  # id of a mapping's spec -> its required keys

SECTIONS = {"organizations": schema.ORGANIZATION, "people": schema.PERSON,
            "events": schema.EVENT}


def schema_version(root: Mapping) -> int:
    """The schema a file says it is written in (1 when it says nothing readable: the
    problem is reported where the key is read)."""
    for key, child in root.items:
        if key.value == "schema" and isinstance(child, Scalar):
            try:
                return schema.schema_number(child.value)
            except Invalid:
                return 1
    return 1


def convert(root: Node | None, source: str, file: str = "") -> LoadResult:
    """The located tree to records, with every shape and type problem."""
    conv = _Converter(source, file)
    if root is None or (isinstance(root, Scalar) and root.is_null):
        conv.problem(1, 1, "the file is empty; start it with 'schema: 2', then "
                           "'organizations:' and 'agreements:'")
        return LoadResult(None, conv.problems)
    if not isinstance(root, Mapping):
        conv.problem(root.line, root.col,
                     f"expected a mapping with schema, organizations and agreements, "
                     f"not {_describe(root)}")
        return LoadResult(None, conv.problems)
    version = schema_version(root)
    top = schema.TOPS[version]
    dataset = Dataset(source, version=version)
    present = {}
    for key, child in root.items:
        present[key.value] = child
        if key.value not in top:
            hint = (" (people and events need schema: 2; conv migrate FILE rewrites a "
                    "schema-1 file)" if key.value in schema.TOP_2 else "")
            conv.problem(key.line, key.col, f"unknown top-level key {quote(key.value)}; "
                                            f"expected one of: {', '.join(top)}{hint}")
        elif key.value == "schema":
            conv.value(child, top["schema"], "schema", {})
        elif isinstance(child, Scalar) and child.is_null:
            continue
        elif key.value == "agreements":
            # the schema made them so: each has its required keys and their types
            dataset.agreements = cast("list[Agreement]",
                                      conv.records(child, agreement_spec(version)))
        else:
            setattr(dataset, key.value, conv.records(child, SECTIONS[key.value]))
    for name in ("schema", "agreements"):
        if name not in present:
            conv.problem(root.line, root.col, f"missing required top-level key '{name}'; "
                         + ("add schema: 2 as the file's first line" if name == "schema" else
                            "add agreements: with the agreements as a list (agreements: [] "
                            "for none yet)"))
    return LoadResult(dataset, conv.problems)


def agreement_spec(version: int) -> dict[str, Field]:
    return schema.AGREEMENT_2 if version == 2 else schema.AGREEMENT


# Words of a jobs figure the base does not record (indirect, total, induced jobs).
_OTHER_JOBS = ("indirect", "total", "emploi", "induit", "induced", "job", "poste")
# Prefixes that make a word its contrary: "indirect" is no misspelt "direct".
_CONTRARY = ("in", "non", "un", "ir", "im", "dis", "anti")


def _unknown_key(name: str, prefix: str, spec: dict[str, Field]) -> str:
    """The problem of an unknown key: the key it stands for when it is one in French
    (lieu: place) or a near spelling (signed-on, sector; 'stop' is no 'start', 'indirect'
    no 'direct'), and why jobs hold no other figure."""
    folded = fold(name)
    close = key_meant(folded, list(spec))
    if close is None:
        near = nearest(name, spec, cutoff=0.8)
        close = next((c for c in near if not _contrary(folded, c)), None)
    hint = f" (did you mean {quote(prefix + close)}?)" if close else ""
    if prefix == "jobs." and close is None and (
            _contrary(folded, "direct") or any(w in folded for w in _OTHER_JOBS)):
        hint = (": the base records the direct jobs an agreement promises only (jobs.direct); "
                "give indirect or total jobs in a comment")
    return f"unknown key {quote(prefix + name)}{hint}; expected one of: {', '.join(spec)}"


def _contrary(folded: str, key: str) -> bool:
    """Whether the word is the key's contrary, a contrary prefix before it or a near
    spelling of it (indirect, indirects, non-direct for direct)."""
    return any(folded.startswith(prefix)
               and nearest(folded[len(prefix):].strip("-_ "), [key], cutoff=0.8)
               for prefix in _CONTRARY)
