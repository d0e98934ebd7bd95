"""Character-level helpers every stage shares: same-length folding, slugs, French words.

Offsets found in a folded copy are offsets in the article, so every fact can quote the
article's own words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
          "septembre", "octobre", "novembre", "decembre"]

# Typographic variants that mean the same thing to a reader, mapped one char to one char.
SAME: dict[str, str | int | None] = {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\ufeff": " ", "\r": " ",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u0153": "œ", "\u1d49": "e"}


DOUBLED_APOSTROPHES = re.compile(r"(?<![\w'])''(?=\w)|(?<=[\w.!?])''(?![\w'])")


def analysis_text(raw: str) -> str:
    """The text with typographic variants made plain, keeping every offset: curly quotes
    and apostrophes, odd spaces, and ''two apostrophes'' used as quotation marks."""
    plain = raw.translate(str.maketrans(SAME))
    if "''" not in plain:
        return plain
    return DOUBLED_APOSTROPHES.sub(lambda m: ' "' if plain[m.end():m.end() + 1].isalnum()
                                   else '" ', plain)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """Lowercase without accents, one char for one char (offsets survive)."""
    return "".join(_fold_char(c) if ord(c) > 127 else c.lower() for c in text)


@lru_cache(maxsize=8)
def _fold_whole(text: str) -> str:
    return fold(text)


def fold_upto(text: str, end: int) -> str:
    """fold(text[:end]), folding the whole article once: finders call it per sentence."""
    return _fold_whole(text)[:end]


def key(text: str) -> str:
    """A loose comparison key: folded words only."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text).replace("œ", "oe")))


def slugify(text: str, max_words: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text).replace("œ", "oe"))
    if max_words:
        words = words[:max_words]
    return "-".join(words)


def clean_name(text: str) -> str:
    """A name without the spaces, quotes and punctuation a sentence left around it."""
    text = " ".join(text.split())
    text = re.sub(r"^[\s,;:.\-–—«»\"'(]+", "", text)
    text = re.sub(r"[\s,;:.\-–—«\"']+$", "", text)
    if text.count("»") > text.count("«"):
        text = text.rstrip("» ").rstrip()
    text = re.sub(r"[\s,;:.\-–—\"']+$", "", text)
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].rstrip()
    return text
