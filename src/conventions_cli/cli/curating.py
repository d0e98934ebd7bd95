"""The commands that read or write the knowledge base's YAML itself, not its database:
`draft` (articles to drafts, or into the base with --add), `validate` and `migrate`."""

from __future__ import annotations

import sys
from typing import Any

from ..errors import ConvError, DataError, UsageError
from .params import DraftParams, MigrateParams, ValidateParams
from .session import Session


class Failed(ConvError):
    """The command said what was wrong already (validate's problems): exit 1, nothing more."""

    def __init__(self) -> None:
        super().__init__("")

    def lines(self) -> list[str]:
        return []



def draft(session: Session, params: DraftParams) -> None:
    from ..drafting import draft_articles, parse_published_on, read_article
    from ..drafting.context import add_target, knowledge
    from .adding import say_before_drafting, say_warnings

    when = None
    if params.published_on is not None:
        try:
            when = parse_published_on(params.published_on)
        except ValueError:
            from ..base.dates import date_meant
            from ..text import quote

            raise UsageError(f"--published-on {quote(params.published_on)} is not a date; "
                             "write YYYY-MM-DD, YYYY-MM or YYYY"
                             + date_meant(params.published_on)) from None
    for flag, value in (("--force", params.force), ("--into", params.into)):
        if value and not params.add:
            raise UsageError(f"{flag} goes with --add")
    target = add_target(session.data, params.into) if params.add else None
    sources = _distinct(session, [read_article(path) for path in params.article])
    say_before_drafting(session, sources, when)
    known = knowledge(session, from_files=bool(params.add))
    try:
        result = draft_articles(sources, published_on=when, **known.linking())
    except ConvError:
        raise
    except Exception as exc:  # a bug must not print a traceback at the curator
        raise ConvError(f"drafting failed on this article ({type(exc).__name__}: {exc}); "
                        "please report it with the article") from None
    say_warnings(session, result)
    if target is not None:
        from .adding import add_drafts

        add_drafts(session, result, target, force=bool(params.force), base=known.records)
        return
    sys.stdout.write(result.yaml)
    if result.todos and not session.quiet:
        print(f"conv: {len(result.todos)} fact(s) to check or fill (# TODO)", file=sys.stderr)


def _distinct(session: Session, sources: list[Any]) -> list[Any]:
    """The articles to draft: an empty one refused (a failed save or the wrong file is
    likelier than an article without words), one given twice drafted once, and one holding
    the same text as another said to (their drafts look alike: --add refuses the batch)."""
    seen: dict[str, str] = {}
    kept = []
    for source in sources:
        if not source.text.strip():
            raise DataError(f"{source.label} is empty (a failed save, or the wrong file?); "
                            "give the article's text file or saved page")
        text = " ".join(source.text.split())
        if seen.get(text) == source.label and source.label != "<stdin>":
            session.note(f"{source.label} given twice: drafted once")
            continue
        if text in seen:
            session.note(f"{source.label} holds the same text as {seen[text]}: the same "
                         "article twice?")
        seen.setdefault(text, source.label)
        kept.append(source)
    return kept


def validate(session: Session, params: ValidateParams) -> None:
    from ..base.validate import validate as check
    from .twins import Lookalikes

    try:
        report = check(session.data, also=Lookalikes())
    except DataError as exc:
        if params.as_json:  # a job that reads the JSON gets it, whatever went wrong
            from ..out.output import write_json

            write_json({"file": str(session.data.path), "ok": False, "problems": [
                {"file": str(session.data.path), "line": None, "column": None,
                 "message": str(exc)}]})
        raise
    if params.as_json:
        from ..out.output import write_json

        write_json(report.as_dict())
    else:
        from ..text import one_line

        # Values and file names in a problem never steer the terminal.
        for line in report.lines():
            print(one_line(line), file=sys.stderr)
        if report.problems:
            warned = f" and {len(report.warnings)} warning(s)" if report.warnings else ""
            print(one_line(f"conv: {len(report.problems)} problem(s){warned} in "
                           f"{report.source}"), file=sys.stderr)
            if (note := report.unread_note()) is not None:
                print(one_line(note), file=sys.stderr)
        else:
            print(one_line(report.summary()))
    session.note_unread_subfolders()
    if report.problems:
        raise Failed()


def migrate(session: Session, params: MigrateParams) -> None:
    from pathlib import Path

    from ..base.migrate_folder import migrate_path as rewrite

    path = Path(params.file)
    given = session.data.path if session.data.given_by != "bundled" else None
    done = rewrite(path, alone=given is not None and given.resolve() == path.resolve())
    if done.already:
        print(f"conv: {params.file} is schema 2 already; nothing to do", file=sys.stderr)
        return
    made = ", ".join(ident for ident, _ in done.events) or "none"
    files = f" ({', '.join(p.name for p in done.files)})" if done.files else ""
    print(f"conv: {params.file} is now schema 2{files}; events made from the agreements' "
          f"event names: {made}", file=sys.stderr)
