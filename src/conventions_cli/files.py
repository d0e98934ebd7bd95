"""Reading a user's file, and the one way conv writes a file: whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import mmap
import os
import re
import shlex
import signal
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

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


def read_snapshot(path: str | Path, *, error: type[ConvError] = ConvError,
                  hashed: bool = True) -> tuple[Any, str | None]:
    """A regular file's bytes as they were when read, and their sha256: the bytes are
    read once, and what is hashed is what is parsed, even if the file is rewritten
    meanwhile. Small files are read into memory; larger ones are copied, a piece at a
    time, into a private temporary file (gone when closed, even if conv is killed) and
    mapped, so that nobody can change or shorten them under the reader. ``hashed=False``:
    bytes in memory are not hashed here (None; the caller hashes them when it needs to).
    """
    def read() -> tuple[Any, str | None]:
        with _open_regular(path, error, "") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size <= IN_MEMORY_BYTES:
                data = _read_all(handle, path, error)
                return data, hashlib.sha256(data).hexdigest() if hashed else None
            return _private_copy(handle, path, error)
    found: tuple[Any, str | None] = _reading(path, read, error, "", "")
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
    """The whole file, up to MAX_READ_BYTES. A read of n bytes reserves n bytes at once,
    so the file is read at its size (plus one byte, to see it grew), never at the bound:
    a reservation of the bound fails where memory is limited (ulimit -v). What it grew
    by while read is read a piece at a time, within the bound."""
    size = os.fstat(handle.fileno()).st_size
    data = handle.read(min(size, MAX_READ_BYTES) + 1)
    if len(data) <= min(size, MAX_READ_BYTES):
        return data
    pieces, total = [data], len(data)
    while total <= MAX_READ_BYTES and (piece := handle.read(STEP)):
        pieces.append(piece)
        total += len(piece)
    if total > MAX_READ_BYTES:  # it grew while read
        raise _too_large(path, error)
    return b"".join(pieces)


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
    """A file cannot be written (read-only, a folder that is missing or full): nothing
    was changed."""

    def __init__(self, message: str, strerror: str | None) -> None:
        super().__init__(message)
        self.strerror = strerror


def write_failed(path: str | Path, exc: OSError, stream: bool = False) -> WriteError:
    """One line for a write that failed: the file, why, what to do; a file is as it was
    (a FIFO or device may have been given part of the output)."""
    reason = exc.strerror or str(exc)
    hint = ("free some space and run again" if exc.errno in (errno.ENOSPC, errno.EDQUOT)
            else "check the folder's permissions" if exc.errno in (
                errno.EACCES, errno.EPERM, errno.EROFS) else "run again")
    kept = "the output is incomplete" if stream else "nothing was changed"
    return WriteError(f"{path}: cannot be written ({reason}); {kept}; {hint}", exc.strerror)


# Test hooks: ``on_checkpoint(name, path)`` is called at each named point of a write
# ("read", "lock-wait", "indexing", "written", "replaced"), and CONV_TEST_KILL_AT=NAME
# makes the process kill itself there (SIGKILL), so races and crashes are reproduced
# exactly.
on_checkpoint: Callable[[str, Path], None] | None = None


def checkpoint(name: str, path: Path) -> None:
    if on_checkpoint is not None:
        on_checkpoint(name, path)
    if os.environ.get("CONV_TEST_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


# conv's own temporary files and folders: "." + the name of what they become + "-" +
# eight random characters + ".tmp" (and SQLite's "-journal" beside one).
TEMP_NAME = re.compile(r"\.(?P<target>.+)-[a-z0-9_]{8}\.tmp(?:-journal)?\Z")


def temp_target(name: str) -> str | None:
    """The name of the file a temporary file of conv's named ``name`` was to become."""
    found = TEMP_NAME.match(name)
    return found.group("target") if found else None


def real_path(path: Path) -> Path:
    """The file a write to ``path`` changes: a symbolic link is followed (and kept)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def names_folder(text: str | None) -> bool:
    """Whether an output typed as ``text`` names a folder by its trailing slash (``d.csv/``),
    which a Path drops: the folder meant, whether or not it exists yet."""
    return text is not None and text.endswith(("/", os.sep))


def is_stream(path: Path) -> bool:
    """``path`` is written into, never replaced: an existing FIFO, device node or socket,
    or a name in /dev or /proc (/dev/stdout, /dev/fd/3), even through symbolic links."""
    hop = os.path.abspath(path)
    for _ in range(40):
        if hop.startswith(("/dev/", "/proc/")):
            return True
        if not os.path.islink(hop):
            break
        hop = os.path.join(os.path.dirname(hop), os.readlink(hop))
    try:
        st = os.stat(path)
    except OSError:
        return False
    return not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode))


def refuse_read_only(path: Path, shown: str | Path | None = None) -> None:
    """A file whose permissions say read-only is left as it is, even for root."""
    try:
        st = os.stat(path)
    except OSError:
        return
    if stat.S_ISREG(st.st_mode) and (not st.st_mode & 0o222 or not os.access(path, os.W_OK)):
        shown = shown or path
        # The command is for pasting into a shell: a path with spaces or quotes quoted.
        raise WriteError(f"{shown} is read-only, so conv leaves it as it is; make it "
                         f"writable with chmod u+w {shlex.quote(str(shown))}", None)


STALE_SECONDS = 3600  # a younger temporary file may be another run's, still being written


def remove_leftovers(path: Path, age: float = 0) -> None:
    """conv's own temporary copies of ``path`` left by a killed run, ``age`` seconds old:
    ".NAME-XXXXXXXX.tmp" beside it, nothing else."""
    cutoff = time.time() - age
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            if temp_target(entry.name) == path.name and entry.is_file():
                with contextlib.suppress(OSError):
                    if not age or entry.stat().st_mtime < cutoff:
                        entry.unlink()


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: Path, check: Callable[[], None] | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` to write; on success it replaces ``path`` in one
    step (os.replace), keeping the permissions and owner ``path`` had (through a symbolic
    link: the file it points to is replaced, the link stays); on any failure or Ctrl-C it
    is removed (with an SQLite journal left beside it), and ``path`` is as it was.
    ``check()``, called last before the move, may raise to call it off."""
    path = real_path(path)
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
            st = path.stat()
            mode = st.st_mode & 0o7777
            with contextlib.suppress(OSError):
                if (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
                    os.chown(tmp, st.st_uid, st.st_gid)
        except OSError:
            mode = 0o666 & ~current_umask()
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        checkpoint("written", path)
        if check is not None:
            check()
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise write_failed(path, exc) from None
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """``open(path, mode)`` for writing, through ``atomic_path``: readers see the old file
    or the new one, never half of one; a read-only file is refused. A FIFO, a device or
    /dev/stdout is written into instead (it cannot be replaced). Text is UTF-8 and line
    ends are the writer's. A failed write (a full disk) is one WriteError line."""
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
        kwargs.setdefault("newline", "")
    stream = is_stream(path)
    try:
        if stream:
            with open(path, mode.replace("w", "a"), **kwargs) as handle:
                yield handle
            return
        refuse_read_only(real_path(path), path)
        remove_leftovers(real_path(path), STALE_SECONDS)
        with atomic_path(path) as tmp, open(tmp, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise write_failed(path, exc, stream) from None


# --- editing a file in place: one conv writer at a time, and never over another save ---

T = TypeVar("T")
EDIT_ATTEMPTS = 3


def lock_path(path: Path) -> Path:
    """The lock file conv creates beside a file it edits (".NAME.lock"), and leaves there."""
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def locked(path: Path, shown: str | Path) -> Iterator[None]:
    """Hold the lock beside ``path``: another conv editing the same file waits its turn
    (saying so once). The lock goes with the process, even one killed with kill -9."""
    lock = lock_path(path)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except PermissionError:
        try:
            fd = os.open(lock, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as exc:
            raise write_failed(lock, exc) from None
    except OSError as exc:
        raise write_failed(lock, exc) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            checkpoint("lock-wait", path)
            print(f"conv: waiting for another conv that is writing {shown}", file=sys.stderr)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock




def _version(path: Path) -> tuple[int, ...]:
    """What identifies the file's content as it is now (a save by rename changes the
    inode; an edit in place the size, modification time or change time)."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class _Changed(Exception):
    """The file changed after conv read it: the edit is made again on its new content."""


def edit_file(path: Path, change: Callable[[bytes], tuple[bytes | None, T]], *,
              error: type[ConvError] = ConvError, missing: str = "",
              directory: str = "") -> T:
    """Replace the file at ``path`` with ``change(its bytes)`` (None: leave it), atomically;
    returns what ``change`` says. conv's own writers take turns (a lock file beside it), and
    a save by another program between the read and the replace is never overwritten: the
    edit is made again on what was saved (or, if the file keeps changing, refused).
    Through a symbolic link the file it points to is edited and the link kept; a read-only
    file is refused with one line."""
    shown = path
    target = real_path(path)
    if target.exists() and not target.is_dir() and is_stream(target):
        raise error(f"{shown} is not a regular file; conv edits a YAML file in place")
    refuse_read_only(target, shown)
    if not target.exists() or target.is_dir():
        read_file(target, error=error, missing=missing, directory=directory)
    with locked(target, shown):
        remove_leftovers(target)  # no other conv is writing it: the lock is ours
        for _attempt in range(EDIT_ATTEMPTS):
            before = _reading(shown, lambda: _version(target), error, missing, directory)
            data = read_file(target, error=error, missing=missing, directory=directory)
            checkpoint("read", target)
            new, result = change(data)
            if new is None:
                return result
            try:
                _replace(target, new, before, data)
            except _Changed:
                print(f"conv: {shown} was saved by another program meanwhile; making the "
                      "edit again on what was saved", file=sys.stderr)
                continue
            checkpoint("replaced", target)
            return result
    raise error(f"{shown} kept changing while conv was editing it; nothing was changed by "
                "conv: run the command again once the other program has saved it")


def _replace(target: Path, new: bytes, before: tuple[int, ...], data: bytes) -> None:
    """Write ``new`` beside ``target`` and move it into place, unless ``target`` is no longer
    the file that was read (checked last, just before the move)."""
    def unchanged() -> None:
        if _version(target) != before or _digest(target) != hashlib.sha256(data).digest():
            raise _Changed

    try:
        with atomic_path(target, unchanged) as tmp, open(tmp, "wb") as handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        raise _Changed from None  # the file was moved away meanwhile: read it again
    except OSError as exc:
        raise write_failed(target, exc) from None


def _digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.digest()
