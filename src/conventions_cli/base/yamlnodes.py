"""Read YAML into a small located tree, refusing what the data never needs.

PyYAML's loaders construct Python objects with YAML 1.1 typing (``NO`` is False,
``010`` is 8), keep the last of duplicate keys, expand aliases without limit and build
``!!python/`` tags on request. We read the event stream instead: every scalar stays a
string with its line and column, anchors, aliases and foreign tags are refused where
they appear (before anything is expanded), and nesting is walked with an explicit stack.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from ..text import one_line, quote

try:  # libyaml's parser is several times faster; the pure-Python one behaves the same
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)

MAX_DEPTH = 64
CORE_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq")
}


@dataclass(slots=True)
class Problem:
    """One thing wrong with the data, located 1-based in its file."""

    source: str
    line: int
    col: int
    message: str

    def __post_init__(self) -> None:
        # One problem, one line: file:line:col: parsers, editors and CI annotations rely on it.
        self.message = one_line(self.message)

    def __str__(self) -> str:
        return f"{self.source}:{self.line}:{self.col}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {"file": self.source, "line": self.line, "column": self.col,
                "message": self.message}


@dataclass(slots=True)
class Scalar:
    value: str
    line: int
    col: int
    plain: bool  # written without quotes: may be null, a number, a date

    @property
    def is_null(self) -> bool:
        return self.plain and self.value in ("", "~", "null", "Null", "NULL")


@dataclass(slots=True)
class Mapping:
    items: list[tuple[Scalar, Node]]
    line: int
    col: int


@dataclass(slots=True)
class Sequence:
    items: list[Node]
    line: int
    col: int


Node = Scalar | Mapping | Sequence


_ScalarEvent = yaml.ScalarEvent
_MappingEndEvent = yaml.MappingEndEvent
_MappingStartEvent = yaml.MappingStartEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_SequenceEndEvent = yaml.SequenceEndEvent


class _Loader(_Parser):
    """Only the parser: no composer, no constructor, no resolver."""


def decode(data: bytes, source: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text: UTF-8 with or without a BOM, or a located problem."""
    if _utf16(data):  # Windows Notepad's "Unicode": said as what it is, not as a bad byte
        return None, [Problem(source, 1, 1, "the file is UTF-16 text, not UTF-8; save it as "
                              "UTF-8 (in Notepad: Save as, Encoding: UTF-8)")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        # utf-8-sig counts from after the BOM; columns count characters, as editors do.
        bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        start = exc.start + bom
        before = data[:start]
        line = before.count(b"\n") + 1
        line_start = max(before.rfind(b"\n") + 1, bom)
        col = len(data[line_start:start].decode("utf-8", errors="replace")) + 1
        byte = data[start]
        return None, [Problem(source, line, col,
                              f"not UTF-8 text (byte 0x{byte:02X}); save the file as UTF-8")]


def _utf16(data: bytes) -> bool:
    """UTF-16: its byte-order mark, or (without one) two first characters whose other
    byte is zero, as a YAML file's first characters (ASCII: 'schema') are in UTF-16."""
    head = bytes(data[:4])
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return True
    if len(head) < 4:
        return False
    zero = [b == 0 for b in head]
    return zero in ([True, False, True, False], [False, True, False, True])


def parse(text: str, source: str) -> tuple[Node | None, list[Problem]]:
    """Text to one located tree, or the problems that stop us reading it."""
    reader = NodeReader(text, source)
    for _ in reader.items():  # nothing is streamed: every node stays in the tree
        pass
    return reader.root, reader.problems


def _unclosed(exc: Any, text: object) -> Any:
    """Where a flow mapping or sequence left open should have been closed: just after the
    last thing written before the line where the parser noticed (a line later, or more
    after blank lines and comments), as a mark; None for any other error."""
    context, opened, noticed = exc.context or "", exc.context_mark, exc.problem_mark
    if not context.startswith("while parsing a flow") or opened is None or noticed is None \
            or noticed.line <= opened.line:
        return None
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text).decode("utf-8", "replace")
    if not isinstance(text, str):
        return None
    lines = text.splitlines()
    for index in range(min(noticed.line, len(lines)) - 1, opened.line - 1, -1):
        content = re.split(r"(?:^|\s)#", lines[index], maxsplit=1)[0].rstrip()
        if content:
            return _Mark(index, len(content))
    return None


def _closer_in_comment(text: object, mark: Any, closer: str) -> tuple[int, int] | None:
    """The columns (1-based) of a ``closer`` written after a comment's '#' on the line of
    ``mark`` (`{amount: 1, currency: MAD # TODO}`), and of that '#'; else None."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text).decode("utf-8", "replace")
    lines = text.splitlines() if isinstance(text, str) else []
    line = lines[mark.line] if mark.line < len(lines) else ""
    hash_at = mark.column + line[mark.column:].find("#")
    closer_at = line.find(closer, hash_at) if hash_at >= mark.column else -1
    return (closer_at + 1, hash_at + 1) if closer_at >= 0 else None


def _failed_span(exc: Any, text: object) -> tuple[Any, Any, list[str]] | None:
    """Where the value the parser failed in opened and where it noticed, with the text's
    lines, when the failure lies on a later line than the opening; else None."""
    opened, noticed = exc.context_mark, exc.problem_mark
    if opened is None or noticed is None or noticed.line <= opened.line:
        return None
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text).decode("utf-8", "replace")
    if not isinstance(text, str):
        return None
    return opened, noticed, text.splitlines()


def _unclosed_quote(exc: Any, text: object) -> str | None:
    """The quote character of a quoted value that runs on past its line to where the
    parser gave up (often the end of the file, far from the mistake), else None."""
    span = _failed_span(exc, text)
    if span is None:
        return None
    opened, noticed, lines = span
    if opened.line >= len(lines) or opened.column >= len(lines[opened.line]):
        return None
    # Ran out: at the end of the text, or at a document marker; any other problem inside a
    # quoted value (an unknown escape) is where the parser says.
    ran_out = noticed.line >= len(lines) - 1 or lines[noticed.line].startswith(("---", "..."))
    char = lines[opened.line][opened.column]
    return char if ran_out and char in "\"'" else None


# A value that starts with a quote: after "key: ", "- " or "- key: " at the start of a line.
_QUOTED_START = re.compile(r"""^\s*(?:-\s+)?(?:[^\s#'"{}\[\],][^#:]*:\s+)?(['"])""")


def _open_quote_before(exc: Any, text: object) -> tuple[Any, str] | None:
    """In the mapping where the parser failed, the last line whose value starts with a
    quote that its line does not close (where, as a mark, and the quote): a quote left
    open that an apostrophe further down closed ("L'Economiste"), so that the parser only
    failed there. None when there is no such line."""
    span = _failed_span(exc, text)
    if span is None:
        return None
    opened, noticed, lines = span
    for index in range(min(noticed.line, len(lines)) - 1, opened.line - 1, -1):
        match = _QUOTED_START.match(lines[index])
        if match is None:
            continue
        char, rest = match[1], lines[index][match.end():]
        closed = rest.replace("''", "").count("'") if char == "'" else \
            re.sub(r'\\.', "", rest).count('"')
        if not closed:
            if (index, match.start(1)) == (opened.line, opened.column):
                return None  # the parser is inside that very value: it says so itself
            return _Mark(index, match.start(1)), char
    return None


class _Mark:
    """A position as PyYAML's marks give it (0-based line and column)."""

    def __init__(self, line: int, column: int) -> None:
        self.line, self.column = line, column


class NodeReader:
    """The located tree of a text, built one event at a time.

    With ``stream`` set, the items of the base's agreement list are handed out by
    ``items()`` one by one as each is complete, and never kept in the tree: the sequence
    under the root mapping's first ``agreements`` key, or (``stream == "root"``) the root
    sequence itself, as when the agreements' text is read apart from the rest of the file.
    Everything else is kept, so ``root`` is the whole tree less those items. ``problems``
    are the YAML-level ones; after a problem that stops the reading (``fatal``) they are
    those found before it and that one, ``root`` is None, ``partial`` the root as far as
    it was complete and ``open`` the collections still open there, outermost first.
    """

    def __init__(self, text: str | Any, source: str, stream: str | None = None,
                 first_line: int = 0, gap: tuple[int, int] | None = None) -> None:
        # ``text`` may be a stream with a read() method; ``first_line`` (0-based) is where
        # it starts in its file, and ``gap`` (line, count) says that ``count`` lines of the
        # file were taken out before the text's 0-based ``line`` (later lines shift).
        self.text, self.source, self.stream = text, source, stream
        self.root: Node | None = None
        self.problems: list[Problem] = []
        self.fatal = False
        self.partial: Node | None = None
        self.open: list[Mapping | Sequence] = []
        self._stack: list[Mapping | Sequence] = []
        self.end_line = 0  # 0-based, where the stream ended
        self.base = first_line + 1
        self.gap_at, self.gap = gap if gap else (1 << 62, 0)

    def _pos(self, event: Any) -> tuple[int, int]:
        mark = getattr(event, "start_mark", event)
        if mark is None:
            return 1, 1
        line = mark.line
        return line + self.base + (self.gap if line >= self.gap_at else 0), mark.column + 1

    def _streams(self, stack: list[Mapping | Sequence], pending_key: list[Scalar | None],
                 seen_keys: list[dict[str, int]]) -> bool:
        """Whether a sequence starting now is the one whose items are streamed."""
        if self.stream == "root":
            return not stack
        if self.stream is None or len(stack) != 1 or type(stack[0]) is not Mapping:
            return False
        key = pending_key[0]
        return key is not None and key.value == "agreements" and \
            "agreements" not in seen_keys[0]

    def items(self) -> Iterator[Node]:
        text, source = self.text, self.source
        problems = self.problems
        loader = _Loader(text)
        get_event: Callable[[], Any] = loader.get_event  # events as libyaml makes them
        stack: list[Mapping | Sequence] = []
        self._stack = stack
        pending_key: list[Scalar | None] = []
        seen_keys: list[dict[str, int]] = []
        streamed: Sequence | None = None
        documents = 0
        base, gap_at, position = self.base, self.gap_at, self._pos
        try:
            while True:
                event = get_event()
                kind = type(event)
                # Fast paths for the bulk of a file (untagged scalars, ends of collections):
                # same result as the general code below, without its isinstance chain.
                if kind is _ScalarEvent and stack and event.anchor is None \
                        and event.tag is None:
                    mark = event.start_mark
                    line = mark.line
                    scalar = Scalar(event.value,
                                    line + base if line < gap_at else position(mark)[0],
                                    mark.column + 1, not event.style)
                    parent: Any = stack[-1]  # narrowed by type() below, for speed
                    if type(parent) is Sequence:
                        if parent is streamed:
                            yield scalar
                        else:
                            parent.items.append(scalar)
                    elif (key := pending_key[-1]) is None:
                        pending_key[-1] = scalar
                    elif key.value not in seen_keys[-1]:
                        pending_key[-1] = None
                        seen_keys[-1][key.value] = key.line
                        parent.items.append((key, scalar))
                    else:
                        _attach(scalar, stack, pending_key, seen_keys, problems, source)
                    continue
                if kind is _MappingEndEvent or kind is _SequenceEndEvent:
                    node = stack.pop()
                    if kind is _MappingEndEvent:
                        pending_key.pop()
                        seen_keys.pop()
                    if stack and stack[-1] is streamed:
                        yield node
                    else:
                        _attach(node, stack, pending_key, seen_keys, problems, source)
                    if not stack:
                        self.root = node
                    continue
                if (kind is _MappingStartEvent or kind is _SequenceStartEvent) and \
                        event.anchor is None and event.tag is None and \
                        len(stack) < MAX_DEPTH:
                    mark = event.start_mark
                    line = mark.line
                    line = line + base if line < gap_at else position(mark)[0]
                    if kind is _MappingStartEvent:
                        stack.append(Mapping([], line, mark.column + 1))
                        pending_key.append(None)
                        seen_keys.append({})
                    else:
                        sequence = Sequence([], line, mark.column + 1)
                        if streamed is None and self._streams(stack, pending_key, seen_keys):
                            streamed = sequence
                        stack.append(sequence)
                    continue
                if event is None or isinstance(event, yaml.StreamEndEvent):
                    if event is not None:
                        self.end_line = self._pos(event)[0] - 1
                    break
                if isinstance(event, yaml.DocumentStartEvent):
                    documents += 1
                    if documents > 1:
                        line, col = position(event)
                        self._stop(Problem(source, line, col,
                                           "several YAML documents in one file; keep one "
                                           "(remove the extra '---')"))
                        return
                    continue
                if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
                    continue
                line, col = position(event)
                if isinstance(event, yaml.AliasEvent):
                    # Never expanded: the alias becomes an empty value and is reported.
                    problems.append(Problem(source, line, col,
                                            f"alias {quote(f'*{event.anchor}')} is not "
                                            "allowed; write the value out in full"))
                    empty = Scalar("", line, col, True)
                    if stack and stack[-1] is streamed:
                        yield empty
                    else:
                        _attach(empty, stack, pending_key, seen_keys, problems, source)
                    continue
                anchor = getattr(event, "anchor", None)
                if anchor is not None:
                    problems.append(Problem(source, line, col,
                                            f"anchor {quote('&' + anchor)} is not allowed; "
                                            "write each value out in full"))
                tag = getattr(event, "tag", None)
                if tag not in (None, "!") and tag not in CORE_TAGS:
                    shown = tag.replace("tag:yaml.org,2002:", "!!")
                    problems.append(Problem(source, line, col,
                                            f"tag {quote(shown)} is not allowed; remove it "
                                            "(only plain values, lists and mappings)"))
                if isinstance(event, yaml.ScalarEvent):
                    plain = not event.style and tag is None  # libyaml gives "" for plain
                    scalar = Scalar(event.value, line, col, plain)
                    if not stack:
                        self.root = scalar
                    elif stack[-1] is streamed:
                        yield scalar
                    else:
                        _attach(scalar, stack, pending_key, seen_keys, problems, source)
                    continue
                if len(stack) >= MAX_DEPTH:
                    self._stop(Problem(source, line, col,
                                       f"nesting deeper than {MAX_DEPTH} levels; "
                                       "this data needs at most 4"))
                    return
                if isinstance(event, yaml.MappingStartEvent):
                    stack.append(Mapping([], line, col))
                    pending_key.append(None)
                    seen_keys.append({})
                else:
                    sequence = Sequence([], line, col)
                    if streamed is None and self._streams(stack, pending_key, seen_keys):
                        streamed = sequence
                    stack.append(sequence)
        except yaml.MarkedYAMLError as exc:
            unclosed = _unclosed(exc, text)
            if unclosed is not None:
                opened, end = position(exc.context_mark), position(unclosed)
                bracket = "{}" if "mapping" in (exc.context or "") else "[]"
                hidden = _closer_in_comment(text, unclosed, bracket[1])
                fix = (f"the {bracket[1]} at column {hidden[0]} is inside the comment that "
                       f"starts at column {hidden[1]}: put the comment after it" if hidden
                       else f"add {bracket[1]} at the end of this line")
                self._stop(Problem(source, *end,
                                   f"not valid YAML: the {bracket[0]} opened at line "
                                   f"{opened[0]}, column {opened[1]} is not closed; {fix}"))
                return
            quote_char = _unclosed_quote(exc, text)
            if quote_char is not None:  # say where the value began, not where it ran out
                self._stop(Problem(source, *position(exc.context_mark),
                                   f"not valid YAML: the {quote_char} that starts this value "
                                   f"is not closed; end the value with {quote_char} on this "
                                   "line (a quote inside it is written "
                                   + ('\\"' if quote_char == '"' else "''") + ")"))
                return
            line, col = position(exc.problem_mark or exc.context_mark)
            what = " ".join(p for p in (exc.context, exc.problem) if p)
            suspect = _open_quote_before(exc, text)
            if suspect is not None:
                opened = position(suspect[0])  # in the file's lines, as every position
                what += (f"; the {suspect[1]} at line {opened[0]}, column {opened[1]} may "
                         "not be closed, its value running on to here")
            self._stop(Problem(source, line, col,
                               f"not valid YAML: {what}; check indentation and quotes"))
        except yaml.reader.ReaderError as exc:
            if not isinstance(text, str):  # read again whole, which locates it
                self._stop(Problem(source, 1, 1, f"not valid YAML: {exc}"))
                return
            # A control character (NUL, BEL, ...): locate it instead of a 1:1 and a position.
            # libyaml counts UTF-8 bytes, not characters; the first such character is it.
            at = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
            before = text[: at if at >= 0 else max(0, min(exc.position, len(text)))]
            line = before.count("\n") + 1
            col = len(before) - (before.rfind("\n") + 1) + 1
            self._stop(Problem(source, line, col,
                               f"character U+{exc.character:04X} is not allowed in YAML "
                               "(control character); delete it or write it as a "
                               "quoted escape"))
        except yaml.YAMLError as exc:
            flat = " ".join(str(exc).split())
            self._stop(Problem(source, 1, 1, f"not valid YAML: {flat}"))
        finally:
            loader.dispose()

    def _stop(self, problem: Problem) -> None:
        self.partial, self.open = self._stack[0] if self._stack else self.root, self._stack
        # What was found before the stop stays said (a duplicate key above it is no less
        # one): the note on what was not checked names only the lines from the stop on.
        before = [p for p in self.problems if (p.line, p.col) < (problem.line, problem.col)]
        self.root, self.problems[:], self.fatal = None, [*before, problem], True


def _attach(node: Node, stack: list[Mapping | Sequence], pending_key: list[Scalar | None],
            seen_keys: list[dict[str, int]], problems: list[Problem], source: str) -> None:
    """Put a finished node into its parent: a list item, a mapping key or its value."""
    if not stack:
        return
    parent = stack[-1]
    if isinstance(parent, Sequence):
        parent.items.append(node)
        return
    key = pending_key[-1]
    if key is None:
        if not isinstance(node, Scalar):
            problems.append(Problem(source, node.line, node.col,
                                    "a mapping key must be a plain value"))
            node = Scalar("?", node.line, node.col, False)
        pending_key[-1] = node
        return
    pending_key[-1] = None
    first = seen_keys[-1].get(key.value)
    if first is not None:
        problems.append(Problem(source, key.line, key.col,
                                f"duplicate key {quote(key.value)} (first at line {first}); "
                                "keep only one"))
        return
    seen_keys[-1][key.value] = key.line
    parent.items.append((key, node))
