"""Article -> draft records, in six stages (DESIGN §7), one module each.

text (the page's body, dateline, header date) -> language (spaCy: sentences, entities,
parse) -> facts (dates, amounts, jobs, periods, places, events: `dates`, `amounts`,
`places`, `signing`) -> linking (names matched against the base: `mentions`, `linking`) ->
assembly (how many agreements, which facts are whose) -> emission (schema-2 YAML with a
quote for every fact and a TODO for every gap).

Importing this package is cheap; spaCy is loaded by the first `draft_article` call.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .dates import Published, parse_published_on
from .emission import SECTIONS, Draft
from .kb import known_events, known_people
from .text import read_article

__all__ = ["SECTIONS", "Draft", "Published", "draft_article", "known_events", "known_people",
           "parse_published_on", "read_article"]

MAX_CHARS = 400_000  # about 60 000 words: far beyond any article


def draft_article(text: str, *, published_on: Published | str | None = None,
                  organizations: Iterable[dict[str, Any]] = (),
                  people: Iterable[dict[str, Any]] = (),
                  events: Iterable[dict[str, Any]] = (),
                  existing_ids: Iterable[str] = ()) -> Draft:
    """The drafts a French press article supports, as YAML text and as data.

    `organizations` (id, name, acronym, aliases, kind), `people` (id, name, aliases) and
    `events` (id, name, start) are what the knowledge base already knows: names found
    there are referenced by id, and new ids never collide with them or `existing_ids`.
    """
    from .assembly import assemble
    from .emission import emit
    from .language import analyse, load_pipeline
    from .linking import KnowledgeBase
    from .text import prepare

    if isinstance(published_on, str):
        published_on = parse_published_on(published_on)
    article = prepare(text[:MAX_CHARS])
    if published_on is None and article.publication.date:
        published_on = parse_published_on(article.publication.date)
    kb = KnowledgeBase(list(organizations), list(people), list(events), set(existing_ids))
    nlp = load_pipeline()
    doc = analyse(article.text, nlp)
    assembled = assemble(article, doc, published_on, kb, nlp)
    return emit(article, assembled, kb, published_on)
