"""Who signs for a State: its ministers. A state and the ministry that signs for it are one
party, the ministry; where the article names that ministry by its minister's title, the
state is no party of the agreements it only stands beside it in. Who signs for a town or a
region: its council, whatever the article calls it beside ("la commune de X" and "le maire
de X", "la région X" and "X")."""

from __future__ import annotations

import re

from .drafts import Work, quote_of
from .knowledge import KnowledgeBase, is_state
from .names import Mention
from .normalize import fold, key
from .sentences import Sentence
from .states import country_of_word

__all__ = ["lead_states_give_way", "named_portfolio", "one_body_per_territory",
           "states_the_article_names_ministries_for", "without_represented_states"]

# A territory's own body and the other names the press gives it: "Commune de X" is also
# "Mairie de X", "Ville de X", "Municipalité de X"; any of them, or "Région X", is also X.
COUNCIL = re.compile(r"^(?:commune|region|province|prefecture|conseil (?:communal|municipal|"
                     r"regional|provincial|prefectoral)(?: de la region)?)\s+(?:de |d'|du )?(.+)$")
TOWN_ALIAS = re.compile(r"^(?:mairie|ville|municipalite)\s+(?:de |d'|du )?(.+)$")


def _country(m: Mention, kb: KnowledgeBase) -> str:
    org = kb.org(m.kb_id) if m.kb_id else None
    return (m.country or (org or {}).get("country") or "MA").upper()


def states_the_article_names_ministries_for(work: Work) -> None:
    """A State acts through its ministers: "Le Maroc et le Portugal ont signé douze accords",
    five of them described minister by minister, or "Rabat et la BERD concluent un prêt …
    paraphé par le ministre marocain de l'Économie": a state whose
    ministry the article names by title is no party of an agreement whose other parties all
    sign beside that ministry elsewhere (states, or the same lender, or bodies of those
    States named apart from the lead). An agreement of its own ("signée par le
    gouvernement, l'Agence X et la banque Y") keeps it."""
    kb = work.kb
    beside: dict[str, set[str]] = {}  # country -> keys of the parties its ministries sign with
    for a in work.agreements:
        for m, _ in a.parties:
            if _signs_by_title(m):
                beside.setdefault(_country(m, kb), set()).update(
                    key(o.name) for o, _ in a.parties if o is not m)
    if not beside:
        return

    lead = work.lead

    def own_body(o: Mention, gone: list[Mention]) -> bool:
        """ "Le Maroc et la Croatie ont signé quatre accords", then "Un mémorandum a été
        conclu entre l'AMDIE et l'Agence croate …": a body of those States, named apart
        from the lead that named them, signs it for its State."""
        return not _is_state(o, kb) and not lead.start <= o.start < lead.end and all(
            lead.start <= g.start < lead.end for g in gone) and \
            _country(o, kb) in {_country(g, kb) for g in gone}

    for a in work.agreements:
        gone = [m for m, _ in a.parties if _is_state(m, kb) and _country(m, kb) in beside]
        if gone and all((_is_state(o, kb) and _country(o, kb) in beside)
                        or any(key(o.name) in beside[_country(g, kb)] for g in gone)
                        or own_body(o, gone) for o, _ in a.parties):
            if work.segments and len(work.agreements) >= 2:
                # "La Tunisie et le Maroc ont signé huit accords", told one by one, one of
                # them "entre le ministère A et le ministère B": the others keep the States
                own = {_country(o, kb) for o, _ in a.parties if not _is_state(o, kb)}
                kept = [g for g in gone if _country(g, kb) not in own]
                gone = [g for g in gone if _country(g, kb) in own]
                if kept:
                    a.notes.append("parties: the States named for the whole signing; the "
                                   "article does not say who signed this one")
            a.parties = [(m, e) for m, e in a.parties if all(m is not g for g in gone)]


def _signs_by_title(m: Mention) -> bool:
    """A ministry the article names by its minister's title ("signé par le ministre
    marocain de l'Économie, A"), not one guessed from a person's name alone."""
    if m.kind != "ministry" or m.extra.get("state"):
        return False
    return m.person is None or (m.start, m.end) != (m.person.start, m.person.end)


def without_represented_states(parties: list[tuple[Mention, str]], kb: KnowledgeBase
                                 ) -> list[tuple[Mention, str]]:
    """ "Le Maroc et l'Espagne ont signé …, signé par le ministre … et son homologue
    espagnol": a state whose ministry signs the agreement is that ministry."""
    parties = _governments_named(parties, kb)
    ministries = {_country(m, kb) for m, _ in parties
                  if m.kind == "ministry" and not m.extra.get("state")}
    # "Le Maroc et le Gabon ont signé une convention …, signée par la ministre gabonaise
    # … et le directeur de l'OFPPT": a Moroccan public body, with the one who signs for it,
    # stands for the Moroccan state no one is named to sign for (a foreign development
    # agency, signing beside its government's envoy, does not stand for that government)
    bodies = {_country(m, kb) for m, _ in parties if m.person is not None
              and _kind(m, kb) == "public-body" and _country(m, kb) == "MA"
              and not m.extra.get("state")}
    return [(m, e) for m, e in parties if not (
        _is_state(m, kb) and (_country(m, kb) in ministries or (
            m.person is None and _country(m, kb) in bodies)))]


# "conclu entre les gouvernements du Maroc et du Portugal":
# the article names the governments as the parties
GOVERNMENTS = re.compile(r"\W*(?:les |des |aux )?gouvernements\b")


def _governments_named(parties: list[tuple[Mention, str]], kb: KnowledgeBase
                       ) -> list[tuple[Mention, str]]:
    """ "signé entre les gouvernements du Maroc et de la France. Paraphé par le ministre
    de l'Économie, A, et la secrétaire d'État française B": where the sides are named as
    governments, the governments are the parties and the ministers sign for them; each
    ministry gives way to its country's government, which takes the one who signed."""
    states = [(m, e) for m, e in parties if _is_state(m, kb)]
    if not any(GOVERNMENTS.match(fold(e)) for _, e in states):
        return parties  # "le gouvernement marocain et la Banque X": the ministry signs
    named = {_country(m, kb): m for m, _ in states}
    kept = []
    for m, e in parties:
        government = named.get(_country(m, kb))
        if government is not None and m.kind == "ministry" and not m.extra.get("state"):
            if government.person is None and m.person is not None:
                government.person, government.title = m.person, m.title
            continue
        kept.append((m, e))
    return kept


def _kind(m: Mention, kb: KnowledgeBase) -> str:
    org = kb.org(m.kb_id) if m.kb_id else None
    return str((org or {}).get("kind") or m.kind)


def _is_state(m: Mention, kb: KnowledgeBase) -> bool:
    """A State: one the article names as such, or one the base knows ("Royaume du Maroc"
    matched by name)."""
    if m.extra.get("state"):
        return True
    org = kb.org(m.kb_id) if m.kb_id else None
    return org is not None and is_state(org)


def one_body_per_territory(parties: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "entre la commune de X et la commune de Y … paraphé par la maire de Y", "entre les
    régions A et B … par le président de la région A": the town's or region's council
    signs once; "Mairie de Y", "Ville de Y" or a bare "Y" beside "Commune de Y" is it."""
    def folded(m: Mention) -> str:
        return re.sub(r"\s*\(.*\)\s*$", "", fold(m.name)).replace("-", " ").strip()

    parties = _regions_governments(_one_ministry(parties))
    councils = {found[1].strip(): m for m, _ in parties
                if (found := COUNCIL.match(folded(m))) is not None}
    if not councils:
        return parties
    kept = []
    for m, e in parties:
        alias = TOWN_ALIAS.match(folded(m))
        council = councils.get(folded(m)) or (councils.get(alias[1]) if alias else None)
        if council is None or council is m:
            kept.append((m, e))
        elif council.person is None and m.person is not None:
            council.person, council.title = m.person, m.title  # "la maire de Y, B": B signs
    return kept


# "Wallonie", "Région de Catalogne", "Communauté autonome d'Andalousie": a region's name
REGION_NAMED = re.compile(r"(?:(?:region|communaute(?: autonome)?|province|pays)\s+"
                          r"(?:de la |de l'|du |de |d')?)?([a-z]{5,})(?:\s+[a-z]+)?")


def _regions_governments(parties: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "la Wallonie … signé par X, ministre-président du gouvernement wallon": the region
    signs once, through its government's head; "Gouvernement wallon" is the Wallonie, as
    "catalan" is the Catalogne (the people's word and the region's name open alike)."""
    kept = []
    for m, e in parties:
        people = re.fullmatch(r"gouvernement ([a-z]+)", fold(m.name))
        region = next((o for o, _ in parties if o is not m and people and (
            named := REGION_NAMED.fullmatch(fold(o.name))) and named[1][:5] == people[1][:5]),
                      None) if people and country_of_word(people[1]) is None else None
        if region is None:
            kept.append((m, e))
        elif region.person is None and m.person is not None:
            region.person, region.title = m.person, m.title
    return kept


def named_portfolio(parties: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "Le ministère de l'Éducation nationale et l'AFD ont signé …, signées par le ministre
    A et le directeur de l'AFD": a minister named without his portfolio signs for the one
    Moroccan ministry the agreement names without a signatory, not for the ministry the base
    once had him sign for."""
    guessed = [m for m, _ in parties if m.extra.get("by_minister")]
    named = [m for m, _ in parties if m.kind == "ministry" and not m.extra.get("by_minister")
             and m.person is None and (m.country or "MA") == "MA"]
    if len(guessed) != 1 or len(named) != 1:
        return parties
    named[0].person, named[0].title = guessed[0].person, guessed[0].title
    return [(m, e) for m, e in parties if m is not guessed[0]]


# "les deux pays ont signé cinq conventions": the two States as the lead sums them up
SUMMED_UP = re.compile(r"(?:les |des |aux )?deux (?:pays|etats|gouvernements|royaumes)")


def lead_states_give_way(work: Work) -> None:
    """ "les deux pays ont signé cinq conventions. Ainsi, A et B ont signé une convention de
    prêt …": where an agreement's own sentence names two bodies of its own, those sign it;
    the States the lead only summed up as "les deux pays" do not. So do States the lead
    names when the agreements are told one by one, each with the bodies that signed it
    ("trois protocoles, respectivement entre le Maroc et le Sénégal d'une part et A, B et C
    d'autre part. Le premier a été conclu par l'Office X et la société Y avec la société Z")."""
    kb = work.kb
    lead = [p.mention for p in [*work.subject, *work.partners]]
    summed = {id(m) for m in lead if SUMMED_UP.fullmatch(fold(quote_of(work.text, m)).strip())}
    # who an agreement's own sentence says signed it ("conclu par A et B"), not only whom
    # it binds ("un protocole entre A et B", where the lead's States may sign too)
    # (or "La signature du document s'est effectuée entre A et B": the signing told again,
    # by whom)
    by_index = {s.index: s for s in work.sentences}
    agents = {id(p.mention) for k, found in work.parties_by_sentence.items()
              if k != work.lead.index for p in found if p.role_hint == "agent" or (
                  p.role_hint == "with" and _signing_told_again(work.text, by_index[k]))}
    lead_states = [m for m in lead if _is_state(m, kb)]
    states = {id(m) for m in lead_states} \
        if len(work.agreements) >= 2 and work.segments else set()
    if not summed and not lead_states:
        return
    from_lead = {id(m) for m in lead}
    for a in work.agreements:
        own = [m for m, _ in a.parties if id(m) not in from_lead
               and not _is_state(m, kb)]
        gone: set[int] = set()
        if len({m.kb_id or fold(m.name) for m in own}) >= 2:
            gone = summed | (states if any(id(m) in agents for m in own) else set())
        # "Le Maroc et l'Espagne s'engagent … à travers la signature d'une convention-cadre",
        # then "signée par la directrice du CNRST et la présidente du CSIC": a body of
        # each State signs it, the States only framed it (not a ministry or an embassy,
        # through which a State signs: "paraphé par le ministre X et la secrétaire d'Etat
        # française Y" binds the governments)
        signers = [(m, _country(m, kb)) for m, _ in a.parties
                   if id(m) in agents and not _is_state(m, kb)]
        signed_for = {c for m, c in signers if m.kind != "ministry"
                      and m.head not in ("ambassade", "gouvernement", "consulat")}
        if len(signed_for) >= 2:
            gone |= {id(m) for m in lead_states if _country(m, kb) in signed_for}
        if len({c for _, c in signers}) >= 2:
            gone |= summed  # "les deux pays ont signé", then who signed for each of them
        a.parties = [(m, q) for m, q in a.parties if id(m) not in gone]


def _signing_told_again(text: str, s: Sentence) -> bool:
    """ "La signature du document s'est effectuée entre A et B": a sentence that names no
    agreement, its one word of signing the noun."""
    return not s.agreements and len(s.triggers) == 1 and fold(
        text[slice(*s.triggers[0])]).startswith("signature")


def _one_ministry(parties: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "le ministère chargé de X et …. Paraphé par A, ministre délégué chargé de X": the
    same ministry, named once; the one named first keeps its name, and takes A."""
    def plain(m: Mention) -> str:
        return re.sub(r"^ministere delegue\b", "ministere", fold(m.name)) \
            if m.kind == "ministry" else ""

    first: dict[str, Mention] = {}
    kept = []
    for m, e in parties:
        said = plain(m)
        known = first.get(said) if said else None
        if known is None or known is m:
            if said:
                first[said] = m
            kept.append((m, e))
        elif known.person is None and m.person is not None:
            known.person, known.title = m.person, m.title
    return kept
