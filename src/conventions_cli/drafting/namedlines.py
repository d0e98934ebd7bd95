"""A batch told one line per project, each line opening on its company: "1. Atlas Cement :
une cimenterie à Settat, pour 1,1 milliard de dirhams et 250 emplois ;". As many such
lines as agreements are the agreements, in order, each with the body its line names.
"""

from __future__ import annotations

import re
from typing import Any

from .cues import AGREEMENT_NOUNS
from .drafts import Segment, Work
from .linking import Party
from .names import Mention
from .normalize import fold

__all__ = ["named_lines", "party_lines"]

# a list line that opens on a name and a colon (or a dash) before what the project is
NAMED_LINE = re.compile(r"^[ \t]*(?:\d{1,2}\s*[.)°]|[-–—•*·▪])[ \t]+(?P<name>[^:\n–—]{2,90}?)"
                        r"[ \t]*(?::|[–—]|\s-\s)", re.MULTILINE)


# what opens a list line that is no body's name: the agreement, its part, its purpose
NOT_A_BODY = re.compile(rf"(?:{AGREEMENT_NOUNS}|prets?|dons?|credits?|financements?|tranches?|"
                        r"lignes?|programmes?|projets?|phases?|lots?|volets?|axes?|"
                        r"objectifs?|montants?|duree|budget|cout|secteurs?)\b")
# a company's name: two to six words, each capitalized (or an acronym, a number)
NAME = re.compile(r"[A-ZÀ-Ý0-9][\w&'’.-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w&'’.-]*|de|du|des|la|et|&)){1,5}")


def named_lines(work: Work) -> None:
    """The project lines of the article, as its agreements' segments, where there are as
    many as agreements and no other list gave them already."""
    if work.n < 2 or any(g.listed for g in work.segments):
        return
    text = work.text
    lines: list[tuple[int, Mention]] = []  # sentence index, the body the line opens on
    for found in NAMED_LINE.finditer(text, *work.article.body):
        at, end = found.start("name"), found.end("name")
        if NOT_A_BODY.match(fold(found["name"])):
            return  # "- Prêt A : 140 M$", "1. Volet social :": items of another kind
        s = next((s for s in work.sentences if s.start <= at < s.end), None)
        if s is None or s.earlier or s.title or s.future:
            continue
        named = next((m for m in s.mentions if at <= m.start and m.end <= end + 1
                      and not m.vague), None)
        if (named is None or named.start > at) and NAME.fullmatch(found["name"]):
            # "Sahara Green Hydrogen :" that the tagger took for a place, "Polyclinique Al
            # Amal :" read from its second word: the line names it whole
            named = Mention(found["name"], at, end, "company")
            named.kb_id = work.kb.link_org(named)
        if named is not None:
            lines.append((s.index, named))
    if len(lines) != work.n:
        return
    listed = {index for index, _ in lines}
    work.segments = [g for g in work.segments if g.sentence not in listed]
    for slot, (index, named) in enumerate(lines):
        work.segments.append(Segment(slot, 1, index, "", False, (named.start, named.end),
                                     parties=[Party(named, "with")], listed=True))
    work.segments.sort(key=lambda g: (g.sentence, g.evidence[0]))


# what opens a list line: a number ("1)", "2.", "3-") or a bullet, then the bodies it names
LINE_MARK = re.compile(r"[ \t]*(?:\d{1,2}\s*[.)°-]|[-–—•*·▪])[ \t]+(?:(?:l[ae]|les|l['’])\s*)?",
                       re.IGNORECASE)
# where a line stops naming its signatories: what the agreement is for, or the line's end
LINE_PURPOSE = re.compile(r"\s*(?:,|;|:|\bpour\b|\bafin\b|\ben vue\b|\bportant\b|\brelati|"
                          r"\bvisant\b|\bdans le\b|\bsur\b|\(\s*\d)")

# between two bodies of one line: "et", a comma, after a bracket that spells the first one
LINE_JOIN = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,|et|ainsi que)\s*(?:(?:l[ae]s?|l')\s*)?")


def party_lines(work: Work) -> None:
    """ "Les huit autres conventions ont été conclues entre … :" over eight list lines
    "- A et B, pour …", or "Douze conventions … signées par la Région et par les partenaires
    suivants :" over twelve lines "1) l'Agence X (AX), pour … ;": each line is one agreement
    of those the lead opens, signed by the bodies the line names before what it is for (with
    the lead's signer, who signs them all)."""
    text = work.text
    for s in work.sentences:
        if not text[s.start:s.end].rstrip().endswith(":") or s.earlier or s.title:
            continue
        lines = []
        for line in work.sentences[s.index + 1:]:
            bodies = _line_bodies(text, line, work.kb)
            if bodies is None:
                break
            lines.append((line, bodies))
        if len(lines) < 2:
            continue
        opened = [g for g in work.segments if g.sentence == s.index and not g.listed
                  and g.parties is None and g.size == len(lines)]
        if opened:
            first = opened[0].first
            work.segments.remove(opened[0])
        elif len(lines) == work.n and not any(g.listed or g.parties for g in work.segments):
            first, work.segments = 0, []
        else:
            continue
        for k, (line, bodies) in enumerate(lines):
            work.segments.append(Segment(first + k, 1, line.index, "", False,
                                         (bodies[0].start, bodies[0].end),
                                         parties=[Party(m, "with") for m in bodies],
                                         listed=True))
        work.segments.sort(key=lambda g: (g.sentence, g.evidence[0]))


def _line_bodies(text: str, line: Any, kb: Any) -> list[Mention] | None:
    """The bodies a list line opens on, up to what the agreement is for; None when the
    sentence is no list line or opens on something else."""
    line_start = text.rfind("\n", 0, line.start) + 1
    mark = LINE_MARK.match(text, line_start)
    if mark is None or mark.end() > line.start + 12 or text[line_start:line.start].strip() \
            and mark.end() < line.start:
        return None
    if NOT_A_BODY.match(fold(text[mark.end():mark.end() + 40])):
        return None  # "- Prêt A : 140 M$": a line of another kind
    stop = LINE_PURPOSE.search(text, mark.end(), line.end)
    # a name's own comma or bracket ("(ONEE)") does not end it: the first mention decides
    mentions = [m for m in line.mentions if not m.vague and m.start >= mark.end()]
    end = stop.start() if stop else line.end
    if not mentions or not re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}", fold(
            text[mark.end():mentions[0].start])):  # "3) la société X, …": its descriptor
        named = NAME.fullmatch(text, mark.end(), end)
        if named is None:
            return None
        # "11) Al Omrane Dakhla, pour …": a name the tagger did not take, whole on its line
        mentions = [Mention(named[0], named.start(), named.end(), "other"), *mentions]
        mentions[0].kb_id = kb.link_org(mentions[0])
    while stop and any(m.start < stop.start() < m.end for m in mentions):
        stop = LINE_PURPOSE.search(text, stop.end(), line.end)
        end = stop.start() if stop else line.end
    bodies = mentions[:1]
    for m in mentions[1:]:
        if m.start >= end or not LINE_JOIN.fullmatch(fold(text[bodies[-1].end:m.start])):
            break
        bodies.append(m)  # "- A et B, pour …": the two that sign it
    return bodies
