"""The roll of signatories: once a signing sentence has named its first signatory ("signé
par le directeur de A, M. X, …"), every body named after it in the same list signs too,
however much stands between two of them: the people who sign ("M. X", "Mme Y"), their
second titles ("porte-parole du gouvernement"), the capacity they sign in ("en sa qualité
de président du comité Z", whose body is a capacity, not one more party), the side they
sign for ("du côté émirati"), the body one belongs to (", relevant de l'Université Z").
The roll ends at anything else: "en présence de", "pour",
"au nom de", a verb, the end of the clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from .names import Mention
from .normalize import fold
from .trades import described_before
from .units import SUBUNITS
from .words import TITLE_WORDS, TITLES

__all__ = ["Rolled", "joined_to", "roll_on"]

# What may stand between two signatories besides names and titles.
CONNECTORS = {",", "(", ")", "et", "ainsi", "que", "qu'", "le", "la", "les", "l'", "de", "du",
              "des", "d'", "a", "au", "aux", "l", "d", "ben", "bin", "ould", "el", "al",
              "respectivement", "son", "sa", "ses", "leur", "leurs", "-"}
LOCATIVE = {"a", "au", "aux", "en"}
# After a title, the words that qualify it ("directeur général adjoint", "représentant
# résident", "ministre délégué chargé de") and the preposition to its body.
TITLE_TAIL = {"general", "generale", "adjoint", "adjointe", "delegue", "deleguee", "resident",
              "residente", "executif", "executive", "charge", "chargee", "aupres", "regional",
              "regionale", "provincial", "provinciale", "national", "nationale", "interim",
              "par", "honoraire", "permanent", "permanente", "parlementaire", "vice", "en",
              "chez", "exerce", "extraordinaire", "plenipotentiaire", "principal",
              "principale", "superieur", "superieure", "special", "speciale",
              # the unit a title heads, inside the body that signs
              "departement", "division", "direction", "service", "bureau", "pole", "cellule"}
TITLE_PREFIXES = {"vice", "sous", "co", "ex", "haut", "haute"}
# What ends a roll even inside a title: a relative, a purpose, a verb, a circumstance.
ENDS_ROLL = {"qui", "dont", "pour", "afin", "lors", "presence", "ont", "sont", "est", "avait",
             "avaient", "visant", "portant", "relatif", "relative", "relatifs", "relatives",
             "concernant", "sur", "dans", "apres", "avant", "sous", "nom", "durant", "pendant",
             "entre", "avec", "par", "ce", "cette", "ces", "mais", "ou", "puis"}
ORDINAL = re.compile(r"\d{1,2}(?:er|ere|e|eme|ieme)|premier|premiere|second|seconde|"
                     r"(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix)ieme")
CAPACITY_WORDS = {"en", "sa", "leur", "qualite", "es", "qualites", "agissant"}
OPENERS = {"En", "Pour", "Au", "Lors", "Dans", "Selon", "Sous", "Avec", "Par"}
CAPACITY = re.compile(r"^(?:en (?:sa|leur) qualite d|es qualites? d|agissant en qualite d)")
# ", relevant de l'Université X": the body a signatory belongs to, not one more signatory
PARENT = {"relevant", "rattache", "rattachee", "rattaches", "rattachees", "affilie",
          "affiliee", "dependant", "filiale", "membre"}


class Rolled(Protocol):
    mention: Mention
    role_hint: str


def _words(gap: str) -> list[str]:
    return re.findall(r"\b(?:[lLdD]|[qQ]u)['’]|[\w.-]+|[,()]", gap)  # "l'Europe": "l'", "Europe"


def gap_kind(gap: str) -> str | None:
    """ "list" when the gap between two bodies holds only what a roll of signatories puts
    there, "capacity" when the next body is the capacity a signatory signs in, else None."""
    described = described_before(fold(gap))
    if described:  # "… et le producteur indien de gaz X": the description names no one
        gap = gap[:described.start()]
    capacity = titled = side = parent = after_title = False
    previous = ""
    for raw in _words(gap):
        word = fold(raw).replace("’", "'").rstrip("-") or "-"
        previous, before = word, previous
        if word == ",":
            after_title, titled, side = titled, False, False
        elif after_title and word in SUBUNITS:
            titled = True  # "directeur des opérations, département Maghreb de la Banque"
        elif word in TITLE_PREFIXES or (raw[0].isupper() and raw not in OPENERS) or \
                ORDINAL.fullmatch(word):
            continue  # "le (2ème) vice-" before the next title; a person's name, an honorific
        elif word in PARENT and before == ",":
            capacity = parent = True
        elif parent and word in ("de", "du", "des", "d'", "a", "au", "aux", "l'"):
            continue
        elif word in CAPACITY_WORDS and (capacity or CAPACITY.match(
                fold(gap[gap.find(raw):]).lstrip())):
            capacity = True  # "en sa qualité de président du comité X"
        elif word in LOCATIVE and not titled:
            return None  # ", à El Moharik": where they signed, not one more signatory
        elif word in TITLE_WORDS or word in CONNECTORS:
            continue
        elif word in TITLES or word.split("-")[0] in TITLES or word.rstrip("s") in TITLES:
            titled = True
        elif titled and (word in TITLE_TAIL or word not in ENDS_ROLL):
            continue  # "porte-parole du gouvernement": a title's words, up to its comma
        elif word == "cote" and before == "du":
            side = True  # "du côté émirati"
        elif side:
            side = False
        else:
            return None
    if not re.search(r",|\bet\b|\bainsi que\b", fold(gap)):
        return None  # "(CRI) de Marrakech": no list without a comma or "et" between
    if parent:
        return "capacity" if "," not in re.split(r"\b(?:" + "|".join(PARENT) + r")\b",
                                                 fold(gap))[-1] else "list"
    return "capacity" if capacity and "," not in fold(gap).split("qualit")[-1] else "list"


P = TypeVar("P", bound=Rolled)


def roll_on(text: str, groups: list[list[Mention]], parties: list[P],
            make: Callable[[Mention, str], P]) -> list[P]:
    """The parties, with every body that follows a signatory in the same roll."""
    if not parties:
        return parties
    signing = {id(p.mention): p.role_hint for p in parties}
    out = list(parties)
    last_end: int | None = None
    hint = ""
    for group in groups:
        for m in group:
            if id(m) in signing:
                last_end, hint = m.reach, signing[id(m)]
                continue
            if last_end is None:
                continue
            start = m.person.start if m.person is not None and m.person.start < m.start \
                else m.start
            if start < last_end:
                continue
            kind = gap_kind(text[last_end:start])
            if kind is None:
                last_end = None
                continue
            if kind == "capacity" or _a_name(m, text[last_end:start]):
                last_end = m.reach  # the capacity a signatory signs in; a signatory's name
                continue
            out.append(make(m, hint))
            signing[id(m)] = hint
            last_end = m.reach
    return out


def _a_name(m: Mention, gap: str) -> bool:
    """ "…, Toyama Kei, en présence …": capitalized words set after a comma, with no
    article, head, acronym or known id, are the person who signs for the body before."""
    return bool(m.extra.get("proper")) and not m.acronym and m.kb_id is None and \
        bool(re.search(r",\s*$", gap))  # a body after a comma has its article: "…, la société X"


JOINS = re.compile(r"\b(?:lie|liant|lient|unit|unissant|unissent|associe|associant|associent|"
                   r"relie|reliant|relient)\s+(?:[\w'-]+\s+){0,6}$")


def joined_to(text: str, named: list[Mention], parties: list[P],
              make: Callable[[Mention, str], P]) -> list[P]:
    """ "une convention liant la Région à l'ONEE", "qui unit l'Office à l'Agence X": the
    body after "à" is joined to the party before it, and signs with it."""
    signing = {id(p.mention) for p in parties}
    out: list[P] = []
    for one, other in zip(named, named[1:], strict=False):
        if id(one) in signing and id(other) not in signing and re.fullmatch(
                r"\s*(?:a|au|aux)\s+(?:la |le |les |l')?\s*", fold(text[one.end:other.start])) \
                and JOINS.search(fold(text[max(0, one.start - 60):one.start])):
            out.append(make(other, "with"))
    return out
