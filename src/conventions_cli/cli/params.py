"""What several command bodies read from their parameters: the filters, the output format.

Both commands.py and views.py use these, so the filters of list are read one way only.
"""

from __future__ import annotations

from ..query.filters import FILTERS, Filters
from . import session as _session
from .session import Session

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from typing import Any

    Params = dict[str, Any]  # parameter name -> value, as interface.py declares them
else:
    Params = dict


def filters_of(params: Params) -> Filters:
    return Filters(**{spec.name: params.get(spec.name) for spec in FILTERS})


def filtered(session: Session, params: Params) -> Filters:
    """The filters, after telling a person at a terminal what each organization value matched."""
    filters = filters_of(params)
    if (filters.ministry or filters.partner) and not session.quiet \
            and _session.stderr_is_terminal():
        for note in session.query(filters.notes):
            session.note(note)
    return filters


def chosen_format(params: Params) -> str:
    from ..out.output import choose_format

    return choose_format(params.get("fmt"))
