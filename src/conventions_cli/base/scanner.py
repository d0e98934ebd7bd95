"""A reader for the YAML layout conv writes and curators keep, without libyaml's events.

One agreement's text (a chunk, chunks.py) is read line by line with a few regexes into the
same located tree as yamlnodes.NodeReader gives: the same values, lines, columns and
styles. It knows block mappings and sequences (indented or not under their key), flow
mappings and sequences of scalars on one line, plain, single- and double-quoted scalars
on one line, folded and literal block scalars, and comments. Anything else (an anchor, a
tag, a value over several lines, a duplicate key, a character YAML treats apart, ...)
gives None, and the caller reads that text with libyaml, which also reports what is wrong.
Never a different tree: when in doubt, None.
"""

from __future__ import annotations

import re
from typing import Any

from .yamlnodes import MAX_DEPTH, Mapping, Node, NodeReader, Scalar, Sequence

# Text libyaml reads apart: other line breaks, tabs, control and special characters.
_ODD = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                  "\U00010000-\U0010ffff]")
# A plain scalar's first character, in block and in flow context.
_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"')
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_AFTER = re.compile(r" *(?:$| #)")  # what may follow a value on its line: a comment
_HEADER = re.compile(r"([|>])(-?)(?: *$| +#)")
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
            "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
            "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")


# Flow collections of plain scalars only, one space after each comma and colon, nothing
# after them: read by splitting.
_VALUE = r"[^\s,:{}\[\]#'\"&*!|>%@`?-](?:[^,:{}\[\]#'\"]*[^\s,:{}\[\]#'\"])?"
_PAIR = r"[A-Za-z_][\w-]*: " + _VALUE
_SIMPLE_MAP = re.compile(r"\{((?:" + _PAIR + ", )*" + _PAIR + r")\}$")
_SIMPLE_SEQ = re.compile(r"\[((?:" + _VALUE + ", )*" + _VALUE + r")\]$")


class _Unknown(Exception):
    """Something this reader does not read: libyaml reads the text."""


_FLOW = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s,\[\]{}#&*!|>'"%@`?:-]"""
                   r"""(?:[^\s,\[\]{}:#]| (?=[^\s,\[\]{}:#]))*""")
_SEPARATOR = re.compile(r" *(?:(:) +|(,) *|([}\]]))")
_SPACES = re.compile(r" *")


def scan_item(text: str, first_line: int) -> Node | None:
    """The one item of ``text``, a block sequence of one entry (with blank and comment
    lines before it) whose first line is ``first_line`` (0-based) of its file; None when
    the text is not in the layout read here."""
    if _ODD.search(text) is not None:
        return None
    try:
        return _scan(text, first_line + 1)
    except _Unknown:
        return None


# Each line: indentation, dash, plain key, its colon, then a value read here at once
# (a double-quoted scalar without escapes, a plain scalar without comment) or the rest.
_TOKENS = re.compile(
    r"""^( *)(-(?: +|$))?(?:([^\s:#'"{}\[\],&*!|>%@`?-](?:[^:#\n]*[^\s:#])?)( *:(?: +|$)))?"""
    r"""(?:("[^"\\\n]*")$|([^\s:#'"{}\[\],&*!|>%@`?-][^#\n]*)$|(.*))""", re.MULTILINE)


def _scan(text: str, base: int) -> Node:
    """The item; _Unknown for anything not read here."""
    lines = text.split("\n")
    tokens = _TOKENS.findall(text)
    count = len(lines)
    if len(tokens) != count:
        raise _Unknown  # pragma: no cover - one match a line, by construction
    # Open collections, innermost last: [indentation, node, keys seen (None for a
    # sequence), whether it is a sequence written at its key's indentation].
    frames: list[list[Any]] = []
    root: Sequence | None = None
    # A key or dash with nothing after it: (its indentation, frame, key, line, column of
    # the empty value), until the next line says whether a block follows.
    pending: tuple[int, list[Any], Scalar | None, int, int] | None = None
    at = 0
    while at < count:
        spaces, dash, key, colon, quoted, plain, other = tokens[at]
        if not (dash or key or quoted or plain) and (not other or other[0] == "#"):
            at += 1  # blank or comment
            continue
        indent = len(spaces)
        number = at + base
        frame = frames[-1] if frames else _NO_FRAME
        if (quoted or plain) and key and not dash and pending is None and \
                frame[0] == indent and frame[2] is not None:
            # The bulk of a file: one more key and its value on one line, in the mapping
            # being read (the general code below gives the same, more slowly).
            seen = frame[2]
            if key in seen:
                raise _Unknown
            seen.add(key)
            node, at = _value(lines, at, indent + len(key) + len(colon), quoted, plain,
                              indent, number)
            frame[1].items.append((Scalar(key, number, indent + 1, True), node))
            continue
        if root is None:
            if not dash:
                raise _Unknown
            root = Sequence([], number, indent + 1)
            frames.append([indent, root, None, False])
        if pending is not None:
            outer, parent, name, empty_line, empty_col = pending
            pending = None
            block: Node | None = None
            if indent > outer:
                if dash:
                    block = Sequence([], number, indent + 1)
                    opened = [indent, block, None, False]
                elif key:
                    block = Mapping([], number, indent + 1)
                    opened = [indent, block, set(), False]
                else:
                    raise _Unknown  # a scalar on its own line
            elif indent == outer and dash and name is not None:
                block = Sequence([], number, indent + 1)
                opened = [indent, block, None, True]
            if block is None:
                _attach(parent, name, Scalar("", empty_line, empty_col, True))
            else:
                _attach(parent, name, block)
                frames.append(opened)
                if len(frames) >= MAX_DEPTH:
                    raise _Unknown
        while True:
            frame = frames[-1]
            if indent > frame[0]:
                raise _Unknown
            if indent < frame[0]:
                frames.pop()
                if not frames:
                    raise _Unknown
                continue
            if frame[2] is None:  # a sequence
                if dash:
                    break
                if frame[3]:
                    frames.pop()  # its key's mapping goes on
                    continue
            elif not dash and key:
                break
            raise _Unknown
        column = indent + len(dash)
        if dash:
            if not key:
                if other and other[0] != "#" or quoted or plain:
                    node, at = _value(lines, at, column, quoted, plain, indent, number)
                    frame[1].items.append(node)
                else:
                    pending = (indent, frame, None, number, indent + 2)
                    at += 1
                continue
            mapping = Mapping([], number, column + 1)
            frame[1].items.append(mapping)
            frame = [column, mapping, set(), False]
            frames.append(frame)
            if len(frames) >= MAX_DEPTH:
                raise _Unknown
        seen = frame[2]
        if key in seen:
            raise _Unknown  # libyaml's reading reports the duplicate
        seen.add(key)
        name = Scalar(key, number, column + 1, True)
        if other and other[0] != "#" or quoted or plain:
            node, at = _value(lines, at, column + len(key) + len(colon), quoted, plain,
                              frame[0], number)
            frame[1].items.append((name, node))
        else:
            pending = (frame[0], frame, name, number, column + len(key) + colon.index(":") + 2)
            at += 1
    if pending is not None:
        _attach(pending[1], pending[2], Scalar("", pending[3], pending[4], True))
    if root is None or len(root.items) != 1:
        raise _Unknown
    return root.items[0]


_NO_FRAME: list[Any] = [-1, None, None, False]


def _attach(frame: list[Any], name: Scalar | None, node: Node) -> None:
    if name is None:
        frame[1].items.append(node)
    else:
        frame[1].items.append((name, node))


def _value(lines: list[str], at: int, rest: int, quoted: str, plain: str, indent: int,
           number: int) -> tuple[Node, int]:
    """The value at column ``rest`` of line ``at`` (a key's, or a sequence entry's) of
    something at ``indent``, and the index of the line after it; ``quoted`` or ``plain``
    when the line's tokens read it already."""
    if quoted:
        return Scalar(quoted[1:-1], number, rest + 1, False), at + 1
    if plain and ": " not in plain and plain[-1] != ":" and plain[-1] != " ":
        return Scalar(plain, number, rest + 1, True), at + 1
    line = lines[at]
    if line[-1] == " ":
        raise _Unknown  # trailing spaces: libyaml's rules are subtle there
    first = line[rest]
    if first == '"':
        found = _DOUBLE.match(line, rest)
        if found is None or _AFTER.match(line, found.end()) is None:
            raise _Unknown
        body = found.group(1)
        return Scalar(_unescape(body) if "\\" in body else body, number, rest + 1,
                      False), at + 1
    if first == "'":
        found = _SINGLE.match(line, rest)
        if found is None or _AFTER.match(line, found.end()) is None:
            raise _Unknown
        return Scalar(found.group(1).replace("''", "'"), number, rest + 1, False), at + 1
    if first == "{":
        simple = _SIMPLE_MAP.match(line, rest)
        if simple is not None:
            return _simple_map(simple.group(1), rest + 2, number), at + 1
        return _flow(line, rest, number), at + 1
    if first == "[":
        simple = _SIMPLE_SEQ.match(line, rest)
        if simple is not None:
            col = rest + 2
            items: list[Node] = []
            for text in simple.group(1).split(", "):
                items.append(Scalar(text, number, col, True))
                col += len(text) + 2
            return Sequence(items, number, rest + 1), at + 1
        return _flow(line, rest, number), at + 1
    if first == "|" or first == ">":
        return _block_scalar(lines, at, rest, indent, number)
    if first in _PLAIN_FIRST:
        raise _Unknown
    end = line.find(" #", rest)
    text = line[rest:end].rstrip(" ") if end >= 0 else line[rest:]
    if ": " in text or text[-1] == ":":
        raise _Unknown
    return Scalar(text, number, rest + 1, True), at + 1


def _simple_map(inner: str, col: int, number: int) -> Mapping:
    """``key: value, ...`` of plain scalars, the first key at ``col`` (1-based)."""
    items: list[tuple[Scalar, Node]] = []
    seen = set()
    for part in inner.split(", "):
        key, value = part.split(": ", 1)
        items.append((Scalar(key, number, col, True),
                      Scalar(value, number, col + len(key) + 2, True)))
        seen.add(key)
        col += len(part) + 2
    if len(seen) != len(items):
        raise _Unknown
    return Mapping(items, number, col - len(inner) - 3)


def _flow(line: str, start: int, number: int) -> Node:
    """A flow mapping or sequence of scalars (or of such collections), on one line."""
    node, at = _collection(line, start, number, 0)
    if _AFTER.match(line, at) is None:
        raise _Unknown
    return node


def _collection(line: str, start: int, number: int, depth: int) -> tuple[Node, int]:
    """The flow collection at ``start``, and where it ends."""
    closing = "}" if line[start] == "{" else "]"
    at = _SPACES.match(line, start + 1).end()  # type: ignore[union-attr]
    items: list[Any] = []
    if line.startswith(closing, at):
        at += 1
    else:
        key: Scalar | None = None
        seen: set[str] = set()
        while True:
            first = line[at:at + 1]
            node: Node
            if first == "{" or first == "[":
                if depth or (closing == "}" and key is None):
                    raise _Unknown  # deeper, or a collection as a key
                node, at = _collection(line, at, number, 1)
            else:
                node, at = _flow_scalar(line, at, number)
            separator = _SEPARATOR.match(line, at)
            if separator is None:
                raise _Unknown
            at = separator.end()
            if separator.group(1) is not None:  # the node is a key
                if closing != "}" or key is not None or type(node) is not Scalar or \
                        node.value in seen:
                    raise _Unknown
                key = node
                seen.add(node.value)
                continue
            if closing == "}":
                if key is None:
                    raise _Unknown
                items.append((key, node))
                key = None
            else:
                items.append(node)
            if separator.group(3) is not None:
                if separator.group(3) != closing:
                    raise _Unknown
                break
            if line.startswith(closing, at):
                raise _Unknown  # a comma before the end
    if closing == "}":
        return Mapping(items, number, start + 1), at
    return Sequence(items, number, start + 1), at


def _flow_scalar(line: str, at: int, number: int) -> tuple[Scalar, int]:
    """A scalar in a flow collection, and where it ends."""
    found = _FLOW.match(line, at)
    if found is None:
        raise _Unknown
    text = found.group()
    first = text[0]
    if first == '"':
        body = text[1:-1]
        return Scalar(_unescape(body) if "\\" in body else body, number, at + 1,
                      False), found.end()
    if first == "'":
        return Scalar(text[1:-1].replace("''", "'"), number, at + 1, False), found.end()
    return Scalar(text, number, at + 1, True), found.end()


def _block_scalar(lines: list[str], at: int, rest: int, indent: int, number: int
                  ) -> tuple[Scalar, int]:
    """A folded (>) or literal (|) scalar, clipped or stripped, on the lines after."""
    header = _HEADER.match(lines[at], rest)
    if header is None:
        raise _Unknown
    count = len(lines)
    body: list[str] = []
    start = at + 1
    width = -1
    while start < count:
        text = lines[start]
        if text:
            stripped = text.lstrip(" ")
            margin = len(text) - len(stripped)
            if width < 0:
                if margin <= indent and stripped:
                    break
                width = margin
            elif margin < width and stripped:
                break
            if margin != width or not stripped or stripped[-1] == " ":
                raise _Unknown  # more indented, or spaces: not read here
            body.append(stripped)
        else:
            body.append("")
        start += 1
    while body and not body[-1]:
        body.pop()
        start -= 1  # blank lines at the end are read again, as blank lines
    value = "\n".join(body) if header.group(1) == "|" else _fold(body)
    if value and not header.group(2):
        value += "\n"
    return Scalar(value, number, rest + 1, False), start


def _fold(lines: list[str]) -> str:
    """Folded lines: a line break between two lines is a space, n blank lines n breaks."""
    out: list[str] = []
    blanks = 0
    started = False
    for text in lines:
        if not text:
            blanks += 1
            continue
        if started:
            out.append("\n" * blanks if blanks else " ")
        elif blanks:
            out.append("\n" * blanks)
        out.append(text)
        started, blanks = True, 0
    return "".join(out)


def _unescape(body: str) -> str:
    def one(found: re.Match[str]) -> str:
        escape = found.group(1)
        if len(escape) == 1:
            known = _ESCAPES.get(escape)
            if known is None:
                raise _Unknown
            return known
        code = int(escape[1:], 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise _Unknown
        return chr(code)

    return _ESCAPE.sub(one, body)


def read_item(chunk: bytes | bytearray, source: str, first_line: int, item_line: int,
              end_line: int) -> Node | None:
    """The agreement of one chunk of a file (chunks.py): its text starts on ``first_line``
    (0-based), its item on ``item_line``, and the next chunk on ``end_line``. Read here
    when it is in the layout read here, by libyaml otherwise; None when it does not read
    as one item where the chunk says, or has a problem of YAML (the whole file's reading
    then says what and where)."""
    try:
        text: str | None = chunk.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        item = scan_item(text, first_line)
        if item is not None:
            return item if item.line == item_line + 1 else None
    reader = NodeReader(chunk, source, stream="root", first_line=first_line)
    items = list(reader.items())
    if reader.problems or len(items) != 1 or items[0].line != item_line + 1 or \
            reader.end_line != end_line:
        return None
    return items[0]
