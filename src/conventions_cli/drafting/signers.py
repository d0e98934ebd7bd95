"""Who a sentence's grammar says signed: the agent after "par" belongs to the nearest
participle before it ("signée lors d'une visite effectuée par une délégation": the
delegation made the visit), and a plural participle opening a sentence ("Paraphés par A
et B, le premier projet …") speaks of all the agreements, not the one the sentence goes
on to.
"""

from __future__ import annotations

import re
from typing import Any

from .drafts import Work
from .lexicon import RATIFYING, RECORDING, SIGNING, participle, stems
from .linking import Party
from .normalize import MO, fold
from .sentences import Sentence

__all__ = ["agent_of_signing", "plural_participle_signers"]


# The verbs whose agent after "par" is a party: those of signing and recording, and
# those that say a party gave, bound or stood for another.
SIGNING_VERBS = re.compile(rf"{stems(SIGNING + RATIFYING)}|{participle(verbs=RECORDING)}$|"
                           r"nou|represent|approuv|valid|enterin|accord|octroy|consenti|engag|"
                           r"lie|li[ée]")


APPROVED = re.compile(r"approuv|valid|enterin")
# "le 23 novembre", "en mars 2021", "mardi dernier": a day said between commas
DAY_ASIDE = re.compile(rf"(?=\w)(?:le |du |en |au mois de )?(?:(?:lundi|mardi|mercredi|jeudi|"
                       rf"vendredi|samedi|dimanche) ?)?(?:\d{{1,2}}(?:er)? )?(?:(?:{MO}) ?)?"
                       r"(?:\d{4})?(?: dernier)?")
# a loan's or a grant's verbs of granting: the agent after them lends to someone
# ("accordé par la KfW à l'Agence X"), whatever the tagger reads (not "financés par le
# ministère", which may well sign)
LENT = re.compile(r"(?:accord|octroy|consenti|allou|attribu)(?:e|ee|es|ees)$")
SIGNED = re.compile(rf"{participle()}$")


def agent_of_signing(s: Sentence, party: Party) -> bool:
    """ "signée lors d'une visite effectuée par une délégation de X": the agent after
    "par" belongs to the nearest verb before it, here "effectuée", not to the signing."""
    tokens = [t for t in s.tokens if t.idx < party.mention.start]
    by = next((k for k in range(len(tokens) - 1, -1, -1) if fold(tokens[k].text) == "par"),
              None)
    if by is None:
        return True
    if by and LENT.match(fold(tokens[by - 1].text)):
        return False  # "la garantie d'un prêt accordé par la KfW à l'Agence X": who lends
    upto = by
    if by >= 3 and tokens[by - 1].text == ",":
        # "les conventions approuvées, le 23 novembre, par la commission": the day set off
        # by commas stands between the verb and its agent
        opening = next((k for k in range(by - 2, max(-1, by - 9), -1)
                        if tokens[k].text == ","), None)
        if opening is not None and DAY_ASIDE.fullmatch(
                fold(" ".join(t.text for t in tokens[opening + 1:by - 1]))):
            upto = opening
    for t in reversed(tokens[:upto]):
        if t.text in (",", ";", "(", ")"):
            return True  # "…, par A": back to the sentence's main verb
        approved = APPROVED.match(fold(t.text)) and PARTICIPLE.search(fold(t.text))
        if approved and any(SIGNED.match(fold(u.text)) or fold(u.text) == "signature"
                            for u in tokens if u.idx < t.idx):
            # "les conventions signées ont été approuvées par le Comité", "la signature
            # des conventions approuvées par la commission": who approved, not who signed
            return False
        if t.pos_ == "VERB" and PARTICIPLE.search(fold(t.text)) and len(t.text) > 3:
            return bool(SIGNING_VERBS.match(fold(t.text))) or _exchange_done(s, t)
    return True


def _exchange_done(s: Sentence, verb: Any) -> bool:
    """ "L'échange de lettres a été effectué par A et B", "La signature de la convention a
    été réalisée par A et B": the exchange, or the signing itself, is what they did."""
    before = fold(" ".join(t.text for t in s.tokens if t.idx < verb.idx))
    return bool(re.match(r"(?:effectu|realis|oper|assur)ee?s?$", fold(verb.text))) and \
        bool(re.search(r"\b(?:echanges? d(?:e|es) (?:notes|lettres)|signature)\b", before))


# a past participle ("effectuée", "conduite", "reçus"); not "jeudi", tagged a verb at times
PARTICIPLE = re.compile(r"(?:e|ee|es|ees|u|ue|us|ues|ie|ies|is|ise|ises|it|ite|ites|ert|"
                        r"erte|erts|ertes)$")


PLURAL_PARTICIPLE = re.compile(rf"\W*{participle('plural')}\s+"
                               r"(?:(?:conjointement|respectivement)\s+)?par\b")


def plural_participle_signers(work: Work, segment_sentences: set[int]) -> list[Party]:
    """ "Paraphés par A et B, le premier projet concerne …": the plural participle says
    A and B signed all of the agreements, though the sentence goes on to the first."""
    if work.n < 2:
        return []
    found: list[Party] = []
    for s in work.signing:
        if s.index not in segment_sentences or not PLURAL_PARTICIPLE.match(
                fold(work.text[s.start:s.end])):
            continue
        opening = min(g.evidence[0] for g in work.segments if g.sentence == s.index)
        found.extend(p for p in work.parties_by_sentence.get(s.index, [])
                     if p.mention.end <= opening and p.role_hint == "agent")
    return found
