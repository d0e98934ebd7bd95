"""Whether a cached database still answers for the base: a pure decision, from what the
cache stores and what the files are now (as beancount's ``needs_refresh``).

No file is opened here. The caller gives each file's stat and, when asked for
(``Decision.action == "hash"``), its sha256, then asks again.
"""

from __future__ import annotations


class StoredFile:
    """One file as the cache was built from it."""

    __slots__ = ("sha256", "size", "stat_key")

    def __init__(self, size: int, stat_key: str | None, sha256: str | None) -> None:
        # stat_key: a digest of the times and inode; None when the file changed near the
        # build (coarse timestamps): then its stat is never trusted.
        self.size, self.stat_key, self.sha256 = size, stat_key, sha256


class Stored:
    """What a cache says it was built from: by which layout and conv, when, and its files
    by name (name -> StoredFile)."""

    __slots__ = ("built_at_ns", "files", "layout", "tool_version")

    def __init__(self, layout: str | None, tool_version: str | None, built_at_ns: int,
                 files: dict[str, StoredFile]) -> None:
        self.layout, self.tool_version = layout, tool_version
        self.built_at_ns, self.files = built_at_ns, files


class Current:
    """One file of the base as it is now: its stat, and its sha256 once read (else None)."""

    __slots__ = ("name", "sha256", "size", "stat_key")

    def __init__(self, name: str, size: int, stat_key: str | None, sha256: str | None = None
                 ) -> None:
        self.name, self.size, self.stat_key, self.sha256 = name, size, stat_key, sha256


class Decision:
    """What to do: ``fresh`` (answer from the cache), ``hash`` (give the sha256 of
    ``names`` and ask again), ``record`` (same bytes, new stat for ``names``: answer, and
    store the stat), ``update`` (``names`` were edited), ``rebuild`` (``reason``)."""

    __slots__ = ("action", "names", "reason")

    def __init__(self, action: str, names: tuple[str, ...] = (), reason: str = "") -> None:
        self.action, self.names, self.reason = action, names, reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Decision) and (self.action, self.names) == (
            other.action, other.names)

    def __hash__(self) -> int:
        return hash((self.action, self.names))

    def __repr__(self) -> str:
        return f"Decision({self.action!r}, {self.names!r}, {self.reason!r})"


def same_stat(stored: StoredFile, now: Current) -> bool:
    """The file is as it was built, by its stat alone: never for a file changed near the
    build (its key is then None), and ctime and inode too (os.utime can put an edited
    file's mtime back, not its ctime)."""
    return stored.stat_key is not None and (stored.size, stored.stat_key) == (
        now.size, now.stat_key)


def needs_refresh(stored: Stored | None, current: list[Current], *, layout: str,
                  version: str) -> Decision:
    """What to do with a cache that stores ``stored`` (None: no readable cache) for the
    files ``current``, by a conv of ``version`` whose tables have ``layout``."""
    if stored is None:
        return Decision("rebuild", reason="no cache")
    if stored.layout != layout or stored.tool_version != version:
        return Decision("rebuild", reason="built by another conv")
    if not stored.files or set(stored.files) != {f.name for f in current}:
        return Decision("rebuild", reason="other files")
    changed = [f for f in current if not same_stat(stored.files[f.name], f)]
    if not changed:
        return Decision("fresh")
    # Another size is another content; the same size needs the bytes to tell.
    unhashed = tuple(f.name for f in changed
                     if f.sha256 is None and f.size == stored.files[f.name].size)
    if unhashed:
        return Decision("hash", unhashed)
    edited = tuple(f.name for f in changed if f.size != stored.files[f.name].size
                   or f.sha256 != stored.files[f.name].sha256)
    if edited:
        return Decision("update", edited)
    return Decision("record", tuple(f.name for f in changed))
