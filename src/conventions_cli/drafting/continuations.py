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

_EARLIER = (r"(?:un|une|le|la|l'|du|de la|de l'|des|aux|au)\s*(?:(?:premier|premiere|"
            r"precedent|precedente|ancien|ancienne|anterieur|anterieure)\s+)?")
CONTINUES = re.compile(
    r"\b(?:(?:fait|faisant) suite(?: a)?|succede(?: a)?|prend le relais|"
    r"s'inscri(?:t|vent) dans (?:le prolongement|la continuite|la lignee)|"
    r"(?:dans le|au) prolongement|dans la continuite|"
    r"(?:renouvelle|prolonge|reconduit|proroge)\w*)\s*(?:d'|de )?" + _EARLIER)
# Its year: "… signé en 2019", "… conclue le 3 mai 2018", "la convention de 2017".
SIGNED_IN = re.compile(r"[^.;]{0,120}?(?:(?:signee?s?|conclue?s?|paraphee?s?|accordee?s?)\s+"
                       r"(?:[^.;]{0,25}?\s)?(?:en|le|au mois de)\s+(?:[^.;]{0,20}?\s)?|"
                       r"(?:convention|accord|pret|protocole|contrat|memorandum)s?\s+de\s+)"
                       r"(?P<year>(?:19|20)\d{2})\b")
# "une usine de nouvelle génération" is a modern one, not the sequel of an earlier one
PHASE = re.compile(r"\b(?:(?:deuxieme|seconde|second|troisieme|quatrieme|cinquieme|"
                   r"nouvelle(?!\s+generation))"
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
            # "Ces conventions s'inscrivent dans le prolongement de …": each one's
            ks = range(n) if n > 1 and _of_all(work, s) else [_whose(work, opened, s.index)]
            ks = [k for k in ks if 0 <= k < n and work.agreements[k].follows is None]
            if s.title or not ks:
                continue
            found = pattern.search(fold(work.text[s.start:s.end]))
            if found is None:
                continue
            low = fold(work.text[s.start:s.end])
            dated = SIGNED_IN.match(low, found.end()) if pattern is CONTINUES else None
            end = dated.end() if dated else found.end()
            for k in ks:
                work.agreements[k].follows = Fact(
                    "follows", {"year": int(dated["year"]) if dated else None},
                    s.start + found.start(), s.start + end)


# the kind a plural anaphor names, and the types it covers ("ces accords": any of them)
NAMED = {"conventions": "convention", "protocoles": "protocole", "memorandums": "memorandum",
         "contrats": "contrat"}


def _of_all(work: Work, s: Any) -> bool:
    """The sentence speaks of all the agreements ("Ces conventions", "Les trois accords",
    "L'ensemble de ces projets"): of the right number, and of a kind that covers each of
    them (an avenant amends one, whatever its kind); "Ces contrats" after "une convention
    et deux contrats" speaks of the contracts alone."""
    from .amounts import parse_count
    from .figures import ALL_OF_THEM

    found = ALL_OF_THEM.match(fold(work.text[s.start:s.end]))
    if found is None:
        return False
    if found["n"] is not None:
        return parse_count(found["n"]) == len(work.agreements)
    kind = NAMED.get(found.group(0).split()[-1])
    return kind is None or all(
        a.type is None or a.type.value in ("avenant", "other") or
        str(a.type.value).startswith(kind) for a in work.agreements)


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
