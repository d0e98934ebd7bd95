"""The companies that carry a batch's investment projects, told further down with the
projects rather than with the signing: "la création d'unités de fabrication, confiée à
« A », « B » et « C »", "le projet … est porté par D", "quatre fermes de pisciculture
(E, F, G, H)". Each is the other party of one of the batch's agreements that names none,
in the order told (the ones left over sign the first agreement). The names are read from
the text itself: a tagger takes many such names ("Daoud Building") for people's."""

from __future__ import annotations

import re

from .drafts import Work, quote_of
from .grammar import _is_title_word
from .names import Mention
from .normalize import fold
from .places import city_region
from .words import COUNTRIES, MONTH_WORDS

__all__ = ["project_carriers"]

# the investments the batch is about: "conventions d'investissement", "11 investissements
# industriels", "projets aquacoles d'un coût global de …"
INVESTMENT = re.compile(r"\binvestissements?\b|\bprojets? (?:industriels?|aquacoles?|"
                        r"agricoles?|touristiques?|immobiliers?)\b")
# "confiée à", "porté par", "réalisés par", "mise en place, par": who carries the project
CARRIED = re.compile(r"\b(?:confie(?:e|s|es)?\s+(?:a|au|aux)|(?:porte|realise|developpe|"
                     r"implante|execute|mis en place|mise en place)(?:e|s|es)?\s*,?\s*par)\s+"
                     r"(?:(?:la societe|le groupe|l'entreprise|les societes|les groupes)\s+)?")
# "quatre fermes de pisciculture (A, B, C)": the projects, then their carriers in brackets
PROJECTS = re.compile(r"\b(?:fermes?|unites?|usines?|ecloseries?|projets?|plateformes?|"
                      r"complexes?)\b[^.;()]{0,80}\($")
QUOTED = re.compile(r"\s*[«\"“]\s*([^»\"”\n]{2,60}?)\s*[»\"”]")
CAPITALIZED = re.compile(r"\s*([A-Z][\w&'’.-]*(?:\s+(?:(?:de|du|des|d'|d’|la|le|and|of|&)\s*)?"
                         r"[A-Z][\w&'’.-]*)*)")
SEPARATOR = re.compile(r"\s*(?:,\s*(?:et\s+)?|et\s+)")
# a bracket of places or things, not of carriers: "(Baie de Dakhla)", "(20 %)"
NOT_A_CARRIER = {"baie", "golfe", "region", "province", "ocean", "vallee", "plaine", "lac",
                 "mer", "oued", "zone", "littoral", "massif", "cap", "ile", "iles"}


def _plausible(name: str) -> bool:
    words = fold(name).split()
    place = words[:1] and words[0] in NOT_A_CARRIER and len(words) > 1 and (words[1] in (
        "de", "du", "des", "atlantique") or words[1].startswith("d'"))  # not "Ocean Farm"
    return bool(words) and len(words) <= 7 and not place and \
        words[0] not in MONTH_WORDS and not any(c.isdigit() for c in name) and \
        city_region(name) is None and fold(name) not in COUNTRIES


def _a_person(text: str, a: int, b: int) -> bool:
    """ "M. Xu Lei", "Josep S., président de …": a person, not a carrier."""
    if re.search(r"(?:\bM\.|\bMme|\bMonsieur|\bMadame|\bSE|\bS\.E\.)\s*$", text[max(0, a - 12):a]):
        return True
    title = re.match(r"\s*,\s*(?:l'|le |la )?([\w-]+)", text[b:b + 40])
    return title is not None and _is_title_word(fold(title.group(1)))


def _listed(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The names listed from `at` on ("« A », « B » et C"): quoted, or capitalized runs."""
    spans: list[tuple[int, int]] = []
    k = at
    while k < end:
        found = QUOTED.match(text, k, end) or CAPITALIZED.match(text, k, end)
        if found is None or not found.group(1):
            break
        spans.append((found.start(1), found.end(1)))
        sep = SEPARATOR.match(text, found.end(), end)
        if sep is None:
            break
        k = sep.end()
    return spans


def _bracketed(text: str, opening: int) -> list[tuple[int, int]]:
    """The items of the brackets opening at `opening`, if one is capitalized."""
    close = text.find(")", opening)
    if close < 0 or close - opening > 200:
        return []
    spans, k = [], opening + 1
    for piece in re.split(r",\s*|\s+et\s+", text[opening + 1:close]):
        start = text.index(piece, k)
        k = start + len(piece)
        if piece.strip():
            spans.append((start, start + len(piece.rstrip())))
    if not any(text[a].isupper() for a, _ in spans) or (
            len(spans) == 1 and text[spans[0][0]:spans[0][1]].isupper()):
        return []  # "des banques de projets (BP)": the projects' own acronym
    return spans


def _carriers(work: Work) -> list[Mention]:
    text = work.text
    low = fold(text)
    found: list[Mention] = []
    for s in work.sentences:
        if s.index <= work.lead.index or s.earlier or s.title or s.future:
            continue
        spans: list[tuple[int, int]] = []
        for cue in CARRIED.finditer(low, s.start, s.end):
            spans += _listed(text, cue.end(), s.end)
        for k in range(s.start, s.end):
            if text[k] == "(" and PROJECTS.search(low[max(s.start, k - 120):k + 1]):
                spans += _bracketed(text, k)
        for a, b in spans:
            name = text[a:b].strip(" «»\"“”")
            if not _plausible(name) or any(fold(m.name) == fold(name) for m in found) or \
                    _a_person(text, a, b):
                continue  # "réalisée par M. X, président de …"
            known = next((m for m in s.mentions if m.start <= a < m.end), None)
            if known is not None and (known.vague or known.extra.get("state")):
                continue  # a company the base knows is the base's
            found.append(known or Mention(name[:1].upper() + name[1:], a, b, "company",
                                          head=fold(name.split()[0])))
    return found


def project_carriers(work: Work) -> None:
    text = work.text
    if not work.agreements or not INVESTMENT.search(fold(text[work.lead.start:work.lead.end])):
        return
    held = {fold(m.name) for a in work.agreements for m, _ in a.parties}
    carriers = [m for m in _carriers(work) if fold(m.name) not in held]
    open_slots = [a for a in work.agreements if not any(
        m.kind == "company" or m.extra.get("proper") for m, _ in a.parties)]
    for k, m in enumerate(carriers):
        m.kind = "company"
        target = open_slots[k] if k < len(open_slots) else work.agreements[0]
        target.parties.append((m, quote_of(text, m)))
