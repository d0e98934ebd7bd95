"""A comment that cuts a value short (`title: Programme Maroc #2`): a problem for
`conv validate`, and said by the read commands (which answer with the value cut). Light:
the read commands import it on every call."""

from __future__ import annotations

import re
from typing import Any

from .source import DataFile, display_path, snapshots
from .todos import comment_start

# A '#' first (the search skips to each one), then the blank before it and the word after.
_GLUED = re.compile(rb"#(?<=[ \t]#)[^ \t\r\n#]")
_BLOCK_HEADER = re.compile(r"(?:^|[:-] +)[|>][-+1-9]*$")


def cuts_in(data: Any, source: str) -> list[tuple[str, int, int, str]]:
    """Every comment that cuts a value short: a '#' after a blank, followed at once by a
    word (`title: Programme Maroc #2`), after a value on its line. A comment line
    (`# TODO: …`), a comment after a key alone, and a '#' inside a block scalar
    (`summary: |`) are silent; reading only the lines that hold such a '#'."""
    problems: list[tuple[str, int, int, str]] = []
    start = 3 if data[:3] == b"\xef\xbb\xbf" else 0
    line, counted = 1, start
    found = _GLUED.search(data, start)
    while found is not None:
        at = found.start()
        begin = data.rfind(b"\n", start, at) + 1 or start
        stop = data.find(b"\n", at)
        stop = len(data) if stop < 0 else stop
        line += data[counted:begin].count(b"\n")
        counted = begin
        text = bytes(data[begin:stop]).decode("utf-8", errors="replace").rstrip("\r")
        column = comment_start(text)
        if column is not None and _cuts_a_value(text, column) \
                and not in_block_scalar(data, start, begin, indent_of(text)):
            word = text[column:].split()[0]
            problems.append((
                source, line, column + 1,
                f"'{word}' starts a comment (a '#' after a space), so the value before it "
                f"is cut there; quote the value if '{word}' is part of it, or write '# ' "
                "if it is a comment"))
        found = _GLUED.search(data, stop)
    return problems


def _cuts_a_value(line: str, column: int) -> bool:
    """Whether a value stands before the comment at `column` (not a key alone, a dash, nor
    a flow mapping or list closed before it: `- {id: mic, kind: ministry}  #TODO`)."""
    head = line[:column].rstrip()
    return bool(head.strip(" -")) and not head.endswith(":") \
        and not _closed_flow(head) \
        and line[column + 1:column + 2] not in ("", " ", "\t", "#")


def _closed_flow(head: str) -> bool:
    """Whether `head` (a line before its comment) ends a `{…}` or `[…]` it opened."""
    value = _FLOW_VALUE.sub("", head)
    return (value[:1], value[-1:]) in (("{", "}"), ("[", "]"))


# What stands before a value on its line: list dashes, then a plain key and its colon.
_FLOW_VALUE = re.compile(r"^\s*(?:-\s+)*(?:[^\s{\[\"'#][^:#]*:\s+)?")


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def in_block_scalar(data: Any, start: int, begin: int, indent: int) -> bool:
    """Whether the line at `begin` is inside a literal or folded block scalar: one of the
    less indented lines above it opens one. Stops at the agreements' indentation (2), since
    a block scalar opened at the top of a base would not be one of its keys."""
    while begin > start and indent > 2:
        end = begin - 1
        begin = data.rfind(b"\n", start, end) + 1 or start
        above = bytes(data[begin:end]).decode("utf-8", errors="replace").rstrip("\r ")
        if not above.strip() or above.lstrip().startswith("#") or indent_of(above) >= indent:
            continue
        indent = indent_of(above)
        content = above[:comment_start(above)].rstrip()
        if _BLOCK_HEADER.search(content):
            return True
    return False


def cut_values(data: DataFile) -> list[tuple[str, int, int, str]]:
    """Every value a comment cuts short, in every file of the base, as (file, line,
    column, message). A file that cannot be read now is left to the command that reads it."""
    found = []
    for snapshot in snapshots(data):
        try:
            with open(snapshot.path, "rb") as handle:
                text = handle.read()
        except OSError:
            continue
        found += cuts_in(text, display_path(snapshot.path))
    return found
