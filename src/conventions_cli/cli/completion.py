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
        given: Any = ctx.find_root().params.get("data")
        found: str | None = given[-1] if isinstance(given, (list, tuple)) and given else given
        return found
    return None


def _query(sql: str, params: tuple[Any, ...], ctx: Any) -> list[str]:
    try:
        from ..base.source import resolve_data
        from ..db.cache import open_database

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


def _ids(table: str, incomplete: str, ctx: Any, condition: str = "") -> list[str]:
    """Ids of ``table`` starting with ``incomplete`` (and meeting ``condition``), in order."""
    prefix = _prefix(incomplete)
    where = f"{condition} AND " if condition else ""
    return _query(f"SELECT id FROM {table} WHERE {where}substr(id, 1, ?) = ? ORDER BY id",
                  (len(prefix), prefix), ctx)


def complete_agreement_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Agreement ids (for show, compare)."""
    return _ids("agreements", incomplete, ctx)


def complete_organization_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Organization ids (for org)."""
    return _ids("organizations", incomplete, ctx)


def complete_ministry_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Ids of ministries (for --ministry)."""
    from ..query.names import MINISTRIES

    return _ids("organizations", incomplete, ctx, MINISTRIES.where)


def complete_public_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Ids of the State, governments and public bodies (for --public)."""
    from ..query.names import PUBLIC

    return _ids("organizations", incomplete, ctx, PUBLIC.where)


def complete_partner_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Ids of organizations other than ministries (for --partner)."""
    from ..query.names import PARTNERS

    return _ids("organizations", incomplete, ctx, PARTNERS.where)


def complete_person_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Ids of people (for person, --person)."""
    return _ids("people", incomplete, ctx)


def complete_event_ids(incomplete: str, ctx: Any = None) -> list[str]:
    """Ids of events (for event, --event)."""
    return _ids("events", incomplete, ctx)


__all__ = ["complete_agreement_ids", "complete_event_ids", "complete_ministry_ids",
           "complete_organization_ids", "complete_partner_ids", "complete_person_ids",
           "complete_public_ids"]
