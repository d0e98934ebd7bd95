"""A delegate minister signs for the minister whose portfolio holds his: "le ministre de
l'Éducation et de l'Enseignement supérieur, A, le ministre délégué chargé de
l'Enseignement supérieur, B" is one ministry that signs."""

from __future__ import annotations

import re

from .linking import Party
from .names import Mention
from .normalize import fold

__all__ = ["delegates_for_their_ministry"]


DELEGATE = re.compile(r"(?:ministere delegue|secretariat d'etat)\b.*?\bchargee? "
                      r"d(?:e la |e l'|u |es |e |')(?P<portfolio>.+)$")
MINOR_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en"}


def delegates_for_their_ministry(parties: list[Party]) -> list[Party]:
    """ "le ministre de l'Éducation et de l'Enseignement supérieur, A, le ministre délégué
    chargé de l'Enseignement supérieur, B": the delegate signs for the minister's ministry,
    whose portfolio holds his."""
    ministries = [p.mention for p in parties if p.mention.kind == "ministry"
                  and not DELEGATE.match(fold(p.mention.name))]
    out = []
    for p in parties:
        found = DELEGATE.match(fold(p.mention.name))
        words = set(re.findall(r"[a-z]+", found["portfolio"])) - MINOR_WORDS if found else set()
        main = next((m for m in ministries if words and words <= set(re.findall(
            r"[a-z]+", fold(m.name))) and (m.country or "MA") == (p.mention.country or "MA")),
            None)
        if main is None:
            out.append(p)
            continue
        d = p.mention
        out.append(Party(Mention(main.name, d.start, d.end, main.kind, main.kind_sure,
                                 main.acronym, list(main.aliases), main.country, d.person,
                                 d.title, main.head, kb_id=main.kb_id), p.role_hint))
    return out
