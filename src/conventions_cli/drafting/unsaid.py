"""Who signs when no sentence of the body says: the headline's signing parties ("Le Maroc
et l'UE signent des accords …" over "Plusieurs accords ont été signés"), else the two a
link names ("la coopération entre A et B"). Each comes with a TODO quoting its words.
"""

from __future__ import annotations

import re

from .drafts import Work, short
from .linking import Party, signing_parties
from .normalize import fold

__all__ = ["headline_parties", "named_next", "partners_of_the_link"]


def headline_parties(work: Work) -> list[Party]:
    """ "Le Maroc et l'UE signent des accords …" over a body that says only "Plusieurs
    accords ont été signés": the headline's signing parties, with a TODO."""
    for s in work.sentences:
        found = work.parties_by_sentence.get(s.index, []) if s.title else []
        if found and not s.earlier and not s.future:
            work.todos.append("the article's body names no signing party; these come from "
                              "its headline: " + short(work.article.quote(s.start, s.end), 10))
            return found
    return []


LINK = re.compile(r"\b(?:partenariat|cooperation|collaboration|accord|convention|protocole|"
                  r"memorandum|jumelage|joint-venture)s?\b(?:\s+[\w'-]+){0,3}?\s+entre\s")


def partners_of_the_link(work: Work) -> list[Party]:
    """No sentence says who signed: "le partenariat entre A et B", "la coopération entre A
    et B" name the two the agreement binds (the first such pair, with a TODO)."""
    text = work.text
    own = {g.sentence for g in work.segments if g.parties}  # items with their own parties
    for s in work.sentences:
        if s.index in own:
            continue
        low = fold(text[s.start:s.end])
        for cue in LINK.finditer(low):
            at = s.start + cue.end()
            found = [p for p in signing_parties(text, s.start, s.end, (at - 6, at - 1),
                                                s.mentions) if p.mention.start >= at]
            if len(found) >= 2 and found[0].mention.start - at <= 12:
                work.todos.append("no sentence says who signed; these are the partners of: "
                                  + short(work.article.quote(s.start + cue.start(),
                                                             found[-1].mention.end), 12))
                return found
    return []


# "Cinq grandes écoles ont signé …. Il s'agit de l'EMI, de l'ENSIAS et de l'INPT."
WHO_THEY_ARE = re.compile(r"\W*(?:il s'agit (?:de |d'|du |des )|ce sont\b)")


def named_next(work: Work) -> list[Party]:
    """ "Cinq grandes écoles d'ingénieurs ont signé … . Il s'agit de A, de B, … et de E":
    a signing by bodies the lead only counts, named in the sentence that follows."""
    lead = work.lead
    if lead.index + 1 >= len(work.sentences):
        return []
    s = work.sentences[lead.index + 1]
    if s.earlier or s.future or s.agreements or not WHO_THEY_ARE.match(
            fold(work.text[s.start:s.end])):
        return []  # "Il s'agit d'un protocole entre A et B, d'une convention …": items
    named = [Party(m, "with") for m in s.mentions if not m.vague and not m.bare]
    if len(named) < 2:
        return []
    work.todos.append("the signing sentence counts the parties; these are the ones the next "
                      "sentence names: " + short(work.article.quote(s.start, s.end), 10))
    return named
