"""Stage 5, assembly: how many agreements the article reports, and which facts are whose.

The number comes from the strongest evidence: an explicit count in a sentence that says
they were signed ("Six mémorandums", "13 conventions", "trois accords … ainsi qu'un
accord" = 4), then ordinals ("le troisième protocole"), then "N autres", then a list of
partners (one agreement each). Ordinals and sub-counts ("8 ont été signées dans …",
"Six autres conventions") open segments whose facts belong to their agreements; what the
lead says of all of them together (a total) goes to the event, not to each agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .amounts import SPELLED, find_amounts, find_jobs, find_periods, parse_count
from .dates import Published, find_dates
from .facts import Fact
from .linking import KnowledgeBase, Party, mentions_in, signing_parties
from .mentions import Mention, Person, find_people
from .normalize import fold, fold_upto
from .places import find_places
from .signing import (
    AgreementMention,
    event_days,
    find_agreement_mentions,
    find_events,
    find_named_events,
    find_triggers,
    is_earlier,
)
from .text import Article

__all__ = ["Assembled", "Drafted", "assemble"]

MAX_AGREEMENTS = 60
FUTURE = re.compile(r"\b(?:sera|seront|devrait|devraient|doit|doivent|va|vont|pourrait|"
                    r"pourraient|prevoit de|compte)\s+(?:etre\s+)?(?:co)?sign")
SUBCOUNT = re.compile(rf"\b(?P<n>\d{{1,3}}|{SPELLED})\s+(?:d'entre elles\s+|d'entre eux\s+)?"
                      r"(?:ont|a)\s+ete\s+(?:signe|conclu|paraphe|scelle)")


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    tokens: list[Any]
    triggers: list[tuple[int, int]]
    agreements: list[AgreementMention]
    earlier: bool
    future: bool
    mentions: list[Mention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    title: bool = False

    @property
    def signing(self) -> bool:
        return bool(self.triggers) and not self.earlier and not self.future and not self.title

    def trigger_near(self) -> tuple[int, int]:
        return self.triggers[0] if self.triggers else (self.start, self.start)


@dataclass
class Drafted:
    """One agreement's facts, each a Fact (value + where the article says it)."""

    type: Fact | None = None
    date: Fact | None = None
    place: Fact | None = None
    event: Fact | None = None
    funding: Fact | None = None
    period: Fact | None = None
    jobs: Fact | None = None
    parties: list[tuple[Mention, str]] = field(default_factory=list)  # mention, evidence
    notes: list[str] = field(default_factory=list)
    group: str = ""


@dataclass
class Assembled:
    agreements: list[Drafted]
    count_fact: Fact | None
    total: Fact | None
    event: Fact | None
    presided: list[Person]
    todos: list[str]


def _sentences(article: Article, doc: Any) -> list[Sentence]:
    lo = article.body[0]
    title_start = article.text.find(article.title, 0, lo) if article.title else -1
    out: list[Sentence] = []
    text = article.text
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        is_title = title_start >= 0 and title_start <= s < lo
        if (e <= lo or s >= article.body[1]) and not is_title:
            continue
        if not sent.text.strip():
            continue
        low = fold(text[s:e])
        out.append(Sentence(len(out), s, e, list(sent), find_triggers(text, s, e),
                            find_agreement_mentions(text, s, e), is_earlier(text, s, e),
                            bool(FUTURE.search(low)), title=is_title))
    return out


def _coordinated_total(text: str, mentions: list[AgreementMention]) -> int:
    """ "trois accords de prêt … ainsi qu'un accord de don" -> 4; the largest such sum."""
    best, run, last = 0, 0, None
    for m in mentions:
        if m.count is None or m.ordinal:
            last, run = None, 0
            continue
        gap = fold(text[last.end:m.start]) if last else ""
        if last is not None and (len(gap) <= 45 and re.search(r"\bet\b|ainsi qu|,|\bplus\b", gap)
                                 or len(gap) <= 110 and re.search(
                                     r"\b(?:et|ainsi qu'|ainsi que)\s*\S+\s*$", gap)) \
                and not re.search(r"[.;:]", gap):
            # "Trois contrats de prêts d'un montant de … et deux contrats de subventions" = 5
            run += m.count
        else:
            run = m.count
        best = max(best, run)
        last = m
    return best


@dataclass
class _Group:
    first: int  # index of its first agreement
    size: int
    sentence: int
    type: str
    ordinal: bool
    evidence: tuple[int, int]


def _count(text: str, sentences: list[Sentence]) -> tuple[int, Fact | None, bool]:
    """(number of agreements, the words that say it, whether it was only implied)."""
    explicit, fact = 0, None
    for s in sentences:
        if not (s.signing or (s.title and s.triggers)) or s.earlier:
            continue
        counted = [m for m in s.agreements if m.count and not m.ordinal and not m.others]
        explicit_here = [m for m in counted if _is_number(text, m) or m.per_project]
        total = _coordinated_total(text, counted) if explicit_here else 0
        if total > explicit:
            explicit = total
            first = explicit_here[0]
            before = fold(text[max(s.start, first.start - 25):first.start])
            number = re.search(rf"(?:\d{{1,3}}|\b(?:{SPELLED}))(?:\s+autres)?(?:\s+nouv\w*)?\s*$",
                               before)
            begin = first.start - (len(before) - number.start()) if number else first.start
            fact = Fact("count", total, begin, explicit_here[-1].end)
    ordinals = [m.ordinal for s in sentences if not s.earlier for m in s.agreements
                if m.ordinal and m.ordinal > 0]
    top_ordinal = max(ordinals, default=0)
    others = 0
    before = 0  # the highest ordinal met so far, in reading order
    for s in sentences:
        for m in s.agreements:
            if m.ordinal and m.ordinal > 0 and not s.earlier:
                before = max(before, m.ordinal)
            if m.others and m.count:
                # "La 4ème convention …, deux autres …": the 5th and 6th, not 8 + 2
                others = max(others, m.count + max(1, before))
    # "(cinq conventions), …, (quatre conventions)": the parts of a breakdown add up
    breakdown = max((sum(m.count or 0 for m in s.agreements if m.bracketed)
                     for s in sentences if not s.earlier and not s.title
                     and sum(1 for m in s.agreements if m.bracketed) >= 2), default=0)
    # Without a number: each agreement the article introduces as signed ("une convention
    # a été signée …", "un protocole a été signé …", "Deux autres déclarations …")
    listed = 0
    if explicit == 0:
        told: list[tuple[str, str, set[str]]] = []
        for s in sentences:
            if not s.signing:
                continue
            for m in s.agreements:
                if m.others and m.count:
                    listed += m.count
                elif m.indefinite and not m.ordinal:
                    day = _day_words(text, s)
                    names = {w for x in s.mentions if not x.vague
                             for w in re.findall(r"\w+", fold(x.name))}
                    if day and names and any(t == m.type and d == day and names <= n
                                             for t, d, n in told):
                        continue  # the lead told again, naming nobody new: the same one
                    told.append((m.type, day, names))
                    listed += 1
    n = max(explicit, top_ordinal, others, breakdown, listed if listed >= 2 else 0)
    if n:
        return min(n, MAX_AGREEMENTS), fact, explicit == 0
    signing = [s for s in sentences if s.signing]
    lead = next((s for s in signing if s.agreements), None)
    if lead is not None and any(m.count is None and m.plural for m in lead.agreements):
        return 0, None, True  # "des conventions avec A et B": one each, decided by partners
    if any(m.count == 1 for s in signing for m in s.agreements):
        return 1, None, False
    if any(s.agreements for s in signing) or any(s.title and s.agreements for s in sentences):
        return 0, None, True  # plural without a number: decided by the partners
    return 0, None, False


def _day_words(text: str, s: Sentence) -> str:
    """The weekday or day the sentence dates its signing with ("vendredi", "19 juin")."""
    found = re.search(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
                      r"\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
                      r"septembre|octobre|novembre|decembre))\b", fold(text[s.start:s.end]))
    return found.group(1) if found else ""


def _about_agreement(text: str, s: Sentence) -> bool:
    """The sentence speaks of an agreement: it names one, or opens on a pronoun for one."""
    return bool(s.agreements) or s.signing or bool(re.match(
        r"\W*(?:elle|il|celle-ci|celui-ci|ce texte|le texte|ce document|le document)\b",
        fold(text[s.start:s.end])))


def _described_parties(text: str, s: Sentence, evidence: tuple[int, int]) -> list[Party]:
    """Whom the clause an ordinal or a count opens says the agreement binds: "le deuxième
    établit un cadre … entre A et B", "la septième a été réalisée avec l'entreprise X",
    "trois conventions concernent X"."""
    low = fold(text)
    clause_end = s.end
    stop = re.search(r"[;.]|,?\s*(?:tandis qu|alors qu|et (?:le|la) (?:second|deuxieme|"
                     r"troisieme|dernier))", low[evidence[1]:s.end])
    if stop:
        clause_end = evidence[1] + stop.start()
    # "concerne" names a partner only through a company noun: "concerne la création d'un
    # Centre …" is what it is about, not whom it binds
    cue = re.search(r"\b(?:entre|avec)\s|\bconcerne(?:nt)?\s+(?=(?:la |le |les |l')?"
                    r"(?:societes? |groupes? |entreprises? |cooperatives? |firmes? ))",
                    low[evidence[1]:clause_end])
    if not cue:
        return []
    at = evidence[1] + cue.end()
    named = [m for m in s.mentions if not m.vague and at <= m.start < clause_end]
    if not named or named[0].start - at > 30:
        return []  # "entre les parties signataires en vue de … la société X": not a list
    if not cue.group(0).startswith("entre"):
        named = named[:1]  # one partner after "avec" or "concerne"
    return [Party(m, "with") for m in named]


def _next_slot(groups: list[_Group]) -> int:
    """The first agreement no segment has taken yet."""
    return max((g.first + g.size for g in groups), default=0)


def _is_number(text: str, m: AgreementMention) -> bool:
    """The count was written as a number (not just "la" / "une")."""
    before = fold(text[max(0, m.start - 25):m.start])
    return bool(re.search(rf"(?:\b\d{{1,3}}|\b(?:{SPELLED}))(?:\s+autres)?(?:\s+nouv\w*)?\s*$",
                          before)) and not re.search(r"\b(?:une?|la|le|l')\s*$", before)


def _nearest(facts: list[Fact], point: int) -> Fact | None:
    return min(facts, key=lambda f: abs(f.start - point)) if facts else None


def _resolve_bare(mention: Mention, history: list[Mention]) -> Mention | None:
    """ "la Banque" -> the last fuller mention with the same head noun; "le ministre du
    Tourisme" -> the ministry whose full name starts so; "ADM" -> the name it abbreviates."""
    short = fold(mention.name)
    # "l'UMP d'Oujda", "la BAD pour le Maroc": a known acronym and where it sits
    located = re.match(r"([A-Z][A-Z0-9&-]+)\s+(?:de |d'|du |pour )", mention.name)
    for earlier in reversed(history):
        if earlier.acronym and mention.name == earlier.acronym and earlier.name != mention.name:
            return earlier
        if located and earlier.acronym == located.group(1):
            return earlier
        if mention.head == "wilaya" and mention.bare and earlier.head == "region" \
                and not earlier.bare and not earlier.vague:
            # "le wali de la région", the region named earlier: its Wilaya
            return Mention("Wilaya de la " + re.sub(r"^R[ée]gion\b", "région", earlier.name),
                           mention.start, mention.end, "public-body", True, head="wilaya")
        if earlier.vague or earlier is mention or earlier.head != mention.head:
            continue
        if mention.bare and not earlier.bare:
            return earlier
        longer = fold(earlier.name)
        if not mention.bare and len(longer) > len(short) and longer.startswith(short) \
                and longer[len(short)] in ",( " and not mention.acronym:
            return earlier
    return None


def assemble(article: Article, doc: Any, pub: Published | None, kb: KnowledgeBase,
             nlp: Any) -> Assembled:
    text = article.text
    sentences = _sentences(article, doc)
    known = kb.phrase_matches(doc, nlp)
    history: list[Mention] = []
    dateline_end = article.dateline[2] if article.dateline else -1
    speaks_for: dict[str, Mention] = {}  # a person's last name -> the organization titled
    for s in sentences:
        tokens = [t for t in s.tokens if t.idx > dateline_end] if s.start <= dateline_end \
            else s.tokens
        s.mentions = mentions_in(tokens, kb, known)
        s.people = find_people(s.tokens)
        for m in s.mentions:
            if m.person is not None and not m.vague:
                speaks_for.setdefault(fold(m.person.name).split()[-1], m)
    todos: list[str] = []
    year = pub.year if pub else None

    n, count_fact, implied = _count(text, sentences)
    signing = [s for s in sentences if s.signing]
    if not signing and n == 0:
        return Assembled([], None, None, None, [], ["no signed agreement found in the article"])

    # Who signs, sentence by sentence (bare names resolved to their fuller mention).
    parties_by_sentence: dict[int, list[Party]] = {}
    for s in sentences:
        resolved = []
        for m in s.mentions:
            full = _resolve_bare(m, history) if m.kb_id is None else None
            if m.bare and full is None and m.kb_id is None:
                m.vague = True
            elif full is not None:
                m = Mention(full.name, m.start, m.end, full.kind, full.kind_sure, full.acronym,
                            list(full.aliases), full.country, m.person, m.title, full.head,
                            kb_id=full.kb_id)
            resolved.append(m)
            if not m.vague:
                history.append(m)
        s.mentions = _people_as_organizations(s, resolved, speaks_for)
        if s.signing or (s.triggers and s.title):
            found: list[Party] = []
            for trig in s.triggers:
                found.extend(signing_parties(text, s.start, s.end, trig, s.mentions))
            seen: set[int] = set()
            parties_by_sentence[s.index] = [p for p in found if not (
                id(p.mention) in seen or seen.add(id(p.mention)))]  # type: ignore[func-returns-value]

    # Segments: ordinals and sub-counts after the lead.
    groups: list[_Group] = []
    lead_index = signing[0].index if signing else 0
    top_ordinal = 0
    for s in sentences:
        if s.earlier or s.title:
            continue
        for m in s.agreements:
            if m.ordinal and m.ordinal > 0:
                counted = [g for g in groups if not g.ordinal and g.type == m.type and m.type
                           and g.size >= m.ordinal]
                first = counted[-1].first + m.ordinal - 1 if counted else m.ordinal - 1
                if not any(g.ordinal and g.first == first for g in groups):
                    groups.append(_Group(first, 1, s.index, m.type, True, (m.start, m.end)))
                top_ordinal = max(top_ordinal, m.ordinal)
            elif m.others and m.count:
                start = max(top_ordinal, 1, _next_slot(groups))
                groups.append(_Group(start, m.count, s.index, m.type, False, (m.start, m.end)))
                top_ordinal = start + m.count
            elif m.indefinite and s.signing and n > 1 and _next_slot(groups) < n:
                # "une convention a été signée avec A …, un accord avec B …": one each, in turn
                groups.append(_Group(_next_slot(groups), 1, s.index, m.type, False,
                                     (m.start, m.end)))
            elif s.index > lead_index and m.count and _is_number(text, m) and n and m.count < n:
                used = sum(g.size for g in groups if not g.ordinal)
                start = used if used + m.count <= n else (groups[-1].first if groups else 0)
                groups.append(_Group(start, m.count, s.index, m.type, False, (m.start, m.end)))
        for found in SUBCOUNT.finditer(fold_upto(text, s.end), s.start, s.end):
            count = int(found["n"]) if found["n"].isdigit() else parse_count(found["n"])
            if count and n and count < n and not any(g.sentence == s.index for g in groups):
                used = sum(g.size for g in groups if not g.ordinal)
                groups.append(_Group(used, count, s.index, "", False,
                                     (found.start(), found.end())))
    groups.sort(key=lambda g: (g.sentence, g.evidence[0]))

    # Lead: the first signing sentence and what it says of all the agreements.
    lead = signing[0] if signing else sentences[0]
    lead_parties = parties_by_sentence.get(lead.index, [])
    signs_for_all = {"subject"}
    if any(p.role_hint == "with" for p in lead_parties):
        signs_for_all.add("agent")  # "signées par X avec A, B et C": X signs every one
    subject = [p for p in lead_parties if p.role_hint in signs_for_all]
    partners = [p for p in lead_parties if p.role_hint not in signs_for_all]
    segment_sentences = {g.sentence for g in groups}
    first_segment = min(segment_sentences, default=len(sentences))
    for s in signing[1:]:
        if s.index < first_segment and s.index not in segment_sentences:
            for p in parties_by_sentence.get(s.index, []):
                (subject if p.role_hint == "subject" else partners).append(p)
    if not subject and not partners:
        # A passive "ont été signées au siège du ministère …, sous la présidence de …":
        # the host is the one signing party the article names.
        for s in [lead] + [x for x in signing[1:2] if x.index < first_segment]:
            hosts = [m for m in s.mentions if not m.vague and re.search(
                r"(?:au siege d|sous la presidence d|presidee? par|sous l'egide d|"
                r"en compagnie d)[^,;]{0,25}$",
                fold(text[max(s.start, m.start - 50):m.start]))]
            subject = [Party(m, "host") for m in hosts]
            if subject:
                break
    if not subject and not partners:
        # "entre plusieurs partenaires institutionnels" … "en partenariat avec A, B et C"
        for s in sentences[lead.index + 1:lead.index + 7]:
            if s.index >= first_segment or s.earlier:
                break
            found = signing_parties(text, s.start, s.end, (s.start, s.start), s.mentions)
            if len(found) >= 2:
                partners = found
                todos.append("the signing sentence names no party; these come from: "
                             + _short(article.quote(s.start, s.end), 8))
                break
    partners = _unique(partners)
    subject = _unique(subject)
    if n > 1 and not subject and len(partners) == n + 1:
        # "entre la Région et les communes A, B, C et D" for four agreements: the first
        # named signs each of them, the others one each
        subject, partners = partners[:1], partners[1:]

    if n == 0:
        with_names = [p for p in partners]
        n = len(with_names) if len(with_names) >= 2 else 1
        if n == 1 and implied:
            todos.append("the article reports agreements without saying how many")
    agreements = [Drafted() for _ in range(n)]

    # Type: a group's own type, else the lead's types in order, else the first mention's.
    lead_types = [m for m in lead.agreements if m.type and not m.ordinal] or \
        [m for s in signing for m in s.agreements if m.type]
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
        mention = next((m for m in sentence.agreements
                        if (m.start, m.end) == g.evidence and m.type), None)
        carried = _carried_type(text, sentence, mention)
        if carried is not None:
            mention = carried
        elif mention and lead_kind and lead_kind.type != mention.type and re.fullmatch(
                r"conventions?|accords?", fold(text[mention.start:mention.end])):
            mention = lead_kind  # "la première convention" of "conventions d'investissement"
        if mention:
            for i in range(g.first, min(n, g.first + g.size)):
                agreements[i].type = Fact("type", mention.type, mention.start, mention.end)

    # Date, place, event: said once for all of them, in a signing sentence or else in the
    # sentences that set the scene just before the first one, in its paragraph.
    paragraph = text.rfind("\n", 0, lead.start) + 1
    scene = [s for s in sentences if paragraph <= s.start < lead.start and not s.title
             and not s.earlier]
    lead_zone = [s for s in signing if s.index < first_segment] or signing[:1]
    date = _signing_date(text, lead_zone, pub) or _signing_date(text, scene, pub, anywhere=True)
    place = _signing_place(article, doc, lead_zone) or _signing_place(article, doc, scene)
    about_signing = [s for s in sentences if not s.earlier and not s.title and re.search(
        r"\bsignature\b|\bsigne", fold(text[s.start:s.end]))]  # "La signature a eu lieu lors …"
    event = _event(text, lead_zone, year) or _event(text, scene, year) or \
        _event_on(text, sentences, date, year) or _event(text, about_signing, year)
    for a in agreements:
        a.date, a.place, a.event = date, place, event

    # Parties: the signatories sign every one; partners one each when they match the count.
    for a in agreements:
        a.parties.extend((p.mention, _quote_of(text, p.mention)) for p in subject)
    if partners:
        if len(partners) == n:
            for a, p in zip(agreements, partners, strict=True):
                a.parties.append((p.mention, _quote_of(text, p.mention)))
        elif n == 1 or len(partners) < n:
            for a in agreements:
                a.parties.extend((p.mention, _quote_of(text, p.mention)) for p in partners)
            if n > 1:
                todos.append(f"{len(partners)} partner(s) named for {n} agreements: "
                             "keep each agreement's own")
        else:
            for a in agreements:
                a.parties.extend((p.mention, _quote_of(text, p.mention)) for p in partners)
            todos.append(f"{len(partners)} partners named for {n} agreements: "
                         "keep each agreement's own")
    ordered_groups = sorted(groups, key=lambda g: (g.sentence, g.evidence[0]))
    lead_orgs = {id(p.mention) for p in subject}
    for gi, g in enumerate(ordered_groups):
        stop = next((h.sentence for h in ordered_groups[gi + 1:] if h.sentence > g.sentence),
                    len(sentences))
        speaking = [[p for p in parties_by_sentence.get(k, []) if id(p.mention) not in lead_orgs]
                    for k in range(g.sentence, stop)]
        speaking = [found for found in speaking if found]
        if not speaking and g.first < n:
            # "le deuxième établit un cadre … entre le CHU et la Caisse": who it binds
            described = _described_parties(text, sentences[g.sentence], g.evidence)
            speaking = [described] if described else []
        if not speaking or g.first >= n:
            continue
        if g.size == 1:
            targets = [[p for found in speaking for p in found]]
        elif len(speaking) == 1 and len(_unique(speaking[0])) == g.size:
            targets = [[p] for p in _unique(speaking[0])]  # one partner each
        else:
            targets = speaking  # "Pour ce qui est de la convention …, elle a été signée par …"
        for k, found in enumerate(targets[:g.size]):
            if g.first + k < n:
                agreements[g.first + k].parties.extend(
                    (p.mention, _quote_of(text, p.mention)) for p in _unique(found))

    # Money, jobs, periods: by segment, else the lead's.
    total = None
    segment_of: dict[int, _Group] = {}
    ordered = sorted(groups, key=lambda g: g.sentence)
    for idx, g in enumerate(ordered):
        stop = ordered[idx + 1].sentence if idx + 1 < len(ordered) else len(sentences)
        for k in range(g.sentence, stop):
            segment_of.setdefault(k, g)
    for s in sentences:
        if s.earlier or s.title:
            continue
        g = segment_of.get(s.index)
        amounts = [f for f in find_amounts(text, s.start, s.end)
                   if f.extra["use"] == "funding" and not f.extra["equivalent"]]
        jobs = find_jobs(text, s.start, s.end)
        periods = find_periods(text, s.start, s.end)
        if g is not None:
            target = agreements[g.first] if g.first < n else None
            if target is None:
                continue
            shared = g.size > 1
            for f in amounts[:1]:
                if shared:
                    target.notes.append(
                        f"{f.value['amount']} {f.value['currency']} reported for the "
                        f"{g.size} agreements of this group together (from: "
                        f"\"{_short(article.quote(f.start, f.end))}\")")
                elif target.funding is None:
                    target.funding = f
            for f in jobs[:1]:
                if target.jobs is None:
                    target.jobs = f if not shared else Fact(
                        "jobs", f.value, f.start, f.end,
                        f"jobs for the {g.size} agreements of this group together; split them",
                        f.extra)
            for f in periods[:1]:
                if target.period is None and (s.index == g.sentence or _about_agreement(text, s)):
                    target.period = f  # not "Ce forum s'inscrit dans la stratégie 2022-2026"
            continue
        if s.index >= first_segment:
            continue
        if n > 1 and not groups and len(amounts) == n and not any(
                f.extra["total"] for f in amounts) and all(a.funding is None for a in agreements):
            # "concernent A pour 400 M$, B (250 M$) et C (150 M$)": one amount each, in order
            for a, f in zip(agreements, amounts, strict=True):
                a.funding = f
            continue
        for f in amounts:
            if n == 1:
                if agreements[0].funding is None:
                    agreements[0].funding = f
            elif total is None and (s.signing or f.extra["total"]):
                total = f
        for f in jobs:
            if n == 1:
                if agreements[0].jobs is None:
                    agreements[0].jobs = f
            elif not groups and agreements[0].jobs is None:
                agreements[0].jobs = Fact("jobs", f.value, f.start, f.end,
                                          f"jobs reported for the {n} agreements together; "
                                          "split them", f.extra)
        for f in periods:
            for a in agreements:
                if a.period is None:
                    a.period = f

    agreements.extend(_earlier_agreements(text, sentences, date, pub, todos))

    presided = [p for s in signing for p in s.people if re.search(
        r"(?:sous la presidence d|presidee? par|en presence d)[^,;]{0,20}$",
        fold(text[max(s.start, p.start - 40):p.start]))]
    return Assembled(agreements, count_fact, total, event, presided, todos)


def _earlier_agreements(text: str, sentences: list[Sentence], date: Fact | None,
                        pub: Published | None, todos: list[str]) -> list[Drafted]:
    """An earlier agreement the article reports as signed ("le plan 2014-2020, signé au
    cours du mois de février 2013, … doté de 290 MDH") is a draft of its own."""
    found: list[Drafted] = []
    signed_on = date.value if date is not None and date.value else (pub.iso() if pub else None)
    for s in sentences:
        if not (s.earlier and s.triggers) or s.title:
            continue
        verbs = [t for t in s.triggers if not fold(text[t[0]:t[1]]).startswith("signature")]
        dates = [d for d in find_dates(text, s.start, s.end, pub)
                 if d.value and (signed_on is None or d.value < signed_on[:len(d.value)])]
        if not verbs or not dates:
            continue
        a = Drafted()
        kinds = [m for m in s.agreements if m.type]
        if kinds:
            a.type = Fact("type", kinds[0].type, kinds[0].start, kinds[0].end)
        a.date = _nearest(dates, verbs[0][0])
        amounts = [f for f in find_amounts(text, s.start, s.end)
                   if f.extra["use"] == "funding" and not f.extra["equivalent"]]
        a.funding = amounts[0] if amounts else None
        periods = find_periods(text, s.start, s.end)
        a.period = periods[0] if periods else None
        a.group = "an earlier agreement the article recalls; TODO: its parties and whether " \
                  "the new one follows it"
        found.append(a)
    return found


def _people_as_organizations(s: Sentence, mentions: list[Mention],
                             speaks_for: dict[str, Mention]) -> list[Mention]:
    """ "Karim Tazi et Paul Martin ont signé": people named alone sign for the organization
    the article gives them a title in, anywhere else."""
    def stands_for(name: str, start: int, end: int) -> Mention | None:
        words = fold(name).split()
        org = speaks_for.get(words[-1]) if 2 <= len(words) <= 4 else None
        if org is None or org.person is None or fold(org.person.name) != fold(name):
            return None
        return Mention(org.name, start, end, org.kind, org.kind_sure, org.acronym,
                       list(org.aliases), org.country, Person(name, start, end, org.title),
                       org.title, org.head, kb_id=org.kb_id)

    out = []
    for m in mentions:  # a name taken for a company's may be a titled person's
        person_org = stands_for(m.name, m.start, m.end) if m.extra.get("proper") else None
        out.append(person_org or m)
    for person in s.people:
        if any(m.start <= person.start < m.end or (m.person and m.person.start == person.start)
               for m in out):
            continue
        org = stands_for(person.name, person.start, person.end)
        if org is not None:
            out.append(org)
    return sorted(out, key=lambda m: m.start)


def _carried_type(text: str, sentence: Sentence, mention: AgreementMention | None
                  ) -> AgreementMention | None:
    """ "la première convention … porte sur le contrat-programme 2024-2030": the agreement
    is the contrat-programme it carries."""
    if mention is None:
        return None
    for other in sentence.agreements:
        if other.start > mention.end and other.type and other.type != mention.type and re.search(
                r"(?:porte|portant|porteront|portent) sur (?:le |la |l'|les |un |une )?$|"
                r"(?:concerne|relatif a|relative a|consacre|institue) (?:le |la |l'|un |une )?$",
                fold(text[max(mention.end, other.start - 30):other.start])):
            return other
    return None


def _unique(parties: list[Party]) -> list[Party]:
    """One party per organization; a later mention may add the person who signed for it."""
    seen: dict[str, Party] = {}
    out = []
    for p in parties:
        k = p.mention.kb_id or " ".join([fold(p.mention.name)] + (
            [f"({p.mention.country})"] if p.mention.country else []))
        for other in list(seen):  # "PSA" and "PSA Peugeot-Citroën": one company
            short = min(k, other, key=len)
            if other == k or " " in short or len(short) < 3 or not (
                    other.startswith(k + " ") or k.startswith(other + " ")):
                continue
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


def _quote_of(text: str, mention: Mention) -> str:
    return " ".join(text[mention.start:mention.end].split())


def _short(text: str, words: int = 10) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _signing_date(text: str, signing: list[Sentence], pub: Published | None,
                  anywhere: bool = False) -> Fact | None:
    """The first signing sentence's date; a weekday the publication date cannot resolve
    ("ce vendredi", published in March) gives way to the day a later sentence spells out."""
    unresolved = None
    for s in signing:
        dates = [d for d in find_dates(text, s.start, s.end, pub) if d.extra["signing"]]
        resolved = [d for d in dates if d.value]
        if resolved:
            return resolved[0] if anywhere else _nearest(resolved, s.trigger_near()[0])
        if dates and unresolved is None:
            unresolved = dates[0] if anywhere else _nearest(dates, s.trigger_near()[0])
    return unresolved


def _signing_place(article: Article, doc: Any, signing: list[Sentence]) -> Fact | None:
    text = article.text
    for s in signing:
        places = [p for p in find_places(text, s.start, s.end) if p.extra["signing"]]
        if places:
            return _nearest(places, s.trigger_near()[0])
        abroad = _place_abroad(text, doc, s)
        if abroad:
            return abroad
    if article.dateline:
        from .places import city_region

        city, a, b = article.dateline
        found = city_region(city)
        if found:
            return Fact("place", {"place": found[0], "region": found[1]}, a, b,
                        extra={"signing": True, "dateline": True})
    return None


def _place_abroad(text: str, doc: Any, s: Sentence) -> Fact | None:
    """ "signé dimanche à Chinguetti": a capitalized name right after "à", close to the
    signing verb, that is not a Moroccan city of the gazetteer (those are found before)."""
    from .mentions import COUNTRIES, HEADS, MONTH_WORDS

    trigger = s.trigger_near()
    window_end = min(s.end, trigger[1] + 60)
    for tok in s.tokens:
        if tok.idx < trigger[1] or tok.idx > window_end or fold(tok.text) != "a":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or nxt.pos_ not in ("PROPN", "NOUN"):
            continue
        word = fold(nxt.text)
        if word in COUNTRIES or word in HEADS or word in MONTH_WORDS:
            continue
        name = nxt.text
        if doc[nxt.i + 1:nxt.i + 2] and doc[nxt.i + 1].text[:1].isupper() and \
                doc[nxt.i + 1].pos_ == "PROPN":
            name = doc[nxt.i:nxt.i + 2].text
        return Fact("place", {"place": name, "region": None}, tok.idx, nxt.idx + len(name),
                    todo="not a Moroccan city this tool knows: check it and its region",
                    extra={"signing": True})
    return None


def _event_on(text: str, sentences: list[Sentence], date: Fact | None, year: int | None
              ) -> Fact | None:
    """An event named anywhere whose days ("du 22 au 30 novembre") hold the signing day."""
    if date is None or not date.value or len(date.value) != 10:
        return None
    for s in sentences:
        for fact in find_events(text, s.start, s.end, year) + \
                find_named_events(text, s.start, s.end, None):
            days = event_days(text, fact, year)
            if days and days[0] <= date.value <= days[1]:
                return fact
    return None


def _event(text: str, signing: list[Sentence], year: int | None) -> Fact | None:
    for s in signing:
        events = find_events(text, s.start, s.end, year) or \
            find_named_events(text, s.start, s.end, year)
        if events:
            return events[0]
    return None
