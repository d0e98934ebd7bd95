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
from .schema import Field, Invalid, date, edtf_date, invisible, year
from .schema import prose as _prose
from .schema import text as _text
from .yamlnodes import Scalar

# id of a spec -> the text of a flow mapping from its brace to the line's end -> its
# values, converted, and each key with the column of its value from the first key
# (flow mappings repeat: parties, amounts, periods)
_FLOWS: dict[int, dict[str, tuple[dict[str, Any], tuple[tuple[str, int], ...]]]] = {}
_FLOWS_KEPT = 8192  # amounts and jobs rarely repeat: a bounded memory

# Values read again and again (dates, years), each converted once: value -> converted.
# Only what a converter accepted is kept; a refused value raises each time.
_MEMOS: dict[Any, dict[str, Any]] = {date: {}, edtf_date: {}, year: {}}
_MEMO_KEPT = 65536


# The characters a text may start or end with as it is (neither a blank nor one that
# shows nothing: text() and prose() would take the value unchanged) -> True; each
# character met at an end is looked at once (« and », accented letters), then known.
_EDGES: dict[str, bool] = {chr(code): True for code in range(33, 127)}


def _edge(ch: str) -> bool:
    """Whether a text may start or end with ``ch`` as it is (remembered)."""
    found = not ch.isspace() and not invisible(ch)
    if found and len(_EDGES) < _MEMO_KEPT:
        _EDGES[ch] = True
    return found


def _as_it_is(value: str, scalar: Any) -> bool:
    """Whether text() or prose() (``scalar``) gives ``value`` back as it is, judged by its
    ends (prose allows line breaks after its last character)."""
    end = value.rstrip("\n") if scalar is _prose else value
    return bool(end) and bool(_EDGES.get(value[0]) or _edge(value[0])) and \
        bool(_EDGES.get(end[-1]) or _edge(end[-1]))


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
        record = _Reader(text, first_line + 1, source, False).agreement(
            item_line + 1, spec, file)
    except (_Fail, _Unknown, Invalid):
        return None
    record["_marks"] = Marks(record["_marks"], (text, first_line, item_line, spec, source,
                                                file))
    return cast("Agreement", record)


class Marks(dict[str, tuple[int, int]]):
    """The marks of an agreement read here, as the long way gives them: those of its
    top-level values (the id, the links: what the index reads of every agreement) at once;
    the nested ones (``parties[1].org``: only a problem's location needs them) on the
    first look at any of them, by reading the text again, marking everything. A fifth of
    the reading went to paths and marks that nothing read.

    Anything that reads them whole (iteration, comparison, ``items()``) reads them all
    first; ``marshal`` takes only plain dicts: ``plain()`` gives one."""

    __slots__ = ("_again",)

    def __init__(self, top: dict[str, tuple[int, int]], again: tuple[Any, ...]) -> None:
        super().__init__(top)
        self._again: tuple[Any, ...] | None = again

    def _whole(self) -> None:
        again = self._again
        if again is not None:
            self._again = None
            text, first_line, item_line, spec, source, file = again
            found = _Reader(text, first_line + 1, source, True).agreement(
                item_line + 1, spec, file)["_marks"]
            self.clear()
            self.update(found)

    def _known(self, path: str) -> bool:
        """Whether what this holds already answers for ``path``."""
        return self._again is None or ("." not in path and "[" not in path)

    def plain(self) -> dict[str, tuple[int, int]]:
        self._whole()
        return dict(super().items())

    def __missing__(self, path: str) -> tuple[int, int]:
        if self._known(path):
            raise KeyError(path)
        self._whole()
        return super().__getitem__(path)

    def get(self, path: str, default: Any = None) -> Any:
        if not self._known(path):
            self._whole()
        return super().get(path, default)

    def __contains__(self, path: object) -> bool:
        if isinstance(path, str) and not self._known(path):
            self._whole()
        return super().__contains__(path)

    def __iter__(self) -> Any:
        self._whole()
        return super().__iter__()

    def __len__(self) -> int:
        self._whole()
        return super().__len__()

    def keys(self) -> Any:
        self._whole()
        return super().keys()

    def values(self) -> Any:
        self._whole()
        return super().values()

    def items(self) -> Any:
        self._whole()
        return super().items()

    def copy(self) -> dict[str, tuple[int, int]]:
        return self.plain()

    def __eq__(self, other: object) -> bool:
        self._whole()
        if isinstance(other, Marks):
            other._whole()
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None

    def __repr__(self) -> str:
        self._whole()
        return super().__repr__()

    def __reduce__(self) -> Any:
        return dict, (self.plain(),)


class _Reader:
    def __init__(self, text: str, base: int, source: str, marking: bool) -> None:
        self.lines = text.split("\n")
        self.tokens = _TOKENS.findall(text)
        self.count = len(self.lines)
        if len(self.tokens) != self.count:
            raise _Fail  # pragma: no cover - one match a line, by construction
        self.base = base
        self.source = source
        self.marks: dict[str, tuple[int, int]] = {}
        # Not marking: the top-level values only (their paths are their keys); below,
        # paths are None and nothing is marked.
        self.marking = marking

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

    def mapping(self, at: int, col: int, spec: dict[str, Field], prefix: str | None
                ) -> tuple[dict[str, Any], int]:
        """The block mapping whose keys are at column ``col`` (0-based), its first key on
        line ``at`` (after a dash, or alone), and the line after it; its values marked
        under ``prefix`` (None: not marked)."""
        tokens, lines, marks, base = self.tokens, self.lines, self.marks, self.base
        below = self.marking  # paths for the values below this mapping's keys
        result: dict[str, Any] = {}
        count = self.count
        first = True
        while at < count:
            spaces, dash, key, colon, quoted, plain, other = tokens[at]
            if first:
                first = False
            elif not key or dash or len(spaces) != col:  # not the next key of this mapping
                if not (dash or key or quoted or plain) and (not other or other[0] == "#"):
                    at += 1  # blank or comment
                    continue
                if len(spaces) < col:
                    break
                raise _Fail
            field = spec.get(key)
            if field is None or key in result:
                raise _Fail
            path = None if prefix is None else prefix + key
            scalar = field.scalar
            if quoted:
                if scalar is None:
                    raise _Fail
                inner = quoted[1:-1]
                # text and prose take a value edged by no blank as it is (the regex leaves
                # no line break, quote or backslash in it); an end never met before they
                # check (a no-break or zero-width space?)
                if (scalar is _text or scalar is _prose) and inner and \
                        (_EDGES.get(inner[0]) or _edge(inner[0])) and \
                        (_EDGES.get(inner[-1]) or _edge(inner[-1])):
                    result[key] = inner
                else:
                    result[key] = scalar(inner)
                if path is not None:
                    marks[path] = (at + base, col + len(key) + len(colon) + 1)
                at += 1
                continue
            if plain and ": " not in plain and plain[-1] != ":" and plain[-1] != " ":
                if scalar is None or plain in _NULLS:
                    raise _Fail
                if scalar is _text or scalar is _prose:  # plain: never empty, and edged
                    # by no ASCII blank; another (a no-break or zero-width space) they refuse
                    result[key] = (plain if (_EDGES.get(plain[0]) or _edge(plain[0])) and
                                   (_EDGES.get(plain[-1]) or _edge(plain[-1]))
                                   else scalar(plain))
                else:
                    memo = _MEMOS.get(scalar)
                    if memo is None:
                        result[key] = scalar(plain)
                    else:
                        found = memo.get(plain)
                        if found is None:
                            found = _remember(memo, plain, scalar(plain))
                        result[key] = found
                if path is not None:
                    marks[path] = (at + base, col + len(key) + len(colon) + 1)
                at += 1
                continue
            number = at + base
            rest = col + len(key) + len(colon)
            if other and other[0] != "#" or plain:
                line = lines[at]
                first_char = line[rest]
                if first_char == "{" and field.mapping is not None:
                    read = self.flow(other, rest, field.mapping,
                                     path + "." if below and path is not None else None,
                                     number)
                    if read is not None:
                        result[key] = read
                        at += 1
                        continue
                elif first_char == "[" and field.list_of is not None and \
                        field.list_of.scalar is not None:
                    listed = _SIMPLE_SEQ.match(line, rest)
                    if listed is not None:
                        result[key] = self.listed(listed.group(1), field,
                                                  path if below else None, number, rest + 2)
                        at += 1
                        continue
                elif (first_char == ">" or first_char == "|") and line[-1] != " " and \
                        scalar is not None:
                    block, at = _block_scalar(lines, at, rest, col, number)
                    value = block.value
                    result[key] = value if (scalar is _prose or scalar is _text) and \
                        _as_it_is(value, scalar) else scalar(value)
                    if path is not None:
                        marks[path] = (number, rest + 1)
                    continue
                node, at = _value(lines, at, rest, quoted, plain, col, number)
                result[key] = self.converted(node, field, path)
                continue
            # a block on the lines below, or nothing (an empty value)
            at += 1
            next_line = self.next_content(at)
            if next_line == count:
                raise _Fail
            inner_spaces, inner_dash, inner_key = tokens[next_line][:3]
            inner = len(inner_spaces)
            if inner_dash and (inner > col or inner == col) and field.list_of is not None:
                result[key], at = self.sequence(next_line, inner, field,
                                                path if below else None)
            elif inner > col and not inner_dash and inner_key and field.mapping is not None:
                result[key], at = self.mapping(
                    next_line, inner, field.mapping,
                    path + "." if below and path is not None else None)
            else:
                raise _Fail  # an empty value, or not what the schema wants there
        for name in _REQUIRED.get(id(spec)) or _required(spec):
            if name not in result:
                raise _Fail
        return result, at

    def sequence(self, at: int, indent: int, field: Field, path: str | None
                 ) -> tuple[list[Any], int]:
        """The block list whose dashes are at column ``indent``, from line ``at``."""
        tokens, lines, base, count = self.tokens, self.lines, self.base, self.count
        each = field.list_of
        assert each is not None
        # flow mappings met before (parties): their values at once, when not marking
        flows = _FLOWS.get(id(each.mapping)) if each.mapping is not None and path is None \
            else None
        items: list[Any] = []
        spaces, dash, key, colon, quoted, plain, other = tokens[at]
        while True:
            if len(spaces) != indent or not dash:
                raise _Fail
            if flows is not None and other and (known := flows.get(other)) is not None:
                items.append(known[0].copy())
                at += 1
            elif key:
                if each.mapping is None:
                    raise _Fail
                item, at = self.mapping(at, indent + len(dash), each.mapping,
                                        None if path is None else f"{path}[{len(items)}].")
                items.append(item)
            elif other and other[0] != "#" or quoted or plain:
                number = at + base
                column = indent + len(dash)
                place = None if path is None else f"{path}[{len(items)}]"
                read = self.flow(other, column, each.mapping,
                                 None if place is None else place + ".", number) if (
                    each.mapping is not None and other[:1] == "{") else None
                if read is not None:
                    items.append(read)
                    at += 1
                else:
                    node, at = _value(lines, at, column, quoted, plain, indent, number)
                    items.append(self.converted(node, each, place))
            else:
                raise _Fail  # a dash alone
            while at < count:  # the next line neither blank nor a comment
                spaces, dash, key, colon, quoted, plain, other = tokens[at]
                if dash or key or quoted or plain or (other and other[0] != "#"):
                    break
                at += 1
            else:
                break
            if len(spaces) < indent or (len(spaces) == indent and not dash):
                break
        if len(items) < field.min_items:
            raise _Fail
        return items, at

    def flow(self, tail: str, at: int, spec: dict[str, Field], prefix: str | None,
             number: int) -> dict[str, Any] | None:
        """The ``{key: value, ...}`` of plain values in ``tail``, the line from its
        column ``at`` (0-based) to its end, or None when it is not that simple."""
        flows = _FLOWS.get(id(spec))
        if flows is None:
            flows = _FLOWS[id(spec)] = {}
        found = flows.get(tail)
        if found is None:
            simple = _SIMPLE_MAP.match(tail)
            if simple is None:
                return None
            found = _pairs(simple.group(1), spec)
            if len(flows) > _FLOWS_KEPT:
                flows.clear()
            flows[tail] = found
        values, columns = found
        if prefix is not None:
            marks = self.marks
            col = at + 2  # the first key's column, 1-based
            for name, value_col in columns:
                marks[prefix + name] = (number, col + value_col)
        return values.copy()

    def listed(self, inner: str, field: Field, path: str | None, number: int, col: int
               ) -> list[Any]:
        """``[value, ...]`` of plain values, the first at ``col`` (1-based)."""
        each = field.list_of
        assert each is not None and each.scalar is not None
        convert = each.scalar
        texts = convert is _text or convert is _prose  # edged as met before: as it is
        items = []
        marks = self.marks
        for index, text in enumerate(inner.split(", ")):
            if text in _NULLS:
                raise _Fail
            items.append(text if texts and text and (_EDGES.get(text[0]) or _edge(text[0]))
                         and (_EDGES.get(text[-1]) or _edge(text[-1])) else convert(text))
            if path is not None:
                marks[f"{path}[{index}]"] = (number, col)
                col += len(text) + 2
        if len(items) < field.min_items:
            raise _Fail
        return items

    def converted(self, node: Any, field: Field, path: str | None) -> Any:
        """A value the scanner read, converted as records.py does; _Fail on a problem."""
        if type(node) is Scalar:
            if node.plain and node.value in _NULLS or field.scalar is None:
                raise _Fail
            if path is not None:
                self.marks[path] = (node.line, node.col)
            return field.scalar(node.value)
        conv = _Converter(self.source)
        value = conv.value(node, field, path or "", self.marks if self.marking else {})
        if conv.problems or value is None:
            raise _Fail
        return value


def _remember(memo: dict[str, Any], value: str, converted: Any) -> Any:
    if len(memo) > _MEMO_KEPT:
        memo.clear()
    memo[value] = converted
    return converted


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
