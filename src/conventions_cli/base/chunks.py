"""A base file cut into its head and one chunk of text per agreement, without decoding it
whole: the fast way to read a large file, and what the incremental update compares.

Only files in the simple block layout are cut (``agreements:`` alone on a line at the left
margin, its items ``- `` at one indentation, no tabs, CRs, document markers or keep-chomped
block scalars that could lose their trailing lines); anything else gives None and is read
whole, the slow and exact way. The head is the file with the agreement section taken out;
parsing it and each chunk gives the same nodes, lines and columns as parsing the file whole.
"""

from __future__ import annotations

import hashlib
import mmap
import re
from array import array
from collections.abc import Sequence

TYPE_CHECKING = False
if TYPE_CHECKING:
    # A file's bytes: in memory, or a memory map (collections.abc.Buffer from 3.12 on).
    Buffer = bytes | bytearray | mmap.mmap

# What makes a head unusual: tabs, other line ends, BOMs and separators (U+0085, U+2028,
# U+2029, U+FEFF past the start), document markers and directives.
UNUSUAL = (b"\t", b"\r", b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xef\xbb\xbf",
            b"\n---", b"\n...", b"\n%")
_KEEP = re.compile(rb"[|>][1-9]?\+")  # keep chomping: trailing blank lines are text
_FIRST = re.compile(rb"^( *)[^ \n#]", re.MULTILINE)
BOM = b"\xef\xbb\xbf"


class Release:
    """Gives back the pages of a memory-mapped file once read: mapped pages count in the
    process's memory for as long as they stay mapped, and a large base would otherwise
    weigh its whole size. Nothing to do for bytes."""

    STEP = 32 << 20

    def __init__(self, data: Buffer) -> None:
        self.data = data if isinstance(data, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED") \
            else None
        self.done = 0

    def upto(self, offset: int, force: bool = False) -> None:
        if self.data is None or (offset - self.done < self.STEP and not force):
            return
        end = offset - offset % mmap.PAGESIZE
        if end > self.done:
            self.data.madvise(mmap.MADV_DONTNEED, self.done, end - self.done)
            self.done = end


def sha256(data: Buffer) -> str:
    """The sha256 of a file's bytes, read a piece at a time."""
    found = hashlib.sha256()
    release = Release(data)
    view = memoryview(data)
    try:
        for start in range(0, len(data), Release.STEP):
            found.update(view[start:start + Release.STEP])
            release.upto(start + Release.STEP, force=True)
    finally:
        view.release()
    return found.hexdigest()




def digest(chunk: Buffer) -> str:
    """The sha256 of a text, hex (what identifies a file's head)."""
    return hashlib.sha256(chunk).hexdigest()


class Layout:
    """Where the head and the chunks of one file are.

    ``bounds`` are byte offsets: chunk i is ``data[bounds[i]:bounds[i + 1]]``, each with the
    blank and comment lines before its item; ``lines[i]`` is its first line (0-based) and
    ``item_lines[i]`` the line its item starts on.
    """

    def __init__(self, data: Buffer, start: int, section: int, bounds: array[int],
                 lines: array[int], item_lines: array[int], section_line: int,
                 end_line: int) -> None:
        self.data, self.start, self.section, self.end = data, start, section, bounds[-1]
        self.bounds, self.lines, self.item_lines = bounds, lines, item_lines
        self.section_line, self.end_line = section_line, end_line

    def __len__(self) -> int:
        return len(self.lines)

    def head(self) -> tuple[bytes, bytes, int]:
        """The text before the agreements' items (``agreements:`` line included), the text
        after them, and how many lines the items took (the line shift of the second)."""
        data = self.data
        before = bytes(data[self.start:self.section])
        after = bytes(data[self.end:])
        return before, after, self.end_line - self.section_line

    def head_digest(self) -> str:
        """What identifies the head (see head_digest)."""
        return head_digest(*self.head())


def head_digest(before: bytes, after: bytes, shift: int) -> str:
    """What identifies a head: its text and, when records follow the agreements, how many
    lines the agreements take (those records' lines are stored). Comment and blank lines
    after them hold no record: their lines are no part of it."""
    moves = not only_comments(after)
    return digest(before + b"\0" + after + (b"\0%d" % shift if moves else b""))


def only_comments(text: bytes) -> bool:
    """Whether ``text`` (whole lines) is only comment and blank lines."""
    return all(not body or body[:1] == b"#"
               for body in (line.lstrip(b" ") for line in text.split(b"\n")))


def items_indent(data: Buffer, section: int) -> int | None:
    """How deep the items of the section starting at ``section`` are (None: no item)."""
    first = _FIRST.search(data, section)
    return None if first is None else len(first.group(1))


def patterns(indent: int) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """The lines no deeper than the items at ``indent``: the line that ends the section
    (anything but an item or a comment), and each item's first line ("- " at their
    indentation). Found by two regexes rather than line by line: a large base has a
    million items."""
    return (re.compile(rb"\n(?! {%d}-[ \n])( {0,%d})([^ #\n])" % (indent, indent)),
            re.compile(rb"\n {%d}-[ \n]" % indent))


def cut(data: Buffer) -> Layout | None:
    """The layout of ``data`` (a file's bytes, or a memory map of them), or None when it
    is not the simple block layout.

    Line breaks other than LF (CR, U+0085, U+2028, U+2029) would make libyaml count lines
    differently: the head is checked for them here; in the agreements, the reader checks
    that each item starts on the line counted here (items_lines) and that the lines add
    up at the end, which is cheaper than looking for them in all the text."""
    start = len(BOM) if data[:3] == BOM else 0
    size = len(data)
    if data[size - 1:size] != b"\n" or data[start:start + 3] in (b"---", b"...") or \
            data[start:start + 1] == b"%":
        return None  # no final newline (rare), or a document marker: read whole
    if data[start:start + 12] == b"agreements:\n":
        section = start + 12
    else:
        section = data.find(b"\nagreements:\n", start) + 13
        if section < 13:
            return None  # no section: the whole parse says what is wrong
    first = _FIRST.search(data, section)
    if first is None:
        return None
    indent = len(first.group(1))
    prefix = b" " * indent
    other, item = patterns(indent)
    release = Release(data)
    items = array("q")
    end = size
    for window in range(section - 1, size, Release.STEP):  # a window at a time, released
        stop = window + Release.STEP
        reach = min(stop + 4096, size)  # overlapping: a match starting in the window ends
        found = other.search(data, window, reach)
        if found is not None and found.start() < stop:
            end = found.start() + 1
            if found.group(1) or found.group(2) == b"-":
                return None  # shallower than the items, or an odd item: not simple
        limit = min(stop, end)
        items.extend(m.start() + 1 for m in item.finditer(data, window, reach)
                     if m.start() < limit)
        release.upto(stop)
        if end < size:
            break
    if not items:
        return None
    release.upto(size, force=True)
    release.done = 0  # the items are read again, to cut them and count their lines
    head = bytes(data[start:section]) + bytes(data[back_over_comments(data, end, prefix):])
    if any(odd in head for odd in UNUSUAL):
        return None
    section_line = data[:section].count(b"\n")
    layout = chunked(data, items, section, end, prefix, section_line, release)
    if layout is not None:
        layout.start = start
    return layout


def chunked(data: Buffer, items: Sequence[int], section: int, end: int, prefix: bytes,
            section_line: int, release: Release | None = None) -> Layout | None:
    """The chunks of the items at ``items`` (offsets of their lines), the first chunk
    starting at ``section`` (line ``section_line``) and the last ending at ``end``; None
    when a keep-chomped block scalar could lose its trailing blank lines to the next."""
    bounds = array("q", [section])
    lines = array("q")
    item_lines = array("q")
    line = section_line
    begin = section
    last = len(items) - 1
    back, keep = back_over_comments, _KEEP.search
    for index, at in enumerate(items):
        after = items[index + 1] if index < last else end
        stop = back(data, after, prefix)
        text = data[begin:stop]
        if stop != after and keep(text):
            return None  # blank lines moved to the next chunk might be this one's text
        lines.append(line)
        item_lines.append(line + text.count(b"\n", 0, at - begin))
        line += text.count(b"\n")
        bounds.append(stop)
        begin = stop
        if release is not None:
            release.upto(begin)
    if release is not None:
        release.upto(len(data), force=True)
    return Layout(data, 0, section, bounds, lines, item_lines, section_line, line)


def back_over_comments(data: Buffer, at: int, prefix: bytes) -> int:
    """The start of the blank and comment lines just before the line at ``at`` that are
    no deeper than the items (deeper ones may be the previous item's text)."""
    deeper = prefix + b" "
    while at > 0:
        before = data.rfind(b"\n", 0, at - 1) + 1
        line = data[before:at - 1]
        body = line.lstrip(b" ")
        if line.startswith(deeper) or (body and body[:1] != b"#"):
            break
        at = before
    return at
