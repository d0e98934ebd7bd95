"""Whose period a sentence gives: "Le programme s'étale sur la période 2026-2031" after "un
prêt … destiné à financer la deuxième phase du programme" is the loan's; "Ce forum
s'inscrit dans la stratégie 2022-2026" is nobody's. And a horizon ("à l'horizon 2030") is
no period: the schema's period needs its first year, so a horizon alone is a TODO."""

from __future__ import annotations

import re

from .facts import Fact
from .normalize import fold

__all__ = ["horizon_only", "period_of_what_it_funds"]

# What an agreement finances or is: the subject a later sentence takes it up by.
FUNDED = {"financement", "financements", "pret", "prets", "programme", "programmes", "projet",
          "projets", "phase", "plan", "don", "enveloppe", "investissement", "appui",
          "partenariat", "cooperation", "chantier", "chantiers", "operation", "travaux",
          "dispositif", "initiative", "credit"}
OPENER = re.compile(r"\W*(?:(?P<this>ce|cet|cette|ces)|le|la|les|l')\s*(?P<noun>[\w-]+)")
# Words that make the years a span of time rather than a strategy's name.
SPANNED = re.compile(r"(?:periode|s'etal\w*|s'eten\w*|cour\w*|couvr\w*|realise\w*|"
                     r"mis\w* en (?:oeuvre|œuvre)|execute\w*|deploie\w*|deploy\w*|"
                     r"durant|pendant|sur les annees|echelonne\w*)\W+(?:\w+\W+){0,3}$")


def period_of_what_it_funds(text: str, start: int, end: int, period: Fact,
                            opening: tuple[int, int]) -> bool:
    """The sentence (start, end) gives, as a span of time, the period of what the agreement
    whose sentence is `opening` finances: "Ce prêt …", or "Le programme …" where that
    sentence names the programme."""
    low = fold(text[start:end])
    subject = OPENER.match(low)
    if subject is None or subject["noun"] not in FUNDED:
        return False
    if not SPANNED.search(fold(text[max(start, period.start - 60):period.start])):
        return False
    if subject["this"]:
        return True
    said = fold(text[opening[0]:opening[1]])
    return re.search(rf"\b{re.escape(subject['noun'])}\b", said) is not None


HORIZON = re.compile(r"\b(?:a l'horizon(?: de)?|d'ici(?: a)?(?: fin)?)\s+(?P<y>(?:19|20)\d{2})\b")
JOBS_NEAR = re.compile(r"\bemplois?\b|\bpostes?\b")


def horizon_only(text: str, start: int, end: int) -> str:
    """ "à l'horizon 2030" said of what an agreement does (not of its jobs): the words, for
    a TODO; empty if there is none."""
    low = fold(text[start:end])
    for m in HORIZON.finditer(low):
        if JOBS_NEAR.search(low[max(0, m.start() - 80):m.end() + 40]):
            continue  # a jobs figure's due year, which `jobs.by` holds
        return text[start + m.start():start + m.end()]
    return ""
