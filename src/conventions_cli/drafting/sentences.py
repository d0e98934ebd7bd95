"""The article's sentences as assembly reads them: where each says something was signed,
which agreements it mentions, whether it speaks of an earlier or a future one, and the
organizations and people it names (linked to the knowledge base).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from .baselinks import lenders_departments, mentions_in
from .countries import country_name, foreign_name, other_country
from .cues import IT_IS_ALSO
from .delegates import on_behalf_of, represented_by_their_heads
from .knowledge import KnowledgeBase
from .lexicon import future, infinitive, participle, stems
from .namelists import members_for_plurals
from .names import Mention, Person
from .normalize import MO, fold
from .objects import listed_objects, signed_objects
from .people import find_people
from .respectively import people_before_bodies
from .signing import AgreementMention, find_agreement_mentions, find_triggers, is_earlier
from .text import Article
from .trades import traded_names

__all__ = ["Sentence", "about_agreement", "day_words", "past_years", "pluperfect_news",
           "read_sentences"]


FUTURE = re.compile(r"\b(?:sera|seront|devrait|devraient|doit|doivent|va|vont|pourrait|"
                    r"pourraient|prevoit de|compte)\s+(?:etre\s+)?"
                    rf"{stems()}")
# "signeront le 20 juin prochain", "s'apprêtent à signer": unless the sentence also tells of
# a signing done ("ont signé une convention-cadre et signeront ensuite …")
WILL_SIGN = re.compile(rf"\b{future()}\b|\bs'appret\w* a {infinitive()}\b|"
                       # "a mandaté son président pour signer ces conventions"
                       rf"\b(?:mandate|habilite|autorise|charge)e?s?\b[^.;]{{0,40}}\b"
                       rf"(?:pour|a|de) {infinitive()}\b|"
                       # "la nécessité de maintenir un rythme soutenu de signature des
                       # conventions": signings in general, none done here
                       r"\b(?:necessite|rythme|cadence|accelerer|acceleration)\b[^.;]{0,60}"
                       r"\bd(?:e |')(?:\w+ et de )?signature\b")
PAST = re.compile(rf"\b(?:ont|a|avaient|avait|ete)\s+(?:\w+\s+)?{participle()}\b")


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


# "D'autres accords … sont en cours de négociation": agreements not signed yet
NEGOTIATED = re.compile(r"\b(?:sont|est|restent|reste) (?:encore |actuellement )?"
                        r"(?:en cours de (?:negociations?|discussions?|finalisation|preparation)|"
                        r"en (?:negociations?|discussions?|preparation))\b")


# "Deux autres accords spécifiques suivront": agreements to come
TO_FOLLOW = re.compile(r"\b(?:accords?|conventions?|protocoles?|memorandums?|contrats?|avenants?)"
                       r"\b[^.;]{0,40}\b(?:suivront|suivra|viendront|viendra)\b")


def _future(low: str) -> bool:
    """The sentence tells of a signing still to come, not of one done."""
    return bool(FUTURE.search(low) or TO_FOLLOW.search(low)) or bool(
        WILL_SIGN.search(low) or NEGOTIATED.search(low)) and not PAST.search(low)


# "cet accord constitue une déclaration d'intention": what the agreement told is, not one
# more agreement
PREDICATE = re.compile(r"\b(?:ce|cet|cette|ledit|ladite|le|la|l')\s*(?:accord|convention|"
                       r"protocole|memorandum|document|texte|contrat|partenariat)s?"
                       r"(?:[\s-]+cadre)?\s+(?:constitue|represente|est|consacre|se veut|"
                       r"prend la forme d')\s+(?:une?|en fait une?|donc une?)\s*$")


def _predicate(text: str, start: int, m: AgreementMention) -> bool:
    return m.indefinite and not m.plural and bool(
        PREDICATE.search(fold(text[max(start, m.start - 60):m.start])))


def _sentences(article: Article, doc: Any) -> list[Sentence]:
    lo = article.body[0]
    title_start = article.text.find(article.title, 0, lo) if article.title else -1
    out: list[Sentence] = []
    said: dict[str, list[Sentence]] = {}  # each sentence's words, to tell one repeated
    text = article.text
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        is_title = title_start >= 0 and title_start <= s < lo
        if (e <= lo or s >= article.body[1]) and not is_title:
            continue
        if not sent.text.strip():
            continue
        low = fold(text[s:e])
        tokens = list(sent)
        agreements = find_agreement_mentions(text, s, e)
        agreements = agreements + signed_objects(text, tokens, agreements)
        agreements = sorted(agreements + listed_objects(text, s, e, agreements),
                            key=lambda m: m.start)
        agreements = [m for m in agreements if not _predicate(text, s, m)]
        triggers = find_triggers(text, s, e)
        words = low.strip()
        for x in said.get(words, []) if len(words) > 30 else []:
            # a sentence a page repeats (its standfirst above the story) is told once, in
            # the story; a headline repeated (no full stop) is a headline both times
            if not re.search(r"[.!?»\"]\s*$", low):
                x.title = is_title = True
            elif not x.title:
                is_title = True
        more = MORE_SIGNATORIES.match(low)
        if more and not triggers and not agreements and out and not out[-1].title and any(
                fold(text[a:b]).startswith("signataire") for a, b in out[-1].triggers):
            triggers = [(s + more.start(1), s + more.end(1))]
        out.append(Sentence(len(out), s, e, tokens, triggers,
                            agreements, is_earlier(text, s, e),
                            _future(low), title=is_title))
        said.setdefault(words, []).append(out[-1])
    return out


# "Les départements signataires sont A et B. Il s'agit également de C et de D": the
# sentence after the signatories' list goes on with it
MORE_SIGNATORIES = re.compile(rf"\W*il ({IT_IS_ALSO}) d")


# "Après la conclusion d'un accord avec X à Porto, Y a scellé …": what
# was signed before the news, in a clause that opens the sentence
PRIOR = re.compile(r"\W*(?:apres|suite a|a la suite de|au lendemain de|dans la foulee de) "
                   r"(?:la conclusion|la signature|la ratification) d(?:'une?|u|e la|e l'|es) ")


def _prior_clause(text: str, s: Sentence) -> int | None:
    """Where the clause telling an earlier signing ends (the comma after the first body
    it names), when another agreement follows it in the sentence."""
    if not PRIOR.match(fold(text[s.start:s.start + 60])) or len(s.agreements) < 2:
        return None
    first = next((m for m in s.mentions if m.start > s.agreements[0].end), None)
    comma = text.find(",", first.end if first else s.agreements[0].end, s.end)
    if comma < 0 or not any(m.start > comma for m in s.agreements):
        return None
    return comma + 1


def read_sentences(article: Article, doc: Any, kb: KnowledgeBase, nlp: Any
                   ) -> tuple[list[Sentence], dict[str, Mention]]:
    """The body's sentences with their names, and, by a person's last name, the
    organization a title gives them somewhere in the article."""
    sentences = _sentences(article, doc)
    known = kb.phrase_matches(doc, nlp)
    dateline_start, dateline_end = (article.dateline[1], article.dateline[2]) \
        if article.dateline else (-1, -1)
    speaks_for: dict[str, Mention] = {}  # a person's last name -> the organization titled
    for s in sentences:
        # the dateline ("Fès — ") names the place, not a party; a headline before it stays
        tokens = [t for t in s.tokens if not dateline_start <= t.idx <= dateline_end]
        s.mentions = mentions_in(tokens, kb, known)
        represented_by_their_heads(article.text, s.mentions)
        on_behalf_of(article.text, s.mentions)
        s.people = find_people(s.tokens)
        s.mentions = traded_names(article.text, s.mentions, s.people)
        ranks = people_before_bodies(article.text, s, sentences[s.index - 1] if s.index
                                     else None)
        s.agreements = [m for m in s.agreements  # "la première" was a person
                        if not any(a <= m.start < b for a, b in ranks)]
        prior = _prior_clause(article.text, s)
        if prior is not None:  # "Après la conclusion d'un accord avec X, Y a scellé …"
            s.agreements = [m for m in s.agreements if m.start >= prior]
            s.mentions = [m for m in s.mentions if m.start >= prior]
        for m in s.mentions:
            if m.person is not None and not m.vague:
                speaks_for.setdefault(fold(m.person.name).split()[-1], m)
    _both_countries(sentences, kb, doc)
    members_for_plurals(article.text, sentences)
    _series_numbers(article.text, sentences)
    lenders_departments([m for s in sentences for m in s.mentions])
    return sentences, speaks_for


# "deux prêts, dont l'un de 225 M€ … Le second prêt …": the first of a pair, unnumbered
THE_ONE = re.compile(r"\b(?:dont|parmi lesquel(?:le)?s) l'une?\b|(?:^|[.;:,]\s*)l'une?\s+"
                     r"(?:de|d'|d'entre|porte|concerne|vise|est|a ete)\b")


def _series_numbers(text: str, sentences: list[Sentence]) -> None:
    """ "Le 2ème contrat-programme du secteur a été signé …", with no first one before it:
    the second of a series over the years, not the second agreement of the article; so are
    the ranks of its kind told after it ("le 6ème programme exécutif …, le 2ème programme
    … pour la jeunesse", each in its own series)."""
    mentions = [m for s in sentences for m in s.agreements]
    if not mentions or any(m.ordinal == 1 for m in mentions):
        return
    first = mentions[0]
    if not first.ordinal or first.ordinal < 2 or \
            first.ordinal == 2 and THE_ONE.search(fold(text[:first.start])):
        return
    numbers: set[int | None] = set()
    for s in sentences:
        out = []
        for m in s.agreements:
            if (m.ordinal or 0) > 1 and m.type == first.type:
                # another number of the series is another agreement, told as a new one
                out.append(replace(m, ordinal=None, indefinite=m.ordinal not in numbers))
                numbers.add(m.ordinal)
            else:
                out.append(m)
        s.agreements = out


def _both_countries(sentences: list[Sentence], kb: KnowledgeBase, doc: Any) -> None:
    """ "les ministres de l'Intérieur des deux pays", "son homologue, B", "les deux pays
    ont signé": Morocco's and the other state's, the one foreign country the article names
    ("Le Maroc et l'Espagne ont signé …", "la visite du président ghanéen"); without one,
    Morocco's alone."""
    if not any(m.extra.get("both_countries") == 1 for s in sentences for m in s.mentions):
        return
    foreign = other_country((m.country for s in sentences for m in s.mentions
                             if m.extra.get("state")), doc)
    for s in sentences:
        kept = []
        for m in s.mentions:
            if m.extra.get("both_countries") == 1:
                if foreign is None and m.extra.get("own_name"):
                    kept.append(m)  # a body named as its own, of a country left unknown
                    continue
                if foreign is None:
                    continue
                m.country = foreign
                m.name = country_name(foreign) if m.extra.get("state") else \
                    foreign_name(m.name, foreign)
                m.kb_id = kb.link_org(m)
            kept.append(m)
        s.mentions = kept


def day_words(text: str, s: Sentence) -> str:
    """The weekday or day the sentence dates its signing with ("vendredi", "19 juin")."""
    found = re.search(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
                      rf"\d{{1,2}}(?:er)? (?:{MO}))\b", fold(text[s.start:s.end]))
    return found.group(1) if found else ""


def same_day(one: str, other: str) -> bool:
    """Two sentences' day words may date one signing: the same words, or "hier" beside any
    day ("vendredi 24 novembre" in a caption, "signée hier" in the story it heads): the
    article's own day is unknown here, so "hier" contradicts none."""
    return one == other or "hier" in (one, other) and bool(one) and bool(other)


def about_agreement(text: str, s: Sentence) -> bool:
    """The sentence speaks of an agreement: it names one, or opens on a pronoun for one."""
    return bool(s.agreements) or s.signing or bool(re.match(
        r"\W*(?:elle|il|celle-ci|celui-ci|ce texte|le texte|ce document|le document)\b",
        fold(text[s.start:s.end])))


PAST_YEAR = re.compile(rf"\b(?:en|depuis|des|au cours de l'annee|courant) (?:(?:{MO}) )?"
                       r"((?:19|20)\d\d)\b")  # "conclu avec le Bénin en février 2020"
# "… signée en juin dernier entre A et B": right after its verb, a month gone by
LAST_MONTH = re.compile(rf"\W*(?:en |au mois d(?:e |'))?(?:{MO}) dernier\b")
FULL_DATE = re.compile(rf"\b\d{{1,2}}(?:er)? (?:{MO})\b")  # "le 14 novembre": a day
# "le projet de loi portant approbation de l'accord de prêt conclu …": a bill approves an
# agreement signed before; the signing it names is not the article's news
APPROVES = re.compile(r"\b(?:portant (?:approbation|ratification)|approuvant|ratifiant)\s+"
                      r"(?:de |du |des |d')?(?:la |le |l'|les )?[^.;]{0,60}$")


# "Le dernier de ces accords, signé le 29 décembre …": one of those the year told of
THESE = re.compile(r"\b(?:de|parmi|entre) ces (?:\w+ )?(?:accords|contrats|conventions|prets|"
                   r"memorandums|protocoles|dons)\b")


# "… ont signé jeudi un protocole amendant la convention signée en 1997": the year dates the
# agreement amended, named after the sentence's own signing verb
ANOTHER_DATED = re.compile(r"\b(?:accords?|conventions?|protocoles?|memorandums?|traites?|"
                           r"contrats?|chartes?)\b[^.;]{0,80}?\b(?:signee?s?|conclue?s?|"
                           r"paraphee?s?|adoptee?s?|ratifiee?s?)\s+(?:le\s+\S+\s+\S+\s+|en\s+|"
                           r"au\s+|a\s+\S+\s+en\s+)?$")


# "conclue avec X ayant investi depuis son entrée au Maroc en 2012", "avec Y, créée en
# 2009": the year of what the partner did, after the signing verb
PARTNER_ACT = re.compile(r"\b(?:ayant|depuis|creee?s?|fondee?s?|installee?s?|implantee?s?|"
                         r"presente?s?|etablie?s?)\b[^.;]{0,60}$")


def _year_of_another(year: re.Match[str], verb: int) -> bool:
    """The year dates an agreement named after the sentence's own signing verb (at `verb`,
    in the folded sentence the year was found in), or what a partner did."""
    found = ANOTHER_DATED.search(year.string, 0, year.start())
    act = PARTNER_ACT.search(year.string, verb, year.start()) if verb < year.start() else None
    # "Un avenant à la convention …, conclue en avril 2013, a été signé samedi": named
    # before the signing verb too, when the year comes before that verb
    return found is not None and (found.start() > verb or year.start() < verb) or \
        act is not None


def past_years(text: str, sentences: list[Sentence], year: int | None) -> None:
    """ "Le Gabon a également signé un accord du même type en 2013": a signing dated by an
    earlier year than the article's is history, when another sentence tells of this one;
    so is "la convention signée en juin dernier", beside "il a été procédé à la
    signature d'une convention"."""
    history = [s for s in sentences if s.signing and (year is not None and any(
        int(y.group(1)) < year and not _year_of_another(y, s.triggers[0][0] - s.start)
        for y in PAST_YEAR.finditer(fold(text[s.start:s.end]))) and not FULL_DATE.search(
        fold(text[s.start:s.end])) or all(
        APPROVES.search(fold(text[s.start:t[0]])) for t in s.triggers) or all(
        LAST_MONTH.match(fold(text[t[1]:s.end])) for t in s.triggers))]
    present = [s for s in sentences if s.signing and s not in history]
    if history and present and not any(THESE.search(fold(text[s.start:s.end])) and any(
            h.start < s.start for h in history) for s in present):
        for s in history:
            s.earlier = True


# "Auparavant, il avait signé avec son homologue l'accord …": the pluperfect of a story
# told after its press conference, not of a signing long before
PLUPERFECT = re.compile(rf"\bavai(?:t|ent)\s+(?:[\w'-]+\s+){{0,2}}?{participle()}\b")


def pluperfect_news(text: str, sentences: list[Sentence]) -> None:
    """Where no sentence tells of a signing but one tells of it in the pluperfect, and of
    nothing else earlier, that one is the news."""
    if any(s.signing for s in sentences):
        return
    for s in sentences:
        low = fold(text[s.start:s.end])
        if s.earlier and s.triggers and not s.future and PLUPERFECT.search(low) and \
                not is_earlier(text, s.start, s.end, pluperfect=False):
            s.earlier = False
            return
