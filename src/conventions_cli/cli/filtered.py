"""The filters of a command line, read one way for every command that takes them (list,
search, stats, export and the views)."""

from __future__ import annotations

from ..query.filters import FILTERS, NAMING, Filters
from ..query.values import NOTES as VALUE_NOTES
from . import session as _session
from .params import Filtered
from .session import Session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

NOTED = (*NAMING, *VALUE_NOTES, "follows", "amends")


def filters_of(params: Filtered) -> Filters:
    return Filters(**{spec.name: params.values.get(spec.name) for spec in FILTERS})


def filtered(session: Session, params: Filtered, counted: bool = True) -> Filters:
    """The filters, after telling what each name value matched when that is not one record
    (at a terminal the first five; in a pipe, a log read later, all of them), and which
    value matched nothing, with the nearest names. ``counted``:
    the command counts every agreement the filters select (stats, export, the views), so
    the note on dates is said now; else the command says it of the rows it lists
    (note_doubtful_dates), after its own narrowing (search words, a due date, --limit)."""
    filters = filters_of(params)
    if any(name in filters.values for name in NOTED) and not session.quiet:
        for note in session.query(filters.notes, False, not _session.stderr_is_terminal()):
            session.note(note)
    if counted:
        note_doubtful_dates(session, filters)
        note_undated(session, filters)
    note_unreported_status(session, filters)
    note_bound_per_currency(session, filters)
    return filters


def note_bound_per_currency(session: Session, filters: Filters) -> None:
    """--min-amount 100000000 with --currency EUR --currency MAD is 100 000 000 of each:
    a reader who meant "worth 100 MDH" would miss every EUR agreement below it."""
    currencies = list(dict.fromkeys(c.strip().upper() for c in filters.currency))
    bounds = [(flag, filters.values[name]) for name, flag in
              (("min_amount", "--min-amount"), ("max_amount", "--max-amount"))
              if name in filters.values]
    if session.quiet or len(currencies) < 2 or not bounds:
        return
    from ..out.cells import group_digits

    said = " and ".join(f"{flag} {group_digits(value)}" for flag, value in bounds)
    session.note(f"{said} applies to each currency as it is, the same number of "
                 f"{', '.join(currencies)} (amounts are never converted); give one --currency "
                 "per run to set each its own bound")


def note_unreported_status(session: Session, filters: Filters) -> None:
    """--status signed finds the agreements whose `status: signed` is written; most have
    no status at all (signed, and nothing later reported), which a reader of "signed" takes
    for the same: say how many, and how to see them, whether stderr is a terminal or not."""
    if session.quiet or "signed" not in filters.status:
        return
    others = Filters(**{k: v for k, v in filters.values.items() if k != "status"})
    unreported = session.query(_without_status, others)
    if unreported:
        among = " that the other filters select" if others.values else ""
        session.note(f"{unreported} agreement(s){among} have no status reported (signed, "
                     "nothing later known), and --status signed, which finds a status: "
                     "signed written in the base, leaves them out; conv stats --by status "
                     "counts them as (none), and conv sql \"select id, title from agreements "
                     "where status is null\" lists them")


def _without_status(conn: Any, filters: Filters) -> int:
    from ..text import words_match

    conn.create_function("conv_match", 2, words_match, deterministic=True)
    where, params = filters.clauses(conn)
    found: int = conn.execute(f"SELECT count(*) FROM agreements a WHERE {where} "
                              "AND a.status IS NULL", params).fetchone()[0]
    return found


def _money(amounts: list[tuple[Any, int | None, str | None]]) -> str:
    """The funding of these (…, amount, currency), summed per currency, never across."""
    from ..out.cells import group_digits

    sums: dict[str, int] = {}
    for _, amount, currency in amounts:
        if amount is not None and currency:
            sums[currency] = sums.get(currency, 0) + amount
    return "; ".join(f"{group_digits(sums[c])} {c}" for c in sorted(sums))


def note_undated(session: Session, filters: Filters,
                 undated: list[tuple[str, int | None, str | None]] | None = None,
                 command: str = "conv list") -> None:
    """How many agreements without a signing date --year, --from or --to leave out, and
    their funding per currency, in a pipe too: a total over a range is otherwise read as
    all the money. They are not counted in any range (one that may lie in every range
    would be added up in each); ``command`` without the date filters shows them.
    ``undated``: (id, amount, currency) of those the command would have given, else all
    that the other filters select."""
    if session.quiet:
        return
    if undated is None:
        undated = session.query(filters.undated)
    if not undated:
        return
    from ..text import shell_word

    money = _money(undated)
    held = f" ({money} of funding)" if money else ""
    again = " ".join((command, *filters.without_dates().typed(
        lambda word: shell_word(word, bare=True))))
    session.note(f"{len(undated)} agreement(s) without a signing date{held} are left out by "
                 f"{filters.dates_said()}, which cannot place them; {again} shows them, "
                 "signed_on empty")


def note_doubtful_dates(session: Session, filters: Filters,
                        listed: list[dict[str, Any]] | None = None) -> None:
    """How many agreements --year, --from or --to keep only because their date may lie in
    the range (a year, a month or an interval that overlaps it, an uncertain date): they
    may count in a neighbouring range too, so two halves added up would count them twice.
    ``listed``: the rows the command prints, the only ones the note then speaks of."""
    if session.quiet:
        return
    among = None if listed is None else [row["id"] for row in listed]
    doubtful = session.query(filters.doubtful_dates, among) if among != [] else []
    if not doubtful:
        return
    distinct = list(dict.fromkeys(signed for signed, _, _ in doubtful))
    shown = ", ".join(distinct[:3]) + (", …" if len(distinct) > 3 else "")
    money = _money(doubtful)
    if among is None:
        held = f", holding {money} of funding," if money else ""
        which = f"{len(doubtful)} agreement(s){held} are kept, and counted,"
    else:
        held = f" (holding {money} of funding)" if money else ""
        part = "the" if len(doubtful) == len(among) else f"{len(doubtful)} of the"
        which = f"{part} {len(among)} agreement(s) listed{held} are there"
    session.note(f"{which} only because their date may lie in {filters.dates_said()} (dated "
                 f"{shown}): they may count in a neighbouring range too; --sure-dates leaves "
                 "them out")
