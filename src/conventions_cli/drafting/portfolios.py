"""Ministers named with their portfolio in brackets, in a sentence that says they signed
("paraphés par … trois ministres, à savoir A (Santé), B (Economie et Finances) et C
(Industrie)"), or ministries by their portfolios alone ("des ministères (habitat,
intérieur, économie et finances…) … ont paraphé"): each signs, for the ministry of that
portfolio, every agreement the sentence tells of."""

from __future__ import annotations

import re

from .drafts import Work, quote_of
from .names import Mention
from .normalize import fold

__all__ = ["ministers_by_portfolio"]

PORTFOLIO = re.compile(r"\s*\(\s*([A-ZÀ-Ý][^()]{2,90}?)\s*\)")
# "des ministères (habitat, intérieur, économie et finances…) … ont paraphé": the
# portfolios in brackets, each a ministry the base knows
IN_BRACKETS = re.compile(r"\bminist[eè]res\s*\(([^()]{3,160})\)", re.IGNORECASE)
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
        found.extend(_bracketed_portfolios(work, s.start, s.end))
        told = [work.agreements[k] for g in work.segments if g.sentence == s.index
                for k in range(g.first, min(g.first + g.size, len(work.agreements)))]
        for a in told or work.agreements:  # "La première a été paraphée par …": its own
            held = {m.kb_id for m, _ in a.parties}
            a.parties.extend((m, quote_of(text, m)) for m in found if m.kb_id not in held)


def _bracketed_portfolios(work: Work, start: int, end: int) -> list[Mention]:
    """The ministries a sentence names by their portfolios in brackets after "ministères",
    those the base knows (a portfolio it cannot tell makes up no ministry)."""
    out: list[Mention] = []
    for said in IN_BRACKETS.finditer(work.text, start, end):
        for item in re.finditer(r"[^,;\s][^,;]*?(?=\s*(?:[,;]|$))", said.group(1)):
            words = item.group(0).strip(" .…").removesuffix("etc").strip(" .…")
            if len(words) < 3:
                continue
            m = Mention(f"Ministère de {words}", said.start(1) + item.start(),
                        said.start(1) + item.end(), "ministry", head="ministere", country="MA")
            m.kb_id = work.kb.link_org(m)
            if m.kb_id is not None and all(o.kb_id != m.kb_id for o in out):
                m.name = str((work.kb.org(m.kb_id) or {}).get("name") or m.name)
                out.append(m)
    return out
