"""The segments ordinals and sub-counts open after the lead: "la troisième convention …" is
one agreement of the batch, "Six autres conventions …" six of them, "8 ont été signées …"
eight; each segment is the agreements the sentence that opens it describes."""

from __future__ import annotations

import re

from .amounts import SPELLED, parse_count
from .counting import (
    BY_WAY_OF,
    _after_que,
    _details,
    _is_number,
    ranks_told_before,
)
from .drafts import Segment, Work
from .lexicon import participle
from .normalize import fold, fold_upto
from .objects import ELABORATES
from .sentences import Sentence
from .series import rank_in_a_series

__all__ = ["find_segments", "next_slot"]

SUBCOUNT = re.compile(rf"\b(?P<n>\d{{1,3}}|{SPELLED})\s+(?:d'entre elles\s+|d'entre eux\s+)?"
                      rf"(?:ont|a)\s+ete\s+{participle('singular')}")
# "Parmi ces accords, treize concernent PSA …": the batch told out by counts
AMONG = re.compile(r"\W*parmi (?:ces|les) (?:\w+ )?(?:accords|conventions|contrats|protocoles|"
                   r"memorandums|investissements)\b[^,;.]{0,40},")
BARE_COUNT = re.compile(rf"(?:,|\bet|\bdont)\s*(?P<n>\d{{1,3}}|{SPELLED})\s+"
                        r"(?:d'entre (?:eux|elles)\s+)?(?:concernent|sont (?:conclue?s|passee?s|"
                        r"signee?s) avec|lient|associent|impliquent|portent sur)\b")
APPOSED = re.compile(r"\s*,\s*(?:une?|la|le|l')?\s*")  # "La première, une convention de …"
# "Par ailleurs, A et B s'obligent, en vertu d'un accord, à …": one of the batch
BY_ONE = re.compile(BY_WAY_OF + r"d'\s*(?:une?\s+)?$")


def _opened_just_before(groups: list[Segment], text: str, s: Sentence) -> int | None:
    """The next slot inside a group of several the sentence before opened, when this one
    says what they are ("Il s'agit d'une convention …"), none of them told yet."""
    group = next((g for g in reversed(groups) if g.size > 1), None)
    if group is None or group.sentence != s.index - 1 or \
            not ELABORATES.match(fold(text[s.start:s.end])):
        return None
    inside = [g for g in groups if g is not group and group.first <= g.first
              < group.first + group.size]
    return group.first + len(inside) if len(inside) < group.size else None


def _ranked_after(text: str, sentences: list[Sentence], s: Sentence) -> int:
    """The lowest rank a later sentence gives one of the batch ("La septième convention"),
    or 0."""
    return min((m.ordinal for t in sentences[s.index + 1:] if not (t.earlier or t.title)
                for m in t.agreements if m.ordinal and m.ordinal > 0
                and not rank_in_a_series(text, t, m)), default=0)


def next_slot(groups: list[Segment]) -> int:
    """The first agreement no segment has taken yet."""
    return max((g.first + g.size for g in groups), default=0)


def find_segments(work: Work) -> None:
    """Ordinals and sub-counts after the lead open segments, each its own agreements."""
    text, n = work.text, work.n
    groups: list[Segment] = []
    signing = work.signing
    lead_index = signing[0].index if signing else 0
    top_ordinal = 0
    added = work.added
    before = ranks_told_before(text, work.sentences, work.pub.year if work.pub else None)[1]
    for s in work.sentences:
        if s.earlier or s.title or s.future:  # "Une cinquième convention devrait être signée"
            continue
        for k, m in enumerate(s.agreements):
            if m.ordinal == -1 and n > 1 and not any(
                    g.ordinal and g.first == n - 1 for g in groups):
                # "Enfin, la dernière convention …": the nth, however many were told before
                groups.append(Segment(n - 1, 1, s.index, m.type, True, (m.start, m.end)))
                top_ordinal = n
            elif m.ordinal and m.ordinal > 0 and rank_in_a_series(text, s, m):
                continue
            elif m.ordinal and m.ordinal > 0:
                counted = [g for g in groups if not g.ordinal and g.type == m.type and m.type
                           and g.size >= m.ordinal]
                first = counted[-1].first + m.ordinal - 1 if counted else \
                    m.ordinal - 1 - before
                if first < 0:
                    continue  # a rank an earlier signing holds
                if not any(g.ordinal and g.first == first for g in groups):
                    groups.append(Segment(first, 1, s.index, m.type, True, (m.start, m.end)))
                top_ordinal = max(top_ordinal, m.ordinal)
            elif m.others and m.count:
                # "Quant aux six autres conventions" of ten: the last six, whatever the
                # lead described of the four before them
                start = max(top_ordinal, 1, next_slot(groups), n - m.count)
                ranked = _ranked_after(text, work.sentences, s)
                if ranked and start + m.count >= ranked:
                    # "Deux autres conventions …" before "La septième convention …": the
                    # ones after the ranks told so far, not the last ones
                    start = max(top_ordinal, 1, next_slot(groups))
                groups.append(Segment(start, m.count, s.index, m.type, False, (m.start, m.end)))
                top_ordinal = start + m.count
            elif k and s.agreements[k - 1].ordinal and APPOSED.fullmatch(
                    fold(text[s.agreements[k - 1].end:m.start])):  # the same one, described
                continue
            elif (m.indefinite or work.count_fact is None and _after_que(text, m)) \
                    and (s.signing or _details(text, s) or (
                        s.index > lead_index and BY_ONE.search(
                            fold(text[max(s.start, m.start - 30):m.start])))) \
                    and n > 1 and next_slot(groups) < n:
                # "une convention a été signée avec A …, un accord avec B …": one each, in
                # turn, after the ones counted before them; "Les trois premières … Il s'agit
                # d'une convention …": the first of the group just opened
                first = max(next_slot(groups), n - added) if added else next_slot(groups)
                opened = _opened_just_before(groups, text, s)
                if opened is not None:
                    first = opened
                groups.append(Segment(first, 1, s.index, m.type,
                                      False, (m.start, m.end)))
            elif s.index > lead_index and m.count and _is_number(text, m) and n and m.count < n:
                used = sum(g.size for g in groups if not g.ordinal)
                start = used if used + m.count <= n else (groups[-1].first if groups else 0)
                if re.search(r"\bderni(?:ers|eres)\s*$", fold(text[max(0, m.start - 20):m.start])):
                    start = n - m.count  # "Les deux derniers accords": the last two
                groups.append(Segment(start, m.count, s.index, m.type, False, (m.start, m.end)))
        if AMONG.match(fold(text[s.start:s.end])):
            # "Parmi ces accords, treize concernent PSA et six sont conclus avec Renault":
            # each count, the next ones of the batch, with the body named after its verb
            for found in BARE_COUNT.finditer(fold_upto(text, s.end), s.start, s.end):
                count = parse_count(found["n"])
                used = sum(g.size for g in groups if not g.ordinal)
                if count and n and used + count <= n:
                    groups.append(Segment(used, count, s.index, "", False,
                                          (found.start("n"), found.end())))
        for found in SUBCOUNT.finditer(fold_upto(text, s.end), s.start, s.end):
            count = parse_count(found["n"])
            if count and n and count < n and not any(g.sentence == s.index for g in groups):
                used = sum(g.size for g in groups if not g.ordinal)
                groups.append(Segment(used, count, s.index, "", False,
                                      (found.start(), found.end())))
    groups.sort(key=lambda g: (g.sentence, g.evidence[0]))
    work.segments = groups
