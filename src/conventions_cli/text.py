"""Text folding shared by filters, search keys and suggestions."""

from __future__ import annotations

import functools
import re
import shlex
import unicodedata
from itertools import chain

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from collections.abc import Iterable
    from typing import Any


class _Uncombined(dict[int, "int | None"]):
    """str.translate's table that drops the combining characters (accents, once
    decomposed) and keeps every other one, each character looked up once."""

    def __missing__(self, code: int) -> int | None:
        found = self[code] = None if unicodedata.combining(chr(code)) else code
        return found


_UNCOMBINED = _Uncombined()


def fold(value: str | None) -> str:
    """Lowercase, without accents, with one kind of apostrophe and œ, æ written oe, ae:
    how users type names. (The letters French writes joined that a keyboard types apart,
    "oeuvre" for "œuvre": Unicode decomposes neither, so they are folded by hand, after
    casefold, Œ -> œ.)"""
    if not value:
        return ""
    if value.isascii():  # nothing to decompose, no curly apostrophe, no ligature
        return value.lower()
    stripped = unicodedata.normalize("NFKD", value).translate(_UNCOMBINED)
    return (stripped.replace("\u2019", "'").replace("\u2018", "'").casefold()
            .replace("œ", "oe").replace("æ", "ae"))


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
QUOTE_LIMIT = 60


# What json.dumps(ensure_ascii=False) leaves raw although a terminal acts on it: the C1
# controls, the bidirectional characters, and the line and paragraph separators.
_JSON_RAW = re.compile("[\u0080-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e"
                       "\u2066-\u2069]")


def json_text(value: Any, **options: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, **options)`` with those characters written as
    \\u escapes: the same JSON value for a reader (jq, Python), accents kept readable, and
    nothing a terminal would act on when it is printed."""
    import json

    encoded = json.dumps(value, ensure_ascii=False, **options)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", encoded)


def line_end(text: str) -> str:
    """The line end a file is written with: CRLF when every line ends so, else LF (what
    lines added to it should end with)."""
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf == text.count("\n") else "\n"


# Characters that steer a terminal or reorder what it shows, beyond the controls (Cc):
# bidirectional overrides and isolates (the "Trojan Source" characters).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def escaped(value: str, keep: str = "") -> str:
    """The text with what could steer a terminal made visible: control characters (ESC,
    BEL, NUL, C1 such as U+009B), line and paragraph separators and bidi overrides become
    \\xNN or \\uNNNN, except those in ``keep`` (e.g. newlines in a text block). What
    every human output and message goes through."""
    if value.isprintable():  # bidi controls are not (they are format characters, Cf)
        return value
    return "".join(ch if ch in keep else _escape(ch) for ch in value)


REPLACEMENT = "\ufffd"


def replaced(value: str, keep: str = "\n\r\t") -> str:
    """The text with each character ``escaped`` would make visible replaced by U+FFFD (�),
    except those in ``keep``: for a file read by a program that would otherwise drop them
    without a word or show a \\x1b that was never in the data."""
    if value.isprintable():
        return value
    return "".join(ch if ch in keep or _escape(ch) == ch else REPLACEMENT for ch in value)


def one_line(value: str) -> str:
    """The text on one line: newlines, tabs and other control characters escaped."""
    return escaped(value)


def shown(value: Any, keep: str = "\n") -> Any:
    """A record as people see it: every text in it ``escaped`` (newlines kept)."""
    if isinstance(value, str):
        return escaped(value, keep)
    if isinstance(value, dict):
        return {k: shown(v, keep) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [shown(v, keep) for v in value]
    return value


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if unicodedata.category(ch) not in ("Cc", "Zl", "Zp", "Cs") and ch not in _BIDI:
        return ch  # other spaces (U+202F in grouped amounts) and letters stay as they are
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A value as messages show it: in single quotes, on one line, long values cut with …."""
    text = one_line(str(value))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def shell_word(value: str, bare: bool = False) -> str:
    """``value`` as one word of a command to paste, whole (never cut with …): in single
    quotes as messages quote (``bare``: a plain word without them, as shlex leaves it),
    unless it holds an apostrophe (l'Agence): then in double quotes, else as the shell's
    own quoting gives it. A value holding a control character is quoted as messages
    quote it, escaped: never written raw to a terminal."""
    if not value.isprintable():
        return quote(value)
    if "'" not in value:
        return shlex.quote(value) if bare else f"'{value}'"
    return f'"{value}"' if not set(value) & set('"$`\\!') else shlex.quote(value)


WORD_RE = re.compile(r"[^\W_]+")


def words(value: str | None) -> list[str]:
    """The words of a text as filters compare them: folded, split at anything not a letter
    or digit ("l'Industrie" -> l, industrie; "Rabat-Salé" -> rabat, sale)."""
    return WORD_RE.findall(fold(value))


def words_match(query: str | None, text: str | None) -> bool:
    """Every word of ``query`` is a word of ``text`` or the start of one: ``cti`` finds
    "CTI" but never "Construction", ``numerique`` finds "Transition numérique"."""
    wanted = words(query)
    if not wanted:
        return False
    have = words(text)
    return all(any(word.startswith(w) for word in have) for w in wanted)


# How people write a name before the name itself: an article or "de la" ("l'Agence nationale
# des ports", "de l'ONEE"), which a record's name does not begin with.
_LEADING_ARTICLE = re.compile(r"(?:(?:de\s+)?(?:les|la|le)\s+|(?:de\s+)?l['\u2019]\s*|"
                              r"du\s+|des\s+|d['\u2019]\s*)(?=\S)", re.IGNORECASE)
# An acronym written with dots: M.I.C, O.N.E.E., A. D. A.
_DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]\.\s*)+[^\W\d_]?\.?")


def name_query(value: str) -> str:
    """A name as a person types it, made what the records are named by: a leading article
    left out ("l'Union européenne" is "Union européenne"), an acronym's dots dropped
    ("M.I.C" is "MIC"). Nothing else changes."""
    text = value.strip()
    article = _LEADING_ARTICLE.match(text)
    if article:
        text = text[article.end():]
    if _DOTTED_ACRONYM.fullmatch(text):
        text = re.sub(r"[.\s]", "", text)
    return text


# Words a search leaves out unless nothing else is asked: they are in nearly every text,
# and "l'industrie" should find "Industrie" alone.
STOPWORDS = frozenset(["a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans",
                       "de", "des", "du", "en", "et", "l", "la", "le", "les", "par", "pour",
                       "sur", "un", "une"])


# French words that work as prepositions ("portant création de", "relatif à", "visant à",
# "suivant", "moyennant") whose Snowball stem is a noun's: portant -> port (ports), visant
# -> vis (visas), relatif -> relat (relations), suivant -> suiv (suivi), durant -> dur
# (durée), moyennant -> moyen (moyens). The stemmed index and search queries hold each as
# one word of its own (its forms as one), so `conv search port` never finds "portant", and
# `conv search portant` finds it alone.
_PREPOSITIONS = {
    "portant": (), "concernant": (), "visant": (), "durant": (), "pendant": (),
    "moyennant": (), "conformement": (), "touchant": (), "tendant": (), "emanant": (),
    "agissant": (), "relatif": ("relative", "relatifs", "relatives"),
    "suivant": ("suivante", "suivants", "suivantes"),
}
AS_THEMSELVES = {form: word for word, forms in _PREPOSITIONS.items()
                 for form in (word, *forms)}


# Names of places kept whole by the stemmer, folded: Snowball reads "Agadir" as a verb
# ending in -ir and "Agadez" (Niger) as one in -ez, and stems both to "agad", so that
# searching one town found the other. Filled by keep_whole() from the gazetteer (base/,
# which this module cannot import), before any text is stemmed for the index or a search.
_KEPT_WHOLE: set[str] = set()


def keep_whole(names: Iterable[str]) -> None:
    """Never stem these words (town names): each is its own stem, in the index and in a
    search alike; the stems cached before are forgotten."""
    new = {fold(name) for name in names} - _KEPT_WHOLE
    if new:
        _KEPT_WHOLE.update(new)
        forget_stems()


def forget_stems() -> None:
    """Forget every stem cached, as after a change to what is kept whole."""
    word_stems.cache_clear()
    search_stems.cache_clear()
    _STEMS.clear()
    _PIECES.clear()


@functools.lru_cache(maxsize=65536)
def word_stems(word: str) -> tuple[str, ...]:
    """The French stems of one lowercase word, accents left out of the result.

    Snowball reads accents ("signées", "signé" -> sign), but people type without them
    ("signee" -> signe), so a word gives the stem of its accented and of its folded
    spelling (one when they agree). A plural s or x is dropped first, as Snowball keeps
    it after a vowel ("emplois" would stay "emplois"). A preposition of AS_THEMSELVES is
    its own word, never stemmed onto a noun; a town's name (keep_whole) is itself."""
    itself = AS_THEMSELVES.get(fold(word))
    if itself is not None:
        return (itself,)
    if fold(word) in _KEPT_WHOLE:
        return (fold(word),)
    found = []
    for spelling in (word, fold(word)):
        if len(spelling) > 3 and spelling[-1] in "sx":
            spelling = spelling[:-1]
        stemmed = fold(_stemmer().stemWord(spelling))
        if stemmed not in found:
            found.append(stemmed)
    return tuple(found)


@functools.cache
def _stemmer() -> Any:
    import Stemmer  # PyStemmer: the Snowball stemmers in C

    return Stemmer.Stemmer("french")


def _lower_words(value: str | None) -> list[str]:
    return WORD_RE.findall((value or "").replace("\u2019", "'").casefold())


def stems(value: str | None) -> list[str]:
    """Every stem of a text's words, in order: what the stemmed index holds."""
    return list(chain.from_iterable(map(word_stems, _lower_words(value))))


class _Stems(dict[str, str]):
    """A word -> its stems, joined; each word stemmed once (words repeat heavily)."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        found = self[word] = " ".join(word_stems(word))
        return found


_STEMS = _Stems()


class _Pieces(dict[str, "str | None"]):
    """A piece of text between spaces -> the stems of its words, joined (None: no word).
    Words never hold a space, casefold() reads one character at a time and the apostrophe
    is replaced one for one: a text's words are its pieces' words, in order. Pieces repeat
    far more than texts (a summary is new, its words are not), so most are one lookup."""

    def __missing__(self, piece: str) -> str | None:
        if len(self) > 100_000:  # a few MiB at most
            self.clear()
        words = _lower_words(piece)
        found = self[piece] = " ".join(map(_STEMS.__getitem__, words)) if words else None
        return found


_PIECES = _Pieces()


def stemmed_text(value: str | None) -> str:
    """``" ".join(stems(value))``, each word stemmed once."""
    if not value:
        return ""
    return " ".join([found for found in map(_PIECES.__getitem__, value.split())
                     if found is not None])


# The endings Snowball reads only with their accent ("électricité" -> electr, "signée" ->
# sign, "première" -> premi, "Meknès"), each with the accent it may have lost: a word typed
# without accents is also stemmed as it would be with them.
_ACCENTED_ENDINGS = tuple((re.compile(ending + "$"), accented) for ending, accented in (
    (r"ee(s?)", r"ée\1"), (r"ite(s?)", r"ité\1"), (r"iere(s?)", r"ière\1"),
    (r"ere(s?)", r"ère\1"), (r"e(s?)", r"é\1"), (r"es", "ès")))


@functools.lru_cache(maxsize=4096)
def search_stems(word: str) -> tuple[str, ...]:
    """The stems a searched word may match, the same for every way of writing its accents:
    the stems of its folded spelling and of that spelling with each accent its ending may
    have lost. The index holds each text word's stems with and without its accents
    (``word_stems``), so "signee" finds "signé" and "signées" as "signée" does, and
    "electricite" finds "électriques" as "électricité" does."""
    folded = fold(word)
    itself = AS_THEMSELVES.get(folded)
    if itself is not None:
        return (itself,)
    found = list(word_stems(folded))
    for ending, accented in _ACCENTED_ENDINGS:
        if ending.search(folded):
            found.extend(s for s in word_stems(ending.sub(accented, folded))
                         if s not in found)
    return tuple(found)


def query_stems(query: str) -> list[tuple[str, ...]]:
    """For each word a search looks for (stopwords left out unless nothing else is
    asked), the stems any of which may match it."""
    found = _lower_words(query)
    kept = [w for w in found if fold(w) not in STOPWORDS] or found
    return list(dict.fromkeys(search_stems(w) for w in kept))


# How alike (difflib's ratio, 0 to 1) a choice must be to be offered as "did you mean".
NEAREST_CUTOFF = 0.5
# At the command line a person types an id from memory, often short or partial ("mc" for
# "mic", "plan-201"): one letter in two in common is already a useful hint there, and an id
# holding what was typed is offered too. In the base a curator mistypes a whole id, and the
# looser matches would be noise in every message about it.
TYPED_CUTOFF = 0.4


# Commands, options and choices are short words: at the base's cut-off "lsit" would also
# suggest "validate", so the command line asks for a closer match.
COMMAND_LINE_CUTOFF = 0.6


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """"; did you mean A or B?" for a mistyped command-line word, or nothing when none is
    close."""
    close = nearest(word, choices, cutoff=COMMAND_LINE_CUTOFF)
    return f"; did you mean {' or '.join(close)}?" if close else ""


# A name (a person's, an organization's, an event's) is typed from hearing or memory, long,
# with the typos spread over its words ("Soultane ben Saad el Mouraikhi"): about one letter
# in four may differ.
NAME_CUTOFF = 0.75
# How much less alike than the closest a choice may be and still be offered: the one
# clearly nearest is offered alone, several as near are all offered ("cti-2022" and
# "cti-2013" for "cti-2023"). Measured on 60 typos of the bundled base's names, ids, keys
# and commands (bench/hints.py): 51 of the 53 meant offered first and 1 false hint, where
# difflib's three closest gave 88 false hints, and counting edits (names, before: one per
# four letters, three at most) found 45, none of a name mistyped across several words or
# of a swapped pair in a short command ("lsit").
NEAREST_MARGIN = 0.05


def nearest(word: str, choices: Iterable[str], *, cutoff: float = NEAREST_CUTOFF,
            containing: bool = False) -> list[str]:
    """Up to three ``choices`` closest to ``word`` by difflib's ratio, closest first,
    those within NEAREST_MARGIN of the closest ("did you mean"); with ``containing``, then
    the choices that hold ``word`` whole. The one measure of every hint conv gives: ids,
    keys, values, commands and names."""
    import difflib

    pool = list(choices)
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for choice in dict.fromkeys(pool):  # difflib.get_close_matches' loop, every score kept
        matcher.set_seq1(choice)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            ratio = matcher.ratio()
            if ratio >= cutoff:
                scored.append((ratio, choice))
    scored.sort(reverse=True)
    close = [c for r, c in scored if r >= scored[0][0] - NEAREST_MARGIN][:3]
    if containing:
        close += [c for c in pool if word and word in c and c not in close]
    return close[:3]
