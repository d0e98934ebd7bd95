"""Where the knowledge base is: --data, CONV_DATA or the bundled folder, and its files as
they are now (name, stat, bytes and sha256, read only when asked for)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import DataError, UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: no typing at run time
    from typing import Any


class DataFile:
    """The knowledge base to read, and what to tell the user if it is not there."""

    def __init__(self, path: Path, given_by: str) -> None:
        self.path = path
        self.given_by = given_by  # "--data", "CONV_DATA" or "bundled"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, DataFile)
                and (self.path, self.given_by) == (other.path, other.given_by))

    def __hash__(self) -> int:
        return hash((self.path, self.given_by))

    def __repr__(self) -> str:
        return f"DataFile({self.path!r}, {self.given_by!r})"

    @property
    def missing_hint(self) -> str:
        if self.given_by == "bundled":
            return "the bundled knowledge base is missing; reinstall conv or pass --data PATH"
        if self.given_by == "CONV_DATA":
            return "check the CONV_DATA environment variable, or pass --data PATH"
        return "check the path given to --data"


def default_data_path() -> Path:
    """The bundled knowledge base, a folder: inside the installed package, or the
    checkout's data/."""
    package = Path(__file__).resolve().parent.parent
    bundled = package / "data"
    if bundled.is_dir():
        return bundled
    return package.parent.parent / "data"


def is_installed_copy(path: Path) -> bool:
    """The bundled base as installed inside the package (not a checkout's data/, which is
    the curators' own)."""
    installed = Path(__file__).resolve().parent.parent / "data"
    return installed.is_dir() and (path.resolve() == installed
                                   or path.resolve().parent == installed)


def resolve_data(option: str | None) -> DataFile:
    """--data, else $CONV_DATA, else the bundled file: the one place this is decided."""
    if option:
        return DataFile(Path(option).expanduser(), "--data")
    env = os.environ.get("CONV_DATA")
    if env is not None and not env.strip():
        # `export CONV_DATA="$TEAM_BASE"` with TEAM_BASE unset: answering from the bundled
        # base would pass its figures off as the team's, as `--data ""` would.
        raise UsageError("CONV_DATA is set but empty (an unset shell variable?); set it to "
                         "a YAML file or folder, or unset it (unset CONV_DATA) to read the "
                         "bundled base")
    if env:
        return DataFile(Path(env).expanduser(), "CONV_DATA")
    return DataFile(default_data_path(), "bundled")


class Snapshot:
    """One file of the base as it is now: its name in the base, path, stat; its bytes
    and their sha256 are read only when asked for, together and once."""

    def __init__(self, path: Path, st: os.stat_result) -> None:
        self.path, self.name, self.st = path, path.name, st
        self._data: Any = None
        self._sha256: str | None = None

    @property
    def data(self) -> Any:
        if self._data is None:
            from ..files import read_snapshot

            # Read once: the sha256 is that of the very bytes parsed (hashed when first
            # asked for, maybe by another thread while this one reads them).
            self._data, self._sha256 = read_snapshot(self.path, error=DataError,
                                                     hashed=False)
        return self._data

    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            import hashlib

            self._sha256 = hashlib.sha256(self.data).hexdigest()
        return self._sha256

    @property
    def hashed(self) -> str | None:
        """The sha256 if the file was read and hashed, else None (no reading)."""
        return self._sha256

    @property
    def read(self) -> bool:
        """Whether the file's bytes were read."""
        return self._data is not None

    def stat_row(self, now_ns: int) -> dict[str, Any]:
        """What the files table keeps of the stat: the size, and a digest of the times and
        inode (a database that gets published holds no trace of the curator's disk), or
        None when the file changed within RACY_NS of ``now_ns``: its stat may then be
        shared with the next edit (coarse timestamps), so it is never trusted."""
        st = self.st
        return {"size": st.st_size, "stat_key": stat_key(st, now_ns)}


# A file changed within this many ns of the cache build may share its stat with the old
# content (coarse timestamps, same-size edits): then we compare hashes, as git does.
RACY_NS = 2_000_000_000


def stat_key(st: os.stat_result, now_ns: int | None = None) -> str | None:
    """A digest of a file's times and inode: equal while the file is untouched, and
    nothing of the machine readable from it; None when racy with ``now_ns``."""
    if now_ns is not None and max(st.st_mtime_ns, st.st_ctime_ns) + RACY_NS >= now_ns:
        return None
    import hashlib

    raw = f"{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


YAML_SUFFIXES = (".yaml", ".yml")


def is_yaml_name(name: str) -> bool:
    """A file a folder base reads: ``*.yaml`` or ``*.yml`` whatever the case of the suffix
    (``2024.YAML`` as some Windows tools save it is one of them), not hidden. A hidden name is
    what editors and systems put beside the curators' files, never one of them: Emacs's
    lock while a file is edited (``.#2025.yaml``, a link to nothing), macOS's metadata on
    a shared or USB disk (``._2025.yaml``, binary)."""
    return name.lower().endswith(YAML_SUFFIXES) and not name.startswith(".")


def yaml_files(folder: Path) -> list[Path]:
    """The ``*.yaml`` and ``*.yml`` files of a folder base (hidden ones aside), sorted by
    name."""
    return sorted(p for p in folder.iterdir() if is_yaml_name(p.name) and p.is_file())


def is_part_of_base(data: DataFile, path: Path) -> bool:
    """Whether writing ``path`` would replace the knowledge base itself: its file (by any
    name or link), or a ``*.yaml`` in its folder, which the next run would read as part of
    it."""
    try:
        base = data.path.resolve()
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links: not the base, the write says why
        return False
    if target == base:
        return True
    if base.is_dir():
        return target.parent == base and is_yaml_name(target.name)
    try:
        return os.path.samefile(target, base)
    except OSError:
        return False


def snapshots(data: DataFile) -> list[Snapshot]:
    """The base's files: the data file, or every ``*.yaml`` and ``*.yml`` of the data
    folder (not its subfolders, not hidden ones), sorted by name."""
    try:
        st = os.stat(data.path)
    except FileNotFoundError:
        raise DataError(f"{data.path}: no such file; {data.missing_hint}") from None
    except OSError as exc:
        raise DataError(f"{data.path}: cannot be read ({exc.strerror})") from None
    if not stat.S_ISDIR(st.st_mode):
        return [Snapshot(data.path, st)]
    try:
        named = sorted((e.name, e) for e in os.scandir(data.path) if is_yaml_name(e.name))
        entries = [(name, e) for name, e in named if e.is_file()]
    except OSError as exc:
        raise DataError(f"{data.path}: cannot be read ({exc.strerror})") from None
    # A link whose file is gone would silently drop a part of the base: say so
    broken = [name for name, e in named if e.is_symlink() and not os.path.exists(e.path)]
    if broken:
        raise DataError(f"{data.path / broken[0]}: a link to a file that does not exist; "
                        "restore the file or remove the link")
    # Nor is a device or a pipe named like one of its files left out without a word (the
    # folder then said it had no YAML file at all); a subfolder is not part of the base.
    try:
        odd = [name for name, e in named if not e.is_file() and not e.is_dir()
               and name not in broken]
    except OSError as exc:
        raise DataError(f"{data.path}: cannot be read ({exc.strerror})") from None
    if odd:
        raise DataError(f"{data.path / odd[0]}: not a regular file (a device, a pipe or a "
                        "socket), so conv cannot read it as part of the base; move it out of "
                        "the folder or rename it")
    if not entries:
        raise DataError(f"{data.path}: no *.yaml or *.yml file in this folder; put the knowledge "
                        "base's files there, or pass one file")
    found = [Snapshot(data.path / name, entry.stat()) for name, entry in entries]
    # One file under two names (a link beside its file): every record would be read twice,
    # each a duplicate of itself
    seen: dict[tuple[int, int], str] = {}
    for snapshot in found:
        first = seen.setdefault((snapshot.st.st_dev, snapshot.st.st_ino), snapshot.name)
        if first != snapshot.name:
            raise DataError(f"{snapshot.path}: the same file as {data.path / first} (a link), "
                            "so the base would hold each of its records twice; remove the "
                            "link, or move it out of the folder")
    return found


def base_files(data: DataFile, files: list[Snapshot]) -> list[Any]:
    """The base's files as the loader reads them, each named as its problems say."""
    return [BaseFile(f.data, display_path(f.path), f.name) for f in files]


class BaseFile:
    """One file of a base: its bytes (a memory map for files on disk), the name its
    problems give (``source``) and its name in the base's folder (``name``)."""

    def __init__(self, data: Any, source: str, name: str) -> None:
        self.data, self.source, self.name = data, source, name


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative
