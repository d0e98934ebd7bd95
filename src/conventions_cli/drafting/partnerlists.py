"""Who a lead's partners are when its own sentence does not say it all: the bodies a later
sentence names "en partenariat avec" its conventions, one body and a plural of bodies of one
kind ("entre A et les communes B, C et D"), the counted ones the article names only some of
("avec quatre pays, dont le Gabon")."""

from __future__ import annotations

import re

from .drafts import Work, short
from .linking import Party, signing_parties
from .normalize import fold

__all__ = ["PARTNERSHIP", "named_further", "one_and_a_plural", "some_of_them"]

# "les conventions tendent à réaliser des projets en partenariat avec A et B": who they bind
PARTNERSHIP = re.compile(r"\b(?:en partenariat|conjointement|en collaboration) avec\b")


def named_further(work: Work, cue: re.Pattern[str] | None) -> list[Party]:
    """The two or more bodies a sentence after a lead naming no party names (one with `cue`,
    if given), with a TODO that says where they come from."""
    text, lead = work.text, work.lead
    for s in work.sentences[lead.index + 1:lead.index + 7]:
        if s.index >= work.first_segment or s.earlier:
            break
        if cue is not None and not cue.search(fold(text[s.start:s.end])):
            continue
        found = signing_parties(text, s.start, s.end, (s.start, s.start), s.mentions)
        if len(found) >= 2:
            work.todos.append("the signing sentence names no party; these come from: "
                              + short(work.article.quote(s.start, s.end), 8))
            return found
    return []


def one_and_a_plural(text: str, partners: list[Party]) -> bool:
    """ "entre A et les communes B, C et D": one body, then bodies of one kind listed in a
    plural (two at least), joined by "et"."""
    if len(partners) < 3:
        return False
    first, rest = partners[0].mention, [p.mention for p in partners[1:]]
    heads = {m.head for m in rest}
    return len(heads) == 1 and first.head not in heads and None not in heads and \
        rest[0].start > first.end and re.search(r"\bet\b", fold(text[first.end:rest[0].start]))\
        is not None and all(m.start < rest[0].end for m in rest)


def some_of_them(text: str, partners: list[Party]) -> bool:
    """ "avec quatre pays, dont le Gabon", "avec les interprofessions, notamment A, B et
    C": the partners named are some of the counted ones, each with one agreement, not
    every agreement's."""
    first = partners[0].mention
    return re.search(r"\b(?:dont|parmi (?:lesquel(?:le)?s|eux|elles)|notamment|tels? que|"
                     r"telles? que)\s*,?\s+(?:le |la |les |l')?$",
                     fold(text[max(0, first.start - 30):first.start])) is not None
