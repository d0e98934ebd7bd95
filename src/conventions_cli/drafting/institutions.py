"""Titles that name their institution by themselves: "le Trésorier général du Royaume"
(the Trésorerie générale), "le directeur du Trésor et des finances extérieures" (a
directorate of the finance ministry, which signs the State's loans and grants)."""

from __future__ import annotations

import re

from .grammar import _name_case, _Reader
from .holders import _holder
from .names import Mention
from .normalize import fold

__all__ = ["TREASURY", "institution_title"]

TREASURY = re.compile(r"tresor(?: (?:et )?(?:des )?finances exterieures)?")


# Titles held in one institution only: "Noureddine B., Trésorier général du Royaume"
INSTITUTIONS = {"tresorier general du royaume": ("Trésorerie générale du Royaume", "TGR"),
                "tresoriere generale du royaume": ("Trésorerie générale du Royaume", "TGR")}


def institution_title(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """The institution a title names by itself, with its holder, or (None, i)."""
    said = next((k for k in INSTITUTIONS if fold(r.text(i, min(r.n, i + 4))) == k), None)
    if said is None:
        return None, i
    name, acronym = INSTITUTIONS[said]
    title = _name_case(r.text(i, i + 4))
    body = Mention(name, r.t[i].idx, r.t[i + 3].idx + len(r.t[i + 3].text), "public-body", True,
                   acronym, head=fold(name.split()[0]), title=title)
    person, after = _holder(r, i, i + 4)
    if person is not None:
        person.title, body.person = title, person
    return body, max(after, i + 4)
