"""The token grammar of names: a reader over a sentence's tokens, and the pieces every name
is made of (a head's complements and adjectives, a run of proper nouns, an acronym in
brackets), shared by organizations, people and plurals.
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon import any_form
from .normalize import clean_name, fold
from .words import (
    ADJ_FORM,
    AGREEMENT_WORDS,
    COMPANY_WORDS,
    COUNTRIES,
    GENERIC,
    GIVEN_NAMES,
    HEADS,
    MONTH_WORDS,
    NAME_LINKS,
    NOT_ACRONYMS,
    NOT_LAST,
    NUMBER_WORDS,
    PREPS,
    STOP_NAME,
    TITLE_WORDS,
    TITLES,
)

SIGNED = re.compile(any_form())  # "signé", "paraphés": what was done to it, not its name
ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})|[IVX]+er")


def _low(tok: Any) -> str:
    return fold(tok.text)
def _cap(tok: Any) -> bool:
    text = tok.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and any(
        c.isalpha() for c in text) and not ORDINAL.fullmatch(text)))  # "UM6P", not "1er"


# "1er", "2ème", and "1-er" as some pages type it
ORDINAL = re.compile(r"\d{1,3}-?(?:er|ère|ere|e|ème|eme|è|nd|nde)")

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
        # the article as written (a backtick, typographic quotes), where names are kept so
        self.raw_text = doc.user_data.get("raw", self.doc_text) if doc is not None else ""
        self.n = len(self.t)
        # token index -> (end token, id): the longest name the base knows opening there
        self.known: dict[int, tuple[int, str]] = {}

    def know(self, spans: list[tuple[int, int, str]]) -> None:
        """Where the base's names and aliases stand in the sentence (article offsets), so
        that no name is cut inside one of them."""
        starts = {t.idx: k for k, t in enumerate(self.t)}
        ends = {t.idx + len(t.text): k + 1 for k, t in enumerate(self.t)}
        for a, b, oid in spans:
            if a in starts and b in ends and ends[b] - starts[a] >= 2:
                k, end = starts[a], ends[b]
                if end > self.known.get(k, (0, ""))[0]:
                    self.known[k] = (end, oid)

    def low(self, i: int) -> str:
        return _low(self.t[i]) if 0 <= i < self.n else ""

    def text(self, i: int, j: int) -> str:
        if i >= j:
            return ""
        return self.doc_text[self.t[i].idx:self.t[j - 1].idx + len(self.t[j - 1].text)]

    def written(self, i: int, j: int) -> str:
        """Tokens i to j as the article writes them (``text`` reads its normalised copy)."""
        if i >= j:
            return ""
        return self.raw_text[self.t[i].idx:self.t[j - 1].idx + len(self.t[j - 1].text)]

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

    def starts_person(self, i: int) -> bool:
        """A person's name opens at token i, glued to what comes before it ("le ministre
        de la Santé Karim Tahiri", "la commune de Taza Omar Benali"): a given name, or the
        first word of a two-word PER entity, followed by a capitalized word or an initial
        that is not a Roman numeral ("Fondation Mohammed VI" names a foundation)."""
        if i + 1 >= self.n or not _cap(self.t[i]) or not self.t[i].is_alpha:
            return False
        nxt = self.t[i + 1]
        if not _cap(nxt) or ROMAN.fullmatch(nxt.text.rstrip(".")) or _acronym(nxt.text) \
                or fold(nxt.text) in HEADS or fold(nxt.text) in COMPANY_WORDS:
            return False
        if self.low(i) in GIVEN_NAMES:
            return True
        return self.t[i].ent_type_ == "PER" and self.t[i].ent_iob_ == "B" and \
            nxt.ent_type_ == "PER" and nxt.ent_iob_ == "I"

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
        if (self.low(j) in NUMBER_WORDS or self.low(j) in AGREEMENT_WORDS) and j < self.n \
                and not _cap(self.t[j]):
            return None  # "et de douze contrats": the next item of a list, not a name's
        if j < self.n and self.t[j].pos_ == "VERB" and not _cap(self.t[j]) and \
                len(self.low(j)) > 4 and re.search(r"(?:er|ir|re)$", self.low(j)):
            return None  # "au tour de la Chambre X de sceller": an infinitive, no name
        while j < self.n:
            tok = self.t[j]
            word = _low(tok)
            if tok.is_punct and tok.text not in ("-", "&", "'"):
                break
            if tok.text in ("-", "&") and j > start and self.joined(j) is False:
                break
            if tok.text == "-" and j > start and (glued := hyphen_next(self, j)):
                j = glued  # "Saint-Germain-en-Laye", "Boulogne-sur-Mer": one name
                continue
            if tok.text == "-" and j > start and j + 3 < self.n and all(
                    self.joined(k) for k in range(j, j + 4)) and \
                    self.low(j + 1) in ("a", "de", "en") and self.t[j + 2].text == "-":
                j += 4  # "goutte-à-goutte", "clé-en-main": one word
                continue
            if word == "et" and j > start and _cap(self.t[j - 1]) and j + 1 < self.n and \
                    _cap(self.t[j + 1]) and _low(self.t[j + 1]) not in HEADS and \
                    _low(self.t[j + 1]) not in TITLES and not self.is_person(j + 1) and \
                    not _acronym(self.t[j + 1].text) and \
                    (j + 2 >= self.n or not _cap(self.t[j + 2])):
                j += 2  # "des Eaux et Forêts"
                continue
            if word == "et" and j > start and j + 1 < self.n and not _cap(self.t[j + 1]) and \
                    self.t[j - 1].pos_ == "NOUN" and (self.t[j + 1].pos_ in ("NOUN", "ADJ") or
                                                      _low(self.t[j + 1]) in ("forets",)) and \
                    not any(_low(self.t[j + 1]) in words
                            for words in (HEADS, GENERIC, TITLES, AGREEMENT_WORDS)) and \
                    (j + 2 >= self.n or self.t[j + 2].is_punct or
                     _low(self.t[j + 2]) in ("du", "de", "des", "d'")):
                j += 2  # "des eaux et forêts," "des ponts et chaussées du Maroc": one domain
                continue
            if word == "et" and j > start and j + 1 < self.n and not _cap(self.t[j + 1]) and \
                    all(t.pos_ == "ADJ" or ADJ_FORM.fullmatch(_low(t)) or _low(t).endswith("al")
                        for t in (self.t[j - 1], self.t[j + 1])) and \
                    _low(self.t[j + 1]) not in HEADS and _low(self.t[j + 1]) not in GENERIC:
                j += 2  # "verte et numérique"
                continue
            if word in ("residant", "residants", "resident") and j > start and \
                    _low(self.t[j - 1]) in ("marocains", "marocaine") and self.low(j + 1) == "a":
                # "des Marocains résidant à l'étranger", "de la Communauté marocaine …"
                j += 4 if self.low(j + 2) == "l'" else 3
                continue
            if word == "contre" and j > start and _low(self.t[j - 1]) == "lutte":
                j += 1  # "la lutte contre la désertification"
                if self.low(j) in ("la", "le", "les", "l'"):
                    j += 1
                continue
            if word == "en" and j > start and _low(self.t[j - 1]) == "mise" and j + 1 < self.n:
                j += 2  # "mise en valeur", "mise en oeuvre"
                continue
            if (word in STOP_NAME or word in PREPS) and self.low(j + 1) == "-" and \
                    self.joined(j + 1) and self.joined(j + 2) and j + 2 < self.n and \
                    self.t[j + 2].is_alpha:
                j += 3  # "de l'Outre-mer": a word glued to the next, not the preposition
                continue
            if word in STOP_NAME or word in PREPS or word == "de" or word in TITLE_WORDS:
                break  # "le ministre du Tourisme M. X": the name is not the ministry's
            if tok.pos_ in ("VERB", "AUX") and not _cap(tok) and j > start and not (
                    self.low(j + 1) == "-" and self.joined(j + 1) and self.joined(j + 2)) \
                    and not (tok.text == "-" and self.joined(j) and self.joined(j + 1)):
                break  # (not "arabo-allemande", a compound the tagger reads as a verb)
            if j > start and not _cap(tok) and self.low(j + 1) in ("un", "une"):
                break  # "du tourisme scellent un partenariat": a verb the tagger missed
            # "la société Israel Aerospace Industries": a company's name, even a person's
            named_company = j > start and _low(self.t[j - 1]) in COMPANY_HEADS
            if self.is_person(j) and j > start and _cap(tok) and tok.ent_iob_ == "B" \
                    and not named_company:
                break
            if j > start and self.starts_person(j) and not named_company:
                break  # "de la Santé Karim Tahiri": the minister's name, not the ministry's
            if proper_only and not _cap(tok) and tok.pos_ != "ADJ":
                break
            if _number_word(tok) and not any(c.isalpha() for c in tok.text) and j == start:
                break
            j += 1
        return j if j > start else None

COMPANY_HEADS = {"societe", "groupe", "entreprise", "firme", "compagnie", "holding"}

_LINKS = {"de", "du", "des", "la", "le", "les", "l'", "d'", "et", "pour", "a", "au", "aux", "en",
          "sur", "para", "el", "del", "y", "los", "las", "of", "the", "for", "and"}


def spelled_by_acronym(r: _Reader, j: int, run: int) -> int:
    """ "Banque centrale populaire (BCP)", "Crédit agricole du Maroc (CAM)": lowercase words
    after a capitalized run that the bracketed acronym spells with it belong to the name;
    the index where the name ends (``run`` when they do not)."""
    k = run  # (or its first words spell it, the lowercase ones after them its own: "(ANGSPE)")
    while k < r.n and k - run < 16 and r.low(k) != "(" and (r.t[k].is_alpha or r.low(k) in (
            "'", "l'", "d'") or r.low(k) == "," and r.low(k + 1) in ("de", "du", "des", "d'")):
        k += 1  # "Fondation de recherche, de développement et d'innovation (FRDI)"
    if k == run or r.low(k) != "(":
        return run
    _, acronym, short = _acronym_after(r, k)
    purpose = run if r.low(run) == "pour" else run + 1  # "(des Nations) unies pour …"
    if (acronym or short) and r.low(purpose) == "pour" and not any(
            t.pos_ in ("VERB", "AUX") or t.text == "," for t in r.t[purpose:k]):
        return k  # "l'Organisation des Nations unies pour l'alimentation et l'agriculture (FAO)"
    acronym = re.sub(r"([2-9])([A-Z])", lambda m: m[2] * int(m[1]), (acronym or "").upper())
    spelled = fold("".join(t.text[0] for t in r.t[j:k] if _low(t) not in _LINKS
                           and t.text != ",")).upper()
    return k if len(acronym) >= 2 and spelled.startswith(acronym) and (
        acronym == spelled and k - run <= 10 or len(acronym) >= 4 and not any(
            _cap(t) for t in r.t[run:k])) else run


# an acronym that counts its letters ("4C": four words in C), its country perhaps after it
COUNTED_LETTERS = re.compile(r"(?P<acronym>[2-9][A-Z]{1,3})(?:\s+(?P<country>[A-Z]\w+))?")
QUOTES_OPEN = {'"', "«", "\u201c"}
QUOTES_CLOSE = {'"', "»", "\u201d"}


def _acronym_after(r: _Reader, j: int) -> tuple[int, str | None, str | None]:
    """ "(ONEE)" -> acronym; "(Jumia.ma)" -> alias; 'X "PDSL"', "X « PDSL »" -> acronym."""
    if r.low(j) in QUOTES_OPEN and j + 2 < r.n and r.t[j + 2].text in QUOTES_CLOSE and \
            _acronym(r.t[j + 1].text) and r.t[j + 1].text.isupper():
        return j + 3, r.t[j + 1].text, None
    if r.low(j) != "(":
        return j, None, None
    k = j + 1
    while k < r.n and r.t[k].text != ")" and k - j < 6:
        k += 1
    if k >= r.n or r.t[k].text != ")":
        return _named_acronym_after(r, j)
    inside = r.text(j + 1, k).strip()
    if _acronym(inside):
        return k + 1, inside, None
    counted = COUNTED_LETTERS.fullmatch(inside)
    if counted and (not counted["country"] or fold(counted["country"]) in COUNTRIES):
        return k + 1, counted["acronym"], None  # "(4C Maroc)": four words in C, in Morocco
    if inside and len(inside.split()) <= 3 and inside[0].isupper() and "," not in inside:
        return k + 1, None, inside
    return _named_acronym_after(r, j)


# "(Nigeria Sovereign Investment Authority – NSIA)", "(Gas Aggregation Company Nigeria-GACN)",
# "(National Petroleum Corporation, NNPC)": the name in the body's own language, its acronym
# (not "(BM, BAD, BEI)", "(Banque mondiale, BAD, BEI)": a list of the bodies it stands for)
NAMED_ACRONYM = re.compile(r"(?P<name>[A-Z][^(),]{3,}?)\s*(?:[–—,]|\s-|-(?=[A-Z]{2,}\s*$))\s*"
                           r"(?P<acronym>[A-Z][A-Z0-9&]{1,11})")


def _named_acronym_after(r: _Reader, j: int) -> tuple[int, str | None, str | None]:
    k = j + 1
    while k < r.n and r.t[k].text not in (")", "(") and k - j < 16:
        k += 1
    if k >= r.n or r.t[k].text != ")":
        return j, None, None
    found = NAMED_ACRONYM.fullmatch(r.text(j + 1, k).strip())
    if found is None or not any(c.islower() for c in found["name"]):
        return j, None, None
    return k + 1, found["acronym"], found["name"].strip()

# Lowercase words inside a hyphenated place name ("Île-de-France", "Aix-en-Provence").
HYPHEN_GLUE = {"de", "du", "des", "sur", "en", "et", "la", "le", "les", "aux", "sous", "lès"}


def hyphen_next(r: _Reader, j: int) -> int | None:
    """At a hyphen inside a name (token j, glued both sides), the next capitalized word
    past any lowercase glue ("Île-de-France", "Pays-de-la-Loire"); None where the name
    stops."""
    k = j
    while k + 1 < r.n and r.t[k].text == "-" and not r.t[k].whitespace_ \
            and not r.t[k - 1].whitespace_:
        nxt = r.t[k + 1]
        if _cap(nxt) and nxt.is_alpha:
            return k + 1
        if _low(nxt) not in HYPHEN_GLUE or nxt.whitespace_ or k + 2 >= r.n:
            return None
        k += 2
    return None


def _proper_run(r: _Reader, i: int, joins_et: bool = False) -> int:
    """Capitalized words, acronyms and their glue ("Bank Al-Maghrib", "2T Services Maroc")."""
    j = i
    while j < r.n:
        tok = r.t[j]
        word = _low(tok)
        if j > i and _acronym(r.t[i].text) and r.starts_person(j):
            break  # "le directeur de l'ONEE Abdelaziz K.": the acronym's holder, glued
        if _cap(tok) and word not in MONTH_WORDS and not (
                j > i and r.is_person(j) and tok.ent_iob_ == "B" and not any(
                    _low(t) in COMPANY_WORDS for t in r.t[j:j + 3] if t.ent_type_ == "PER")):
            # "Maroc Numeric Cluster": a company's words in what the tagger takes for a name
            j += 1
        elif tok.text.isdigit() and not tok.whitespace_ and j + 1 < r.n and _cap(r.t[j + 1]):
            j += 1  # "2T Services"
        elif tok.text in ("-", "&", ".") and j > i and r.joined(j) and j + 1 < r.n \
                and not r.t[j].whitespace_ and _cap(r.t[j + 1]) or (
                tok.text == "&" and j > i and j + 1 < r.n and _cap(r.t[j + 1])):
            j += 1  # "Al-Maghrib", "Jumia.ma", "Procter & Gamble"; not a dash between words
        elif tok.text == "-" and j > i and r.joined(j) and hyphen_next(r, j) is not None:
            j = hyphen_next(r, j) or j  # "Île-de-France", "Pays-de-la-Loire": one name
        elif tok.text == "-" and j > i and r.joined(j) and not tok.whitespace_ and \
                j + 1 < r.n and r.t[j + 1].is_alpha and len(r.t[j + 1].text) > 2:
            j += 2  # "Inter-céréales France": a word glued by its hyphen
        elif j > i and _low(tok) in ("bank", "group", "holding", "groupe", "capital") \
                and not _cap(tok):
            j += 1  # "Attijariwafa bank"
        elif r.joined(j) and j > i and tok.is_alpha:
            j += 1  # "Jumia.ma", "Al-Maghrib" split by the tokenizer
        elif tok.text == "-" and j > i and r.joined(j) and r.low(j + 1) in ("al", "el") \
                and j + 2 < r.n and _cap(r.t[j + 2]):
            j += 2  # "Bank-al Maghrib"
        elif (word in NAME_LINKS or word in ("et", "and")) and j > i \
                and j + 1 < r.n and _cap(r.t[j + 1]) and (word != "et" or (
                    joins_et and not (j - i == 1 and _acronym(r.t[i].text)))):
            j += 1  # "Pâtes et Couscous X", "Bank of Africa"; an acronym is a whole name:
            # "YNNA et AMEA Power"
        elif word == "de" and j > i and r.low(j + 1) in ("l'", "la") and j + 2 < r.n and \
                _cap(r.t[j + 2]) and not _acronym(r.t[i].text) and \
                not r.t[j - 1].text.isupper():  # (not "150 millions USD de la Banque X")
            j += 2  # "Ciments de l'Afrique": the article inside a company's name
        else:
            break
    while j > i and _low(r.t[j - 1]) in NOT_LAST:
        j -= 1
    # "le Groupe Crédit agricole du Maroc": a name the base knows, begun inside the run,
    # goes on to its end
    known_end = max((r.known[k][0] for k in range(i, j) if k in r.known), default=j)
    return max(j, known_end)

def _name_case(text: str) -> str:
    text = clean_name(text)
    return text[:1].upper() + text[1:] if text else text


def _is_title_word(word: str) -> bool:
    """ "président", "directrice", and compounds such as "responsable-pays"."""
    return word in TITLES or word.split("-")[0] in TITLES


def _after_title(r: _Reader, i: int) -> bool:
    """Token i follows "le directeur général de", "PDG d'", "la présidente du"."""
    if i < 2 or r.low(i - 1) not in ("de", "d'", "d’", "du"):
        return False
    k = i - 2
    while k > 0 and i - k <= 4 and r.t[k].pos_ == "ADJ" and not _is_title_word(r.low(k)):
        k -= 1  # "directeur général adjoint de"
    return _is_title_word(r.low(k))
