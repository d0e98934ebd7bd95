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
