"""Who hosts a signing the lead tells in the passive ("ont été signées au siège du
ministère …, sous la présidence de …"): the one signing party the article names, unless
each agreement of a batch names its own parties, when the one who presides signs none."""

from __future__ import annotations

import re

from .drafts import Work
from .linking import Party
from .normalize import fold

__all__ = ["hosts_of_a_passive_signing", "met_at_the_signing", "met_before_the_signing"]


def hosts_of_a_passive_signing(work: Work) -> list[Party]:
    """The host of a passive signing, as the party that signs every agreement: "au siège
    de X", or who presides it when the conventions of the batch name no party of their
    own (the wali "sous la présidence du wali" signs none of the conventions it lists)."""
    sentences, lead = work.sentences, work.lead
    by_index = {x.index: x for x in sentences}
    own = any(g.parties or work.parties_by_sentence.get(g.sentence) or any(
        not m.vague for m in getattr(by_index.get(g.sentence), "mentions", ()))
        for g in work.segments if g.sentence != lead.index)
    host = r"au siege d|en compagnie d" if own else \
        r"au siege d|sous la presidence d|presidee? par|sous l'egide d|en compagnie d|" \
        r"(?:signee?s?|paraphee?s?|conclue?s?)\b[^,;]{0,30}\s(?:au|a l'|a la)\s*$"
    # the King presides signings; the conventions are never his to sign
    return [p for p in _after_cue(work, host, "host") if p.mention.title != "Roi du Maroc"]


# "a été signé lors de la rencontre entre le ministre A et le président de la société B": a
# signing told as a meeting's, naming no party of its own, binds the bodies of those who met
MET = r"\b(?:lors|au cours|a l'occasion) d(?:e la|e sa|e leur|'une|es|u) (?:rencontre|" \
      r"reunion|entretiens?|seance de travail|audience|tete-a-tete)s?\b[^,;]{0,30}?\b" \
      r"(?:entre|avec)\s+(?:le |la |les |l')?"


def met_at_the_signing(work: Work) -> list[Party]:
    """Those who met, as the parties of a signing that names none: each stands for his body."""
    found = _after_cue(work, MET, "subject")
    return found if len(found) >= 2 and all(p.mention.person for p in found) else []


def _after_cue(work: Work, cue: str, hint: str) -> list[Party]:
    """The names right after a cue in the lead (or the signing sentence after it), with the
    ones joined to the last by "et" ("présidée par A, X, et le gouverneur de B, Y")."""
    text, signing, lead = work.text, work.signing, work.lead
    for s in [lead] + [x for x in signing[1:2] if x.index < work.first_segment]:
        hosts = [m for m in s.mentions if not m.vague and re.search(
            rf"(?:{cue})[^,;]{{0,25}}$", fold(text[max(s.start, m.start - 50):m.start]))]
        for m in s.mentions:
            last = hosts[-1] if hosts else None
            end = last.reach if last else 0
            if last is not None and m.start > last.start and not m.vague and re.fullmatch(
                    r"\s*,?\s*(?:et|ainsi que)\s+(?:le |la |l'|du |de la |de l')?\s*",
                    fold(text[end:m.start])):
                hosts.append(m)
        if hosts:
            return [Party(m, hint) for m in hosts]
    return []


# "Cette réunion a été couronnée par la signature …", "À l'issue de ces entretiens, …": the
# signing closes a meeting the sentence before told
CLOSES_A_MEETING = re.compile(
    r"\W*(?:(?:cette|ces|la|les) (?:reunion|rencontre|entretiens?|seance de travail|"
    r"audience|visite)s?\b[^.;]{0,40}?\b(?:couronnee?s?|sanctionnee?s?|ponctuee?s?|"
    r"marquee?s?|cloturee?s?|suivie?s?) par\b|a l'issue de (?:cette|ces) (?:reunion|rencontre|"
    r"entretiens?|seance de travail|audience)s?\b)")
# "A a eu une réunion de travail avec B", "A s'est entretenu avec B": who met whom
TOLD_MEETING = re.compile(r"\b(?:a|ont) (?:eu|tenu)\b[^.;]{0,60}?\b(?:reunion|rencontre|"
                          r"entretiens?|seance de travail|audience|tete-a-tete)s?\b[^.;]{0,40}?"
                          r"\bavec\b|\bs'(?:est|sont) (?:entretenue?s?|reunie?s?)\b[^.;]{0,40}?"
                          r"\bavec\b")


def met_before_the_signing(work: Work) -> list[Party]:
    """ "Le ministre A, X, a eu une réunion de travail avec Y, ministre de B. Cette réunion
    a été couronnée par la signature de l'accord": those who met, for a signing that names
    no party, each for the body his title names."""
    text, sentences = work.text, work.sentences
    for s in sentences:  # ("la signature du texte" names no agreement: any sentence)
        low = fold(text[s.start:s.end])
        if s.index == 0 or s.title or not CLOSES_A_MEETING.match(low) or \
                not re.search(r"\bsignature\b", low):
            continue
        told = sentences[s.index - 1]
        meeting = TOLD_MEETING.search(fold(text[told.start:told.end]))
        if meeting is None:
            continue
        cue = told.start + meeting.end()
        found = [m for m in told.mentions if not m.vague and m.person is not None]
        if len(found) >= 2 and any(m.start < cue for m in found) and \
                any(m.start >= cue for m in found):
            return [Party(m, "subject" if m.start < cue else "with") for m in found]
    return []
