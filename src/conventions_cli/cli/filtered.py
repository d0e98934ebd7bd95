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
    """The filters, after telling a person at a terminal what each name value matched, and
    anyone (a script too) which value matched nothing, with the nearest names."""
    filters = filters_of(params)
    if any(name in filters.values for name in NOTED) and not session.quiet:
        everything = _session.stderr_is_terminal()
        for note in session.query(filters.notes, not everything):
            session.note(note)
    note_doubtful_dates(session, filters)
    return filters


def note_doubtful_dates(session: Session, filters: Filters) -> None:
    """How many agreements --year, --from or --to keep only because their date may lie in
    the range (a year, a month or an interval that overlaps it, an uncertain date): they
    may count in a neighbouring range too, so two halves added up would count them twice."""
    if session.quiet:
        return
    doubtful = session.query(filters.doubtful_dates)
    if not doubtful:
        return
    from ..out.cells import group_digits

    distinct = list(dict.fromkeys(signed for signed, _, _ in doubtful))
    shown = ", ".join(distinct[:3]) + (", …" if len(distinct) > 3 else "")
    sums: dict[str, int] = {}
    for _, amount, currency in doubtful:
        if amount is not None and currency:
            sums[currency] = sums.get(currency, 0) + amount
    money = "; ".join(f"{group_digits(sums[c])} {c}" for c in sorted(sums))
    held = f", holding {money} of funding," if money else ""
    session.note(f"{len(doubtful)} agreement(s){held} are kept, and counted, only because "
                 f"their date may lie in {filters.dates_said()} (dated {shown}): they may "
                 "count in a neighbouring range too; --sure-dates leaves them out")
