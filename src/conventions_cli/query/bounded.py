"""A query that cannot run away: a limit on the processor time it takes, a bound on the
memory SQLite may use, and Ctrl-C that stops it at once (SQLite runs in C, where Python's
own Ctrl-C handler is not called until the query ends)."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import time
from collections.abc import Iterator

from ..errors import QueryError, UsageError

# Processor seconds a query may take (CONV_TIME_LIMIT; 0: no limit). A query over the
# whole of a large base takes well under a second.
DEFAULT_TIME_LIMIT = 10.0
# What SQLite may allocate, for every connection of the process (sorts and joins spill to
# temporary files before this).
HEAP_LIMIT = 1 << 30
# SQLite's virtual machine instructions between two looks at the clock and at Ctrl-C.
STEPS = 20_000


def time_limit() -> float:
    text = os.environ.get("CONV_TIME_LIMIT", "")
    if not text.strip():
        return DEFAULT_TIME_LIMIT
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:  # also NaN
        raise UsageError(f"CONV_TIME_LIMIT={text[:20]!r} is not a number of seconds; "
                         "set it to e.g. 30, or 0 for no limit")
    return value


class Bound:
    """While in force: ``stopped`` says why SQLite was told to stop (None: it was not)."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.deadline = time.process_time() + limit if limit else None
        self.interrupted = False
        self.stopped: str | None = None

    def check(self) -> int:
        if self.interrupted:
            self.stopped = "interrupted"
        elif self.deadline is not None and time.process_time() > self.deadline:
            self.stopped = "time"
        return 1 if self.stopped else 0

    def failure(self) -> BaseException | None:
        """What to raise for a query SQLite stopped (after the Ctrl-C handler is back)."""
        if self.stopped == "time":
            shown = f"{self.limit:g}"
            return QueryError(f"the query ran past its time limit ({shown} s of processor "
                              "time) and was stopped; narrow it, or set CONV_TIME_LIMIT="
                              "SECONDS (0: no limit)")
        return None


@contextlib.contextmanager
def bounded(conn: sqlite3.Connection) -> Iterator[Bound]:
    """Run queries on ``conn`` within the limits; Ctrl-C during them stops the query and
    then reaches the program's own handler (conv: interrupted, exit 130)."""
    bound = Bound(time_limit())
    with contextlib.suppress(sqlite3.DatabaseError):
        conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT}")
    previous = None
    with contextlib.suppress(ValueError):  # not the main thread: not ours to catch
        previous = signal.signal(signal.SIGINT, lambda *_: setattr(bound, "interrupted", True))
    conn.set_progress_handler(bound.check, STEPS)
    try:
        yield bound
    finally:
        conn.set_progress_handler(None, 0)
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
            if bound.interrupted:
                # Now that the query has stopped: as if Ctrl-C came just now.
                handler = previous if callable(previous) else signal.default_int_handler
                handler(signal.SIGINT, None)
