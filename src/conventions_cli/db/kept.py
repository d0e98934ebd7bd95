"""The bytes each file of the base had at the last build or update, kept beside the
database: what the next update compares the file with (base/splice.py).

A build keeps them whole (``snapshot-`` and their sha256, place.write_snapshot). An update
keeps the new bytes as pieces: the spans of a whole copy kept earlier that the file still
has, and the bytes its edits wrote (``snapshot-SHA256.pieces``: a few kilobytes, where a
whole copy is as large as the file), until the edits' bytes outgrow ``WHOLE_AFTER``, when
they are kept whole again.
"""

from __future__ import annotations

import bisect
import contextlib
import marshal
import os
import re
from pathlib import Path

from .place import snapshot_path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeAlias

    # A span (start, stop) of the whole copy, or bytes an edit wrote.
    Piece: TypeAlias = "tuple[int, int] | bytes"

# Bytes written by edits, or pieces, kept before the file is kept whole again.
WHOLE_AFTER = 1 << 20
MOST_PIECES = 1000

_SNAPSHOT = re.compile(r"(\.?)snapshot-([0-9a-f]{64})(\.pieces)?(\.tmp)?\Z")


def pieces_path(folder: Path, sha256: str) -> Path:
    return folder / f"snapshot-{sha256}.pieces"


class Kept:
    """A file's old bytes, read by offset: a whole copy (open at ``fd``, named ``base``),
    or ``pieces`` of one. ``with`` closes it."""

    def __init__(self, fd: int, base: str, pieces: list[Piece]) -> None:
        self.fd, self.base, self.pieces = fd, base, pieces
        self.starts = []
        at = 0
        for piece in pieces:
            self.starts.append(at)
            at += len(piece) if isinstance(piece, bytes) else piece[1] - piece[0]
        self.size = at

    def __enter__(self) -> Kept:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def pread(self, count: int, offset: int) -> bytes:
        """``count`` bytes from ``offset`` (fewer at the end); OSError if the whole copy
        was shortened."""
        count = max(0, min(count, self.size - offset))
        parts = []
        index = bisect.bisect_right(self.starts, offset) - 1
        while count > 0:
            piece, skip = self.pieces[index], offset - self.starts[index]
            if isinstance(piece, bytes):
                part = piece[skip:skip + count]
            else:
                want = min(count, piece[1] - piece[0] - skip)
                part = os.pread(self.fd, want, piece[0] + skip)
                if len(part) != want:
                    raise OSError("the kept copy was shortened")
            parts.append(part)
            offset, count, index = offset + len(part), count - len(part), index + 1
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def span(self, start: int, stop: int) -> list[Piece]:
        """The pieces of bytes ``start`` to ``stop``."""
        found: list[Piece] = []
        index = bisect.bisect_right(self.starts, start) - 1
        while start < stop and index < len(self.pieces):
            piece, skip = self.pieces[index], start - self.starts[index]
            length = len(piece) if isinstance(piece, bytes) else piece[1] - piece[0]
            take = min(length - skip, stop - start)
            if take > 0:
                found.append(piece[skip:skip + take] if isinstance(piece, bytes)
                             else (piece[0] + skip, piece[0] + skip + take))
            start, index = start + take, index + 1
        return found


def open_kept(folder: Path, sha256: str) -> Kept:
    """The bytes kept for ``sha256``; OSError when there are none (or they cannot be
    read): the caller then reads the whole file."""
    try:
        fd = os.open(snapshot_path(folder, sha256), os.O_RDONLY)
    except FileNotFoundError:
        pass
    else:
        return Kept(fd, sha256, [(0, os.fstat(fd).st_size)])
    base, pieces = _read_pieces(pieces_path(folder, sha256))
    return Kept(os.open(snapshot_path(folder, base), os.O_RDONLY), base, pieces)


def _read_pieces(path: Path) -> tuple[str, list[Piece]]:
    try:
        base, pieces = marshal.loads(path.read_bytes())
        if not isinstance(base, str) or not _SNAPSHOT.fullmatch(f"snapshot-{base}") or not all(
                isinstance(p, bytes) or (isinstance(p, tuple) and len(p) == 2 and all(
                    isinstance(n, int) for n in p) and 0 <= p[0] <= p[1]) for p in pieces):
            raise ValueError
    except (ValueError, EOFError, TypeError) as exc:
        raise OSError(f"{path.name}: not what conv keeps") from exc
    return base, pieces


def as_pieces(old: Kept, prefix: int, suffix: int, new: Any) -> tuple[str, list[Piece]] | None:
    """The pieces of ``new``, which has the first ``prefix`` and the last ``suffix`` bytes
    of ``old``: (the whole copy they refer to, the pieces); None when it is time to keep
    it whole."""
    pieces: list[Piece] = []
    for piece in [*old.span(0, prefix), bytes(new[prefix:len(new) - suffix]),
                  *old.span(old.size - suffix, old.size)]:
        if pieces and isinstance(piece, bytes) and isinstance(pieces[-1], bytes):
            pieces[-1] += piece
        elif piece:
            pieces.append(piece)
    written = sum(len(piece) for piece in pieces if isinstance(piece, bytes))
    if written > WHOLE_AFTER or len(pieces) > MOST_PIECES:
        return None
    return old.base, pieces


def write_pieces(folder: Path, sha256: str, base: str, pieces: list[Piece]) -> bool:
    """Keep the bytes of ``sha256`` as ``pieces`` of the whole copy ``base``; whether it
    was written now (not there already)."""
    final = pieces_path(folder, sha256)
    if final.exists() or snapshot_path(folder, sha256).exists():
        return False
    tmp = folder / f".{final.name}.tmp"
    try:
        tmp.write_bytes(marshal.dumps((base, pieces)))
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return True


def keep_snapshots(folder: Path, sha256s: set[str]) -> None:
    """Remove the kept bytes no file of the base has any more (ours only): the whole
    copies neither named in ``sha256s`` nor a kept piece's, and the unfinished ones."""
    with contextlib.suppress(OSError):
        found = [(path, match) for path in folder.iterdir()
                 if (match := _SNAPSHOT.match(path.name))]
        needed = set(sha256s)
        for path, match in found:
            if match.group(3) and not (match.group(1) or match.group(4)) and \
                    match.group(2) in sha256s:
                with contextlib.suppress(OSError):
                    needed.add(_read_pieces(path)[0])
        for path, match in found:
            wanted = sha256s if match.group(3) else needed
            if match.group(1) or match.group(4) or match.group(2) not in wanted:
                with contextlib.suppress(OSError):
                    path.unlink()
