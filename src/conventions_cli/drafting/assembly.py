"""Stage 5, assembly: how many agreements the article reports, and which facts are whose.

One pass per question, in this order, each in its own module: the sentences and the
names they hold (`sentences`), how many agreements (`counting`), who signs in each
sentence (`sharing`), the segments that ordinals and sub-counts open (`counting`), what
the lead says of all of them (`sharing`), their types (here), when, where and at which
event (`occasion`), each one's parties (`sharing`), and money, jobs and periods
(`figures`). What the lead says of all of them together (a total) goes to the event, not
to each agreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .alsosigned import also_signed
from .attendance import attendees_stand_in
from .bareregion import name_bare_councils
from .batches import compose_lead, presented_further
from .beneficiaries import share_beneficiaries
from .carriers import project_carriers
from .continuations import what_they_continue
from .counting import MAX_AGREEMENTS, count_agreements
from .dates import Published
from .drafts import PLURAL_IS_TWO, UNCOUNTED, Assembled, Drafted, Work, short
from .elliptic import elliptic_groups
from .excepted import excepted_segments
from .facts import Fact
from .figures import earlier_agreements, share_figures
from .grants import split_grants
from .items import named_items
from .knowledge import KnowledgeBase
from .lending import add_lenders
from .lists import listed_items
from .members import members_for_groups
from .namedlines import named_lines, party_lines
from .namesakes import signed_by_the_same_people
from .normalize import fold, fold_upto
from .occasion import set_scene
from .portfolios import ministers_by_portfolio
from .protagonist import protagonist_signs
from .retyped import stand_ins_named_again
from .segments import find_segments
from .sentences import (
    FUTURE,
    WILL_SIGN,
    Sentence,
    past_years,
    pluperfect_news,
    read_sentences,
)
from .sharing import find_signing_parties, lead_parties, share_parties
from .sides import members_told_apart
from .signing import AgreementMention
from .surnames import surnames_told_before
from .text import Article
from .toldshort import bodies_told_short

__all__ = ["Assembled", "Drafted", "assemble"]


def assemble(article: Article, doc: Any, pub: Published | None, kb: KnowledgeBase,
             nlp: Any, weigh: Callable[[Work], object] | None = None) -> Assembled:
    """`weigh` sees the work once the rules have decided the parties: bench/party_model.py
    reads there every organization the article names, kept or left."""
    sentences, speaks_for = read_sentences(article, doc, kb, nlp)
    past_years(article.text, sentences, pub.year if pub else None)
    pluperfect_news(article.text, sentences)
    work = Work(article, doc, pub, kb, sentences)
    work.n, work.count_fact, work.implied = count_agreements(work.text, sentences,
                                                                 pub.year if pub else None)
    if work.count_fact is not None and work.count_fact.todo:
        work.todos.append(work.count_fact.todo)
    if work.n > MAX_AGREEMENTS:
        work.told, work.n = work.n, MAX_AGREEMENTS
        work.todos.append(f"the article counts {work.told} agreements; only {work.n} are "
                          f"drafted: add the other {work.told - work.n} by hand, or note "
                          f"the count in the summary")
    if not work.signing and work.n == 0:
        return Assembled([], None, None, None, [], [_nothing_signed(work)])
    find_signing_parties(work, speaks_for)
    find_segments(work)
    excepted_segments(work)
    elliptic_groups(work)
    members_told_apart(work)
    listed_items(work)
    named_lines(work)
    party_lines(work)
    named_items(work)
    lead_parties(work)
    _plural_is_two(work)
    assign_types(work)
    compose_lead(work)
    presented_further(work)
    set_scene(work)
    share_parties(work)
    also_signed(work)
    name_bare_councils(work)
    surnames_told_before(work)
    project_carriers(work)
    ministers_by_portfolio(work)
    members_for_groups(work)
    signed_by_the_same_people(work)
    bodies_told_short(work)
    add_lenders(work)
    protagonist_signs(work)
    share_figures(work)
    what_they_continue(work)
    share_beneficiaries(work)
    split_grants(work)
    _investment_conventions(work)
    _financing_conventions(work)
    _told_apart(work)
    _what_it_amends(work)
    attendees_stand_in(work)
    _earlier_or_the_same(work, earlier_agreements(work.text, sentences, work.date, pub,
                                                  work.todos))
    if weigh is not None:
        weigh(work)
    text = work.text
    presided = [p for s in work.signing for p in s.people if re.search(
        # "sous la présidence du wali de la région X, Mohamed Y": his title in between
        r"(?:sous la presidence d|presidee? par|en presence d)[^,;]{0,20}$|"
        r"(?:sous la presidence d|presidee? par)[^,;.]{0,70},\s*$",
        fold(text[max(s.start, p.start - 90):p.start])) or re.match(
        r"\s*,?\s*(?:a|ont)\s+(?:co-?)?preside\b", fold(text[p.end:p.end + 20]))]
    return Assembled(work.agreements, work.count_fact, work.total, work.event, presided,
                     work.todos, work.told, work.event_place)


# "Par ailleurs, un mémorandum a été paraphé avec …": another signing, told apart
APART = re.compile(r"^\W*(?:par ailleurs|en outre|d'autre part|parallelement|de meme|"
                   r"dans un autre registre|de son cote|d'un autre cote|en parallele)\b")


def _told_apart(work: Work) -> None:
    """An agreement no count announces, whose own sentence tells its signing apart from the
    lead's (another paragraph, "Par ailleurs, …"): the lead's day and place are a guess
    for it, and a TODO says so."""
    if work.count_fact is not None or work.n < 2:
        return
    text, lead = work.text, work.lead
    lead_paragraph = text.rfind("\n", 0, lead.start)
    for g in work.segments:
        if g.composed or g.ordinal or g.listed or g.first == 0 or g.first >= work.n:
            continue
        s = work.sentences[g.sentence]
        if not s.signing or s.index == lead.index or not (
                text.rfind("\n", 0, s.start) != lead_paragraph
                or APART.match(fold(text[s.start:s.end]))):
            continue
        a = work.agreements[g.first]
        for name in ("date", "place"):
            fact = getattr(a, name)
            if fact is not None and not s.start <= fact.start < s.end and not fact.todo:
                setattr(a, name, Fact(fact.kind, fact.value, fact.start, fact.end,
                                      "said of another agreement's signing, which this one's "
                                      "sentence tells apart: check it", fact.extra))


# "un avenant à la convention d'investissement de 2012, portant …": what it amends
AMENDED = re.compile(r"\s*(?:n\W?\s*\d+\s+)?(?:a la |au |aux |a l')\s*(?P<what>(?:convention|"
                     r"accord|contrat|protocole|memorandum|charte|pacte)[^,.;:()]{0,70})")


def _what_it_amends(work: Work) -> None:
    """An amendment names the agreement it amends: a TODO to link it (`amends`)."""
    text = work.text
    for a in work.agreements:
        if a.type is None or a.type.value != "avenant":
            continue
        found = AMENDED.match(fold_upto(text, min(len(text), a.type.end + 100)), a.type.end)
        if found:
            said = short(work.article.quote(found.start("what"), found.end("what")).strip(), 8)
            a.notes.append(f"amends: the agreement it amends (from: \"{said}\"); give its id "
                           "if the base has it")


def _nothing_signed(work: Work) -> str:
    """Why no agreement is drafted: none signed, or one only announced ("signeront le 20
    juin prochain", "devrait être signée"), which the base does not hold until signed."""
    announced = next((s for s in work.sentences if s.future and s.triggers), None)
    if announced is None:
        return "no signed agreement found in the article"
    low = fold_upto(work.text, announced.end)
    said = FUTURE.search(low, announced.start) or WILL_SIGN.search(low, announced.start)
    a = said.start() if said else announced.triggers[0][0]
    words = work.article.quote(a, min(announced.end, a + 60)).split()
    quote = short(" ".join(words[:6]), 6)
    when = f" as of {work.pub.iso()}" if work.pub else ""
    return (f"the article announces a signing still to come (from: \"{quote}\"), not one "
            f"done{when}: draft it from a report of the signing")


def _earlier_or_the_same(work: Work, earlier: list[Drafted]) -> None:
    """An earlier agreement the article recalls is one more draft, unless the article's one
    agreement is only ever told back by a demonstrative of its kind ("la convention conclue
    le 14 novembre 2016 …" then "Cette convention, signée par …"): then it is that one."""
    told = [(s, m) for s in work.signing for m in s.agreements if not m.ordinal]
    if len(earlier) == 1 and len(work.agreements) == 1 and told and all(
            not m.indefinite and not m.plural and earlier[0].type is not None
            and m.type == earlier[0].type.value and re.search(
                r"\b(?:cette|ce|cet|ladite|ledit)\s*$",
                fold(work.text[max(s.start, m.start - 12):m.start])) for s, m in told):
        one = work.agreements[0]
        one.date = one.date if one.date is not None and one.date.value else earlier[0].date
        return
    work.agreements.extend(earlier)


def _plural_is_two(work: Work) -> None:
    """ "les multiples conventions signées", "ces accords": agreements in the plural that
    no number, list or partner counts are two at least, not one."""
    if work.n != 1 or not work.implied or UNCOUNTED not in work.todos:
        return
    told = [m for s in work.sentences if not (s.earlier or s.future) for m in s.agreements
            if not m.ordinal]
    if told and all(m.plural and m.count is None for m in told):
        work.n = 2
        work.agreements.append(Drafted())
        work.todos[work.todos.index(UNCOUNTED)] = PLURAL_IS_TWO


def assign_types(work: Work) -> None:
    """A segment's own type, else the lead's types in order, else the first mention's."""
    text, n, agreements, sentences = work.text, work.n, work.agreements, work.sentences
    lead, signing, groups = work.lead, work.signing, work.segments
    headline = [m for s in sentences if s.title and s.triggers and not s.earlier
                for m in s.agreements if m.type and not m.ordinal]
    # "… à travers deux nouvelles conventions de partenariat." before "Le premier accord a
    # été paraphé …": the words that announced as many as were signed say what they are
    announced = [m for s in sentences if s.index < lead.index and not (s.earlier or s.title)
                 for m in s.agreements if m.type and n > 1 and m.count == n and not m.ordinal]
    lead_types = [m for m in lead.agreements if m.type and not m.ordinal] or headline or \
        announced[:1] or [m for s in signing for m in s.agreements if m.type] or \
        [m for s in sentences if not (s.earlier or s.future) for m in s.agreements
         if m.type and not m.plural][:1]  # "Le document a été signé …" "L'accord prévoit …"
    if lead_types:
        slots: list[AgreementMention] = []
        for m in lead_types:
            slots.extend([m] * (m.count or 1))
        for i, a in enumerate(agreements):
            m = slots[i] if i < len(slots) and len(slots) == n else lead_types[0]
            a.type = Fact("type", m.type, m.start, m.end)
    lead_kind = lead_types[0] if lead_types else None
    for g in groups:
        sentence = next(s for s in sentences if s.index == g.sentence)
        ranked = next((m for m in sentence.agreements if (m.start, m.end) == g.evidence), None)
        mention = ranked if ranked and ranked.type else None
        carried = _carried_type(text, sentence, ranked)  # "Le second est un mémorandum"
        if carried is not None:
            mention = carried
        elif mention and lead_kind and not g.listed and lead_kind.type != mention.type and \
                fold(text[lead_kind.start:lead_kind.end]) not in ("accords", "accord") and (
                lead_kind.plural or not mention.ordinal or mention.ordinal < 2) and re.fullmatch(
                r"conventions?|accords?|contrats?", fold(text[mention.start:mention.end])):
            # "la première convention" of "conventions d'investissement"; not "une seconde
            # convention" after "une convention-cadre", which is another kind, nor "huit
            # conventions" of "14 accords" (the general word), a part the article counts
            mention = lead_kind
        if mention:
            for i in range(g.first, min(n, g.first + g.size)):
                agreements[i].type = Fact("type", mention.type, mention.start, mention.end)
    invested = _investment_kind(work, lead_kind)
    if invested is not None:
        for a in agreements:  # and the parts told as "11 conventions" further on
            if a.type is not None and re.fullmatch(r"conventions?", fold(
                    text[a.type.start:a.type.end])):
                a.type = Fact("type", invested.type, invested.start, invested.end)
    _kinds_untold(work, lead_kind)
    stand_ins_named_again(work)  # "deux projets … signés", then "ces dons"


# "… ont été signées, portant sur des investissements", "en vue de l'installation de projets
# d'investissement": what the conventions the lead calls only "conventions" are
INVESTED = re.compile(r"^[^.;]{0,160}?\b(?P<what>portant sur (?:des |de nouveaux )?investissements|"
                      r"projets? d'investissements?)\b")


def _investment_kind(work: Work, lead_kind: AgreementMention | None) -> AgreementMention | None:
    """The lead says only "conventions" ("Sept conventions ont été signées …"): the
    article's "conventions d'investissement" elsewhere, or the investments the lead's own
    sentence says they carry, make them investment conventions (type "other")."""
    text = work.text
    if lead_kind is None or not re.fullmatch(r"conventions?", fold(
            text[lead_kind.start:lead_kind.end])):
        return None
    named = next((m for s in work.sentences if not s.earlier for m in s.agreements
                  if m.type == "other" and re.match(r"conventions? d'investissements?",
                                                    fold(text[m.start:m.end]))
                  and m.count in (None, 1, work.n)), None)
    if named is not None:
        return named
    said = INVESTED.match(fold(text[lead_kind.end:work.lead.end]))
    lead = work.lead
    before = work.sentences[lead.index - 1] if lead.index else lead
    if said is None and re.search(r"\bprojets?\b[^.;]{0,60}\b(?:font|fait) l'objet d[e']\s*"
                                  r"(?:\w+\s+)?$", fold(text[lead.start:lead_kind.start])) and \
            before is not lead and re.search(r"\binvestissements?\b",
                                             fold(text[before.start:before.end])):
        # "sept projets, d'un investissement de 65 MDH. Quatre de ces projets, qui font
        # l'objet de sept conventions …": the conventions of investment projects
        return replace(lead_kind, type="other")
    if said is None or any(lead_kind.end < m.start < lead_kind.end + said.end()
                           for m in work.lead.agreements):
        return None
    return replace(lead_kind, type="other", start=lead_kind.end + said.start("what"),
                   end=lead_kind.end + said.end("what"))


def _kinds_untold(work: Work, lead_kind: AgreementMention | None) -> None:
    """ "six accords de coopération", then a mémorandum and a protocole described: "accords"
    is the general word for all six, not surely the kind of the four the article leaves
    undescribed: they stay "accord", the word the article gives them, with a TODO to check
    the kind."""
    if lead_kind is None or not lead_kind.plural or fold(
            work.text[lead_kind.start:lead_kind.end]) != "accords":
        return
    general = [a for a in work.agreements if a.type is not None
               and a.type.start == lead_kind.start]
    added = work.added
    if added and len(general) <= len(work.agreements) - added:
        return  # "trois accords …; les deux ministres ont également signé un mémorandum"
    if general and len(general) < len(work.agreements) and any(
            a.type is not None and a.type.value not in ("accord", "") for a in work.agreements):
        for a in general:
            if a.type is not None:
                a.type = replace(a.type, todo="the article's general word for all of them; "
                                 "it does not say this one's kind: check it")


# what an agreement is, when the article says it is a plan, a road map or a programme
CARRIED_PLAN = re.compile(r"\s*(?:,\s*)?(?:qui )?(?:concerne|porte sur|consiste en|est)\s+"
                          r"(?:un |une |le |la )(?P<plan>plan d'actions?|feuille de route|"
                          r"programme (?:d'application|d'actions?|executif))\b")


# what an agreement is, when the article says it changes an earlier one
AMENDS = re.compile(r"\s*(?:,\s*)?(?:qui )?(?:porte sur|concerne|consiste en|a pour objet|vise)\s+"
                    r"(?:la |a la )?(?P<what>(?:modification|revision|amendement)\s+"
                    r"d(?:e la|e l'|u)\s*(?:convention|accord|protocole))")


def _carried_type(text: str, sentence: Sentence, mention: AgreementMention | None
                  ) -> AgreementMention | None:
    """ "la première convention … porte sur le contrat-programme 2024-2030": the agreement
    is the contrat-programme it carries."""
    if mention is None:
        return None
    plan = CARRIED_PLAN.match(fold(text[mention.end:sentence.end]))
    if plan:  # "Le second accord concerne un plan d'action …"
        return AgreementMention("other", mention.end + plan.start("plan"),
                                mention.end + plan.end("plan"))
    amends = AMENDS.match(fold(text[mention.end:sentence.end]))
    if amends:  # "La première porte sur la modification de la convention sur …"
        return AgreementMention("avenant", mention.end + amends.start("what"),
                                mention.end + amends.end("what"))
    for other in sentence.agreements:
        if other.start > mention.end and other.type and other.type != mention.type and re.search(
                r"(?:porte|portant|porteront|portent)(?:, \w+,)? sur (?:le |la |l'|les |une? )?$|"
                r"(?:concerne|relatif a|relative a|consacre|institue) (?:le |la |l'|un |une )?$|"
                r"\b(?:est|etait) (?:sous (?:la )?forme d(?:e |'un |'une )|un |une )$",
                fold(text[max(mention.end, other.start - 30):other.start])):
            return other
    return None


def _investment_conventions(work: Work) -> None:
    """ "Une convention a été signée avec la société X" in an article about what X
    invests: an investment convention (type other), not a partnership."""
    text = work.text
    if not re.search(r"\binvesti(?:ssements?|r|t|ra|ront|s)\b", fold(text)):
        return
    for a in work.agreements:
        if a.type is None or a.type.value != "convention-partenariat" or not re.fullmatch(
                r"conventions?", fold(text[a.type.start:a.type.end])):
            continue
        kinds = sorted(m.kind for m, _ in a.parties)
        # the State (or one ministry) and one company: a partnership has more partners
        if len(kinds) == 2 and "company" in kinds and kinds != ["company", "company"]:
            a.type = Fact("type", "other", a.type.start, a.type.end)


# "la convention relative à ce don", "un contrat portant sur un prêt de 50 M€": what it
# finances makes it a loan or grant agreement, whatever word the report uses.
FINANCED = re.compile(r"\s*(?:,\s*)?(?:relatifs? |relatives? |portant |afferents? |afferentes? "
                      r"|qui porte |qui portent |porte |portent |consacree?s? )?"
                      r"(?:a |sur |au |aux |de )?(?:ce |cet |cette |ces |le |la |les |l'|un |une "
                      r"|du |des |d'un |d'une )?(?:nouve(?:au|l|lle)s? )?"
                      # "la convention de cet accord de prêt": the agreement it records
                      r"(?:(?:accords?|contrats?|conventions?) (?:de |d'))?"
                      r"(?:pret|don|credit|emprunt|subvention|garantie|financement)s?\b")


# "quatre conventions aux termes desquelles le Fonds X fait don au Maroc de …": what they
# grant or lend makes them financing agreements
WHEREBY_FINANCED = re.compile(r"\s*,?\s*(?:en vertu|aux termes|au titre) desquel(?:le)?s?\b"
                              r"[^.;]{0,70}?\b(?:fait don|accorde|octroie|prete|consent)\b")


def _financing_conventions(work: Work) -> None:
    text = work.text
    for a in work.agreements:
        if a.type is None or a.type.value not in ("convention-partenariat", "other") or \
                not re.fullmatch(r"conventions?|contrats?", fold(text[a.type.start:a.type.end])):
            continue
        if FINANCED.match(fold(text[a.type.end:a.type.end + 80])) or \
                WHEREBY_FINANCED.match(fold(text[a.type.end:a.type.end + 120])):
            a.type = Fact("type", "accord", a.type.start, a.type.end)
