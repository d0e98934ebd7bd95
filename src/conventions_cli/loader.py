"""Reading a knowledge base: bytes -> text -> located tree -> records -> checked, with
every problem found on the way (DESIGN §3: loader, records, checks)."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from pathlib import Path

from .checks import run_checks
from .chunks import load_chunked
from .errors import DataError
from .files import read_file
from .records import LoadResult, convert
from .yamlnodes import decode, parse


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Reading builds millions of small acyclic objects; the cyclic GC would rescan them
    again and again (half the time of a 10 000-agreement load). Refcounting frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_text(text: str, source: str = "<string>", *, incremental: bool = False,
              chunk_cache: Path | None = None) -> LoadResult:
    """Parse, convert and check one YAML text; all problems at once.

    ``incremental``: agreement by agreement, reusing those cached in ``chunk_cache``
    (same result as the whole parse, which is the fallback for any unusual layout)."""
    with gc_paused():
        result = load_chunked(text, source, chunk_cache) if incremental else None
        if result is None:
            root, problems = parse(text, source)
            if problems and root is None:
                return LoadResult(None, problems)
            result = convert(root, source)
            del root
            result.problems[:0] = problems
        if result.dataset is not None:
            result.problems.extend(run_checks(result.dataset))
    result.problems.sort(key=lambda p: (p.line, p.col))
    return result


def load_bytes(data: bytes, source: str, *, incremental: bool = False,
               chunk_cache: Path | None = None) -> LoadResult:
    text, problems = decode(data, source)
    if text is None:
        return LoadResult(None, problems)
    return load_text(text, source, incremental=incremental, chunk_cache=chunk_cache)


def load_path(path: Path) -> LoadResult:
    return load_bytes(read_file(path, error=DataError), display_path(path))


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative
