"""A second process for reading a large file: the later part of its agreements parsed in
a fork, while this process reads the first part, and handed back in file order.

The fork writes what it read to an unlinked temporary file (plain data, marshal) and this
process reads it once done with its own part, so the records reach the database in the
same order as from one process, and the database is the same, byte for byte. Anything
unusual in the fork (an error, Ctrl-C, the parent gone) ends it, and the caller reads that
part itself.
"""

from __future__ import annotations

import marshal
import os
import signal
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

BATCH = 256


def available() -> bool:
    """Two processors to run on, and a fork to run with."""
    if not hasattr(os, "fork"):
        return False
    try:
        return len(os.sched_getaffinity(0)) > 1
    except AttributeError:  # pragma: no cover - not Linux
        return (os.cpu_count() or 1) > 1


class Failed(Exception):
    """The fork did not read its part to the end (``code``: its exit code)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Fork:
    """``produce()`` run in a forked process; ``results()`` gives what it yielded."""

    def __init__(self, produce: Callable[[], Iterator[Any]],
                 codes: dict[type[BaseException], int] | None = None) -> None:
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        parent = os.getpid()
        self.pid: int | None = os.fork()
        if self.pid == 0:
            self._child(produce, parent, codes or {})

    def _child(self, produce: Callable[[], Iterator[Any]], parent: int,
               codes: dict[type[BaseException], int]) -> None:
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it at once
            batch: list[Any] = []
            for item in produce():
                batch.append(item)
                if len(batch) >= BATCH:
                    self._write(batch)
                    batch.clear()
                    if os.getppid() != parent:
                        break  # nobody to read it
            else:
                self._write(batch)
                self.file.flush()
                code = 0
        except BaseException as exc:  # noqa: BLE001 - the fork must end here, whatever
            code = next((c for kind, c in codes.items() if isinstance(exc, kind)), 1)
        finally:
            os._exit(code)  # no atexit, no flushing of what the parent owns

    def _write(self, batch: list[Any]) -> None:
        # Each batch's size first: marshal.loads of bytes is several times faster than
        # marshal.load from a file, which reads it piece by piece.
        blob = marshal.dumps(batch)
        self.file.write(len(blob).to_bytes(8, "little"))
        self.file.write(blob)

    def results(self) -> Iterator[Any]:
        """Once the fork is done: what it yielded, in order; Failed if it did not end well."""
        assert self.pid is not None
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise Failed(code)
        self.file.seek(0)
        read = self.file.read
        while size := read(8):
            yield from marshal.loads(read(int.from_bytes(size, "little")))

    def close(self) -> None:
        """End the fork if it still runs (an error or Ctrl-C here), and its file."""
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:  # pragma: no cover - already gone
                pass
            self.pid = None
        self.file.close()
