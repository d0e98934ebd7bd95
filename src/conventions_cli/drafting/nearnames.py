"""A body the base knows, written a little differently by the press: "l'Agence marocaine
de l'énergie durable" for the base's "Agence marocaine pour l'énergie durable", "le Centre
national pour la recherche …" for its "Centre national de la recherche …" (one linking word
for another), "l'Office national de l'électricité et de l'eau" for its "… et de l'eau
potable" (the last word dropped). Proposed new, such a name would add a second record of one
body and split every count by organization; taken for the base's body, it is still a guess:
the draft links it and says so in a TODO.

Ministries are left to their portfolio (knowledge.py) and States to their country: neither
is matched here.
"""

from __future__ import annotations

from typing import Any

from .names import Mention
from .normalize import key, without_brackets
from .places import city_region

__all__ = ["NearNames"]

_LINKING = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux",
                      "en", "pour", "sur"})


def _bones(name: str) -> tuple[str, ...]:
    """A name's significant words, in order: what two spellings of one name share."""
    return tuple(w for w in key(name).split() if w not in _LINKING)


class NearNames:
    """The base's bodies by the significant words of their names and aliases."""

    def __init__(self, organizations: list[dict[str, Any]]) -> None:
        self._by_bones: dict[tuple[str, ...], set[str]] = {}
        self._by_stem: dict[tuple[str, ...], set[str]] = {}  # all but the last word
        self._names: dict[str, str] = {}
        self._countries: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        for org in organizations:
            oid = str(org.get("id") or "")
            if not oid or org.get("kind") in ("ministry", "state"):
                continue
            self._names[oid] = str(org.get("name") or oid)
            self._acronyms[oid] = str(org.get("acronym") or "").upper()
            self._countries[oid] = str(org.get("country") or "MA").upper()
            for name in [org.get("name"), *(org.get("aliases") or [])]:
                # "Caisse nationale de sécurité sociale (Djibouti)": the bracket qualifies
                bones = _bones(without_brackets(str(name or "")))
                if len(bones) >= 3:
                    self._by_bones.setdefault(bones, set()).add(oid)
                    self._by_stem.setdefault(bones[:-1], set()).add(oid)

    def find(self, mention: Mention) -> tuple[str, str] | None:
        """The one base body this unlinked name is likely a spelling of, and the TODO that
        asks the curator to check it; None when none, or more than one, is."""
        if mention.kind in ("ministry", "state") or mention.vague:
            return None
        bones = _bones(mention.name)
        if len(bones) < 3:
            return None  # "Agence nationale" is a kind of body, not a name
        whole = self._by_bones.get(bones)
        hits = whole or (self._by_stem.get(bones, set()) if len(bones) >= 4 else set())
        if len(hits) != 1:
            return None
        oid = next(iter(hits))
        if mention.acronym and self._acronyms[oid] and \
                mention.acronym.upper() != self._acronyms[oid]:
            return None  # "la Régie … (RADEES)" is not the base's RADEEMA
        if not whole and city_region(_bones(self._names[oid])[-1]) is not None:
            return None  # the base's body of a town the article does not name
        country, known = self._countries[oid], self._names[oid]
        if mention.country not in (None, country) or (
                mention.country is None and country != "MA" and "nationa" in key(known)):
            return None  # a foreign national body is not the one a Moroccan article names
        return oid, f"the base names {oid} \"{known}\": check it is this body"
