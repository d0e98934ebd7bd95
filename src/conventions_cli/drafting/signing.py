"""Agreements as the article mentions them, the words of signing, and events.

"trois protocoles d'accord", "la deuxième convention", "Six autres conventions", "ont
signé", "ont procédé à la signature", "paraphé", "scellé"; "en marge du salon …",
"à l'occasion des Assises …", "lors du forum …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .amounts import SPELLED, parse_count
from .facts import Fact
from .lexicon import RATIFYING, RECORDING, SIGNING, any_form, just_done, nouns, participle
from .normalize import clean_name, fold, fold_upto

__all__ = ["AgreementMention", "find_agreement_mentions", "find_events", "find_triggers",
           "is_earlier"]

# type -> its names (folded, plural allowed), most specific first.
TYPES: list[tuple[str, str]] = [
    ("convention-cadre", r"(?:conventions?|accords?)[\s-]+cadres?"),
    ("contrat-programme", r"contrats?[\s-]+programmes?"),
    ("protocole-accord", r"protocoles? d'(?:accord|entente)s?|protocoles?"),
    ("memorandum", r"memorand(?:um|a)s?(?: d'(?:entente|accord)| of understanding)?|\bmous?\b"),
    ("avenant", r"avenants?"),
    ("other", r"conventions? d'investissements?|contrats? d'investissements?|chartes?|"
              r"pactes?|declarations? (?:d'intention|conjointes?)|lettres? d'intention|"
              r"arrangements? (?:administratifs?|de cooperation)"),
    # an exchange of notes or letters between two governments is how a treaty is concluded
    ("accord", r"echanges? d(?:e|es) (?:notes|lettres)(?: (?:diplomatiques|verbales))?"),
    ("accord", r"(?:conventions?|accords?|contrats?) (?:de (?:pret|don|garantie|financement|"
               r"credit|subvention)|de (?:pret|don|garantie|subvention)s?)(?! et de partenariat)|"
               r"accords? de (?:pret|don|garantie|financement)"),
    ("convention-partenariat", r"conventions? de (?:partenariat|cooperation)|"
                               r"accords? de partenariat|"
                               r"conventions? specifiques?|conventions?"),
    ("accord", r"accords?(?! de (?:principe|libre[- ]echange))"),
    ("other", r"contrats?(?! de travail)"),
    # "17 instruments juridiques": agreements of kinds the article may say further on
    ("", r"instruments? juridiques?"),
]
TYPE_RE = re.compile("|".join(f"(?P<t{i}>\\b(?:{pat})\\b)" for i, (_, pat) in enumerate(TYPES)))
ORDINALS = {"premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "deuxieme": 2, "second": 2,
            "seconde": 2, "2e": 2, "2eme": 2, "troisieme": 3, "3e": 3, "3eme": 3,
            "quatrieme": 4, "4e": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
            "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12,
            "dernier": -1, "derniere": -1}
# "4e", "4ème", "12ème": written in figures
ORDINALS.update({f"{n}{suffix}": n for n in range(2, 31) for suffix in ("e", "eme")})
# Nouns that stand for one of the agreements once they are counted ("le premier volet").
STAND_INS = (r"partenariats?|engagements?|volets?|prets?|projets?|programmes?(?: de financement)?|"
             r"dons?|financements?|accords?|conventions?|protocoles?|memorand(?:um|a)s?|mous?|"
             r"contrats?(?:[\s-]+programmes?)?|avenants?|chartes?")
ORDINAL_RE = re.compile(
    rf"\b(?:le|la|l'|un|une|du|au|de la|a la)\s+"
    rf"(?P<ord>{'|'.join(sorted(ORDINALS, key=len, reverse=True))})"
    rf"\s+(?P<noun>{STAND_INS})\b")
ELLIPTIC_ORDINAL = re.compile(
    rf"\b(?:la|le|du|au|une|un)\s+(?P<ord>{'|'.join(k for k in ORDINALS if k.isalpha())})"
    rf"(?=\s*,|\s+(?:concerne|porte|prevoit|vise|consiste|a ete|est|{participle()}|lie|engage|"
    r"etablit|instaure|definit|fixe|encadre|couvre|comprend|cible|permet|a pour|"
    r"unit|associe|relie|reunit|implique|"
    r"s'inscrit|traite|institue|met en place|ambitionne|entend))")
RANK_OPENER = re.compile(r"\b(?:en vertu|aux termes|au titre|dans le cadre|s'agissant|quant|"
                         r"en ce qui concerne|pour ce qui est|a travers|via|avec|par)"
                         r"(?:\s+(?:de|d'|a))?$")
# "une dizaine de conventions": about ten
APPROXIMATE = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
               "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "centaine": 100}
# Adjectives that stand before the noun they qualify ("deux importants accords", "trois
# grandes conventions", "quatre nouveaux protocoles"): the number still counts the noun.
PRENOMINAL = (r"(?:\s+(?:nouveaux|nouvelles|nouveau|nouvelle|importants|importantes|grands|"
              r"grandes|principaux|principales|vastes|veritables|ambitieux|ambitieuses|"
              r"premiers|premieres|derniers|dernieres|petits|petites|gros|precieux|"
              r"precieuses|solides))")
COUNT_BEFORE = re.compile(rf"(?:\bune (?P<approx>{'|'.join(APPROXIMATE)}) d(?:e |')|"
                          rf"\b(?P<num>\d{{1,3}})|\b(?P<words>{SPELLED}|plusieurs|des|"
                          r"de nouveaux|de nouvelles|les|ces|la|le|l'|une?|cette|ce|cet))"
                          r"(?P<autres>\s+autres)?" + PRENOMINAL + r"{0,2}"
                          r"\s*$")
TRIGGER = re.compile(
    rf"\b{any_form(SIGNING + RATIFYING)}\b|\b{nouns(signatories=True)}\b|"
    # "un don … a été acté par A et B", "A et B ont acté mardi une convention": recorded
    rf"\b(?:a|ont) ete {participle(verbs=RECORDING)}\b|"
    rf"\b{just_done()}\b|"
    rf"\b(?:(?:a|ont) {participle('singular', RECORDING)}|{just_done(RECORDING)})"
    # the object may come after when, where and with whom ("a finalisé hier, lundi 28
    # septembre, avec l'Office X (OX), un nouveau contrat de prêt")
    r"(?=\s+(?:[^\s.;:]+\s+){0,24}?(?:un|une|l'|la|le|"
    r"les|des|ce|cet|cette|ces|deux|trois|quatre)\s*(?:nouve(?:au|l|lle)x?s? )?"
    r"(?:accord|convention|protocole|memorandum|contrat|avenant|jumelage)s?\b)|"
    # "ont procédé à un échange de notes", "ont échangé des lettres": how states conclude
    r"\bprocede\w*(?:[\s,]+[^.;]{0,40}?)?\s+a\s+(?:un |l'|des )?echanges? (?:de |des )?"
    r"(?:notes|lettres)\b|"
    # "L'échange de lettres a été effectué par A et B": the exchange is the signing
    r"\bechanges? d(?:e|es) (?:notes|lettres)\b(?=[^.;]{0,60}?\b(?:a|ont) ete (?:effectue|"
    r"realise|opere)e?s?\b)|"
    r"\bont echange (?:les |des )(?:notes|lettres|instruments)\b|"
    r"\bapposent|\bapposee?s?\b|"
    # "a débuté par la conclusion d'un accord entre A et B": the noun of "conclure" with an
    # agreement as its object (alone it is as often the end of a speech)
    r"\bconclusions? d(?:e |')(?:un |une |l'|la |le |des |ce |cet |cette |ces |deux |trois |"
    r"quatre |plusieurs )?(?:nouve(?:au|l|lle)x?s? )?(?:accord|convention|protocole|memorandum|"
    r"contrat|avenant|charte|partenariat)s?\b|"
    # "la BAD a accordé un don de 510.000 dollars à …": a grant or loan made, its agreement
    r"\b(?:a|ont) (?:accorde|octroye|consenti)(?=\s+(?:[\w'-]+\s+){0,4}?(?:un|une|deux|trois|"
    r"quatre|des)\s+(?:nouve(?:au|l|lle)x?s?\s+)?(?:dons?|prets?|subventions?|credits?|"
    r"lignes? de credit)\b)")
PROGRAMME = (r"(?:plan|programme|contrat|convention|accord|protocole|memorandum|partenariat|"
             r"strategie|feuille de route|avenant)s?")
EARLIER = re.compile(rf"\b(?:precedente?s?|ancienne?s?|derniere?s?) {PROGRAMME}\b|"
                     rf"\b{PROGRAMME} (?:precedente?s?|anterieure?s?)\b|"
                     rf"\bavai(?:t|ent) (?:ete )?(?:{participle('singular')}|mobilise)|"
                     # "La précédente session avait vu la signature d'une convention"
                     r"\bavai(?:t|ent) (?:vu|connu|permis|donne lieu a|ete marquee? par) "
                     r"(?:la |a la )?signature\b|\bprecedente?s? (?:session|edition|visite)\b|"
                     # "suite à la signature de la convention-cadre, le 20 février": the news
                     # is what followed the signing of an agreement already known
                     r"\b(?:suite a|a la suite de|depuis|apres|au lendemain de) la signature "
                     r"(?:de la |de l'|du |des |de ce |de cet |de cette |de ces )|"
                     # "dans le sillage de la convention de 2019", not "… de cette visite"
                     r"\bfait suite\b|\bdans le sillage\b(?! d(?:e|u|es) (?:cette |la |sa |"
                     r"leur |ce |cet |l')?(?:visite|tournee|rencontre|forum|session|reunion|"
                     r"mission|voyage|sommet|conference|salon)s?\b)|\bprecedemment\b|"
                     # "une convention signée l'an dernier": a year before the article's
                     rf"\b{participle()}\s+(?:[\w'-]+\s+){{0,2}}?(?:l'an (?:dernier|passe)|"
                     r"l'annee (?:derniere|passee)|il y a (?:\w+ )?ans?)\b|"
                     # "en application de l'accord … signé entre A et B", "A rappeler que …"
                     r"\b(?:en application|en vertu|en execution|conformement|dans le cadre de "
                     r"la mise en \w*uv\w*)\s+(?:des dispositions\s+)?d(?!e cet?t?e? )"
                     r"[^.;,]{0,40}?\b"
                     r"(?:accord|convention|protocole|memorandum|contrat|charte)[^.;]{0,120}?"
                     rf"\b{participle()}\b|"
                     r"^\W*(?:a rappeler|pour rappel|rappelons)\b|"
                     # "une quinzaine de conventions déjà signées en moins d'un an",
                     # "40 conventions signées depuis 2016": a tally over time, not the news
                     rf"\b{participle()}\s+(?:[\w'-]+\s+){{0,3}}?(?:en moins d|"
                     r"depuis (?:le debut|l'an|janvier|\d|plus d)|au cours des (?:\w+ )?"
                     r"(?:derniers|dernieres)\b|(?:ces|les) (?:\w+ )?(?:derniers|dernieres) "
                     r"(?:mois|annees|semaines)\b)")


@dataclass(frozen=True)
class AgreementMention:
    type: str
    start: int
    end: int
    count: int | None = None  # an explicit number; None when plural without one
    plural: bool = False
    ordinal: int | None = None
    others: bool = False  # "six autres conventions"
    indefinite: bool = False  # "une convention", "un autre accord": a new one is introduced
    bracketed: bool = False  # "(cinq conventions)": a share of a breakdown
    per_project: bool = False  # "conventions relatives à sept projets": the count follows
    approximate: bool = False  # "une dizaine de conventions"


INDEFINITE_BEFORE = re.compile(r"(?:^|[\s(])(?:d')?(?:une?|une? autre|une? nouvel(?:le)?|"
                               r"une? nouveau)\s*$")
# "une série de conventions relatives à sept projets": one agreement per project
PER_PROJECT = re.compile(rf"^[^.;]{{0,40}}?\b(?:relatifs?|relatives?|portant sur|concernant|"
                         rf"liees? a|lies a|pour)\s+(?:a\s+)?(?:la realisation de\s+)?"
                         rf"(?P<n>\d{{1,3}}|{SPELLED})\s+(?:nouveaux\s+)?"
                         r"(?:projets|programmes|unites|usines)\b")


def _type_of(match: re.Match[str]) -> str:
    for i, (name, _) in enumerate(TYPES):
        if match.group(f"t{i}"):
            return name
    return "other"


def find_agreement_mentions(text: str, start: int, end: int) -> list[AgreementMention]:
    """Each mention of an agreement in text[start:end] with its count or ordinal."""
    low = fold_upto(text, end)
    found = []
    for m in TYPE_RE.finditer(low, start, end):
        words = m.group(0)
        kind = _type_of(m)
        at = m.start()
        draft_of = re.search(r"\bprojets? d'$", low[max(start, at - 10):at])
        if draft_of:
            at -= len(draft_of.group(0))  # "un projet d'accord" signed: an agreement
        elif kind == "accord" and re.match(r"accords?$", words) and re.search(
                r"\b(?:d'|en |un commun |selon l')$",
                low[max(0, at - 14):at]) and not (words.endswith("s") and low[at - 2:at] == "d'"):
            continue  # "d'accord", "en accord avec"; not "une dizaine d'accords"
        plural = bool(re.match(r"\w+s\b", words)) or bool(re.match(r"\w+s[\s-]", words))
        before = low[max(start, at - 40):at]
        count = None
        others = False
        approximate = False
        c = COUNT_BEFORE.search(before)
        if c:
            others = bool(c["autres"])
            if c["approx"]:
                count, approximate = APPROXIMATE[c["approx"]], True
            elif c["num"]:
                count = int(c["num"])
            elif c["words"] and c["words"] not in ("plusieurs", "des", "les", "ces",
                                                   "de nouveaux", "de nouvelles"):
                count = parse_count(c["words"]) if c["words"] not in (
                    "la", "le", "l'", "cette", "ce", "cet") else 1
        if count is None and not plural:
            count = 1
        ordinal = None
        o = ORDINAL_RE.search(low, max(start, m.start() - 20), m.end())
        if o and o.end() > m.start():
            ordinal = ORDINALS[o["ord"]]
        per_project = False
        if count is None and plural:
            per = PER_PROJECT.match(low[m.end():end])
            if per:
                count = parse_count(per["n"])
                per_project = count is not None
        indefinite = not plural and bool(INDEFINITE_BEFORE.search(before[-20:]))
        bracketed = bool(count) and bool(re.search(r"\(\s*[\w-]+\s*$", before)) and \
            low[m.end():m.end() + 3].lstrip().startswith(")")
        found.append(AgreementMention(kind, at, m.end(), count, plural, ordinal, others,
                                      indefinite, bracketed, per_project, approximate))
    for o in ELLIPTIC_ORDINAL.finditer(low, start, end):
        # "La première, signée avec …" / "la deuxième concerne …": the noun is understood
        head = low[max(0, start):o.start()].rstrip()
        # "En vertu de la deuxième, …", "Aux termes du deuxième, …": the rank opens a clause
        head = RANK_OPENER.sub("", head).rstrip()
        if head[-1:] not in ("", ".", ";", ":", ",") and not re.search(
                r"\b(?:tandis que|alors que|et)$", head):
            continue
        found.append(AgreementMention("", o.start("ord"), o.end("ord"), 1, False,
                                      ORDINALS[o["ord"]]))
    for o in ORDINAL_RE.finditer(low, start, end):
        if not any(f.start <= o.end("noun") and f.end >= o.start("noun") for f in found):
            found.append(AgreementMention("", o.start("noun"), o.end("noun"), 1, False,
                                          ORDINALS[o["ord"]]))
    found.sort(key=lambda f: f.start)
    found = _predicates(low, found)
    return [_amending(low, f, found[i + 1].start if i + 1 < len(found) else len(low))
            for i, f in enumerate(found)]


# "un protocole amendant la convention de 1999", "un accord modifiant le traité …": an
# agreement that changes another one is an amendment, whatever it is called
AMENDS = re.compile(r"[^.;:]{0,40}?\b(?:amendant|modifiant|completant|revisant|"
                    r"portant (?:amendement|modification|revision)\s+(?:du|de la|de l'|des))"
                    r"\s*(?:(?:le|la|l'|les|du|des)\s*)?(?:\w+\s+)?"
                    r"(?:conventions?|accords?|protocoles?|memorand|contrats?|traites?|chartes?)")


def _amending(low: str, f: AgreementMention, upto: int) -> AgreementMention:
    """The mention, an amendment when what follows it (before the next) amends another."""
    amends = AMENDS.match(low, f.end)
    if f.type and f.type != "avenant" and not f.plural and amends and \
            re.search(r"\b(?:amend|modifi|complet|revis|portant)", low[f.end:upto]):
        return replace(f, type="avenant")
    return f


def _predicates(low: str, found: list[AgreementMention]) -> list[AgreementMention]:
    """ "La deuxième convention est une déclaration conjointe", "la troisième est une
    convention-cadre": the predicate says what the numbered agreement is."""
    out: list[AgreementMention] = []
    for f in found:
        last = out[-1] if out else None
        if last is not None and last.ordinal is not None and f.type and f.ordinal is None \
                and not f.plural and re.fullmatch(
                    r"\s*,?\s*(?:(?:est|etait|constitue|consiste en)\s+(?:une?|un)|"
                    r"sous (?:la )?forme d(?:e |'une? |'un |'))\s*",
                    low[last.end:f.start]):
            out[-1] = replace(last, type=f.type, end=f.end)
            continue
        out.append(f)
    return out


# what denies a signing: "sans être signataire", "ne figure pas parmi les signataires"
NEGATED = re.compile(r"(?:\bsans (?:en |y )?(?:etre |avoir |figurer )?|"
                     r"\b(?:ne|n')\s*(?:[\w']+\s+){0,2}?(?:pas|jamais|plus|point)\s+"
                     r"(?:[\w']+\s+){0,4}?)$")


def find_triggers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where text[start:end] says something was signed."""
    low = fold_upto(text, end)
    spans = []
    for m in TRIGGER.finditer(low, start, end):
        if NEGATED.search(low, max(start, m.start() - 50), m.start()):
            continue  # "sans être signataire", "n'ont pas pris part à la signature"
        if m.group(0).startswith("signature"):
            # the noun, only where it speaks of signing one: "procédé à la signature",
            # "la signature de trois conventions", "cérémonie de signature"
            before = low[max(start, m.start() - 80):m.start()]
            after = low[m.end():min(end, m.end() + 120)]
            if not (re.search(r"(?:procede\w*(?:\s*,[^,.;]{1,45},|\s+[\w'-]+(?:\s+[\w'-]+)?)?"
                              r"\s+a|ceremonie de|occasion de|lors de|portant|porte|"
                              r"apposee?s? (?:leur|sa)|revetue? de)\s+(?:la\s+|les\s+|leurs?\s+)?$",
                              before) or TYPE_RE.search(after) and re.match(
                                  r"\s*(?:officielle\s+)?"
                                  r"(?:a [\w'-]+(?: [\w'-]+)?,?\s+|,[^,.;:]{1,50},\s*|"
                                  # "la signature hier, mercredi, d'une convention"
                                  r"(?:(?:hier|avant-hier|ce matin|lundi|mardi|mercredi|"
                                  r"jeudi|vendredi|samedi|dimanche)\b[\s,]*)+)?"
                                  r"(?:de|d'|du|des)\b", after)):
                # "signature à Fès de …", "la signature, jeudi à Rabat, de deux …"
                continue
            if re.match(r"\s*(?:electronique|numerique)", after):
                continue
        spans.append((m.start(), m.end()))
    return spans


def is_earlier(text: str, start: int, end: int) -> bool:
    """The sentence speaks of an earlier agreement or programme, not the one signed."""
    low = fold(text[start:end])
    return any(not (m.group(0).startswith("dern") and LAST_OF_A_BATCH.search(low, 0, m.start()))
               for m in EARLIER.finditer(low))


# "les cinq dernières conventions ont été signées": the last ones of a batch, signed now
LAST_OF_A_BATCH = re.compile(rf"\b(?:\d{{1,3}}|{SPELLED})\s+$|"
                             # "Enfin, la dernière convention, signée entre …": the last told
                             r"\benfin\s*,?\s*(?:la|le|les)\s+$")


EVENT_NOUNS = (r"salon|forum|assises|festival|conference|sommet|foire|exposition|"
               r"rencontre de haut niveau|rencontres?|"
               r"journees?|semaine|congres|colloque|seminaire|symposium|ceremonie|"
               r"visite|edition|gitex|siam|cop ?\d+|sitex|expo|biennale|caravane|"
               r"conclave|dialogue|mission|tournee|reunion de haut niveau|reunion|lancement|"
               r"inauguration|session|"
               r"(?:haute )?commission mixte|comite mixte|assemblees? (?:annuelles?|generales?)")
OF = r"d(?:e la |e l'|u |es |e |')"
ORDINAL_WORDS = r"\d+(?:-?(?:e|eme|ere|er)s?)?|[ivxl]+(?:e|eme|er|ere)s?|" + "|".join(
    k for k in ORDINALS if k.isalpha())  # "3es", "XIVe"
EVENT_INTRO = re.compile(
    rf"\b(?P<intro>en marge {OF}|a l'occasion {OF}|lors {OF}|lors (?=la |l')|au cours {OF}|"
    rf"a l'issue {OF}|au terme {OF}|"
    rf"dans le cadre {OF}|"
    rf"a la (?:cloture|ouverture) {OF}|"
    rf"(?:a|ont|avait|avaient) (?:co-?)?preside(?:\s*,[^.;,]{{0,60}}(?:,[^.;,]{{0,60}})?,)?"
    rf"\s+(?=la |le |l'|les travaux))"
    rf"\s*(?:(?:les )?(?:travaux|ouverture|cloture|tenue) {OF}\s*)?"
    rf"(?P<det>(?:la |le |l'|les |un |une |cette |ce |cet )?)(?P<name>(?:(?:{ORDINAL_WORDS})\s+"
    rf"(?:edition\s+{OF}\s*)?)?(?:{EVENT_NOUNS})\b)")
EVENT_END = re.compile(r",|;|\.|\s(?:(?:a laquelle|auquel|auxquels|qui|ou|organisee?|tenue?|"
                       r"initiee?|presidee?|ont|avec|pour|afin|entre|cette|dont)\b|sous la|"
                       r"sous l'|en presence|a |au |sur le theme|du \d|le \d|ce |"
                       r"et (?:la|le|les|l')\b|(?:hier|mardi|lundi|mercredi|jeudi|vendredi|"
                       r"samedi|dimanche)\b)")
# what a ceremony opens, launches or inaugurates is an occasion of its own
OPENING = re.compile(r"\s+(?:d'|de (?:la |l')?)(?:inauguration|lancement|ouverture|cloture|"
                     r"presentation|pose de la premiere pierre)\b")
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


def find_events(text: str, start: int, end: int, year: int | None) -> list[Fact]:
    """Events named as the occasion of a signing: value {name, id_hint}."""
    low = fold_upto(text, end)
    facts = _quoted_occasions(text, low, start, end, year)
    for m in sorted([*EVENT_INTRO.finditer(low, start, end),
                     *_crowned_subjects(low, start, end)], key=lambda m: m.start()):
        noun = m["name"].split()[-1]
        after = low[m.end():m.end() + 80]
        named = bool(QUOTED.match(low, m.end())) or bool(re.match(
            r"[^,;.«\"]{0,70}[«\"]", after))  # "la cérémonie de lancement de « X »"
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
                    r"\s+(?:de la |du |des |d')?\s*[A-Z]", text[m.end():m.end() + 40]):
            continue  # a visit or a ceremony is an occasion, not an event, unless named
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
