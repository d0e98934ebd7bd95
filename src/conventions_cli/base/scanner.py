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

from .yamlnodes import MAX_DEPTH, Mapping, Node, Scalar, Sequence

# Indentation, a sequence entry's dash, a plain key and its colon, the rest of the line.
_LINE = re.compile(r"( *)(?:(-)(?: +|$))?(?:([^\s:#'\"{}\[\],&*!|>%@`?-][^:#]*?) *:(?: +|$))?")
# Text libyaml reads apart: other line breaks, tabs, control and special characters.
_ODD = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                  "\U00010000-\U0010ffff]")
# A plain scalar's first character, in block and in flow context.
_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"')
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_FLOW_PLAIN = re.compile(r"[^\s,\[\]{}#&*!|>'\"%@`?:-][^,\[\]{}:#]*")
_SPACES = re.compile(r" *")
_AFTER = re.compile(r" *(?:$| #)")  # what may follow a value on its line: a comment
_HEADER = re.compile(r"([|>])(-?)(?: *$| +#)")
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
            "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
            "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_Line = tuple[int, str | None, str | None, int, int]


class _Unknown(Exception):
    """Something this reader does not read: libyaml reads the text."""


def scan_item(text: str, first_line: int) -> Node | None:
    """The one item of ``text``, a block sequence of one entry (with blank and comment
    lines before it) whose first line is ``first_line`` (0-based) of its file; None when
    the text is not in the layout read here."""
    if _ODD.search(text) is not None:
        return None
    reader = _Reader(text.split("\n"), first_line + 1)
    try:
        found = reader.next()
        if found is None or found[1] is None:
            return None
        sequence = reader.sequence(found[0])
        if reader.next() is not None or len(sequence.items) != 1:
            return None
        return sequence.items[0]
    except _Unknown:
        return None


class _Reader:
    """The lines of a text and where the reading is: ``at`` is the next line's index.
    ``next()`` looks at the next line that is neither blank nor a comment."""

    def __init__(self, lines: list[str], base: int) -> None:
        self.lines, self.base, self.at = lines, base, 0
        self.depth = 0
        # The next significant line: (indent, dash, key, rest's column, key's column).
        self.peeked: _Line | None = None
        self.peeked_at = -1

    def next(self) -> _Line | None:
        """(indent, dash, key, column of the rest, of the key) of the next significant line, which
        becomes ``at``; None at the end."""
        if self.peeked_at == self.at:
            return self.peeked
        lines, at = self.lines, self.at
        count = len(lines)
        while at < count:
            line = lines[at]
            found = _LINE.match(line)
            assert found is not None
            rest = found.end()
            if rest < len(line) and line[rest] != "#" or found.group(2) or found.group(3):
                if line.endswith(" "):
                    raise _Unknown  # trailing spaces: libyaml's rules are subtle there
                indent = len(found.group(1))
                self.at = self.peeked_at = at
                self.peeked = (indent, found.group(2), found.group(3), rest, found.start(3))
                return self.peeked
            if line.strip(" ") and line.lstrip(" ")[:1] != "#":
                raise _Unknown
            at += 1
        self.at = self.peeked_at = count
        self.peeked = None
        return None

    def sequence(self, indent: int) -> Sequence:
        """A block sequence whose dashes are at ``indent``, from the current line."""
        self._deeper()
        line = self.at
        items: list[Node] = []
        result = Sequence(items, line + self.base, indent + 1)
        while True:
            found = self.next()
            if found is None or found[0] < indent:
                break
            at_indent, dash, key, rest, key_at = found
            if at_indent > indent:
                raise _Unknown
            if dash is None:
                break  # the key after an indentless sequence, or an error: the caller's
            if key is not None:
                items.append(self.mapping(key_at, indent))
                continue
            items.append(self.value(rest, indent, indent + 2))
        self.depth -= 1
        return result

    def mapping(self, indent: int, outer: int) -> Mapping:
        """A block mapping whose keys are at ``indent``, from the current line (the first
        key may follow a sequence's dash); ``outer`` is the indentation of what holds it."""
        self._deeper()
        line = self.at
        items: list[tuple[Scalar, Node]] = []
        seen: set[str] = set()
        result = Mapping(items, line + self.base, indent + 1)
        first = True
        while True:
            found = self.next()
            if found is None:
                break
            at_indent, dash, key, rest, _ = found
            if first:
                first = False
            elif at_indent < indent:
                break
            elif at_indent > indent or key is None:
                raise _Unknown
            elif dash is not None:
                if at_indent == outer:
                    break  # the next entry of an indentless sequence
                raise _Unknown
            assert key is not None
            if key in seen:
                raise _Unknown  # libyaml's reading reports the duplicate
            seen.add(key)
            name = Scalar(key, self.at + self.base, indent + 1, True)
            colon = self.lines[self.at].index(":", indent + len(key))
            items.append((name, self.value(rest, indent, colon + 2, in_mapping=True)))
        self.depth -= 1
        return result

    def value(self, rest: int, indent: int, empty_col: int, in_mapping: bool = False
              ) -> Node:
        """The value that starts at column ``rest`` of the current line (a key's, or a
        sequence entry's), of something at ``indent``; ``empty_col`` is where an empty
        value is located (1-based). Leaves ``at`` past the value."""
        at = self.at
        line = self.lines[at]
        number = at + self.base
        if rest >= len(line) or line[rest] == "#":
            self.at += 1
            found = self.next()
            if found is not None:
                if found[0] > indent:
                    if found[1] is not None:
                        return self.sequence(found[0])
                    if found[2] is not None:
                        return self.mapping(found[0], indent)
                    raise _Unknown  # a scalar on its own line
                if in_mapping and found[0] == indent and found[1] is not None:
                    return self.sequence(indent)
            return Scalar("", number, empty_col, True)
        first = line[rest]
        self.at += 1
        if first == '"':
            quoted = _DOUBLE.match(line, rest)
            if quoted is None:
                raise _Unknown
            self._end(line, quoted.end())
            body = quoted.group(1)
            return Scalar(_unescape(body) if "\\" in body else body, number, rest + 1, False)
        if first == "'":
            quoted = _SINGLE.match(line, rest)
            if quoted is None:
                raise _Unknown
            self._end(line, quoted.end())
            return Scalar(quoted.group(1).replace("''", "'"), number, rest + 1, False)
        if first == "{" or first == "[":
            return self._flow(line, rest, number)
        if first == "|" or first == ">":
            return self._block_scalar(line, rest, indent, number)
        if first in _PLAIN_FIRST:
            raise _Unknown
        end = line.find(" #", rest)
        text = line[rest:end if end >= 0 else len(line)].rstrip(" ")
        if ": " in text or text.endswith(":"):
            raise _Unknown
        found = self.next()
        if found is not None and found[0] > indent:
            raise _Unknown  # a plain scalar over several lines
        return Scalar(text, number, rest + 1, True)

    def _end(self, line: str, at: int) -> None:
        if _AFTER.match(line, at) is None:
            raise _Unknown

    def _flow(self, line: str, at: int, number: int) -> Node:
        """A flow mapping or sequence of scalars, on one line."""
        closing = "}" if line[at] == "{" else "]"
        start = at
        items: list[Node] = []
        pairs: list[tuple[Scalar, Node]] = []
        seen: set[str] = set()
        at = _SPACES.match(line, at + 1).end()  # type: ignore[union-attr]
        if line.startswith(closing, at):
            at += 1
        else:
            while True:
                scalar, at = _flow_scalar(line, at, number)
                at = _SPACES.match(line, at).end()  # type: ignore[union-attr]
                if closing == "}":
                    if not line.startswith(": ", at):
                        raise _Unknown
                    at = _SPACES.match(line, at + 2).end()  # type: ignore[union-attr]
                    value, at = _flow_scalar(line, at, number)
                    if scalar.value in seen:
                        raise _Unknown
                    seen.add(scalar.value)
                    pairs.append((scalar, value))
                    at = _SPACES.match(line, at).end()  # type: ignore[union-attr]
                else:
                    items.append(scalar)
                if line.startswith(closing, at):
                    at += 1
                    break
                if not line.startswith(", ", at):
                    raise _Unknown
                at = _SPACES.match(line, at + 2).end()  # type: ignore[union-attr]
        self._end(line, at)
        if closing == "}":
            return Mapping(pairs, number, start + 1)
        return Sequence(items, number, start + 1)

    def _block_scalar(self, line: str, at: int, indent: int, number: int) -> Scalar:
        """A folded (>) or literal (|) scalar, clipped or stripped, on the lines after."""
        header = _HEADER.match(line, at)
        if header is None:
            raise _Unknown
        lines, count = self.lines, len(self.lines)
        body: list[str] = []
        start = self.at
        width = -1
        while start < count:
            text = lines[start]
            if not text:
                body.append("")
            else:
                stripped = text.lstrip(" ")
                if not stripped:
                    raise _Unknown  # a line of spaces: content or not, by its length
                margin = len(text) - len(stripped)
                if width < 0:
                    if margin <= indent:
                        break
                    width = margin
                elif margin < width:
                    break
                if margin > width or stripped[0] == " ":
                    raise _Unknown  # more indented lines keep their breaks: not read here
                body.append(stripped)
            start += 1
        while body and not body[-1]:
            body.pop()
            start -= 1
        # Blank lines at the end stay for the next reading, which skips them.
        self.at = start
        if width < 0 and body:
            raise _Unknown  # pragma: no cover - blank lines only were popped
        if header.group(1) == "|":
            value = "\n".join(body)
        else:
            value = _fold(body)
        if value and not header.group(2):
            value += "\n"
        return Scalar(value, number, at + 1, False)

    def _deeper(self) -> None:
        self.depth += 1
        if self.depth >= MAX_DEPTH:
            raise _Unknown


def _flow_scalar(line: str, at: int, number: int) -> tuple[Scalar, int]:
    """A scalar inside a flow collection, and where it ends."""
    first = line[at:at + 1]
    if first == '"':
        quoted = _DOUBLE.match(line, at)
        if quoted is None:
            raise _Unknown
        body = quoted.group(1)
        return Scalar(_unescape(body) if "\\" in body else body, number, at + 1,
                      False), quoted.end()
    if first == "'":
        quoted = _SINGLE.match(line, at)
        if quoted is None:
            raise _Unknown
        return Scalar(quoted.group(1).replace("''", "'"), number, at + 1, False), quoted.end()
    plain = _FLOW_PLAIN.match(line, at)
    if plain is None:
        raise _Unknown
    text = plain.group().rstrip(" ")
    return Scalar(text, number, at + 1, True), at + len(text)


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
