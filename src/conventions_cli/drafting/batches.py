"""Batches: several kinds of agreements signed at one ceremony, and the ones the article
presents further down.

"la signature d'une convention de partenariat entre le ministère et l'OCP et trente
contrats d'investissement": the lead composes the batch, and each part keeps its own
type, parties and figures ("un prêt de 80 M€ et trois dons de 2 M€ chacun"); what the
lead says of one part is not copied onto the others. Further down, "le groupe
canadien Nordal engage 1,4 milliard dans une usine", "un contrat avec le groupe
américain Delphi", "Le prêt accordé à l'ONE s'élève à 92,1 millions": each is one of the
batch's agreements, with its own partner and figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .amounts import EACH_AFTER, SPELLED, find_amounts, parse_count
from .described import bound_by_its_words
from .drafts import Segment, Work, short
from .facts import Fact
from .jobs import find_jobs
from .lending import lender_and_borrower
from .linking import Party
from .names import Mention
from .normalize import fold, fold_upto
from .places import city_region
from .sentences import Sentence
from .signing import AgreementMention

__all__ = ["compose_lead", "presented_further"]


@dataclass
class _Part:
    type: str
    count: int
    start: int
    end: int


# "un prêt … et deux dons …": the parts a batch of financing agreements is made of
STAND_IN = re.compile(rf"\b(?P<n>une?|\d{{1,2}}|{SPELLED})\s+(?P<noun>prets?|dons?|credits?|"
                      r"subventions?|garanties?|lignes? de credit)\b")
AMONG = re.compile(rf"\s*,\s*dont\s+(?P<n>\d{{1,2}}|{SPELLED})\s+(?:d'|de\s+)"
                   r"(?P<what>investissements?|partenariat|cooperation)\b")
EACH = re.compile(r"^[^.;]{0,25}\bchacune?\b")


def _parts(work: Work, lead: Sentence) -> list[_Part]:
    """The lead's parts, in order: its counted agreements of two kinds or more, or else its
    loans, grants and guarantees ("portent sur un prêt … et deux dons")."""
    counted = [m for m in lead.agreements if m.count and not m.ordinal and m.type
               and not _amended(work.text, lead, m)]
    if len({m.type for m in counted}) >= 2 and sum(m.count or 0 for m in counted) == work.n:
        return [_Part(m.type, m.count or 1, m.start, m.end) for m in counted]
    low = fold_upto(work.text, lead.end)
    if len(counted) == 1 and counted[0].count == work.n:
        # "Cinq conventions, dont quatre d'investissement": four of a kind and one other
        whole = counted[0]
        among = AMONG.match(low, whole.end)
        some = parse_count(among["n"]) if among else None
        if among and some and some < work.n:
            kind = "other" if among["what"].startswith("investissement") else whole.type
            return [_Part(kind, some, among.start("n"), among.end()),
                    _Part(whole.type, work.n - some, whole.start, whole.end)]
    parts = []
    for found in STAND_IN.finditer(low, lead.start, lead.end):
        word = found["n"]
        count = parse_count(word)
        if count:
            parts.append(_Part("accord", count, found.start(), found.end()))
    kinds = {fold(work.text[p.start:p.end]).split()[-1].rstrip("s") for p in parts}
    if len(parts) >= 2 and len(kinds) >= 2 and sum(p.count for p in parts) == work.n:
        return parts
    return []


# "un avenant à la convention d'investissement de 2012", "l'annexe au contrat-programme":
# the agreement it amends or completes, not one more signed
AMENDS = re.compile(r"\b(?:avenants?|annexes?|additifs?|amendements?)\s+(?:n\W?\s*\d+\s+)?"
                    r"(?:a la|au|aux|a l')\s*$")


def _amended(text: str, lead: Sentence, m: AgreementMention) -> bool:
    return bool(AMENDS.search(fold(text[max(lead.start, m.start - 40):m.start])))


# "les trois conventions", "ces deux accords": a part the lead counted, told again
THE_COUNTED = re.compile(r"\b(?:les|ces|des)\s+(?:[\w-]+\s+)?$")


def compose_lead(work: Work) -> None:
    """Each part of the lead's batch is a segment with its own type, parties, figures."""
    lead = work.lead
    if work.n < 2 or not work.signing:
        return
    parts = _parts(work, lead)
    if not parts:
        return
    text = work.text
    composition = sorted((p.type, p.count) for p in parts)

    counts = {count for _, count in composition if count > 1}

    def restates(s: Sentence) -> bool:
        mine = sorted((m.type, m.count) for m in s.agreements if m.count and not m.ordinal)
        return mine == composition or any(
            ((m.type, m.count) in composition or m.count in counts and THE_COUNTED.search(
                fold(text[max(s.start, m.start - 12):m.start])))
            and (m.count or 0) > 1 for m in s.agreements if not m.ordinal and not m.others)

    # the lead told again, or one of its parts counted again, opens nothing new
    work.segments = [g for g in work.segments if not (
        g.sentence == lead.index or restates(work.sentences[g.sentence]))]
    lead_parties = work.parties_by_sentence.get(lead.index, [])
    amounts = [f for f in find_amounts(text, lead.start, lead.end)
               if f.extra["use"] == "funding" and not f.extra["equivalent"]]
    first = 0
    taken: set[int] = set()
    for index, part in enumerate(parts):
        span_end = parts[index + 1].start if index + 1 < len(parts) else lead.end
        own = [p for p in lead_parties if part.end <= p.mention.start < span_end
               and p.role_hint != "subject"] or (
            # "un prêt de 50 M€ de la BEI à l'ONEE, un don de … du Japon à …": its own two
            lender_and_borrower(fold_upto(text, len(text)), lead.mentions, part.start,
                                span_end) if part.count == 1 else [])
        segment = Segment(first, part.count, lead.index, part.type, False,
                          (part.start, part.end), parties=own, composed=True)
        work.segments.append(segment)
        taken.update(id(p.mention) for p in own)
        money = [f for f in amounts if part.end <= f.start < span_end]
        if len(parts) > 1 and money and money[0].extra.get("total"):
            # "deux protocoles et une convention … pour un montant global de 932 MDH": all
            # of them together, not the last part's
            work.todos.append(f"\"{short(work.article.quote(money[0].start, money[0].end))}\""
                              f" is reported for the {work.n} agreements together: say it in "
                              "the summary")
            work.used_figures.add(money[0].start)
            money = []
        if money and first + part.count <= len(work.agreements):
            each = part.count == 1 or EACH.match(fold(text[money[0].end:span_end]))
            for k in range(part.count):
                target = work.agreements[first + k]
                if each and target.funding is None:
                    target.funding = money[0]
            if not each:
                work.agreements[first].notes.append(
                    f"{money[0].value['amount']} {money[0].value['currency']} reported for "
                    f"the {part.count} agreements of this part together")
            work.used_figures.add(money[0].start)
        for k in range(part.count):
            if first + k < len(work.agreements):
                work.agreements[first + k].type = Fact("type", part.type, part.start, part.end)
        if part.count == 1 and not own:
            told = _told_by_its_noun(work, part.type)
            if told is not None:  # "La convention-cadre, conclue entre A, B et C, …"
                kind = told.agreements[0].type
                work.segments.append(Segment(first, 1, told.index, kind, False,
                                             (told.start, told.start)))
                own_told = {id(p.mention) for p in work.parties_by_sentence.get(told.index, [])}
                work.subject = [p for p in work.subject if id(p.mention) not in own_told]
                work.partners = [p for p in work.partners if id(p.mention) not in own_told]
                if first < len(work.agreements):  # "Cinq conventions" … "La convention-cadre"
                    mention = told.agreements[0]
                    work.agreements[first].type = Fact("type", kind, mention.start,
                                                       mention.end)
        first += part.count
    work.partners = [p for p in work.partners if id(p.mention) not in taken]
    work.segments.sort(key=lambda g: (g.sentence, g.evidence[0]))


def _told_by_its_noun(work: Work, kind: str) -> Sentence | None:
    """The first sentence after the lead that opens on the one agreement of a kind the
    lead counted ("La convention-cadre, conclue entre …", "Le mémorandum lie …")."""
    for s in work.sentences[work.lead.index + 1:]:
        opening = next((m for m in s.agreements if m.start - s.start < 25), None)
        if opening is not None and (opening.type == kind or kind == "convention-partenariat"
                                    and opening.type.startswith("convention")) and \
                s.agreements[0] is opening and not opening.plural and \
                not opening.ordinal and not opening.indefinite and DEFINITE.match(
                    fold(work.text[s.start:opening.end])):
            return s
    return None


# "Le prêt accordé à l'ONE s'élève à …", "La deuxième tranche …": one of the batch, by name
DEFINITE = re.compile(r"^\W*(?:le|la|l')\s*(?P<noun>pret|don|credit|subvention|garantie|"
                      r"convention|accord|contrat|protocole|memorandum)\b")
# "le groupe canadien Linamar investit …", "la société X investira …"
INVESTS = re.compile(r"\b(?:investi(?:t|ra|ront|ssent|ssait)|va investir|vont investir|"
                     r"engagera|engageront|consacrera|consacreront|"
                     r"prevoit d'investir|mobilise(?:ra)?|injecte(?:ra)?|s'implante(?:ra)?|"
                     r"s'installe(?:ra)?|implante(?:ra|ront)?|implanteront|construira|"
                     r"construiront|realisera|realiseront|ouvrira|ouvriront)\b")
COMPANY_HEADS = {"societe", "groupe", "entreprise", "firme", "compagnie", "company", "group",
                 "holding", "laboratoire", "consortium"}


def presented_further(work: Work) -> None:
    """Agreements the lead counts but does not describe, presented further down: a
    company with what it invests, a definite loan or grant with its amount. Each takes
    the next slot no segment holds (of its kind, when the batch has kinds)."""
    if work.n < 2:
        return
    text = work.text
    # "Le troisième, Nordtex, injectera 210 MDH": the third investor, not a rank of the
    # batch's agreements; the company it presents takes a slot like the others
    work.segments = [g for g in work.segments if not (
        g.ordinal and g.parties is None and _presents(work, work.sentences[g.sentence]))]
    held = {k for g in work.segments for k in range(g.first, g.first + g.size)
            if not g.composed}
    opened = {g.sentence for g in work.segments}
    # "deux conventions avec Aerolia et Alcoa": each partner's agreement, in the lead's order
    own = {fold(p.mention.name): k for k, p in enumerate(work.partners)} \
        if len(work.partners) == work.n else {}

    def take(s: Sentence, kind: str, evidence: tuple[int, int], parties: list[Party] | None,
             slot: int | None = None) -> bool:
        """Agreement ``slot`` (else the next free one of ``kind``) is the one ``s``
        presents; False when the batch has none left."""
        slot = slot if slot is not None and slot not in held else _free_slot(work, held, kind)
        if slot is None:
            return False
        held.add(slot)
        work.segments.append(Segment(slot, 1, s.index, "", False, evidence, parties=parties))
        return True

    for s in work.sentences:
        if s.index <= work.lead.index or s.earlier or s.title or s.index in opened:
            continue
        low = fold(text[s.start:s.end])
        several = _companies(text, s)
        if len(several) >= 2:
            # "Parmi les signataires figurent X, qui investit 620 MDH, Y (280 MDH) et Z
            # (190 MDH)": one agreement each, in turn
            for m in several:
                if not take(s, "other", (m.start, m.end), [Party(m, "with")]):
                    break
            continue
        bound = bound_by_its_words(text, s)
        if bound:  # "on retiendra l'accord tripartite impliquant A, B et C": one of the batch
            if not take(s, "other", (s.start, s.start), bound):
                break
            continue
        partner = _company(s) or _introduced(text, s) or next(
            (m for m in s.mentions if fold(m.name) in own), None)
        definite = DEFINITE.match(low)
        figures = [f for f in find_amounts(text, s.start, s.end) if f.extra["use"] == "funding"
                   and not f.extra["equivalent"] and not f.extra["total"]] or \
            find_jobs(text, s.start, s.end)
        presents = partner is not None and (INVESTS.search(low) or partner.extra.get(
            "introduced") or re.search(
            r"\b(?:avec|par)\s+(?:la |le |l')?(?:societe|groupe|entreprise)", low) or figures)
        if not (presents or (definite and figures)):
            continue
        kind = "other" if partner is not None and not definite else "accord"
        if not take(s, kind, (s.start, s.start),
                    [Party(partner, "with")] if partner is not None else None,
                    own.get(fold(partner.name)) if partner is not None else None):
            break
    work.segments.sort(key=lambda g: (g.sentence, g.evidence[0]))


def _presents(work: Work, s: Sentence) -> bool:
    """The sentence presents a company with what it invests."""
    low = fold(work.text[s.start:s.end])
    return _company(s) is not None and bool(INVESTS.search(low)) and bool(
        find_amounts(work.text, s.start, s.end) or find_jobs(work.text, s.start, s.end))


def _companies(text: str, s: Sentence) -> list[Mention]:
    """The companies a sentence presents each with its own figure (an amount in brackets
    or in a clause of its own after it), when it presents several; or several together
    with one figure each ("A et B investiront 90 MDH chacun")."""
    companies = [m for m in s.mentions if not m.vague and (m.kind == "company" or m.head
                                                           in COMPANY_HEADS)]
    # "…, tandis que le fabricant de cosmétiques X engage 18 MDH": X too, a name no
    # place's, presented with its own figure like the companies
    companies = [m for m in s.mentions if not m.vague and not m.extra.get("state") and (
        m in companies or m.kind == "other" and m.extra.get("proper") and
        m.kb_id is None and city_region(m.name) is None)]
    amounts = find_amounts(text, s.start, s.end)
    if len(companies) >= 2 and any(
            f.start > companies[-1].end and EACH_AFTER.match(fold(text[f.end:s.end]))
            for f in amounts):
        return companies
    own = [m for k, m in enumerate(companies) if any(
        m.end <= f.start < (companies[k + 1].start if k + 1 < len(companies) else s.end)
        for f in amounts)]
    return own if len(own) == len(companies) else []


def _company(s: Sentence) -> Mention | None:
    """The company a sentence presents (its subject, or the one after "avec"/"par")."""
    for m in s.mentions:
        words = m.name.split()
        named = fold(words[0]) != m.head or any(w[:1].isupper() or w[:1].isdigit()
                                                 for w in words[1:]) or (
            m.extra.get("proper") and words[0][:1].isupper())  # "l'emballeur SoussPack"
        if m.vague or m.extra.get("state") or not named:
            continue  # "la banque de projets" names no company
        if m.kind == "company" or m.head in COMPANY_HEADS:
            return m
    return None


INTRODUCED = re.compile(r"\b(?:entreprises?|societes?|groupes?|firmes?|industriels?|"
                        r"investisseurs?|operateurs?)\b[^.;:]{0,60}:\s*$")


def _introduced(text: str, s: Sentence) -> Mention | None:
    """ "Autre entreprise qui rejoint l'écosystème : Simoldes, pour …": the name a company
    word and a colon introduce."""
    for m in s.mentions:
        if not m.vague and not m.extra.get("state") and INTRODUCED.search(
                fold(text[s.start:m.start])):
            m.extra["introduced"] = True
            return m
    low = fold(text[s.start:s.end])
    for colon in re.finditer(":", low):
        if not INTRODUCED.search(low[:colon.end()]):
            continue
        name = re.match(r"\s*([A-Z0-9][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,4})",
                        text[s.start + colon.end():s.end])
        if name is not None:  # a name the tagger took for a person's
            start = s.start + colon.end() + name.start(1)
            found = Mention(name[1], start, start + len(name[1]), "company", False,
                            head=fold(name[1].split()[0]))
            found.extra["introduced"] = True
            return found
    return None


def _free_slot(work: Work, held: set[int], kind: str) -> int | None:
    typed = [k for k in range(work.n) if k not in held and work.agreements[k].type
             and work.agreements[k].type.value == kind]  # type: ignore[union-attr]
    free = typed or [k for k in range(work.n) if k not in held]
    return free[0] if free else None
