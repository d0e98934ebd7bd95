"""What an edit changed in a file read chunk by chunk (chunks.py), found without cutting
the whole file again: the old bytes (kept beside the cache) and the new are compared from
both ends, C-speed, and only the chunks between the common start and the common end are
cut, in both texts. The chunks after them are the same text, moved by as many bytes and
lines as the edit added or removed.

The region cut again starts two items before the first changed byte and ends two items
after the last, so that its first and last boundaries are where a whole cut puts them
(a boundary depends on the lines just before an item: comments above it are its chunk's).
Comment and blank lines after the agreements hold no record: an edit may reach them. An
edit in the head alone is vouched for when the head, read old and new, says the same
(comments or blank lines moved its records). Anything else the region cannot vouch for (a
head that says something new, records after the agreements that move, a line that would
end the section, no item left) gives None: the caller reads the whole file.
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path

from .chunks import (
    BOM,
    UNUSUAL,
    Layout,
    back_over_comments,
    chunked,
    head_digest,
    items_indent,
    patterns,
)
from .records import convert
from .yamlnodes import Mapping, NodeReader

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .chunks import Buffer

STEP = 1 << 20


class Region:
    """The changed part of a file: chunks of the old text (``old``) and of the new
    (``new``), both starting at byte ``start``, line ``line`` (None: not counted), with
    lines counted from there; after them the texts are the same, ``byte_shift`` bytes
    and ``line_shift`` lines further in the new one."""

    def __init__(self, start: int, line: int | None, old: Layout, new: Layout,
                 byte_shift: int) -> None:
        self.start, self.line, self.old, self.new = start, line, old, new
        self.byte_shift = byte_shift
        self.line_shift = new.end_line - old.end_line
        # Where the agreements now end, and what identifies the head when it may have
        # changed (comment lines after the agreements; else None: as it was).
        self.end = 0
        self.head: str | None = None
        # An edit in the head alone: its records' new lines (kind, id, line); else None.
        self.records: list[tuple[str, str, int]] | None = None
        # How many bytes the old and new texts share at the start and at the end.
        self.prefix = self.suffix = 0

    def old_text(self, index: int) -> bytes:
        bounds = self.old.bounds
        return bytes(self.old.data[bounds[index]:bounds[index + 1]])

    def new_text(self, index: int) -> bytes:
        bounds = self.new.bounds
        return bytes(self.new.data[bounds[index]:bounds[index + 1]])


class Old:
    """The old bytes, read by offset (``size``, ``pread(count, offset)``): a file here,
    or what the caller keeps (db/kept.py). ``with`` closes it."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDONLY)
        self.size = os.fstat(self.fd).st_size

    def __enter__(self) -> Old:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def pread(self, count: int, offset: int) -> bytes:
        return os.pread(self.fd, count, offset)


def common_ends(new: Buffer, old: Any, old_size: int) -> tuple[int, int]:
    """How many bytes ``new`` and ``old`` (an Old) share at the start and at the end (the
    two never overlap). Read a piece at a time and compared in place (no copy of ``new``
    when it is bytes)."""
    size = len(new)
    most = min(size, old_size)
    prefix = 0
    while prefix < most:
        step = min(STEP, most - prefix)
        theirs = old.pread(step, prefix)
        if len(theirs) != step:
            raise OSError("the kept copy was shortened")
        if not _same(new, prefix, theirs):
            prefix += _first_difference(new[prefix:prefix + step], theirs)
            break
        _release(new, prefix, prefix + step)
        prefix += step
    suffix = 0
    most -= prefix
    while suffix < most:
        step = min(STEP, most - suffix)
        theirs = old.pread(step, old_size - suffix - step)
        if len(theirs) != step:
            raise OSError("the kept copy was shortened")
        at = size - suffix - step
        if not _same(new, at, theirs):
            suffix += _first_difference(new[at:at + step][::-1], theirs[::-1])
            break
        _release(new, at, at + step)
        suffix += step
    return prefix, suffix


def _release(new: Buffer, start: int, stop: int) -> None:
    """Give back the pages of a memory map once compared (see chunks.Release)."""
    if isinstance(new, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED"):
        start += -start % mmap.PAGESIZE
        stop -= stop % mmap.PAGESIZE
        if stop > start:
            new.madvise(mmap.MADV_DONTNEED, start, stop - start)


def _same(new: Buffer, at: int, theirs: bytes) -> bool:
    if isinstance(new, bytes):
        return new.startswith(theirs, at)
    return new[at:at + len(theirs)] == theirs


def _first_difference(ours: bytes | bytearray, theirs: bytes | bytearray) -> int:
    """Where two texts of the same length first differ (they do)."""
    low, high = 0, len(ours)  # ours[:low] equal; ours[:high] not
    while high - low > 1:
        middle = (low + high) // 2
        if ours[low:middle] == theirs[low:middle]:
            low = middle
        else:
            high = middle
    return low


def changed(new: Buffer, old_path: Path | Any, old_size: int, old_end: int
            ) -> Region | None:
    """The changed region of the file whose old bytes are at ``old_path`` (or an Old;
    its chunks
    ended at byte ``old_end``) and whose new bytes are ``new``; None when only a whole
    reading can tell (see the module's text).

    When only comment and blank lines follow the agreements (or nothing), those lines are
    no record's: an edit may reach them, add some or take some away, and the agreements
    after the region may move; the region then says where the agreements now end and
    what identifies the head now (``end``, ``head``)."""
    start = len(BOM) if new[:3] == BOM else 0
    if new[len(new) - 1:] != b"\n":
        return None
    if new[start:start + 12] == b"agreements:\n":
        section = start + 12
    else:
        section = new.find(b"\nagreements:\n", start) + 13
        if section < 13:
            return None
    indent = items_indent(new, section)
    if indent is None:
        return None
    spaces = b" " * indent
    other, item = patterns(indent)
    with Old(old_path) if isinstance(old_path, Path) else old_path as old:
        if old.size != old_size:
            return None
        tail = old.pread(old_size - old_end, old_end)
        # Nothing but comments after the agreements: they run to the end of the file.
        open_end = len(tail) == old_size - old_end and other.search(b"\n" + tail) is None
        prefix, suffix = common_ends(new, old, old_size)
        old_stop, new_stop = old_size - suffix, len(new) - suffix
        shift = new_stop - old_stop
        if start <= prefix < section and new_stop <= section - 12:  # "agreements:" and all after
            return _same_ends(_head_moved(new, old, start, section, shift, old_end, tail,
                                          open_end), prefix, suffix)
        if prefix < section or (old_stop > old_end and not open_end):
            return None  # the head or the text after the agreements changed
        first = _items_before(new, prefix, section, spaces)
        begin = back_over_comments(new, first, spaces) if first is not None else section
        end = back_over_comments(new, len(new), spaces) if open_end else old_end + shift
        after = [found.start() + 1 for found, _ in zip(
            item.finditer(new, max(new_stop, begin), end), range(2), strict=False)]
        stop = back_over_comments(new, after[1] if len(after) == 2 else end, spaces)
        if len(after) < 2 and stop != end:
            return None  # comment lines now end the agreements: the head's text changed
        if open_end and any(odd in new[end:] for odd in UNUSUAL):
            return None  # a tab, a CR, a marker after them: read whole, as cut says
        if other.search(new, begin - 1, len(new) if open_end and len(after) < 2 else stop
                        ) is not None:
            return None  # a line that ends the agreements, or an odd item
        new_items = [found.start() + 1 for found in item.finditer(new, begin - 1, stop)]
        # The old region ends where the new one does, in the text both share; or, when
        # the region reaches the end of the agreements, where the old ones ended.
        old_stop = stop - shift if len(after) == 2 else old_end
        old_text = b"\n" + old.pread(old_stop - begin, begin)
    if len(old_text) != old_stop - begin + 1 or (not new_items and stop != begin):
        return None
    new_layout = chunked(new, new_items, begin, stop, spaces, 0)
    old_items = [found.start() + 1 for found in item.finditer(old_text)]
    old_layout = chunked(old_text, old_items, 1, len(old_text), spaces, 0)
    if new_layout is None or old_layout is None or (
            new_layout.end_line != old_layout.end_line and not open_end):
        return None  # text after the agreements moves: its records' lines change
    # The line the region starts on: counted when it is the section's first (the head is
    # small); else the caller knows it from its first agreement's stored line.
    line = new[:begin].count(b"\n") if begin == section else None
    region = Region(begin, line, old_layout, new_layout, shift)
    region.end = end
    if open_end:
        region.head = head_digest(bytes(new[start:section]), bytes(new[end:]), 0)
    return _same_ends(region, prefix, suffix)


def _same_ends(region: Region | None, prefix: int, suffix: int) -> Region | None:
    """``region``, saying how many bytes the old and new texts share at each end."""
    if region is not None:
        region.prefix, region.suffix = prefix, suffix
    return region


def _head_moved(new: Buffer, old: Any, start: int, section: int, shift: int, old_end: int,
                tail: bytes, open_end: bool) -> Region | None:
    """The region of an edit in the head alone (before ``agreements:``): when the head says
    what it said (comment or blank lines added or removed), an empty region after which
    every agreement moved, and the new lines of the head's records (``records``); else
    None (a changed head is read whole)."""
    new_before = bytes(new[start:section])
    if not open_end or any(odd in new_before + tail for odd in UNUSUAL) or (
            new_before[:3] in (b"---", b"...") or new_before[:1] == b"%"):
        return None  # records after the agreements (they move too), or an odd head
    old_before = old.pread(section - shift - start, start)
    end = old_end + shift
    found = [_head_records(before, tail, 0) for before in (old_before, new_before)]
    if found[0] is None or found[1] is None or found[0][0] != found[1][0]:
        return None
    empty = chunked(b"\n", [], 1, 1, b"", 0)
    assert empty is not None
    region = Region(section, None, empty, empty, shift)
    region.line_shift = new_before.count(b"\n") - old_before.count(b"\n")
    region.end, region.head = end, head_digest(new_before, tail, 0)
    region.records = found[1][1]
    return region


def _head_records(before: bytes, after: bytes, lines: int
                  ) -> tuple[object, list[tuple[str, str, int]]] | None:
    """What a head says (its schema and records, less their locations), and each
    record's (kind, id, line); None when it has a problem."""
    reader = NodeReader(before + after, "", gap=(before.count(b"\n"), lines))
    for _ in reader.items():
        pass
    if reader.problems or not isinstance(reader.root, Mapping):
        return None
    result = convert(reader.root, "", "")
    dataset = result.dataset
    if result.problems or dataset is None:
        return None
    said: list[object] = [dataset.version]
    records: list[tuple[str, str, int]] = []
    for kind, found in (("organizations", dataset.organizations), ("people", dataset.people),
                        ("events", dataset.events)):
        said.append([{k: v for k, v in record.items() if k[:1] != "_"} for record in found])
        records.extend((kind, str(record["id"]), int(record["_line"])) for record in found)
    return said, records


def _items_before(data: Buffer, at: int, section: int, spaces: bytes) -> int | None:
    """The second last item whose first line starts, with its dash, before ``at`` (the
    chunk before the one that changed); None when there is no such item."""
    mark = b"\n" + spaces + b"-"
    found: list[int] = []
    high = at - 1  # the mark and the space or line end after it, before ``at``
    while len(found) < 2:
        where = data.rfind(mark, section - 1, high)
        if where < 0:
            return None
        if data[where + len(mark):where + len(mark) + 1] in (b" ", b"\n"):
            found.append(where + 1)
        high = where + len(mark) - 1
    return found[-1]
