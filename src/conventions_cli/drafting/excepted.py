"""One agreement set apart from the rest: "Hormis l'accord sur la pêche, signé par A et B,
les six autres textes ont été paraphés par C et D". The sentence opens two segments: the
agreement(s) excepted, signed by the names of the exception's clause, and the others,
signed by the names of the main clause (or by "les deux chefs de la diplomatie")."""

from __future__ import annotations

import re

from .amounts import SPELLED, parse_count
from .drafts import Segment, Work
from .linking import Party
from .names import Mention
from .normalize import fold
from .thetwo import CO_CHAIRS, the_two_co_chairs

EXCEPT = re.compile(r"^\W*(?:hormis|a l'exception d(?:e la |e l'|e |u |es |')|excepte|"
                    r"exception faite d(?:e la |e l'|e |u |es |')|sauf|"
                    r"en dehors d(?:e la |e l'|e |u |es |'))")
# "les six autres textes", "les autres accords", "tous les autres documents"
OTHERS = re.compile(rf"\b(?:les|ces|tous les|toutes les)\s+(?:(?P<n>\d{{1,3}}|{SPELLED})\s+)?"
                    r"autres\s+(?:\w+\s+){0,2}?(?:textes|accords|conventions|documents|"
                    r"instruments|protocoles|memorandums|memoranda|memorandum|"
                    r"arrangements|contrats|actes|conventions-cadres|programmes)\b")


def excepted_segments(work: Work) -> None:
    """Two segments where a signing sentence sets one agreement (or a few) apart."""
    n = work.n
    if n < 2:
        return
    text = work.text
    for s in work.sentences:
        low = fold(text[s.start:s.end])
        opening = EXCEPT.match(low)
        rest = OTHERS.search(low, opening.end()) if opening else None
        if opening is None or rest is None:
            continue
        split = s.start + rest.start()
        set_apart = [m for m in s.agreements if s.start + opening.end() <= m.start < split]
        if not set_apart:
            continue
        k = sum(m.count or (2 if m.plural else 1) for m in set_apart)
        others = parse_count(rest["n"]) if rest["n"] else n - k
        if not others or k + others != n:
            continue
        parties = work.parties_by_sentence.get(s.index, [])
        apart = [p for p in parties if p.mention.start < split]
        rest_parties = [p for p in parties if p.mention.start >= split]
        if CO_CHAIRS.search(low, rest.start()):  # "… par les deux chefs de la diplomatie"
            history: list[Mention] = [m for t in work.sentences[:s.index + 1]
                                      for m in t.mentions]
            chairs = the_two_co_chairs(text, s, history)
            for m in chairs:
                m.kb_id = m.kb_id or work.kb.link_org(m)
            rest_parties = [Party(m, "subject") for m in chairs] or rest_parties
        kind = set_apart[0].type
        work.segments = [g for g in work.segments if g.sentence != s.index]
        work.segments += [
            Segment(0, k, s.index, kind, False, (set_apart[0].start, set_apart[0].end),
                    parties=apart or None),
            Segment(k, others, s.index, "", False, (split, s.start + rest.end()),
                    parties=rest_parties or None)]
        work.segments.sort(key=lambda g: (g.sentence, g.evidence[0]))
        return
