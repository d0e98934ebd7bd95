"""A saved web page as an article: its main text without the site's navigation, teasers and
footer, and the publication date and outlet the page declares.

trafilatura finds the main text (it beats a hand-written "longest run of prose" on pages
whose menus and "Lire aussi" boxes are themselves prose-like, and keeps up with the
markup sites use); htmldate reads the publication date from the page's metadata, its
URL-like fields and its visible text, preferring the original date to an update. Both
are in the `draft` extra. jusText, which trafilatura falls back on, needs
`lxml_html_clean` with a current lxml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ConvError

__all__ = ["Page", "looks_like_html", "read_page"]

INSTALL_HINT = 'pip install "conventions-cli[draft]"'
MIN_WORDS = 15  # fewer is a menu or a caption: no article
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S)


@dataclass(frozen=True)
class Page:
    """What a page holds for drafting; `date` is YYYY-MM-DD when the page gives one."""

    text: str
    date: str | None = None
    publisher: str | None = None
    title: str | None = None


def looks_like_html(data: bytes, name: str) -> bool:
    """A saved page: named .html/.htm, or opening as an HTML document does."""
    return name.lower().endswith((".html", ".htm", ".xhtml")) or bool(
        _HTML_START.match(data[:2048]))


class PageUnreadable(ConvError):
    """The page holds no article text, or the extractor is not installed."""


def read_page(html: str, label: str) -> Page:
    """The article of a saved page; one clear error when there is none."""
    try:
        import trafilatura
        from htmldate import find_date
    except ImportError:
        raise PageUnreadable(f"{label}: conv draft reads saved web pages with trafilatura and "
                             f"htmldate; {INSTALL_HINT}") from None
    try:
        story, dated = _own_story(html)
        body = trafilatura.extract(story, output_format="txt", include_comments=False,
                                   include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html)
        date = find_date(dated, original_date=True, outputformat="%Y-%m-%d",
                         extensive_search=False)
    except Exception as exc:  # a malformed page must not print a traceback
        raise PageUnreadable(f"{label}: this page could not be read as HTML "
                             f"({type(exc).__name__}); save the article's text instead") from None
    if not body or len(body.split()) < MIN_WORDS:
        raise PageUnreadable(f"{label}: no article text found in this page; save the "
                             "article's text as a .txt file instead")
    title = (meta.title or "").strip() if meta is not None else ""
    publisher = (meta.sitename or "").strip() if meta is not None else ""
    title = _without_site(title, publisher)
    text = body.strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"  # the headline, where the body does not repeat it
    return Page(text + "\n", date if isinstance(date, str) else None, publisher or None,
                title or None)


def _without_site(title: str, site: str) -> str:
    """The headline of a page's title without the site's name after it ("X | Site",
    "X - Site", "X – Site"); nothing when the title is the site's name alone."""
    if not site:
        return title
    if title.casefold() == site.casefold():
        return ""
    for mark in (" | ", " - ", " – ", " — "):
        if title.casefold().endswith(f"{mark}{site}".casefold()):
            return title[: -len(site) - len(mark)].rstrip()
    return title


# Blocks around a story that carry other stories' dates: related lists, sidebars, teasers.
_AROUND = re.compile(r"related|similaire|lire-?aussi|read-?more|teaser|sidebar|widget|"
                     r"recommend|popular|more-stories|most-read|plus-lus", re.I)


def _own_story(html: str) -> tuple[str, str]:
    """The page as read for its story, and as read for its date. A `<template>` is never
    shown, so it is no part of either. When the page's `<h1>` stands in one `<article>`,
    that is the story: a front-page teaser `<article>` beside it is not (with no `<h1>`,
    the longest `<article>` is). Its date is the page's own (its metadata, the story's
    `<time>`), never one of the related articles, sidebars, navigation or footer."""
    try:
        import lxml.html  # type: ignore[import-untyped]
        from lxml import etree

        root = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - trafilatura reads what lxml could not
        return html, html
    for node in list(root.iter("template")):
        node.drop_tree()  # its tail, the text after it, stays
    articles = [a for a in root.iter("article")
                if not any(p.tag == "article" for p in a.iterancestors())]
    headline = next(iter(root.iter("h1")), None)
    story = next((a for a in articles if headline is not None
                  and (a is headline or headline in a.iterdescendants())), None)
    if story is None and headline is None and len(articles) > 1:
        story = max(articles, key=lambda a: len(a.text_content()))
    if story is not None:
        for other in articles:
            if other is not story:
                other.drop_tree()
    text = etree.tostring(root, encoding="unicode", method="html")
    for node in list(root.iter("aside", "nav", "footer")) + [
            n for n in root.iter() if isinstance(n.tag, str) and n is not story
            and _AROUND.search(f"{n.get('class', '')} {n.get('id', '')}")]:
        if node.getparent() is not None and story not in node.iterancestors():
            node.drop_tree()
    return text, etree.tostring(root, encoding="unicode", method="html")
