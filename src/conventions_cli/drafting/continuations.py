"""What an agreement continues: "Cet accord fait suite à un premier prêt … signé en 2019",
"s'inscrit dans le prolongement de la convention signée en 2018", "la deuxième phase du
programme". The article names no id: the draft says so in a TODO, and gives `follows` only
when the base holds exactly one agreement of that year with the draft's parties."""

from __future__ import annotations

import re
from typing import Any

from .drafts import Drafted, Segment, Work
from .facts import Fact
from .normalize import fold

__all__ = ["follows_of", "what_they_continue"]

_EARLIER = (r"(?:un|une|le|la|l'|du|de la|de l'|des)\s*(?:(?:premier|premiere|precedent|"
            r"precedente|ancien|ancienne|anterieur|anterieure)\s+)?")
CONTINUES = re.compile(
    r"\b(?:fait suite a|faisant suite a|succede a|prend le relais d|"
    r"s'inscrit dans (?:le prolongement|la continuite|la lignee) d|"
    r"(?:dans le|au) prolongement d|dans la continuite d|"
    r"(?:renouvelle|prolonge|reconduit|proroge)\w*)\s*" + _EARLIER)
# Its year: "… signé en 2019", "… conclue le 3 mai 2018", "la convention de 2017".
SIGNED_IN = re.compile(r"[^.;]{0,120}?(?:(?:signee?s?|conclue?s?|paraphee?s?|accordee?s?)\s+"
                       r"(?:[^.;]{0,25}?\s)?(?:en|le|au mois de)\s+(?:[^.;]{0,20}?\s)?|"
                       r"(?:convention|accord|pret|protocole|contrat|memorandum)s?\s+de\s+)"
                       r"(?P<year>(?:19|20)\d{2})\b")
PHASE = re.compile(r"\b(?:(?:deuxieme|seconde|second|troisieme|quatrieme|cinquieme|nouvelle)"
                   r"|(?:[2-9]|ii|iii|iv|v)(?:e|eme|ème)?)\s+(?:phase|tranche|generation|edition)\b"
                   r"|\bphase\s+(?:ii|iii|iv|2|3|4)\b")


def what_they_continue(work: Work) -> None:
    """Each agreement's first sign of continuing an earlier one, from the sentences of its
    segment (of the one agreement, or of the lead when it describes the first)."""
    n = len(work.agreements)
    if n == 0:
        return
    opened = sorted((g for g in work.segments if not g.composed), key=lambda g: g.sentence)
    for pattern in (CONTINUES, PHASE):  # what it follows, said outright, before a phase
        for s in work.sentences:
            k = _whose(work, opened, s.index)
            if s.title or not 0 <= k < n or work.agreements[k].follows is not None:
                continue
            found = pattern.search(fold(work.text[s.start:s.end]))
            if found is None:
                continue
            low = fold(work.text[s.start:s.end])
            dated = SIGNED_IN.match(low, found.end()) if pattern is CONTINUES else None
            end = dated.end() if dated else found.end()
            work.agreements[k].follows = Fact(
                "follows", {"year": int(dated["year"]) if dated else None},
                s.start + found.start(), s.start + end)


def _whose(work: Work, opened: list[Segment], index: int) -> int:
    """The agreement a sentence speaks of: its segment's one, or the lead's first where the
    lead describes it; -1 when it speaks of several."""
    ahead = [g for g in opened if g.sentence <= index]
    if ahead:
        return ahead[-1].first if ahead[-1].size == 1 else -1
    n = len(work.agreements)
    return 0 if n == 1 or work.one_described or not opened or opened[0].first > 0 else -1


def follows_of(a: Drafted, parties: list[str], agreements: list[dict[str, Any]]
               ) -> str | None:
    """The one agreement of the base this draft continues: signed in the year the article
    gives, with every party of the draft the base knows among its own."""
    if a.follows is None or a.follows.value["year"] is None or not parties:
        return None
    year = str(a.follows.value["year"])
    matches = [b for b in agreements if str(b.get("year") or "") == year
               and set(parties) <= set(b.get("orgs") or ())]
    return str(matches[0]["id"]) if len(matches) == 1 else None
