"""What was signed, read from the parse: the object of a verb of signing is an agreement,
whatever noun the article uses for it.

"ont signé un plan d'action", "a signé une feuille de route et un échange de lettres",
"Le document a été signé par …": the word lists of `signing` know the usual names of
agreements (convention, accord, protocole …); an article may call one anything. Each noun
the parse gives as the object (or the passive subject) of "signer", "parapher", "sceller"
or "conclure", and each noun coordinated with it, is a mention of an agreement of type
"other" — unless the word lists already read it, or it names a person or a body.
"""

from __future__ import annotations

import re
from typing import Any

from .amounts import parse_count
from .lexicon import RECORDING, done, participle
from .normalize import fold
from .signing import AgreementMention
from .words import DESCRIPTORS, GENERIC, TITLES

__all__ = ["ELABORATES", "listed_objects", "signed_objects"]

VERB = re.compile(done())
# "a été acté", "ont formalisé une convention"; not "un cadre formalisé", an adjective
RECORDED = re.compile(participle(verbs=RECORDING))
INDEFINITE = {"un", "une", "des", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
              "neuf", "dix", "plusieurs", "nouvel", "nouveau", "nouvelle", "autre"}
DEFINITE = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "ledit", "ladite", "lesdits",
            "lesdites"}
# Nouns a verb of signing takes that are not agreements: who signs, the occasion, the
# parse's slips onto a person or a date.
NOT_AGREEMENTS = TITLES | DESCRIPTORS | GENERIC | {
    "homologue", "homologues", "ministre", "ministres", "roi", "souverain", "gouvernement",
    "ceremonie", "occasion", "cadre", "marge", "presence", "nom", "part", "compte", "jour",
    "semaine", "mois", "annee", "an", "fois", "livre", "cheque", "retour", "transfert",
    "signature", "signatures", "maillot", "autographe", "autographes", "album", "titre",
    "but", "victoire", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "ville", "pays", "region", "societe", "partie", "parties", "visite",
    # what it is about: "l'accord dans le domaine de la pêche, signé par …"
    "domaine", "domaines", "secteur", "secteurs", "matiere", "matieres", "filiere",
    "seance", "reunion", "session", "edition", "travaux", "presse", "fin", "debut",
    # a relation, not a text: "un partenariat a été scellé" tells the agreement again
    "partenariat", "partenariats", "cooperation", "collaboration", "alliance", "relation",
    "relations", "engagement", "engagements", "amitie", "union",
    # signed texts that bind no one to another: laws, decrees, letters, statements
    "decret", "decrets", "dahir", "dahirs", "loi", "lois", "arrete", "arretes", "circulaire",
    "communique", "message", "lettre", "lettres", "tribune", "ouvrage", "petition", "registre",
    "cheques", "autorisation", "mandat", "ordre", "note", "notes", "rapport", "photo",
    # what an agreement has, not another one: "d'une durée de cinq ans", "d'un coût de …"
    "duree", "montant", "cout", "valeur", "enveloppe", "budget", "total", "periode",
    # sums, counts and measures: "(25 millions)", "40 millions de dirhams", "120 hectares"
    "million", "millions", "milliard", "milliards", "dirhams", "euros", "dollars", "mdh",
    "hectares", "emplois", "postes", "personnes", "beneficiaires", "lits", "kilometres"}
# Words for any written text: what kind of agreement it is, the article says elsewhere
# ("Le document a été signé …" then "l'accord prévoit …").
ANY_TEXT = {"document", "documents", "texte", "textes", "acte", "actes", "instrument",
            "instruments"}
# "plan d'action", "feuille de route", "échange de lettres", "document-cadre": the
# complement that names the instrument goes with its noun
NAMED_BY = re.compile(r"(?:[\s-]+cadres?\b|\s+d'(?:action|intention|entente|engagement)s?\b|"
                      r"\s+de (?:route|lettres|notes|cooperation|partenariat|jumelage|"
                      r"coproduction|principe|travail|credit)\b)(?:\s+conjointe?s?\b|"
                      r"\s+communs?\b|\s+communes?\b)?")
# A loan, a grant or a credit line signed is a financing agreement ("un prêt de 200 M$ a
# été signé", "une ligne de crédit a été signée", "ont conclu un nouveau crédit")
FINANCING = re.compile(r"(?:prets?|credits?|dons?|subventions?|emprunts?|garanties?|"
                       r"financements?|lignes? de credit)")


def _determiner(noun: Any) -> str:
    dets = [fold(c.text) for c in noun.children if c.dep_ in ("det", "nummod")]
    return dets[0] if dets else ""


def _candidates(verb: Any) -> list[tuple[Any, bool]]:
    """(noun, passive) for each object of the verb, and each noun coordinated with one."""
    out: list[tuple[Any, bool]] = []
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and not any(
            c.dep_ in ("nsubj", "nsubj:pass", "obj") for c in verb.children):
        # "un plan d'action pour 2026, signé par les ministres": what the participle qualifies
        out.append((verb.head, True))
    for child in verb.children:
        if child.dep_ in ("obj", "nsubj:pass"):
            out.append((child, child.dep_ == "nsubj:pass"))
            out.extend((c, child.dep_ == "nsubj:pass") for c in child.children
                       if c.dep_ == "conj" and c.pos_ == "NOUN" and _beside(child, c))
        if child.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and any(
                c.dep_ == "case" for c in child.children):
            # "a signé avec le président X une déclaration …": the parse hangs the object
            # on the partner; a noun there without a preposition is what was signed
            out.extend((c, False) for c in child.children if c.dep_ in ("nmod", "appos")
                       and c.pos_ == "NOUN" and not any(x.dep_ == "case" for x in c.children))
    return out


# words that open a complement: a noun after them is inside the object, not beside it
INSIDE = {"de", "d'", "du", "des", "visant", "pour", "a", "au", "aux", "dans", "sur", "en",
          "relatif", "relative", "relatifs", "relatives", "portant", "destine", "destines"}


def _beside(head: Any, conj: Any) -> bool:
    """The parse's coordinated noun stands beside the object ("un accord et un protocole"),
    not inside what it is for ("deux projets visant à soutenir l'entrepreneuriat et l'accès
    à …": the access is the projects' aim)."""
    between = [fold(t.text) for t in head.doc[head.i + 1:conj.i]]
    return not INSIDE & set(between)


def signed_objects(text: str, tokens: list[Any], found: list[AgreementMention]
                   ) -> list[AgreementMention]:
    """Agreements the parse gives as what was signed, that `found` does not hold yet."""
    out: list[AgreementMention] = []
    for verb in tokens:
        if fold(verb.text) in ("signature", "paraphe") and verb.pos_ == "NOUN":
            if found:
                continue  # "la signature d'une convention … d'une durée de cinq ans": named
            # "ont procédé à la signature d'un plan d'action": what the signing is of
            candidates = [(c, False) for c in verb.children if c.dep_ == "nmod" and any(
                fold(x.text) in ("de", "d'") for x in c.children if x.dep_ == "case")]
        elif not VERB.fullmatch(fold(verb.text)) and not (
                RECORDED.fullmatch(fold(verb.text))
                and any(c.dep_ in ("aux", "aux:pass") for c in verb.children)):
            continue
        else:
            candidates = _candidates(verb)
        for noun, passive in candidates:
            word = fold(noun.text)
            if noun.pos_ != "NOUN" or word in NOT_AGREEMENTS or not word.isalpha():
                continue
            start, end = noun.idx, noun.idx + len(noun.text)
            if any(m.start <= end and start <= m.end for m in found + out):
                continue
            if passive and any(m.end <= verb.idx and m.start < start for m in found):
                continue  # "le programme … dans les domaines de l'éducation, la culture …
                # a été signé": the parse's subject slipped onto a word after the agreement
            det = _determiner(noun)
            plural = word.endswith(("s", "x")) and det not in ("un", "une", "l'", "le", "la")
            if passive and plural and _singular_participle(verb):
                continue  # "une convention relative à des énergies …, a été signée": the
                # parse's subject slipped onto a plural the participle does not agree with
            counted = _number(det) if plural else None  # "5 programmes", "onze plans"
            if not (det in INDEFINITE or counted or passive and det in DEFINITE):
                continue  # "a signé son retour", "signé le président": not an agreement
            if re.match(r"\s+d(?:e |')", text[end:end + 4]) and any(
                    0 <= m.start - end <= 16 for m in found):
                continue  # "une série d'accords", "un ensemble de conventions": how many
            named = NAMED_BY.match(fold(text[end:end + 40]))
            if named:
                end += named.end()
            count = 1 if not plural else counted
            kind = "" if word in ANY_TEXT and not named else _kind(text[start:end])
            out.append(AgreementMention(kind, start, end, count, plural,
                                        indefinite=not plural and det in INDEFINITE))
    return out


def _singular_participle(verb: Any) -> bool:
    """ "a été signée", "fut conclu": a participle with a passive auxiliary, singular."""
    word = fold(verb.text)
    return word.endswith(("e", "u", "i")) and word.startswith(("sign", "paraph", "concl",
                                                               "scell")) and any(
        c.dep_ == "aux:pass" for c in verb.children)


def _kind(words: str) -> str:
    """The type of an agreement a noun names that the word lists do not hold."""
    return "accord" if FINANCING.fullmatch(fold(words)) else "other"


def _number(det: str) -> int | None:
    """How many a determiner counts ("5", "onze"; none for "des", "plusieurs")."""
    if not re.fullmatch(r"\d{1,2}|[a-z-]+", det) or det in ("un", "une"):
        return None
    n = parse_count(det)
    return n if n is not None and 2 <= n <= 60 else None


# "Il s'agit d'un X, d'un Y et d'un Z", "à savoir un X et un Y": a sentence that says what
# the counted agreements are, one item each
# (not "Il s'agit entre autres d'…", "notamment": some of them, not each in turn)
ELABORATES = re.compile(r"^\W*(?:(?:au niveau|du cote|pour|dans|en ce qui concerne|"
                        r"s'agissant)\b[^,;.]{0,50},\s*)?"  # "Au niveau du secteur privé, …"
                        r"(?:(?:il|ceux-ci|celles-ci) s'agi(?:t|ssait)"
                        r"(?: egalement| aussi| ensuite| enfin|,? (?:dans le|en) detail,|"
                        r",? plus precisement,|,? concretement,)? d|a savoir|"
                        r"(?:ces|les) (?:\w+ )?(?:accords|conventions|protocoles|memorandums|"
                        r"contrats|textes|documents|instruments)(?: \w+)? (?:sont|concernent|"
                        r"comprennent|incluent|englobent|comportent|portent sur)\b|"
                        # "Ils concernent notamment un don de …": the agreements just told
                        r"(?:ils|elles) (?:concernent|comprennent|incluent|englobent|comportent|"
                        r"portent sur)\b)")
CUE = re.compile(r"\ba savoir\b|:")
ITEM = re.compile(r"(?:^|,|;|:|\bet|\bainsi qu'|s'agi(?:t|ssait)(?: \w+)?|a savoir|"
                  r"^(?:ils|elles) (?:concernent|comprennent|incluent|englobent|comportent|"
                  r"portent sur)(?: notamment| en particulier| entre autres)?)\s*"
                  r"(?:d'|de |qu')?(?P<det>une?)\s+"
                  # "une autre lettre d'intention", "un nouveau plan": the noun follows
                  r"(?:(?:autre|nouvel|nouvelle|nouveau|second|seconde|deuxieme|troisieme|"
                  r"dernier|derniere|premier|premiere|important|importante|grand|grande|"
                  r"ambitieux|ambitieuse|veritable|vaste)\s+)*(?P<noun>[a-z-]{4,}|don\b)")


def listed_objects(text: str, start: int, end: int, found: list[AgreementMention]
                   ) -> list[AgreementMention]:
    """The items of a sentence that says what the agreements are ("Il s'agit d'un échange
    de lettres, d'un accord … et d'un protocole …") that the word lists do not name."""
    low = fold(text[start:end])
    cue = ELABORATES.match(low) or CUE.search(low)
    if not cue or cue.start() > 0 and not any(
            m.plural and m.start < start + cue.start() for m in found):
        return []  # a colon or "à savoir" opens items only after agreements in the plural
    out: list[AgreementMention] = []
    items = [i for i in ITEM.finditer(low, cue.start()) if i["noun"] not in NOT_AGREEMENTS]
    if len(items) < 2 and not any(m.plural for m in found) and not (
            items and low.startswith(("ils ", "elles ")) and FINANCING.fullmatch(items[0]["noun"])):
        # (but "Ils concernent un don de …" names one item of the batch just told)
        # "Il s'agit d'un appui substantiel …", "Il s'agit d'une étape décisive": one thing
        # said of the agreement told, not a list of agreements
        return []
    for item in items:
        at, stop = start + item.start("noun"), start + item.end("noun")
        if any(m.start <= stop and at <= m.end for m in found):
            continue
        named = NAMED_BY.match(low, item.end("noun"))
        if named:
            stop = start + named.end()
        out.append(AgreementMention(_kind(text[at:stop]), at, stop, 1, False,
                                    indefinite=True))
    return out
