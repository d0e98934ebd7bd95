"""Who signs what: the parties each sentence names as signing, what the lead says of all
the agreements, and how parties are shared among them (the signatories sign every one,
partners one each when they match the count, a segment's own parties its own).
"""

from __future__ import annotations

import re

from .commitments import committed_parties
from .delegated import delegates_for_their_ministry
from .described import (
    bound_as_pointed_at,
    bound_by_it,
    bound_by_the_one_signed,
    described_parties,
)
from .descriptors import UNNAMED_REGION, city_before, kind_of_the_two, region_before, resolve_bare
from .drafts import UNCOUNTED, Drafted, Work, quote_of, short
from .hosts import hosts_of_a_passive_signing, met_at_the_signing, met_before_the_signing
from .institutions import (
    directorate_before,
    in_full_before,
    same_portfolio_before,
    unit_of_named,
)
from .knowledge import KnowledgeBase
from .linking import Party, signing_parties
from .names import Mention
from .normalize import fold, key
from .partnerlists import (
    PARTNERSHIP,
    both_nations_sign,
    capitals_sign,
    counted_then_named,
    named_further,
    one_and_a_plural,
    some_of_them,
)
from .pronouns import pronoun_subject
from .recalled import recalled_from
from .represented import (
    lead_states_give_way,
    named_portfolio,
    one_body_per_territory,
    states_the_article_names_ministries_for,
    without_represented_states,
)
from .retelling import another_day
from .segmentnames import told_with
from .sentences import Sentence
from .sides import between_the_two, two_sides_sign
from .signers import agent_of_signing, plural_participle_signers
from .signsfor import minister_signs_for_the_other
from .standsfor import people_as_organizations
from .thetwo import BOTH, the_two_co_chairs, the_two_named_before, the_two_states
from .unsaid import headline_parties, named_next, partners_of_the_link

__all__ = ["find_signing_parties", "lead_parties", "share_parties"]


# "en marge du Forum annuel de la Banque mondiale": a body inside the
# name of the event, which "cette institution" further on does not point back to
IN_EVENT_NAME = re.compile(r"\b(?:en marge|lors|a l'occasion|au cours)\s+"
                           r"d(?:e la |e l'|u |es |e |')(?P<name>[^,;()]{0,90})$")


UNNAMED_COUNCIL = re.compile(r"conseil (?:communal|municipal) de la (?:ville|commune)$")


def _in_event_name(text: str, start: int, m: Mention) -> bool:
    found = IN_EVENT_NAME.search(fold(text[start:m.start]))
    return found is not None and text[start + found.start("name")].isupper()


def find_signing_parties(work: Work, speaks_for: dict[str, Mention]) -> None:
    """Who signs, sentence by sentence (bare names resolved to their fuller mention)."""
    text = work.text
    history: list[Mention] = []
    parties_by_sentence = work.parties_by_sentence
    for s in work.sentences:
        resolved = []
        for m in s.mentions:
            full = resolve_bare(m, history) if m.kb_id is None else None
            if full is None and m.kb_id is None and UNNAMED_REGION.match(fold(m.name)):
                full = region_before(text, m, work.kb)
            if full is None and (m.extra.get("unnamed_city") or UNNAMED_COUNCIL.match(
                    fold(m.name))):  # "le conseil communal de la ville": the city named
                full = city_before(text, m, work.kb)
            if full is None and m.bare and m.kb_id is None:
                full = _known_by_head(m, history, work.kb)  # "l'ONMT", then "l'Office"
            full = full or directorate_before(m, history) or in_full_before(m, history) or \
                unit_of_named(m, history) or same_portfolio_before(m, history)
            if m.bare and full is None and m.kb_id is None:
                m.vague = True
            elif full is not None:
                m = Mention(full.name, m.start, m.end, full.kind, full.kind_sure, full.acronym,
                            list(full.aliases), full.country, m.person, m.title, full.head,
                            kb_id=full.kb_id)
            resolved.append(m)
            if not m.vague and not _in_event_name(text, s.start, m):
                history.append(m)
        s.mentions = people_as_organizations(s, resolved, speaks_for, work.kb, text)
        if s.signing or (s.triggers and s.title):
            found: list[Party] = []
            upto = recalled_from(text, s.start, s.end, s.triggers)
            for trig in s.triggers:
                found.extend(p for p in signing_parties(text, s.start, s.end, trig, s.mentions)
                             if p.mention.start < upto)
            seen: set[int] = set()
            found = delegates_for_their_ministry([p for p in found if not (
                id(p.mention) in seen or seen.add(id(p.mention)))])  # type: ignore[func-returns-value]
            found = [p for p in found if p.role_hint != "agent" or agent_of_signing(s, p)]
            found = _agents_sign_for_those_between(text, found)
            if not any(p.role_hint == "subject" for p in found):
                found = pronoun_subject(text, s, work.sentences[s.index - 1]
                                        if s.index else None) + found
            two = the_two_named_before(text, s, work.sentences, history, found) or (
                [] if found else the_two_co_chairs(text, s, history))
            parties_by_sentence[s.index] = [Party(m, "subject") for m in two] or found


def _known_by_head(m: Mention, history: list[Mention], kb: KnowledgeBase) -> Mention | None:
    """The last body named before whose name in the base opens on the bare head."""
    for earlier in reversed(history):
        record = kb.org(earlier.kb_id) if earlier.kb_id else None
        if record is not None and fold(str(record.get("name") or "")).split()[:1] == [m.head]:
            return earlier
    return None


def _agents_sign_for_those_between(text: str, found: list[Party]) -> list[Party]:
    """ "un arrangement entre l'Office A et l'Institut B, signé par le ministre X et le
    ministre Y": the agreement binds A and B; the ministers sign it for them."""
    between = [p for p in found if p.role_hint == "with"]
    opening = next((p.mention.start for p in between if re.search(
        r"\bentre\s+(?:\S+\s+){0,2}(?:l'|d')?$",
        fold(text[max(0, p.mention.start - 30):p.mention.start]))), None)
    if len(between) < 2 or opening is None:
        return found
    return [p for p in found if p.role_hint != "agent" or p.mention.start < opening]


def lead_parties(work: Work) -> None:
    """The lead: who signs every agreement (its subject) and who signs one each (its
    partners); the number of agreements when the article did not give it."""
    text, sentences, signing, todos = work.text, work.sentences, work.signing, work.todos
    parties_by_sentence, n, lead = work.parties_by_sentence, work.n, work.lead
    lead_parties = parties_by_sentence.get(lead.index, [])
    signs_for_all = {"subject"}
    if any(p.role_hint == "with" for p in lead_parties):
        signs_for_all.add("agent")  # "signées par X avec A, B et C": X signs every one
    subject = [p for p in lead_parties if p.role_hint in signs_for_all]
    partners = [p for p in lead_parties if p.role_hint not in signs_for_all]
    segment_sentences = {g.sentence for g in work.segments}
    first_segment = work.first_segment
    for s in signing[1:]:
        if s.index < first_segment and s.index not in segment_sentences and not s.earlier \
                and not another_day(text, s, lead):
            # "Ces accords ont été signés par A et B": who signs all of them (not "l'accord-
            # cadre, signé en 2019 par A et B", an earlier one)
            all_of_them = any(m.plural and (m.count is None or m.count == n)
                              for m in s.agreements) or (
                not s.agreements and THEY_WERE.match(fold(text[s.start:s.end])) is not None)
            for p in parties_by_sentence.get(s.index, []):
                signs_all = p.role_hint == "subject" or (p.role_hint == "agent" and all_of_them)
                (subject if signs_all else partners).append(p)
    subject.extend(plural_participle_signers(work, segment_sentences))
    for s in signing[1:]:
        if s.index > first_segment and s.index not in segment_sentences and not s.earlier \
                and not s.future and _all_told(work, s):
            work.batch_signers.extend(p for p in parties_by_sentence.get(s.index, [])
                                      if p.role_hint in ("agent", "subject"))
    partners.extend(p for p in bound_as_pointed_at(work) if not any(
        q.mention.name == p.mention.name for q in subject + partners))
    if not subject and not partners:
        subject = capitals_sign(work) or both_nations_sign(work)  # "Rabat et Dakar ont …"
    if not subject and not partners:
        partners = bound_by_the_one_signed(work) or named_next(work)
    if not subject and not partners:
        subject = named_further(work, PARTNERSHIP)  # each one's, before who presided
    if not subject and not partners:
        subject = hosts_of_a_passive_signing(work) or met_at_the_signing(work) or \
            met_before_the_signing(work)  # "Cette réunion a été couronnée par la signature"
    if not subject and not partners:
        # "entre plusieurs partenaires institutionnels" … "en partenariat avec A, B et C"
        partners = named_further(work, None)
    body_names_none = not any(found for k, found in parties_by_sentence.items()
                              if not sentences[k].title) and \
        not any(g.parties for g in work.segments)
    if not subject and not partners and body_names_none:
        partners = headline_parties(work) or partners_of_the_link(work)
    if not subject and not partners:
        subject = _the_two_parties(work)  # "les deux parties": both sign each one
    if not subject and not partners:
        subject = committed_parties(work)  # "le ministère A assistera …, la FAO assurera …"
    if subject and all(_party_key(p.mention) in {_party_key(q.mention) for q in subject}
                       for p in partners):
        # "avec quatre grands groupes. Les fournisseurs du groupe A, de B, de C et de D …"
        partners = counted_then_named(work) or partners
    partners = _unique(partners)
    subject = _unique(subject)
    if n > 1 and not subject and len(partners) == n + 1:
        # "entre la Région et les communes A, B, C et D" for four agreements: the first
        # named signs each of them, the others one each
        subject, partners = partners[:1], partners[1:]

    if n == 0 and not subject and one_and_a_plural(text, partners):
        # "des avenants signés entre la Fondation X et trois académies, à savoir A, B et C":
        # the one named first signs each; the bodies of the plural one each
        subject, partners = partners[:1], partners[1:]
    if n == 0 and not subject and len(partners) >= 2 and all(
            p.role_hint == "agent" for p in partners) and ONE_SIGNED.search(
                fold(text[lead.start:lead.end])):
        # "Le partenariat a été signé conjointement par A et B": one, signed by both
        subject, partners = partners, []
    first = partners[0].mention.start if partners else 0
    if n == 0 and not subject and len(partners) >= 3 and all(
            p.role_hint == "with" for p in partners) and re.search(
                r"\bentre\s+(?:le |la |les |l')?$", fold(text[max(lead.start, first - 12):first])):
        # "Les conventions … ont été signées entre A, B, C et D": who signs which, the
        # article does not say; all of them sign each of its (uncounted) agreements
        subject, partners = partners, []
    if n == 0:
        n = len(partners) if len(partners) >= 2 else 1
        if n == 1 and work.implied:
            todos.append(UNCOUNTED)
    work.n, work.subject, work.partners = n, subject, partners
    work.agreements = [Drafted() for _ in range(n)]


def _the_two_parties(work: Work) -> list[Party]:
    """ "une convention a été signée entre les deux parties" with no name in any signing
    sentence: the two the headline names, else the two the sentences before name."""
    text = work.text
    both = None
    for lead in work.signing:
        if work.n > 1 and lead.index >= work.first_segment:
            continue  # "Le troisième …. Aussi, les deux parties ont signé un protocole": its
            # own, told among the others, not who signs them all
        both = BOTH.search(fold(text[lead.start:lead.end]))
        if both:
            break
    if both is None:
        return []
    fits = kind_of_the_two(both.group(0))
    if both.group(0).endswith(("parties", "deux")) and (states := the_two_states(work)):
        return states  # "les deux chefs d'État …. Les deux parties ont convenu …"
    one: list[Party] = []
    for pool in ([s for s in work.sentences if s.title],
                 [s for s in work.sentences if s.index <= lead.index and not s.title][::-1],
                 [s for s in work.sentences if lead.index < s.index <= lead.index + 2]):
        named: list[Party] = []
        for s in pool:
            named.extend(Party(m, "with") for m in s.mentions if not m.vague and fits(m))
            named = _unique(named)
            if len(named) >= 2:
                break
        if len(named) >= 2:
            work.todos.append("the signing sentence names no party (\"les deux\"); these come "
                              "from: " + short(work.article.quote(s.start, s.end), 8))
            return named[:2]
        one = one or named
    if len(one) == 1 and both.group(0).endswith("ministres"):
        # "les deux ministres" when one only is named with his ministry: that one
        work.todos.append("\"les deux ministres\" sign; one only is named with a ministry")
        return one
    return []


# a verb in the singular passive, its agents after it: one agreement
ONE_SIGNED = re.compile(r"(?:\b(?:a ete|fut|est|avait ete) (?:\w+ ){0,2}?|(?:\bet|,)\s+)"
                        r"(?:signee?|paraphee?|conclue?|scellee?)\b[\w ,']{0,40}?\bpar\b")


# "Elles ont été paraphées par A, B et C", after "Trois conventions ont été signées": the
# agreements told before, all of them, each signed by everyone named
THEY_WERE = re.compile(r"\s*(?:elles|ils|celles-ci|ceux-ci)\s+(?:ont ete|sont|furent|avaient ete)"
                       r"\s+(?:\w+ )?\w+(?:ees|es|s)\s+par\b")


# "Conclues entre la Région et la SMIT, elles portent sur A et B": both sign each one
BETWEEN = re.compile(r"\bentre\s+(?:le |la |les |l')?\s*$")


def share_parties(work: Work) -> None:
    """The signatories sign every one; partners one each when they match the count; a
    segment's own parties its own agreements."""
    text, n, agreements, todos = work.text, work.n, work.agreements, work.todos
    subject, partners, sentences = work.subject, work.partners, work.sentences
    parties_by_sentence, groups = work.parties_by_sentence, work.segments
    if work.one_described:
        # "L'accord a été signé par A et B. Un second accord …": the lead's parties are
        # its one agreement's
        agreements[0].parties.extend((p.mention, quote_of(text, p.mention))
                                     for p in _unique([*subject, *partners]))
        subject, partners = [], []
    for a in agreements:
        a.parties.extend((p.mention, quote_of(text, p.mention)) for p in subject)
    added = work.added
    # "- A et B, pour …" under "entre le Maroc et X": a list line naming its two sides is
    # signed by them, not by the two the lead sets face to face
    paired = {k for g in groups if g.listed and len(g.parties or ()) >= 2
              for k in range(g.first, g.first + g.size)}
    lenders = [p for p in partners if p.mention.extra.get("financier")]
    if (lenders and len(lenders) < len(partners) and len(partners) == n) or \
            two_sides_sign(partners, text) or between_the_two(text, partners):
        # "deux accords signés par le ministre A et le directeur de la Banque B": the
        # borrower and the lender sign each loan, not one each
        for k, a in enumerate(agreements):
            if k not in paired:
                a.parties.extend((p.mention, quote_of(text, p.mention)) for p in partners)
        subject, partners = [*subject, *partners], []
    spread: list[Party] = []  # the lead's partners given to every agreement, for want of more
    if partners:
        if len(partners) in (n, n - added) and len(partners) > 1 or \
                1 <= len(partners) < n and some_of_them(text, partners):
            for a, p in zip(agreements, partners, strict=False):
                a.parties.append((p.mention, quote_of(text, p.mention)))
            if len(partners) < n:  # "avec quatre pays, dont le Gabon"
                todos.append(f"{len(partners)} partner(s) named for {n} agreements: "
                             "add the others' if a report names them")
        elif n == 1 or len(partners) < n:
            for a in agreements:
                a.parties.extend((p.mention, quote_of(text, p.mention)) for p in partners)
            # (those after "avec": "notamment avec Renault et PSA"; not who signed them all)
            spread = [p for p in partners if p.role_hint == "with"] if n > 1 else []
            if n > 1:
                todos.append(f"{len(partners)} partner(s) named for {n} agreements: "
                             "keep each agreement's own")
        else:
            for a in agreements:
                a.parties.extend((p.mention, quote_of(text, p.mention)) for p in partners)
            todos.append(f"{len(partners)} partners named for {n} agreements: "
                         "keep each agreement's own")
    for g in groups:  # a list set apart ("Par ailleurs, … entre les professionnels :")
        for k in range(g.first, min(n, g.first + g.size)) if g.apart else ():
            agreements[k].parties = []  # is signed by its own, not by the lead's
    ordered_groups = sorted(groups, key=lambda g: (g.sentence, g.evidence[0]))
    shared = [len(a.parties) for a in agreements]
    lead_orgs = {id(p.mention) for p in [*subject, *work.batch_signers]}
    for gi, g in enumerate(ordered_groups):
        if g.parties is not None:  # said where the segment opens
            for k in range(g.first, min(n, g.first + g.size)):
                agreements[k].parties.extend(
                    (p.mention, quote_of(text, p.mention)) for p in _unique(g.parties))
            continue
        stop = next((h.sentence for h in ordered_groups[gi + 1:] if h.sentence > g.sentence),
                    len(sentences))
        speaking = [[p for p in (told_with(
                text, g, ordered_groups, parties_by_sentence.get(k, []), sentences[k].end)
                                 if k == g.sentence else parties_by_sentence.get(k, []))
                     if id(p.mention) not in lead_orgs] for k in range(g.sentence, stop)]
        speaking = [found for found in speaking if found]
        if speaking and g.size == 1 and g.first < n and not sentences[g.sentence].signing:
            # "La seconde lie A à B. Le président de B a paraphé ce document": both bound
            bound = described_parties(text, sentences[g.sentence], g.evidence)
            if bound:
                speaking = [bound + [p for found in speaking for p in found]]
        if not speaking and g.first < n:
            # "le deuxième établit un cadre … entre le CHU et la Caisse": who it binds
            described = described_parties(text, sentences[g.sentence], g.evidence) or (
                # "La deuxième convention concerne …. Elle associe A, B et C."
                bound_by_it(text, sentences[g.sentence + 1])
                if g.sentence + 1 < stop else [])
            speaking = [described] if described else []
        if not speaking or g.first >= n:
            continue
        if g.size == 1:
            targets = [[p for found in speaking for p in found]]
        elif len(speaking) == 1 and len(_unique(speaking[0])) == g.size and not BETWEEN.search(
                fold(text[max(0, speaking[0][0].mention.start - 30):
                          speaking[0][0].mention.start])):
            targets = [[p] for p in _unique(speaking[0])]  # one partner each
        elif len(speaking) == 1:
            targets = speaking * g.size  # "Les trois derniers ont été paraphés par A et B"
        else:
            targets = speaking  # "Pour ce qui est de la convention …, elle a été signée par …"
        for k, found in enumerate(targets[:g.size]):
            if g.first + k < n:
                agreements[g.first + k].parties.extend(
                    (p.mention, quote_of(text, p.mention)) for p in _unique(found))
    _only_their_own(agreements, shared, spread, subject)
    _batch_signers(work)
    _all_sides(work)
    lead_states_give_way(work)
    minister_signs_for_the_other(work)
    for a in agreements:
        a.parties = named_portfolio(one_body_per_territory(without_represented_states(
            a.parties, work.kb)))
    states_the_article_names_ministries_for(work)


# "Les accords", "Ces deux conventions", "Les trois contrats", "Lesdits accords"
def _only_their_own(agreements: list[Drafted], shared: list[int], spread: list[Party],
                    signers: list[Party]) -> None:
    """ "notamment avec Renault et PSA", then "treize concernent PSA, six sont conclus avec
    Renault, deux avec Valeo": an agreement whose segment names its own partner keeps that
    one, not the lead's partners given to all for want of more."""
    keys = {_party_key(p.mention) for p in spread}
    signing_all = {_party_key(p.mention) for p in signers}
    for a, upto in zip(agreements, shared, strict=True):
        own = {_party_key(m) for m, _ in a.parties[upto:]}
        if own - signing_all:
            a.parties = [(m, q) for k, (m, q) in enumerate(a.parties)
                         if k >= upto or _party_key(m) not in keys - own]


ALL_TOLD = re.compile(r"\b(?:les|ces|lesdits|lesdites|tous les|toutes les)(?:\s+\S+)?\s*$")


def _all_told(work: Work, s: Sentence) -> bool:
    """The sentence speaks of the agreements already told, all of them."""
    return any(m.plural and not m.ordinal and not m.others and m.count in (None, work.n)
               and ALL_TOLD.search(fold(work.text[max(s.start, m.start - 20):m.start]))
               for m in s.agreements)


def _batch_signers(work: Work) -> None:
    """ "Les accords ont été paraphés par A et B", told after the agreements: each signs
    the agreements it is a party of already, else every one."""
    text = work.text
    for p in _unique(work.batch_signers):
        k = _party_key(p.mention)
        own = [a for a in work.agreements if any(_party_key(m) == k for m, _ in a.parties)]
        for a in own or work.agreements:
            a.parties.append((p.mention, quote_of(text, p.mention)))


def _party_key(m: Mention) -> str:
    return m.kb_id or fold(m.name)


SIDES = {"tripartite": 3, "quadripartite": 4, "trilateral": 3, "trilaterale": 3}


def _all_sides(work: Work) -> None:
    """ "l'accord tripartite signé par la ministre" beside "la coopération entre le Maroc, A
    et B": a single agreement said to bind three (four) sides binds the ones the link names
    when its signing sentence names fewer."""
    text = work.text
    if work.n != 1:
        return
    sides = max((SIDES.get(w, 0) for s in work.sentences for m in s.agreements
                 for w in re.findall(r"[a-z]+", fold(text[m.start:min(s.end, m.end + 20)]))),
                default=0)
    a = work.agreements[0]
    if len(a.parties) >= sides:
        return
    for p in partners_of_the_link(work):
        if not any((m.kb_id and m.kb_id == p.mention.kb_id) or key(m.name) == key(p.mention.name)
                   for m, _ in a.parties):
            a.parties.append((p.mention, quote_of(text, p.mention)))


def _signed_by_others(a: Mention, b: Mention) -> bool:
    """Two people, each named for one of them: a group and its subsidiary, not one body."""
    return a.person is not None and b.person is not None and \
        fold(a.person.name) != fold(b.person.name)


def _unique(parties: list[Party]) -> list[Party]:
    """One party per organization; a later mention may add the person who signed for it."""
    seen: dict[str, Party] = {}
    out: list[Party] = []
    for p in parties:
        k = p.mention.kb_id or " ".join([fold(p.mention.name)] + (
            [f"({p.mention.country})"] if p.mention.country else []))
        for other in list(seen):  # "PSA" and "PSA Peugeot-Citroën": one company
            short = min(k, other, key=len)
            if other == k or " " in short or len(short) < 3 or not (
                    other.startswith(k + " ") or k.startswith(other + " ")):
                continue
            if _signed_by_others(seen[other].mention, p.mention):
                continue  # "le DG de la CDG, A, et le DG de CDG Invest, B": two bodies
            if p.mention.kb_id or seen[other].mention.kb_id:
                continue  # the base's UM6P and a new "UM6P Ventures": two bodies
            if short == other:  # the fuller name replaces the one-word one, in place
                dropped = seen.pop(other)
                out[out.index(dropped)] = p
                seen[k] = p
                if p.mention.person is None and dropped.mention.person is not None:
                    p.mention.person, p.mention.title = dropped.mention.person, \
                        dropped.mention.title
            else:
                k = other
            break
        if k not in seen:
            seen[k] = p
            out.append(p)
        elif seen[k].mention.person is None and p.mention.person is not None:
            kept = seen[k].mention
            kept.person, kept.title = p.mention.person, p.mention.title
    return out
