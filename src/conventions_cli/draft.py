"""A French press article about a signed agreement -> a schema-1 YAML draft to review.

Rules and a small gazetteer, no model and no network: the draft is a starting point for a
human curator, so every extracted fact carries a `# from:` comment pointing at a few words
of evidence, and every fact that could not be found carries a `# TODO`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import ConvError
from .files import read_file

__all__ = ["Draft", "draft_article", "read_article"]


@dataclass
class Draft:
    """What `conv draft` prints (`yaml`) and the same facts as plain data (for tests, tools)."""

    yaml: str
    agreements: list[dict[str, Any]] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


def read_article(path: str) -> str:
    """Read a UTF-8 article (BOM or not) from a file or `-` (stdin); ConvError, never a trace."""
    label = "<stdin>" if path == "-" else path
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        data = read_file(path, directory="give the article's text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConvError(f"{label}: not UTF-8 text; save it as UTF-8") from None


# --------------------------------------------------------------------------- gazetteer

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
          "septembre", "octobre", "novembre", "decembre"]
NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12}
ORDINALS = {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2,
            "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
            "huitieme": 8, "neuvieme": 9, "dixieme": 10}

REGION_CITIES = {
    "Tanger-Tétouan-Al Hoceïma": ["Tanger", "Tétouan", "Al Hoceïma", "Larache", "Chefchaouen",
                                  "Ouezzane", "Fnideq", "M'diq", "Ksar El Kébir", "Asilah"],
    "L'Oriental": ["Oujda", "Nador", "Berkane", "Taourirt", "Jerada", "Guercif", "Figuig"],
    "Fès-Meknès": ["Fès", "Fez", "Meknès", "Taza", "Ifrane", "Sefrou", "El Hajeb"],
    "Rabat-Salé-Kénitra": ["Rabat", "Salé", "Kénitra", "Témara", "Skhirat", "Khémisset",
                           "Sidi Kacem", "Sidi Slimane", "Tiflet"],
    "Béni Mellal-Khénifra": ["Béni Mellal", "Beni-Mellal", "Khénifra", "Khouribga",
                             "Fquih Ben Salah", "Azilal", "Oued Zem"],
    "Casablanca-Settat": ["Casablanca", "Mohammedia", "El Jadida", "Settat", "Berrechid",
                          "Benslimane", "Sidi Bennour", "Bouskoura", "Nouaceur"],
    "Marrakech-Safi": ["Marrakech", "Marrakesh", "Safi", "Essaouira", "El Kelâa des Sraghna",
                       "Youssoufia", "Benguerir", "Ben Guerir", "Chichaoua"],
    "Drâa-Tafilalet": ["Errachidia", "Ouarzazate", "Zagora", "Tinghir", "Midelt"],
    "Souss-Massa": ["Agadir", "Inezgane", "Aït Melloul", "Taroudant", "Tiznit", "Tata"],
    "Guelmim-Oued Noun": ["Guelmim", "Tan-Tan", "Sidi Ifni", "Assa"],
    "Laâyoune-Sakia El Hamra": ["Laâyoune", "Laayoune", "Boujdour", "Smara", "Tarfaya"],
    "Dakhla-Oued Ed-Dahab": ["Dakhla", "Aousserd"],
}
CANONICAL_CITY = {"Fez": "Fès", "Beni-Mellal": "Béni Mellal", "Marrakesh": "Marrakech",
                  "Ben Guerir": "Benguerir", "Laayoune": "Laâyoune"}

NATIONALITIES = {"suisse": "CH", "espagnol": "ES", "francais": "FR", "allemand": "DE",
                 "italien": "IT", "belge": "BE", "turc": "TR", "tunisien": "TN",
                 "americain": "US", "chinois": "CN", "japonais": "JP", "coreen": "KR",
                 "britannique": "GB", "portugais": "PT", "senegalais": "SN",
                 "ivoirien": "CI", "emirati": "AE", "saoudien": "SA", "egyptien": "EG",
                 "mauritanien": "MR", "nigerian": "NG", "indien": "IN", "canadien": "CA",
                 "neerlandais": "NL", "europeen": None}

PUBLISHER_SITES = {"ledesk": "Le Desk", "le desk": "Le Desk", "hespress": "Hespress",
                   "le360": "Le360", "medias24": "Médias24", "lematin": "Le Matin",
                   "h24info": "H24info", "lavieeco": "La Vie éco", "leseco": "Les ECO",
                   "yabiladi": "Yabiladi", "lopinion": "L'Opinion", "telquel": "TelQuel",
                   "challenge.ma": "Challenge", "mapexpress": "MAP", "barlamane": "Barlamane"}

TYPE_LABELS = {"convention-cadre": "Convention-cadre",
               "convention-partenariat": "Convention de partenariat",
               "protocole-accord": "Protocole d'accord", "memorandum": "Mémorandum d'entente",
               "contrat-programme": "Contrat-programme", "accord": "Accord",
               "avenant": "Avenant", "other": "Accord"}

TYPE_PATTERNS = [
    ("convention-cadre", r"conventions?[- ]cadres?"),
    ("accord", r"accords?[- ]cadres?"),
    ("convention-partenariat", r"conventions?\s+de\s+partenariats?"),
    ("protocole-accord", r"protocoles?\s+d'accords?"),
    ("memorandum", r"memorand(?:um|a)s?(?:\s+d'entente|\s+of\s+understanding)?|mous?"),
    ("contrat-programme", r"contrats?[- ]programmes?"),
    ("avenant", r"avenants?"),
    ("accord", r"accords?(?:\s+de\s+(?:partenariat|cooperation))?"),
    ("other", r"conventions?(?:\s+de\s+cooperation)?"),
]
TYPE_RE = re.compile("|".join(rf"(?P<t{i}>\b(?:{pat})\b)"
                              for i, (_slug, pat) in enumerate(TYPE_PATTERNS)))

ENTITY_HEADS = {
    "ministere", "ministeres", "office", "agence", "federation", "association", "reseau",
    "centre", "centres", "groupe", "societe", "conseil", "region", "commune", "banque",
    "universite", "caisse", "fonds", "cluster", "clusters", "entreprise", "entreprises",
    "institut", "ecole", "chambre", "confederation", "wilaya", "direction", "fondation",
    "cabinet", "autorite", "organisation", "departement", "haut-commissariat", "societes",
}
INTRO_WORDS = {"hier", "aujourd'hui", "ce", "cette", "a", "au", "aux", "lors", "en", "dans",
               "selon", "apres", "pour", "par", "sous", "suite", "mardi", "lundi", "mercredi",
               "jeudi", "vendredi", "samedi", "dimanche", "avant-hier", "il", "d'apres",
               "recemment", "mais", "ainsi", "de", "du", "sur", "meme", "enfin"}
STOP_WORDS = ("pour", "portant", "concernant", "relative", "relatif", "relatives", "relatifs",
              "visant", "afin", "dans", "en", "sous", "qui", "au", "aux", "sur", "lors",
              "ayant", "destinee", "destine", "destinees", "destines", "a")
EARLIER_MARKERS = ("precedent", "ancien", "dans le sillage", "fait suite", "finalisation",
                   "prolonge", "succede", "premiere generation", "bilan du")

SIGN_WORD_RE = re.compile(
    r"\b(?:sign(?:e|ee|es|ees|ature|atures|ent|er|era|eront|ataires?)|paraph\w*|conclu\w*)\b")
VERB_RE = re.compile(
    r"\b(?:ont|a|avaient|avait|vont|va|viennent\s+de|vient\s+de|ont\s+ete|a\s+ete|"
    r"ont\s+bien\s+ete)\s+(?:proced\w*|sign\w*|paraph\w*|conclu\w*|scell\w*)"
    r"|\b(?:signent|paraphent|concluent)\b")


# --------------------------------------------------------------------------- text helpers


def _fold_char(char: str) -> str:
    if char in "’‘ʼ`´":
        return "'"
    if char in "\u00a0\u202f\u2009\t":
        return " "
    decomposed = unicodedata.normalize("NFKD", char)
    base = decomposed[0] if decomposed else char
    lowered = base.lower()
    return lowered[0] if lowered else base


def fold(text: str) -> str:
    """Lowercase, accent-free, straight apostrophes; same length as the input (spans map)."""
    return "".join(_fold_char(char) for char in text)


def match_key(text: str) -> str:
    """Key for comparing organization names: folded, punctuation-insensitive."""
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", fold(text)).split())


def slugify(text: str, max_words: int = 0) -> str:
    words = [w for w in re.split(r"[^a-z0-9]+", fold(text)) if w]
    if max_words:
        words = words[:max_words]
    return "-".join(words)


def clean(text: str) -> str:
    return " ".join(text.split())


def evidence(text: str, max_words: int = 8) -> str:
    words = clean(text).split(" ")
    if len(words) > max_words:
        words = words[:max_words] + ["…"]
    return " ".join(words)


SAFE_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]*[A-Za-z0-9.]$|^[A-Za-z]$")
NUMBER_LIKE = re.compile(r"^[0-9][0-9 ._:-]*$|^[0-9.]+e[0-9]+$", re.I)
RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


def scalar(value: Any) -> str:
    """One YAML scalar; strings that are not plain safe words are JSON-quoted (valid YAML)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if SAFE_PLAIN.match(text) and text.lower() not in RESERVED and ": " not in text \
            and " #" not in text and not NUMBER_LIKE.match(text):
        return text
    return json.dumps(text, ensure_ascii=False)


# --------------------------------------------------------------------------- the article


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Article:
    orig: str
    low: str
    sentences: list[Span]
    dateline: Span | None = None
    dateline_on: dt.date | None = None

    def text(self, span: Span) -> str:
        return self.orig[span.start:span.end]


# "Rabat, le 10.03.2024 - ", "Rabat, 10 mars 2024 (MAP) – ", "Le 10.03.2024 : " at the start
# of a line near the top: the date the piece was filed, i.e. published, not the signing date.
DATELINE_RE = re.compile(
    r"^[ \t]*(?:[a-z][a-z' -]{1,30}?[ \t]*(?:\([a-z-]{2,12}\)[ \t]*)?,[ \t]*)?(?:le[ \t]+)?"
    rf"(?:(?:{'|'.join(WEEKDAYS)})[ \t]+)?"
    r"(?:(?P<d>\d{1,2})[ \t]*[./-][ \t]*(?P<m>\d{1,2})[ \t]*[./-][ \t]*(?P<y>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    rf"|(?P<td>1er|\d{{1,2}})[ \t]+(?P<tm>{'|'.join(MONTHS)})[ \t]+(?P<ty>\d{{4}}))"
    r"[ \t]*(?:\([a-z-]{2,12}\)[ \t]*)?[-–—:][ \t]+", re.M)


def find_dateline(low: str) -> re.Match[str] | None:
    """A dateline opening one of the first lines of the article (folded text)."""
    head_end = 0
    for _ in range(12):
        newline = low.find("\n", head_end)
        if newline < 0:
            head_end = len(low)
            break
        head_end = newline + 1
    return DATELINE_RE.search(low, 0, head_end) if head_end else None


def dateline_date(found: re.Match[str]) -> dt.date | None:
    if found["y"]:
        return _safe_date(int(found["y"]), int(found["m"]), int(found["d"]))
    if found["iy"]:
        return _safe_date(int(found["iy"]), int(found["im"]), int(found["id"]))
    day = 1 if found["td"] == "1er" else int(found["td"])
    return _safe_date(int(found["ty"]), MONTHS.index(found["tm"]) + 1, day)


SENTENCE_END = re.compile(r"(?<=[.!?])[»\"”]?\s+(?=[«\"“A-ZÀ-Ý0-9])|\n+")


def make_article(text: str) -> Article:
    orig = "".join("'" if c in "’‘ʼ" else (" " if c in "\u00a0\u202f\u2009" else c)
                   for c in text)
    low = fold(orig)
    sentences: list[Span] = []
    start = 0
    for sep in SENTENCE_END.finditer(orig):
        if orig[start:sep.start()].strip():
            sentences.append(Span(start, sep.start()))
        start = sep.end()
    if orig[start:].strip():
        sentences.append(Span(start, len(orig)))
    dateline, dateline_on = None, None
    found = find_dateline(low)
    if found and dateline_date(found) is not None:
        dateline, dateline_on = Span(found.start(), found.end()), dateline_date(found)
        # the sentence that opens with the dateline starts after it: the dateline's city and
        # date are neither a party nor the signing date
        for index, span in enumerate(sentences):
            if span.start <= found.end() < span.end and span.start >= found.start():
                sentences[index] = Span(found.end(), span.end)
    return Article(orig, low, sentences, dateline, dateline_on)


# --------------------------------------------------------------------------- publication


@dataclass
class Publication:
    date: dt.date | None = None
    year: int | None = None
    month: int | None = None
    publisher: str | None = None
    date_evidence: str = ""
    publisher_evidence: str = ""

    @property
    def iso(self) -> str | None:
        if self.date:
            return self.date.isoformat()
        if self.year and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        if self.year:
            return f"{self.year:04d}"
        return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


MONTH_ALT = "|".join(MONTHS)
WEEKDAY_ALT = "|".join(WEEKDAYS)
NUMERIC_DMY = r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})"


def find_publication(art: Article, published_on: dt.date | None) -> Publication:
    """The publication date and publisher, from the argument or the header/footer."""
    pub = Publication()
    low, orig = art.low, art.orig
    found = re.search(r"publie\s+dans\s+(.{2,40}?)\s+le\s+" + NUMERIC_DMY, low)
    if found:
        pub.publisher = clean(orig[found.start(1):found.end(1)])
        pub.publisher_evidence = orig[found.start():found.end(1)]
        pub.date = _safe_date(int(found[4]), int(found[3]), int(found[2]))
        pub.date_evidence = orig[found.start():found.end()]
    candidates = [
        re.compile(r"publie\s+le\s+" + NUMERIC_DMY),
        re.compile(r"^\s*(\d{2})\.(\d{2})\.(\d{4})\s+a\s+\d{1,2}\s*h", re.M),
    ]
    for regex in candidates:
        if pub.date:
            break
        found = regex.search(low)
        if found:
            pub.date = _safe_date(int(found[3]), int(found[2]), int(found[1]))
            pub.date_evidence = orig[found.start():found.end()]
    footer = re.search(r"^\s*[a-z][\w' -]{1,30},\s+(\d{4})-(\d{2})-(\d{2})(?:[ t][\d:]+)?"
                       r"\s*\(([^)]{2,40})\)", low, re.M)
    if footer:
        if not pub.date:
            pub.date = _safe_date(int(footer[1]), int(footer[2]), int(footer[3]))
            pub.date_evidence = orig[footer.start():footer.end()].strip()
        if not pub.publisher:
            pub.publisher = clean(orig[footer.start(4):footer.end(4)])
            pub.publisher_evidence = f"({pub.publisher})"
    if not pub.date and art.dateline is not None:
        pub.date = art.dateline_on
        pub.date_evidence = clean(art.text(art.dateline)).rstrip(" -–—:")
    if not pub.date:
        header = re.search(r"(?:\A|\n)\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b", low)
        if header:
            pub.year, pub.month = int(header[1]), int(header[2])
            if header[3]:
                pub.date = _safe_date(pub.year, pub.month, int(header[3]))
            pub.date_evidence = orig[header.start():header.end()].strip()
    if not pub.date and not pub.year:
        lines = low.split("\n")
        for line in lines[:20] + lines[-5:]:
            if len(line) > 100:
                continue
            found = re.search(r"\b" + NUMERIC_DMY + r"\b", line) or None
            if found:
                pub.date = _safe_date(int(found[3]), int(found[2]), int(found[1]))
            else:
                found = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", line)
                if found:
                    pub.date = _safe_date(int(found[1]), int(found[2]), int(found[3]))
            if pub.date:
                pub.date_evidence = clean(found[0])
                break
    if published_on is not None:
        pub.date, pub.date_evidence = published_on, ""
    if pub.date:
        pub.year, pub.month = pub.date.year, pub.date.month
    if not pub.publisher:
        head = "\n".join(low.split("\n")[:25])
        site = re.search(r"logo du site\s+([\w.-]+)", head)
        if site:
            pub.publisher = PUBLISHER_SITES.get(site[1], site[1])
            pub.publisher_evidence = orig[site.start():site.end()]
        else:
            for key, name in PUBLISHER_SITES.items():
                hit = re.search(rf"\b{re.escape(key)}\b", head)
                if hit:
                    pub.publisher, pub.publisher_evidence = name, orig[hit.start():hit.end()]
                    break
            else:
                agency = re.search(r"\((map|maroc-actu)\)", low)
                if agency:
                    pub.publisher = orig[agency.start(1):agency.end(1)]
                    pub.publisher_evidence = orig[agency.start():agency.end()]
    return pub


# --------------------------------------------------------------------------- dates


@dataclass
class Found:
    """One extracted fact: its value, a few words of evidence, and an optional TODO."""

    value: Any
    evidence: str = ""
    todo: str = ""


DATE_NUMERIC = re.compile(rf"\b(?:(?P<wd>{WEEKDAY_ALT})\s+)?(?:le\s+)?(?P<d>\d{{1,2}})[./]"
                          rf"(?P<m>\d{{1,2}})[./](?P<y>\d{{4}})\b")
DATE_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
DATE_TEXT = re.compile(rf"\b(?:(?P<wd>{WEEKDAY_ALT})\s+)?(?P<d>1er|\d{{1,2}})\s+"
                       rf"(?P<m>{MONTH_ALT})(?:\s+(?P<y>\d{{4}}))?\b")
DATE_RELATIVE = re.compile(rf"\b(?P<rel>avant-hier|hier|aujourd'hui)\b(?:\s*,?\s*"
                           rf"(?P<wd>{WEEKDAY_ALT})\b)?")
DATE_THIS = re.compile(rf"\b(?:ce\s+(?P<wd>{WEEKDAY_ALT})|(?P<wd0>{WEEKDAY_ALT})\s+dernier)\b")
DATE_WEEKDAY = re.compile(rf"\b(?P<wd>{WEEKDAY_ALT})\b(?!\s+(?:\d|1er|prochain))")
DATE_MONTH = re.compile(rf"\b(?P<m>{MONTH_ALT})\s+(?P<y>(?:19|20)\d{{2}})\b")


def _check_weekday(date: dt.date, weekday: str | None) -> str:
    if weekday and WEEKDAYS.index(weekday) != date.weekday():
        return (f"the weekday '{weekday}' disagrees with {date.isoformat()} "
                f"(that day is a {WEEKDAYS[date.weekday()]}); check the date")
    return ""


def _resolve_yearless(month: int, day: int, pub: Publication) -> tuple[dt.date | None, str]:
    if not pub.year:
        return None, "the article gives no year and no publication date is known"
    date = _safe_date(pub.year, month, day)
    if date is None:
        return None, f"day {day} does not exist in month {month}"
    later = date > pub.date if pub.date else month > (pub.month or 12)
    if later:
        date = _safe_date(pub.year - 1, month, day)
        if date is None:
            return None, f"day {day} does not exist in month {month}"
    return date, ""


def find_date(segment: str, low: str, pub: Publication) -> Found | None:
    """A signing date in one sentence: absolute, relative to publication, or month only."""
    found = DATE_NUMERIC.search(low) or DATE_ISO.search(low)
    if found:
        date = _safe_date(int(found["y"]), int(found["m"]), int(found["d"]))
        if date is None:
            return Found(None, segment[found.start():found.end()], "this date does not exist")
        weekday = found.groupdict().get("wd")
        return Found(date.isoformat(), segment[found.start():found.end()],
                     _check_weekday(date, weekday))
    found = DATE_TEXT.search(low)
    if found:
        day = 1 if found["d"] == "1er" else int(found["d"])
        month = MONTHS.index(found["m"]) + 1
        words = segment[found.start():found.end()]
        if found["y"]:
            date, todo = _safe_date(int(found["y"]), month, day), ""
            if date is None:
                todo = "this date does not exist"
        else:
            date, todo = _resolve_yearless(month, day, pub)
        if date is None:
            return Found(None, words, todo)
        return Found(date.isoformat(), words, todo or _check_weekday(date, found["wd"]))
    for regex in (DATE_RELATIVE, DATE_THIS, DATE_WEEKDAY):
        found = regex.search(low)
        if not found:
            continue
        words = segment[found.start():found.end()]
        groups = found.groupdict()
        weekday = groups.get("wd") or groups.get("wd0")
        if pub.date is None:
            return Found(None, words, "a date relative to publication, but no publication "
                                      "date is known (pass --published-on)")
        if groups.get("rel"):
            back = {"aujourd'hui": 0, "hier": 1, "avant-hier": 2}[groups["rel"]]
            date = pub.date - dt.timedelta(days=back)
            return Found(date.isoformat(), words, _check_weekday(date, weekday))
        if weekday is None:  # a relative word without its weekday: nothing to resolve
            continue
        back = (pub.date.weekday() - WEEKDAYS.index(weekday)) % 7
        if groups.get("wd0") and back == 0:
            back = 7
        date = pub.date - dt.timedelta(days=back)
        return Found(date.isoformat(), words)
    found = DATE_MONTH.search(low)
    if found:
        month = MONTHS.index(found["m"]) + 1
        start = max(0, found.start() - 25)
        prefix = re.search(r"(?:au cours du mois de|au mois de|courant|durant le mois de|en)\s*$",
                           low[start:found.start()])
        begin = start + prefix.start() if prefix else found.start()
        return Found(f"{int(found['y']):04d}-{month:02d}", segment[begin:found.end()],
                     "only the month is known")
    return None


# --------------------------------------------------------------------------- amounts


NUMBER = r"(?P<num>\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
AMOUNT_RE = re.compile(
    NUMBER + r"\s*(?P<unit>milliards?\s+(?:de\s+)?(?:dirhams|dh|mad)\b|mmdh\b|mds?\s+(?:de\s+)?"
    r"(?:dirhams|dh)\b|mrds?\s+(?:de\s+)?(?:dirhams|dh)\b|millions?\s+(?:de\s+)?"
    r"(?:dirhams|dh|mad)\b|mdhs?\b|m\s?dh\b|mmad\b|(?:dirhams|dhs?|mad)\b)")


def parse_number(text: str) -> Decimal | None:
    text = text.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def parse_amount(low: str) -> int | None:
    """'1,2 milliard de dh' -> 1200000000 (on folded text); None when it is not MAD."""
    found = AMOUNT_RE.fullmatch(low.strip())
    if not found:
        return None
    number = parse_number(found["num"])
    if number is None:
        return None
    unit = found["unit"]
    if unit.startswith(("million", "mdh", "mmad")) or re.match(r"m\s?dh", unit):
        number *= 10**6
    elif unit.startswith(("milliard", "mmdh")) or re.match(r"m(?:r)?ds?\s", unit):
        number *= 10**9
    return int(number)


def find_amounts(low: str, orig: str) -> list[Found]:
    result = []
    for found in AMOUNT_RE.finditer(low):
        if found.start() > 0 and (low[found.start() - 1].isalnum()
                                  or low[found.start() - 1] in ",."):
            continue
        amount = parse_amount(found.group())
        if amount is not None:
            result.append(Found(amount, orig[found.start():found.end()]))
    return result


PERIOD_RE = re.compile(r"(?:(?:pour|sur)\s+la\s+periode\s+|periode\s+|horizon\s+)?"
                       r"(?:(?P<a>(?:19|20)\d{2})\s*[-–/]\s*(?P<b>(?:19|20)\d{2})\b"
                       r"|(?:de|entre)\s+(?P<c>(?:19|20)\d{2})\s+(?:a|et)\s+(?P<d>(?:19|20)\d{2}))")
JOBS_RE = re.compile(r"(?P<n>\d{1,3}(?:[ .]\d{3})+|\d+)\s+(?:nouveaux\s+)?"
                     r"(?:emplois|postes(?:\s+d'emplois?)?)(?P<direct>\s+directs?)?"
                     r"(?:[^.\d]{0,40}?d'ici\s+(?:a\s+|l'an\s+|fin\s+)?(?P<by>(?:19|20)\d{2}))?")


def find_periods(low: str, orig: str) -> list[Found]:
    result = []
    for found in PERIOD_RE.finditer(low):
        start = int(found["a"] or found["c"])
        end = int(found["b"] or found["d"])
        if end < start or end - start > 30:
            continue
        if found.end() < len(low) and low[found.end():found.end() + 1] in "-/":
            continue
        result.append(Found((start, end), orig[found.start():found.end()]))
    return result


def find_jobs(low: str, orig: str) -> list[Found]:
    result = []
    for found in JOBS_RE.finditer(low):
        direct = int(re.sub(r"\D", "", found["n"]))
        by = int(found["by"]) if found["by"] else None
        todo = "" if found["direct"] else "direct jobs, or all jobs? check"
        result.append(Found((direct, by), orig[found.start():found.end()], todo))
    return result


# --------------------------------------------------------------------------- places, events


def _city_regex() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    lookup: dict[str, tuple[str, str]] = {}
    for region, cities in REGION_CITIES.items():
        for city in cities:
            lookup[fold(city)] = (CANONICAL_CITY.get(city, city), region)
    names = sorted(lookup, key=len, reverse=True)
    alt = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w-])a\s+(?:la\s+ville\s+de\s+)?(?P<city>{alt})(?![\w-])"), lookup


CITY_RE, CITY_LOOKUP = _city_regex()


def find_place(segment: str, low: str) -> tuple[Found, str] | None:
    for found in CITY_RE.finditer(low):
        if not segment[found.start("city")].isupper():
            continue
        city, region = CITY_LOOKUP[found["city"]]
        return Found(city, segment[found.start():found.end()]), region
    return None


EVENT_RE = re.compile(
    r"(?:en marge|a l'occasion|lors)\s+(?:de la|du|de l'|des|de)\s*"
    r"(?:[a-z0-9]+\s+edition\s+(?:du|de la|de l'|des)\s*)?"
    r"(?P<kind>(?:salon|forum|sommet|conference|foire|rencontre|assises|journees?|semaine|"
    r"exposition|congres|festival)(?:\s+international)?\s+(?:de la\s+|du\s+|de l'|des\s+)?)?")
EVENT_NAME = re.compile(r"[«\"“]\s*(?P<q>[^»\"”]{2,80}?)\s*[»\"”]|(?P<n>(?:[A-Z0-9][\w&'-]*)"
                        r"(?:\s+(?:[A-Z0-9][\w&'-]*|de|du|des|d'|la|l'|of|for|au)(?=\s|$|\W))*)")


def find_event(segment: str, low: str, year: int | None) -> Found | None:
    found = EVENT_RE.search(low)
    if not found:
        return None
    name_start = found.end()
    if found["kind"] and segment[found.start("kind")].isupper() \
            and not re.match(r"\s*[«\"“]", segment[found.end():]):
        name_start = found.start("kind")
    rest = segment[name_start:]
    name_match = EVENT_NAME.match(rest)
    if not name_match:
        return None
    name = clean(name_match["q"] or name_match["n"] or "")
    name = re.sub(r"\s+(?:de|du|des|d'|la|l'|of|for|au)$", "", name)
    if len(name) < 2:
        return None
    if year and not re.search(r"\b(?:19|20)\d{2}\b", name):
        name = f"{name} {year}"
    return Found(name, segment[found.start():name_start + name_match.end()])


# --------------------------------------------------------------------------- parties


@dataclass
class Party:
    text: str
    name: str
    acronym: str | None
    country: str | None = None
    from_subject: bool = True


ARTICLE_RE = re.compile(r"^(?:(?:les|le|la|un|une|des)\s+|l['\u2019]\s*)", re.I)
DESCRIPTOR_RE = re.compile(r"^(?:les|l')\s*(?:entreprises?|soci[ée]t[ée]s?|cabinets?|groupes? "
                           r"(?=[A-Z]))\s*|^(?:la|les)\s+soci[ée]t[ée]s?\s+", re.I)


def is_entity_start(tail: str) -> bool:
    tail = tail.lstrip()
    if not tail:
        return False
    rest = tail
    art = re.match(r"(?:les|le|la|l')(?:\s+|(?<=')\s*)", tail, re.I)
    if art:
        rest = tail[art.end():]
    word = re.match(r"[\w'-]+", rest)
    if not word:
        return False
    token = word.group()
    return token[0].isupper() or token[0].isdigit() or fold(token) in ENTITY_HEADS


def _plural_head(tail: str) -> bool:
    """' et des centres techniques' starts another party ('de l'Industrie et du Commerce' not)."""
    found = re.match(r"(?:des|les)\s+([\w'-]+)", tail)
    return bool(found) and fold(found[1]) in ENTITY_HEADS


def _inside_complement(before: str, tail: str) -> bool:
    """'des Eaux et Forêts': a bare capital after 'de X' continues the same name."""
    if re.match(r"\s*(?:les|le|la|l')\b", tail, re.I):
        return False
    words = before.split()
    if not words:
        return False
    last = fold(words[-1])
    previous = fold(words[-2]) if len(words) > 1 else ""
    return previous in {"de", "du", "des"} or last.startswith(("d'", "l'"))


def split_entities(text: str) -> list[str]:
    """Split 'A, le B (X) et la C' into names, not splitting 'de l'Industrie et du Commerce'."""
    parts: list[str] = []
    depth = 0
    start = 0
    index = 0
    separators = (", ainsi que ", " ainsi que ", ", et ", ", ", " et ")
    while index < len(text):
        char = text[index]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            for sep in separators:
                if text.startswith(sep, index) and (
                        (is_entity_start(text[index + len(sep):])
                         and not _inside_complement(text[:index], text[index + len(sep):]))
                        or (sep == " et " and _plural_head(text[index + len(sep):]))):
                    parts.append(text[start:index])
                    start = index = index + len(sep)
                    break
            else:
                index += 1
            continue
        index += 1
    parts.append(text[start:])
    return [clean(part).strip(" ,;:") for part in parts if clean(part).strip(" ,;:")]


def cut_objects(text: str) -> str:
    """'A et B, portant sur ...' -> 'A et B': stop at a clause that is not another party."""
    depth = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",;:":
            after = text[index + 1:]
            if re.match(r"\s+(?:et\s+|ainsi que\s+)", after):
                continue
            if not is_entity_start(after):
                return text[:index]
        elif depth == 0 and char == " ":
            word = re.match(r" ([\w']+)\b", text[index:])
            if word and fold(word[1]) in STOP_WORDS:
                rest = text[index:]
                clause_end = re.search(r"[,;.]|$", rest)
                head = rest[:clause_end.start()] if clause_end else rest
                if re.search(r"\([A-Z0-9][A-Za-z0-9&.\- ]{0,15}\)", head):
                    continue
                return text[:index]
    return text


def _expand_plural(text: str) -> list[str] | None:
    """'les clusters suisse, espagnol et français' -> one name per adjective."""
    found = re.fullmatch(r"(?:les|des)\s+(\w+?)s\s+((?:[a-zà-ÿ]+\s*,\s*)*[a-zà-ÿ]+\s+et\s+"
                         r"[a-zà-ÿ]+)", text.strip())
    if not found:
        return None
    noun = found[1][0].upper() + found[1][1:]
    adjectives = re.split(r"\s*,\s*|\s+et\s+", found[2])
    return [f"{noun} {adj}" for adj in adjectives]


def _expand_ministries(text: str) -> list[str] | None:
    """'Les ministères de A, ainsi que de B' -> 'Ministère de A', 'Ministère de B'."""
    found = re.match(r"^(?:les|des)\s+minist[eè]res\s+(?=(?:de|du|des|d')\b|d')", text, re.I)
    if not found:
        return None
    rest = text[found.end():]
    pieces = re.split(r",?\s+ainsi\s+que\s+", rest)
    if len(pieces) == 1:
        pieces = re.split(r",?\s+et\s+(?=(?:de|du|des)\s|d')", rest)
    return [f"Ministère {clean(piece).strip(' ,')}" for piece in pieces if piece.strip(" ,")]


def make_party(text: str, from_subject: bool) -> Party:
    raw = clean(text)
    acronym = None
    paren = re.search(r"\s*\(([^()]*)\)\s*$", raw)
    if paren:
        inside = paren[1].strip()
        if re.fullmatch(r"[A-Z0-9][A-Za-z0-9&.\-]{0,14}", inside) \
                and sum(c.isupper() for c in inside) >= 2:
            acronym = inside
        raw = raw[:paren.start()]
    name = DESCRIPTOR_RE.sub("", raw)
    name = ARTICLE_RE.sub("", name) if ARTICLE_RE.match(name) else name
    name = name.strip(" ,;:«»\"“”")
    if name:
        name = name[0].upper() + name[1:]
    country = None
    for word in re.findall(r"[\w]+", fold(name)):
        base = re.sub(r"(?:es|e|s)$", "", word) if word not in NATIONALITIES else word
        for key in (word, base):
            if key in NATIONALITIES and NATIONALITIES[key]:
                country = NATIONALITIES[key]
    return Party(clean(text), name, acronym, country, from_subject)


def parse_parties(segment: str, low: str, type_start: int) -> tuple[list[Party], list[Party]]:
    """Subjects (who signed) and objects (with whom), from the signing sentence."""
    relative = re.search(r"\b(?:a|ont)\s+(?:recu|accueilli|rencontre|reuni)\s+(.+?)\s+avec\s+"
                         r"(?:qui|lesquel(?:le)?s|lequel|laquelle)\s+(?:il|elle|ils|elles)\s+"
                         r"(?:a|ont)\s+(?:sign|paraph|conclu)", low)
    verb = VERB_RE.search(low)
    if relative:
        subject_text = segment[:relative.start()]
        object_text = segment[relative.start(1):relative.end(1)]
    elif verb:
        subject_text = segment[:verb.start()]
        passive = "ete" in low[verb.start():verb.end()]
        after = low[verb.end():]
        link = re.search(r"\b(?:avec|entre)\s+", after)
        object_text = ""
        if link:
            object_text = cut_objects(segment[verb.end() + link.end():])
            if passive or "entre" in link.group():
                subject_text = ""
        if passive:
            subject_text = ""
    else:
        subject_text = ""
        after = low[type_start:] if type_start >= 0 else low
        offset = type_start if type_start >= 0 else 0
        link = re.search(r"\b(?:avec|entre)\s+", after)
        object_text = cut_objects(segment[offset + link.end():]) if link else ""
    subject_text = re.sub(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*", "", subject_text, flags=re.I)
    segments = split_top_commas(subject_text)
    while len(segments) > 1 and _first_word(segments[0]) in INTRO_WORDS:
        segments.pop(0)
    subject_text = ", ".join(segments)
    subjects = _names(subject_text, True)
    objects = _names(object_text, False)
    return subjects, objects


def split_top_commas(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _first_word(text: str) -> str:
    found = re.match(r"\s*([\w'-]+)", fold(text))
    return found[1] if found else ""


def _names(text: str, from_subject: bool) -> list[Party]:
    text = clean(text).strip(" ,;:")
    if not text:
        return []
    words = text.split(" ")
    if len(words) == 1 and fold(words[0]) in {"il", "elle", "ils", "elles", "on"}:
        return []
    names = _expand_ministries(text) or _expand_plural(text)
    if names is None:
        names = split_entities(text)
    parties = []
    for name in names:
        descriptor = DESCRIPTOR_RE.match(name)
        if descriptor and not name[descriptor.end():].strip():
            continue
        parties.append(make_party(name, from_subject))
    return [p for p in parties if p.name and fold(p.name) not in {"il", "elle", "ils"}]


# --------------------------------------------------------------------------- organizations


def guess_kind(name: str) -> tuple[str, bool]:
    """(kind, sure): sure only when the head noun names the kind."""
    words = re.findall(r"[\w.&-]+", fold(name))
    head = words[0] if words else ""
    sure = {"ministere": "ministry", "federation": "federation", "association": "association",
            "cluster": "cluster", "reseau": "network", "confederation": "federation"}
    if head in sure:
        return sure[head], True
    if "cluster" in words or "clusters" in words:
        return "cluster", False
    company = {"sa", "sarl", "sas", "sasu", "sarlau", "s.a", "s.a.", "maroc", "morocco",
               "services", "group", "groupe", "holding", "ltd", "inc", "gmbh", "spa",
               "consulting", "technologies", "industries", "company", "bank", "corp"}
    if company & set(words) or (name.split()[0].isupper() and len(name.split()[0]) > 1
                                and head not in {"ocp", "onee", "onda", "oncf"}):
        return "company", False
    for word, kind in (("ministere", "ministry"), ("federation", "federation"),
                       ("association", "association"), ("reseau", "network")):
        if word in words:
            return kind, False
    if {"office", "agence", "centre", "centres", "onee", "oncf", "onda", "region", "commune",
            "conseil", "wilaya", "autorite"} & set(words):
        return "public-body", False
    return "other", False


def org_slug(party: Party, kind: str) -> str:
    if party.acronym:
        return slugify(party.acronym)
    stop = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "a", "en", "au"}
    words = [w for w in re.split(r"[^a-z0-9]+", fold(party.name)) if w and w not in stop]
    if kind == "ministry":
        return "-".join(words[:4]) or "ministere"
    return "-".join(words[:4]) or "organisation"


def loose_key(key: str) -> str:
    """A match key without a final plural 's' ('maroc clusters' -> 'maroc cluster')."""
    words = key.split(" ")
    if words and len(words[-1]) > 3 and words[-1].endswith("s") \
            and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


class OrgIndex:
    """Known organizations by folded id, name, acronym and aliases; plus new proposals."""

    def __init__(self, organizations: Sequence[Mapping[str, Any]]) -> None:
        self.known: dict[str, str] = {}
        self.known_loose: dict[str, str] = {}
        self.ids: set[str] = set()
        self.kinds: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for org in organizations:
            org_id = str(org.get("id", ""))
            if not org_id:
                continue
            self.ids.add(org_id)
            self.kinds[org_id] = str(org.get("kind") or "other")
            self.names[org_id] = str(org.get("name") or org_id)
            keys = [org_id, org.get("name"), org.get("acronym"), *(org.get("aliases") or [])]
            for key in keys:
                if key:
                    self.known.setdefault(match_key(str(key)), org_id)
                    self.known_loose.setdefault(loose_key(match_key(str(key))), org_id)
        self.new: list[dict[str, Any]] = []
        self.new_keys: dict[str, str] = {}

    def resolve(self, party: Party) -> tuple[str, str, bool]:
        """(org id, kind, is_new) for one party, proposing a new organization when unknown."""
        keys = [match_key(party.name), match_key(party.text)]
        if party.acronym:
            keys.append(match_key(party.acronym))
        stripped = match_key(ARTICLE_RE.sub("", party.text))
        keys.append(stripped)
        for key in keys:
            if key and key in self.known:
                org_id = self.known[key]
                return org_id, self.kinds[org_id], False
        for key in keys:
            loose = loose_key(key)
            if loose and loose in self.known_loose:
                org_id = self.known_loose[loose]
                return org_id, self.kinds[org_id], False
        for key in keys:
            if key and key in self.new_keys:
                org_id = self.new_keys[key]
                kind = next(o["kind"] for o in self.new if o["id"] == org_id)
                return org_id, kind, True
        kind, sure = guess_kind(party.name)
        base = org_slug(party, kind)
        org_id, counter = base, 2
        taken = self.ids | {o["id"] for o in self.new}
        while org_id in taken:
            org_id, counter = f"{base}-{counter}", counter + 1
        record: dict[str, Any] = {"id": org_id, "name": party.name, "kind": kind}
        if party.acronym:
            record["acronym"] = party.acronym
        if party.country:
            record["country"] = party.country
        record["_kind_sure"] = sure
        record["_evidence"] = party.text
        self.new.append(record)
        for key in keys:
            if key:
                self.new_keys[key] = org_id
        return org_id, kind, True


# --------------------------------------------------------------------------- assembly


@dataclass
class Signing:
    """What the signing sentence tells: the type, how many agreements, with whom."""

    sentence: Span
    type: Found
    count: int
    plural: bool
    subjects: list[Party]
    objects: list[Party]
    object_phrase: str


def _score(low: str) -> int:
    score = 0
    if SIGN_WORD_RE.search(low):
        score += 2
    if VERB_RE.search(low):
        score += 1
    if re.search(r"\b(?:avec|entre)\b", low):
        score += 1
    types = [m for m in TYPE_RE.finditer(low)]
    if any(_type_of(m) not in {"accord", "other"} for m in types):
        score += 3
    elif types:
        score += 1
    return score


def _type_of(found: re.Match[str]) -> str:
    for name, value in found.groupdict().items():
        if value is not None:
            return TYPE_PATTERNS[int(name[1:])][0]
    return "other"


def find_signing(art: Article) -> Signing | None:
    best, best_score = None, 0
    for span in art.sentences:
        score = _score(art.low[span.start:span.end])
        if score > best_score:
            best, best_score = span, score
    if best is None or best_score < 2:
        return None
    seg, low = art.text(best), art.low[best.start:best.end]
    matches = list(TYPE_RE.finditer(low))
    specific = [m for m in matches if _type_of(m) not in {"accord", "other"}]
    chosen = (specific or matches or [None])[0]
    count, plural, type_start = 1, False, -1
    if chosen is not None:
        slug = _type_of(chosen)
        todo = "check the type: the article only says 'convention'" if slug == "other" else ""
        word_start = max(0, chosen.start() - 30)
        before = low[word_start:chosen.start()]
        number = re.search(r"(?:\b(\d{1,2})|\b(" + "|".join(NUMBER_WORDS) + r"))\s+$", before)
        if number:
            count = int(number[1]) if number[1] else NUMBER_WORDS[number[2]]
        first_word = low[chosen.start():chosen.end()].split()[0]
        plural = bool(re.search(r"s$", first_word.split("-")[0])) or count > 1
        prefix_words = seg[word_start:chosen.start()].split()[-2:]
        evid = " ".join(prefix_words + [seg[chosen.start():chosen.end()]])
        type_found = Found(slug, evid.strip(), todo)
        type_start = chosen.start()
        after = seg[chosen.end():]
        obj = re.match(r"\s*,?\s*(?:pour|portant sur|relatifs? à|relatives? à|concernant|"
                       r"visant|en vue de|dans le cadre de)\s+(.+?)(?=\s+pour la p[ée]riode|"
                       r"\s+avec\s|\s+entre\s|\s+a annoncé|\s+en marge|[,.;]|$)", after)
        phrase = ""
        if obj:
            phrase = ARTICLE_RE.sub("", clean(obj[1])) if ARTICLE_RE.match(clean(obj[1])) \
                else clean(obj[1])
            phrase = " ".join(phrase.split()[:10])
    else:
        type_found = Found("other", "", "no agreement type found in the article")
        phrase = ""
    subjects, objects = parse_parties(seg, low, type_start)
    return Signing(best, type_found, count, plural, subjects, objects, phrase)


def _is_earlier(low: str, year: int | None) -> bool:
    if any(marker in low for marker in EARLIER_MARKERS):
        return True
    if year:
        for period in PERIOD_RE.finditer(low):
            end = int(period["b"] or period["d"])
            if end < year:
                return True
        if SIGN_WORD_RE.search(low):
            years = [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", low)]
            if years and max(years) < year:
                return True
    return False


def _ordinal_segments(art: Article, after: int) -> dict[int, tuple[int, int]]:
    regex = re.compile(r"\b(?:le|la|l')\s*(" + "|".join(ORDINALS) + r")\s+(?:partenariat|"
                       r"protocole|accord|convention|engagement|projet|memorandum|contrat|"
                       r"avenant|partenaire|document|texte)")
    hits = [(m.start(), ORDINALS[m[1]]) for m in regex.finditer(art.low, after)]
    segments: dict[int, tuple[int, int]] = {}
    for index, (start, ordinal) in enumerate(hits):
        end = hits[index + 1][0] if index + 1 < len(hits) else len(art.low)
        segments.setdefault(ordinal, (start, end))
    return segments


def _facts_in(art: Article, start: int, end: int, year: int | None,
              finder: Any) -> list[Found]:
    """Facts found by `finder` in sentences overlapping [start, end) that are not about the past."""
    result: list[Found] = []
    for span in art.sentences:
        if span.end <= start or span.start >= end:
            continue
        lo, hi = max(span.start, start), min(span.end, end)
        if _is_earlier(art.low[span.start:span.end], year):
            continue
        result.extend(finder(art.low[lo:hi], art.orig[lo:hi]))
    return result


def _signing_related(art: Article, signing: Signing | None) -> list[Span]:
    """The signing sentence, then the next few sentences that also speak of the signing."""
    if signing is None:
        return []
    spans = [signing.sentence]
    position = art.sentences.index(signing.sentence)
    for span in art.sentences[position + 1:position + 4]:
        low = art.low[span.start:span.end]
        if SIGN_WORD_RE.search(low) and not _is_earlier(low, None) and len(low) < 600:
            spans.append(span)
    return spans


def draft_article(text: str, *, published_on: dt.date | None = None,
                  organizations: Sequence[Mapping[str, Any]] = (),
                  existing_ids: Collection[str] = ()) -> Draft:
    """Draft schema-1 YAML for the agreement(s) an article reports; see the module doc."""
    if not text or not text.strip():
        raise ConvError("the article is empty: nothing to draft")
    art = make_article(text)
    pub = find_publication(art, published_on)
    signing = find_signing(art)
    index = OrgIndex(organizations)
    related = _signing_related(art, signing)

    date: Found | None = None
    place: tuple[Found, str] | None = None
    event: Found | None = None
    for span in related:
        seg, low = art.text(span), art.low[span.start:span.end]
        date = date or find_date(seg, low, pub)
        place = place or find_place(seg, low)
    sign_year = int(date.value[:4]) if date and date.value else None
    year = sign_year or pub.year
    for span in related:
        event = event or find_event(art.text(span), art.low[span.start:span.end], year)

    type_found = signing.type if signing else Found("other", "", "no agreement found")
    subjects = signing.subjects if signing else []
    objects = signing.objects if signing else []
    count = signing.count if signing else 1
    plural = signing.plural if signing else False

    groups: list[list[Party]]
    group_todo = ""
    if (count > 1 or plural) and len(objects) > 1:
        groups = [subjects + [obj] for obj in objects]
        if count > 1 and count != len(objects):
            group_todo = (f"the article announces {count} agreements but names "
                          f"{len(objects)} partners; check")
    elif count > 1:
        groups = [subjects + objects for _ in range(count)]
        group_todo = (f"the article announces {count} agreements; check which parties "
                      "sign each one")
    else:
        groups = [subjects + objects]

    sign_end = signing.sentence.end if signing else 0
    sign_start = signing.sentence.start if signing else 0
    sign_low = art.low[signing.sentence.start:sign_end] if signing else ""
    sign_orig = art.orig[signing.sentence.start:sign_end] if signing else ""
    segments = _ordinal_segments(art, sign_end) if len(groups) > 1 else {}

    whole = (0, len(art.low))
    periods_sign = find_periods(sign_low, sign_orig)
    periods_all = _facts_in(art, *whole, year, find_periods)
    if year:
        periods_all = [p for p in periods_all if p.value[1] >= year]
    amounts_all = [a for a in _facts_in(art, sign_start, len(art.low), year, find_amounts)
                   + _facts_in(art, 0, sign_start, year, find_amounts) if a.value >= 10_000]
    jobs_all = _facts_in(art, *whole, year, find_jobs)

    existing = set(existing_ids)
    agreements: list[dict[str, Any]] = []
    comments: list[dict[str, str]] = []
    todos: list[str] = []
    for number, group in enumerate(groups, start=1):
        parties: list[dict[str, str]] = []
        party_evidence: list[str] = []
        party_kinds: dict[str, str] = {}
        has_ministry = False
        for party in group:
            org_id, kind, _new = index.resolve(party)
            if any(p["org"] == org_id for p in parties):
                continue
            party_kinds[org_id] = kind
            has_ministry = has_ministry or kind == "ministry"
            parties.append({"org": org_id, "role": "partner"})
            party_evidence.append(party.text)
        for party_dict, party in zip(parties, group, strict=False):
            kind = party_kinds[party_dict["org"]]
            if kind == "ministry" or (not has_ministry and party.from_subject):
                party_dict["role"] = "signatory"
        if len(groups) > 1 and number in segments:
            seg_start, seg_end = segments[number]
            jobs = _facts_in(art, seg_start, seg_end, year, find_jobs)
            amounts = _facts_in(art, seg_start, seg_end, year, find_amounts)
            periods = _facts_in(art, seg_start, seg_end, year, find_periods) or periods_sign
        elif len(groups) > 1:
            jobs, amounts, periods = [], [], periods_sign
        else:
            jobs, amounts = jobs_all, amounts_all
            periods = periods_sign or periods_all
        ranked = sorted(zip(group, parties, strict=False),
                        key=lambda pair: (pair[0].from_subject,
                                          party_kinds[pair[1]["org"]] == "ministry"))
        partner_party = ranked[0][0] if ranked and party_kinds[ranked[0][1]["org"]] \
            != "ministry" else None
        partner = ranked[0][1]["org"] if ranked else ""
        # the id carries the signing year, never the publication year as if it were one
        base = "-".join(x for x in (partner, type_found.value, str(sign_year or "")) if x)
        agreement_id, counter = slugify(base) or "agreement", 2
        taken = existing | {a["id"] for a in agreements}
        while agreement_id in taken:
            agreement_id, counter = f"{slugify(base)}-{counter}", counter + 1
        label = TYPE_LABELS[type_found.value]
        partner_name = (index.names.get(partner, partner_party.name)
                        if partner_party is not None else "")
        if len(groups) > 1 and partner_party is not None:
            title = f"{label} avec {partner_name}"
        elif signing and signing.object_phrase:
            title = f"{label} — {signing.object_phrase}"
        elif partner_party is not None:
            title = f"{label} avec {partner_name}"
        else:
            title = label
        record: dict[str, Any] = {
            "id": agreement_id, "title": title, "type": type_found.value,
            "signed_on": date.value if date else None,
            "place": place[0].value if place else None,
            "region": place[1] if place else None,
            "parties": parties,
            "funding": {"amount": amounts[0].value, "currency": "MAD"} if amounts else None,
            "period": ({"start": periods[0].value[0], "end": periods[0].value[1]}
                       if periods else None),
            "jobs": ({"direct": jobs[0].value[0], "by": jobs[0].value[1]}
                     if jobs else None),
            "event": event.value if event else None,
            "summary": None,
            "sources": [{"publisher": pub.publisher, "published_on": pub.iso}],
        }
        if record["jobs"] and record["jobs"]["by"] is None:
            del record["jobs"]["by"]
        agreements.append(record)
        notes = {
            "type": _note(type_found),
            "signed_on": _note(date) if date else "TODO: signing date not found",
            "place": _note(place[0]) if place else "TODO: place of signing not found",
            "funding": _note(amounts[0]) if amounts else "TODO: no amount found",
            "period": _note(periods[0]) if periods else "TODO: no period found",
            "jobs": _note(jobs[0]) if jobs else "TODO: no jobs figure found",
            "event": _note(event) if event else "",
            "parties": "\n".join(_note(Found(None, e)) for e in party_evidence),
            "group": f"TODO: {group_todo}" if group_todo else "",
        }
        if not parties:
            notes["parties"] = "TODO: no party found"
        comments.append(notes)
        for key, note in notes.items():
            if "TODO" in note and key != "parties":
                todos.append(f"{agreement_id}: {note.split('TODO: ', 1)[1]}")
        if not parties:
            todos.append(f"{agreement_id}: no party found")
        todos.append(f"{agreement_id}: review the title")
        todos.append(f"{agreement_id}: write a summary in your own words")
        if not pub.publisher:
            todos.append(f"{agreement_id}: publisher not found")
        if not pub.date:
            todos.append(f"{agreement_id}: publication date not found"
                         + (" (only the month)" if pub.year else ""))
    for org in index.new:
        if not org["_kind_sure"]:
            todos.append(f"{org['id']}: check kind")
    yaml_text = render(agreements, comments, index.new, pub)
    new_orgs = [{k: v for k, v in org.items() if not k.startswith("_")} for org in index.new]
    return Draft(yaml_text, agreements, todos, new_orgs)


def _note(found: Found) -> str:
    parts = []
    if found.evidence:
        parts.append("from: " + json.dumps(evidence(found.evidence), ensure_ascii=False))
    if found.todo:
        parts.append("TODO: " + found.todo)
    return "; ".join(parts)


# --------------------------------------------------------------------------- rendering


def _line(indent: str, key: str, value: str, note: str = "") -> str:
    return f"{indent}{key}: {value}" + (f"  # {note}" if note else "")


def render(agreements: list[dict[str, Any]], comments: list[dict[str, str]],
           new_orgs: list[dict[str, Any]], pub: Publication) -> str:
    out = ["# Draft written by `conv draft`: check every fact against the article, fill the",
           "# TODOs, then paste into data/agreements.yaml.", "schema: 1"]
    if new_orgs:
        out.append("organizations:")
        for org in new_orgs:
            out.append(_line("  - ", "id", scalar(org["id"]),
                             "from: " + json.dumps(evidence(org["_evidence"]),
                                                   ensure_ascii=False)))
            out.append(_line("    ", "name", scalar(org["name"])))
            if org.get("acronym"):
                out.append(_line("    ", "acronym", scalar(org["acronym"])))
            out.append(_line("    ", "kind", org["kind"],
                             "" if org["_kind_sure"] else "TODO: check kind"))
            if org.get("country"):
                out.append(_line("    ", "country", json.dumps(org["country"])))
    else:
        out.append("organizations: []")
    out.append("agreements:")
    for record, notes in zip(agreements, comments, strict=True):
        ind = "    "
        out.append(_line("  - ", "id", scalar(record["id"]), "TODO: review id"))
        out.append(_line(ind, "title", scalar(record["title"]), "TODO: review title"))
        if notes["group"]:
            out.append(f"{ind}# {notes['group']}")
        out.append(_line(ind, "type", record["type"], notes["type"]))
        if record["signed_on"]:
            out.append(_line(ind, "signed_on", record["signed_on"], notes["signed_on"]))
        else:
            out.append(f"{ind}# signed_on:  # {notes['signed_on']}")
        if record["place"]:
            out.append(_line(ind, "place", scalar(record["place"]), notes["place"]))
            out.append(_line(ind, "region", scalar(record["region"])))
        else:
            out.append(f"{ind}# place:  # {notes['place']}")
        if record["parties"]:
            out.append(f"{ind}parties:")
            for party, note in zip(record["parties"], notes["parties"].split("\n"),
                                   strict=False):
                out.append(f"{ind}  - {{org: {scalar(party['org'])}, role: {party['role']}}}"
                           + (f"  # {note}" if note else ""))
        else:
            out.append(f"{ind}parties: []  # TODO: no party found; at least one is required")
        for key in ("funding", "period", "jobs"):
            value = record[key]
            if value:
                inner = ", ".join(f"{k}: {scalar(v)}" for k, v in value.items())
                out.append(_line(ind, key, "{" + inner + "}", notes[key]))
            else:
                out.append(f"{ind}# {key}:  # {notes[key]}")
        if record["event"]:
            out.append(_line(ind, "event", scalar(record["event"]), notes["event"]))
        out.append(_line(ind, "summary", "null", "TODO: write a summary in your own words"))
        out.append(f"{ind}sources:")
        source = record["sources"][0]
        source_notes = []
        if pub.publisher_evidence:
            source_notes.append("from: " + json.dumps(evidence(pub.publisher_evidence),
                                                      ensure_ascii=False))
        if not source["publisher"]:
            source_notes.append("TODO: publisher not found")
        if not pub.date:
            source_notes.append("TODO: publication date not found" if not pub.year
                                else "TODO: only the month of publication is known")
        out.append(f"{ind}  - {{publisher: {scalar(source['publisher'])}, "
                   f"published_on: {source['published_on'] or 'null'}}}"
                   + ("  # " + "; ".join(source_notes) if source_notes else ""))
    return "\n".join(out) + "\n"
