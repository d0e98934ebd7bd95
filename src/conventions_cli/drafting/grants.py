"""A loan signed with grants in one breath: each grant is an agreement of its own.

"un prêt de 120 M€, assorti d'un don de 2 M€", "un prêt de 80 M€ et deux dons de 1 M€
chacun": when the article counts more agreements than the loans it describes, the grants
take the agreements no figure holds yet (first the ones its count calls grants), each with
its own amount and the loan's parties; the loan keeps its own amount.
"""

from __future__ import annotations

import re

from .amounts import find_amounts, parse_count
from .drafts import Drafted, Work
from .facts import Fact
from .normalize import fold, fold_upto

__all__ = ["split_grants"]

LOAN_BEFORE = re.compile(r"\b(?:prets?|credits?|emprunts?)\b[^.;]{0,40}$")
# what lies between the loan's amount and the grant's
GRANT_BETWEEN = re.compile(
    r"^(?:\s+(?:destine|pour|en faveur|au profit|afin)[^.;,]{0,50})?\s*,?\s*"
    r"(?:assortie?s?|adossee?s?|accompagnee?s?|completee?s?|doublee?s?|"
    r"ainsi que|et|plus)\s+(?:d'|de\s+|par\s+)?(?P<n>une?|\d{1,2}|deux|trois|quatre|cinq)\s+"
    r"(?:dons?|subventions?)\b[^.;,]{0,30}?\s(?:de|d'un montant de|d'une valeur de)\s*$")
EACH = re.compile(r"^\s*(?:chacune?|par don|l'une?)\b")
GRANT_WORD = re.compile(r"\b(?:dons?|subventions?)\b")


def split_grants(work: Work) -> None:
    """Give each grant signed with a loan a free agreement, with its own amount."""
    if work.n < 2:
        return
    text = work.text
    for s in work.sentences:
        if s.title or s.earlier:
            continue
        low = fold_upto(text, s.end)
        amounts = [f for f in find_amounts(text, s.start, s.end) if not f.extra["equivalent"]]
        for loan, grant in zip(amounts, amounts[1:], strict=False):
            between = GRANT_BETWEEN.match(low[loan.end:grant.start])
            if between is None or not LOAN_BEFORE.search(low[max(s.start, loan.start - 60):
                                                               loan.start]):
                continue
            word = between["n"]
            count = parse_count(word)
            count = 1 if count is None else count
            if count > 1 and not EACH.match(low[grant.end:grant.end + 20]):
                continue  # "deux dons de 3 M€" together: not each one's amount
            owner = next((a for a in work.agreements if a.funding is not None
                          and a.funding.start == loan.start), None)
            if owner is None or any(a.funding is not None and a.funding.start == grant.start
                                    for a in work.agreements):
                continue
            for target in _free(work, owner)[:count]:
                target.funding = Fact("amount", grant.value, grant.start, grant.end,
                                      extra=dict(grant.extra))
                if {id(m) for m, _ in target.parties} <= {id(m) for m, _ in owner.parties}:
                    target.parties = list(owner.parties)
                work.used_figures.add(grant.start)


def _free(work: Work, owner: Drafted) -> list[Drafted]:
    """The agreements no amount holds, the ones the article calls grants first."""
    text = work.text
    free = [a for a in work.agreements if a is not owner and a.funding is None]

    def called_grant(a: Drafted) -> bool:
        return a.type is not None and bool(GRANT_WORD.search(fold(text[a.type.start:
                                                                          a.type.end])))
    return sorted(free, key=lambda a: not called_grant(a))
