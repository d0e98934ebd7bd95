"""Lists of agreements: "1. Protocole d'accord … signé par A et B", "- un prêt de la BERD de
60 M$ à l'ONCF ;", "– avec l'Agence X, …, pour 18 MDH ;", items run into one sentence ("…
notamment : - Accord … ; - Convention …") or told one by one in prose ("Il s'agit d'un
protocole entre A et B, d'une convention entre C et D …"): each item is one of the article's
agreements (or as many as it counts), in order, with the type, parties and figures it gives.
"""

from __future__ import annotations

import re

from .amounts import SPELLED, parse_count
from .counting import MAX_AGREEMENTS
from .drafts import Segment, Work
from .lending import lent_right_after
from .linking import signing_parties
from .normalize import fold
from .sentences import Sentence
from .signing import AgreementMention

__all__ = ["listed_items"]


ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.)°-]|[-–—•*·])\s*")


# "… notamment : Mali - Accord de coopération entre A et B ; - Convention entre C et D.":
# items run into one sentence, each opened by a dash and an agreement's name.
RUN_IN = re.compile(r"(?:^|(?<=[\s;:.]))[-–—•*]\s+"
                    r"(?=(?:(?:une?|deux|trois|quatre|cinq|six|\d{1,2})\s+)?"
                    r"(?:accords?|conventions?|protocoles?|memorand\w*|contrats?|avenants?|"
                    r"chartes?|declarations?|arrangements?|lettres? d'intention)\b)")
ITEM_END = re.compile(r"\s;|;\s|\.\s")


def _run_in_items(text: str, s: Sentence, alone: bool = False
                  ) -> list[tuple[Sentence, int, int, int, int, int]]:
    low = fold(text[s.start:s.end])
    found = []
    for m in RUN_IN.finditer(low):
        a = s.start + m.end()
        first = next((x for x in s.agreements if x.type and a <= x.start <= a + 12), None)
        if first is None or first.ordinal:
            continue
        stop = ITEM_END.search(text, first.end, s.end)
        b = stop.start() if stop else s.end
        found.append((s, first.start, first.end, first.count or 1, a, b))
    return found if len(found) >= 2 or alone else []


def _opens_item(text: str, s: Sentence) -> bool:
    opened = ITEM.match(text, s.start)
    return opened is not None and opened.end() > s.start


def listed_items(work: Work) -> None:
    """ "1. Protocole d'accord … signé par A et B", "- Contrat d'investissement avec le
    groupe X": each item of a list that opens on an agreement is one of them (or as many
    as it counts), in order, with the type and the parties the item gives."""
    text = work.text
    # sentence, mention start, end, count, the item's own span
    items: list[tuple[Sentence, int, int, int, int, int]] = []
    in_prose: set[int] = set()  # items of a sentence's list: none but their own parties
    for s in work.sentences:
        if s.earlier or s.title:
            continue
        line_start = text.rfind("\n", 0, s.start) + 1
        opened = ITEM.match(text, s.start)
        if opened is not None and opened.end() > s.start:
            body = opened.end()
        elif s.start > line_start and ITEM.fullmatch(text, line_start, s.start):
            body = s.start  # "1." read as a sentence of its own
        elif not text[line_start:s.start].strip() and LABELLED.match(fold(text[s.start:s.end])):
            body = s.start  # "Convention entre la FNIS et SEMAE : …", a line a label opens
        else:
            # "Il s'agit de : * Un protocole … * Un pacte …": the first item of a list
            # whose next items each open a sentence
            following = work.sentences[s.index + 1] if s.index + 1 < len(work.sentences) \
                else None
            run_in = _run_in_items(text, s, alone=following is not None and _opens_item(
                text, following))
            prose = [] if run_in else _prose_items(work, s)
            in_prose.update(item[1] for item in prose)
            items.extend(run_in or prose)
            continue
        first = next((m for m in s.agreements if m.type), None)
        if (first is None or first.start - body > 25) and body < s.end:
            # "- un prêt de 60 M$ de la BERD à l'ONCF ;": a financing item, by its noun
            money = FINANCING_ITEM.match(fold(text[body:body + 40]))
            if money is not None:
                at = body + money.start("noun")
                items.append((s, at, body + money.end(), parse_count(money["n"]) or 1, s.start,
                              s.end))
            elif WITH_ITEM.match(fold(text[body:body + 12])):
                # "– avec l'Agence X, la réhabilitation de 40 khettaras, pour 18 MDH ;"
                items.append((s, body, body, 1, s.start, s.end))
            continue
        if first is None or first.start - body > 25 or first.ordinal:
            continue
        more = [i for i in _run_in_items(text, s) if i[4] > first.end]
        items.append((s, first.start, first.end, first.count or 1, s.start,
                      more[0][4] if more else s.end))
        items.extend(more)
    if len(items) < 2:
        return
    listed_total = sum(item[3] for item in items)
    if listed_total > MAX_AGREEMENTS:  # a list longer than conv drafts: the first ones
        work.told = max(work.told, listed_total)
        work.todos.append(f"the article lists {listed_total} agreements; only "
                          f"{MAX_AGREEMENTS} are drafted: add the other "
                          f"{listed_total - MAX_AGREEMENTS} by hand, or note the count in "
                          "the summary")
        while sum(item[3] for item in items) > MAX_AGREEMENTS:
            items.pop()
    before = _told_before_apart(work, items[0][0])
    work.n = min(max(work.n, before + sum(item[3] for item in items)), MAX_AGREEMENTS)
    listed = {item[0].index for item in items}
    work.segments = [g for g in work.segments if g.sentence not in listed]
    # "…, l'Office a signé un accord avec A, ainsi qu'un autre accord avec B" after four
    # agreements told one a sentence: the items come after those
    slot = max((g.first + g.size for g in work.segments if g.sentence < items[0][0].index),
               default=0)
    slot = max(slot, before)
    if slot + sum(item[3] for item in items) > work.n:
        slot = 0
    for s, start, end, count, a, b in items:
        inside = [m for m in s.mentions if a <= m.start and m.end <= b]
        parties = [p for p in signing_parties(text, a, b, (start, end), inside)
                   if not p.mention.vague] or lent_right_after(text, inside, start, end, b)
        work.segments.append(Segment(slot, count, s.index, "", False, (start, end),
                                     parties=parties if start in in_prose else parties or None,
                                     listed=True, apart=bool(before)))
        slot += count
    work.segments.sort(key=lambda g: (g.sentence, g.evidence[0]))


# a line labelled by the agreement it tells of, then a colon
LABELLED = re.compile(r"(?:accord|convention|protocole|memorandum|contrat|avenant)s?"
                      r"(?:[ -][\w'-]+){0,4} (?:entre|avec) [^:\n.]{3,90}:")
# "Par ailleurs, plusieurs conventions ont été signées entre les professionnels :": a list
# told apart from the signing the lead tells
APART = re.compile(r"\W*(?:par ailleurs|en outre|d'autre part|parallelement|en parallele|"
                   r"dans un autre registre)\b")


def _told_before_apart(work: Work, first_item: Sentence) -> int:
    """How many agreements are told before a list that the sentences introducing it set
    apart ("Par ailleurs, plusieurs conventions … entre les professionnels. Ces accords … :"):
    the list's come after them, and their signers sign none of the list's."""
    text = work.text
    intro = next((s for s in reversed(work.sentences[max(0, first_item.index - 2):
                                                     first_item.index])
                  if APART.match(fold(text[s.start:s.end]))), None)
    if intro is None:
        return 0
    before = [s for s in work.sentences[:intro.index] if s.signing]
    told = [m for s in before for m in s.agreements if not (m.ordinal or m.plural)]
    return max(1, len(told)) if before else 0


WITH_ITEM = re.compile(r"\s*(?:avec|aupres d(?:e|u|es|')|conclue? avec|signee? avec)\s")
FINANCING_ITEM = re.compile(rf"\s*(?P<n>une?|\d{{1,2}}|{SPELLED})\s+(?:nouve(?:au|l|lle)s?\s+)?"
                            r"(?P<noun>prets?|dons?|subventions?|garanties?|credits?|"
                            r"lignes? de credit)\b")


# "…, une convention entre C et D et un mémorandum entre E et F": the next item of a list
ITEM_GAP = re.compile(r"(?:,|;|\bet|\bainsi qu(?:e\s*|'))\s*(?:d')?(?:une?|une? autre|"
                      r"une? nouvel(?:le)?|une? nouveau|"
                      r"(?:deux|trois|quatre|cinq|\d{1,2})(?: autres)?)\s*$")
INDEFINITE = re.compile(r"(?:^|[\s(])(?:d'|qu')?(?:une?|une? autre|une? nouvel(?:le)?|une? nouveau|"
                        r"(?:deux|trois|quatre|cinq|\d{1,2})(?: autres)?)\s*$")
LIST_OPEN = re.compile(r"(?:s'agit(?: \w+)?|incluent|comprennent|comprenant|notamment|:|,|;|"
                       r"\bet)\s*(?:d'|de\s+)?une?\s*$")
PARTNERSHIP = re.compile(r"\b(?:d')?une? (partenariat)(?: \w+)? entre\b")
OWN_PARTIES = re.compile(r"\b(?:entre|avec)\b")


def _prose_items(work: Work, s: Sentence) -> list[tuple[Sentence, int, int, int, int, int]]:
    """ "Il s'agit d'un protocole d'accord entre A et B, d'une convention entre C et D et
    d'un mémorandum entre E et F": agreements introduced one by one in a sentence, each
    with its own parties ("entre", "avec" inside its part), are items of a list as a dashed
    list's are. Two must name their parties, or one before the last; the others sign as
    the lead says."""
    text = work.text

    def folded(a: int, b: int) -> str:
        return fold(text[a:b]).replace("\u2019", "'")

    # "d'un partenariat entre A et B et d'une convention entre C et D": in such a list,
    # a partnership between two is one of the agreements
    low = folded(s.start, s.end)
    partnerships = [AgreementMention("convention-partenariat", s.start + p.start(1),
                                     s.start + p.end(1), 1, indefinite=True)
                    for p in PARTNERSHIP.finditer(low)
                    if LIST_OPEN.search(low[:p.start(1)])]  # not "dans le cadre d'un …"
    items: list[AgreementMention] = []
    for m in sorted([*s.agreements, *partnerships], key=lambda m: m.start):
        before = folded(max(s.start, m.start - 25), m.start)
        if m.type and not m.ordinal and INDEFINITE.search(before) and (
                not items or ITEM_GAP.search(before)):
            items.append(m)
    if len(items) < 2:
        return []
    found = []
    for k, m in enumerate(items):
        end = s.end
        if k + 1 < len(items):
            gap = ITEM_GAP.search(folded(m.end, items[k + 1].start))
            end = m.end + gap.start() if gap else items[k + 1].start
        found.append((s, m.start, m.end, m.count or 1, m.start, end))
    own = [bool(OWN_PARTIES.search(folded(e, b))) for _s, _a, e, _c, _x, b in found]
    # "un accord de prêt et un accord de don avec la BAD": the last one's "avec" may be
    # said of all of them; an earlier item with its own parties opens a list
    return found if sum(own) >= 2 or any(own[:-1]) else []
