"""The package's own exceptions: cli/failures.py turns each into one stderr line and an exit
code."""

from __future__ import annotations


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


class UsageError(ConvError):
    """A bad option value that the option parser could not catch."""

    exit_code = 2


class QueryError(ConvError):
    """A query that SQLite refused (bad SQL, a write in read-only mode)."""


class Interrupted(BaseException):
    """Ctrl-C, raised past Typer's click (which would turn KeyboardInterrupt into exit 1)."""


class PipeClosed(BaseException):
    """The reader of stdout went away (conv list | head -1): stop quietly, exit 0."""

