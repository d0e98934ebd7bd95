"""Each organization a sentence names, matched against the knowledge base: by id, name,
acronym and alias; a minister's ministry, a lender's department, a unit's owner; the
ministries a list names together regrouped as the base knows them; new ids for the rest."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .countries import is_geographic
from .financiers import LENDER_UNITS
from .holders import _ministry_name
from .knowledge import KnowledgeBase
from .mentions import find_mentions
from .names import Mention
from .normalize import fold, key, slugify
from .places import city_region
from .plurals import regroup
from .samebody import _is_place
from .units import owner_of_unit
from .words import COUNTRIES, MULTIWORD_COUNTRIES, country_at_end

__all__ = ["lenders_departments", "mentions_in", "org_slug", "regroup_ministries"]

# "le ministère … pour le développement de X": what a body works for, no part of its name
PURPOSE_AFTER = re.compile(r"\s+(?:pour|en faveur)\s+(?:le|la|les|l'|des|du)\s*[a-z]")


def _ministry_of_its_minister(m: Mention, tokens: list[Any], kb: KnowledgeBase
                              ) -> tuple[int, int]:
    """ "le ministre marocain Bourita": a minister named without his portfolio signs for
    the body the base has him sign for (the knowledge base as a gazetteer of people).
    Where his name stands when it was read apart, else an empty span."""
    if m.kb_id is not None or m.kind != "ministry" or fold(m.name) != "ministere":
        return (0, 0)
    name, span = (m.person.name, (0, 0)) if m.person else ("", (0, 0))
    if not name:
        after = [t for t in tokens if t.idx >= m.end][:3]
        run = after[:next((k for k, t in enumerate(after) if not t.text[:1].isupper()),
                          len(after))]
        name = " ".join(t.text for t in run)
        span = (run[0].idx, run[-1].idx + len(run[-1].text)) if run else (0, 0)
    oid = kb.signs_for(name) if name else None
    org = kb.org(oid) if oid else None
    if org is None or (m.country or "MA") != str(org.get("country") or "MA").upper():
        return (0, 0)
    m.kb_id, m.name, m.bare, m.vague = oid, str(org.get("name") or m.name), False, False
    m.extra["unclear"] = (f"the ministry the base has {name} sign for; the article does not "
                          "name the portfolio: check it")
    m.extra["by_minister"] = True
    return span


# a company's legal form alone, after its name: no body of its own
LEGAL_FORM = re.compile(r"S\.?A\.?(?:R\.?L\.?)?|S\.?A\.?S\.?|SARL|SAS|Ltd\.?|GmbH|Inc\.?|"
                        r"S\.?p\.?A\.?|PLC|AG")


def mentions_in(tokens: list[Any], kb: KnowledgeBase,
                known_spans: list[tuple[int, int, str]]) -> list[Mention]:
    """The sentence's organizations, each linked to the base when the base knows it."""
    mentions = [m for m in regroup_ministries(find_mentions(tokens, known_spans), kb)
                if not LEGAL_FORM.fullmatch(m.name)]  # "(OCP) S.A": the company's form
    covered: list[tuple[int, int]] = []
    for index, m in enumerate(mentions):
        m.kb_id = kb.link_org(m) or m.extra.get("known") or kb.described(m.name)
        owner = owner_of_unit(m, kb.link_org)
        if owner is not None:  # "la direction régionale de l'OFPPT" signs for the OFPPT
            mentions[index] = m = owner
        branch = re.fullmatch(r"([A-Z][A-Z0-9&-]+)\s+(.+)", m.name)
        if m.kb_id is None and branch and _is_place(branch[2]):
            # "la CGEM Fès-Meknès": the regional branch of the body the base knows
            m.kb_id = kb.link_org(Mention(branch[1], m.start, m.end, acronym=branch[1]))
        if m.kb_id is None and m.country == "MA" and not m.name.endswith("du Maroc"):
            m.kb_id = kb.link_org(replace(m, name=m.name + " du Maroc"))  # "X (Maroc)"
        if m.kb_id is None and (near := kb.near.find(m)) is not None:
            m.kb_id, m.extra["near"] = near  # "l'Agence marocaine de l'énergie durable"
        for a, b, oid in known_spans:
            if m.kb_id is None and a >= m.start and b <= m.end and not m.vague and (
                    m.kind != "ministry" or m.country in (None, "MA")) \
                    and (b - a) >= 0.6 * (m.end - m.start):  # not another country's ministry
                m.kb_id = oid
            elif m.kb_id is None and a == m.start and b < m.end and not m.vague and tokens \
                    and PURPOSE_AFTER.match(fold(tokens[0].doc.text[b:m.end])):
                # "le Crédit agricole du Maroc pour le financement des agriculteurs": the
                # name the base knows, then what the agreement is for
                org = kb.org(oid) or {}
                m.name, m.end, m.kb_id = str(org.get("name") or m.name), b, oid
        purpose = PURPOSE_AFTER.search(fold(m.name)) if m.kb_id is None and not m.vague else None
        if purpose is not None and tokens:
            # "la Banque Populaire pour le financement des coopératives": the base's body by
            # another of its names, then what the agreement is for
            short = Mention(m.name[:purpose.start()], m.start, m.start + purpose.start(),
                            m.kind, m.kind_sure, head=m.head)
            known_id = kb.link_org(short)
            if known_id is not None:
                org = kb.org(known_id) or {}
                m.name, m.end, m.kb_id = str(org.get("name") or short.name), short.end, known_id
        covered.append((m.start, m.end))
    if tokens:
        s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        for a, b, oid in known_spans:
            if a >= s and b <= e and all(b <= x or a >= y for x, y in covered):
                org = kb.org(oid) or {}
                mentions.append(Mention(str(org.get("name") or oid), a, b,
                                        str(org.get("kind") or "other"), True, kb_id=oid))
                covered.append((a, b))
    mentions.sort(key=lambda m: m.start)
    names = [_ministry_of_its_minister(m, tokens, kb) for m in mentions]
    mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in names)]
    _finance_bodies(mentions, kb)
    if tokens:
        _country_said_after(tokens[0].doc.text, mentions)
    # (a board's body named like its town, "le conseil de surveillance de Tanger Med", is
    # a body all the same)
    return [m for m in mentions if m.kb_id or m.extra.get("state") or m.extra.get(
        "board_of") or not (
        key(m.name) in COUNTRIES or key(m.name) in MULTIWORD_COUNTRIES
        or all(w in COUNTRIES for w in key(m.name).split())  # "Maroc-Bahreïn": a pair
        or city_region(m.name) is not None or is_geographic(m.name))]


def _country_said_after(text: str, mentions: list[Mention]) -> None:
    """ "le Conseil supérieur de la recherche scientifique (CSIC) d'Espagne": the country
    said right after a body's name is the body's, when nothing else gave it one."""
    for body, after in zip(mentions, mentions[1:], strict=False):
        code = COUNTRIES.get(key(after.name))
        gap = fold(text[body.end:after.start])
        if code and body.country is None and body.kb_id is None and not body.extra.get(
                "state") and re.fullmatch(r"\s*(?:d'|de |du )\s*", gap):
            body.country = code


def _finance_bodies(mentions: list[Mention], kb: KnowledgeBase) -> None:
    """A development finance body by any of its names is one organization with its acronym
    (the base's record, else a new one drawn from `financiers`); a department of it ("la
    Division Énergie de la BERD", "le Bureau KfW au Maroc") signs for it."""
    for m in mentions:
        if m.kb_id is None and not m.vague:
            m.kb_id = kb.financier_in(m.name)
        if kb.is_financier(m.kb_id):
            m.extra["financier"] = m.kb_id
        ref = kb.reference(m.kb_id)
        if ref is None:
            continue
        m.name, m.acronym, m.aliases = ref["name"], ref["acronym"], list(ref["aliases"])
        m.kind, m.kind_sure, m.country, m.kb_id = "international", True, ref["country"], None
        m.bare = m.vague = False


def lenders_departments(mentions: list[Mention]) -> None:
    """ "le chef de la Division Énergie Afrique du Nord" in an article where one finance
    body lends: that body's department, so the body signs."""
    lenders = {str(m.extra["financier"]): m for m in mentions if m.extra.get("financier")}
    if len(lenders) != 1:
        return
    lender = next(iter(lenders.values()))
    for m in mentions:
        words = key(m.name).split()
        if m.kb_id is None and not m.vague and not m.extra.get("financier") and words and \
                words[0] in LENDER_UNITS:
            m.name, m.acronym, m.aliases = lender.name, lender.acronym, list(lender.aliases)
            m.kind, m.kind_sure, m.country = lender.kind, lender.kind_sure, lender.country
            m.kb_id, m.head, m.bare = lender.kb_id, lender.head, False
            m.extra["financier"] = lender.extra["financier"]


def org_slug(mention: Mention) -> str:
    """ "anp" for an acronym; else the name's significant words."""
    if mention.acronym:
        return slugify(mention.acronym)
    name = re.sub(r"\s*\(Conseil [^()]*\)$", "", mention.name)  # "region-x", as the base
    if mention.kind == "ministry" and mention.country and mention.country != "MA":
        name = re.sub(r"\s*\([^()]*\)$", "", name)  # its country is said by the code below
    words = [w for w in re.findall(r"[a-z0-9]+", fold(name))
             if w not in {"de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "a", "au",
                          "aux", "en", "avec"}]
    words = words[:5]
    if mention.kind == "ministry" and mention.country and mention.country != "MA" and \
            country_at_end(name) != mention.country:  # (not "…-de-la-thailande-th")
        words.append(mention.country.lower())  # "ministere-interieur-ae" beside Morocco's
    return "-".join(words)


def regroup_ministries(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """A list of ministries sharing "de" read the way the base knows best: "les ministères
    de la Santé, de l'Équipement et de l'Eau et de l'Intérieur" are three when the base
    has the Equipment and Water ministry."""
    out: list[Mention] = []
    done: set[int] = set()
    for m in mentions:
        enumeration = m.extra.get("enumeration")
        if enumeration is None:
            out.append(m)
            continue
        if id(enumeration) in done:
            continue
        done.add(id(enumeration))
        group = [x for x in mentions if x.extra.get("enumeration") is enumeration]
        names = regroup(enumeration["domains"], kb.ministry_score)
        if names is None:
            out.extend(group)
            continue
        out.extend(Mention(_ministry_name("Ministère " + name), m.start, m.end, "ministry",
                           True, head="ministere") for name in names)
    return out
