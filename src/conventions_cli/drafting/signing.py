"""Agreements as the article mentions them and the words of signing.

"trois protocoles d'accord", "la deuxième convention", "Six autres conventions", "ont
signé", "ont procédé à la signature", "paraphé", "scellé" (the events they happen at are
read in eventwords.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .agreementtypes import TYPES
from .amounts import APPROXIMATE, SPELLED, parse_count
from .lexicon import RATIFYING, RECORDING, SIGNING, any_form, just_done, nouns, participle
from .normalize import MO, WEEKDAYS, fold, fold_upto

__all__ = ["OWN_SIGNING", "AgreementMention", "dates_another", "find_agreement_mentions",
           "find_triggers", "is_earlier"]

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
             r"contrats?(?:[\s-]+programmes?)?|avenants?|chartes?|textes?|documents?")
ORDINAL_RE = re.compile(
    rf"\b(?:le|la|l'|un|une|du|au|de la|a la)\s+"
    rf"(?P<ord>{'|'.join(sorted(ORDINALS, key=len, reverse=True))})"
    rf"\s+(?P<noun>{STAND_INS})\b")
ELLIPTIC_ORDINAL = re.compile(
    rf"\b(?:la|le|du|au|une|un)\s+(?P<ord>{'|'.join(k for k in ORDINALS if k.isalpha())})"
    rf"(?=\s*,|\s+(?:concerne|porte|prevoit|vise|consiste|a ete|est|{participle()}|lie|engage|"
    r"etablit|instaure|definit|fixe|encadre|couvre|comprend|cible|permet|a pour|"
    r"unit|associe|relie|reunit|implique|"
    r"s'inscrit|traite|institue|met en place|ambitionne|entend|revet|prend la forme|"
    # "alors que le troisième relatif à …", "le cinquième concernant …"
    r"relatif|relative|portant|concernant|visant|dedie|dediee))")
RANK_IN_TURN = re.compile(rf"\b(?:la|le)\s+(?P<ord>{'|'.join(k for k in ORDINALS if k.isalpha())})"
                          r"(?=\s+(?:avec|par|entre)\b)")
RANK_OPENER = re.compile(r"\b(?:en vertu|aux termes|au titre|dans le cadre|s'agissant|quant|"
                         r"en ce qui concerne|pour ce qui est|a travers|via|avec|par)"
                         r"(?:\s+(?:de|d'|a))?$")
# Adjectives that stand before the noun they qualify ("deux importants accords", "trois
# grandes conventions", "quatre nouveaux protocoles"): the number still counts the noun.
PRENOMINAL = (r"(?:\s+(?:nouveaux|nouvelles|nouveau|nouvelle|importants|importantes|grands|"
              r"grandes|principaux|principales|vastes|veritables|ambitieux|ambitieuses|"
              r"premiers|premieres|derniers|dernieres|petits|petites|gros|precieux|"
              r"precieuses|solides))")
COUNT_BEFORE = re.compile(rf"(?:\bune (?P<approx>{'|'.join(APPROXIMATE)}) d(?:e(?=\s)|')|"
                          rf"\b(?P<num>\d{{1,3}})|\b(?P<words>{SPELLED}|plusieurs|des|"
                          r"de nouveaux|de nouvelles|les|ces|la|le|l'|une?|cette|ce|cet))"
                          r"(?P<autres>\s+autres)?" + PRENOMINAL + r"{0,2}"
                          r"\s*$")
TRIGGER = re.compile(
    rf"\b{any_form(SIGNING + RATIFYING)}\b|\b{nouns(signatories=True)}\b|"
    # "un don … a été acté par A et B", "A et B ont acté mardi une convention": recorded
    rf"\b(?:a|ont) ete {participle(verbs=RECORDING)}\b|"
    rf"\b{just_done()}\b|"
    rf"\b(?:(?:a|ont)(?: egalement| aussi| ainsi)? {participle('singular', RECORDING)}|"
    rf"{just_done(RECORDING)})"
    # the object may come after when, where and with whom ("a finalisé hier, lundi 28
    # septembre, avec l'Office X (OX), un nouveau contrat de prêt")
    r"(?=,?\s+(?:[^\s.;:]+\s+){0,24}?(?:(?:un|une|l'|la|le|"
    r"les|des|ce|cet|cette|ces|deux|trois|quatre)\s*(?:nouve(?:au|l|lle)x?s? )?"
    r"(?:accord|convention|protocole|memorandum|contrat|avenant|jumelage)s?\b|"
    # "a renouvelé également son contrat de partenariat avec la MAP" (not "son contrat"
    # alone, a coach's or a player's)
    r"(?:son|sa|ses|leur|leurs)\s+(?:accord|convention|protocole|memorandum|"
    r"contrat(?: de partenariat|-programme| programme))s?\b))|"
    # "Le gouvernement a aussi passé un accord avec la firme X": the everyday verb of a
    # contract, with the agreement right after it
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?passe(?=\s+(?:un|une|deux|trois|quatre|cinq)\s+"
    r"(?:nouve(?:au|l|lle)\s+)?(?:accord|convention|protocole|memorandum|contrat)s?\b)|"
    # "X conclut un accord avec Y": the present of "conclure", with the agreement it concludes
    r"\bconclut(?=\s+(?:[^\s.;:]+\s+){0,6}?(?:un|une|deux|trois|quatre|cinq)\s+"
    r"(?:nouve(?:au|l|lle)\s+)?(?:accord|convention|protocole|memorandum|contrat|partenariat)s?\b)|"
    # "la SFI réaffirme son engagement en concluant quatre accords avec A, B et C": the
    # gerund, with the agreements it concludes right after it
    r"\ben (?:(?:co)?sign|paraph|scell|conclu)ant(?=\s+(?:un|une|deux|trois|quatre|cinq|six|"
    r"sept|huit|neuf|dix|\d+|plusieurs|des|les)\s+(?:nouve(?:au|l|lle)x?s?\s+)?"
    r"(?:accord|convention|protocole|memorandum|contrat|avenant|charte)s?\b)|"
    # "ont procédé à un échange de notes", "ont échangé des lettres": how states conclude
    r"\bprocede\w*(?:[\s,]+[^.;]{0,40}?)?\s+a\s+(?:un |l'|des )?echanges? (?:de |des )?"
    r"(?:notes|lettres)\b|"
    # "L'échange de lettres a été effectué par A et B": the exchange is the signing
    r"\bechanges? d(?:e|es) (?:notes|lettres)\b(?=[^.;]{0,60}?\b(?:a|ont) ete (?:effectue|"
    r"realise|opere)e?s?\b)|"
    r"\bont echange (?:les |des )(?:notes|lettres|instruments)\b|"
    # "la cérémonie d'échange de plusieurs mémorandums", "(un mémorandum) échangé entre A et
    # B": at royal ceremonies the signed texts are exchanged
    r"\bceremonie d'echange d(?:e |es |')(?:\w+ )?(?:memorand|accords?|conventions?|"
    r"protocoles?|instruments?)|"
    r"\bechangee?s? (?:entre|par)\b(?=[^.;]{0,90}?\b(?:ministre|directeur|president|pdg|"
    r"m\.|mme|ambassadeur|gouverneur|secretaire)\b)|"
    r"\bapposent|\bapposee?s?\b|"
    # "a débuté par la conclusion d'un accord entre A et B": the noun of "conclure" with an
    # agreement as its object (alone it is as often the end of a speech)
    r"\bconclusions? d(?:e |')(?:un |une |l'|la |le |des |ce |cet |cette |ces |deux |trois |"
    r"quatre |plusieurs )?(?:nouve(?:au|l|lle)x?s? )?(?:accord|convention|protocole|memorandum|"
    r"contrat|avenant|charte|partenariat)s?\b|"
    # "la BAD a accordé un don de 510.000 dollars à …": a grant or loan made, its agreement
    # ("a accordé à la Banque Populaire du Sud une ligne de crédit": the borrower between)
    r"\b(?:a|ont) (?:accorde|octroye|consenti)(?=\s+(?:[\w'-]+\s+){0,7}?(?:un|une|deux|trois|"
    r"quatre|des)\s+(?:nouve(?:au|l|lle)x?s?\s+)?(?:dons?|prets?|subventions?|credits?|"
    r"lignes? de credit)\b)")
PROGRAMME = (r"(?:plan|programme|contrat|convention|accord|protocole|memorandum|partenariat|"
             r"strategie|feuille de route|avenant)s?")
EARLIER = re.compile(rf"\b(?:precedente?s?|ancienne?s?|derniere?s?) {PROGRAMME}\b|"
                     rf"\b{PROGRAMME} (?:precedente?s?|anterieure?s?)\b|"
                     rf"\bavai(?:t|ent) (?:deja )?(?:ete )?(?:{participle('singular')}|mobilise)|"
                     # "La précédente session avait vu la signature d'une convention"
                     r"\bavai(?:t|ent) (?:vu|connu|permis|donne lieu a|ete marquee? par) "
                     r"(?:la |a la )?signature\b|\bprecedente?s? (?:session|edition|visite)\b|"
                     # "suite à la signature de la convention-cadre, le 20 février": the news
                     # is what followed the signing of an agreement already known
                     r"\b(?:suite a|a la suite de|depuis|apres|au lendemain de) la signature "
                     r"(?:de la |de l'|du |des |de ce |de cet |de cette |de ces |"
                     r"d'une? autre )|"  # "quelques jours après la signature d'un autre accord"
                     # "s'inscrit dans la dynamique enclenchée par la convention signée
                     # le 28 octobre 2024", "dans la continuité de l'accord de 2019"
                     # "Ils viennent compléter les 16 accords conclus en 2016": those they
                     # add to were signed before
                     r"\b(?:viennent|vient) (?:completer|s'ajouter a|renforcer) (?:les |aux )"
                     rf"(?:\d+ |[a-z]+ )?{PROGRAMME}\b|"
                     r"\bdynamique (?:enclenchee|initiee|lancee|impulsee|creee|insufflee) par "
                     r"(?:la |le |l'|les )(?:convention|accord|protocole|memorandum|contrat)|"
                     r"\bdans la continuite d(?:e la|e l'|u|es) (?:convention|accord|protocole|"
                     r"memorandum|contrat)|"
                     # "dans le sillage de la convention de 2019", not "… de cette visite"
                     # "lance des chantiers dans le cadre des accords qu'elle a signés
                     # avec les communes": the agreements the news works within
                     rf"\bdans le cadre d(?:es|e la|u|e l') ?{PROGRAMME} qu'(?:il|elle|ils|"
                     rf"elles|on) (?:a|ont|avai(?:t|ent)) (?:deja )?{participle()}\b|"
                     r"\bfait suite\b|\bdans le sillage\b(?! d(?:e|u|es) (?:cette |la |sa |"
                     r"leur |ce |cet |l')?(?:visite|tournee|rencontre|forum|session|reunion|"
                     r"mission|voyage|sommet|conference|salon)s?\b)|\bprecedemment\b|"
                     # "une convention signée l'an dernier": a year before the article's
                     rf"\b{participle()}\s+(?:[\w'-]+\s+){{0,2}}?(?:l'an (?:dernier|passe)|"
                     r"l'annee (?:derniere|passee)|il y a (?:\w+ )?ans?)\b|"
                     # "en application de l'accord … signé entre A et B", "A rappeler que …"
                     # "un montant de 450.000 euros au titre d'une convention signée
                     # avec X": the agreement the money flows under, not the news
                     r"\b(?:en application|en vertu|en execution|conformement|decoulen?t?|"
                     r"au titre|"
                     r"dans le cadre de "
                     r"(?:la mise en \w*uv\w*|l'activation|l'execution|la concretisation|"
                     r"la declinaison|l'operationnalisation))\s+(?:des dispositions\s+)?"
                     r"d(?!e cet?t?e? )"
                     # not "en vertu d'une convention signée le 3 mai entre …", "… de
                     # quatre conventions signées lundi à Rabat": the one told
                     rf"(?!(?:'une?|e (?:{SPELLED}|\d+|plusieurs))"
                     rf"\s+[^,;.]{{0,60}}?\b(?:\d{{1,2}}(?:er)?\s+(?:{MO})|"
                     rf"{'|'.join(WEEKDAYS)})\b)"
                     r"[^.;,]{0,40}?\b"
                     r"(?:accord|convention|protocole|memorandum|contrat|charte|declaration|"
                     r"feuille de route)[^.;]{0,120}?"
                     rf"\b{participle()}\b|"
                     r"^\W*(?:a rappeler|pour rappel|rappelons)\b|"
                     # "basé sur le Traité d'amitié signé en mai 1994": what the day's
                     # agreements rest on, signed years before
                     r"\b(?:basee?s?|fondee?s?|adossee?s?|s'appuyant|reposant|repose)\s+sur\s+"
                     rf"[^.;]{{0,120}}?\b{participle()}\s+en\s+(?:(?:{MO})\s+)?(?:19|20)\d\d\b|"
                     # "Il a rappelé l'approbation, mardi, de 14 projets …": what the speaker
                     # recalls
                     r"^\W*(?:il|elle|ils|elles) (?:a|ont) (?:\w+ )?rappele\b|"
                     # "Réalisé dans le cadre d'une convention liant A et B, ce projet
                     # comprend …": work done under an agreement, signed before it was done
                     r"(?:^\W*|\b(?:a|ont|avai(?:t|ent)) ete )(?:realise|construit|finance|"
                     r"amenage|acheve|edifie|rehabilite|equipe|mis en place)e?s? dans le cadre "
                     rf"d(?:'une?|e la|u|e l')\s*{PROGRAMME}\b"
                     rf"(?![^.;]{{0,80}}?\b(?:\d{{1,2}}(?:er)?\s+(?:{MO})|{'|'.join(WEEKDAYS)}|"
                     r"ce jour|aujourd'hui)\b)|"
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
    per_project: bool = False  # "… relatives à sept projets", "au nombre de neuf": count after
    approximate: bool = False  # "une dizaine de conventions"


INDEFINITE_BEFORE = re.compile(r"(?:^|[\s(])(?:d'|qu')?(?:une?|une? autre|une? nouvel(?:le)?|"
                               r"une? derni(?:er|ere)|"
                               # "un projet de mémorandum" signed: one more
                               r"une? nouveau|un projet d(?:e |'))\s*$")
# "ces conventions, au nombre de neuf, …": the count told after the noun
NUMBER_AFTER = re.compile(rf"\s*,?\s*au nombre de (?P<n>\d{{1,3}}|{SPELLED})\b")
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
            elif (said := NUMBER_AFTER.match(low, m.end(), end)) is not None:
                count = parse_count(said["n"])  # "ces conventions, au nombre de neuf"
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
    for o in RANK_IN_TURN.finditer(low, start, end):
        # "le premier accord … par A ; le deuxième par B et le troisième par C": a rank
        # alone after a ranked agreement of the same sentence, told in turn
        head = low[max(0, start):o.start()].rstrip()
        if (head[-1:] in (";", ",") or head.endswith(" et")) and not any(
                f.start <= o.start("ord") < f.end for f in found) and (any(
                f.ordinal for f in found if f.end <= o.start()) or ORDINAL_RE.search(
                low, start, o.start())):
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
                    # "le second document signé est un protocole d'accord"
                    r"\s*,?\s*(?:(?:signee?|paraphee?|conclue?)\s+)?"
                    r"(?:(?:est|etait|constitue|consiste en)\s+(?:une?|un)|"
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


SIGNED_ONES = re.compile(r"\b(?:conventions?|accords?|memorandums?|protocoles?|contrats?)"
                         r"(?:[\s-]+cadres?)?\s+$")


def find_triggers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where text[start:end] says something was signed."""
    low = fold_upto(text, end)
    spans = []
    for m in TRIGGER.finditer(low, start, end):
        if NEGATED.search(low, max(start, m.start() - 50), m.start()):
            continue  # "sans être signataire", "n'ont pas pris part à la signature"
        if SIGNED_ONES.search(low, max(start, m.start() - 40), m.start()) and \
                re.match(r"\s*(?:[.;]|$)", low[m.end():end]):
            continue  # "… la mise en œuvre des conventions cadres signées.": those, named
        if re.search(r"\b(?:conventions?|traites?|accords?|instruments?|pactes?) "
                     r"(?:internationa(?:le|l|ux|les)|onusiens?|onusiennes?)s?\s+$",
                     low[max(start, m.start() - 40):m.start()]):
            continue  # "conformément aux conventions internationales ratifiées": treaties
        if ANOTHER_ONE.search(low, max(start, m.start() - 12), m.start()) and \
                DATED_BEFORE.match(low, m.end(), end):
            continue  # "ce partenariat complète celui conclu en décembre 2018": another one
        if m.group(0).startswith("signature"):
            # the noun, only where it speaks of signing one: "procédé à la signature",
            # "la signature de trois conventions", "cérémonie de signature"
            before = low[max(start, m.start() - 80):m.start()]
            after = low[m.end():min(end, m.end() + 120)]
            if not (re.search(r"(?:procede\w*(?:\s*,[^,.;]{1,45},|\s+[\w'-]+(?:\s+[\w'-]+)?)?"
                              r"\s+a|ceremonie de|occasion de|lors de|portant|porte|"
                              # "A et B annoncent la signature d'une ligne de crédit"
                              r"\bannonc(?:e|ent|er)(?: officiellement| aujourd'hui)?|"
                              r"apposee?s? (?:leur|sa)|revetue? de)\s+(?:la\s+|les\s+|leurs?\s+)?$",
                              before) or TYPE_RE.search(after) and re.match(
                                  r"\s*(?:officielle\s+)?"
                                  r"(?:,[^,.;:]{1,50},\s*|"
                                  # "la signature hier, mercredi, d'une convention", "la
                                  # signature mardi à Tanger de deux conventions"
                                  r"(?:(?:hier|avant-hier|ce matin|lundi|mardi|mercredi|"
                                  r"jeudi|vendredi|samedi|dimanche)\b[\s,]*)*"
                                  r"(?:a [\w'-]+(?: [\w'-]+)?,?\s+)?)?"
                                  r"(?:de|d'|du|des)\b", after)
                    # "La signature du document s'est effectuée entre A et B": the one told
                    or re.match(r"\s*(?:du|des|de ce|de ces) (?:documents?|textes?)\b[^.;]{0,30}?"
                                r"\b(?:s'est|se sont|a eu lieu|ont eu lieu|a ete|ont ete)\b"
                                r"[^.;]{0,30}?\b(?:entre|par)\b", after)):
                # "signature à Fès de …", "la signature, jeudi à Rabat, de deux …"
                continue
            if re.match(r"\s*(?:electronique|numerique)", after):
                continue
        spans.append((m.start(), m.end()))
    if len(spans) > 1:
        # "Un avenant à la convention …, conclue en avril 2013, a été signé samedi": the
        # participle dates the agreement amended; the sentence's own signing is the other one
        others = [t for t in spans if dates_another(low, start, *t)]
        if len(others) < len(spans):
            spans = [t for t in spans if t not in others]
    elif spans and dates_another(low, start, *spans[0]) and re.search(
            r"\bavenant\b[^.;]{0,40}\b(?:a|au|aux) (?:la |l'|le |les )?(?:convention|accord|"
            r"protocole|contrat)", low[start:spans[0][0]]):
        # "il s'agit d'un 3e avenant à l'accord relatif à X signé le 11 juin 2008": the day
        # of the agreement amended, not of the amendment
        spans = []
    return spans


# "celui conclu par les deux institutions en décembre 2018": a pronoun for another agreement,
# the participle and its own day
ANOTHER_ONE = re.compile(r"\b(?:celui|celle|ceux|celles)(?: deja)?\s+$")
DATED_BEFORE = re.compile(r"[^.;]{0,60}?\b(?:(?:en|le|depuis)\s+(?:[\w']+\s+){0,2}"
                          r"(?:19|20)\d\d|dernier|derniere|precedemment|auparavant)\b")


# the agreement a participle qualifies is the complement of another noun or of a
# preposition ("avenant à la convention", "dans le cadre de l'accord")
GOVERNED = re.compile(r"\b(?:a|au|aux|de|du|des|d')\s*(?:la |l'|le |les )?(?:convention|accord|"
                      r"protocole|memorandum|contrat|programme)s?\b[^.;]{0,90}$")
DATED_AFTER = re.compile(rf"\s*(?:le\s+(?:\d{{1,2}}|1er)\s+(?:{MO})|"
                         rf"en\s+(?:(?:{MO})\s+)?(?:19|20)\d\d)\b")


def dates_another(low: str, start: int, a: int, b: int) -> bool:
    """The participle at low[a:b] dates an agreement the sentence governs ("un avenant à la
    convention …, conclue en avril 2013"): another one's signing, not this one's."""
    word = low[a:b]
    return bool(re.fullmatch(r"(?:signee?s?|conclue?s?|paraphee?s?|scellee?s?)", word)
                and GOVERNED.search(low, max(start, a - 120), a)
                and DATED_AFTER.match(low, b))


def is_earlier(text: str, start: int, end: int, pluperfect: bool = True) -> bool:
    """The sentence speaks of an earlier agreement or programme, not the one signed
    (`pluperfect`: "avait signé" says so too)."""
    low = fold(text[start:end])
    own = OWN_SIGNING.match(low)
    return any(not (m.group(0).startswith("dern") and LAST_OF_A_BATCH.search(low, 0, m.start())
                    and not FRAMED_BY_LAST.search(low, 0, m.start()))
               and not (own and m.start() > own.end() and RECALLED.match(m.group(0)))
               and (pluperfect or not m.group(0).startswith("avai"))
               for m in EARLIER.finditer(low))


# "Signées par A et B, ces conventions sont prises en application de la convention-cadre
# signée en 2014": the sentence opens on this signing; the agreement it applies is another
RECALLED = re.compile(r"(?:en application|en vertu|en execution|conformement|dans le cadre|decoul)")
OWN_SIGNING = re.compile(r"\W*(?:signee?s?|paraphee?s?|conclue?s?|scellee?s?)\s+par\b[^.;]*?,"
                         r"\s*(?:(?:ces|cette|cet|ce|les|la|le|l')\s*(?:\w+\s+)?"
                         r"(?:conventions?|accords?|protocoles?|memorandums?|contrats?|"
                         r"documents?|textes?)|elles|ils)\b")


# "Dans le cadre des cinq dernières conventions signées avec l'État, X a investi …": the
# ones before this one, whose frame the news recalls
FRAMED_BY_LAST = re.compile(r"\b(?:dans le cadre|au titre|en vertu|en application|au cours) des "
                            r"(?:\w+ )?$")
# "les cinq dernières conventions ont été signées": the last ones of a batch, signed now
LAST_OF_A_BATCH = re.compile(rf"\b(?:\d{{1,3}}|{SPELLED})\s+$|"
                             # "Enfin, la dernière convention, signée entre …": the last told
                             r"\benfin\s*,?\s*(?:la|le|les)\s+$")
