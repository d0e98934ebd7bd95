"""Ministers named with their portfolio in brackets, in a sentence that says they signed
("paraphés par … trois ministres, à savoir A (Santé), B (Economie et Finances) et C
(Industrie)"): each signs, for the ministry of that portfolio, every agreement the
sentence tells of."""

from __future__ import annotations

import re

from .drafts import Work, quote_of
from .names import Mention
from .normalize import fold

__all__ = ["ministers_by_portfolio"]

PORTFOLIO = re.compile(r"\s*\(\s*([A-ZÀ-Ý][^()]{2,90}?)\s*\)")
MINISTERS = re.compile(r"\bministres\b")


def ministers_by_portfolio(work: Work) -> None:
    text = work.text
    for s in work.sentences:
        if not s.triggers or s.earlier or s.future or s.title:
            continue
        found: list[Mention] = []
        for p in s.people:
            bracket = PORTFOLIO.match(text, p.end)
            if bracket is None or not MINISTERS.search(fold(text[s.start:p.start])):
                continue
            portfolio = bracket.group(1)
            m = Mention(f"Ministère de {portfolio}", bracket.start(1), bracket.end(1),
                        "ministry", head="ministere", country="MA")
            m.kb_id = work.kb.link_org(m)
            if m.kb_id is None:
                continue  # a portfolio the base cannot tell: no ministry made up from it
            m.name = str((work.kb.org(m.kb_id) or {}).get("name") or m.name)
            m.person, m.title = p, "Ministre"
            found.append(m)
        told = [work.agreements[k] for g in work.segments if g.sentence == s.index
                for k in range(g.first, min(g.first + g.size, len(work.agreements)))]
        for a in told or work.agreements:  # "La première a été paraphée par …": its own
            held = {m.kb_id for m, _ in a.parties}
            a.parties.extend((m, quote_of(text, m)) for m in found if m.kb_id not in held)
