"""`conv draft --add`: the drafts written into the base, and what they leave to do."""

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
