"""The source block of a drafted agreement: who published the article, when, and its headline.

The headline is cited as written (a saved page's own title, else the headline line above
a plain text's body); it is never a summary. What the article does not give is asked for
with a `# TODO`, so that the curator fills it before the entry is added.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .text import Article

__all__ = ["source_entry"]


def source_entry(article: Article, pub_date: str | None,
                 flow: Callable[[dict[str, Any]], str]) -> tuple[dict[str, Any], str]:
    """The source mapping and its flow line with the comment that quotes or asks for each
    value; `flow` renders a mapping as emission writes every other."""
    pub = article.publication
    source: dict[str, Any] = {"publisher": pub.publisher, "published_on": pub_date}
    headline = " ".join((article.headline or "").split())
    if headline:
        source["title"] = headline
    notes = []
    if pub.publisher:
        notes.append("from: " + json.dumps(pub.publisher_quote, ensure_ascii=False))
    else:
        notes.append("TODO: publisher not found")
    if not pub_date:
        notes.append("TODO: publication date not found; pass --published-on")
    if not headline:
        notes.append("TODO: headline not found; add the article's title as published")
    return source, f"{flow(source)}  # " + "; ".join(notes)
