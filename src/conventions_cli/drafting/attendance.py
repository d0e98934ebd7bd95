"""Who stood at a signing that names no signatory. "C'est en présence du ministre A et du
président de la fédération B que s'est effectuée la signature": when an agreement has no
party at all, the bodies of those who attended or presided over its signing stand in for
its sides, and "les deux Premiers ministres ont présidé la signature" for the two States
the article names. Either way a note asks the curator to check that they signed."""

from __future__ import annotations

import re
from dataclasses import replace

from .drafts import Work, quote_of
from .names import Mention
from .normalize import fold
from .thetwo import states_named

__all__ = ["attendees_stand_in"]

# what opens the list of those who attended or presided
ATTENDED = re.compile(r"\b(?:en presence d|sous la presidence d|presidee? par|sous l'egide d|"
                      r"devant)")
# what names a party outright, so the names after it are no attendees
PARTY_CUE = re.compile(r"\b(?:entre|avec|par|liant|lie)\b")
# "les deux Premiers ministres ont présidé …": the two heads, of the two States
TWO_HEADS = re.compile(r"\bles deux (?:premiers ministres|chefs d'etat|chefs de gouvernement|"
                       r"presidents|souverains|dirigeants)\b[^.;]{0,40}"
                       r"\b(?:ont preside|ont assiste|ont supervise|presidaient)\b")
NOTE = ("the article names no signatory: these parties attended or presided over the "
        "signing; keep them only if a report says they signed")


def attendees_stand_in(work: Work) -> None:
    """When no agreement has a party, each gets the bodies that attended the signing."""
    empty = [a for a in work.agreements if not a.parties]
    if not empty or len(empty) < len(work.agreements):
        return  # others have their parties: the attendees may be theirs
    found = _attending(work) or _two_states(work)
    if len(found) < 2:
        return  # one body attending is no pair of sides
    for a in empty:
        a.parties.extend((replace(m, person=None), quote_of(work.text, m)) for m in found)
        a.notes.append(NOTE)


def _attending(work: Work) -> list[Mention]:
    """The bodies named in a signing sentence after "en présence de", "sous la
    présidence de", up to a word that names a party outright."""
    text, found, keys = work.text, [], set()
    for s in work.signing:
        if work.parties_by_sentence.get(s.index):
            continue  # "En présence de P, A et B ont signé": A and B sign
        for m in s.mentions:
            before = fold(text[s.start:m.start])
            cues = list(ATTENDED.finditer(before))
            cue = cues[-1] if cues else None
            if cue is None or m.vague or m.bare or m.extra.get("weak") or \
                    PARTY_CUE.search(before[cue.end():]) or \
                    any(cue.end() <= t0 - s.start < len(before) for t0, _t1 in s.triggers):
                continue
            key = m.kb_id or fold(m.acronym or m.name)
            if key not in keys:
                keys.add(key)
                found.append(m)
    return found


def _two_states(work: Work) -> list[Mention]:
    """The two States an article names, when its two heads presided over the signing."""
    if not any(TWO_HEADS.search(fold(work.text[s.start:s.end])) for s in work.signing):
        return []
    return states_named(work)
