"""An event of the knowledge base by its series and its edition: "la 3e édition du GITEX
Africa", "GITEX Afrique" and "GITEX Africa 2025" name one series; the year or the
edition (the base's "15e Salon … (SIAM 2023)") tells which of its events it is. With
neither, the base's events of the series are only candidates, for the curator to choose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .normalize import fold, key

__all__ = ["edition_in_sentence", "editions", "event_candidates", "sentence_around", "years"]

# Spelled ordinals past what `signing` counts ("la quinzième édition")
_SPELLED = {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2,
            "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
            "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12,
            "treizieme": 13, "quatorzieme": 14, "quinzieme": 15, "seizieme": 16,
            "vingtieme": 20, "trentieme": 30}
_FIGURES = re.compile(r"(\d{1,2})(?:e|eme|er|ere|re|es|emes)")
# What says which edition, not which series: "la 3e édition du", "(1re édition)"
_NOT_SERIES = {"edition", "editions", "session", "de", "du", "des", "la", "le", "les", "l",
               "d", "et", "en", "au", "aux", "a", "annuelle", "annuel"}
_ORDINAL = r"(?:\d{1,2}\s*(?:e|eme|er|ere|re)|" + "|".join(_SPELLED) + ")"
_EDITION = re.compile(rf"\b({_ORDINAL})\s+(?:edition|session)\b")


def years(text: str) -> set[str]:
    return set(re.findall(r"\b(?:19|20)\d{2}\b", text))


def _ordinal(word: str) -> int | None:
    figures = _FIGURES.fullmatch(word)
    if figures:
        return int(figures.group(1))
    return _SPELLED.get(word)


def editions(text: str) -> set[str]:
    """The edition a name gives ("3e", "6ème", "troisième", "1re"), as a number; what is
    in a bracket counts ("(SIAM 2023, 15e édition)")."""
    return {str(n) for word in key(text).split() if (n := _ordinal(word))}


def edition_in_sentence(sentence: str) -> set[str]:
    """ "… a présidé l'ouverture de la sixième édition": the one edition a sentence names
    ("Ne édition", "Ne session"), else nothing (two editions say nothing sure)."""
    found = {str(_ordinal(m.group(1).replace(" ", "")) or "")
             for m in _EDITION.finditer(fold(sentence).replace("\u2019", "'"))} - {""}
    return found if len(found) == 1 else set()


def _series(text: str) -> list[str]:
    """The words that name the series: no year, no edition."""
    return [w for w in key(re.sub(r"\b(?:19|20)\d{2}\b", " ", text)).split()
            if w not in _NOT_SERIES and _ordinal(w) is None]


def _same_word(a: str, b: str) -> bool:
    """ "africa" and "afrique", "international" and "internationale": one word in two
    spellings, by a common stem of all but their last two letters (at least four)."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    common = len(next((a[:n] for n in range(shortest, 0, -1) if a[:n] == b[:n]), ""))
    return shortest >= 5 and common >= max(4, shortest - 2)


def _alike(wanted: list[str], words: list[str]) -> bool:
    if not wanted or not words:
        return False
    shared = sum(any(_same_word(w, x) for x in words) for w in wanted)
    return shared / min(len(wanted), len(words)) >= 0.75


def event_candidates(events: Iterable[dict[str, Any]], name: str, year: str | None,
                     sentence: str = "") -> tuple[list[dict[str, Any]], bool]:
    """The base's events the name may be, and whether the name and its year tell which:
    never one of another year or edition ("les 3e Assises de l'agriculture" of 2010 are
    not the 2009 Assises); with no year known, only the one of the edition the name or its
    sentence gives ("la sixième édition"), else every event of the series, undecided."""
    wanted = _series(name)
    when = years(name) or ({year} if year else set())
    edition = editions(name) or edition_in_sentence(sentence)
    found: list[dict[str, Any]] = []
    for event in events:
        label = str(event.get("name") or "")
        if not _alike(wanted, _series(label)):
            continue
        known = years(label) or ({str(event["start"])[:4]} if event.get("start") else set())
        if when and known and not when & known:
            continue
        if edition and editions(label) and editions(label) != edition:
            continue
        found.append(event)
    if when:
        return found, True
    # no year: only an edition the base knows tells which
    sure = [e for e in found if edition and editions(str(e.get("name") or "")) == edition]
    return (sure, True) if len(sure) == 1 else (found, False)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``start``–``end`` (up to a full stop that ends
    one, or a line end)."""
    opening = max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZÀ-Ý«\"])|\n", text[:start])),
                  default=0)
    closing = re.search(r"[.!?](?=\s+[A-ZÀ-Ý«\"]|\s*$)|\n", text[end:])
    return text[opening:end + closing.start() if closing else len(text)]
