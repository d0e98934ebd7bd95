"""Ministers of several countries named as one: "les ministres du Commerce des pays membres
du Protocole X (Maroc, Egypte, Tunisie et Jordanie)" are each country's ministry of that
portfolio, not one "Ministère du Commerce des pays membres …"."""

from __future__ import annotations

import re
from dataclasses import replace

from .countries import foreign_name
from .names import Mention
from .normalize import fold
from .words import country_code

__all__ = ["ministries_of_listed_countries"]

# "Ministère du Commerce des pays membres du …", "… des pays du Sahel", "… des Etats membres"
SEVERAL = re.compile(r"\s+des (?:pays|etats)\b")


def _code(name: str) -> str | None:
    return country_code(re.sub(r"^(?:le|la|l'|les)\s+", "", fold(name).strip()))


def ministries_of_listed_countries(text: str, found: list[Mention]) -> list[Mention]:
    """Each ministry named for "des pays …" and followed by the countries in brackets
    becomes one ministry per country, where the countries are named."""
    out: list[Mention] = []
    skip: set[int] = set()
    for at, m in enumerate(found):
        if id(m) in skip:
            continue
        several = SEVERAL.search(fold(m.name)) if m.kind == "ministry" else None
        if several is None:
            out.append(m)
            continue
        # (the name may go on: "du « Protocole X » sur le libre-échange (Maroc, …)")
        opening = text.find("(", m.end, m.end + 50)
        closing = text.find(")", opening) if opening >= 0 else -1
        inside = [x for x in found[at + 1:] if opening < x.start and x.end <= closing]
        codes = [_code(x.name) for x in inside]
        if opening < 0 or closing < 0 or re.search(r"[,;.:]", text[m.end:opening]) or \
                len(inside) < 2 or None in codes:
            out.append(m)  # no countries listed right after it: as it was
            continue
        portfolio = m.name[:several.start()].strip()
        for x, code in zip(inside, codes, strict=True):
            out.append(replace(m, name=foreign_name(portfolio, code), start=x.start, end=x.end,
                               country=None if code == "MA" else code, aliases=[],
                               person=None, extra=dict(m.extra)))
            skip.add(id(x))
    return out
