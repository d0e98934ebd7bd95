"""Beneficiaries listed each with its own figure: one agreement each.

"Douze conventions ont été signées avec des associations … : l'association A (200.000
dhs), l'association B (29.719 dhs) …", "l'association C qui a reçu une contribution de
N dhs": each body so listed is the partner of one of the agreements, with its own amount;
the amount the lead gives for all of them stays their total. The article's count stands
when it lists a few fewer than it counts: the ones listed are drafted, none is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .amounts import find_amounts
from .drafts import Work, quote_of
from .facts import Fact
from .names import Mention
from .normalize import fold_upto

__all__ = ["share_beneficiaries"]

# "…, qui a obtenu du programme une aide de", "ayant reçu un appui de": the words that tie a body
# to the money it receives
RECEIVES = re.compile(
    r"\s*,?\s*(?:qui\s+(?:a|ont|avait|avaient|aura|auront)\s+|ayant\s+)?"
    r"(?:beneficie|recu|obtenu|percu|beneficiaire|beneficiant|recevant|recevra|beneficiera)"
    r"\b[^.;:()]{0,70}?(?:de|d')\s*$")
# "… de 70.000 euros a été allouée à", "… a été accordé à": the money, then who receives it
GIVEN_TO = re.compile(r"\s*(?:a ete|ont ete|est|sont|sera|seront)\s+(?:\w+\s+)?"
                      r"(?:octroyee?s?|accordee?s?|allouee?s?|attribuee?s?|versee?s?|"
                      r"debloquee?s?)\s+(?:a|au|aux)\b\s*")
ARTICLE = re.compile(r"^(?:l'|l’|la\s+|le\s+|les\s+)", re.IGNORECASE)


@dataclass
class _Item:
    mention: Mention
    amount: Fact


def share_beneficiaries(work: Work) -> None:
    """Give each listed beneficiary one agreement, with its own amount, in order."""
    if work.n < 2:
        return
    items = _listed(work)
    if len(items) < 2 or len(items) > work.n or (
            len(items) < work.n and len(items) < max(3, work.n - 2)):
        return
    text = work.text
    listed = [(i.mention.start, i.mention.end) for i in items]

    def among_listed(m: Mention) -> bool:
        return any(a <= m.start < b for a, b in listed)

    for agreement, item in zip(work.agreements, items, strict=False):
        agreement.parties = [(m, q) for m, q in agreement.parties if not among_listed(m)]
        agreement.parties.append((item.mention, quote_of(text, item.mention)))
        agreement.funding = item.amount
        work.used_figures.add(item.amount.start)
    for agreement in work.agreements[len(items):]:
        agreement.parties = [(m, q) for m, q in agreement.parties if not among_listed(m)]
        if agreement.funding is not None and any(
                agreement.funding.start == i.amount.start for i in items):
            agreement.funding = None
    if len(items) < work.n:
        work.todos.append(f"{work.n} agreements counted, {len(items)} beneficiaries listed: "
                          "find the others' partners")


def _listed(work: Work) -> list[_Item]:
    """The bodies named each with the amount it receives, in the article's order."""
    text = work.text
    items: list[_Item] = []
    for s in work.sentences:
        if s.title or s.earlier or s.index < work.lead.index:
            continue
        low = fold_upto(text, s.end)
        previous = s.start
        for f in find_amounts(text, s.start, s.end):
            if f.extra["use"] == "unit" or f.extra["equivalent"] or f.extra["total"]:
                continue
            given = GIVEN_TO.match(low, f.end)
            to = next((m for m in s.mentions if given and given.end() <= m.start <=
                       given.end() + 4 and not m.vague and not m.extra.get("state")), None)
            if to is not None:
                # "Un don de 70.000 euros a été octroyé à l'Association X"
                items.append(_Item(to, f))
                previous = to.end
                continue
            end = _name_end(text, low, previous, f)
            if end is None or f.extra["use"] != "funding" and text[end] == "(":
                continue  # "(d'une valeur de …)" is what a thing is worth, not money given
            before = [m for m in s.mentions if previous <= m.start < end
                      and not m.vague and not m.extra.get("state")]
            named = before[0] if before else None
            if named is not None and end - named.end > 60:
                # "X a signé deux conventions …. Elles ont été signées avec l'Agence Y
                # (34 M€)": the name nearest the amount, not the first of a long run
                named = before[-1]
            previous = f.end
            if named is None:
                continue
            if "," in text[named.end:end]:
                end = named.end  # "la société X, filiale de Y (40 M€)": an apposition, no name
            name = ARTICLE.sub("", " ".join(text[named.start:end].split()).strip(" ,"))
            if len(name) < len(named.name):
                name = named.name
            body = replace(named, name=name[:1].upper() + name[1:], end=named.start + len(
                text[named.start:end].rstrip(" ,")), extra=dict(named.extra))
            items.append(_Item(body, f))
    return items


def _name_end(text: str, low: str, start: int, amount: Fact) -> int | None:
    """Where the body's name ends before its amount: an opening parenthesis right before
    the amount ("X (200.000 dhs)"), or the words of receiving ("X qui a reçu N dhs")."""
    before = text[start:amount.start].rstrip()
    if before.endswith("(") and text[amount.end:amount.end + 3].lstrip().startswith(")"):
        return start + len(before) - 1
    found = RECEIVES.search(low, max(start, amount.start - 110), amount.start)
    if found is not None and not re.search(r"[()]", low[found.start():amount.start]):
        return found.start()
    return None
