"""An agreement's rank in a series over the years, not in the article's batch: "Il s'agit du
troisième prêt de la JICA au secteur, après ceux de 2017 et de 2021", "C'est la cinquième
convention de ce type"."""

from __future__ import annotations

import re

from .normalize import fold
from .sentences import PARTNER_ACT, Sentence
from .signing import AgreementMention

__all__ = ["rank_in_a_series"]

# "Il s'agit du troisième prêt de la JICA au secteur, après ceux de 2017 et de 2021", "C'est
# la cinquième convention de ce type": the agreement's rank in a series over the years
SERIES_BEFORE = re.compile(r"\b(?:il s'agit|c'est|constitue|represente|est)\s+(?:du|de la|"
                           r"le|la|l')?\s*$")
SERIES_AFTER = re.compile(r"\b(?:apres (?:ceux|celles?|celui)|de ce (?:type|genre)|"
                          r"depuis (?:19|20)\d\d)\b")


def rank_in_a_series(text: str, s: Sentence, m: AgreementMention) -> bool:
    before = fold(text[max(s.start, m.start - 30):m.start])
    after = SERIES_AFTER.search(fold(text[m.end:s.end]))
    # "… conclue avec X ayant investi depuis 2012": the partner's years, not the series'
    return bool(SERIES_BEFORE.search(before) or after and not PARTNER_ACT.search(
        fold(text[m.end:m.end + after.start()]) + " "))
