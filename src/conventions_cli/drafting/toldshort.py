"""One body told three ways in one article: in full with its acronym once ("la Chambre
allemande de commerce et d'industrie au Maroc (AHK)"), by its acronym and the country of
its office ("l'AHK Maroc"), and in full without where it sits ("la Chambre allemande de
commerce et d'industrie"). The parties named the short ways are the body named in full,
wherever in the article the acronym was given."""

from __future__ import annotations

import re
from dataclasses import replace

from .drafts import Work
from .names import Mention
from .normalize import key
from .words import COUNTRIES

__all__ = ["bodies_told_short"]

# "… au Maroc", "… en Tunisie": where the body's office sits, said after its name
_SEAT = re.compile(r"\s+(?:au|du|en|aux)\s+(?P<country>[a-z]+)$")


def _in_full(work: Work) -> dict[str, Mention]:
    """Acronym (or short name in brackets) -> the body the article names in full with it,
    if one only."""
    found: dict[str, Mention] = {}
    clash: set[str] = set()
    for s in work.sentences:
        for m in s.mentions:
            if m.vague or len(m.name.split()) < 2:
                continue
            # its acronym, or the short name it is given in brackets ("… (ONU Femmes)")
            for short in [m.acronym or ""] + [a for a in m.aliases if len(a.split()) > 1]:
                said = short.upper() if short == m.acronym else key(short)
                if not said:
                    continue
                if said in found and key(found[said].name) != key(m.name):
                    clash.add(said)
                found.setdefault(said, m)
    return {a: m for a, m in found.items() if a not in clash}


def _names(short: Mention, full: dict[str, Mention]) -> Mention | None:
    """The body named in full that `short` names another way, if any."""
    if short.kb_id is not None or short.vague or short.acronym:
        return None
    words = short.name.split()
    head = words[0].upper() if words and re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", words[0]) \
        else None
    if head in full and len(words) == 2 and key(words[1]) in COUNTRIES:
        return full[head]  # "AHK Maroc": the acronym and where its office is
    said = key(short.name)
    if said in full and key(full[said].name) != said:
        return full[said]  # "ONU Femmes" after "l'Entité … (ONU Femmes)"
    for body in full.values():
        whole = key(body.name)
        seat = _SEAT.search(whole)
        if seat and seat["country"] in COUNTRIES and whole[:seat.start()] == said and \
                len(said.split()) >= 3:
            return body  # the full name without "au Maroc"
    return None


def _in_full_form(short: Mention, body: Mention) -> Mention:
    aliases = list(body.aliases)
    if key(short.name) != key(body.name) and short.name not in aliases:
        aliases.append(short.name)  # "AHK Maroc", as the article also says
    return replace(short, name=body.name, acronym=body.acronym, kind=body.kind,
                   kind_sure=body.kind_sure, country=body.country or short.country,
                   kb_id=body.kb_id, aliases=aliases)


def bodies_told_short(work: Work) -> None:
    """Each party named short takes the name in full (the same body named twice is one
    party when the draft is written); one named as a body the base knows is named
    elsewhere ("Le Maghreb Arabe Presse …", then "… Maghreb Arabe Presse (MAP)") is that
    body."""
    full = _in_full(work)
    known = {key(m.name): m for s in work.sentences for m in s.mentions
             if m.kb_id is not None and not m.vague and len(m.name.split()) > 1
             and (m.acronym or m.aliases) and m.extra.get("proper")}
    if not full and not known:
        return
    for a in work.agreements:
        a.parties = [(m if body is None else _in_full_form(m, body), quote)
                     for m, quote in a.parties
                     for body in [_names(m, full) or (known.get(key(m.name)) if m.kb_id is None
                                                       and m.extra.get("proper") else None)]]
