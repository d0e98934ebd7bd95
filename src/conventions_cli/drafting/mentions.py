"""Organizations and people as a French sentence names them, from the parsed tokens.

A name is a head noun ("ministère", "agence", "fédération", "société"...) and its chain of
complements ("de l'Industrie, du Commerce et de l'Économie verte"), or a run of proper
nouns ("KPMG SASU", "Bank Al-Maghrib"), with an acronym in brackets when there is one. A
title ("le ministre de l'Industrie et du Commerce, Ryad Mezzour") gives the organization,
the person and the title at once. Vague phrases ("plusieurs départements", "les
partenaires", "le secteur public") name nobody and are not kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .normalize import clean_name, fold

__all__ = ["Mention", "Person", "find_mentions"]

# Head noun (folded) -> kind of organization.
HEADS: dict[str, str] = {
    "ministere": "ministry", "ministeres": "ministry", "departement": "ministry",
    "agence": "public-body", "office": "public-body", "caisse": "public-body",
    "conseil": "public-body", "centre": "public-body", "autorite": "public-body",
    "haut-commissariat": "public-body", "direction": "public-body", "institut": "public-body",
    "observatoire": "public-body", "etablissement": "public-body", "wilaya": "public-body",
    "region": "public-body", "commune": "public-body", "prefecture": "public-body",
    "province": "public-body", "universite": "public-body", "ecole": "public-body",
    "chambre": "public-body", "tresorerie": "public-body", "inspection": "public-body",
    "secretariat": "public-body", "administration": "public-body", "cour": "public-body",
    "tribunal": "public-body", "parlement": "public-body", "chancellerie": "public-body",
    "federation": "federation", "confederation": "federation", "groupement": "federation",
    "union": "federation", "association": "association", "fondation": "association",
    "cooperative": "association", "ordre": "association", "syndicat": "association",
    "alliance": "association", "reseau": "network", "cluster": "cluster", "pole": "cluster",
    "societe": "company", "groupe": "company", "entreprise": "company", "compagnie": "company",
    "holding": "company", "cabinet": "company", "banque": "company", "fonds": "public-body",
    "programme": "international", "organisation": "international", "commission": "public-body",
    "comite": "public-body", "laboratoire": "company", "consortium": "company", "firme": "company",
    "bank": "company", "group": "company", "corporation": "company",
    "gouvernement": "other", "etat": "other", "academie": "public-body", "ligue": "association",
}
PLURAL_HEADS = {"ministeres": "ministere"}
# Titles whose holder speaks for an organization named after them.
TITLES = {"representants", "representantes", "responsables", "dirigeants", "presidents",
          "ministre", "president", "presidente", "directeur", "directrice", "pdg", "dg",
          "wali", "gouverneur", "representant", "representante", "ambassadeur",
          "ambassadrice", "secretaire", "administrateur", "administratrice", "chef", "patron",
          "responsable", "vice-president", "vice-presidente", "president-directeur", "maire",
          "presidente-directrice", "directeur-general", "delegue", "deleguee", "gouverneure",
          "commissaire", "conseiller", "conseillere", "porte-parole", "coordonnateur"}
DESCRIPTORS = {"societe", "societes", "groupe", "groupes", "entreprise", "entreprises", "firme",
               "cabinet", "compagnie", "operateur", "operateurs", "constructeur",
               "equipementier", "start-up", "startup", "filiale", "leader", "geant",
               "industriel", "enseigne", "marque", "holding", "banque", "banques", "assureur",
               "partenaire", "partenaires", "investisseur", "promoteur", "developpeur",
               "organisme", "institution", "institutions"}
DETS = {"le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa",
        "ses", "leur", "leurs", "du", "au", "aux"}
VAGUE_DETS = {"des", "plusieurs", "certains", "certaines", "differents", "differentes",
              "divers", "diverses", "nombreux", "nombreuses", "quelques", "ces", "autres",
              "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "tous",
              "toutes", "chaque", "d'autres", "de"}
GENERIC = {"acteurs", "partenaires", "parties", "departements", "etablissements",
           "institutions", "operateurs", "entreprises", "organismes", "intervenants", "secteur",
           "secteurs", "professionnels", "autorites", "administrations", "structures",
           "instances", "responsables", "investisseurs", "banques", "collectivites",
           "pouvoirs", "services", "ecosysteme", "signataires", "contractants", "membres",
           "societes", "groupes", "federations", "associations", "agences", "offices",
           "ministeres", "gouvernement", "etat", "royaume", "pays", "villes", "regions",
           "communes", "clusters", "operateur", "etablissement", "departement"}
COUNTRIES = {"maroc": "MA", "mauritanie": "MR", "france": "FR", "espagne": "ES",
             "allemagne": "DE", "chine": "CN", "etats-unis": "US", "senegal": "SN",
             "tunisie": "TN", "algerie": "DZ", "egypte": "EG", "italie": "IT", "portugal": "PT",
             "belgique": "BE", "suisse": "CH", "japon": "JP", "coree": "KR", "inde": "IN",
             "turquie": "TR", "royaume-uni": "GB", "canada": "CA", "emirats": "AE",
             "qatar": "QA", "arabie": "SA", "russie": "RU", "bresil": "BR", "nigeria": "NG",
             "israel": "IL", "cote": "CI", "gabon": "GA", "mali": "ML", "niger": "NE",
             "rwanda": "RW", "kenya": "KE", "ethiopie": "ET", "ghana": "GH", "royaume": "MA",
             "djibouti": "DJ", "comores": "KM", "mexique": "MX", "jordanie": "JO", "liban": "LB",
             "koweit": "KW", "oman": "OM", "bahrein": "BH", "irak": "IQ", "libye": "LY",
             "cameroun": "CM", "guinee": "GN", "tchad": "TD", "burkina": "BF", "benin": "BJ",
             "togo": "TG", "gambie": "GM", "congo": "CG", "angola": "AO", "tanzanie": "TZ",
             "madagascar": "MG", "pays-bas": "NL", "suede": "SE", "norvege": "NO",
             "danemark": "DK", "finlande": "FI", "autriche": "AT", "grece": "GR",
             "pologne": "PL", "hongrie": "HU", "roumanie": "RO", "ukraine": "UA",
             "indonesie": "ID", "malaisie": "MY", "pakistan": "PK", "vietnam": "VN",
             "argentine": "AR", "chili": "CL", "perou": "PE", "colombie": "CO",
             "australie": "AU", "azerbaidjan": "AZ", "kazakhstan": "KZ", "irlande": "IE"}
NATIONALITIES = {"marocain": "MA", "mauritanien": "MR", "francais": "FR", "espagnol": "ES",
                 "allemand": "DE", "chinois": "CN", "americain": "US", "senegalais": "SN",
                 "tunisien": "TN", "algerien": "DZ", "egyptien": "EG", "italien": "IT",
                 "portugais": "PT", "belge": "BE", "suisse": "CH", "japonais": "JP",
                 "coreen": "KR", "indien": "IN", "turc": "TR", "britannique": "GB",
                 "canadien": "CA", "emirati": "AE", "qatari": "QA", "saoudien": "SA",
                 "russe": "RU", "bresilien": "BR", "nigerian": "NG", "israelien": "IL",
                 "ivoirien": "CI", "gabonais": "GA", "malien": "ML", "rwandais": "RW",
                 "kenyan": "KE", "ethiopien": "ET", "ghaneen": "GH", "neerlandais": "NL",
                 "suedois": "SE", "autrichien": "AT", "hongrois": "HU", "finlandais": "FI"}
INTERNATIONAL = re.compile(r"mondiale|africaine de developpement|europeenne|nations unies|"
                           r"internationale?|islamique de developpement|arabe pour|"
                           r"\bbanque europeenne|\bfonds monetaire|cooperation (?:technique )?"
                           r"(?:allemande|japonaise|belge|suisse)|\bbid\b|\bbei\b|\bberd\b")
NOT_ACRONYMS = {"MDH", "MMDH", "DH", "DHS", "MAD", "USD", "EUR", "MUSD", "PIB", "TVA", "TTC",
                "HT", "IR", "IS", "MW", "GW", "KM", "HA", "NEET", "IA", "TIC", "RSE", "PPP",
                "COVID", "MDS", "SA", "SARL", "SAS", "SASU", "II", "III", "IV", "VI", "MAP",
                "AFP", "H", "M", "MME", "MR", "TPE", "PME", "TPME", "GMT", "PDG", "DG", "CEO"}
MONTH_WORDS = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
               "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi",
               "jeudi", "vendredi", "samedi", "dimanche"}
PREPS = {"de", "du", "des", "d'"}
# "la Banque mondiale pour la région MENA": where it works, not part of its name
SCOPE_WORDS = {"region", "zone", "afrique", "maghreb", "mena", "monde", "europe", "sud", "nord",
               "pays", "continent", "royaume"}
# Words of company names the tagger may take for a person's ("Ecart Services Morocco").
COMPANY_WORDS = {"maroc", "morocco", "services", "service", "group", "groupe", "international",
                 "holding", "industries", "industrie", "automobiles", "automobile", "electric",
                 "energy", "energie", "bank", "banque", "capital", "invest", "investment",
                 "technologies", "technology", "solutions", "systems", "africa", "afrique",
                 "consulting", "logistics", "sa", "sarl", "sas", "sasu", "ltd", "inc", "corp",
                 "company", "partners", "motors", "airlines", "telecom", "pharma", "textile",
                 "finance", "assurances", "immobilier", "distribution", "trading", "foods",
                 "mining", "steel", "cement", "ciments", "center", "centre", "digital", "data"}
AGREEMENT_WORDS = {"convention", "conventions", "charte", "accord", "accords", "protocole",
                   "mou", "mous", "declaration", "declarations", "arrangement", "lettre",
                   "memorandum", "contrat", "avenant", "pacte", "programme", "plan", "projet",
                   "strategie", "initiative", "code", "loi", "decret", "dahir", "feuille",
                   "signature", "ceremonie", "communique", "selon", "lors", "dans"}
# Adjectives the tagger sometimes reads as nouns ("Banque africaine", "Office national").
ADJ_FORM = re.compile(r"[a-z]{3,}(?:aine?s?|ales?|aux|iens?|iennes?|ais|aises?|iques?|elles?|els?|"
                      r"ifs?|ives?|aires?|istes?|iers?|ieres?|eens?|eennes?|ees?|ee?s)|"
                      r"arabes?|belges?|suisses?|russes?|publics?|publiques?|prives?|privees?|"
                      r"autonomes?|hauts?|hautes?|grands?|grandes?|superieure?s?|interieure?s?|"
                      r"exterieure?s?|agricoles?|solidaires?")
STOP_NAME = {"pour", "portant", "concernant", "relative", "relatif", "visant", "afin", "qui",
             "dont", "lors", "en", "dans", "avec", "sur", "par", "a", "au", "aux", "selon",
             "entre", "vers", "sous", "apres", "avant", "depuis", "pendant", "ont", "sera",
             "seront", "est", "sont", "et", "ou", "mais", "ainsi", "outre", "le", "la", "les",
             "l'", "un", "une", "ce", "cette"}
# Given names the press writes before a surname (folded): "Nabil Hmina", "Jean Dupont". The
# small French model often tags Maghrebi names as places or MISC; a name that opens with one
# of these is a person's, not an organization's.
_GIVEN_NAMES_TEXT = """
abdelaziz abdelhak abdelhamid abdelilah abdelkader abdellah abdallah abdellatif abdelatif
abdelmajid abdelmoumen abdelouafi abdelahad abderrahim abderrahmane abdeslam abdou achraf
ashraf adil ahmed ahmad ali amina amine anas aziz aicha bouchra brahim chakib driss fatiha
fatima faouzi fouad fouzi ghita hafid hakima hamid hamou hassan hassane hicham hind houda
ibrahim ilyas imad ismail jamal jamila kamal karim karima khadija khaled khalid lahcen laila
larbi latifa leila mbarka mehdi meryem mohamed mohammed mohamad mohcine mohsine mostafa
mounir moulay mustapha nabil nadia najat nezha nizar noureddine omar othman rachid rachida
redouane reda riad ryad rkia saad saaid said salaheddine salwa samir samira souad tarik
tariq taoufik tawfik touria yassine younes youssef zahra zakia zakaria hamza anouar jean
pierre philippe francois francoise marie michel nicolas emmanuel edouard bruno laurent laura
elisabeth benjamin nicole christine catherine anne sophie patrick thierry olivier eric
daniel daniela stefan robert carlos antonio manuel ana paula teresa john david james george
ricardo gerd katharina werner xavier vincent julien sebastien stephane alain gilles yves
maria jose juan luis pedro miguel helena janne jesko simon thomas
"""
GIVEN_NAMES = set(_GIVEN_NAMES_TEXT.split())
# Lowercase words inside a person's name: "Philippe de Fontaine Vive", "Ould".
NAME_PARTICLES = {"de", "du", "d'", "van", "von", "der", "ben", "bin", "ould", "el", "al"}
TITLE_WORDS = {"m.", "mme", "mme.", "mr", "mr.", "mlle", "dr", "dr.", "pr", "pr.", "sm", "s.m",
               "sar", "monsieur", "madame"}


@dataclass
class Person:
    name: str
    start: int
    end: int
    title: str | None = None
    kb_id: str | None = None


@dataclass
class Mention:
    """An organization the sentence names; offsets are the article's."""

    name: str
    start: int
    end: int
    kind: str = "other"
    kind_sure: bool = False
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    person: Person | None = None
    title: str | None = None
    head: str = ""
    bare: bool = False  # a head without complement: "la Banque", "le ministère"
    vague: bool = False
    kb_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _low(tok: Any) -> str:
    return fold(tok.text)


def _cap(tok: Any) -> bool:
    text = tok.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and any(
        c.isalpha() for c in text)))


NUMBER_WORDS = {"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt",
                "trente", "quarante", "cinquante", "soixante", "cent", "mille"}


def _number_word(tok: Any) -> bool:
    """Digits or a French number word, whatever the pipeline's lexical attributes say."""
    text = tok.text.replace(".", "").replace(",", "").replace(" ", "")
    return text.isdigit() or fold(tok.text) in NUMBER_WORDS


def _acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9&]*[A-Z0-9&][A-Za-z0-9&]*(?:-[A-Za-z0-9]+)*",
                             text)) and sum(c.isupper() for c in text) >= 2 \
        and text.upper() not in NOT_ACRONYMS


class _Reader:
    """Walks a sentence's tokens; every method returns the next index or None."""

    def __init__(self, tokens: list[Any]) -> None:
        self.t = [t for t in tokens if not t.is_space]
        doc = tokens[0].doc if tokens else None
        # Doc.text joins every token anew on each call: read it once.
        if doc is None:
            self.doc_text = ""
        else:
            # not .get("text", doc.text): that would build doc.text on every call
            self.doc_text = doc.user_data["text"] if "text" in doc.user_data else doc.text  # noqa: SIM401
        self.n = len(self.t)

    def low(self, i: int) -> str:
        return _low(self.t[i]) if 0 <= i < self.n else ""

    def text(self, i: int, j: int) -> str:
        if i >= j:
            return ""
        return self.doc_text[self.t[i].idx:self.t[j - 1].idx + len(self.t[j - 1].text)]

    def is_person(self, i: int) -> bool:
        """A PER entity, unless an acronym or more capitalized words say it is a name of
        a company ("Arrow ECS Support Center")."""
        tok = self.t[i]
        if tok.ent_type_ != "PER" or tok.pos_ != "PROPN":
            return False
        j = i
        while j < self.n and self.t[j].ent_type_ == "PER" and (j == i or self.t[j].ent_iob_ == "I"):
            if _acronym(self.t[j].text) or fold(self.t[j].text) in COMPANY_WORDS:
                return False
            j += 1
        if j < self.n and self.t[j].text == "(" and j + 1 < self.n and _acronym(self.t[j + 1].text):
            return False  # people have no acronym
        return not (j < self.n and _cap(self.t[j]) and self.t[j].is_alpha)

    def joined(self, i: int) -> bool:
        """Token i is glued to the one before it ("Al-Maghrib", "Jumia.ma")."""
        return i > 0 and not self.t[i - 1].whitespace_

    def prep(self, i: int) -> int | None:
        """de / du / des / d' / de la / de l' -> the index after it."""
        word = self.low(i)
        if word in ("du", "des", "d'"):
            return i + 1
        if word == "de":
            return i + 2 if self.low(i + 1) in ("la", "l'") else i + 1
        return None

    def noun_phrase(self, i: int, proper_only: bool = False) -> int | None:
        """Nouns, adjectives and proper names after a preposition: "l'Industrie", "la
        Recherche scientifique", "l'eau potable", "Tanger Méditerranée"."""
        j = i
        if self.low(j) in ("la", "le", "les", "l'"):
            j += 1
        start = j
        while j < self.n:
            tok = self.t[j]
            word = _low(tok)
            if tok.is_punct and tok.text not in ("-", "&", "'"):
                break
            if tok.text in ("-", "&") and j > start and self.joined(j) is False:
                break
            if word == "et" and j > start and _cap(self.t[j - 1]) and j + 1 < self.n and \
                    _cap(self.t[j + 1]) and _low(self.t[j + 1]) not in HEADS and \
                    _low(self.t[j + 1]) not in TITLES and not self.is_person(j + 1) and \
                    not _acronym(self.t[j + 1].text) and \
                    (j + 2 >= self.n or not _cap(self.t[j + 2])):
                j += 2  # "des Eaux et Forêts"
                continue
            if word == "et" and j > start and j + 1 < self.n and not _cap(self.t[j + 1]) and \
                    all(t.pos_ == "ADJ" or ADJ_FORM.fullmatch(_low(t)) or _low(t).endswith("al")
                        for t in (self.t[j - 1], self.t[j + 1])) and \
                    _low(self.t[j + 1]) not in HEADS and _low(self.t[j + 1]) not in GENERIC:
                j += 2  # "verte et numérique"
                continue
            if word == "en" and j > start and _low(self.t[j - 1]) == "mise" and j + 1 < self.n:
                j += 2  # "mise en valeur", "mise en oeuvre"
                continue
            if word in STOP_NAME or word in PREPS or word == "de" or word in TITLE_WORDS:
                break  # "le ministre du Tourisme M. X": the name is not the ministry's
            if tok.pos_ in ("VERB", "AUX") and not _cap(tok) and j > start:
                break
            if self.is_person(j) and j > start and _cap(tok) and tok.ent_iob_ == "B":
                break
            if proper_only and not _cap(tok) and tok.pos_ != "ADJ":
                break
            if _number_word(tok) and not any(c.isalpha() for c in tok.text) and j == start:
                break
            j += 1
        return j if j > start else None


def _bracketed_acronym_within(r: _Reader, j: int, span: int) -> bool:
    """An acronym in brackets closes the name within `span` tokens from j."""
    for k in range(j, min(r.n - 1, j + span + 1)):
        if r.low(k) == "(":
            return _acronym(r.t[k + 1].text)
        if r.t[k].is_punct:
            return False
    return False


def _complements(r: _Reader, j: int, ministry: bool, titled: bool = False) -> int:
    """The chain "de l'Industrie, du Commerce et de l'Économie verte" after a head."""
    while j < r.n:
        k = r.prep(j)
        if k is not None:
            end = r.noun_phrase(k)
            if end is None:
                break
            j = end
            continue
        word = r.low(j)
        if word == "et" and r.low(j + 1) in ("la", "le", "les", "l'") and j + 2 < r.n and \
                not _cap(r.t[j + 2]) and r.low(j + 2) not in HEADS and \
                r.low(j + 2) not in GENERIC and r.low(j + 2) not in TITLES and \
                r.low(j + 2) not in DESCRIPTORS and r.low(j + 2)[:-1] not in HEADS and \
                r.t[j + 2].pos_ in ("NOUN", "ADJ"):
            end = r.noun_phrase(j + 1)  # "de la chimie et la parachimie"
            if end is None:
                break
            j = end
            continue
        if word == "et" and j + 1 < r.n and r.t[j + 1].pos_ == "NOUN" and not _cap(r.t[j + 1]) \
                and r.low(j + 1) not in HEADS and r.low(j + 1) not in GENERIC \
                and r.low(j + 1) not in TITLES and _bracketed_acronym_within(r, j + 2, 4):
            end = r.noun_phrase(j + 1)  # "du bâtiment et travaux publics (FNBTP)"
            if end is None:
                break
            j = end
            continue
        if word == "et" and r.prep(j + 1) is not None and (
                (r.low(r.prep(j + 1) or 0) in HEADS or r.low(r.prep(j + 1) or 0)[:-1] in HEADS)
                and (not ministry or r.low(r.prep(j + 1) or 0) not in ("departement",))
                or _is_title_word(r.low(r.prep(j + 1) or 0))):
            break  # "de la région et du conseil communal de X", "et du directeur de Y"
        if word == "et" and r.prep(j + 1) is not None:
            k = r.prep(j + 1)
            end = r.noun_phrase(k) if k is not None else None
            if end is None:
                break
            j = end
            continue
        if word == "," and r.prep(j + 1) is not None:
            k = r.prep(j + 1)
            if k is not None and k < r.n and (_cap(r.t[k]) or ministry):
                end = r.noun_phrase(k)
                if end is None:
                    break
                j = end
                continue
        if ministry and word in (",", "ainsi") and (r.low(j + 1) == "ainsi" or word == "ainsi"):
            k = j + 2 if word == "," else j + 1
            if r.low(k) in ("que", "qu'") and r.prep(k + 1) is not None:
                end = r.noun_phrase(r.prep(k + 1))
                if end is None:
                    break
                j = end
                continue
        if word in ("pour", "a") and r.low(j + 1) in ("la", "le", "les", "l'") \
                and j + 2 < r.n and (_cap(r.t[j + 2]) or titled) and not ministry \
                and r.low(j + 2) not in SCOPE_WORDS and r.low(j + 2) not in COUNTRIES:
            end = r.noun_phrase(j + 1)
            if end is None:
                break
            j = end
            continue
        break
    return j


def _adjectives(r: _Reader, j: int, titled: bool = False) -> tuple[int, str | None]:
    """Adjectives right after a head ("national", "marocaine", "mauritanien"); a head written
    with a capital takes capitalized ones too ("Groupement Professionnel")."""
    country = None
    while j < r.n:
        tok = r.t[j]
        word = _low(tok)
        base = re.sub(r"(?:ne|e)?s?$", "", word)
        if word in NATIONALITIES or base in NATIONALITIES:
            country = NATIONALITIES.get(word) or NATIONALITIES.get(base)
            j += 1
        elif (tok.pos_ == "ADJ" or ADJ_FORM.fullmatch(word)) and (titled or not _cap(tok)) \
                and word not in STOP_NAME and word not in HEADS and word not in PREPS \
                and word not in DETS and word not in ("aupres", "apres", "tres") \
                and not word.startswith(("charge", "signe", "present", "destine")) \
                or word in ("delegue", "deleguee", "general", "generale", "special", "speciale"):
            j += 1
        else:
            break
    return j, country


def _acronym_after(r: _Reader, j: int) -> tuple[int, str | None, str | None]:
    """ "(ONEE)" -> acronym; "(Jumia.ma)" -> alias."""
    if r.low(j) != "(":
        return j, None, None
    k = j + 1
    while k < r.n and r.t[k].text != ")" and k - j < 6:
        k += 1
    if k >= r.n or r.t[k].text != ")":
        return j, None, None
    inside = r.text(j + 1, k).strip()
    if _acronym(inside):
        return k + 1, inside, None
    if inside and len(inside.split()) <= 3 and inside[0].isupper():
        return k + 1, None, inside
    return j, None, None


def _proper_run(r: _Reader, i: int, joins_et: bool = False) -> int:
    """Capitalized words, acronyms and their glue ("Bank Al-Maghrib", "2T Services Maroc")."""
    j = i
    while j < r.n:
        tok = r.t[j]
        word = _low(tok)
        if _cap(tok) and word not in MONTH_WORDS and not (j > i and r.is_person(j)
                                                          and tok.ent_iob_ == "B"):
            j += 1
        elif tok.text.isdigit() and not tok.whitespace_ and j + 1 < r.n and _cap(r.t[j + 1]):
            j += 1  # "2T Services"
        elif tok.text in ("-", "&", ".") and j > i and r.joined(j) and j + 1 < r.n \
                and not r.t[j].whitespace_ and _cap(r.t[j + 1]) or (
                tok.text == "&" and j > i and j + 1 < r.n and _cap(r.t[j + 1])):
            j += 1  # "Al-Maghrib", "Jumia.ma", "Procter & Gamble"; not a dash between words
        elif j > i and _low(tok) in ("bank", "group", "holding", "groupe", "capital") \
                and not _cap(tok):
            j += 1  # "Attijariwafa bank"
        elif r.joined(j) and j > i and tok.is_alpha:
            j += 1  # "Jumia.ma", "Al-Maghrib" split by the tokenizer
        elif tok.text == "-" and j > i and r.joined(j) and r.low(j + 1) in ("al", "el") \
                and j + 2 < r.n and _cap(r.t[j + 2]):
            j += 2  # "Bank-al Maghrib"
        elif word in ("de", "du", "des", "d'", "el", "al", "et", "and") and j > i \
                and j + 1 < r.n and _cap(r.t[j + 1]) and (word != "et" or joins_et):
            j += 1
        else:
            break
    while j > i and _low(r.t[j - 1]) in ("de", "du", "des", "d'", "et", "-", "&", "."):
        j -= 1
    return j


def _name_case(text: str) -> str:
    text = clean_name(text)
    return text[:1].upper() + text[1:] if text else text


def _masculine(words: str) -> str:
    """ "Ministère française des Sports" -> "Ministère français des Sports": a title's
    nationality agrees with the woman who holds it, the organization's with "ministère"."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        for cut in ("ne", "e"):
            if word.endswith(cut) and fold(word[:-len(cut)]) in NATIONALITIES:
                return word[:-len(cut)]
        return word
    return re.sub(r"\b\w+(?:ne|e)\b", fix, words)


def _ministry_name(words: str) -> str:
    """ "ministre déléguée chargée de X" -> "Ministère délégué chargé de X"."""
    words = re.sub(r"^(?:la |le )?ministres?\b", "Ministère", words.strip(), flags=re.I)
    words = re.sub(r"^ministeres?\b|^ministères?\b", "Ministère", words, flags=re.I)
    words = re.sub(r"\bdéléguée\b", "délégué", words)
    words = re.sub(r"\bchargée\b", "chargé", words)
    return _name_case(_masculine(words))


def _country_words(r: _Reader, i: int, j: int) -> tuple[int, str | None]:
    """A trailing "du Maroc" names the country, not the organization."""
    for k in range(i, j):
        at = k + 2 if r.low(k) == "de" and r.low(k + 1) in ("la", "l'") else k + 1
        if r.low(k) in ("du", "de", "des") and r.low(at) in COUNTRIES and at + 1 == j:
            return k, COUNTRIES[r.low(at)]  # "… de la Gambie", "… du Maroc"
    return j, None


def _kind(head: str, name: str) -> tuple[str, bool]:
    folded = fold(name)
    if INTERNATIONAL.search(folded):
        return "international", True
    if head in ("banque", "bank") and ("al-maghrib" in folded or "centrale" in folded):
        return "public-body", True
    kind = HEADS.get(PLURAL_HEADS.get(head, head))
    if kind is None:
        return "other", False
    sure = kind in ("ministry", "federation", "association", "network", "cluster") or (
        kind == "public-body" and head in ("agence", "office", "caisse", "conseil", "region",
                                           "commune", "universite", "haut-commissariat"))
    return kind, sure


def _person_after(r: _Reader, j: int) -> tuple[Person | None, int]:
    """ ", Ryad Mezzour," or ", M. Nizar Baraka" right after a title or a name."""
    k = j
    if r.low(k) in TITLE_WORDS or r.low(k).rstrip(".") in {"m", "mme", "mr"}:
        k -= 1  # "le ministre du Tourisme M. Lahcen Haddad": no comma before M.
    elif r.low(k) != ",":
        return None, j
    k += 1
    if r.low(k) in TITLES or (k < r.n and not _cap(r.t[k]) and r.low(k) not in DETS and
                              r.t[k].pos_ not in ("DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ",
                                                  "PUNCT", "NUM")):
        # ", porte-parole du Gouvernement, M. X": an apposed title, then the name
        m = k
        while m < r.n and r.low(m) not in (",", ".", ";") and m - k < 10:
            m += 1
        if r.low(m) == ",":
            k = m + 1
    if r.low(k) in TITLE_WORDS or r.low(k).rstrip(".") in {"m", "mme", "mr"}:
        k += 1
    start = k
    while k < r.n and (_cap(r.t[k]) and (r.t[k].pos_ == "PROPN" or r.t[k].ent_type_ == "PER"
                                         or k > start) and r.low(k) not in MONTH_WORDS
                       or (k > start and r.low(k) in NAME_PARTICLES and k + 1 < r.n
                           and _cap(r.t[k + 1]))):
        k += 1
        while k < r.n and (r.t[k].text in ("-", "'") or r.joined(k)) and r.t[k].is_alpha is False \
                and k + 1 < r.n and r.joined(k + 1):
            k += 2
    if k - start < 2 or k - start > 7:
        return None, j
    names = r.text(start, k)
    if any(_low(t) in HEADS or _low(t) in COUNTRIES for t in r.t[start:k]):
        return None, j
    return Person(clean_name(names), r.t[start].idx, r.t[k - 1].idx + len(r.t[k - 1].text)), k


def _person_before(r: _Reader, i: int) -> Person | None:
    """ "Nadia Alami, ministre de …": the name right before a title, after a comma."""
    k = i - 1
    while k >= 0 and (r.low(k) in DETS or r.low(k) in ("-", "vice", "co", "sous")):
        k -= 1  # "vice-président", "la directrice"
    if k < 1 or r.low(k) != ",":
        return None
    end = k
    start = end
    while start > 0 and _cap(r.t[start - 1]) and end - start < 4 and \
            r.low(start - 1) not in TITLE_WORDS:
        start -= 1
    if end - start < 2 or (start > 0 and r.low(start - 1) not in (",", "et", "(", ".", ":",
                                                                  "par", "entre", "avec", "que")
                           and not (r.t[start - 1].is_sent_start or start - 1 == 0)
                           and r.low(start - 1) not in TITLE_WORDS):
        return None
    if any(_low(t) in HEADS or _low(t) in COUNTRIES or _acronym(t.text) for t in r.t[start:end]):
        return None
    if not any(t.ent_type_ == "PER" or t.pos_ == "PROPN" for t in r.t[start:end]):
        return None
    return Person(clean_name(r.text(start, end)), r.t[start].idx,
                  r.t[end - 1].idx + len(r.t[end - 1].text))


def _person_in_brackets(r: _Reader, j: int) -> tuple[Person | None, int]:
    """ "l'Equipement (Abdelkader Amara)": the holder's name in brackets."""
    if r.low(j) != "(":
        return None, j
    k = j + 1
    while k < r.n and r.t[k].text != ")" and k - j <= 6:
        k += 1
    if k >= r.n or r.t[k].text != ")" or not _looks_like_person(r, j + 1, k) and not (
            k - j - 1 >= 2 and all(_cap(t) for t in r.t[j + 1:k] if t.is_alpha)
            and not any(_acronym(t.text) for t in r.t[j + 1:k])):
        return None, j
    return Person(r.text(j + 1, k), r.t[j + 1].idx,
                  r.t[k - 1].idx + len(r.t[k - 1].text)), k + 1


def _elliptic_ministers(r: _Reader, i: int) -> tuple[list[Mention], int]:
    """ "plusieurs ministres …, notamment ceux de l'Equipement (A), des Finances (B)":
    "ceux de X" stands for "les ministres de X", one ministry each."""
    found: list[Mention] = []
    k = i + 1
    while k < r.n:
        start = r.prep(k)
        if start is None:
            break
        end = r.noun_phrase(start)
        if end is None:
            break
        name = _ministry_name("Ministère " + r.text(k, end))
        mention = Mention(name, r.t[k].idx, r.t[end - 1].idx + len(r.t[end - 1].text),
                          kind="ministry", kind_sure=True, head="ministere",
                          title=_name_case("Ministre " + r.text(k, end)))
        person, k = _person_in_brackets(r, end)
        if person is not None:
            person.title = mention.title
            mention.person = person
        found.append(mention)
        if r.low(k) in (",", "et") and r.prep(k + 1) is not None:
            k += 1
        else:
            break
    return found, k


def _secretary_of_state(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """ "le secrétaire d'Etat chargé du Commerce extérieur, X", "la Secrétaire d'Etat
    portugaise de la Modernisation administrative": a Secrétariat d'Etat and its holder."""
    j, country = _adjectives(r, i + 3)
    if r.low(j) == "aupres":
        k = r.prep(j + 1)
        j = _complements(r, r.noun_phrase(k) or j + 1, ministry=True) if k is not None else j
        if r.low(j) == ",":
            j += 1
    if r.low(j).startswith("charge"):
        j += 1
    if r.low(j) in ("au", "aux") or (r.low(j) == "a" and r.low(j + 1) in ("la", "l'")):
        end = r.noun_phrase(j + 1)  # "au Développement rural", "aux Affaires étrangères"
        j = end if end is not None else j
    end = _complements(r, j, ministry=True)
    end, country2 = _country_words(r, i, end)
    if end <= i + 3:
        return None, i + 3
    words = r.text(i + 3, end)
    if country:
        words = re.sub(r"^\s*\w+(?:ne|e)?s?\b\s*", "", words, count=1)  # the nationality
    title = _name_case(r.text(i, end))
    mention = Mention(_name_case(_masculine(f"Secrétariat d'Etat {words}".strip())),
                      r.t[i].idx, r.t[end - 1].idx + len(r.t[end - 1].text), kind="ministry",
                      kind_sure=True, head="secretariat", country=country or country2,
                      title=title)
    person, after = _person_after(r, end)
    if person is None:
        person, after = _person_in_brackets(r, end)
    if person is None:
        person, after = _person_before(r, i), end
    if person is not None:
        person.title = title
        mention.person = person
    return mention, after


def _title_mention(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """ "le ministre de l'Industrie, Ryad Mezzour" -> the ministry, with its signatory."""
    word = r.low(i)
    start_tok = r.t[i]
    if word == "secretaire" and r.low(i + 1) == "d'" and r.low(i + 2) == "etat":
        return _secretary_of_state(r, i)
    if word == "ministre" or word == "ministres":
        j, country = _adjectives(r, i + 1)
        if r.low(j) in ("charge", "chargee") or r.low(j).startswith("charge"):
            j += 1
        if r.low(j) == "aupres":
            k = r.prep(j + 1)
            j = r.noun_phrase(k) if k is not None else j
            j = j or i + 1
            j = _complements(r, j, ministry=True)  # "auprès du chef du gouvernement"
            if r.low(j) == "," and r.low(j + 1).startswith("charge"):
                j += 1  # "auprès de la ministre de l'Economie, chargé du Budget"
            if r.low(j).startswith("charge"):
                j += 1
        full_end = _complements(r, j, ministry=True)
        if r.low(full_end).startswith("charge") and r.prep(full_end + 1) is not None \
                and full_end > j:
            full_end = _complements(r, full_end + 1, ministry=True)  # "du Travail chargé de X"
        if full_end == j and r.prep(j) is None and j == i + 1:
            return None, i + 1
        stripped, _c = _country_words(r, i, full_end)
        if r.low(i - 1) in ("premier", "premiere") and stripped == j:
            # "le Premier ministre français, X": the head of a government, not a ministry
            start = r.t[i - 1].idx
            adjective = r.text(i + 1, j) if country else ""
            country = country or _c
            end_gov = full_end
            name = _masculine(f"Gouvernement {adjective}".strip())
            mention = Mention(name, start, r.t[end_gov - 1].idx + len(r.t[end_gov - 1].text),
                              kind="public-body", head="gouvernement", country=country,
                              title=_name_case(r.text(i - 1, end_gov)))
            person, after = _person_after(r, end_gov)
            if person:
                person.title = mention.title
                mention.person = person
                return mention, after
            return mention, end_gov
        end, country2 = _country_words(r, i, full_end)
        words = r.text(i, end)
        title = _name_case(words)
        name = _ministry_name(words)
        if country or country2:
            name = re.sub(r"\s+(?:mauritanien|marocain|\w+ien|\w+ais|\w+ain)(?:ne|e)?\b", "",
                          name, count=1) if country else name
        mention = Mention(name, start_tok.idx, r.t[end - 1].idx + len(r.t[end - 1].text),
                          kind="ministry", kind_sure=True,
                          head="ministeres" if word == "ministres" else "ministere",
                          country=country or country2, title=title)
        person, after = _person_after(r, full_end)
        if person is None:
            person, after = _person_before(r, i), full_end
        if person:
            person.title = title
            mention.person = person
            return mention, after
        return mention, full_end
    # "le président de la Fédération X", "le directeur général de l'ONEE, M. X"
    j = i + 1
    while j < r.n and j - i < 4 and (r.low(j) in TITLES or r.t[j].pos_ == "ADJ" or (
            r.low(j) == "-" and r.joined(j) and j + 1 < r.n and not _cap(r.t[j + 1]))
            or (r.low(j) in ("un", "1") and r.low(j - 1) == "numero")):
        j += 2 if r.low(j) == "-" else 1  # "responsable-pays", "numéro un"
    best: tuple[Mention, int] | None = None
    k = j
    while k < min(r.n, j + 30):
        if r.low(k) in (",", ".", ";", "(") and k > j:
            break
        if r.low(k) in ("et", "ou") and k > j and (r.low(k + 1) in DETS or r.low(k + 1) in TITLES):
            break  # "… du groupe X et le président de Y": another title
        if r.low(k) in PREPS or r.low(k) in ("a", "au", "aupres"):
            inner, after = parse_org(r, r.prep(k) or k + 1)
            if inner is not None and is_geographic(inner.name):
                k = max(after, k + 1)  # "… du Bureau régional de l'Afrique du Nord (MENA) de …"
                continue
            if inner is not None and (not inner.vague or (
                    word == "wali" and inner.head == "region")):
                best = (inner, after)
                if inner.acronym:
                    break  # "… (AREF) de la région X": the acronym closes the name
                k = max(after, k + 1)
                continue
        k += 1
    if best is None:
        return None, i + 1
    if word == "wali" and best[0].head == "region":
        # "le wali de la région X" heads the Wilaya, not the elected regional council
        region = best[0]
        region_name = re.sub(r"^R[ée]gion\b", "région", region.name)
        best = (Mention(f"Wilaya de la {region_name}", region.start, region.end,
                        "public-body", True, head="wilaya", bare=region.bare), best[1])
    inner, after = best
    first = i - 2 if i >= 2 and r.low(i - 1) == "-" and r.low(i - 2) in ("vice", "co") else i
    inner.title = _name_case(r.text(first, after))  # "Vice-président de …"
    inner.start = r.t[first].idx
    person, after2 = _person_after(r, after)
    if person is None:
        person = _person_before(r, i)
        after2 = after
    if person is None:
        # "la directrice de la Banque pour le Maroc, Nadia X": a complement, then the name
        k = after
        while k < r.n and k - after < 6 and r.low(k) not in (",", ".", ";", "et") \
                and r.t[k].pos_ not in ("VERB", "AUX"):
            k += 1
        if r.low(k) == ",":
            person, after2 = _person_after(r, k)
    if person:
        person.title = inner.title
        inner.person = person
        return inner, after2
    return inner, after


GEO_WORDS = {"afrique", "nord", "sud", "est", "ouest", "moyen-orient", "moyen", "orient",
             "europe", "asie", "amerique", "latine", "maghreb", "sahel", "mena", "mediterranee",
             "atlantique", "centrale", "australe", "subsaharienne", "occidentale", "orientale",
             "monde", "continent", "golfe", "arabe", "pacifique", "caraibes"}


def is_geographic(name: str) -> bool:
    """ "Afrique du Nord", "Moyen-Orient", "MENA": a part of the world, not an organization."""
    words = [w for w in re.findall(r"[a-z-]+", fold(name))
             if w not in ("de", "du", "des", "la", "le", "l", "et", "d")]
    return bool(words) and all(w in GEO_WORDS or w in COUNTRIES for w in words)


def _is_title_word(word: str) -> bool:
    """ "président", "directrice", and compounds such as "responsable-pays"."""
    return word in TITLES or word.split("-")[0] in TITLES


def _looks_like_person(r: _Reader, i: int, run: int) -> bool:
    """Two to five capitalized words that name a person: opened by a given name, set in
    apposition after a title ("le Chef du gouvernement, Saâd-Eddine El Otmani") or followed
    by one ("Moulay Hafid El Alamy, ministre de …"). No acronym, no company word."""
    words = [t for t in r.t[i:run] if t.is_alpha]
    if not 2 <= len(words) <= 7:  # "Abdellah Ben Nasser Ben Khalifa Al Thani"
        return False
    if any(_acronym(t.text) or _low(t) in COMPANY_WORDS or _low(t) in HEADS
           or _low(t) in COUNTRIES for t in r.t[i:run]):
        return False
    first = _low(r.t[i]).split("-")[0]
    if first in GIVEN_NAMES:
        return True
    if r.low(run) == "," and _is_title_word(r.low(run + 1)):
        return True
    if r.low(i - 1) == ",":
        k = i - 2
        while k >= 0 and i - k <= 10 and r.low(k) not in (",", ".", ";", ":"):
            if _is_title_word(r.low(k)):
                return True
            k -= 1
    return False


def _king(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """ "un accord avec le Roi (du Maroc) Mohammed VI": the Moroccan State signs."""
    j = i + 1
    if r.low(j) in ("du", "de") and r.low(j + 1) in COUNTRIES:
        if r.low(j + 1) != "maroc":
            return None, j + 2  # another country's king: not this base's party
        j += 2
    person = None
    if j < r.n and _cap(r.t[j]) and r.low(j) not in MONTH_WORDS:
        run = _proper_run(r, j)
        if run > j:
            person = Person(r.text(j, run), r.t[j].idx,
                            r.t[run - 1].idx + len(r.t[run - 1].text), "Roi du Maroc")
            j = run
    return Mention("Etat marocain", r.t[i].idx, r.t[j - 1].idx + len(r.t[j - 1].text),
                   kind="other", head="etat", person=person, title="Roi du Maroc"), j


def parse_org(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """The organization named from token i on (after any determiner), or None."""
    start = i
    determiner = ""
    while i < r.n and r.low(i) in DETS | VAGUE_DETS and i - start < 3:
        determiner = r.low(i)
        i += 1
    if i >= r.n:
        return None, i
    word = r.low(i)
    tok = r.t[i]
    vague_det = determiner in VAGUE_DETS
    if word in ("premier", "premiere") and r.low(i + 1) == "ministre":
        return _title_mention(r, i + 1)  # "le Premier ministre"
    if word == "roi":
        return _king(r, i)
    numero_un = word == "numero" and r.low(i + 1) in ("un", "1")  # "le numéro un de X"
    if (word in TITLES or word.rstrip("s") == "ministre" or numero_un) and i + 1 < r.n and (
            word in ("ministre", "ministres") or r.prep(i + 1) is not None or numero_un
            or r.low(i + 1) in TITLES or r.t[i + 1].pos_ == "ADJ"
            or (r.low(i + 1) == "-" and r.joined(i + 1))):
        return _title_mention(r, i)
    plural = _plural_list(r, i, i + 1) or _plural_by_place(r, i)
    if plural is not None:
        return plural, plural.extra["end_token"]
    if word in HEADS or word in PLURAL_HEADS:
        j, country = _adjectives(r, i + 1, titled=_cap(tok))
        if r.low(j).startswith("charge") and r.prep(j + 1) is not None:
            j += 1  # "ministère délégué chargé du Budget"
        if _cap(tok) and j < r.n and _cap(r.t[j]) and r.prep(j) is None:
            j = max(j, _proper_run(r, j))  # "Bank Al-Maghrib", "Caisse Marocaine ..."
        elif _cap(tok) and r.low(i + 1) == "-" and r.joined(i + 1) and r.low(i + 2) in (
                "al", "el"):
            j = max(j, _proper_run(r, i))  # "Bank-al Maghrib"
        end = _complements(r, j, ministry=word.startswith("ministere"), titled=_cap(tok))
        end, country2 = _country_words(r, i, end) if word.startswith("ministere") else (end,
                                                                                          None)
        # "la société des Pâtes et Couscous X": the name after a descriptor
        if word in ("societe", "groupe", "entreprise") and r.prep(j) is not None:
            k = r.prep(j)
            if k is not None and k < r.n and _cap(r.t[k]):
                run = _proper_run(r, k, joins_et=True)
                if run > k + 1 or (run > k and r.t[k].pos_ == "PROPN"):
                    end, j = run, run
                    name_start = r.t[k].idx
                    run2, acronym, alias = _acronym_after(r, run)
                    return Mention(_name_case(r.text(k, run)), name_start,
                                   r.t[run2 - 1].idx + len(r.t[run2 - 1].text), "company",
                                   False, acronym, [alias] if alias else [], country,
                                   head=word), run2
        # "le groupe Akwa", "la société Yara Caroube International"
        if end == j and j < r.n and _cap(r.t[j]) and word in DESCRIPTORS:
            run = _proper_run(r, j, joins_et=word in ("societe", "groupe", "entreprise"))
            if run > j:
                name = r.text(j, run)
                if word in ("groupe", "group") and _cap(tok):
                    name = r.text(i, run)
                run2, acronym, alias = _acronym_after(r, run)
                kind, sure = ("company", False)
                return Mention(_name_case(name), r.t[j if name[0] != tok.text[0] else i].idx,
                               r.t[run2 - 1].idx + len(r.t[run2 - 1].text), kind, sure, acronym,
                               [alias] if alias else [], country, head=word), run2
        if end == j and j < r.n and _cap(r.t[j]) and not _cap(tok):
            # "l'office Foo Bar" / "la fédération FTX": a proper name right after the head
            run = _proper_run(r, j)
            end = run if run > j else end
        if end - 1 > i and _acronym(r.t[end - 1].text) and not _cap(r.t[end - 2]):
            end -= 1  # "Office chérifien des phosphates OCP": the acronym, unbracketed
            end2, acronym, alias = end + 1, r.t[end].text, None
        else:
            end2, acronym, alias = _acronym_after(r, end)
        words = r.text(i, end)
        generic = word in GENERIC or (word.endswith("s") and word not in HEADS)
        has_cap = _cap(tok) or any(_cap(t) and t.i > tok.i and fold(t.text) not in COUNTRIES
                                   for t in r.t[i:end]) or \
            any(_acronym(t.text) for t in r.t[i:end])
        vague = (vague_det or generic) and not acronym and not (has_cap and not generic)
        if vague_det and not acronym and all(
                fold(t.text) in COUNTRIES or t.ent_type_ == "LOC" or not _cap(t)
                for t in r.t[i + 1:end]):
            vague = True  # "des universités de pays de l'Afrique de l'Ouest": nobody named
        if word.startswith("programme") and not INTERNATIONAL.search(fold(words)) \
                and not acronym:
            vague = True  # "le programme d'appui à …" is what is financed, not who signs
        if word == "ministeres" or (word == "departement" and "ministeriel" in fold(words)):
            vague = vague or end == j
        bare = end == i + 1 and not acronym
        name = _ministry_name(words) if word.startswith("ministere") else _name_case(words)
        kind, sure = _kind(word, name)
        mention = Mention(name, tok.idx, r.t[end2 - 1].idx + len(r.t[end2 - 1].text), kind, sure,
                          acronym, [alias] if alias else [], country or country2, head=word,
                          bare=bare, vague=vague or (bare and not has_cap and not _cap(tok)))
        if bare and not has_cap:
            mention.vague = True
        if word == "societe" and r.low(i + 1) == "civile":
            mention.vague = True  # civil society, not a company
        if word == "gouvernement" and determiner in ("le", "l'") and end - i <= 2:
            mention.name, mention.kind, mention.country = "Gouvernement marocain", "public-body", \
                "MA"
            mention.vague, mention.bare, mention.extra["government"] = False, False, True
        elif word in ("etat", "gouvernement", "royaume") or (word == "departement" and bare):
            mention.vague = True
        return mention, end2
    if word in DESCRIPTORS and i + 1 < r.n:
        j, country = _adjectives(r, i + 1)
        if j < r.n and _cap(r.t[j]):
            run = _proper_run(r, j, joins_et=word in ("societe", "groupe", "entreprise"))
            if run > j:
                end2, acronym, alias = _acronym_after(r, run)
                name = r.text(j, run)
                return Mention(_name_case(name), r.t[j].idx,
                               r.t[end2 - 1].idx + len(r.t[end2 - 1].text), "company", False,
                               acronym, [alias] if alias else [], country, head=word), end2
        return None, i + 1
    glued_digit = tok.text.isdigit() and not tok.whitespace_ and i + 1 < r.n and _cap(r.t[i + 1])
    if (_cap(tok) or glued_digit) and word not in MONTH_WORDS \
            and (not _number_word(tok) or glued_digit):
        run = _proper_run(r, i)
        if run <= i:
            return None, i + 1
        if run < r.n and not _cap(r.t[run]) and determiner in ("le", "la", "l'"):
            adj_end, _c = _adjectives(r, run)
            if adj_end > run:
                run = _complements(r, adj_end, ministry=False, titled=True)
        words = r.text(i, run)
        folded = fold(words)
        if folded in COUNTRIES or folded.split()[0] in COUNTRIES and len(folded.split()) == 1:
            return Mention(words, tok.idx, tok.idx + len(words), vague=True, head=folded), run
        end2, acronym, alias = _acronym_after(r, run)
        strong = any(t.ent_type_ in ("ORG", "MISC") or t.pos_ == "PROPN" or _acronym(t.text)
                     for t in r.t[i:run]) or bool(acronym) or glued_digit
        before = r.t[i - 1] if i > 0 else None
        if before is not None and before.is_alpha and not _cap(before) \
                and before.pos_ in ("NOUN", "ADJ") and _low(before) not in DESCRIPTORS \
                and _low(before) not in HEADS and not _is_title_word(_low(before)) \
                and _low(before) not in NATIONALITIES \
                and re.sub(r"(?:ne|e)?s?$", "", _low(before)) not in NATIONALITIES:
            strong = False  # "la centrale solaire Noor", "l'usine Renault": names a thing
        if all(t.ent_type_ == "LOC" for t in r.t[i:run]) and not acronym and \
                not any(_acronym(t.text) for t in r.t[i:run]):
            strong = False  # "pour le Maghreb": a place, unless it is where a party stands
        listed = i >= 2 and r.low(i - 1) in (",", "et") and (_cap(r.t[i - 2]) or
                                                               r.t[i - 2].text == ")")
        if not listed and (r.is_person(i) or (all(t.ent_type_ == "PER" for t in r.t[i:run])
                                              and run - i >= 2 and not strong)):
            return None, run  # a person's name, unless it stands in a list of names
        if not acronym and _looks_like_person(r, i, run):
            return None, run
        if all(t.text.upper() in NOT_ACRONYMS or re.search(r"[$€£%]|\d", t.text)
               for t in r.t[i:run]) or \
                fold(r.t[i].text) in AGREEMENT_WORDS:
            return None, run
        if run == i + 1 and not acronym and folded.endswith("s") and folded[:-1] in HEADS:
            return None, run  # "les Conseils élus", "les deux États": nobody named
        return Mention(_name_case(words), tok.idx, r.t[end2 - 1].idx + len(r.t[end2 - 1].text),
                       "other", False, acronym or (words if _acronym(words) else None),
                       [alias] if alias else [], head=fold(r.t[i].text),
                       extra={"proper": True, "weak": not strong}), end2
    return None, i + 1


def _plural_of_places(r: _Reader, i: int) -> Mention | None:
    """ "les communes d'Essaouira, de Safi et d'Al Haouz" -> one commune per name."""
    word = r.low(i)
    head = r.t[i].text[:-1]
    names: list[tuple[int, int]] = []
    k = i + 1
    while k < r.n:
        after = r.prep(k)
        if after is None or after >= r.n or not _cap(r.t[after]):
            break
        end = _proper_run(r, after)
        if end <= after:
            break
        names.append((k, end))
        k = end
        if r.low(k) in (",", "et") and r.prep(k + 1) is not None:
            k += 1
        elif not (r.low(k) == "," and r.low(k + 1) == "et"):
            break
        else:
            k += 2
    if len(names) < 2:
        return None
    parts = [Mention(_name_case(f"{head} {r.text(a, b)}"), r.t[a].idx,
                     r.t[b - 1].idx + len(r.t[b - 1].text), HEADS[word[:-1]], False,
                     head=word[:-1]) for a, b in names]
    first = parts[0]
    first.start = r.t[i].idx  # the list begins at "communes"
    first.extra["split"] = parts
    first.extra["end_token"] = names[-1][1]
    return first


def _singular(words: str) -> str:
    """ "académies régionales" -> "académie régionale" (a head and its adjectives)."""
    out = []
    for word in words.split():
        if word.endswith("aux"):
            word = word[:-3] + "al"
        elif word.endswith("s") and len(word) > 3:
            word = word[:-1]
        out.append(word)
    return " ".join(out)


def _place_run(r: _Reader, k: int) -> int:
    """The end of a region's or city's name from token k ("Béni Mellal-Khénifra")."""
    from .places import REGIONS, city_region

    names = {fold(n) for n in REGIONS} | {fold(n).replace("-", " ") for n in REGIONS}
    names |= {n[2:] for n in names if n.startswith("l'")}  # "de l'Oriental"
    for end in range(_proper_run(r, k), k, -1):  # the longest known name from k
        words = fold(r.text(k, end))
        if city_region(words) or words in names or words.replace("-", " ") in names:
            return end
    return k


def _plural_by_place(r: _Reader, i: int) -> Mention | None:
    """ "les académies régionales de l'éducation (AREF) de Fès-Meknès et de l'Oriental":
    one organization per region or city the list names."""
    word = r.low(i)
    if not word.endswith("s") or word[:-1] not in HEADS or word.startswith("ministere"):
        return None
    j = i + 1
    while j < r.n and (r.t[j].pos_ == "ADJ" or ADJ_FORM.fullmatch(r.low(j))) \
            and not _cap(r.t[j]) and r.low(j) not in STOP_NAME:
        j += 1
    k = r.prep(j)
    if k is not None and _place_run(r, k) > k:
        end = end2 = j  # "les agences urbaines de Fès et de Meknès"
        acronym = None
    else:
        end = _complements(r, j, ministry=False)
        end2, acronym, _alias = _acronym_after(r, end)
        k = r.prep(end2)
    if k is None:
        return None
    places: list[tuple[int, int, int]] = []  # (its preposition, start, end)
    at = end2
    while k is not None and k < r.n:
        stop = _place_run(r, k)
        if stop == k:
            break
        places.append((at, k, stop))
        k = stop
        if r.low(k) in (",", "et") or (r.low(k) == "," and r.low(k + 1) == "et"):
            k += 2 if r.low(k + 1) == "et" else 1
            at = k
            k = r.prep(k) or k
        elif k < r.n and _cap(r.t[k]):
            continue  # "Tanger-Tétouan-Al Hoceima Rabat-Salé-Kénitra": a comma lost
        else:
            break
    if len(places) < 2:
        return None
    head = _singular(r.text(i, j)) + (" " + r.text(j, end) if end > j else "")
    parts = [Mention(_name_case(f"{head} {r.text(p, b) if r.prep(p) else 'de ' + r.text(a, b)}"),
                     r.t[i].idx, r.t[b - 1].idx + len(r.t[b - 1].text), HEADS[word[:-1]], False,
                     aliases=[f"{acronym} {r.text(a, b)}"] if acronym else [],
                     head=word[:-1]) for p, a, b in places]
    first = parts[0]
    first.extra["split"] = parts
    first.extra["end_token"] = places[-1][2]
    return first


def _plural_list(r: _Reader, i: int, j: int) -> Mention | None:
    """ "les clusters suisse, espagnol et français" -> one cluster per adjective."""
    word = r.low(i)
    if not word.endswith("s") or word.rstrip("s") not in HEADS:
        return None
    if r.prep(i + 1) is not None:
        return None if word.startswith("ministere") else _plural_of_places(r, i)
    countries: list[str] = []
    k = i + 1
    while k < r.n:
        w = r.low(k)
        base = re.sub(r"(?:ne|e)?s?$", "", w)
        if w in NATIONALITIES or base in NATIONALITIES:
            countries.append(r.t[k].text)
            k += 1
        elif w in (",", "et") and countries:
            k += 1
        else:
            break
    if len(countries) < 2:
        return None
    head = r.t[i].text.rstrip("s")
    parts = [Mention(_name_case(f"{head} {c}"), r.t[i].idx, r.t[k - 1].idx + len(r.t[k - 1].text),
                     HEADS[word.rstrip("s")], False, head=word.rstrip("s"),
                     country=NATIONALITIES.get(fold(c)) or NATIONALITIES.get(
                         re.sub(r"(?:ne|e)?s?$", "", fold(c))))
             for c in countries]
    first = parts[0]
    first.extra["split"] = parts
    first.extra["end_token"] = k
    return first


def split_plural_ministries(mention: Mention) -> list[Mention]:
    """ "Les ministères de A et de B" / "de A, ainsi que de B" -> one ministry each."""
    if "split" in mention.extra:
        return list(mention.extra["split"])
    if mention.head != "ministeres":
        return [mention]
    rest = re.sub(r"^Ministères?\s+", "", mention.name)
    parts = re.split(r",?\s+ainsi que\s+", rest)
    if len(parts) == 1:
        # "des Finances et de la privatisation et de l'Equipement": where the list's domains
        # are capitalized, a lowercase one continues the ministry before it
        points = list(re.finditer(r"(?:\s+et|,)\s+(?=(?:de la |de l'|du |des |de |d'))", rest))
        capital = [p for p in points if rest[p.end():][:30].split(" ", 2)[-1][:1].isupper()
                   or re.match(r"(?:de l'|d')[A-ZÉÈ]", rest[p.end():])]
        if capital and len(capital) < len(points):
            points = capital
        cuts = [0] + [x for p in points for x in (p.start(), p.end())] + [len(rest)]
        parts = [rest[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2)]
    if len(parts) == 1:
        mention.name = "Ministère " + rest
        mention.head = "ministere"
        return [mention]
    # "les ministères de la santé du Royaume du Maroc et de la République de Djibouti": one
    # domain, two countries
    shared = [_country_of(part.strip()) for part in parts]
    domain = next((d for d, _ in shared if d), None)
    out = []
    for part, (own, country) in zip(parts, shared, strict=True):
        name = own or domain or part.strip()
        out.append(Mention(_ministry_name("Ministère " + name), mention.start,
                           mention.end, "ministry", True, head="ministere", country=country))
    return out


COUNTRY_PHRASE = re.compile(r"^(?P<domain>.*?)\s*(?:\b(?:du|de la|de l'|des|de|d')\s*)"
                            r"(?:(?:Royaume|République|Etat|État|Sultanat|Emirat|Émirat)s?\s+"
                            r"(?:\w+\s+)?(?:du|de la|de l'|des|de|d')\s*)?(?P<country>[\w-]+)$")


def _country_of(part: str) -> tuple[str | None, str | None]:
    """ "de la santé du Royaume du Maroc" -> ("de la santé", "MA"); "de la République de
    Djibouti" -> (None, "DJ"); "de l'Intérieur" -> ("de l'Intérieur", None)."""
    found = COUNTRY_PHRASE.match(part)
    if found and fold(found["country"]) in COUNTRIES:
        return (found["domain"] or None), COUNTRIES[fold(found["country"])]
    if re.fullmatch(r"(?:du|de la|de l')\s*(?:Royaume|République|Etat|État)", part):
        return None, None  # "… et de la République" whose name the tagger cut off
    return part, None


def find_mentions(tokens: list[Any]) -> list[Mention]:
    """Every organization the tokens name, in order; vague ones are marked, not dropped."""
    r = _Reader(tokens)
    found: list[Mention] = []
    i = 0
    while i < r.n:
        word = r.low(i)
        if word in ("ceux", "celui") and any(r.low(k) in ("ministres", "ministre")
                                            for k in range(max(0, i - 12), i)):
            elliptic, nxt = _elliptic_ministers(r, i)
            if elliptic:
                found.extend(elliptic)
                i = nxt
                continue
        if word in DETS or word in VAGUE_DETS or word in HEADS or word in TITLES or \
                word == "numero" or \
                word in DESCRIPTORS or word in PLURAL_HEADS or (_cap(r.t[i]) and i > 0) or \
                (r.t[i].text.isdigit() and not r.t[i].whitespace_) or \
                (i == 0 and _cap(r.t[i]) and (r.t[i].pos_ == "PROPN" or _acronym(r.t[i].text))):
            if word.startswith("programme") and i > 0 and r.low(i - 1) in ("contrat", "-",
                                                                          "contrats"):
                i += 1
                continue
            if word in ("premier", "premiere") and r.low(i + 1) == "ministre":
                i += 1  # "le Premier ministre": the title is read at "ministre"
                continue
            if word == "compagnie" and r.low(i - 1) == "en":
                i += 1  # "en compagnie du ministre": with, not a company
                continue
            if (i > 0 and r.low(i - 1) in TITLE_WORDS) or word in TITLE_WORDS:
                i += 1
                while i < r.n and _cap(r.t[i]):
                    i += 1  # "M. Nizar Baraka" is a person
                continue
            mention, nxt = parse_org(r, i)
            if mention is not None:
                found.extend(split_plural_ministries(mention))
                i = max(nxt, i + 1)
                continue
            i = max(nxt, i + 1) if nxt > i + 1 and word not in DETS else i + 1
            continue
        i += 1
    return found


def find_people(tokens: list[Any]) -> list[Person]:
    """People the sentence names: spaCy's PER entities, and "M./Mme" + capitalized words."""
    people = []
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return people
    start, end = tokens[0].i, tokens[-1].i + 1
    for ent in doc[start:end].ents:
        if ent.label_ == "PER" and len(ent.text.split()) >= 2:
            text = clean_name(ent.text)
            words = [fold(w) for w in text.split()]
            if any(w in HEADS or w in TITLES or w in COUNTRIES for w in words):
                continue
            people.append(Person(text, ent.start_char, ent.start_char + len(text)))
    return people
