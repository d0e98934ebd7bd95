"""The agreements of a counted batch named one by one with the definite article: "Huit accords
ont été signés. … L'Accord de coopération en matière de métrologie a pour but … Le
mémorandum d'entente dans les domaines de la normalisation vise …": each such sentence
opens on one more agreement of the batch, of the kind it names, when it names what that
agreement is about and no agreement told before is about the same."""

from __future__ import annotations

import re

from .drafts import Segment, Work
from .normalize import fold
from .retelling import alike, purpose
from .segments import next_slot

__all__ = ["named_items"]

# what may open the sentence before the agreement: "Ainsi, l'", "De même, le", "Enfin, la"
OPENS = re.compile(r"\W*(?:(?:ainsi|enfin|de meme|par ailleurs|en outre|quant a)\s*,?\s*)?"
                   r"(?:l'|le |la )\s*$")
# what says what it is about: "de coopération en matière de …", "dans le domaine de …"
ABOUT = re.compile(r"\s*(?:de cooperation\s+)?(?:en matiere d|dans (?:le|les) domaines? d|"
                   r"relati(?:f|ve) (?:a|au|aux)\b|portant sur|sur (?:le|la|les|l')|"
                   r"de cooperation (?:economique|technique|culturelle|judiciaire|securitaire|"
                   r"sportive|scientifique|militaire|douaniere|agricole|touristique|"
                   r"financiere))")


def named_items(work: Work) -> None:
    """One more segment for each agreement of the batch named first in its own sentence."""
    text, n, groups = work.text, work.n, work.segments
    if n < 2 or not work.signing:
        return
    lead = work.signing[0].index
    told = [(m.type, purpose(text, s, m)) for s in work.sentences for m in s.agreements
            if any(g.sentence == s.index for g in groups)]
    for s in work.sentences:
        if s.index <= lead or s.earlier or s.future or s.title or \
                any(g.sentence == s.index for g in groups):
            continue
        first = s.agreements[0] if s.agreements else None
        if first is None or first.plural or first.ordinal or first.indefinite or \
                not first.type or not OPENS.fullmatch(fold(text[s.start:first.start])) or \
                not ABOUT.match(fold(text[first.end:first.end + 60])):
            continue
        aim = purpose(text, s, first) or tuple(fold(text[first.end:first.end + 60]).split()[:5])
        slot = next_slot(groups)
        if slot >= n or any(t == first.type and alike(a, aim) for t, a in told):
            continue
        groups.append(Segment(slot, 1, s.index, first.type, False, (first.start, first.end)))
        told.append((first.type, aim))
    groups.sort(key=lambda g: (g.sentence, g.evidence[0]))
