"""A batch told one line per project, each line opening on its company: "1. Atlas Cement :
une cimenterie à Settat, pour 1,1 milliard de dirhams et 250 emplois ;". As many such
lines as agreements are the agreements, in order, each with the body its line names.
"""

from __future__ import annotations

import re

from .cues import AGREEMENT_NOUNS
from .drafts import Segment, Work
from .linking import Party
from .names import Mention
from .normalize import fold

__all__ = ["named_lines"]

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
