"""The `# TODO` comments a draft leaves, found the one way `draft` counts them and
`validate` lists them, so that the two numbers always agree.

A TODO is the word TODO opening a comment or one of its `;`-separated parts
(`# TODO: no amount found`, `# from: "…"; TODO: check the date`). The comment starts at
the first `#` that follows a blank outside a quoted YAML scalar; an apostrophe inside a
plain value (`title: Accord de l'industrie`) opens no quote, and a quote of the article
inside the comment (`from: "… TODO …"`) is skipped.
"""

from __future__ import annotations

import re

__all__ = ["comment_start", "todos_in_line"]

# Where a quoted scalar may open: at the start of a line's content or after one of these.
_OPENS_VALUE = set(":-[{,?")
_TODO = re.compile(r"TODO\b:?[ \t]*")


def comment_start(line: str) -> int | None:
    """Where the YAML comment of one line starts, or None."""
    index, length = 0, len(line)
    previous = ""  # the last character that is not a blank
    while index < length:
        char = line[index]
        if char in "'\"" and (not previous or previous in _OPENS_VALUE):
            index = _quoted_end(line, index)
            previous = char
            continue
        if char == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
        if char not in " \t":
            previous = char
        index += 1
    return None


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
