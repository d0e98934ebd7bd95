"""The filters of a command line, read one way for every command that takes them (list,
search, stats, export and the views)."""

from __future__ import annotations

from ..query.filters import FILTERS, NAMING, Filters
from . import session as _session
from .params import Filtered
from .session import Session

NOTED = (*NAMING, "place", "follows", "amends")


def filters_of(params: Filtered) -> Filters:
    return Filters(**{spec.name: params.values.get(spec.name) for spec in FILTERS})


def filtered(session: Session, params: Filtered) -> Filters:
    """The filters, after telling a person at a terminal what each name value matched."""
    filters = filters_of(params)
    if any(name in filters.values for name in NOTED) and not session.quiet \
            and _session.stderr_is_terminal():
        for note in session.query(filters.notes):
            session.note(note)
    return filters
