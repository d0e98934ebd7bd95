"""Article -> draft records, in six stages (DESIGN §7), one module each.

text (`reading`: a file's bytes as text; the page's body, dateline, header date; `pages`
for a saved web page) -> language
(spaCy: sentences, entities, parse) -> facts (dates, amounts, jobs, periods, places,
events: `dates`, `amounts`, `jobs`, `places`, `signing`, `eventwords`) -> linking (names read
by `grammar`, `personlike`, `people`, `plurals` and `mentions` from the word lists of `words`,
matched against the base by `linking`) -> assembly (`sentences`, `counting`, `segments`, `lists`,
`batches`, `sharing`, `occasion`, `figures`: how many agreements, which facts are whose) ->
emission (schema-2 YAML with a quote for every fact and a TODO for every gap; `document` for
one review file of several articles). `context` is what the command needs from the base;
`add` writes drafts into it.

Importing this package is cheap; spaCy is loaded by the first `draft_article` call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from .dates import Published, parse_published_on
from .document import SECTIONS, Draft, combine
from .kb import known_events, known_people
from .reading import Source, read_article

__all__ = ["MAX_CHARS", "SECTIONS", "Draft", "Published", "Source", "draft_article",
           "draft_articles", "known_events", "known_people", "parse_published_on", "read_article"]

MAX_CHARS = 400_000  # about 60 000 words: far beyond any article (conv draft says so)


def draft_article(text: str, *, published_on: Published | str | None = None,
                  publisher: str | None = None, title: str | None = None,
                  organizations: Iterable[dict[str, Any]] = (),
                  people: Iterable[dict[str, Any]] = (),
                  events: Iterable[dict[str, Any]] = (),
                  existing_ids: Iterable[str] = (), label: str = "",
                  places: Iterable[str] = (),
                  agreements: Iterable[dict[str, Any]] = ()) -> Draft:
    """The drafts a French press article supports, as YAML text and as data.

    `organizations` (id, name, acronym, aliases, kind), `people` (id, name, aliases) and
    `events` (id, name, start) are what the knowledge base already knows: names found
    there are referenced by id, and new ids never collide with them or `existing_ids`.
    `places` are where the base records agreements signed (those abroad are then places of
    signing as sure as a Moroccan city). `agreements` (id, year, orgs) are those a draft
    may say it continues. `publisher` is the outlet a saved page declares,
    when its text does not say; `title` the headline it declares.
    """
    from .assembly import assemble
    from .emission import emit
    from .knowledge import KnowledgeBase
    from .language import analyse, load_pipeline
    from .text import prepare

    if isinstance(published_on, str):
        published_on = parse_published_on(published_on)
    article = prepare(text[:MAX_CHARS])
    said = []
    if article.publication.date and (published_on is None or _finer(
            parse_published_on(article.publication.date), published_on)):
        # the page's own day refines a publication given only as a month or a year
        published_on = parse_published_on(article.publication.date)
    elif article.publication.date and published_on is not None:
        said += disagreement(label, article.publication.date, published_on)
    if published_on is not None and article.posted:
        published_on = replace(published_on, posted=tuple(
            dt.date.fromisoformat(day) for day, _, _ in article.posted))
    if publisher and not article.publication.publisher:
        article = replace(article, publication=replace(
            article.publication, publisher=publisher, publisher_quote=publisher))
    if title:
        article = replace(article, page_title=title)
    kb = KnowledgeBase(list(organizations), list(people), list(events), set(existing_ids),
                       list(places), list(agreements))
    nlp = load_pipeline()
    doc = analyse(article.text, nlp, article.raw)
    assembled = assemble(article, doc, published_on, kb, nlp)
    draft = emit(article, assembled, kb, published_on)
    draft.label = label
    draft.warnings = said
    return draft


def disagreement(label: str, own: str, given: Published) -> list[str]:
    """What to say when --published-on is not the date the article gives for itself."""
    page = parse_published_on(own)
    if page.iso().startswith(given.iso()) or given.iso().startswith(page.iso()):
        return []  # the same date, one of them said more precisely
    return [f"{label or 'the article'}: it says it was published on {own}; "
            f"--published-on {given.iso()} is used instead (every relative date, 'mercredi', "
            "'hier', counts from it): drop --published-on to use the article's own date"]


def _finer(page: Published, given: Published) -> bool:
    """The page's date says more than the one given, and agrees with it."""
    return given.day is None and page.day is not None and page.year == given.year and \
        (given.month is None or page.month == given.month)


def draft_articles(sources: Sequence[Source], *, published_on: Published | None = None,
                   organizations: Iterable[dict[str, Any]] = (),
                   people: Iterable[dict[str, Any]] = (),
                   events: Iterable[dict[str, Any]] = (),
                   existing_ids: Iterable[str] = (), places: Iterable[str] = (),
                   agreements: Iterable[dict[str, Any]] = ()) -> Draft:
    """One review document for several articles: what one proposes as new, the next ones
    link to (an organization two articles name is proposed once), and no two new ids
    collide. `published_on` applies to every article; else each one's page or header."""
    known = {"organizations": list(organizations), "people": list(people),
             "events": list(events)}
    taken = list(existing_ids)
    places, agreements = list(places), list(agreements)
    drafts = []
    for source in sources:
        page = parse_published_on(source.published_on) if source.published_on else None
        when = page if page and (published_on is None or _finer(page, published_on)) \
            else published_on
        draft = draft_article(source.text, published_on=when, publisher=source.publisher,
                              title=source.title,
                              existing_ids=taken, label=source.label, places=places,
                              agreements=agreements, **known)
        if page and published_on is not None and when is published_on:
            draft.warnings = disagreement(source.label, page.iso(), published_on) + [
                w for w in draft.warnings if not w.startswith(f"{source.label}: it says")]
        drafts.append(draft)
        for name in ("organizations", "people", "events"):
            known[name].extend(draft.data.get(name, []))
        taken.extend(e["id"] for name in SECTIONS for e in draft.data.get(name, []))
    return combine(drafts)
