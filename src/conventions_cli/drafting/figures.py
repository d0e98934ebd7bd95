"""Money, jobs and periods: each segment's own figures go to its agreements; what the lead
says of all of them together is a total (for the event), unless there is one agreement.
An earlier agreement the article recalls with its date becomes a draft of its own.
"""

from __future__ import annotations

import re

from .amounts import find_amounts, find_jobs, find_periods
from .dates import Published, find_dates
from .drafts import Drafted, Segment, Work, short
from .facts import Fact
from .normalize import fold
from .occasion import _nearest
from .sentences import Sentence, about_agreement

__all__ = ["earlier_agreements", "share_figures"]


FIRST_OF = re.compile(r"\b(?:dont|parmi lesquel(?:le)?s) l'une? (?:de|d'un montant de|"
                      r"d'une valeur de|portant sur)\s*$")


def share_figures(work: Work) -> None:
    """Money, jobs, periods: by segment, else the lead's."""
    text, sentences, agreements, n = work.text, work.sentences, work.agreements, work.n
    groups, article = work.segments, work.article
    # the lead's own batch parts do not end what the lead says of all of them
    first_segment = min((g.sentence for g in groups if not g.composed),
                        default=len(sentences))
    total = None
    # "une convention-cadre a été signée …", then further down "une seconde convention":
    # what the lead says is the first one's, not all of them together
    one_described = work.one_described
    segment_of: dict[int, Segment] = {}
    ordered = sorted((g for g in groups if not g.composed), key=lambda g: g.sentence)
    for idx, opened in enumerate(ordered):
        stop = ordered[idx + 1].sentence if idx + 1 < len(ordered) else len(sentences)
        for k in range(opened.sentence, stop):
            segment_of.setdefault(k, opened)
    for s in sentences:
        if s.earlier or s.title:
            continue
        g = segment_of.get(s.index)
        amounts = [f for f in find_amounts(text, s.start, s.end)
                   if f.extra["use"] == "funding" and not f.extra["equivalent"]
                   and f.start not in work.used_figures]
        jobs = find_jobs(text, s.start, s.end)
        periods = find_periods(text, s.start, s.end)
        if g is not None:
            target = agreements[g.first] if g.first < n else None
            if target is None:
                continue
            shared = g.size > 1
            for f in amounts[:1]:
                if shared:
                    target.notes.append(
                        f"{f.value['amount']} {f.value['currency']} reported for the "
                        f"{g.size} agreements of this group together (from: "
                        f"\"{short(article.quote(f.start, f.end))}\")")
                elif target.funding is None:
                    target.funding = f
            for f in jobs[:1]:
                if target.jobs is None:
                    target.jobs = f if not shared else Fact(
                        "jobs", f.value, f.start, f.end,
                        f"jobs for the {g.size} agreements of this group together; split them",
                        f.extra)
            for f in periods[:1]:
                if target.period is None and (s.index == g.sentence or about_agreement(text, s)):
                    target.period = f  # not "Ce forum s'inscrit dans la stratégie 2022-2026"
            continue
        if s.index >= first_segment:
            continue
        if n > 1 and not groups and len(amounts) == n and not any(
                f.extra["total"] for f in amounts) and all(a.funding is None for a in agreements):
            # "concernent A pour 400 M$, B (250 M$) et C (150 M$)": one amount each, in order
            for a, f in zip(agreements, amounts, strict=True):
                a.funding = f
            continue
        for f in amounts:
            if n > 1 and agreements[0].funding is None and FIRST_OF.search(
                    fold(text[max(s.start, f.start - 40):f.start])):
                agreements[0].funding = f  # "deux prêts …, dont l'un de 225 M€ pour …"
                continue
            if n == 1 or (one_described and not f.extra["total"]):
                if agreements[0].funding is None:
                    agreements[0].funding = f
            elif total is None and (s.signing or f.extra["total"]):
                total = f
        for f in jobs:
            if n == 1:
                if agreements[0].jobs is None:
                    agreements[0].jobs = f
            elif not groups and agreements[0].jobs is None:
                agreements[0].jobs = Fact("jobs", f.value, f.start, f.end,
                                          f"jobs reported for the {n} agreements together; "
                                          "split them", f.extra)
            elif groups:  # each one's own are given further down: this is all of them
                work.todos.append(f"{f.value['direct']} jobs reported for the {n} agreements "
                                  f"together (from: \"{short(article.quote(f.start, f.end))}\")")
        for f in periods:
            for a in agreements:
                if a.period is None:
                    a.period = f
    work.total = total


def earlier_agreements(text: str, sentences: list[Sentence], date: Fact | None,
                        pub: Published | None, todos: list[str]) -> list[Drafted]:
    """An earlier agreement the article reports as signed ("le plan 2014-2020, signé en
    février 2013, … doté de 290 MDH") is a draft of its own."""
    found: list[Drafted] = []
    signed_on = date.value if date is not None and date.value else (pub.iso() if pub else None)
    for s in sentences:
        if not (s.earlier and s.triggers) or s.title:
            continue
        verbs = [t for t in s.triggers if not fold(text[t[0]:t[1]]).startswith("signature")]
        dates = [d for d in find_dates(text, s.start, s.end, pub)
                 if d.value and not d.extra["relative"]
                 and (signed_on is None or d.value < signed_on[:len(d.value)])]
        if not verbs or not dates:
            continue
        a = Drafted()
        kinds = [m for m in s.agreements if m.type]
        if kinds:
            a.type = Fact("type", kinds[0].type, kinds[0].start, kinds[0].end)
        a.date = _nearest(dates, verbs[0][0])
        amounts = [f for f in find_amounts(text, s.start, s.end)
                   if f.extra["use"] == "funding" and not f.extra["equivalent"]]
        a.funding = amounts[0] if amounts else None
        periods = find_periods(text, s.start, s.end)
        a.period = periods[0] if periods else None
        a.group = "an earlier agreement the article recalls; TODO: its parties and whether " \
                  "the new one follows it"
        found.append(a)
    return found
