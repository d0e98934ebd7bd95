"""The body an article opens on: "L'Agence X a renforcé son partenariat avec les usagers
…. Deux conventions ont été signées …. La première a été scellée avec la Fédération Y": the
agreement told with its partner alone ("avec Y") is the Agence's too."""

from __future__ import annotations

import re

from .drafts import Work, quote_of
from .names import Mention
from .normalize import fold

__all__ = ["protagonist_signs"]

# "a renforcé son partenariat", "vient de nouer", "a scellé": the opening body's deed
DEED = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:a|ont|vient de|viennent de)\s+"
                  r"(?:\w+\s+)?(?:renforc|nou|scell|sign|conclu|paraph|elargi|consolid|"
                  r"etabli|developp|concretis)\w*\b")
ABOUT = re.compile(r"\b(?:partenariats?|cooperations?|accords?|conventions?|protocoles?|"
                   r"memorandums?|contrats?)\b")
# what may stand before the body: a page's date, a dateline ("Rabat —"), one word
OPENS = re.compile(r"\W*(?:date [\d-]+\s+)?(?:[\w'-]+\s*[—–]\s*)?(?:\S+\s+)?(?:l'|le |la |les )?")
WITH = re.compile(r"\bavec\s+(?:l'|la |le |les )?$")


def protagonist_signs(work: Work) -> None:
    """An agreement whose only parties are named after "avec" takes the body the article's
    first sentence makes the subject of a partnership (the other side, never said again)."""
    text = work.text
    lonely = [a for a in work.agreements if a.parties and all(
        WITH.search(fold(text[max(0, m.start - 12):m.start])) for m, _ in a.parties)]
    opening = _opening_body(work) if lonely else None
    for a in lonely:
        who = opening or _headline_subject(work, [m for m, _ in a.parties])
        if who is not None and not any(_same(m, who) for m, _ in a.parties):
            a.parties.insert(0, (who, quote_of(text, who)))


def _same(a: Mention, b: Mention) -> bool:
    return a.name == b.name or bool(a.kb_id) and a.kb_id == b.kb_id


def _headline_subject(work: Work, partners: list[Mention]) -> Mention | None:
    """ "Maroc/AFD : signature d'une convention de prêt avec l'Office X": the headline names
    who signed with the partner the article tells alone."""
    for s in work.sentences:
        if not s.title:
            continue
        told = work.parties_by_sentence.get(s.index, [])
        subject = [p.mention for p in told if p.role_hint == "subject"]
        if len(subject) == 1 and any(p.role_hint == "with" and any(_same(p.mention, m)
                                                                   for m in partners)
                                     for p in told):
            return subject[0]
    return None


def _opening_body(work: Work) -> Mention | None:
    opening = next((s for s in work.sentences if not s.title), None)
    if opening is None or opening.index >= work.lead.index or not opening.mentions:
        return None
    text = work.text
    body = opening.mentions[0]
    lead_in = fold(text[opening.start:body.start])
    if body.vague or body.person or not OPENS.fullmatch(lead_in):
        return None
    deed = DEED.match(fold(text[body.end:opening.end]))
    if deed is None or not ABOUT.search(fold(text[body.end + deed.end():opening.end])):
        return None
    return body
