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
MO = "|".join(MONTHS)  # the months as one alternation, for the patterns that read dates

# Typographic variants that mean the same thing to a reader, mapped one char to one char.
SAME: dict[str, str | int | None] = {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\ufeff": " ", "\r": " ",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u0153": "œ", "\u1d49": "e",
        # marks that reorder or hide text on a screen: never part of a name or a quote
        **{chr(c): " " for c in (*range(0x202a, 0x202f), *range(0x2066, 0x206a), 0x200e, 0x200f,
                                  0x061c)}}


DOUBLED_APOSTROPHES = re.compile(r"(?<![\w'])''(?=\w)|(?<=[\w.!?])''(?![\w'])")
# An article typed twice ("le président de l' l'Université", "de la la région"): the first
# is blanked, so the name after it reads as one.
DOUBLED_ARTICLE = re.compile(r"(?<![\w'])(?:([ldLD]') +(?=\1\w)|(la|le|les|de|du|des) +(?=\2 ))")
# "le ministère l'Aménagement du territoire …": the "de" left out before the portfolio's
# article; "d'" in place of "l'" (same length) joins the name back to its head
DROPPED_DE = re.compile(r"(?<=\b[Mm]inist[eè]re )l'(?=[A-ZÀ-Ý])")
# "A Paris, l'agence a signé …", "A l'occasion de …": a sentence's first word written "A",
# the capital without its accent, is the preposition "à" (a letter or an initial would stand
# before a full stop, a bracket or a figure)
UNACCENTED_A = re.compile(r"(?:^|(?<=[.!?:»]\s))A(?=\s+(?:[lLdD]'|[^\W\d_]))", re.M)


# The words that say what was signed, and their slips of the keyboard the finders would
# miss ("conctrat", "convnetion", "protcoole"): one letter too many, another letter, or
# two letters swapped. Real words one slip away are left alone.
SIGNING_WORDS = ("convention", "conventions", "contrat", "contrats", "protocole", "protocoles",
                 "memorandum", "memorandums", "partenariat", "partenariats", "signature",
                 "signatures")
NOT_SLIPS = {"contrit", "contras", "contra", "contrar", "protocoler", "signaturé"}


@lru_cache(maxsize=1)
def _slips() -> dict[str, str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    slips: dict[str, str] = {}
    for word in SIGNING_WORDS:
        variants = {word[:k] + c + word[k:] for k in range(len(word) + 1) for c in letters}
        variants |= {word[:k] + c + word[k + 1:] for k in range(1, len(word)) for c in letters}
        variants |= {word[:k] + word[k + 1] + word[k] + word[k + 2:]
                     for k in range(1, len(word) - 1)}
        for v in variants - set(SIGNING_WORDS) - NOT_SLIPS:
            slips.setdefault(v, word)
    return slips


def _mend(match: re.Match[str]) -> str:
    word = match.group(0)
    right = _slips().get(word.lower())
    if right is None or len(right) > len(word):
        return word
    if word[:1].isupper():
        right = right.capitalize()
    return right + " " * (len(word) - len(right))  # the same length: offsets survive


# "Mohammed DRISSI MELYANI, directeur général": a surname in capitals after a given name
CAPITAL_SURNAME = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+)"
                             r"((?:[ -](?:[A-ZÀ-Ý]{2,}|[A-ZÀ-Ý]'[A-ZÀ-Ý]{2,}))+)(?![\w'-])")


HONORIFIC_BEFORE = re.compile(r"\b(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Dr\.?|Pr\.?|Monsieur|Madame)\s+$")


def _surname_cased(m: re.Match[str]) -> str:
    from .words import GIVEN_NAMES

    titled = HONORIFIC_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    if (fold(m[1]) not in GIVEN_NAMES and titled is None) or len(m[2]) < 4:
        return m[0]  # "Mme Carmen GARCÍA": a title says a given name follows
    return m[1] + re.sub(r"[A-ZÀ-Ý]+", lambda w: w[0][0] + w[0][1:].lower(), m[2])


# "par A – le directeur de X au ministère Y – et B, …": two dashes that set an apposition
# off, as commas do (a dateline's dash opens its line and has no pair)
PAIRED_DASHES = re.compile(r"(?<=[\w)»])\s[–—](?=\s)([^–—\n.;]{12,240}?\s)[–—](?=\s)")


def _dashes_as_commas(m: re.Match[str]) -> str:
    before = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]
    inside = m[1]
    prose = [w for w in re.findall(r"\b[a-zàâçéèêëîïôûù]{4,}\b", before) if fold(w) not in MONTHS]
    if not prose or not re.search(r"\b[a-zàâçéèêëîïôûù]{3,}\b", inside):
        return m[0]  # "Rabat, 3 mars – …": a dateline; "Tanger – Tétouan – …": a name
    return ", " + inside[:-1] + ", "  # the same length: offsets survive


# "huit (8) conventions", "d'un (1) accord": a number spelled, then in figures in brackets
SPELLED_THEN_FIGURES = re.compile(
    r"(?i)(?<![\w-])(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt)\s*(\(\s*\d{1,2}\s*\))")


def figures_blanked(text: str) -> str:
    """The figures in brackets that repeat a spelled number, blank (offsets kept)."""
    return SPELLED_THEN_FIGURES.sub(lambda m: m[0][:m.start(1) - m.start()] +
                                    " " * len(m[1]), text)


def analysis_text(raw: str) -> str:
    """The text with typographic variants made plain, keeping every offset: curly quotes
    and apostrophes, odd spaces, ''two apostrophes'' used as quotation marks, dashes that
    set an apposition off, and slips in the words of signing ("la première conctrat")."""
    plain = raw.translate(str.maketrans(SAME))
    plain = PAIRED_DASHES.sub(_dashes_as_commas, plain)
    plain = re.sub(r"(?<![\w-])[A-Za-z]{6,12}(?![\w-])", _mend, plain)
    plain = CAPITAL_SURNAME.sub(_surname_cased, plain)
    plain = DOUBLED_ARTICLE.sub(lambda m: " " * len(m[0]), plain)
    plain = UNACCENTED_A.sub("À", plain)
    plain = DROPPED_DE.sub("d'", plain)
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
    # "Autorité portuaire de Motril(sud d'Espagne)ont": a bracket glued to the words around
    # it, where the name ended and a note and the next word began
    return re.sub(r"(?<=[^\W\d_])\([^()]*\)[^\W\d_]+$", "", text)


def without_brackets(name: str) -> str:
    """The name without a last bracketed part: "Banque mondiale (BIRD)" -> "Banque mondiale"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name)
