"""The `# TODO` comments a draft leaves, found the one way `draft` counts them and
`validate` lists them, so that the two numbers always agree.

A TODO is the word TODO opening a comment or one of its `;`-separated parts
(`# TODO: no amount found`, `# from: "…"; TODO: check the date`). The comment starts at
the first `#` that follows a blank outside a YAML scalar, found where a YAML reader finds
it; an apostrophe inside a plain value (`title: Accord de l'industrie`, `Al-'Amal`) opens
no quote, and a quote of the article inside the comment (`from: "… TODO …"`) is skipped.
"""

from __future__ import annotations

import re

__all__ = ["comment_start", "todos_in_line"]

_TODO = re.compile(r"TODO\b:?[ \t]*")
_BLANK = " \t"
_FLOW = ",[]{}"


def comment_start(line: str) -> int | None:
    """Where the YAML comment of one line starts, or None: the first '#' after a blank (or
    opening the line) that is not inside a scalar, found as a YAML reader scans the line.
    A quote opens a quoted scalar only where a value starts (at the start of the content,
    after `- `, `? `, `: `, or after `[`, `{`, `,` in a flow collection); anywhere else, as
    in `Al-'Amal`, `Maroc-'BAD` or `Rabat, 'Souissi`, it is part of a plain value."""
    index, length = 0, len(line)
    depth = 0  # inside how many flow collections ([…], {…})
    starts = True  # whether a value may start here
    while index < length:
        char = line[index]
        if char in _BLANK:
            index += 1
            continue
        if char == "#" and (index == 0 or line[index - 1] in _BLANK):
            return index
        after = line[index + 1:index + 2]
        if char in "-?:" and (not after or after in _BLANK or (depth and after in _FLOW)) \
                and (char == ":" or starts):
            starts, index = True, index + 1  # an entry, a key or a value follows
        elif char in "'\"" and starts:
            starts, index = False, _quoted_end(line, index)
            if line[index:index + 1] == "#":
                return index  # "'x'#…": the reader takes a '#' right after a token as a comment
        elif char in "[{" and starts:
            depth, index = depth + 1, index + 1
        elif char in "]}" and depth:
            depth, starts, index = depth - 1, False, index + 1
            if line[index:index + 1] == "#":
                return index  # "[a]#…", as after a quoted value
        elif char == "," and depth:
            starts, index = True, index + 1
        elif char in "|>" and starts:  # a block scalar's header: its text is below
            index += 1
            while index < length and line[index] in "+-0123456789 \t":
                index += 1
            return index if line[index:index + 1] == "#" else None
        elif char in "&!" and starts:  # an anchor or a tag, before the value it names
            index += 1
            while index < length and (line[index].isalnum() or line[index] in "-_" or (
                    char == "!" and line[index] not in _BLANK)):
                index += 1
        else:
            starts, index = False, _plain_end(line, index, depth)
    return None


def _plain_end(line: str, index: int, depth: int) -> int:
    """Where a plain value (or an alias, a block scalar header) starting at `index` ends:
    at ': ', at ' #', and inside a flow collection at , [ ] { } too."""
    index += 1
    while index < len(line):
        char = line[index]
        if char == "#" and line[index - 1] in _BLANK:
            return index
        after = line[index + 1:index + 2]
        if char == ":" and (not after or after in _BLANK or (depth and after in _FLOW)):
            return index
        if depth and char in _FLOW:
            return index
        index += 1
    return index


def _quoted_end(line: str, start: int) -> int:
    """The index after the quoted scalar opening at `start` ('' and \\" escape a quote)."""
    quote, index = line[start], start + 1
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and line[index + 1:index + 2] == "'":
                index += 2
                continue
            return index + 1
        index += 1
    return len(line)  # a quote left open (a multi-line scalar): no comment on this line


def todos_in_line(line: str) -> list[tuple[int, str]]:
    """(0-based column, what it says) for every TODO of the line's comment; the column is
    the `#` of a comment that opens with TODO, else the word TODO itself."""
    start = comment_start(line)
    if start is None:
        return []
    found: list[tuple[int, str]] = []
    index, segment = start + 1, True  # a segment opens after '#' and after ';'
    mark: int | None = start  # the '#' that opened the segment: where its TODO is shown
    length = len(line)
    while index < length:
        char = line[index]
        if char == '"':
            index = _quoted_end(line, index)
            segment = False
            continue
        if char == ";":
            segment, mark = True, None
        elif char == "#":
            segment, mark = True, index  # "# from: …  # TODO: …"
        elif char not in " \t":
            if segment:
                match = _TODO.match(line, index)
                if match:
                    end = _segment_end(line, match.end())
                    found.append((index if mark is None else mark,
                                  line[match.end():end].strip()))
                    index = end
                    continue
            segment = False
        index += 1
    return found


_NEXT = re.compile(r";[ \t]*TODO\b|[ \t]#")


def _segment_end(line: str, index: int) -> int:
    """Where a TODO's text ends: before the next TODO or comment mark outside a quoted
    string ("…; no event carries it" stays part of it)."""
    while index < len(line):
        char = line[index]
        if char == '"':
            index = _quoted_end(line, index)
            continue
        if _NEXT.match(line, index):
            return index
        index += 1
    return len(line)
