"""Money, jobs and periods: each segment's own figures go to its agreements; what the lead
says of all of them together is a total (for the event), unless there is one agreement.
An earlier agreement the article recalls with its date becomes a draft of its own.
"""

from __future__ import annotations

import re

from .amounts import EACH_AFTER, SPELLED, find_periods, parse_count, plan_years
from .dates import Published, find_dates
from .drafts import Drafted, Segment, Work, short
from .facts import Fact
from .financings import one_financing_each
from .inturn import (
    bracketed_in_turn,
    funding_in,
    grouped_amounts,
    is_a_part,
    labelled_amounts,
    listed_amounts,
    listed_lines,
    parts_of_total,
    ranked_amounts,
    split_total,
)
from .jobs import find_jobs
from .lexicon import nouns
from .normalize import fold
from .sentences import Sentence, about_agreement
from .signingday import _nearest
from .spans import horizon_only, period_of_what_it_funds
from .text import Article

__all__ = ["cut_figure", "earlier_agreements", "share_figures"]


# "deux prêts …, dont l'un de 225 M€ …" before "Le second prêt …" opens a segment of its own
FIRST_OF = re.compile(r"\b(?:dont|parmi lesquel(?:le)?s) l'une? (?:de|d'un montant de|"
                      r"d'une valeur de|portant sur)\s*$")
# A text that stops inside a figure (a page cut off): "… une convention de 120 millions de",
# "… 1,5 milliard d'", "… pour la période 2026-20", "… de 2026 à"
_DIGITS = r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
CUT_AMOUNT = re.compile(rf"(?<![\w-])(?P<fig>(?:{_DIGITS})\s*(?:(?:milliards?|millions?|mille)"
                        r"(?:\s+(?:de|d'))?|(?:de|d')))\s*$")
CUT_PERIOD = re.compile(r"(?<![\w-])(?P<fig>(?:19|20)\d{2}\s*(?:-|–|/|\ba\b|\bau\b)\s*\d{0,3})\s*$")


def cut_figure(article: Article) -> tuple[str, str] | None:
    """The field ("funding" or "period") and the article's words of a figure its text stops
    inside, as a page cut off mid-sentence does; None when the text ends otherwise."""
    lo, hi = article.body
    start = max(lo, hi - 80)
    tail = fold(article.text[start:hi]).rstrip()
    for name, pattern in (("funding", CUT_AMOUNT), ("period", CUT_PERIOD)):
        found = pattern.search(tail)
        if found:
            return name, article.quote(start + found.start("fig"), start + found.end("fig"))
    return None


def share_figures(work: Work) -> None:
    """Money, jobs, periods: by segment, else the lead's."""
    labelled_amounts(work)  # "1,1 MMDH (première convention) et 50 MDH (deuxième …)"
    ranked_amounts(work)
    parts_of_total(work)
    listed_amounts(work, upto=work.first_segment)  # one each, listed before any segment
    one_financing_each(work)  # "une ligne de crédit de X …, une subvention de Y": one each
    grouped_amounts(work)  # one amount each, listed in the sentences of a group
    _share_figures(work)
    listed_amounts(work)  # what the segments and the lead left without an amount
    split_total(work)  # parts of a total told apart from it, in sentences of their own
    listed_lines(work)  # one amount a list line, no total
    bracketed_in_turn(work)  # one amount each, in brackets, over the sentences after the lead
    _described_amounts(work)
    _the_sum_of_its_parts(work)
    _its_own_over_a_bound(work)


# words that say nothing of what an agreement is for
PLAIN_WORDS = {"pour", "dans", "avec", "entre", "relative", "relatif", "portant", "concernant",
               "visant", "cette", "convention", "conventions", "partenariat", "accord",
               "accords", "memorandum", "entente", "cadre", "protocole", "contrat", "dotee",
               "dote", "enveloppe", "montant", "region", "regional", "regionale", "aussi"}


def _what_for(text: str, start: int, end: int) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", fold(text[start:end])) if w not in PLAIN_WORDS}


def _described_amounts(work: Work) -> None:
    """ "La convention pour l'accompagnement des coopératives est dotée de 500 MDH", in a
    batch whose items are listed with what each is for: the amount is the one item's that
    shares most of those words (three at least, and no other as many)."""
    text, agreements = work.text, work.agreements
    items: dict[int, set[str]] = {}
    starts = sorted(g.evidence[0] for g in work.segments)
    for g in work.segments:
        if g.size == 1 and g.first < work.n:
            # what it is for: up to the next item, or the end of its sentence
            end = min([x for x in starts if x > g.evidence[0]] + [g.evidence[1] + 200])
            stop = re.search(r"[;.\n]", text[g.evidence[1]:end])
            items[g.first] = _what_for(text, g.evidence[0], g.evidence[1] + stop.start()
                                       if stop else end)
    if len(items) < 2:
        return
    for s in work.sentences:
        if s.signing or s.earlier or s.title:
            continue
        amounts = [f for f in funding_in(text, s) if not f.extra["total"]]
        named = [m for m in s.agreements if not m.plural and not m.indefinite]
        if len(amounts) != 1 or len(named) != 1 or amounts[0].start < named[0].end:
            continue
        said = _what_for(text, named[0].end, amounts[0].start)
        shared = sorted(((len(said & words), k) for k, words in items.items()), reverse=True)
        (best, k), (second, _k) = shared[0], shared[1]
        if best >= 3 and best > second and agreements[k].funding is None and not any(
                a.funding is not None and a.funding.start == amounts[0].start
                for a in agreements):
            agreements[k].funding = amounts[0]


def _its_own_over_a_bound(work: Work) -> None:
    """ "c'est plus d'1/2 milliard d'euros que la Banque met à disposition … A a signé un
    accord de prêt de 225 millions d'euros": one agreement given a bound ("plus de", "près
    de") told elsewhere has its own exact amount where its signing says "accord de prêt de
    X": that one."""
    if work.n != 1 or work.agreements[0].funding is None or not work.agreements[0].funding.todo:
        return
    text, bound = work.text, work.agreements[0].funding
    for s in work.sentences:
        if not s.signing or s.start <= bound.start < s.end:
            continue
        for m in s.agreements:
            after = [f for f in funding_in(text, s) if not f.todo and not f.extra["total"]
                     and f.start > m.end]
            if after and re.fullmatch(r"\s*(?:de|d'un montant de|d'une valeur de)\s*",
                                      fold(text[m.end:after[0].start])):
                work.agreements[0].funding = after[0]
                return


def _the_sum_of_its_parts(work: Work) -> None:
    """ "20 M€ à la banque A et 15 M€ à la banque B … Cette aide de 35 M€": one agreement
    whose amount is told in parts, then as their sum, is for the sum."""
    if work.n != 1 or work.agreements[0].funding is None:
        return
    first = work.agreements[0].funding
    text = work.text
    at = next((s for s in work.sentences if s.start <= first.start < s.end), None)
    if at is None:
        return
    parts = [f for f in funding_in(text, at) if f.value["currency"] == first.value["currency"]]
    if len(parts) < 2 or first not in parts:
        return
    total = sum(f.value["amount"] for f in parts)
    for s in work.sentences[at.index:at.index + 2]:
        for f in funding_in(text, s):
            if f.value == {**first.value, "amount": total} and f not in parts:
                work.agreements[0].funding = f
                return


def _share_figures(work: Work) -> None:
    text, sentences, agreements, n = work.text, work.sentences, work.agreements, work.n
    groups, article = work.segments, work.article
    ordinals = any(g.ordinal for g in groups)
    # the lead's own batch parts do not end what the lead says of all of them
    first_segment = min((g.sentence for g in groups if not g.composed),
                        default=len(sentences))
    total = None
    horizons: dict[int, str] = {}  # an agreement's "à l'horizon 2030", when it has no period
    early: list[Fact] = []  # amounts told before the signing, in sentences of no agreement
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
        opened_here = [o for o in ordered if o.sentence == s.index]
        if len(opened_here) > 1:
            # "Le premier prêt, de 180 M€, …, et le second prêt de 120 M€ …": several open
            # in one sentence; each figure is the one's it follows
            _by_position(work, opened_here, s)
            continue
        amounts = [f for f in funding_in(text, s) if f.start not in work.used_figures]
        parts: list[Fact] = []
        jobs = find_jobs(text, s.start, s.end, parts)
        work.todos.extend(f"\"{short(article.quote(f.start, f.end))}\" is a part of jobs the "
                          "article gives no total for; add the jobs if a report gives them"
                          for f in parts)
        periods = find_periods(text, s.start, s.end)
        work.todos.extend(
            f"\"… {' '.join(article.quote(max(s.start, f.start - 60), f.end).split()[-6:])}\":"
            " a national plan's years, not taken as an agreement's period; give its own if a "
            "report states one" for f in plan_years(text, s.start, s.end)
            if s.signing or s.agreements)
        if n > 1 and not s.signing and len(amounts) < 2 and all_of_them(text, s, n, agreements):
            # (with an amount for each, "Ces accords financent A (50 M€) et B (30 M€)", it
            # gives them out in turn, below)
            total = _of_all_of_them(work, amounts, jobs, periods, total)
            continue
        if g is not None:
            target = agreements[g.first] if g.first < n else None
            if target is None:
                continue
            if g.listed and text.rfind("\n", 0, s.start) > g.evidence[0]:
                continue  # a list line's figures are on its line, not in the paragraphs after
            if s.index != g.sentence and re.match(
                    r"\W*(?:au total|en tout|au global|globalement|au cumul|ensemble)\b",
                    fold(text[s.start:s.end])):
                # "Au total, les trois projets …": theirs together, not this one's
                work.todos.extend(f"\"{short(article.quote(f.start, f.end))}\" is reported "
                                  "for several agreements together: say it in the summary"
                                  for f in [*amounts[:1], *jobs[:1]])
                continue
            shared = g.size > 1
            if shared and len(amounts) == g.size and s.index == g.sentence and \
                    g.first + g.size <= n:  # "deux accords de don, de 6 et 4 M€": in turn
                for k, f in enumerate(amounts):
                    if agreements[g.first + k].funding is None:
                        agreements[g.first + k].funding = f
                amounts = []
            for f in amounts[:1]:
                if shared:
                    target.notes.append(_together(work, f, g.size))
                elif target.funding is None:
                    target.funding = f
            for f in jobs[:1]:
                if target.jobs is None:
                    target.jobs = f if not shared else Fact(
                        "jobs", f.value, f.start, f.end,
                        f"jobs for the {g.size} agreements of this group together; split them",
                        f.extra)
            opening = next((x for x in sentences if x.index == g.sentence), s)
            for f in periods[:1]:
                if target.period is None and (s.index == g.sentence or about_agreement(text, s)
                                              or period_of_what_it_funds(
                                                  text, s.start, s.end, f,
                                                  (opening.start, opening.end))):
                    target.period = f  # not "Ce forum s'inscrit dans la stratégie 2022-2026"
            if not periods and (said := horizon_only(text, s.start, s.end)):
                horizons.setdefault(g.first, said)
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
            if n > 1 and agreements[0].funding is None and ordinals and FIRST_OF.search(
                    fold(text[max(s.start, f.start - 40):f.start])):
                agreements[0].funding = f  # the first, where the second has its own segment
                continue
            if n == 1 and s.index < work.lead.index and not (s.signing or s.agreements):
                early.append(f)  # before the signing, of no agreement: only if none after
            elif n == 1 or (one_described and not f.extra["total"]):
                if agreements[0].funding is None:
                    agreements[0].funding = f
            elif total is None and (s.signing or f.extra["total"]) and not any(
                    a.funding is not None and a.funding.start == f.start for a in agreements):
                total = f  # (not one an agreement already has as its own)
        for f in jobs:
            if n == 1 or one_described:  # the one the lead describes, as its amount
                if agreements[0].jobs is None:
                    agreements[0].jobs = f
            elif not groups and agreements[0].jobs is None:
                agreements[0].jobs = Fact("jobs", f.value, f.start, f.end,
                                          f"jobs reported for the {n} agreements together; "
                                          "split them", f.extra)
            elif groups:  # each one's own are given further down: this is all of them
                work.todos.append(f"{f.value['direct']} jobs reported for the {n} agreements "
                                  f"together (from: \"{short(article.quote(f.start, f.end))}\")")
                work.todos.extend(job_shares(work, f))
        for f in periods:
            for a in agreements:
                if a.period is None:
                    a.period = f
        if n == 1 and not periods and (said := horizon_only(text, s.start, s.end)):
            horizons.setdefault(0, said)
    work.total = total
    if early and agreements[0].funding is None:
        agreements[0].funding = early[0]
    for k, said in horizons.items():
        if k < n and agreements[k].period is None:
            agreements[k].notes.append(
                f"\"{short(said)}\" is a horizon, not a period (a period needs its first "
                "year): say it in the summary, or give the period if a report states its start")
    for a in agreements:
        if a.jobs is not None:
            a.notes.extend(job_shares(work, a.jobs))


def _together(work: Work, f: Fact, size: int) -> str:
    """The note on the first of a group that an amount is all of theirs."""
    return (f"{f.value['amount']} {f.value['currency']} reported for the {size} agreements "
            f"of this group together (from: \"{short(work.article.quote(f.start, f.end))}\")")


def job_shares(work: Work, jobs: Fact) -> list[str]:
    """The parts a jobs figure is said to hold ("4.000 emplois, dont 1.100 pour le seul
    site de X"), each named in a TODO: the figure stays the agreement's jobs, and the part,
    which the schema has no place for, is not lost."""
    return [f"\"{short(work.article.quote(lo, hi))}\" is a part of the "
            f"{jobs.value['direct']} jobs: keep the total as the jobs, and say the part in "
            "the summary" for lo, hi in jobs.extra.get("shares", ())]


# "Ces projets devraient créer …", "Les trois conventions mobiliseront …", "Au total, ces
# accords …", "L'ensemble de ces investissements …": a sentence about all the agreements
ALL_OF_THEM = re.compile(
    r"^\W*(?:[^,.;]{0,40},\s*)?(?:au total\b|(?:au total,?\s*|globalement,?\s*)?"
    r"(?:l'ensemble (?:de ces|des)|tou(?:te)?s (?:les|ces)|ces|les)\s+"
    rf"(?:(?P<n>\d{{1,3}}|{SPELLED})\s+)?(?:\w+\s+)?"
    r"(?:conventions|accords|projets|protocoles|memorandums|contrats|programmes|"
    r"investissements|partenariats|instruments|documents|initiatives|operations)\b)")


def all_of_them(text: str, s: Sentence, n: int, agreements: list[Drafted]) -> bool:
    """The sentence opens on all the agreements, or on all their projects ("Ces projets",
    "Les trois conventions" of three), not on some of them ("Les deux premières")."""
    found = ALL_OF_THEM.match(fold(text[s.start:s.end]))
    if found is None:
        return False
    if found["n"] is not None:
        return parse_count(found["n"]) == n
    # "Ces contrats …" after "une convention … et douze contrats": the contracts alone
    return not re.search(r"(?:conventions|accords|protocoles|memorandums|contrats)$",
                         found.group(0)) or len({a.type.value for a in agreements
                                                 if a.type is not None}) < 2


def _of_all_of_them(work: Work, amounts: list[Fact], jobs: list[Fact], periods: list[Fact],
                    total: Fact | None) -> Fact | None:
    """What a sentence says of all the agreements: an amount is their total (a TODO when
    there is one already), jobs to split (the first one's with a TODO, as the lead's are,
    or a TODO alone when each has its own part further down), a period each one's.
    Returns the total."""
    n, article = work.n, work.article
    for f in amounts[:1]:
        if total is None:
            total = f
        else:
            work.todos.append(f"{f.value['amount']} {f.value['currency']} reported for the {n} "
                              f"agreements together (from: "
                              f"\"{short(article.quote(f.start, f.end))}\")")
    for f in jobs[:1]:
        first = work.agreements[0]
        if first.jobs is None and not work.segments:  # in view, as the lead's jobs are
            first.jobs = Fact("jobs", f.value, f.start, f.end,
                              f"jobs reported for the {n} agreements together; split them",
                              f.extra)
        else:
            work.todos.append(f"{f.value['direct']} jobs reported for the {n} agreements "
                              f"together (from: \"{short(article.quote(f.start, f.end))}\")")
            work.todos.extend(job_shares(work, f))
    for f in periods[:1]:
        for a in work.agreements:
            if a.period is None:
                a.period = f
    return total


def _by_position(work: Work, opened: list[Segment], s: Sentence) -> None:
    """Each figure of the sentence to the segment whose words it follows (one agreement
    each; a segment of several gets a note, as in `share_figures`)."""
    text = work.text

    def owner(f: Fact) -> Segment:
        before = [g for g in opened if g.evidence[0] <= f.start]
        return before[-1] if before else opened[0]

    amounts = [f for f in funding_in(text, s) if f.start not in work.used_figures]
    last = max(g.evidence[1] for g in opened)
    for name, found in (("funding", amounts), ("jobs", find_jobs(text, s.start, s.end)),
                        ("period", find_periods(text, s.start, s.end))):
        after = [f for f in found if f.start >= last]
        if after and len(after) == len(found):
            # "A et B investiront 90 MDH chacun et créeront respectivement 500 et 350
            # emplois": one figure for each of them, or the same for all
            if len(after) == len(opened):
                pairs = list(zip(sorted(opened, key=lambda g: g.evidence[0]), after,
                                 strict=True))
            elif len(after) == 1 and EACH_AFTER.match(fold(text[after[0].end:s.end])):
                pairs = [(g, after[0]) for g in opened]
            else:
                pairs = []
            for g, f in pairs:
                if g.size == 1 and g.first < work.n and \
                        getattr(work.agreements[g.first], name) is None:
                    setattr(work.agreements[g.first], name, f)
            if pairs:
                continue
        for f in found:
            g = owner(f)
            if g.first >= work.n:
                continue
            if g.size != 1:
                if name == "funding":  # "… et de deux accords de prêt de 310 MDH"
                    work.agreements[g.first].notes.append(_together(work, f, g.size))
                continue
            target = work.agreements[g.first]
            if getattr(target, name) is None:
                setattr(target, name, f)


def earlier_agreements(text: str, sentences: list[Sentence], date: Fact | None,
                        pub: Published | None, todos: list[str]) -> list[Drafted]:
    """An earlier agreement the article reports as signed ("le plan 2014-2020, signé en
    février 2013, … doté de 290 MDH") is a draft of its own."""
    found: list[Drafted] = []
    signed_on = date.value if date is not None and date.value else (pub.iso() if pub else None)
    for s in sentences:
        if not (s.earlier and s.triggers) or s.title:
            continue
        # a verb that tells it was signed: not "la signature de", nor "les pays signataires"
        verbs = [t for t in s.triggers if not re.match(nouns(signatories=True),
                                                        fold(text[t[0]:t[1]]))]
        dates = [d for d in find_dates(text, s.start, s.end, pub)
                 if d.value and not d.extra["relative"]
                 and (signed_on is None or d.value < signed_on[:len(d.value)])]
        if verbs and not dates and s.agreements:
            # "une convention signée l'an dernier, pour 210 MDH": recalled, undated
            todos.append("the article recalls an earlier agreement it does not date ("
                         f"{short(text[s.start:s.end], 10)}): give its id under follows if "
                         "the base has it")
            continue
        if not verbs or not dates:
            continue
        a = Drafted()
        kinds = [m for m in s.agreements if m.type]
        if kinds:
            # the words of the one the verb says was signed ("Ce nouvel accord fait suite à
            # une première convention signée en 2019": a convention), never the new one's
            at = verbs[0][0]
            before = [m for m in kinds if m.end <= at]
            told = max(before, key=lambda m: m.end) if before else \
                min(kinds, key=lambda m: m.start)
            a.type = Fact("type", told.type, told.start, told.end)
        a.date = _nearest(dates, verbs[0][0])
        # ("en tout 500 M$, dont 250 M$ au titre d'un premier prêt signé en mars 2022": the
        # total and its part are what is told now, not what the earlier one is worth)
        amounts = [f for f in funding_in(text, s) if not f.extra["total"]
                   and not is_a_part(text, s, f)]
        a.funding = amounts[0] if amounts else None
        periods = find_periods(text, s.start, s.end)
        a.period = periods[0] if periods else None
        a.group = "an earlier agreement the article recalls; TODO: its parties and whether " \
                  "the new one follows it"
        if a.funding is None and a.period is None:
            # "fait suite à un protocole signé en juin 2023": a date alone recalls it, the
            # new one follows it; the article reports nothing else of it to record
            todos.append("the article recalls an agreement signed "
                         f"{a.date.value if a.date else 'earlier'} ("
                         f"{short(text[s.start:s.end], 8)}): give its id under follows if "
                         "the base has it")
            continue
        found.append(a)
    return found
