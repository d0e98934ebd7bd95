"""An agreement told as "also signed", with no party of its own: "A et B ont procédé à la
signature d'un contrat de prêt. Un contrat de don a également été signé pour …". The
adverb says it was signed at the same sitting, so by those who signed the lead's."""

from __future__ import annotations

import re

from .drafts import Work
from .normalize import fold
from .retelling import ADDED

__all__ = ["also_signed"]

# "a également été signé", "ont été aussi paraphés", "a, de même, été conclu"
ALSO = re.compile(r"\b(?:a|ont)\s+(?:(?:egalement|aussi|de meme|en outre)\s+)?ete\s+"
                  r"(?:(?:egalement|aussi|de meme|en outre)\s+)?"
                  r"(?:signee?s?|paraphee?s?|conclue?s?|scellee?s?)\b")
NOTE = ("the article says it was also signed, naming no party of its own: these are the "
        "first agreement's; keep them only if a report says they signed this one too")


def also_signed(work: Work) -> None:
    """Give the lead agreement's parties to each agreement opened in an "also signed"
    sentence that names none of its own."""
    agreements = work.agreements
    if len(agreements) < 2 or not agreements[0].parties:
        return
    text = work.text
    for g in work.segments:
        if g.first == 0 or g.parties:
            continue
        s = work.sentences[g.sentence]
        low = fold(text[s.start:s.end])
        said = ALSO.search(low)
        if said is None or not ADDED.search(said.group(0)):
            continue
        for k in range(g.first, min(len(agreements), g.first + g.size)):
            if not agreements[k].parties:
                agreements[k].parties.extend(agreements[0].parties)
                agreements[k].notes.append(NOTE)
