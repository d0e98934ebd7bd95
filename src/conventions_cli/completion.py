"""Shell completion of agreement and organization ids, from the cached database.

Completion runs on every Tab press: it reads the cache with plain sqlite3 (no YAML parse
when the cache is fresh), never writes to stdout or stderr, and answers [] on any error.
This module imports nothing heavy at import time: cli.py attaches these functions.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any


def _data_option(ctx: Any) -> str | None:
    """--data from the command line being completed, else None (CONV_DATA, then bundled)."""
    if ctx is None:
        return None
    with contextlib.suppress(Exception):
        given = ctx.find_root().params.get("data")
        return given[-1] if isinstance(given, (list, tuple)) and given else given
    return None


def _query(sql: str, params: tuple[Any, ...], ctx: Any) -> list[str]:
    try:
        from .cache import open_database, resolve_data

        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            opened = open_database(resolve_data(_data_option(ctx)), progress=False)
        try:
            return [row[0] for row in opened.conn.execute(sql, params)]
        finally:
            opened.conn.close()
    except Exception:  # a Tab press must never crash or print
        return []


def _prefix(incomplete: str) -> str:
    return (incomplete or "").strip().lower()


def complete_agreement_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Agreement ids starting with ``incomplete``, in order (for show, compare)."""
    prefix = _prefix(incomplete)
    return _query("SELECT id FROM agreements WHERE substr(id, 1, ?) = ? ORDER BY id",
                  (len(prefix), prefix), ctx)


def complete_organization_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Organization ids starting with ``incomplete``."""
    prefix = _prefix(incomplete)
    return _query("SELECT id FROM organizations WHERE substr(id, 1, ?) = ? ORDER BY id",
                  (len(prefix), prefix), ctx)


def complete_ministry_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Ids of ministries starting with ``incomplete`` (for --ministry)."""
    prefix = _prefix(incomplete)
    return _query("SELECT id FROM organizations WHERE kind = 'ministry' "
                  "AND substr(id, 1, ?) = ? ORDER BY id", (len(prefix), prefix), ctx)


def complete_partner_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Ids of organizations other than ministries starting with ``incomplete`` (--partner)."""
    prefix = _prefix(incomplete)
    return _query("SELECT id FROM organizations WHERE kind != 'ministry' "
                  "AND substr(id, 1, ?) = ? ORDER BY id", (len(prefix), prefix), ctx)


__all__ = ["complete_agreement_ids", "complete_ministry_ids", "complete_organization_ids",
           "complete_partner_ids"]
