"""Figures a draft does not take but a curator should see, quoted in its TODOs: the share
of an amount that one party bears ("…, dont 300 MDH à la charge de la région"), and the
amount a headline gives when no amount is found under it. Which amount a draft keeps is
not decided here."""

from __future__ import annotations

import json
import re

from .amounts import find_amounts
from .drafts import short
from .facts import Fact
from .text import Article

__all__ = ["headline_amount", "share_of"]

# "…, dont 300 MDH à la charge de la région", "(dont 2 MDH apportés par la commune)"
SHARE = re.compile(r"\s*,?\s*\(?\s*dont\s+", re.IGNORECASE)
# where the share's clause ends: the sentence, a parenthesis, or the next clause
CLAUSE_END = re.compile(r"[.;:)]|,\s")
REACH = 40  # how far after "dont" its figure may stand ("dont près de la moitié, 300 MDH")


def _quoted(text: str) -> str:
    return json.dumps(short(text, 10), ensure_ascii=False)


def share_of(article: Article, fact: Fact) -> str:
    """The TODO for an amount followed by a share of it, quoting the share; or ""."""
    found = SHARE.match(article.text, fact.end)
    if not found:
        return ""
    ends = CLAUSE_END.search(article.text, found.end())
    end = ends.start() if ends else len(article.text)
    if not any(f.start < found.end() + REACH for f in find_amounts(article.text, found.end(),
                                                                    end)):
        return ""
    share = article.quote(found.start() + found.group().lower().index("dont"), end)
    return (f"the article gives a share of it: {_quoted(share)}; check whether the "
            "agreement binds the whole or that share")


def headline_amount(article: Article) -> str:
    """The TODO for a funding the story does not give when its headline does, quoting the
    headline; or ""."""
    headline = article.headline
    if not headline or not any(f.extra["use"] == "funding"
                               for f in find_amounts(headline, 0, len(headline))):
        return ""
    return (f"no amount found; the headline gives one: {_quoted(headline)}; "
            "check it against a report")
