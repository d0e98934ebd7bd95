"""Where things are in a knowledge base's text, for edits that keep every comment and blank
line where the curator put them (conv migrate, conv draft --add).

Positions are character offsets into the text, read from libyaml's event stream.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import yaml


@dataclass
class Section:
    """A top-level key and its value."""

    name: str
    key_start: int      # where the key's line starts
    value_start: int    # the value's first character
    value_end: int      # just after the value
    kind: str           # "block" list, "flow" list, "empty" (null or nothing), "other"
    items: int          # how many entries a list holds
    item_indent: str    # what starts an entry line of a block list ("  - ")


def _loader() -> type:
    loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return loader


def mark_start(event: yaml.Event) -> int:
    """Where the event's text starts (the parser always marks events; the stubs say maybe)."""
    assert event.start_mark is not None
    return event.start_mark.index


def mark_end(event: yaml.Event) -> int:
    """Just after the event's text."""
    assert event.end_mark is not None
    return event.end_mark.index


def line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def sections(text: str) -> dict[str, Section]:
    """The file's top-level sections, in order."""
    found: dict[str, Section] = {}
    depth = 0
    key: yaml.ScalarEvent | None = None
    current: Section | None = None
    for event in yaml.parse(text, Loader=_loader()):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth == 2 and key is not None:
                index = mark_start(event)
                flow = bool(getattr(event, "flow_style", False))
                if isinstance(event, yaml.SequenceStartEvent):
                    indent = " " * (index - line_start(text, index)) + "- "
                    current = Section(key.value, line_start(text, mark_start(key)), index,
                                      index, "flow" if flow else "block", 0, indent)
                else:
                    current = Section(key.value, line_start(text, mark_start(key)), index,
                                      index, "other", 0, "")
            elif depth == 3 and current is not None and current.kind in ("block", "flow"):
                current.items += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
            if depth == 1 and current is not None:
                current.value_end = (mark_end(event) if current.kind != "block" else
                                     _content_end(text, mark_end(event),
                                                  len(current.item_indent) - 2))
                found[current.name] = current
                current, key = None, None
        elif isinstance(event, yaml.ScalarEvent) and depth == 1:
            if key is None:
                key = event
                continue
            start = mark_start(event)
            empty = event.value == "" and not event.style or event.value in ("null", "~")
            found[key.value] = Section(key.value, line_start(text, mark_start(key)),
                                       start, mark_end(event),
                                       "empty" if empty else "other", 0, "")
            key = None
        elif isinstance(event, yaml.ScalarEvent) and depth == 2 and current is not None \
                and current.kind in ("block", "flow"):
            current.items += 1
        elif isinstance(event, yaml.AliasEvent) and depth == 1:
            key = None
    return found


def _content_end(text: str, at: int, item_column: int) -> int:
    """libyaml ends a block list where the next token starts, past blank and comment lines;
    the list's own content ends after its last line that is neither (a comment indented
    deeper than the list's dashes belongs to its last entry)."""
    end = at
    if end == len(text) and text and not text.endswith("\n"):
        return end
    while end > 0:
        start = line_start(text, end - 1)
        line = text[start:end]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if stripped and (not stripped.startswith("#") or indent > item_column):
            return end
        end = start
    return end


def before_comments(text: str, at: int) -> int:
    """The start of the comment lines right above the line at ``at`` (they describe it)."""
    line = line_start(text, at)
    while line > 0:
        previous = line_start(text, line - 1)
        if not text[previous:line].lstrip().startswith("#"):
            break
        line = previous
    return line


def reindent(entry: str, item_indent: str) -> str:
    """An entry written as "  - …" with its lines below it, moved to ``item_indent``."""
    if not entry.endswith("\n"):
        entry += "\n"
    lines = entry.splitlines(keepends=True)
    shift = len(item_indent) - 4  # the draft writes items at "  - " (four columns)
    out = []
    for line in lines:
        if not line.strip():
            out.append(line)
        elif shift >= 0:
            out.append(" " * shift + line)
        else:
            cut = min(-shift, len(line) - len(line.lstrip(" ")))
            out.append(line[cut:])
    return "".join(out)


class LineEnds:
    """A text's line ends (LF, CRLF, CR alone, or a mix of them): an edit is worked out on
    ``text``, where every line ends with LF, and ``apply`` makes it on the text as written,
    where every line keeps its own end and each new line gets the file's most common one."""

    def __init__(self, original: str) -> None:
        self.original = original
        # where each CRLF's LF lands in ``text``: ``text`` is one character shorter there
        self.crlf = [m.start() - k for k, m in enumerate(re.finditer("\r\n", original))]
        lf_only = original.replace("\r\n", "\n")
        self.text = lf_only.replace("\r", "\n")
        counts = {"\r\n": len(self.crlf), "\r": lf_only.count("\r"),
                  "\n": lf_only.count("\n") - len(self.crlf)}
        self.end = max(("\n", "\r\n", "\r"), key=lambda end: counts[end])  # a tie: LF

    def terminated(self) -> LineEnds:
        """The same text, ending with a line end."""
        if not self.text or self.text.endswith("\n"):
            return self
        return LineEnds(self.original + self.end)

    def written(self, at: int) -> int:
        """The offset in the text as written of the offset ``at`` in ``text``."""
        return at + bisect_left(self.crlf, at)

    def apply(self, edits: list[tuple[int, int, str]]) -> str:
        """The text as written with ``edits`` (start, end, new text: offsets and LFs of
        ``text``) made; the edits do not overlap, and those at one place go in the order given."""
        pieces, done = [], 0
        for start, end, new in sorted(edits, key=lambda e: e[0]):
            pieces += [self.original[done:self.written(start)], new.replace("\n", self.end)]
            done = self.written(end)
        pieces.append(self.original[done:])
        return "".join(pieces)


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with ``edits`` (start, end, new text; not overlapping) made."""
    pieces, done = [], 0
    for start, end, new in sorted(edits, key=lambda e: e[0]):
        pieces += [text[done:start], new]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
