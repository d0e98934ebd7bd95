"""Warnings of `conv validate` for two people, or two organizations, that are most likely
one written two ways, beyond what a filter already takes as one name (validate.py warns of
those): an honorific ("M. Ahmed Benali"), a particle glued or apart ("Ben Ali", "Benali"),
the surname first ("BENALI Ahmed"), a leading article ("La Banque mondiale"), the press's
transliterations of one Arabic name ("Mohamed El Amrani", "Mohammed Elamrani"). Valid, but
stats counts two, a filter by one spelling misses the other, and nothing says so.

One warning per pair, at the second record's name (or alias), naming both ids. The names
and aliases of one record never warn of each other.
"""

from __future__ import annotations

import re
from typing import Any

from ..text import quote, words
from .checks import first_at
from .yamlnodes import Problem

# Honorifics the press puts before a name, as words() reads them ("S.E." is "s", "e").
HONORIFICS = frozenset({"m", "mr", "mme", "mlle", "melle", "dr", "pr", "prof", "me",
                        "monsieur", "madame", "mademoiselle", "docteur", "professeur",
                        "maitre", "sem", "sm", "sar"})
HONORIFIC_PAIRS = (("s", "e"), ("son", "excellence"), ("sa", "majeste"), ("h", "e"),
                   ("s", "m"), ("s", "a", "r"))
ARTICLES = frozenset({"le", "la", "les", "l"})


def _without_honorifics(found: list[str]) -> list[str]:
    changed = True
    while changed and found:
        changed = False
        for pair in HONORIFIC_PAIRS:
            if tuple(found[:len(pair)]) == pair and len(found) > len(pair):
                found, changed = found[len(pair):], True
        if len(found) > 1 and found[0] in HONORIFICS:
            found, changed = found[1:], True
    return found


# How the French press writes one Arabic sound several ways: "ph" or "f" (Mustapha,
# Mustafa), "ou", "w" or "u" (Abdelouahed, Abdelwahed), "y" or "i" (Ryad, Riad), a letter
# doubled or not (Mohammed, Mohamed; Hassan, Hasan).
_SOUNDS = ((re.compile("ph"), "f"), (re.compile("ou|w"), "u"), (re.compile("y"), "i"),
           (re.compile(r"(.)\1+"), r"\1"))


def transliterated(word: str) -> str:
    """A word of a name with the letters a transliteration varies made one: "mohammed" and
    "mohamed" are "mohamed". Word by word: a letter doubled across two words ("Hafidi
    Ibrahim") is two names' letters, not one name's."""
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return word


def person_keys(name: str) -> set[str]:
    """What a person's name is compared by: folded, without honorifics, without the spaces
    and hyphens between its words, in any word order that turns it round ("benali ahmed" is
    also "ahmedbenali"), its transliteration's letters made one ("Mohammed" is "Mohamed")."""
    found = [transliterated(w) for w in _without_honorifics(words(name))]
    return {"".join(found[n:] + found[:n]) for n in range(len(found))}


def organization_key(name: str) -> str:
    """What an organization's name is compared by: folded, without a leading article, the
    spaces, hyphens and punctuation between its words left out."""
    found = words(name)
    if len(found) > 1 and found[0] in ARTICLES:
        found = found[1:]
    return "".join(found)


def _names(record: Any) -> list[tuple[str, str]]:
    named = [("name", record.get("name"))]
    named += [(f"aliases[{n}]", a) for n, a in enumerate(record.get("aliases") or [])]
    return [(key, value) for key, value in named if isinstance(value, str) and value.strip()]


def _alike(records: list[Any], keys: Any, what: str, advice: str) -> list[Problem]:
    """A warning at each record one of whose names has a key of an earlier record's name
    (one, naming the first such record), unless one of its names is an earlier record's as
    a filter reads them (validate.py says that one already)."""
    first: dict[str, tuple[Any, str, str]] = {}
    same_words: dict[str, Any] = {}
    found = []
    for record in records:
        ident = record.get("id")
        named = _names(record)
        said = False
        for _, value in named:
            earlier = same_words.setdefault(" ".join(words(value)), ident)
            said = said or earlier != ident
        for key, value in named:
            for one in sorted(keys(value)):
                seen = first.setdefault(one, (record, key, value))
                other = seen[0]
                if other is record or other.get("id") == ident or not ident or said:
                    continue
                said = True
                line, col = record["_marks"].get(key, (record["_line"], 1))
                where = first_at(other["_marks"].get(seen[1], (other["_line"], 1))[0],
                                 other["_source"], record["_source"])
                found.append(Problem(
                    record["_source"], line, col,
                    f"{what} {quote(ident)} ({quote(value)}) and {quote(other.get('id'))} "
                    f"({quote(seen[2])}, {where}) are most likely one {what} written two "
                    f"ways; check the reports: {advice}"))
    return found


def alike_people(people: list[Any]) -> list[Problem]:
    return _alike(people, person_keys, "person",
                  "if one, keep one id (the other spelling as an alias), so that --person "
                  "and stats --by person count one; if two, tell them apart in their names")


def alike_organizations(organizations: list[Any]) -> list[Problem]:
    return _alike(organizations, lambda name: {organization_key(name)}, "organization",
                  "if one, keep one id (the other name as an alias), so that stats counts "
                  "one; if two, name them apart")
