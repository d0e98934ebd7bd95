"""`conv draft --add`: the drafts written into the base, and what they leave to do; and
what `conv draft` says before it drafts (an article cut, a publication date to check)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..errors import ConvError
from .session import Session


def add_drafts(session: Session, result: Any, target: Path, force: bool, base: Any) -> None:
    from ..drafting.add import add

    if not result.agreements:
        raise ConvError("the article gave no agreement to add; nothing was changed")
    added = add(result, target, force=force, base=base)
    print(f"added to {target}:")
    for section, ids in added.ids.items():
        print(f"  {section}: {', '.join(ids)}")
    if added.todos and not session.quiet:
        print(f"conv: {added.todos} fact(s) to check or fill (# TODO): conv validate lists "
              "them", file=sys.stderr)
    say_what_blocks_reads(session)


def say_what_blocks_reads(session: Session) -> None:
    """A draft may leave a required value empty (a source whose publisher the article does
    not name): then list, stats and every read refuse the whole base until it is filled,
    which a curator who saw only TODOs would not expect. Said at once, each where it is."""
    from ..base.validate import blocking_problems

    problems = blocking_problems(session.data)
    if problems:
        print(f"conv: until {'this is' if len(problems) == 1 else 'these are'} fixed, conv "
              "list, stats and every other read refuse the base:", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)


def say_before_drafting(session: Session, sources: list[Any], when: Any) -> None:
    """A publication date given in the future, an article longer than what is drafted:
    said at once, before the drafting that takes a while."""
    import datetime as dt

    from ..drafting import MAX_CHARS

    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    if when is not None and when.iso() > tomorrow[:len(when.iso())]:
        session.note(f"--published-on {when.iso()} is in the future; every relative date "
                     "of the article counts from it: check it", warning=True)
    for source in sources:
        if len(source.text) > MAX_CHARS:
            first, whole = (f"{n:,}".replace(",", " ") for n in (MAX_CHARS, len(source.text)))
            session.note(f"{source.label}: only its first {first} characters (of {whole}) "
                         "are drafted; split the file to draft the rest", warning=True)


def say_warnings(session: Session, result: Any) -> None:
    """What the drafts' dates call for (a date given that is not the article's own)."""
    for warning in result.warnings:
        session.note(warning, warning=True)
