"""Amounts given one by one: by rank ("le second prêt de 360 M€"), as the parts of a total
that add up to it ("dont 150 M€ pour A et 50 M€ pour B", or told further down), one to a
list line or to a listed item. Each goes to its agreement in turn, with a TODO where the
order alone decides.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .amounts import find_amounts
from .counting import MAX_AGREEMENTS
from .drafts import PLURAL_IS_TWO, UNCOUNTED, Drafted, Work
from .facts import Fact
from .normalize import fold
from .sentences import Sentence
from .signing import ORDINALS

__all__ = ["bracketed_in_turn", "funding_in", "given_in_turn", "grouped_amounts", "is_a_part",
           "labelled_amounts", "listed_amounts", "listed_lines", "parts_of_total",
           "ranked_amounts", "split_total"]

def funding_in(text: str, s: Sentence) -> list[Fact]:
    """The money a sentence puts in (not a target, not a unit, not the equivalent of the
    amount before it), in order."""
    return [f for f in find_amounts(text, s.start, s.end)
            if f.extra["use"] == "funding" and not f.extra["equivalent"]]


# "deux prêts …, dont l'un de 225 M€ …. Le second prêt de 360 M€": each its own, in turn
RANKED = re.compile(r"\b(?P<rank>l'une?|le premier|la premiere|le second|la seconde|l'autre|"
                    r"le deuxieme|la deuxieme|le troisieme|la troisieme|le dernier|la derniere)"
                    r"(?:\s+(?:pret|don|credit|emprunt|accord|financement|tranche))?,?\s*"
                    r"(?:de|d'un montant de|d'une valeur de|portant sur|porte sur|"
                    r"s'eleve a|s'elevant a)\s*$")
RANKS = {"l'un": 1, "l'une": 1, "le premier": 1, "la premiere": 1, "le second": 2,
         "la seconde": 2, "le deuxieme": 2, "la deuxieme": 2, "le troisieme": 3,
         "la troisieme": 3}



# "1,1 milliard de DH (première convention) et 50 MDH (deuxième convention)", "50 MDH au
# titre de la 2e convention": the rank of the agreement, said right after its amount
LABEL = re.compile(r"\s*(?:\(\s*|,?\s*(?:au titre d[eu]|pour|a|dans)\s+)(?:la |le |l')?"
                   r"(?P<rank>premiere?|1(?:re|ere|er)|seconde?|deuxieme|2(?:e|eme)|troisieme|"
                   r"3(?:e|eme)|quatrieme|4(?:e|eme))\s*(?P<noun>convention|accord|protocole|"
                   r"contrat|memorandum|pret|don)?(?:-cadre)?\s*(?P<close>\))?")
LABEL_RANKS = {**ORDINALS, "1re": 1}  # the ordinals the agreement reader knows, and "1re"


def labelled_amounts(work: Work) -> None:
    """Amounts each followed by the rank of the agreement they are for: that agreement's,
    when two or more are labelled so in one sentence."""
    text, n, agreements = work.text, work.n, work.agreements
    if n < 2:
        return
    for s in work.sentences:
        if s.earlier or s.title or s.future:
            continue
        low = fold(text[:s.end])
        labelled: dict[int, Fact] = {}
        for f in funding_in(text, s):
            found = LABEL.match(low, f.end)
            if found is None or not (found["noun"] or found["close"]):
                continue
            rank = LABEL_RANKS[found["rank"]]
            if rank <= n:
                labelled.setdefault(rank, f)
        if len(labelled) < 2:
            continue  # one alone may be said of another thing than the agreement
        for rank, f in labelled.items():
            if agreements[rank - 1].funding is None:
                agreements[rank - 1].funding = f
                work.used_figures.add(f.start)


def ranked_amounts(work: Work) -> None:
    """Amounts the article gives one by one, by rank ("dont l'un de 225 M€", "le second
    prêt de 360 M€", "l'autre de 40 M€"), where no ordinal opens a segment of its own."""
    text, n, agreements = work.text, work.n, work.agreements
    if n < 2 or any(g.ordinal for g in work.segments) or any(a.funding for a in agreements):
        return
    ranked: dict[int, Fact] = {}
    for s in work.sentences:
        if s.earlier or s.title:
            continue
        for f in funding_in(text, s):
            # ("dont l'un de 180 M€" is a part of the total, not the total)
            found = RANKED.search(fold(text[max(s.start, f.start - 40):f.start]))
            if found is None:
                continue
            word = found["rank"]
            rank = RANKS.get(word) or (n if word in ("le dernier", "la derniere") or n == 2
                                       else 0)  # "l'autre" of two
            if 1 <= rank <= n and rank not in ranked:
                ranked[rank] = f
    if len(ranked) < 2:  # one alone may be any of them
        return
    for rank, f in ranked.items():
        agreements[rank - 1].funding = f
        work.used_figures.add(f.start)


def parts_of_total(work: Work) -> None:
    """ "deux prêts d'un montant global de 200 M€, dont 150 M€ pour le réseau et 50 M€ pour
    l'eau": as many parts as agreements, adding up to the total, go to them in turn."""
    text, n, agreements = work.text, work.n, work.agreements
    if n < 2 or any(a.funding for a in agreements):
        return
    for s in work.sentences:
        if s.earlier or s.title or s.future:
            continue
        found = funding_in(text, s)
        for i, total in enumerate(found):
            parts = found[i + 1:i + 1 + n]
            if len(parts) != n or not re.match(r"\W*dont\b", fold(text[total.end:parts[0].start])) \
                    or any(p.value["currency"] != total.value["currency"] for p in parts) \
                    or sum(p.value["amount"] for p in parts) != total.value["amount"]:
                continue
            for a, part in zip(agreements, parts, strict=True):
                a.funding = part
                work.used_figures.add(part.start)
            return


def listed_amounts(work: Work, upto: int | None = None) -> None:
    """ "Il s'agit de dons pour A (80 M$), B (50 M$) et C (100 M$)": a sentence that lists
    one amount per agreement gives them out in turn, where the agreements have none of
    their own (or the same one at the same place). With `upto`, only the sentences before
    that one are read: a list the lead gives comes before what the ranks say further down
    ("les deux premières, de 130 M$ …")."""
    text, n, agreements = work.text, work.n, work.agreements
    if n < 2 or all(a.funding for a in agreements):
        return
    for s in work.sentences[:upto]:
        if s.earlier or s.title or s.future:
            continue
        found = [f for f in funding_in(text, s) if not f.extra["total"]]
        if any(re.match(r"\W*dont\b", fold(text[a.end:b.start]))
               for a, b in zip(found, found[1:], strict=False)):
            continue  # "un budget de 33 MDH, dont 22 MDH financés par X": a share, not another's
        if len(found) != n or len({f.value["amount"] for f in found}) < 2 or len(
                {f.value["currency"] for f in found}) > 1 or any(
                a.funding is not None and a.funding.value != f.value
                for a, f in zip(agreements, found, strict=True)):
            continue
        for a, f in zip(agreements, found, strict=True):
            if a.funding is None:
                given_in_turn(work, a, f, "one of the amounts the article lists in turn")
        return


def bracketed_in_turn(work: Work) -> None:
    """ "Les conventions prévoient A (137.000 dirhams), B (189.000 dirhams) …. Elles portent
    aussi sur C (170.000 dirhams) …": the sentences after the lead that name, in brackets,
    exactly one amount per agreement give them out in turn, where no agreement has an
    amount and no segment tells its own."""
    text, n, agreements = work.text, work.n, work.agreements
    if n < 2 or work.segments or any(a.funding for a in agreements):
        return
    items: list[Fact] = []
    for s in work.sentences[work.lead.index + 1:]:
        if s.earlier or s.title or s.future:
            continue
        found = [f for f in funding_in(text, s) if not f.extra["total"]
                 and f.start not in work.used_figures]
        if found and all(_bracketed(text, f) for f in found):
            items.extend(found)
        elif items:
            break  # the list is over
    if len(items) != n or len({f.value["currency"] for f in items}) > 1 or \
            len({f.value["amount"] for f in items}) < 2:
        return
    for a, f in zip(agreements, items, strict=True):
        given_in_turn(work, a, f, "one of the amounts in brackets the article lists in turn")


def _bracketed(text: str, f: Fact) -> bool:
    return text[max(0, f.start - 2):f.start].strip().endswith("(") and \
        text[f.end:f.end + 2].strip().startswith(")")


# "un hôpital à X pour un coût de 240 MDH, dont 80 MDH apportés par la région": the part
# inside the amount before it
A_PART = re.compile(r"\bdont\b[^,;()]*$")


def is_a_part(text: str, s: Sentence, f: Fact) -> bool:
    """The amount is a part of the one before it ("…, dont 80 MDH de la région")."""
    return bool(A_PART.search(fold(text[max(s.start, f.start - 60):f.start])))


def grouped_amounts(work: Work) -> None:
    """ "une dizaine de conventions … portent sur A avec un budget de 240 MDH, B (110 MDH),
    C (près de 100 MDH) et D (50 MDH). Quant aux six autres conventions, elles visent E
    (200 MDH), …": where the sentences of a group of agreements (the ones a sub-count opens,
    or the lead's that no sub-count took) list exactly one amount for each of them, each
    gets its own in turn, with a TODO saying the order decided. A total and the part
    inside an amount ("dont 80 MDH de la région") are not items."""
    text, n, agreements, sentences = work.text, work.n, work.agreements, work.sentences
    opened = sorted((g for g in work.segments if not (g.composed or g.ordinal or g.listed)),
                    key=lambda g: g.sentence)
    if n < 3 or not opened:
        return
    taken = {g.first + k for g in work.segments for k in range(g.size)}
    spans = [([k for k in range(n) if k not in taken], 0, opened[0].sentence)]
    for i, g in enumerate(opened):
        stop = opened[i + 1].sentence if i + 1 < len(opened) else len(sentences)
        spans.append((list(range(g.first, min(g.first + g.size, n))), g.sentence, stop))
    for slots, lo, hi in spans:
        if len(slots) < 2 or any(agreements[k].funding is not None for k in slots) or sum(
                lo <= g.sentence < hi for g in work.segments) > (1 if lo else 0):
            continue  # (another group opens in its sentences: whose each amount is, unsaid)
        items = [f for s in sentences[lo:hi] if not (s.earlier or s.title or s.future)
                 for f in funding_in(text, s) if f.start not in work.used_figures
                 and not is_a_part(text, s, f)
                 and not (f.extra["total"] and _of_the_agreements(s, f))]
        if len(items) != len(slots) or len({f.value["currency"] for f in items}) > 1 or \
                len({f.value["amount"] for f in items}) < 2:
            continue
        for k, f in zip(slots, items, strict=True):
            given_in_turn(work, agreements[k], f, "one of the amounts the article lists "
                          "for this group in turn")


def _of_the_agreements(s: Sentence, f: Fact) -> bool:
    """The amount follows the agreements' own noun ("dix conventions d'une valeur globale
    de 1,4 MMDH"), not a project's ("un hôpital avec un budget global de 240 MDH")."""
    return any(m.end <= f.start and f.start - m.end <= 60 for m in s.agreements)


def split_total(work: Work) -> None:
    """ "trois conventions d'un montant global de 450 M€", then the programmes one by one
    ("- A, d'un montant de 100 M€", "- B, 150 M€", "- C : 200 M€"), in one sentence or
    several: the amounts right after a total that add up to it exactly are the agreements'
    own, in turn (each with a TODO to check it is that one's). Where the article does not
    say how many agreements ("Plusieurs accords ont été signés … 498 M€", then five
    amounts adding up to 498), the parts count them; where it says how many and gives more
    parts, the ones left over are named in a TODO."""
    text, n, agreements = work.text, work.n, work.agreements
    if n < 2 or any(a.funding is not None and not a.funding.extra.get("total")
                    for a in agreements):
        return
    told = [f for s in work.sentences if not (s.earlier or s.title or s.future)
            for f in funding_in(text, s)]
    for i, total in enumerate(told):
        parts = _adding_up(told[i + 1:], total, bool(ESTIMATE.search(
            fold(text[max(0, total.start - 25):total.start]))))
        if parts is None or (len(parts) != n and len(parts) < 3 and not total.extra["total"]):
            continue  # two that add up may be a coincidence; three, the count, "au total" not
        if len(parts) > n and work.implied and work.count_fact is None:
            _count_the_parts(work, len(parts))
        if len(parts) < n:  # which agreements go without is the curator's to find
            said = "; ".join(work.article.quote(f.start, f.end) for f in parts)
            work.agreements[0].notes.append(
                f"the article gives {len(parts)} parts of its total for {n} agreements "
                f"({said}): give each to its own")
            return
        for a, part in zip(work.agreements, parts, strict=False):
            given_in_turn(work, a, part, "one of the parts of the total the article gives "
                          "in turn")
        left = parts[len(work.agreements):]
        if left:
            said = "; ".join(work.article.quote(f.start, f.end) for f in left)
            work.agreements[-1].notes.append(
                f"the article gives {len(parts)} parts of its total for "
                f"{len(work.agreements)} agreements; not given to any: {said}")
        return


# "un montant global de près de 70 M€", then 30, 27 and 12,5 M€: an estimate of the sum
ESTIMATE = re.compile(r"(?:\bpres d(?:e|')|\benviron|\bquelque|\bde l'ordre de|\bautour de|"
                      r"\bavoisinant|\bapproximativement|\ba peu pres)\s*$")


def _adding_up(after: list[Fact], total: Fact, estimate: bool = False) -> list[Fact] | None:
    """The amounts at the head of `after` that add up to `total` exactly (two at least, not
    all the same, in its currency, none a total itself), or within 3 % of a total the
    article gives as an estimate (three at least); None when they do not."""
    parts: list[Fact] = []
    running = 0
    whole = total.value["amount"]
    for f in after:
        if f.extra["total"] or f.value["currency"] != total.value["currency"]:
            return None
        parts.append(f)
        running += f.value["amount"]
        if running >= (whole * 0.97 if estimate else whole):
            break
    close = running == whole or (estimate and len(parts) >= 3 and
                                 abs(running - whole) <= whole * 0.03)
    if not close or len(parts) < 2 or len({p.value["amount"] for p in parts}) < 2:
        return None
    return parts


def _count_the_parts(work: Work, k: int) -> None:
    """As many agreements as the parts of a total, where the article gave no number: the
    ones added share what the others share (day, place, parties, type)."""
    k = min(k, MAX_AGREEMENTS)
    model = work.agreements[-1]
    while len(work.agreements) < k:
        work.agreements.append(replace(model, funding=None, parties=list(model.parties),
                                       notes=[]))
    work.n = k
    work.todos[:] = [t for t in work.todos if t not in (UNCOUNTED, PLURAL_IS_TWO)]
    work.todos.append(f"the article does not say how many agreements; {k} drafted, one for "
                      "each part of the total it gives: check there is one agreement each")


# "• 120 M€ pour …", "- Prêt A : 100 M€", "2) 95 M€ …": a line of a list
LIST_LINE = re.compile(r"[ \t]*(?:[•·▪◦‣*–—-]|\d{1,2}[.)°]|[a-z][.)])[ \t]+")


def listed_lines(work: Work) -> None:
    """ "trois accords de prêt :", then one line each ("• 120 M€ pour A ;", "• 95 M€ pour
    B ;", "• 60 M€ pour C."): a run of list lines with one amount on each, as many as the
    agreements, gives them out in turn (each with a TODO to check it), where none has an
    amount and the article gives no total (parts that do not add up to one are left to the
    curator)."""
    text, n, agreements = work.text, work.n, work.agreements
    if n < 2 or any(a.funding is not None for a in agreements):
        return
    told = [f for s in work.sentences if not (s.earlier or s.title or s.future)
            for f in funding_in(text, s)]
    if work.total is not None or any(f.extra["total"] for f in told):
        return  # parts of a total add up to it (`split_total`), or are the curator's to split
    lines: dict[int, list[Fact]] = {}  # a list line's start -> its amounts
    for f in told:
        start = text.rfind("\n", 0, f.start) + 1
        if f.start not in work.used_figures and LIST_LINE.match(text, start):
            lines.setdefault(start, []).append(f)
    runs: list[list[int]] = []
    for start in sorted(lines):
        if runs and _next_line(text, runs[-1][-1]) == start:
            runs[-1].append(start)
        else:
            runs.append([start])
    for run in runs:
        block = _list_block(text, run[0])
        if all(len(lines[k]) == 1 for k in run) and (len(run) == n or len(block) == n and set(
                run) <= set(block)):
            # (a line of the list with no amount: "• un programme de coopération …")
            for a, k in zip(agreements, block if len(block) == n else run, strict=True):
                if k in lines:
                    given_in_turn(work, a, lines[k][0], "one of the amounts the article lists "
                                  "line by line")
            return


def _list_block(text: str, start: int) -> list[int]:
    """The starts of the list lines, one after the other, that the line at `start` is in."""
    block = [start]
    at = start
    while at > 0:  # back: the non-blank line before, while it is a list line
        end = len(text[:at].rstrip())
        before = text.rfind("\n", 0, end) + 1
        if end <= 0 or not LIST_LINE.match(text, before):
            break
        block.insert(0, before)
        at = before
    nxt = _next_line(text, start)
    while nxt < len(text) and LIST_LINE.match(text, nxt):
        block.append(nxt)
        nxt = _next_line(text, nxt)
    return block


def _next_line(text: str, start: int) -> int:
    """The start of the first line after the one at `start` that is not blank."""
    at = text.find("\n", start)
    while at != -1:
        nxt = text.find("\n", at + 1)
        if text[at + 1:nxt if nxt != -1 else len(text)].strip():
            return at + 1
        at = nxt
    return len(text)


def given_in_turn(work: Work, a: Drafted, f: Fact, why: str) -> None:
    """An amount given to an agreement by its place in a list, with a TODO saying so."""
    a.funding = Fact("amount", f.value, f.start, f.end, "; ".join(
        x for x in (f.todo, f"{why}: check it is this agreement's") if x), f.extra)
    work.used_figures.add(f.start)
