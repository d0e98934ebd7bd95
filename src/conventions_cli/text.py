"""Text folding shared by filters, search keys and suggestions."""

from __future__ import annotations

import unicodedata


def fold(value: str | None) -> str:
    """Lowercase, without accents, with one kind of apostrophe: how users type names."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("\u2019", "'").replace("\u2018", "'").casefold()


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
QUOTE_LIMIT = 60


def one_line(value: str) -> str:
    """The text on one line: newlines, tabs and other control characters escaped."""
    if value.isprintable():
        return value
    return "".join(_ESCAPES.get(ch, ch if ch.isprintable() else f"\\x{ord(ch):02x}"
                                if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
                   for ch in value)


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A value as messages show it: in single quotes, on one line, long values cut with …."""
    text = one_line(str(value))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"
