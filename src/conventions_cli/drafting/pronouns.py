"""A signing told with a pronoun: "Le groupe X n'est pas resté en reste. Il a signé cinq
conventions": the body the sentence before opened on signs."""

from __future__ import annotations

import re

from .linking import Party
from .normalize import fold
from .sentences import Sentence

__all__ = ["pronoun_subject"]

# "Il a signé", "Elle a, par le biais de son président, conclu", "Et il vient de signer"
PRONOUN = re.compile(r"\W*(?:et |puis |ainsi, |de plus, )?(?:il|elle) (?:a|avait|vient d[e'])\b"
                     r"[^.;:]{0,90}$")
# what may stand before the name a sentence opens on: "Et le groupe", "De son côté, la Banque"
OPENS_ON = re.compile(r"\W*(?:et |mais |or |puis |de son cote, |pour sa part, |quant a )?"
                      r"(?:le |la |l'|les |au |a la |a l')?"
                      r"(?:groupe |societe |entreprise |firme |operateur |banque |holding )?$")


def pronoun_subject(text: str, s: Sentence, before: Sentence | None) -> list[Party]:
    """The body the sentence before opened on, when sentence `s` tells its signing with a
    pronoun and names no one before its verb."""
    if before is None or not s.triggers:
        return []
    start = s.triggers[0][0]
    if not PRONOUN.match(fold(text[s.start:start])) or any(
            m.start < start for m in s.mentions if not m.vague):
        return []
    first = next((m for m in before.mentions if not m.vague), None)
    if first is None or not OPENS_ON.fullmatch(fold(text[before.start:first.start])):
        return []
    return [Party(first, "subject")]
