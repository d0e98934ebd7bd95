"""Reading a knowledge base, one file or a folder of them, as a stream: bytes -> located
nodes -> records -> checked, with every problem found on the way (DESIGN §3, §8).

Nothing holds the whole base. Each file is read in two passes: first its head (schema,
organizations, people, events: small), so that every agreement can be checked and turned
into rows with everything the base defines, in any file and whatever the order of the
sections; then its agreements, one at a time, handed to a sink (the database build, a
count, a list) as each is read and checked. Cross-record rules run at the end on a compact
index (ids, their lines, the links between agreements).

A file in the simple block layout (chunks.py) is read from a memory map: the head apart,
then the agreements' text chunk by chunk. Any other file, or one where that reading meets a
problem of YAML itself, is read whole the exact way, from its decoded text, and the base
is read again from the start. Both ways give the same records and the same problems.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import mmap
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from .. import files
from ..errors import DataError
from ..files import read_file
from . import breaks, worker
from .checks import (
    AGREEMENT_RULES,
    CONVERT_RANK,
    HEADER_RULES,
    INDEX_RULES,
    PARSE_RANK,
    Definitions,
)
from .chunks import Layout, Release, cut
from .fastread import Marks, read_agreement
from .index import Index
from .records import Agreement, Dataset, LoadResult, _Converter, agreement_spec, convert
from .scanner import read_item
from .source import BaseFile, DataFile, base_files, display_path, snapshots
from .yamlnodes import Mapping, Node, NodeReader, Problem, decode


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Reading builds millions of small acyclic objects; the cyclic GC would rescan them
    again and again (half the time of a 10 000-agreement load). Refcounting frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Sink:
    """What a read base goes to. ``begin`` gets the header (every file's organizations,
    people and events, and the schema) before any agreement; ``agreement`` gets each
    agreement in file order, with the first line of its chunk when the file was read
    chunk by chunk; ``restart`` says the base is read again from the start. A sink that is
    ``only_valid`` gets nothing more once a problem is found."""

    only_valid = False
    # prepare(record): what agreement() makes of a record (its rows), made by the fork for
    # the part of a file it reads and handed to agreement() as ``prepared``; None: none.
    prepare: Any = None

    def begin(self, header: Dataset) -> None:
        pass

    def agreement(self, record: Agreement, chunk: int | None,
                  prepared: Any = None) -> None:
        pass

    def restart(self) -> None:
        pass


class Collect(Sink):
    """Keeps everything: the whole base as a Dataset (small bases, tests, migrate)."""

    def __init__(self) -> None:
        self.dataset: Dataset | None = None

    def begin(self, header: Dataset) -> None:
        self.dataset = header

    def agreement(self, record: Agreement, chunk: int | None,
                  prepared: Any = None) -> None:
        assert self.dataset is not None
        self.dataset.agreements.append(record)


class Count(Sink):
    """Counts the agreements (conv validate)."""

    def __init__(self) -> None:
        self.header: Dataset | None = None
        self.agreements = 0

    def begin(self, header: Dataset) -> None:
        self.header = header

    def agreement(self, record: Agreement, chunk: int | None,
                  prepared: Any = None) -> None:
        self.agreements += 1

    def restart(self) -> None:
        self.agreements = 0


class Outcome:
    """The problems found, sorted by file then location; the header when every file was
    read far enough to be checked (a file that is not YAML gives none); and for each file
    read chunk by chunk the sha256 of its head and where its agreements' text ends (what
    the incremental update compares)."""

    def __init__(self, problems: list[Problem], header: Dataset | None,
                 heads: dict[str, str | None], ends: dict[str, int | None] | None = None
                 ) -> None:
        self.problems, self.header, self.heads = problems, header, heads
        self.ends = ends or {}
        self.unread: dict[str, int] = {}  # file -> the line its reading stopped at
        self.declared = False  # a file read says its schema (its version is the header's)


class _ReadWhole(Exception):
    """The file's chunk by chunk reading met something only the whole reading reports."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


class _Found:
    """Problems as they are found, each with its rank (checks.py): sorted at the end by
    file, line, column and rank, so that the order is the same however they were found."""

    def __init__(self, files: list[BaseFile]) -> None:
        self.order = {f.source: n for n, f in enumerate(files)}
        self.ranked: list[tuple[int, Problem]] = []

    def add(self, rank: int, problems: list[Problem]) -> None:
        self.ranked.extend((rank, p) for p in problems)

    def sorted(self) -> list[Problem]:
        order = self.order
        self.ranked.sort(key=lambda item: (order.get(item[1].source, 0), item[1].line,
                                           item[1].col, item[0]))
        return [p for _, p in self.ranked]


class _FileState:
    """What the first pass learnt of one file."""

    def __init__(self, file: BaseFile, number: int) -> None:
        self.file, self.number = file, number
        self.layout: Layout | None = None
        self.text: str | None = None  # the decoded text, when read whole
        self.head: Dataset | None = None
        self.schema_at: tuple[int, int] | None = None
        self.fatal = False
        self.stopped: int | None = None  # when fatal: the first line not checked
        self.complete = 0  # when fatal: how many agreements read before it are whole


def read_base(files: list[BaseFile], sink: Sink) -> Outcome:
    """Every file's agreements to ``sink``, checked; all the problems, sorted."""
    whole: set[int] = set()
    with gc_paused():
        while True:
            try:
                return _read(files, sink, whole)
            except _ReadWhole as exc:
                whole.add(exc.number)
                sink.restart()


def _read(files: list[BaseFile], sink: Sink, whole: set[int]) -> Outcome:
    found = _Found(files)
    states = [_first_pass(_FileState(f, n), n in whole, found) for n, f in enumerate(files)]
    heads = {s.file.name: s.layout.head_digest() if s.layout else None for s in states}
    ends = {s.file.name: s.layout.end if s.layout else None for s in states}
    # A file YAML cannot read to its end stops none of the others being read and checked
    # as far as they can be without it; the rules across the base wait for every file.
    unread = {s.file.source: s.stopped for s in states if s.stopped is not None}
    read = [s for s in states if s.head is not None]
    header = _merge(read, found)
    checked = len(read) == len(states) and not unread
    if checked:
        for rank, check in HEADER_RULES:
            found.add(rank, check(header))
    reading = _Reading(sink, found, Definitions.of(header), checked)
    if reading.feeding:
        sink.begin(header)
    for state in read:
        for record, chunk, ruled, prepared in _agreements(state, header.version, reading):
            reading.take(record, chunk, ruled, prepared)
    if checked:
        for rank, check in INDEX_RULES:
            found.add(rank, check(reading.index))
    outcome = Outcome(found.sorted(), header if checked else None, heads, ends)
    outcome.unread, outcome.declared = unread, any(s.schema_at for s in read)
    return outcome


def _first_pass(state: _FileState, whole: bool, found: _Found) -> _FileState:
    """The file's head: its schema, organizations, people and events, with their problems."""
    file = state.file
    layout = None if whole else cut(file.data)
    root: Node | None = None
    if layout is not None:
        before, after, shift = layout.head()
        reader = NodeReader(before + after, file.source,
                            gap=(before.count(b"\n"), shift))
        for _ in reader.items():
            pass
        if (reader.problems or not isinstance(reader.root, Mapping)
                or breaks.held(before) or breaks.held(after)):
            layout = None  # YAML-level problems: the whole reading reports them
        else:
            state.layout, root = layout, reader.root
    if layout is None:
        text, problems = decode(bytes(file.data), file.source)
        if text is None:
            found.add(PARSE_RANK, problems)
            state.fatal, state.stopped = True, problems[0].line if problems else 1
            return state
        if breaks.in_text(text):
            found.add(PARSE_RANK, breaks.located(text, file.source))
            text = breaks.spaced(text)
        reader = NodeReader(text, file.source, stream="agreements")
        count, last = 0, None
        for item in reader.items():  # the agreements are read in the second pass
            count, last = count + 1, item
        found.add(PARSE_RANK, reader.problems)
        if reader.fatal:
            return _cut_short(state, text, reader, (count, last), found)
        state.text, root = text, reader.root
    result = convert(root, file.source, file.name)
    found.add(CONVERT_RANK, result.problems)
    state.head = result.dataset
    return _schema_at(state, root)


def _schema_at(state: _FileState, root: Node | None) -> _FileState:
    for key, value in root.items if isinstance(root, Mapping) else ():
        if key.value == "schema":
            state.schema_at = (value.line, value.col)
    return state


def _cut_short(state: _FileState, text: str, reader: NodeReader,
               read: tuple[int, Node | None], found: _Found) -> _FileState:
    """A file YAML cannot read to its end: what came before the stop is still checked
    (its head as far as it was complete, and in the second pass its agreements up to the
    stop), so that one syntax error hides nothing above it. The last agreement read counts
    only when another began after it: the error itself may have ended it early (a key
    indented too little), and its "missing" keys would be false problems."""
    state.fatal, state.text = True, text
    open_, (count, last) = reader.open, read
    state.stopped = open_[2].line if len(open_) > 2 else reader.problems[0].line
    if last is not None and not (len(open_) > 2 and open_[2].col == last.col
                                 and open_[2].line > last.line):
        count -= 1
        state.stopped = min(state.stopped, last.line)
    state.complete = count
    root = reader.partial
    if isinstance(root, Mapping):
        result = convert(root, state.file.source, state.file.name)
        # What the root itself lacks (a top-level key after the stop) is not a problem.
        found.add(CONVERT_RANK, [p for p in result.problems
                                 if (p.line, p.col) != (root.line, root.col)])
        state.head = result.dataset
    return _schema_at(state, root)


def _merge(states: list[_FileState], found: _Found) -> Dataset:
    """One header for the whole base: every file's organizations, people and events, and
    the one schema they are all written in."""
    merged = Dataset(states[0].file.source if states else "", version=1)
    version_of: tuple[int, str] | None = None
    for state in states:
        head = state.head
        assert head is not None
        merged.organizations.extend(head.organizations)
        merged.people.extend(head.people)
        merged.events.extend(head.events)
        if version_of is None:
            version_of = (head.version, state.file.source)
            merged.version = head.version
        elif head.version != version_of[0] and state.schema_at is not None:
            line, col = state.schema_at
            found.add(CONVERT_RANK, [Problem(
                state.file.source, line, col,
                f"schema {head.version} here but {version_of[0]} in {version_of[1]}; write "
                "every file of the folder in one schema (conv migrate FOLDER rewrites "
                "its schema-1 files)")])
    return merged


class _Reading:
    """What becomes of each agreement read: checked by the agreement rules, added to the
    index, given to the sink (until a problem, for a sink that wants only a valid base).
    For the part of a file read by the fork, the rules and the sink's preparation of the
    rows were done there (``ruled``, ``prepared``)."""

    def __init__(self, sink: Sink, found: _Found, known: Definitions, checked: bool) -> None:
        self.sink, self.found, self.known, self.checked = sink, found, known, checked
        self.index = Index()
        self.feeding = not (sink.only_valid and found.ranked)

    def rules(self, record: Agreement) -> list[tuple[int, list[Problem]]]:
        if not self.checked:
            return []
        known = self.known
        return [(rank, found) for rank, check in AGREEMENT_RULES
                if (found := check(record, known))]

    def take(self, record: Agreement, chunk: int | None,
             ruled: list[tuple[int, list[Problem]]] | None, prepared: Any) -> None:
        for rank, problems in self.rules(record) if ruled is None else ruled:
            self.found.add(rank, problems)
        if self.checked:
            self.index.add(record)
        if self.feeding:
            if self.sink.only_valid and self.found.ranked:
                self.feeding = False
            else:
                self.sink.agreement(record, chunk, prepared)

    def forked(self, read: Iterator[tuple[Agreement | None, int, list[Any]]]
               ) -> Iterator[tuple[Any, ...]]:
        """In the fork: each agreement of its part with its problems, its rules' problems
        and the sink's rows, as plain data; an agreement whose rows were made goes back
        with only what the index and the sink read of it."""
        prepare = self.sink.prepare
        for record, chunk, problems in read:
            if record is None:
                yield None, chunk, problems, [], None
                continue
            ruled = self.rules(record)
            prepared = None
            if prepare is not None and not problems and not ruled:
                with contextlib.suppress(Exception):  # this process makes them, then
                    prepared = prepare(record)
            if prepared is not None:
                marks = record["_marks"]
                kept: dict[str, Any] = {k: v for k, v in record.items() if k in _INDEXED}
                kept["_marks"] = {k: marks[k] for k in _INDEXED if k in marks}
                record = cast(Agreement, kept)
            elif isinstance(record["_marks"], Marks):  # marshal takes plain dicts only
                record["_marks"] = record["_marks"].plain()
            yield record, chunk, problems, [
                (rank, [(p.source, p.line, p.col, p.message) for p in found])
                for rank, found in ruled], prepared


# What the index and the sink read of an agreement whose rows are made already.
_INDEXED = ("id", "follows", "amends", "_line", "_source", "_file")


def _agreements(state: _FileState, version: int, reading: _Reading
                ) -> Iterator[tuple[Agreement, int | None, Any, Any]]:
    """The file's agreements, converted, with their chunk's first line, and
    for the fork's part its rules' problems and the sink's rows."""
    file, found = state.file, reading.found
    conv = _Converter(file.source, file.name)
    spec = agreement_spec(version)
    if state.layout is None:
        assert state.text is not None
        reader = NodeReader(state.text, file.source, stream="agreements")
        items = reader.items()
        if state.fatal:  # only those read whole before the syntax error
            items = itertools.islice(items, state.complete)
        for item in items:
            record = conv.agreement(item, spec)
            found.add(CONVERT_RANK, conv.problems)
            conv.problems = []
            if record is not None:
                yield record, None, None, None
        return
    layout = state.layout
    count = len(layout)
    split = count if count < FORK_FROM or not worker.available() else \
        int(count * PARENT_SHARE)
    forked = None
    if split < count:
        forked = worker.Fork(lambda: reading.forked(_read_chunks(state, split, count, spec)),
                             {_ReadWhole: READ_WHOLE})
    try:
        for record, chunk, problems in _read_chunks(state, 0, split, spec):
            if problems:
                found.add(CONVERT_RANK, [Problem(*p) for p in problems])
            if record is not None:
                yield record, chunk, None, None
        if forked is not None:
            try:
                for record, chunk, problems, ruled, prepared in forked.results():
                    if problems:
                        found.add(CONVERT_RANK, [Problem(*p) for p in problems])
                    if record is not None:
                        yield record, chunk, [(rank, [Problem(*p) for p in some])
                                              for rank, some in ruled], prepared
            except worker.Failed:
                raise _ReadWhole(state.number) from None
    finally:
        if forked is not None:
            forked.close()


# Files of this many agreements or more are read by two processes (worker.py) when two
# processors are there; this one reads the first part, while the fork reads the rest (this
# one also checks and writes every agreement). Its share balances the two: with reading
# and rows cheap, this one's inserts and indexes weigh (10 000 agreements, CPU seconds:
# 0.45 gave 3.3 here and 2.1 in the fork; 0.3 gives 2.7 and 2.5).
FORK_FROM = 2000
PARENT_SHARE = 0.3
READ_WHOLE = 3  # the fork's exit code when its part must be read the exact way


def _read_chunks(state: _FileState, first: int, stop: int, spec: Any
                 ) -> Iterator[tuple[Agreement | None, int,
                                     list[tuple[str, int, int, str]]]]:
    """The agreements of chunks ``first`` to ``stop`` of the file, each converted, with
    its chunk's first line and its problems as plain data; _ReadWhole when a
    chunk does not read as the whole file would (a YAML-level problem, a line miscounted).
    Each chunk is read by scanner.py, or by libyaml when it is not in the layout read
    there: the same nodes either way."""
    layout, file = state.layout, state.file
    assert layout is not None
    if first == stop:
        return
    conv = _Converter(file.source, file.name)
    data, bounds, lines, item_lines = layout.data, layout.bounds, layout.lines, \
        layout.item_lines
    last = len(layout) - 1
    release = Release(data)
    release.done = bounds[first] - bounds[first] % mmap.PAGESIZE
    source = file.source
    for index in range(first, stop):
        chunk = data[bounds[index]:bounds[index + 1]]
        line = lines[index]
        try:
            text = chunk.decode("utf-8")
            if breaks.in_text(text):  # located and named by the whole reading
                raise _ReadWhole(state.number)
            record = read_agreement(text, line, item_lines[index], spec, source, conv.file)
        except UnicodeDecodeError:
            record = None
        if record is not None:  # the usual layout, nothing wrong: read at once
            yield record, line, []
            release.upto(bounds[index + 1])
            continue
        item = read_item(chunk, source, line, item_lines[index],
                         lines[index + 1] if index < last else layout.end_line)
        if item is None:
            raise _ReadWhole(state.number)
        record = conv.agreement(item, spec)
        problems = [(p.source, p.line, p.col, p.message) for p in conv.problems]
        conv.problems.clear()
        yield record, line, problems
        release.upto(bounds[index + 1])


# --- the ways in ---------------------------------------------------------------------

def map_file(path: Path) -> Any:
    """The file's bytes, as a memory map when it has any (read, never copied whole)."""
    return files.map_file(path, error=DataError)


def load_text(text: str, source: str = "<string>") -> LoadResult:
    """Parse, convert and check one YAML text; all problems at once, with every record
    (for small bases: tests, migrate)."""
    return load_bytes(text.encode("utf-8", "surrogatepass"), source)


def load_bytes(data: bytes, source: str) -> LoadResult:
    collect = Collect()
    outcome = read_base([BaseFile(data, source, os.path.basename(source))], collect)
    return LoadResult(collect.dataset if outcome.header is not None else None,
                      outcome.problems)


def load_path(path: Path) -> LoadResult:
    """A file, or a folder base (every ``*.yaml`` in it), whole."""
    if path.is_dir():
        data = DataFile(path, "--data")
        collect = Collect()
        outcome = read_base(base_files(data, snapshots(data)), collect)
        return LoadResult(collect.dataset if outcome.header is not None else None,
                          outcome.problems)
    return load_bytes(read_file(path, error=DataError), display_path(path))
