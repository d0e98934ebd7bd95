"""The package's own exceptions: cli/failures.py turns each into one stderr line and an exit
code."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing only: errors.py is imported on every call
    import sqlite3


class ConvError(Exception):
    """A problem the user can fix; never shown as a traceback.

    ``details`` are located lines (``file:line:col: message``) printed as they are,
    before the one-line summary.
    """

    exit_code = 1

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []

    def lines(self) -> list[str]:
        """What stderr shows: the located lines, then one 'conv: error:' line."""
        return [*self.details, f"conv: error: {self}"]


class DataError(ConvError):
    """The data file is missing, unreadable or invalid."""


class NotFound(ConvError):
    """An id that is not in the knowledge base."""


class NothingMatched(ConvError):
    """Filters that select nothing to draw or export into a file: an empty picture or
    export is never written, nor an earlier file replaced by one. ``selection`` says what
    matched nothing (Filters.matched_nothing)."""

    def __init__(self, selection: str, output: object) -> None:
        super().__init__(f"{selection}, so nothing was written to {output}; widen the "
                         "filters (conv list takes the same ones and shows what they match)")


class UsageError(ConvError):
    """A bad option value that the option parser could not catch."""

    exit_code = 2


class QueryError(ConvError):
    """A query that SQLite refused (bad SQL, a write in read-only mode)."""


class Interrupted(BaseException):
    """Ctrl-C, raised past Typer's click (which would turn KeyboardInterrupt into exit 1)."""


class PipeClosed(BaseException):
    """The reader of stdout went away (conv list | head -1): stop quietly, exit 0."""


# SQLite's primary result codes that mean the disk, not the database: full, I/O error,
# cannot open, read-only; and its messages for them (Python 3.10 has no code).
_DISK_CODES = {13, 10, 14, 8}
_DISK_MESSAGES = ("database or disk is full", "disk i/o error", "unable to open database",
                  "readonly database")


def disk_trouble(exc: sqlite3.Error) -> bool:
    """SQLite could not write its file: a full disk, an I/O error, no permission."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _DISK_CODES
    return any(text in str(exc).lower() for text in _DISK_MESSAGES)

