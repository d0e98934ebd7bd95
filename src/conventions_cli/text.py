"""Text folding shared by filters, search keys and suggestions."""

from __future__ import annotations

import re
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


_WORD = re.compile(r"[^\W_]+")


def words(value: str | None) -> list[str]:
    """The words of a text as filters compare them: folded, split at anything not a letter
    or digit ("l'Industrie" -> l, industrie; "Rabat-Salé" -> rabat, sale)."""
    return _WORD.findall(fold(value))


def words_match(query: str | None, text: str | None) -> bool:
    """Every word of ``query`` is a word of ``text`` or the start of one: ``cti`` finds
    "CTI" but never "Construction", ``numerique`` finds "Transition numérique"."""
    wanted = words(query)
    if not wanted:
        return False
    have = words(text)
    return all(any(word.startswith(w) for word in have) for w in wanted)
