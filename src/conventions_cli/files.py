"""Reading a user's file, and the one way conv writes a file: whole or not at all."""

from __future__ import annotations

import contextlib
import mmap
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import ConvError


def read_file(path: str | Path, *, error: type[ConvError] = ConvError,
              missing: str = "", directory: str = "") -> bytes:
    """The file's bytes; ``missing`` and ``directory`` say what to do in those cases."""
    data: bytes = _reading(path, lambda: Path(path).read_bytes(), error, missing, directory)
    return data


def map_file(path: str | Path, *, error: type[ConvError] = ConvError) -> Any:
    """The file's bytes as a read-only memory map (b"" when empty): read as they are
    needed, never copied whole into memory."""
    def mapped() -> Any:
        with Path(path).open("rb") as handle:
            try:
                return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError:  # an empty file cannot be mapped
                return b""
    return _reading(path, mapped, error, "", "")


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
