"""Stage 1, reading: a file's bytes -> text. UTF-8 (or the encoding a saved page
declares), HTML entities resolved, a page's markup reduced to its text; one clear error
for anything else."""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from dataclasses import dataclass

from ..errors import ConvError
from ..files import read_file

__all__ = ["Source", "decode", "decode_html", "read_article", "without_markup"]


def decode(data: bytes, label: str) -> str:
    """UTF-8 (with or without BOM) to NFC text; anything else is one clear error."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConvError(f"{label}: not UTF-8 text; save it as UTF-8 and try again") from None
    return unicodedata.normalize("NFC", text)


def _character(found: re.Match[str]) -> str:
    """The character a reference stands for; a control or formatting one (ESC, a
    right-to-left override) stays written as the reference, never made live."""
    char = html.unescape(found[0])  # "" for a control the HTML standard refuses
    live = any(unicodedata.category(c).startswith("C") for c in char)
    return found[0] if live else char  # a no-break space is a character, not a control


# "l&#8217;Office", "d&eacute;veloppement": a page's character references left in a copy
# (only whole ones, ending in ";": "R&D", "AT&T" stay as written)
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Source:
    """An article as read from a file: its text, and what a saved web page declares of its
    publication (date YYYY-MM-DD, outlet, headline); `label` names the file in messages."""

    label: str
    text: str
    published_on: str | None = None
    publisher: str | None = None
    title: str | None = None


def read_article(path: str) -> Source:
    """The article from a text file, a saved web page, or `-` (stdin); ConvError, never a
    traceback."""
    if path == "-":
        data, label = sys.stdin.buffer.read(), "<stdin>"
    else:
        data = read_file(path, directory="give the article's text file or saved page")
        label = path
    from .pages import looks_like_html, read_page

    if looks_like_html(data, label):
        page = read_page(decode_html(data, label), label)
        return Source(label, page.text, page.date, page.publisher, page.title)
    return Source(label, without_markup(decode(data, label)))


# Text copied out of a site's editor often keeps its inline markup ("la société
# <b>Atlas</b>"): the words are the article's, the tags are not. A tag is taken only when it
# is one of HTML's own names, so "<3" or "a < b > c" in prose stay as written.
_TAG = re.compile(
    r"</?(?:a|abbr|b|big|br|cite|code|div|em|font|h[1-6]|i|img|li|mark|ol|p|q|small|span|"
    r"strong|sub|sup|u|ul|blockquote|figure|figcaption|section|article|header|footer|"
    r"time|wbr)\b[^<>]{0,400}?/?>", re.I)
_BREAK = re.compile(r"</?(?:br|p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|"
                    r"article|header|footer)\b", re.I)


def without_markup(text: str) -> str:
    """The text of a pasted article without its inline HTML tags: a tag that breaks a line
    (<br>, </p>, ...) becomes a line end, any other is removed; and its character
    references (&amp;, &nbsp;, &#233;, l&#8217;Office), tags or not, become their
    characters. A saved page is not read here: its parser reads its references."""
    plain = _TAG.sub(lambda m: "\n" if _BREAK.match(m.group()) else "", text) \
        if _TAG.search(text) else text
    return unicodedata.normalize("NFC", ENTITY.sub(_character, plain))


def decode_html(data: bytes, label: str) -> str:
    """A page's text: UTF-8, else the encoding its <meta charset> declares."""
    try:
        return decode(data, label)
    except ConvError:
        found = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
        try:
            return data.decode(found.group(1).decode("ascii") if found else "cp1252")
        except (LookupError, UnicodeDecodeError):
            raise ConvError(f"{label}: neither UTF-8 nor the encoding the page declares; "
                            "save it as UTF-8 and try again") from None
