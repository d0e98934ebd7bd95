"""Reading a user's file, and the one way conv writes a file: whole or not at all."""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import ConvError

# The largest file conv reads (a base of a million agreements is about 1 GB): a file
# that keeps growing, or the wrong file, is refused rather than read without end.
MAX_READ_BYTES = 4 << 30
# Files up to this size are read into memory; larger ones are copied to a private
# temporary file that is mapped (read as needed, not held whole in memory).
IN_MEMORY_BYTES = 256 << 20
STEP = 8 << 20

_KINDS = {stat.S_IFIFO: "a named pipe", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device",
          stat.S_IFSOCK: "a socket"}


def read_file(path: str | Path, *, error: type[ConvError] = ConvError,
              missing: str = "", directory: str = "") -> bytes:
    """The bytes of a regular file; ``missing`` and ``directory`` say what to do in those
    cases. A pipe, a device or a file past MAX_READ_BYTES is refused, never waited on."""
    def whole() -> bytes:
        with _open_regular(path, error, directory) as handle:
            return _read_all(handle, path, error)
    data: bytes = _reading(path, whole, error, missing, directory)
    return data


def read_snapshot(path: str | Path, *, error: type[ConvError] = ConvError) -> tuple[Any, str]:
    """A regular file's bytes as they were when read, and their sha256: the bytes are
    read once, and what is hashed is what is parsed, even if the file is rewritten
    meanwhile. Small files are read into memory; larger ones are copied, a piece at a
    time, into a private temporary file (gone when closed, even if conv is killed) and
    mapped, so that nobody can change or shorten them under the reader."""
    def read() -> tuple[Any, str]:
        with _open_regular(path, error, "") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size <= IN_MEMORY_BYTES:
                data = _read_all(handle, path, error)
                return data, hashlib.sha256(data).hexdigest()
            return _private_copy(handle, path, error)
    found: tuple[Any, str] = _reading(path, read, error, "", "")
    return found


def map_file(path: str | Path, *, error: type[ConvError] = ConvError) -> Any:
    """The file's bytes, read once (see read_snapshot)."""
    return read_snapshot(path, error=error)[0]


def _reading(path: str | Path, read: Any, error: type[ConvError], missing: str,
             directory: str) -> Any:
    def fail(what: str, hint: str = "") -> ConvError:
        return error(f"{path}: {what}" + (f"; {hint}" if hint else ""))

    try:
        return read()
    except FileNotFoundError:
        raise fail("no such file", missing) from None
    except IsADirectoryError:
        raise fail("is a directory", directory) from None
    except PermissionError:
        raise fail("permission denied", "check the file's permissions") from None
    except OSError as exc:
        raise fail(f"cannot be read ({exc.strerror or exc})") from None


def _too_large(path: str | Path, error: type[ConvError]) -> ConvError:
    return error(f"{path}: larger than {MAX_READ_BYTES >> 30} GiB; split the knowledge "
                 "base into a folder of files, or check that this is the right file")


def _open_regular(path: str | Path, error: type[ConvError], directory: str) -> IO[bytes]:
    """The file opened for reading, after checking it is a regular file: opening does not
    wait on a pipe's writer (O_NONBLOCK), and reading does not start unless it is one."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(st.st_mode):
            kind = _KINDS.get(stat.S_IFMT(st.st_mode), "not a regular file")
            raise error(f"{path}: {kind}, not a file conv can read; give a YAML file "
                        "(or a folder of them)")
        if st.st_size > MAX_READ_BYTES:
            raise _too_large(path, error)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_all(handle: IO[bytes], path: str | Path, error: type[ConvError]) -> bytes:
    data = handle.read(MAX_READ_BYTES + 1)
    if len(data) > MAX_READ_BYTES:  # it grew while read
        raise _too_large(path, error)
    return data


def _private_copy(handle: IO[bytes], path: str | Path, error: type[ConvError]
                  ) -> tuple[Any, str]:
    digest = hashlib.sha256()
    copy = tempfile.TemporaryFile()  # noqa: SIM115 - kept open by its map
    try:
        total = 0
        while piece := handle.read(STEP):
            total += len(piece)
            if total > MAX_READ_BYTES:
                raise _too_large(path, error)
            digest.update(piece)
            copy.write(piece)
        copy.flush()
        mapped = mmap.mmap(copy.fileno(), 0, access=mmap.ACCESS_READ) if total else b""
    finally:
        copy.close()  # the map keeps the file alive, unnamed
    return mapped, digest.hexdigest()


class WriteError(ConvError):
    """The folder of a file to write cannot be written (read-only, missing, full)."""

    def __init__(self, message: str, strerror: str | None) -> None:
        super().__init__(message)
        self.strerror = strerror


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write; on success it replaces ``path`` in one
    step (os.replace), keeping the permissions ``path`` had; on any failure or Ctrl-C it is
    removed (with an SQLite journal left beside it), and ``path`` is as it was."""
    folder = path.parent
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}-", suffix=".tmp")
    except OSError as exc:
        raise WriteError(f"{path}: cannot write in {folder} ({exc.strerror})",
                         exc.strerror) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        try:
            mode = path.stat().st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_umask()
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """``open(path, mode)`` for writing, through ``atomic_path``: readers see the old file
    or the new one, never half of one. Text is UTF-8 and line ends are the writer's."""
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
        kwargs.setdefault("newline", "")
    with atomic_path(path) as tmp, open(tmp, mode, **kwargs) as handle:
        yield handle
