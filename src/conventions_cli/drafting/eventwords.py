"""The events a signing happens at, as the sentence names them: "en marge du salon …",
"à l'occasion des Assises …", "lors du forum …", "Les travaux de la 6e session de la
commission mixte … ont été couronnés par la signature de …"."""

from __future__ import annotations

import re

from .facts import Fact
from .normalize import clean_name, fold, fold_upto
from .signing import ORDINALS

__all__ = ["find_events"]


EVENT_NOUNS = (r"salon|forum|assises|festival|conference|sommet|foire|exposition|"
               r"rencontre de haut niveau|rencontres?|"
               r"journees?|semaine|congres|colloque|seminaire|symposium|ceremonie|"
               r"visite|edition|gitex|siam|cop ?\d+|sitex|expo|biennale|caravane|"
               r"conclave|dialogue|mission|tournee|reunion de haut niveau|reunion|lancement|"
               r"inauguration|ouverture|session|match|tournoi|championnat|"
               r"(?:haute )?commission mixte|comite mixte|assemblees? (?:annuelles?|generales?)")
OF = r"d(?:e la |e l'|u |es |e |')"
ORDINAL_WORDS = r"\d+(?:-?(?:e|eme|ere|er)s?)?|[ivxl]+(?:e|eme|er|ere)s?|" + "|".join(
    k for k in ORDINALS if k.isalpha())  # "3es", "XIVe"
EVENT_INTRO = re.compile(
    rf"\b(?P<intro>en marge {OF}|a l'occasion {OF}|lors {OF}|lors (?=la |l')|au cours {OF}|"
    r"parallelement a (?=la |l')|"
    rf"a l'issue {OF}|au terme {OF}|"
    rf"dans le cadre {OF}|"
    rf"a la (?:cloture|ouverture) {OF}|"
    rf"(?:a|ont|avait|avaient) (?:co-?)?preside(?:\s*,[^.;,]{{0,60}}(?:,[^.;,]{{0,60}})?,|"
    r"\s+(?:a|au) [\w'-]+)?"  # "a présidé à Rabat la cérémonie …"
    rf"\s+(?=la |le |l'|les travaux))"
    # "lors de la tenue à Bamako de la 5e session …": where it was held, then the event
    # "lors de l'étape kényane de la tournée royale": the part of a tour, then the whole
    rf"\s*(?:(?:les )?(?:travaux|ouverture|cloture|tenue|etape(?:\s+[\w-]+)?)"
    rf"(?:\s+(?:a|au|aux|dans|en)\s+[^,;.]{{1,40}}?)? {OF}\s*)?"
    # "en marge de la participation de l'Office à la 4e édition du Salon …": what it joined
    rf"(?:participation {OF}[^,;.]{{1,60}}?\s(?:a|au|aux)\s+)?"
    rf"(?P<det>(?:la |le |l'|les |un |une |cette |ce |cet )?)(?P<name>(?:(?:{ORDINAL_WORDS})\s+"
    rf"(?:edition\s+{OF}\s*)?)?(?:{EVENT_NOUNS})\b)")
EVENT_END = re.compile(r",|;|\.|\s(?:(?:a laquelle|auquel|auxquels|qui|ou|organisee?|tenue?|"
                       r"initiee?|presidee?|ont|avec|pour|afin|entre|cette|dont)\b|sous la|"
                       r"sous l'|en presence|a |au |sur le theme|du \d{1,2}(?:er)?\s|le \d|ce |"
                       r"et (?:la|le|les|l')\b|(?:hier|mardi|lundi|mercredi|jeudi|vendredi|"
                       r"samedi|dimanche)\b)")
# what a ceremony opens, launches or inaugurates is an occasion of its own
OPENING = re.compile(r"\s+(?:d'|de (?:la |l')?|du\s+(?:\d+\w*|[a-z]+ieme)\s+)(?:inauguration|"
                     r"lancement|ouverture|cloture|presentation|pose de la premiere pierre|"
                     # "la cérémonie du 50ème anniversaire de l'association X"
                     r"anniversaire|celebration|commemoration)\b")
QUOTED = re.compile(r'\s*[«"]\s*(?P<q>[^»"]{2,80}?)\s*[»"]')
# "Les travaux de la 6e session de la commission mixte X … ont été couronnés par la
# signature de …", "le Forum X a été marqué par la signature …", "le salon s'est clôturé
# par la signature …": the event is the subject of the verb that the signing crowns.
CROWNED = re.compile(r"\b(?:(?:(?:a|ont|avait|avaient) ete|s'est|se sont)\s+(?:\S+\s+){0,6}?"
                     r"(?:couronne|marque|ponctue|sanctionne|cloture|solde|acheve|termine|"
                     r"conclu)e?s?|(?:a|ont|avait|avaient) pris fin)"
                     r"\s+(?:\S+\s+){0,6}?par\s+(?:la\s+)?signature\b")
SUBJECT_EVENT = re.compile(
    rf"\W*(?:(?:les |la |le |l')?(?:travaux|ouverture|cloture) {OF}\s*)?"
    rf"(?P<det>(?:la |le |l'|les |cette |ce |cet )?)(?P<name>(?:(?:{ORDINAL_WORDS})\s+"
    rf"(?:edition\s+{OF}\s*)?)?(?:{EVENT_NOUNS})\b)")


# a session of an elected council or assembly is named by whose session it is
COUNCIL_SESSION = re.compile(r"\s+(?:(?:ordinaire|extraordinaire|pleniere|inaugurale|"
                             r"annuelle)\s+)?(?:de la |du |de l')\s*(?:conseil|assemblee|"
                             r"chambre|parlement|commission|comite)\b")


def _crowned_subjects(low: str, start: int, end: int) -> list[re.Match[str]]:
    """The event a sentence opens with when the signing crowns it."""
    crowned = CROWNED.search(low, start, end)
    if crowned is None:
        return []
    dateline = DATELINE_BEFORE.match(low, start, crowned.start())
    subject = SUBJECT_EVENT.match(low, dateline.end() if dateline else start, crowned.start())
    return [subject] if subject else []


# "Tunis, 30 mai 2012 (MAP) - " before the sentence's subject (its date may be blanked out)
DATELINE_BEFORE = re.compile(r"[^\W\d][\w' -]{1,30},?\s*(?:\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}\s*)?"
                             r"(?:\([a-z\s]*\)\s*)?[-–—]\s*")


# "lors du troisième jour de « GITEX Africa 2025 »", "en marge de « Marrakech Expo »": an
# occasion whose name the article puts in quotation marks, no event noun before it
QUOTED_OCCASION = re.compile(
    rf"\b(?:en marge|a l'occasion|lors|au cours) {OF}\s*(?:(?:{ORDINAL_WORDS}|dernier|derniere)"
    rf"\s+(?:jour|journee|soiree|matinee)\s+{OF}\s*)?[«\"]\s*(?P<q>[^»\"]{{3,60}}?)\s*[»\"]")


def _quoted_occasions(text: str, low: str, start: int, end: int, year: int | None
                      ) -> list[Fact]:
    facts = []
    for m in QUOTED_OCCASION.finditer(low, start, end):
        name = clean_name(text[m.start("q"):m.end("q")])
        if not re.search(r"[A-Z]", name[:1]) or len(name.split()) > 8:
            continue  # a quoted phrase, not a name
        if year and not re.search(r"\b(?:19|20)\d{2}\b", name):
            name = f"{name} {year}"
        facts.append(Fact("event", {"name": name}, m.start(), m.end()))
    return facts


# "la visite d'État du président Macron au Maroc": a visit named by its visitor
VISITOR = re.compile(r"\s+(?:(?:officielle|d'[EÉ]tat|de travail|d'amitié)\s+)?(?:du|de la|de l')"
                     r"\s*(?:président|présidente|Président|Premier ministre|premier ministre|"
                     r"roi|Roi|reine|prince|chancelier|chancelière)\s+(?:[a-zà-ÿ]+\s+)?[A-ZÀ-Ý]"
                     # "la tournée royale en Afrique de l'Est": the King's, named by him
                     r"|\s+royale\b")


def find_events(text: str, start: int, end: int, year: int | None) -> list[Fact]:
    """Events named as the occasion of a signing: value {name, id_hint}."""
    low = fold_upto(text, end)
    facts = _quoted_occasions(text, low, start, end, year)
    for m in sorted([*EVENT_INTRO.finditer(low, start, end),
                     *_crowned_subjects(low, start, end)], key=lambda m: m.start()):
        noun = m["name"].split()[-1]
        after = low[m.end():m.end() + 80]
        named = bool(QUOTED.match(low, m.end())) or bool(re.match(
            r"[^,;.«\"]{0,70}[«\"]", after)) or bool(re.match(  # "la cérémonie de … « X »"
                r"[^;.«\"]{0,90}\bsous le theme\s*[«\"]", low[m.end():m.end() + 120]))
        if m["det"].strip() in ("un", "une") and not named and \
                not text[m.start("name"):m.start("name") + 1].isupper() and \
                not m["name"].endswith("de haut niveau"):
            continue  # "lors d'un sommet à Rabat": an occasion, no event named (a "réunion
            # de haut niveau" is the name two governments give their regular meeting)
        if noun in ("inauguration", "lancement") and re.match(
                r"\s+(?:de la |de l'|du |des )[a-z]", after):
            named = True  # "en marge de l'inauguration de l'usine": what was opened
        if noun == "ceremonie" and OPENING.match(after):
            named = True  # "lors de la cérémonie d'inauguration (du centre X)": an occasion
        if noun == "session" and COUNCIL_SESSION.match(after):
            named = True  # "lors de la session ordinaire du conseil régional de X"
        if re.fullmatch(r"visite|mission|tournee|reunion|inauguration|lancement|edition|"
                        r"ceremonie|session", noun) and not named and not (
                noun == "session" and m["name"] != noun) and not re.match(
                    r"\s+(?:de la |du |des |d')?\s*[A-Z]", text[m.end():m.end() + 40]) and \
                not (noun in ("visite", "tournee") and VISITOR.match(text, m.end())):
            continue  # a visit or a ceremony is an occasion, not an event, unless named
        if re.fullmatch(r"rencontres?|reunion|dialogue", noun) and not named and \
                re.match(r"\s+(?:entre|avec)\b", after):
            continue  # "lors de la rencontre entre le ministre et le PDG": a meeting
        if m["det"].strip() in ("ce", "cet", "cette"):  # "lors de cette commission mixte"
            named_before = _named_before(text, low, m["name"], m.start())
            if named_before is not None:
                facts.append(Fact("event", {"name": named_before}, m.start(), m.end()))
            continue
        limit = end
        if m.re is SUBJECT_EVENT:  # the subject ends where the verb the signing crowns begins
            verb = CROWNED.search(low, m.end(), end)
            limit = verb.start() if verb else end
        stop = EVENT_END.search(low, m.end(), min(limit, m.end() + 140))
        name_end = stop.start() if stop else min(limit, m.end() + 100)
        quoted = QUOTED.search(low, m.end(), min(limit, m.end() + 120))
        if quoted and quoted.start() <= name_end + 1:
            name_end = max(name_end, quoted.end())
        if (stop is None or stop.group(0).strip() not in (",", ";", ".")) and \
                len(low[m.start("name"):name_end].split()) < 2:
            more = re.search(r"[,.;]", low[name_end:min(limit, name_end + 120)])
            name_end = name_end + more.start() if more else min(limit, name_end + 100)
        theme = re.search(r"\s+sous le theme\b", low[m.start("name"):name_end])
        if theme:
            name_end = m.start("name") + theme.start()
        said = None
        if m["det"].strip() in ("un", "une"):  # "une journée …, sous le thème « X »": the
            cue = re.match(r"[^;.«\"]{0,90}\bsous le theme(?=\s*[«\"])", after)  # theme names it
            said = QUOTED.match(low, m.end() + cue.end()) if cue else None
        raw = text[m.start("name"):name_end]
        name = clean_name(raw)
        if name.count('"') % 2:
            name += '"'
        name = re.sub(r'"\s*([^"]+?)\s*"', r"« \1 »", name)
        if len(name.split()) < 2 and not quoted:
            if year and re.fullmatch(r"[A-Z0-9 -]{3,}", name):
                name = f"{name} {year}"
            elif noun in ("salon", "forum", "festival", "conference", "sommet", "seminaire",
                          "ceremonie", "foire", "exposition", "rencontre", "rencontres",
                          "journee", "journees"):
                continue
        title = re.search(r"« (.+?) »", name)
        if title and re.search(r"salon|forum|festival|foire|exposition|sommet|conference|"
                               r"expo|biennale|gitex|siam", fold(name[:title.start()])):
            name = title.group(1)
            if year and not re.search(r"\b(?:19|20)\d{2}\b", name):
                name = f"{name} {year}"
        if said is not None and len(name.split()) <= 3:  # "Journée de travail": too bare
            name = f"{name} « {clean_name(text[said.start('q'):said.end('q')])} »"
        name = name[:1].upper() + name[1:]
        facts.append(Fact("event", {"name": name}, m.start(), name_end,
                          extra={"presided": m.re is EVENT_INTRO and "preside" in m["intro"]}))
    return facts


def _named_before(text: str, low: str, noun: str, before: int) -> str | None:
    """What "cette commission mixte" points back to: the first mention, earlier in the
    article, of the same kind of event told apart by an ordinal or a qualifier ("la
    cinquième haute commission mixte maroco-qatarie", "la 12e édition du Forum X")."""
    kind = re.escape(re.sub(r"^(?:haute )", "", noun)).replace(r"\ ", r"\s+")
    found = re.search(rf"\b(?P<name>(?:(?:{ORDINAL_WORDS})\s+(?:edition\s+{OF}\s*)?)?"
                      rf"(?:haute\s+)?{kind}(?P<more>(?:\s+[a-z][a-z'-]*(?:-[a-z]+)+|"
                      rf"\s+{OF}\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,3}})?))",
                      low[:before])
    if found is None or not (found["more"] or re.match(rf"(?:{ORDINAL_WORDS})\s", found["name"])):
        return None
    name = clean_name(text[found.start("name"):found.end("name")])
    return name[:1].upper() + name[1:]
