"""What one run of conv works on: the data file, how much it says on stderr, its database.

The command line makes one Session from the global options (Typer keeps it in ctx.obj,
the fast path holds it itself) and passes it to the command; nothing is global.
"""

from __future__ import annotations

import sys

from ..base.source import DataFile, display_path, is_part_of_base, resolve_data
from ..db.cache import Database, open_database
from ..errors import NotFound, UsageError
from ..text import one_line

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: no typing or dataclasses at run time
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any, TypeVar

    T = TypeVar("T")


def stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Session:
    def __init__(self, data: DataFile | None, quiet: bool = False,
                 option: str | None = None) -> None:
        self._data = data
        self._option = option
        self.quiet = quiet
        self._database: Database | None = None

    @classmethod
    def from_options(cls, data: str | None, quiet: bool) -> Session:
        return cls(None, quiet, data)

    @property
    def data(self) -> DataFile:
        """The base, found when a command first needs it: `conv list --help` or a draft
        without --add reads none, and an empty CONV_DATA stops neither."""
        if self._data is None:
            self._data = resolve_data(self._option)
        return self._data

    @data.setter
    def data(self, data: DataFile) -> None:
        self._data = data

    @property
    def progress(self) -> bool:
        """Progress bars only for a person watching stderr."""
        return not self.quiet and stderr_is_terminal()

    def database(self, *, force: bool = False) -> Database:
        """The up-to-date database, opened (or rebuilt) once per run."""
        if self._database is None or force:
            first = self._database is None
            self._database = open_database(self.data, force=force, progress=self.progress,
                                           note=self.note)
            if first:
                self._say_cut_values()
        return self._database

    def _say_cut_values(self) -> None:
        """A value a comment cuts short (`title: Programme #2`) is answered as YAML reads
        it, cut: said on stderr, one line per value where it stands, as validate says it
        (whatever --quiet: the answer below it is not what the file meant)."""
        from ..base.cuts import cut_values

        for source, line, col, message in cut_values(self.data):
            self.note(f"{source}:{line}:{col}: {message}; until then conv answers with the "
                      "value cut", warning=True)

    def fulltext(self) -> Database:
        """The database, with its full-text indexes (made in it now if they are not yet:
        a search after a cold build pays for them, once)."""
        return self.database().with_fulltext()

    def check_output(self, output: Path | None) -> None:
        """An output file never replaces the knowledge base being read (hand-kept YAML,
        comments and all), nor lands in its folder as a file the next run would read."""
        if output is not None and is_part_of_base(self.data, output):
            from ..text import quote

            base = display_path(self.data.path)
            what = (f"would join the knowledge base folder conv reads ({base}) as one more "
                    "of its files" if self.data.path.is_dir() else
                    f"would replace the knowledge base conv reads ({base})")
            raise UsageError(f"--output {quote(str(output))} {what}; name a file outside it")

    def query(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``query(conn, *args, **kwargs)`` on the database; a damaged cache is rebuilt. An
        id not found may be in a subfolder of a folder base, which conv does not read."""
        try:
            return self.database().run(query, *args, **kwargs)
        except NotFound:
            self.note_unread_subfolders()
            raise

    def note_unread_subfolders(self) -> None:
        """A folder base is the files of its folder: a subfolder's YAML files (a curator who
        files by year) are not read; said where it explains an answer (validate's "ok", an
        id not found) rather than leave the curator wondering."""
        folder = self.data.path
        if self.quiet or not folder.is_dir():
            return
        try:
            unread = sorted(sub for sub in folder.iterdir() if sub.is_dir()
                            and not sub.name.startswith(".") and any(
                                f.suffix.lower() in (".yaml", ".yml")
                                and not f.name.startswith(".") for f in sub.iterdir()))
        except OSError:
            return
        for sub in unread:
            self.note(f"{display_path(sub)}/ holds YAML files conv does not read (a folder "
                      "base is the files of its folder, not of its subfolders): move them "
                      "up to make them part of the base")

    def note(self, message: str, *, terminal_only: bool = False,
             warning: bool = False) -> None:
        """A note on stderr, unless --quiet (or, if ``terminal_only``, stderr is a pipe);
        a ``warning`` (something the user did not ask for happened) always."""
        message = one_line(message)
        if warning:
            print(f"conv: warning: {message}", file=sys.stderr)
            return
        if self.quiet or (terminal_only and not stderr_is_terminal()):
            return
        print(f"conv: note: {message}", file=sys.stderr)
