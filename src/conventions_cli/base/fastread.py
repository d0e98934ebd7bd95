"""One agreement's text read straight into its record, for the layout conv writes.

scanner.py reads an agreement's text into the located tree, and records.py walks that
tree against the schema. For an agreement in the usual layout with nothing wrong in it,
this module does both at once, line by line over the scanner's tokens, without building
the tree: block mappings and lists (indented or not under their key), flow mappings of
plain values, plain and double-quoted values, folded and literal blocks, comments. It
gives the record the two steps give, the same values, marks and key order.

Whenever anything is not that (a value the schema refuses, a key it does not know, a
missing key, an empty value, a layout the scanner leaves to libyaml, ...) it gives None
and the two steps read the text, which also say what is wrong and where. Never a
different record: when in doubt, None.
"""

from __future__ import annotations

import re
from typing import Any, cast

from .records import _NULLS, Agreement, _Converter
from .scanner import _ODD, _SIMPLE_MAP, _SIMPLE_SEQ, _block_scalar, _Unknown, _value
from .schema import Field, Invalid
from .yamlnodes import Scalar

# (text inside a flow mapping's braces, id of its spec) -> its values, converted, and
# each key with the column of its value from the first key (flow mappings repeat)
_FLOWS: dict[tuple[str, int], tuple[dict[str, Any], tuple[tuple[str, int], ...]]] = {}


# scanner._TOKENS, but a key never ends in spaces ("key :" is left to the scanner): with
# no backtracking over the key and the value, a third faster; the same tokens otherwise.
_TOKENS = re.compile(
    r"""^( *)(-(?: +|$))?(?:([^\s:#'"{}\[\],&*!|>%@`?-][^:#\n]*+)(?<! )(:(?: +|$)))?"""
    r"""(?:("[^"\\\n]*+")$|([^\s:#'"{}\[\],&*!|>%@`?-][^#\n]*+)$|(.*))""", re.MULTILINE)


class _Fail(Exception):
    """Not read here."""


def read_agreement(text: str, first_line: int, item_line: int, spec: dict[str, Field],
                   source: str, file: str) -> Agreement | None:
    """The record of the one agreement in ``text`` (a chunk whose first line is
    ``first_line`` and whose item starts on ``item_line``, both 0-based), or None."""
    if _ODD.search(text) is not None:
        return None
    try:
        record = _Reader(text, first_line + 1, source).agreement(item_line + 1, spec, file)
    except (_Fail, _Unknown, Invalid):
        return None
    return cast("Agreement", record)


class _Reader:
    def __init__(self, text: str, base: int, source: str) -> None:
        self.lines = text.split("\n")
        self.tokens = _TOKENS.findall(text)
        self.count = len(self.lines)
        if len(self.tokens) != self.count:
            raise _Fail  # pragma: no cover - one match a line, by construction
        self.base = base
        self.source = source
        self.marks: dict[str, tuple[int, int]] = {}

    def next_content(self, at: int) -> int:
        """The first line from ``at`` that is neither blank nor a comment (count: none)."""
        tokens, count = self.tokens, self.count
        while at < count:
            _, dash, key, _, quoted, plain, other = tokens[at]
            if dash or key or quoted or plain or (other and other[0] != "#"):
                return at
            at += 1
        return count

    def agreement(self, item_line: int, spec: dict[str, Field], file: str
                  ) -> dict[str, Any]:
        at = self.next_content(0)
        if at == self.count or at + self.base != item_line:
            raise _Fail
        spaces, dash, key = self.tokens[at][:3]
        if not dash or not key:
            raise _Fail
        record, at = self.mapping(at, len(spaces) + len(dash), spec, "")
        if self.next_content(at) != self.count:
            raise _Fail  # more than one item
        record["_line"] = item_line
        record["_marks"] = self.marks
        record["_source"] = self.source
        record["_file"] = file
        return record

    def mapping(self, at: int, col: int, spec: dict[str, Field], prefix: str
                ) -> tuple[dict[str, Any], int]:
        """The block mapping whose keys are at column ``col`` (0-based), its first key on
        line ``at`` (after a dash, or alone), and the line after it."""
        tokens, lines, marks, base = self.tokens, self.lines, self.marks, self.base
        result: dict[str, Any] = {}
        count = self.count
        first = True
        while at < count:
            spaces, dash, key, colon, quoted, plain, other = tokens[at]
            if first:
                first = False
            else:
                if not (dash or key or quoted or plain) and (not other or other[0] == "#"):
                    at += 1  # blank or comment
                    continue
                indent = len(spaces)
                if indent < col:
                    break
                if indent > col or dash or not key:
                    raise _Fail
            field = spec.get(key)
            if field is None or key in result:
                raise _Fail
            number = at + base
            rest = col + len(key) + len(colon)
            path = prefix + key
            scalar = field.scalar
            if quoted:
                if scalar is None:
                    raise _Fail
                result[key] = scalar(quoted[1:-1])
                marks[path] = (number, rest + 1)
                at += 1
                continue
            if plain and ": " not in plain and plain[-1] != ":" and plain[-1] != " ":
                if scalar is None or plain in _NULLS:
                    raise _Fail
                result[key] = scalar(plain)
                marks[path] = (number, rest + 1)
                at += 1
                continue
            if other and other[0] != "#" or plain:
                line = lines[at]
                first_char = line[rest]
                if first_char == "{" and field.mapping is not None:
                    simple = _SIMPLE_MAP.match(line, rest)
                    if simple is not None:
                        result[key] = self.flow(simple.group(1), field.mapping, path + ".",
                                                number, rest + 2)
                        at += 1
                        continue
                elif first_char == "[" and field.list_of is not None and \
                        field.list_of.scalar is not None:
                    listed = _SIMPLE_SEQ.match(line, rest)
                    if listed is not None:
                        result[key] = self.listed(listed.group(1), field, path, number,
                                                  rest + 2)
                        at += 1
                        continue
                elif (first_char == ">" or first_char == "|") and line[-1] != " " and \
                        scalar is not None:
                    block, at = _block_scalar(lines, at, rest, col, number)
                    result[key] = scalar(block.value)
                    marks[path] = (number, rest + 1)
                    continue
                node, at = _value(lines, at, rest, quoted, plain, col, number)
                result[key] = self.converted(node, field, path)
                continue
            # a block on the lines below, or nothing (an empty value)
            at += 1
            below = self.next_content(at)
            if below == count:
                raise _Fail
            inner_spaces, inner_dash, inner_key = tokens[below][:3]
            inner = len(inner_spaces)
            if inner_dash and (inner > col or inner == col) and field.list_of is not None:
                result[key], at = self.sequence(below, inner, field, path)
            elif inner > col and not inner_dash and inner_key and field.mapping is not None:
                result[key], at = self.mapping(below, inner, field.mapping, path + ".")
            else:
                raise _Fail  # an empty value, or not what the schema wants there
        for name in _required(spec):
            if name not in result:
                raise _Fail
        return result, at

    def sequence(self, at: int, indent: int, field: Field, path: str
                 ) -> tuple[list[Any], int]:
        """The block list whose dashes are at column ``indent``, from line ``at``."""
        tokens, lines, base, count = self.tokens, self.lines, self.base, self.count
        each = field.list_of
        assert each is not None
        items: list[Any] = []
        while True:
            spaces, dash, key, colon, quoted, plain, other = tokens[at]
            if len(spaces) != indent or not dash:
                raise _Fail
            number = at + base
            column = indent + len(dash)
            place = f"{path}[{len(items)}]"
            if key:
                if each.mapping is None:
                    raise _Fail
                item, at = self.mapping(at, column, each.mapping, place + ".")
                items.append(item)
            elif other and other[0] != "#" or quoted or plain:
                line = lines[at]
                simple = _SIMPLE_MAP.match(line, column) if (
                    each.mapping is not None and line[column] == "{") else None
                if simple is not None:
                    assert each.mapping is not None
                    items.append(self.flow(simple.group(1), each.mapping, place + ".",
                                           number, column + 2))
                    at += 1
                else:
                    node, at = _value(lines, at, column, quoted, plain, indent, number)
                    items.append(self.converted(node, each, place))
            else:
                raise _Fail  # a dash alone
            at = self.next_content(at)
            if at == count:
                break
            spaces, dash = tokens[at][:2]
            if len(spaces) < indent or (len(spaces) == indent and not dash):
                break
        if len(items) < field.min_items:
            raise _Fail
        return items, at

    def flow(self, inner: str, spec: dict[str, Field], prefix: str, number: int,
             col: int) -> dict[str, Any]:
        """``{key: value, ...}`` of plain values, its first key at ``col`` (1-based)."""
        found = _FLOWS.get((inner, id(spec)))
        if found is None:
            found = _pairs(inner, spec)
            if len(_FLOWS) > 8192:  # amounts and jobs rarely repeat: a bounded memory
                _FLOWS.clear()
            _FLOWS[(inner, id(spec))] = found
        values, columns = found
        marks = self.marks
        for name, value_col in columns:
            marks[prefix + name] = (number, col + value_col)
        return values.copy()

    def listed(self, inner: str, field: Field, path: str, number: int, col: int
               ) -> list[Any]:
        """``[value, ...]`` of plain values, the first at ``col`` (1-based)."""
        each = field.list_of
        assert each is not None and each.scalar is not None
        convert = each.scalar
        items = []
        marks = self.marks
        for index, text in enumerate(inner.split(", ")):
            if text in _NULLS:
                raise _Fail
            items.append(convert(text))
            marks[f"{path}[{index}]"] = (number, col)
            col += len(text) + 2
        if len(items) < field.min_items:
            raise _Fail
        return items

    def converted(self, node: Any, field: Field, path: str) -> Any:
        """A value the scanner read, converted as records.py does; _Fail on a problem."""
        if type(node) is Scalar:
            if node.plain and node.value in _NULLS or field.scalar is None:
                raise _Fail
            self.marks[path] = (node.line, node.col)
            return field.scalar(node.value)
        conv = _Converter(self.source)
        value = conv.value(node, field, path, self.marks)
        if conv.problems or value is None:
            raise _Fail
        return value


def _pairs(inner: str, spec: dict[str, Field]
           ) -> tuple[dict[str, Any], tuple[tuple[str, int], ...]]:
    """A simple flow mapping's values, converted, and each key with the column of its
    value from the first key; _Fail on anything the schema refuses."""
    values: dict[str, Any] = {}
    columns = []
    offset = 0
    for part in inner.split(", "):
        key, value = part.split(": ", 1)
        field = spec.get(key)
        if field is None or field.scalar is None or value in _NULLS or key in values:
            raise _Fail
        values[key] = field.scalar(value)
        columns.append((key, offset + len(key) + 2))
        offset += len(part) + 2
    for name in _required(spec):
        if name not in values:
            raise _Fail
    return values, tuple(columns)


_REQUIRED: dict[int, list[str]] = {}


def _required(spec: dict[str, Field]) -> list[str]:
    found = _REQUIRED.get(id(spec))
    if found is None:
        found = _REQUIRED[id(spec)] = [n for n, f in spec.items() if f.required]
    return found
