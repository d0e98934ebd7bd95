"""A batch told in groups whose noun is understood: "Des sept documents signés, trois
associent l'université à des établissements étrangers : A, B et C. Deux autres s'adressent
aux entreprises : la première, avec D, …, la seconde, avec E. Le reste du lot concerne les
collectivités : F …, tandis que G …". Each group takes the next agreements of the batch
("le reste", what the others leave; two groups at least, within the batch's count); where
a group names as many bodies as it counts, each of its agreements is signed with one of
them, in order ("la première", "la seconde" rank inside the group, not in the batch)."""

from __future__ import annotations

import re

from ..base.geography import REGIONS
from .amounts import SPELLED, parse_count
from .drafts import Segment, Work
from .linking import Party
from .names import Mention
from .normalize import fold
from .sentences import Sentence

__all__ = ["elliptic_groups"]

# "trois associent …", "Deux autres s'adressent …", "Des sept textes, quatre concernent …",
# "Parmi ces conventions, cinq lient …": a count whose noun is understood, then its verb
GROUP = re.compile(
    rf"^\W*(?:(?:des|sur|parmi|de)\s+(?:ces\s+|les\s+)?(?:[\w-]+\s+){{0,3}}?[\w-]+\s*,\s*)?"
    rf"(?P<n>\d{{1,2}}|{SPELLED})(?P<others>\s+autres)?\s+"
    r"(?:d'entre (?:eux|elles)\s+)?(?P<verb>(?:s'|se\s+)?[a-z]+(?:ent|ont))\b")
# "La moitié d'entre elles engagent …": half the batch
HALF = re.compile(r"^\W*la moitie(?:\s+d'entre (?:elles|eux))?\s+(?P<verb>[a-z']+(?:ent|ont))\b")
# "S'y ajoutent deux textes passés avec …": a group told after the others
ADDED = re.compile(rf"^\W*(?:s'y ajoutent|a cela s'ajoutent|s'ajoutent a cela|viennent s'y "
                   rf"ajouter)\s+(?P<n>\d{{1,2}}|{SPELLED})\s+[\w-]+")
# "Le reste du lot concerne …", "Les autres portent sur …": what the groups before leave
REST = re.compile(rf"^\W*(?:le reste(?:\s+(?:du lot|des \w+|de la serie))?|les autres|"
                  rf"les (?:(?:\d{{1,2}}|{SPELLED})\s+)?(?:derniers|dernieres)|"
                  r"la derniere|le dernier)\s+"
                  r"(?P<verb>(?:s'|se\s+)?[a-z]+(?:e|ent|ont))\b")
NOT_VERBS = {"dont", "sont", "ont", "font", "vont", "cent", "pourcent"}  # "Trois cent …"


def elliptic_groups(work: Work) -> None:
    """Segments for the groups of a counted batch whose noun is understood."""
    n, text = work.n, work.text
    if n < 3 or work.lead is None:
        return
    found: list[tuple[Sentence, int, re.Match[str]]] = []  # sentence, size, match
    used = 0
    for s in work.sentences[work.lead.index + 1:]:
        if s.earlier or s.future or s.title:
            continue
        low = fold(text[s.start:s.end])
        group = GROUP.match(low) or ADDED.match(low) or (HALF.match(low) if n % 2 == 0
                                                          else None)
        if group is not None and group.groupdict().get("verb", "x").split()[-1] \
                not in NOT_VERBS:
            size = parse_count(group["n"]) or 0 if "n" in group.groupdict() else n // 2
            if not 1 <= size < n or used + size > n:
                return  # a count that is not a part of this batch: none of this is
            found.append((s, size, group))
            used += size
            continue
        rest = REST.match(low)
        if rest is not None and found and n - used >= 1 and (
                n - used == 1 or not rest.group(0).lstrip().startswith(("la d", "le d"))):
            found.append((s, n - used, rest))
            used = n
    if len(found) < 2:
        return  # one group alone ("Parmi elles, trois concernent la santé"): the lead's
    lead_names = {fold(p.mention.name) for p in work.parties_by_sentence.get(
        work.lead.index, [])}
    kept = [g for g in work.segments if g.sentence not in {s.index for s, _k, _m in found}]
    first = 0
    for s, size, said in found:
        bodies = [_region_of(work, m) for m in _named(text, s, said.end(), lead_names)]
        # "trois lient l'Université A à des partenaires : B, C et D", "le HCEFLCD s'y
        # engage, d'une part, avec X, d'autre part avec Y": the first signs each of them
        common = bodies[:1] if len(bodies) == size + 1 and size > 1 else []
        bodies = bodies[len(common):]
        if size == 1 and bodies:  # "La dernière associe le ministère à Barid Al-Maghrib"
            kept.append(Segment(first, 1, s.index, "", False, (bodies[0].start, bodies[0].end),
                                parties=[Party(m, "with") for m in bodies]))
        elif len(bodies) == size:
            kept += [Segment(first + k, 1, s.index, "", False, (m.start, m.end),
                             parties=[Party(x, "with") for x in (*common, m)])
                     for k, m in enumerate(bodies)]
        else:
            kept.append(Segment(first, size, s.index, "", False,
                                (s.start + said.start(), s.start + said.end())))
        first += size
    work.segments = sorted(kept, key=lambda g: (g.sentence, g.evidence[0]))


def _region_of(work: Work, m: Mention) -> Mention:
    """ "aux côtés de conseils régionaux — Marrakech-Safi, Souss-Massa …": a region's name
    alone in a group's list is its council."""
    if m.kind != "other" or fold(m.name) not in {fold(r) for r in REGIONS}:
        return m
    council = Mention(f"Région {m.name}", m.start, m.end, "public-body", True, head="region")
    council.kb_id = work.kb.link_org(council)
    return council


def _named(text: str, s: Sentence, after: int, lead_names: set[str]) -> list[Mention]:
    """The bodies the group's sentence names after its verb, in order: not the lead's own
    party told again ("l'université"), not a state in brackets, nothing vague."""
    out: list[Mention] = []
    for m in s.mentions:
        written = text[m.start:m.end]
        if m.start < s.start + after or m.vague or m.bare or m.extra.get("state") or \
                not any(c.isupper() for c in written) or fold(m.name) in lead_names or \
                m.extra.get("weak") and " " not in m.name.strip():
            continue  # ("une annexe de la faculté polydisciplinaire": no name, a place)
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
