"""Two names side by side in a signing sentence that are one side, not two: the state a
body belongs to ("l'Agence X de l'Union des Comores"), the place after an acronym that
names a branch ("la CGEM Fès-Meknès"), the territory in brackets ("(province de Y)"), a
second title between a title and its person, a title right after another, a body's own
unit ("le ministère X et sa direction régionale")."""

from __future__ import annotations

import re

from .names import Mention
from .normalize import fold
from .places import city_region
from .words import TITLES

__all__ = ["_is_place", "_own_unit", "_place_after_acronym", "_second_title", "_state_of",
           "_territory_in_brackets", "_title_after_title"]

# "A et sa direction régionale", "… et ses services déconcentrés": the unit is A's, unnamed
_OWN = re.compile(r"\s*,?\s*(?:et|ainsi que|avec)\s+(?:sa|son|ses)\s*")
_UNNAMED_UNIT = re.compile(r"(?:direction|delegation|representation|antenne|services?|"
                           r"inspection|division|agence|succursale)s?"
                           r"(?:\s+(?:regionale?s?|provinciale?s?|prefectorale?s?|locale?s?|"
                           r"territoriale?s?|deconcentree?s?|exterieure?s?|interregionale?s?))*")


def _state_of(text: str, previous: Mention, m: Mention) -> bool:
    """ "l'Agence X (AX) de l'Union des Comores": the state a body belongs to, not a
    party beside it; it gives the body its country."""
    gap = fold(text[previous.end:m.start] + " ".join(text[m.start:m.end].split()[:2]))
    if not m.extra.get("state") or previous.kind in ("other",) or previous.extra.get("state") \
            or not re.match(r"\s*(?:de|du|des|d')\b", gap):
        return False
    if previous.country is None:
        previous.country = m.country
    return True


def _is_place(name: str) -> bool:
    from .places import REGIONS

    folded = fold(name)
    return city_region(name) is not None or any(folded == fold(r) for r in REGIONS)


def _place_after_acronym(text: str, previous: Mention, m: Mention) -> bool:
    """ "la Confédération X (CGEM) Fès-Meknès", "le président de la CGEM Fès-Meknès": the
    place names the body's branch, it does not sign."""
    tail = text[previous.start:previous.end].split()[-1:] or [""]
    gap = text[previous.end:m.start].strip()
    if gap in ("à", "au") and m.kb_id is None and not m.acronym and _is_place(m.name):
        return True  # "la direction régionale de l'ANEF à Souss-Massa": where it sits
    return (tail[0].endswith(")") or bool(re.search(r"(?:^|['’])[A-Z][A-Z0-9&-]+$", tail[0]))) \
        and not gap and _is_place(m.name)


def _territory_in_brackets(text: str, previous: Mention, m: Mention) -> bool:
    """ "la commune rurale de X (province de Y)": the bracket says where X lies; Y does
    not sign; "le ministère de X, Y et Z (Département de X)": the part of it that signs."""
    return (m.head in ("province", "prefecture", "region", "wilaya") or m.head == "departement"
            and previous.kind == "ministry") and bool(re.fullmatch(
        r"\s*\(\s*(?:(?:la|le|l')\s*)?", text[previous.end:m.start])) and \
        text[m.end:m.end + 3].lstrip().startswith(")")


def _second_title(_text: str, titled: Mention, m: Mention) -> bool:
    """ "le ministre de X, porte-parole du gouvernement, Karim A": the name between a title
    and the person it introduces is that person's second title, not a party."""
    person = titled.person
    return person is not None and m.person is None and titled.end <= m.start \
        and m.end <= person.start


def _title_after_title(text: str, titled: Mention, m: Mention) -> bool:
    """ "A, wali de la région X, gouverneur de la province Y, B, directeur de Z": in a list
    where each name comes before its title, a title right after another, with no name
    between, is the same person's second office, not another party."""
    person = titled.person
    if titled.end <= m.start and m.person is None and _and_title_of(
            fold(text[titled.end:m.start])) and (fold(text[titled.start:titled.end]).split()
                                                  or [""])[0] in TITLES:
        return True  # "vice-président de la BEI et « patron » de la FEMIP"
    return person is not None and person.end <= titled.start and titled.end <= m.start \
        and (m.person is None or m.person.start >= m.end) \
        and re.fullmatch(r"\s*,\s*", text[titled.end:m.start]) is not None


def _spelled_out(text: str, previous: Mention, m: Mention) -> bool:
    """ "la FEMIP (la Facilité euro-méditerranéenne …)": the acronym spelled out in
    brackets right after it is the same body, not another party."""
    return SPELLED_GAP.fullmatch(fold(text[previous.end:m.start])) is not None and \
        re.search(r"\b[A-Z]{2,}$", text[previous.start:previous.end]) is not None


SPELLED_GAP = re.compile(r"\s*\(\s*(?:la |le |les |l')?")


def _and_title_of(gap: str) -> bool:
    """ "X, vice-président de la BEI et « patron » de la FEMIP": the same person's other
    office, told after "et" (quoted or not)."""
    said = re.fullmatch(r"\s*(?:,\s*)?et\s+[«\"“]?\s*([\w-]+)\s*[»\"”]?\s+"
                        r"d(?:e la|e l'|u|es|e|')\s*", gap)
    return said is not None and said[1] in TITLES


def _own_unit(text: str, previous: Mention, m: Mention) -> bool:
    """ "le ministère X et sa direction régionale à Agadir": a unit of the body named just
    before, with no name of its own; the body signs, not a second party."""
    if not _OWN.fullmatch(fold(text[previous.end:m.start])) or m.kb_id is not None or \
            m.person or not _UNNAMED_UNIT.fullmatch(fold(m.name)):
        return False
    previous.end = m.end  # the list goes on after the unit
    return True
