"""When, where and at which event the agreements were signed: said once for all of them,
in a signing sentence, or in the sentences that set the scene just before the first one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .abroad import known_abroad
from .dates import posted_day
from .drafts import Work
from .eventwords import find_events
from .facts import Fact
from .lexicon import any_form, nouns, participle
from .named_events import event_days, find_named_events, opening_day
from .normalize import fold, fold_upto
from .places import city_region, find_places
from .sentences import Sentence
from .signingday import _nearest, _quoted, _signing_date, _to_the_day
from .text import Article
from .visits import visit_during
from .words import COUNTRIES, HEADS, MONTH_WORDS

__all__ = ["set_scene"]


def set_scene(work: Work) -> None:
    """Date, place, event: the same for every agreement."""
    text, sentences, signing, pub, year = work.text, work.sentences, work.signing, work.pub, \
        work.year
    lead, first_segment, article, doc = work.lead, work.first_segment, work.article, work.doc
    paragraph = text.rfind("\n", 0, lead.start) + 1
    # a question ("En finira-t-on avec les bouchons à Casablanca ?") reports nothing
    scene = [s for s in sentences if paragraph <= s.start < lead.start and not s.title
             and not s.earlier and not text[s.start:s.end].rstrip().endswith("?")]
    if (BACK.search(fold(text[lead.start:lead.end])) or (
            TOLD_BEFORE.search(fold(text[lead.start:lead.end])) and any(
                s.index == lead.index - 1 and CEREMONY.search(fold(text[s.start:s.end]))
                for s in sentences))):
        # "Ensuite, les deux souverains ont assisté à la signature …", "… signées à
        # cette occasion": the sentence before, even in the paragraph before, sets the scene
        # (or, after a speech, the nearest one before it that says when)
        scene = scene + [s for s in reversed(sentences[:lead.index]) if not s.title
                         and not s.earlier and not s.future and s not in scene]
    lead_zone = [s for s in signing if s.index < first_segment] or signing[:1]
    # "Les deux pays avaient signé ce mémorandum le 9 mai": said before the scene's words
    recalled = _recalled(text, sentences, work)
    sequel = _sequel(text, sentences, lead_zone)  # "La cérémonie s'est tenue le 31 janvier"
    date = _signing_date(text, lead_zone, pub) or _signing_date(text, recalled, pub) or \
        _signing_date(text, scene, pub, anywhere=True) or \
        _signing_date(text, sequel, pub, anywhere=True) or \
        _signing_date(text, [s for s in sentences[max(0, lead.index - 2):lead.index]
                             if s.agreements and not (s.title or s.earlier or s.future)],
                      pub, anywhere=True)  # "La région s'est dotée, mardi, de son contrat …"
    date = _to_the_day(text, [s for s in signing if s not in lead_zone], pub, date) or \
        posted_day(article.posted, pub)
    abroad = work.kb.places  # the places abroad the base records agreements at
    place = _signing_place(article, doc, lead_zone, abroad) or \
        _signing_place(article, doc, scene, abroad) or \
        _signing_place(article, doc, recalled, abroad, dateline=False)
    if place is not None and place.extra.get("dateline") and scene:
        # "A cette occasion, …": where the scene was set, rather than where the wire filed
        place = _signing_place(article, doc, scene, abroad, dateline=False) or place
    if place is not None and place.extra.get("weak"):  # "…, signés jeudi à Rabat" further on
        place = _signing_place(article, doc, [s for s in signing if not s.earlier],
                               abroad) or place
    if place is None:  # "Signature à Smara de deux conventions": the headline says where
        place = _signing_place(article, doc, [s for s in sentences if s.title and s.triggers],
                               abroad)
    if place is None:  # "… ont signé hier un protocole. Les deux ont signé mardi à Settat …"
        place = _signing_place(article, doc, [s for s in signing if s not in lead_zone],
                               abroad, dateline=False, close=True)
    about_signing = [s for s in sentences if not s.earlier and not s.title and re.search(
        # "La signature a eu lieu lors …"
        rf"\b(?:{nouns()}|{any_form()})\b", fold(text[s.start:s.end]))]
    told = [s for s in sentences if not s.title and not s.earlier and not s.future]
    event = _event(text, lead_zone, year) or _event(text, sequel, year) or \
        _event(text, scene, year) or \
        _event_on(text, sentences, date, year) or _event(text, about_signing, year) or \
        _event(text, [s for s in told if ABOUT_AGREEMENT.search(fold(text[s.start:s.end]))],
               year, named=False) or \
        _event(text, [s for s in told if s.start < lead.start and OCCASION.search(
            fold(text[s.start:s.end]))], year) or \
        _event(text, [s for s in sentences if s.title and s.triggers], year) or \
        visit_during(text, lead_zone + scene + told, year, recalled=bool(
            THIS_VISIT.search(fold(text[lead.start:lead.end]))))  # (the headline's: "… lors du …")
    if place is None and event is not None:  # "la réunion mardi à Rabat de la 5e commission"
        place = _signing_place(article, doc, _naming(text, told, event), abroad) or \
            _named_after(text, event) or _visited(event)
    if any(abs(s.start + r.start() - a) < 60 or abs(s.start + r.start() - b) < 60
           for s in lead_zone for r in REMOTE.finditer(fold(text[s.start:s.end]))
           for a, b in s.triggers):
        # "ont signé mardi, en visioconférence, …": no one place to name; the event's own
        work.event_place, place = (place if event is not None else None), None
    if date is None and event is not None:  # "signées la journée de l'inauguration"
        date = opening_day(text, lead_zone, event, year)
    for a in work.agreements:
        a.date, a.place, a.event = date, place, event
    work.date, work.event = date, event
    _own_days(work)


# "Au terme de cette visite, …", "lors de sa visite": the signing during a visit told before
THIS_VISIT = re.compile(r"\b(?:ces|cet|cette|sa|son|leur) visite\b")
REMOTE = re.compile(r"\b(?:en|par|via) (?:visio-?conference|visio|videoconference)\b|"
                    r"\ba distance\b|\ben (?:mode )?(?:virtuel|distanciel)\b")


def _own_days(work: Work) -> None:
    """ "Le premier MoU a été signé le 25 juillet à Séoul. Le second … a été signé le 20
    juillet à New Delhi": an agreement told on its own, with the day and place of its own
    signing, keeps them rather than the lead's."""
    text, pub = work.text, work.pub
    starts = sorted({g.sentence for g in work.segments})
    for g in work.segments:
        if g.size != 1 or g.first >= len(work.agreements):
            continue
        upto = next((i for i in starts if i > g.sentence), len(work.sentences))
        own = [s for s in work.sentences[g.sentence:upto] if s.signing]
        day = _signing_date(text, own, pub)
        a = work.agreements[g.first]
        if day is not None and day.value and len(day.value) == 10 and (
                a.date is None or a.date.value != day.value):
            a.date = day  # its own day, and the place its sentences give
            place = _signing_place(work.article, work.doc, own, dateline=False)
            if place is not None:
                a.place = place
            continue
        # "… signée jeudi à Rabat …. Par ailleurs, une convention … a été signée, jeudi à
        # Casablanca": the same day (or none), its own place said right after its verb (not
        # "… un centre de formation à Azilal": where the project is)
        near = _signing_place(work.article, work.doc, own, dateline=False, close=True)
        if near is not None and (a.place is None or a.place.value != near.value):
            a.place = near


# A sentence about the agreements themselves ("ce rapprochement, établi en marge du Salon
# X, vise à …"), not about something else announced or held at an event.
ABOUT_AGREEMENT = re.compile(r"\b(?:conventions?|accords?|protocoles?|memorandums?|memoranda|"
                             r"contrats?|avenants?|chartes?|pactes?|partenariats?|"
                             rf"rapprochement|alliance|{nouns()}|{participle()})\b")


def _naming(text: str, sentences: list[Sentence], event: Fact) -> list[Sentence]:
    """The sentences that name ``event`` by the last words of its name ("… de la cinquième
    haute commission mixte maroco-qatarie" for "5ème haute commission mixte
    maroco-qatarie"): where it was held is where its agreements were signed."""
    words = re.findall(r"[a-z0-9'-]+", fold(re.sub(r"\(.*?\)|\b(?:19|20)\d{2}\b", "",
                                                      event.value["name"])))
    tail = " ".join(words[-3:]) if len(words) >= 2 else ""
    # "… lors de la 12e édition du SIAM", then "Le Salon X (SIAM) a ouvert ses portes hier à
    # Meknès": an event known by its acronym is named by it alone
    acronym = re.search(r"\b([A-Z][A-Z0-9]{2,})\s*$", re.sub(r"\s+(?:19|20)\d{2}\s*$", "",
                                                           event.value["name"]))
    if not tail and acronym is None:
        return []
    return [s for s in sentences if tail and tail in " ".join(re.findall(
        r"[a-z0-9'-]+", fold(text[s.start:s.end]))) or acronym is not None and re.search(
            rf"\b{acronym[1]}\b", text[s.start:s.end])]


# words that tie a signing to what the sentence before it told
BACK = re.compile(r"^\W*(?:par la suite|ensuite|puis|peu apres|apres quoi|dans la foulee)\b|"
                  r"\b(?:a|ont) (?:ensuite|par la suite) (?:preside|assiste)\b|"
                  r"\b(?:ce|cet|cette) (?:seminaire|forum|salon|rencontre|conference|colloque|"
                  r"atelier|congres|sommet|evenement) a ete (?:marque|couronne|ponctue)e? par|"
                  r"\b(?:a|en|pour) cette occasion\b|"
                  # "Deux conventions ont été signées en sa présence": of the one told before
                  r"\ben (?:sa|leur) presence\b|\bsous (?:sa|leur) presidence\b|"
                  r"\b(?:(?:a l'issue|au terme|a la fin|en marge|"
                  r"lors|au cours) (?:de|du)|durant|pendant) (?:ces|cet|cette|ce|leurs?|son|sa) "
                  r"(?:entretiens?|rencontres?|"
                  r"ceremonie|reunion|audience|travaux|visite|allocution|discours|intervention|"
                  r"forum|conference|seance|session|journee|assemblee|colloque)\b")


# "Les conventions ont été signées en présence de …" right after "X a présidé, mardi à
# Fès, la cérémonie de …": the definite plural is what that ceremony was held for
TOLD_BEFORE = re.compile(r"(?:^|,)\s*(?:les|ces) (?:conventions|accords|protocoles|memorandums|"
                         r"contrats|conventions-cadres|accords-cadres)\b(?:\s+[\w'-]+){0,4}?"
                         rf"\s+ont ete {participle('plural')}\b")
CEREMONY = re.compile(r"\b(?:a|ont) preside\b[^.;]{0,80}\bceremonie\b")


# "C'était en marge de …", "Cela s'est fait lors de …", "La cérémonie s'est tenue à
# l'occasion de …": a sentence whose subject is the signing just told
SEQUEL = re.compile(r"\W*(?:c'etait|c'est|ce fut|cela|ceci|celle-ci|celui-ci|"
                    r"(?:la|cette) (?:ceremonie|rencontre|signature)|l'evenement)\b")


def _sequel(text: str, sentences: list[Sentence], signing: list[Sentence]) -> list[Sentence]:
    """The sentences that go on about a signing sentence right before them."""
    after = {s.index + 1 for s in signing}
    return [s for s in sentences if s.index in after and not s.earlier and
            SEQUEL.match(fold(text[s.start:s.start + 40]))]


def _close(text: str, s: Sentence, place: Fact) -> bool:
    """Said right after a signing verb, or opening the sentence ("À Bruxelles, A et B ont
    présidé la cérémonie de signature …")."""
    return any(0 <= place.start - b <= 30 for _a, b in s.triggers) or bool(re.fullmatch(
        r"\W*(?:a|au|aux|en)\s+[^,;]+", fold(text[s.start:place.end])))


def _visited(event: Fact) -> Fact | None:
    """ "une visite de travail à Dakar": the city of the visit the agreements were signed at."""
    if "city" not in event.extra:
        return None
    city, start, end = event.extra["city"]
    known = city_region(city)
    return Fact("place", {"place": known[0] if known else city,
                          "region": known[1] if known else None}, start, end,
                extra={"signing": True, "event": True})


def _named_after(text: str, event: Fact) -> Fact | None:
    """ "le Forum de l'énergie de Rabat", "la 3e édition du Salon X de Dakhla": the city an
    event's name ends with is where it was held, and so where its agreements were signed."""
    named = [p for p in find_places(text, event.start, event.end) if p.value["region"]]
    if not named:  # "le Sommet Afrique-Europe de Bruxelles": a city abroad
        end_words = text[event.start:event.end][-40:]
        tail = ([None] + list(re.finditer(r"\b(?:de |d')\s*(?=[A-Z])", end_words)))[-1]
        at = event.end - len(end_words) + tail.end() if tail else -1
        low = fold_upto(text, event.end)
        got = known_abroad(low, at) if tail else None
        if got is None or text[got[1]:event.end].strip(" »\"'’)"):
            return None
        return Fact("place", {"place": got[0], "region": None}, at, got[1],
                    extra={"signing": True, "event": True})
    # "… de l'Agriculture de Meknès (SIAM)": the event's acronym may close its name
    rest = re.sub(r"\s*\([A-Z0-9&' -]{2,12}\)\s*$", "", text[named[-1].end:event.end])
    if rest.strip(" »\"'’)") or not re.search(
            r"\b(?:de|d')\s*$", fold(text[max(event.start, named[-1].start - 4):
                                            named[-1].start])):
        return None
    last = named[-1]
    return Fact("place", dict(last.value), last.start, last.end,
                extra={"signing": True, "event": True})


def _quoted_or_earlier(text: str, start: int, at: int) -> bool:
    """The words at ``at`` are inside a quotation of the sentence that begins at ``start``,
    or close after a day said to be past ("le 4 novembre dernier à l'occasion du salon X")."""
    return _quoted(text, start, at) or bool(re.search(
        r"\b(?:derni[eè]re?|pass[ée]e?|pr[ée]c[ée]dente?)\b", fold(text[max(start, at - 60):at])))


# "lors de la 1re conférence de la Commission, tenue en février 2019 à Niamey": an event
# held in a year before the article's, recalled, not the signing's
HELD_IN = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,\s*(?:qui s'est |qui a ete )?(?:tenue?s?|"
                     r"organisee?s?|deroulee?s?)\s+[^,.;]{0,40}?\b((?:19|20)\d\d)\b")


def _held_before(text: str, event: Fact, year: int | None) -> bool:
    held = HELD_IN.match(fold(text[event.end:event.end + 100]))
    return year is not None and held is not None and int(held[1]) < year


# "la coopération avec l'ONUDI, qui a débuté à l'occasion de la COP22": what began there
BEGAN_AT = re.compile(r"\b(?:debute|commence|demarre|lance|initie|nee?|entame)e?s?\s+"
                      r"(?:(?:a l'occasion|lors|en marge|au cours)\s+d[\w']*\s*"
                      r"(?:la |le |l'|les )?)?$")


# "La tenue du Salon X à Meknès a été l'occasion de …", "le Forum X a abrité …": a named
# event that sets the scene of the signing told next.
OCCASION = re.compile(r"\b(?:a ete|fut|etait|est|sera)(?:\s*,[^,]{0,30},)?\s+"
                      r"(?:aussi |egalement |une nouvelle fois )?l'occasion\b|"
                      r"\b(?:a|ont) abrite\b")


# "un contrat de reconnaissance à Ouarzazate": a place that may name the agreement (or
# its site) rather than where it was signed, when no verb stands between them
AFTER_AGREEMENT = re.compile(r"\b(?:accords?|conventions?|contrats?|protocoles?|memorandums?|"
                             rf"avenants?|chartes?|pactes?)\b(?:\s+(?!{any_form()}\b)"
                             r"[\w'-]+){0,4}\s+a\s*$")


# "ce mémorandum", "cette convention": the agreement the article is about
THIS_ONE = re.compile(r"\b(?:ce|cet|cette|ces|ledit|ladite|lesdits|lesdites)\s*$")


def _recalled(text: str, sentences: list[Sentence], work: Work) -> list[Sentence]:
    """Sentences that tell in the past perfect how the agreement the article is about was
    signed ("Les deux pays avaient signé ce mémorandum le 9 mai dernier à Riyad", in a
    report of its approval): they say when and where, as a signing sentence would."""
    kinds = {a.type.value for a in work.agreements if a.type is not None}
    return [s for s in sentences if s.earlier and s.triggers and not s.title and any(
        m.type in kinds and THIS_ONE.search(fold(text[max(s.start, m.start - 8):m.start]))
        for m in s.agreements)]


def _signing_place(article: Article, doc: Any, signing: list[Sentence],
                   known: Iterable[str] = (), dateline: bool = True, close: bool = False
                   ) -> Fact | None:
    """Where the first of these sentences says its signing took place; with ``close``, only
    a place said right after a signing verb ("ont signé mardi à Settat")."""
    text = article.text
    weak: Fact | None = None
    for s in signing:
        places = [p for p in find_places(text, s.start, s.end) if p.extra["signing"] and (
            not close or _close(text, s, p))]
        if close and not places:
            abroad = _place_abroad(text, doc, s, known)
            if abroad is not None and _close(text, s, abroad):
                return abroad  # "ont scellé, samedi à Londres, un accord"
            continue
        if places:
            place = _nearest(places, s.trigger_near()[0])
            if place is not None and AFTER_AGREEMENT.search(
                    fold(text[max(s.start, place.start - 60):place.start + 2])):
                weak = weak or place  # a later sentence may say "signés jeudi à Rabat"
                continue
            return place
        abroad = _place_abroad(text, doc, s, known)
        if abroad:
            return abroad
    if weak is not None:
        weak.extra["weak"] = True
        return weak
    # the dateline's city, else the one a headline opens on ("Laâyoune : signature …", a
    # whole city's name: not "Tanger Med", the port)
    for said, whose, whole in ((article.dateline, "the dateline's city", False),
                               (article.kicker, "the city the headline opens on", True)):
        if said is None or not dateline:
            continue
        city, a, b = said
        found = city_region(city)
        if found and (not whole or fold(found[0]) == fold(city)):
            return Fact("place", {"place": found[0], "region": found[1]}, a, b,
                        f"{whose}: the article does not say the signing took place there; "
                        "keep it only if a report says so",
                        extra={"signing": True, "dateline": True})
    return None


# a deed other than the signing, dated in the same sentence
OTHER_DEED = re.compile(r"\b(?:creee?s?|fondee?s?|nee?s?|inauguree?s?|lancee?s?|ouverte?s?|"
                        r"installee?s?|tenue?s?|organisee?s?|elue?s?|nommee?s?)"
                        r"\s+(?:le\s+|en\s+|l'an\s+)?$")


def _place_abroad(text: str, doc: Any, s: Sentence, known: Iterable[str] = ()
                  ) -> Fact | None:
    """ "signé dimanche à Chinguetti": a capitalized name right after "à", close to the
    signing verb, that is not a Moroccan city of the gazetteer (those are found before)."""

    trigger = s.trigger_near()
    window_end = min(s.end, trigger[1] + 60)
    low = fold_upto(text, s.end)
    for tok in s.tokens:
        if fold(tok.text) not in ("a", "au"):
            continue
        # "hier, vendredi, à Pékin", "hier au palais présidentiel à Accra", "le jeudi 28
        # mai, à Paris": a day, then where, however far the day is from the verb
        before = fold(text[max(s.start, tok.idx - 90):tok.idx])
        dated = re.search(rf"\b(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                          rf"(?:1er|\d{{1,2}}) (?:{'|'.join(MONTH_WORDS)})(?: (?:19|20)\d\d)?)"
                          r"(?:\W*|\s+(?:au|a la|dans le|dans la)\s+[^,.;]{0,35})$", before)
        if dated and OTHER_DEED.search(before[:dated.start()]):
            dated = None  # "une société créée le 3 mars 2010 à Paris": a day of its own
        if dated is None and tok.idx > trigger[1]:
            # "signés, hier, à la faveur d'une visite du roi X à Abidjan": where the visit
            # during which they were signed took place
            dated = re.search(r"\b(?:lors|a la faveur|a l'occasion|au cours|en marge|dans le "
                              r"cadre) d(?:e la|e sa|'une) visite\b[^.;:()]{0,70}$", before) or \
                re.search(r"\b(?:lors|a l'occasion|au cours|en marge|dans le cadre) "
                          r"d(?:u |e la |e l'|es )"
                          r"[^.;:]{0,160}\b(?:tenue?s?|organisee?s?|deroulee?s?)\s+"
                          r"(?:\w+\s+){0,2}$", fold(text[max(s.start, tok.idx - 220):tok.idx]))
            # "en marge de l'assemblée … tenue
            # récemment à Boston": where the meeting it was signed at was held
        if tok.idx > window_end and not (dated and tok.idx < s.end):
            continue
        # "À Paris, l'agence a signé …": the place that opens the sentence, a comma after it
        fronted = tok.i == s.tokens[0].i and bool(re.match(r"[\w' -]{2,30},", low[tok.idx + 2:]))
        if tok.idx < trigger[1] and not fronted and not (trigger[0] - tok.idx < 160 and (
                dated or re.search(r"\bprocede\w*\s+(?:[\w'-]+\s+){0,2}$", before))):
            # before the verb only after the day it was signed, or where "ont procédé
            # récemment à X, au Bahreïn, à la signature" says it
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper():
            continue
        # "à Dakar", "au Caire", "à New Delhi": a capital, or a place the base records
        if fold(tok.text) == "au":  # "au Caire" is in Le Caire; "au Sénégal", a country
            got = known_abroad("le " + low[nxt.idx:s.end], 0, known)
            sure = (got[0], nxt.idx + got[1] - 3) if got and got[0].startswith("Le ") else None
        else:
            sure = known_abroad(low, nxt.idx, known)
        if sure:
            return Fact("place", {"place": sure[0], "region": None}, tok.idx, sure[1],
                        extra={"signing": True})
        if fold(tok.text) != "a" or (nxt.pos_ not in ("PROPN", "NOUN")
                                     and nxt.ent_type_ not in ("LOC", "GPE")):
            continue
        word = fold(nxt.text)
        if word in COUNTRIES or word in HEADS or word in MONTH_WORDS:
            continue
        k = nxt.i + 1  # "à New Delhi", "à Kuala Lumpur City", "à Nosy-Be": a town's words
        while k < len(doc) and k - nxt.i < 4:
            if doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                    and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
                k += 2
            elif doc[k].text[:1].isupper() and doc[k].is_alpha and fold(doc[k].text) not in \
                    COUNTRIES:
                k += 1
            else:
                break
        name = doc[nxt.i:k].text
        return Fact("place", {"place": name, "region": None}, tok.idx, nxt.idx + len(name),
                    todo="not a Moroccan city this tool knows: check it and its region",
                    extra={"signing": True}) if city_region(name) is None else None
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


def _event(text: str, signing: list[Sentence], year: int | None, named: bool = True
           ) -> Fact | None:
    """The first event these sentences name: introduced as an occasion ("en marge du Salon
    X", "lors de cette commission mixte"), or, with ``named``, by a capitalized name alone."""
    for s in signing:
        events = find_events(text, s.start, s.end, year)
        if named and (not events or all(e.extra.get("presided") for e in events)):
            # "aux Assises X dont le roi a présidé la cérémonie d'ouverture": the event named
            events = find_named_events(text, s.start, s.end, year) or events
        if not named:  # anywhere in the article: not in a quote, not an earlier day's
            events = [e for e in events if not _quoted_or_earlier(text, s.start, e.start)]
        events = [e for e in events if not (_held_before(text, e, year) or BEGAN_AT.search(
            fold(text[max(s.start, e.start - 70):e.start])))]
        if events:
            return events[0]
    return None
