"""Stage 1, text: bytes -> an article whose body, title, dateline and header date are known.

Press pages arrive with their chrome: logins, prices, menus of other headlines, "À lire
aussi" and the next story. The body is the run of prose the page is about; the rest is
kept only for what it says about the publication (its date, its outlet).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace

from .normalize import MO, MONTHS, WEEKDAYS, analysis_text, figures_blanked, fold, key
from .pagemarks import POST_MONTHS, POST_TRAIL, without_links
from .wrapped import line_spans, unwrapped

__all__ = ["Article", "Publication", "prepare"]


@dataclass(frozen=True)
class Publication:
    """When and where the article was published, as its page says (not the signing)."""

    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    date_quote: str = ""
    publisher: str | None = None
    publisher_quote: str = ""


@dataclass(frozen=True)
class Article:
    """The article as read (`raw`, for quotes) and a same-length copy for analysis (`text`)."""

    raw: str
    text: str
    body: tuple[int, int]  # char span of the prose the page is about
    title: str | None = None
    dateline: tuple[str, int, int] | None = None  # city, char span
    kicker: tuple[str, int, int] | None = None  # "Laâyoune : signature …": the headline's place
    publication: Publication = field(default_factory=Publication)
    page_title: str | None = None  # the headline a saved page declares
    posted: tuple[tuple[str, int, int], ...] = ()  # embedded posts' days, and where said

    @property
    def headline(self) -> str | None:
        """The article's headline as published: the page's own, else the line above the body."""
        return self.page_title or self.title

    def quote(self, start: int, end: int) -> str:
        return " ".join(self.raw[start:end].split())


# Where a page's own story ends and the site's chrome begins again.
TAIL_MARKERS = re.compile(
    r"^\s*(?:you may also like|lire aussi|a lire aussi|sur le meme sujet|articles? similaires?|"
    r"articles? lies|dans la meme rubrique|tags?\s*:|mots[- ]cles\s*:|cliquez ici|"
    r"©|\(c\)\s|copyright|tous droits reserves|partager (?:cet|l'article)|"
    r"reproduction (?:et diffusions? )?interdite|revenir au direct|newsletter)", re.M)
# "Lire aussi : <another headline>" inside a story: a link to another story, on its own line.
INLINE_TEASER = re.compile(r"^\s*(?:a )?lire aussi\s*:?\s*\S+(?:\s+\S+){2,}")
# "© AFP / J. Dupont Le port de Tanger en 2019", "© Copyright : DR" (rights reserved, no
# name): a photo's credit and caption between two paragraphs of the story, not the site's
# copyright notice that ends it.
CAPTION = re.compile(r"^\s*(?:©|\(c\)\s)(?!\W*(?:copyright(?!\W*d\W?r\W*$)|tous droits))\W*\w")
# "Photo : X - la cérémonie de signature", "Crédit photo : DR": a picture's line, not prose
PHOTO_LINE = re.compile(r"^\s*(?:photos?|credits? photos?|legende|illustration)\s*(?::|©|-)")
# a full stop, or one inside a closing quote or bracket: a headline may end on a quoted name
SENTENCE_END = re.compile(r"[.!?…]\s*[»\"”)]?\s*$")
MENU = re.compile(r"\S(?: {3,}|\t)\S")
WORD = re.compile(r"\w+")


def _is_prose(line: str) -> bool:
    words = len(WORD.findall(line))
    if len(MENU.findall(line)) >= 3:
        return False  # a strip of other headlines
    return words >= 25 or (words >= 8 and bool(SENTENCE_END.search(line)))


def _opens_story(text: str, spans: list[tuple[int, int]], prose: list[int], i: int) -> bool:
    """A long paragraph, or a sentence followed by more prose: not a caption or a notice."""
    s, e = spans[i]
    if len(WORD.findall(text[s:e])) >= 25:
        return True
    following = [j for j in range(i + 1, len(spans)) if text[spans[j][0]:spans[j][1]].strip()]
    return bool(following) and following[0] in prose


def _body(text: str, low: str) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The story's span, and the inline teasers inside it (lines linking to other stories)."""
    spans = line_spans(text)
    prose = [i for i, (s, e) in enumerate(spans) if _is_prose(text[s:e])
             or _announces_list(text, spans, i)]
    if not prose:
        return (0, len(text)), []
    opening = [i for i in prose if _opens_story(text, spans, prose, i)]
    first = opening[0] if opening else prose[0]
    following = [j for j in range(first + 1, len(spans)) if text[slice(*spans[j])].strip()]
    line = text[slice(*spans[first])].strip()
    if following and following[0] in prose and not re.search(r"[.!?…»\"”)]", line[-1:]) \
            and ". " not in line and DATELINE.match(text, spans[following[0]][0],
                                                    spans[following[0]][1]):
        first = following[0]  # a long headline above a "Rabat —" dateline
    last = first
    teasers: list[tuple[int, int]] = []
    adjacent = True  # only blank lines since the story's last line
    for i in range(first, len(spans)):
        s, e = spans[i]
        if PHOTO_LINE.match(low[s:e]) or _cut_copy(text, spans, i):
            teasers.append((s, e))  # read as blank wherever it stands
            continue
        if TAIL_MARKERS.match(low[s:e]):
            following = [j for j in range(i + 1, len(spans)) if low[slice(*spans[j])].strip()]
            if (INLINE_TEASER.match(low[s:e]) or CAPTION.match(low[s:e])
                    and "droits reserves" not in low[s:e]) and following and \
                    following[0] in prose:
                teasers.append((s, e))  # the story goes on after the link
                continue
            break
        if i in prose or (adjacent and _closing(text[s:e])):
            last, adjacent = i, True
        elif text[s:e].strip():
            adjacent = False
    last = _cut_off(text, spans, last)
    last = _list_after(text, spans, last)
    return (spans[first][0], spans[last][1]), [t for t in teasers if t[1] <= spans[last][1]]


def _cut_copy(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """A line cut with "..." that a line right below gives whole (a page's summary of its
    own opening): the same words, read once."""
    line = text[slice(*spans[i])].strip()
    cut = re.sub(r"\s*(?:\.\.\.|…)$", "", line)
    return len(cut) >= 40 and cut != line and any(
        text[slice(*spans[j])].strip().startswith(cut) for j in range(i + 1, min(i + 4,
                                                                                   len(spans))))


def _announces_list(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """ "Rabat — Trois conventions ont été signées …. Les projets sont les suivants :" over
    "1. …": a paragraph of the story that announces its list, not a menu's line."""
    s, e = spans[i]
    line = text[s:e].rstrip()
    nxt = next((j for j in range(i + 1, len(spans)) if text[slice(*spans[j])].strip()), None)
    words = len(WORD.findall(line))  # "Les textes signés sont les suivants :", shorter
    return line.endswith(":") and (words >= 12 or words >= 3 and bool(re.search(
        r"\b(?:suivant|suivante|comme suit|se repartissent|ainsi)s?\s*:$", fold(line)))) and \
        nxt is not None and bool(LIST_ITEM.match(text, spans[nxt][0]))


def _cut_off(text: str, spans: list[tuple[int, int]], last: int) -> int:
    """A story cut off mid-sentence (a saved excerpt, a paywall): its last line, the page's
    last, goes on from the story with no end mark; it is still the story's."""
    lines = [j for j in range(last + 1, len(spans)) if text[slice(*spans[j])].strip()]
    if len(lines) != 1:
        return last
    line = text[slice(*spans[lines[0]])].strip()
    words = [w for w in WORD.findall(line) if w.isalpha()]
    if len(words) >= 8 and line[:1].isupper() and not SENTENCE_END.search(line) and \
            len(MENU.findall(line)) < 3 and "," in line and \
            not DATELINE.match(text, *spans[lines[0]]):
        return lines[0]
    return last


def _closing(line: str) -> bool:
    """A short sentence right after the story that holds a figure ("Le projet créera 300
    emplois directs.", "La convention couvre la période 2026-2028."): the story's, though
    too short to be told from a page's chrome by its length."""
    words = WORD.findall(line)
    return len(words) >= 4 and line.strip()[:1].isupper() and bool(
        SENTENCE_END.search(line)) and any(w.isdigit() for w in words)


LIST_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.)-]|[-•–*])\s+\w")


def _list_after(text: str, spans: list[tuple[int, int]], last: int) -> int:
    """The last line of a list that goes on from the story ("Liste des accords :" then
    "1. mémorandum d'entente …,", "2. convention …"): its items are too short to be prose,
    and still the story's."""
    lines = [j for j in range(last + 1, len(spans)) if text[slice(*spans[j])].strip()]
    if lines and not LIST_ITEM.match(text[slice(*spans[lines[0]])]) and \
            text[slice(*spans[lines[0]])].rstrip().endswith(":"):
        lines = lines[1:]  # the line that announces the list
    end, items = last, 0
    for j in lines:
        if not LIST_ITEM.match(text[slice(*spans[j])]):
            break
        end, items = j, items + 1
    return end if items >= 2 else last


SLUG = re.compile(r"[\w.]+(?:-[\w.]+){2,}(?:\s*\(\d+\))?")


def _title(text: str, body_start: int) -> str | None:
    """The last headline-like line above the body: short, no final full stop; or the one
    right above it that tells the signing, the headline over its standfirst."""
    lines = [SHARE.sub("", line.strip()) for line in text[:body_start].split("\n")]
    lines = [line for line in lines if line and not SLUG.fullmatch(line)]
    # ("universidades-las-palmas-agadir (2)": an image's file name, no headline)
    for k in range(len(lines) - 1, -1, -1):
        if _headline_like(lines[k]):
            if k and _headline_like(lines[k - 1]) and SIGNING_WORDS.search(fold(lines[k - 1])) \
                    and not SIGNING_WORDS.search(fold(lines[k])):
                return lines[k - 1]
            return lines[k]
    return None


# "PARTAGER Maroc-Chine : …", "Partager Facebook Twitter": the page's share buttons
SHARE = re.compile(r"^(?:(?:partager|share)\b[\s:]*(?:(?:sur|on)\s+)?"
                   r"(?:(?:facebook|twitter|linkedin|whatsapp|email)\b\s*)*)+", re.I)


def _headline_like(line: str) -> bool:
    folded = fold(line)
    return 4 <= len(WORD.findall(line)) <= 40 and not line.endswith((".", ":", "!")) \
        and not MENU.search(line) and not NUMERIC_DATE.search(folded) \
        and not TEXT_DATE.search(folded) and not PUBLISHED_IN.search(folded)


SIGNING_WORDS = re.compile(r"\b(?:sign\w*|paraph\w*|conventions?|accords?|memorand\w*|"
                           r"protocoles?|contrats?|partenariats?)\b")


# "(MAP)", "(Le Matin)": the wire or the outlet that filed the story; then the dash before
# the lead's first word
OUTLET = r"\((?P<outlet>[A-Z][\w'’ .&-]{1,30})\)\s*"
LEAD_DASH = r"(?:—|–|-{1,2}|:)\s+(?=[A-Z\u00c0-\u00dd«\"“])"
DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z\u00c0-\u017f' -]{1,30}?)\s*"
    # "Erfoud (province d'Errachidia) —": where the city lies, part of the dateline
    r"(?:\((?P<aside>(?:province|pr[eé]fecture|r[eé]gion|wilaya|commune)\b[^()]{2,40})\)\s*)?"
    r"(?:,\s*Maroc\b\s*)?"  # "RABAT, Maroc, 30 juillet 2013/…/ —", a wire's dateline
    r"(?:(?:,\s*|,?\s*le\s+)"
    r"(?P<date>\d{1,2}(?:er)?\s+\w+\.?(?:\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})\s*)?"
    # "/African Press Organization (APO)/": the wire, between slashes
    rf"(?:{OUTLET}|/(?P<wire>[A-Z][^/\n]{{1,60}})/\s*)?{LEAD_DASH}",
    re.M)
OUTLET_ONLY = re.compile(rf"^\s*{OUTLET}{LEAD_DASH}", re.M)  # "(Agence X) - L'Université …"


# "Namur-La région …", "Meknès. La filière …": a dateline glued to the lead by a dash or a dot
GLUED_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][a-z\u00e0-\u017f]{2,20})(?:-|\.[ \t]+)"
                            r"(?=(?:Le|La|Les|L['’]|Un|Une|Des|Au|Aux|Ce|Cette)\b)", re.M)


def _dateline(found: re.Match[str] | None) -> tuple[str, int, int] | None:
    if not found:
        return None
    city = found.group("city").strip()
    if len(city.split()) > 3:
        return None
    end = found.end("aside") + 1 if found.groupdict().get("aside") else found.end("city")
    return city, found.start("city"), end


NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*((?:19|20)\d{2})\b")
ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
TEXT_DATE = re.compile(rf"\b(?:(?:{'|'.join(WEEKDAYS)})\s+)?(\d{{1,2}})(?:er)?\s+"
                       rf"({MO})\s+((?:19|20)\d{{2}})\b")
PUBLISHED_IN = re.compile(r"publie\s+dans\s+(?P<pub>.+?)\s+le\s+", re.I)
SITE_LOGO = re.compile(r"logo\s+du\s+site\s+(?P<site>[\w.-]+)")
KNOWN_SITES = {"ledesk": "Le Desk", "hespress": "Hespress", "le360": "Le360",
               "medias24": "Médias24", "lematin": "Le Matin", "leseco": "Les ECO",
               "yabiladi": "Yabiladi", "challenge": "Challenge", "lavieeco": "La Vie éco",
               "aujourdhui": "Aujourd'hui le Maroc", "libe": "Libération", "mapexpress": "MAP",
               "lopinion": "L'Opinion", "leconomiste": "L'Economiste", "telquel": "TelQuel"}


# "Par Hespress FR": a byline that names the outlet itself (not "Par Rédaction", a person)
BYLINE = re.compile(r"^[ \t]*par[ \t]+(?P<pub>[^\n|·•]{2,40}?)[ \t]*$", re.M | re.I)
# a page's first line: the site's name, then its sections ("Hespress FR · Régions")
SITE_LINE = re.compile(r"\s*(?P<pub>[^\n|·•>]{2,30}?)[ \t]*[|·•>]")
OUTLETS = {key(name) for name in KNOWN_SITES.values()} | {
    "hespress fr", "medias 24", "leseco ma", "h24info", "barlamane", "maroc diplomatique",
    "finances news", "le reporter", "jeune afrique", "le brief", "maroc hebdo", "ecoactu",
    "infomediaire", "la nouvelle tribune", "snrtnews", "l observateur du maroc",
    "le site info", "lesiteinfo", "mapexpress", "map express", "agence ecofin",
    "financial afrik", "la tribune afrique", "le monde afrique"}


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


FOOTER_SOURCE = re.compile(r"\((?P<pub>[A-Z][\w' .&-]{1,30})\)\s*[-–—]?\s*$")


def _publication(text: str, low: str, body: tuple[int, int]) -> Publication:
    """The date and outlet a page's header (or a 'Publié dans X le …' line) gives; else
    a footer dateline ("Agadir, 2023-10-05 18:02 (Agence) –")."""
    found = _publication_in(text, low, 0, body[0])
    if found.date is None:
        footer = _publication_in(text, low, body[1], len(text))
        if footer.date is not None:
            return footer
    return found


def _publication_in(text: str, low: str, lo: int, hi: int) -> Publication:
    zone, date, quote = low[:hi], None, ""
    candidates = []
    for m in NUMERIC_DATE.finditer(zone, lo):
        candidates.append((m.start(), _safe(int(m[3]), int(m[2]), int(m[1])), m))
    for m in ISO_DATE.finditer(zone, lo):
        candidates.append((m.start(), _safe(int(m[1]), int(m[2]), int(m[3])), m))
    for m in TEXT_DATE.finditer(zone, lo):
        candidates.append((m.start(), _safe(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1])), m))
    def rank(candidate: tuple[int, dt.date | None, re.Match[str]]) -> tuple[int, int]:
        start = candidate[0]
        line = zone[zone.rfind("\n", 0, start) + 1: zone.find("\n", start) % (len(zone) + 1)]
        said = bool(re.search(r"publie|mis a jour|\bpar\b|\ble\b", line[:40]))
        return (0 if said else 1, -start)  # a dated byline first, else the nearest the body

    candidates = [c for c in candidates if c[1] is not None
                  and not MENU.search(zone[zone.rfind("\n", 0, c[0]) + 1:c[0] + 40])]
    if candidates:
        _, day, m = min(candidates, key=rank)
        assert day is not None  # candidates without a day were dropped above
        date, quote = day.isoformat(), " ".join(text[m.start():m.end()].split())
    publisher = publisher_quote = None
    found = PUBLISHED_IN.search(zone, lo)
    source = FOOTER_SOURCE.search(text[lo:hi].rstrip()) if lo else None
    if source:
        publisher = source["pub"].strip()
        publisher_quote = source.group(0).strip(" –-")
    elif found:
        publisher = text[found.start("pub"):found.end("pub")].strip()
        publisher_quote = " ".join(text[found.start():found.end("pub")].split())
    elif (byline := next((b for b in BYLINE.finditer(text, lo, hi)
                          if key(b["pub"]) in OUTLETS), None)) is not None:
        publisher = byline["pub"].strip()
        publisher_quote = byline.group(0).strip()
    else:
        logo = SITE_LOGO.search(zone, lo)
        if logo and logo["site"] in KNOWN_SITES:
            publisher = KNOWN_SITES[logo["site"]]
            publisher_quote = text[logo.start():logo.end()]
        elif (site := SITE_LINE.match(text, lo, hi)) and key(site["pub"]) in OUTLETS:
            publisher = publisher_quote = site["pub"].strip()  # "Le360 · Economie · …"
    return Publication(date, quote, publisher, publisher_quote or "")


def _posted(text: str) -> tuple[tuple[str, int, int], ...]:
    """The day of each post the article embeds, as its byline dates it ("— Nadia F.
    (@handle) October 14, 2023"), with where that byline is."""
    found = []
    for m in POST_TRAIL.finditer(text):
        if m["posted"] and m["m"] in POST_MONTHS and (
                day := _safe(int(m["y"]), POST_MONTHS.index(m["m"]) + 1, int(m["d"]))):
            found.append((day.isoformat(), m.start("posted"), m.end("posted")))
    return tuple(found)


def _dateline_date(found: re.Match[str] | None, low: str
                   ) -> tuple[str | None, tuple[int, int] | None]:
    """The day a dateline gives ("Casablanca, 12 février 2026 —", "Rabat, le 3 mai 2025
    (MAP) –"): the day the story was filed, so its publication, never its signing. Its ISO
    form when it names a year and is a real day, and its span either way."""
    if not found or found["date"] is None:
        return None, None
    span = (found.start("date"), found.end("date"))
    said = low[span[0]:span[1]]
    for m in (TEXT_DATE.search(said), NUMERIC_DATE.search(said)):
        if m is None:
            continue
        day = _safe(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1])) if m.re is TEXT_DATE \
            else _safe(int(m[3]), int(m[2]), int(m[1]))
        if day is not None:
            return day.isoformat(), span
    return None, span


# a line that only stamps the page ("Le 17 novembre 2014 à 15h21", "Modifié le 16/09/2015 -
# 21:01", "Publié le …"): when the page was put up or changed
CLOCK_LINE = re.compile(rf"^[ \t]*(?:(?:publie|mis a jour|modifie|maj)\s*(?:le)?\s*:?\s*|le\s+)?"
                        rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}(?:er)?\s+(?:{MO})\s+\d{{4}})"
                        r"\s*(?:a|-|,)?\s*\d{1,2}\s*[h:]\s*\d{2}(?:\s*min)?[ \t]*$", re.M)


PAGE_DATE = re.compile(r"\A[ \t]*date[ \t]+(?P<date>(?:19|20)\d\d-(?:0[1-9]|1[0-2])"
                       r"(?:-(?:0[1-9]|[12]\d|3[01]))?)(?=\s)")


def prepare(raw: str) -> Article:
    """The article with its body, title, dateline and header publication found. A day in
    the dateline is the publication's when the page gives none, and is analysed as blank:
    "hier" and "mardi" count from it, and it is never taken for the signing day."""
    raw = unicodedata.normalize("NFC", raw)
    text = unwrapped(analysis_text(raw))
    # " date 2024-12 Errachidia — …": the month a stored page's excerpt opens on, not a line
    # of the story (its dateline follows it)
    marked = PAGE_DATE.match(text)
    if marked:
        text = " " * (marked.end() - 1) + "\n" + text[marked.end():]  # a line of its own
    posted = _posted(text)
    text = without_links(text)
    low = fold(text)
    body, teasers = _body(text, low)
    for a, b in teasers:  # analysed as blank, quoted as written
        text = text[:a] + " " * (b - a) + text[b:]
        low = low[:a] + " " * (b - a) + low[b:]
    found = DATELINE.match(text, body[0], body[1])
    dateline = _dateline(found or GLUED_DATELINE.match(text, body[0], body[1]))
    publication = _publication(text, low, body)
    for clock in CLOCK_LINE.finditer(low):  # "Le 16/09/2015 à 21h01": the page's, not a signing's
        text = text[:clock.start()] + " " * (clock.end() - clock.start()) + text[clock.end():]
    filed, span = _dateline_date(found, low)
    if marked and publication.date is None and not filed and (
            len(marked["date"]) == 7 or _safe(*map(int, marked["date"].split("-")))):
        # (PAGE_DATE takes only real months; a day must be one of the month's)
        publication = replace(publication, date=marked["date"], date_quote=marked["date"])
    if filed and publication.date is None:
        publication = replace(publication, date=filed,
                              date_quote=" ".join(raw[span[0]:span[1]].split()) if span else "")
    # "(MAP)", "(Le Matin)": who filed the story, never a party to what it tells; alone at
    # the story's start too ("(Agence Ecofin) - L'Université …")
    alone = None if found else OUTLET_ONLY.match(text, body[0], body[1])
    outlet = (found.start("outlet"), found.end("outlet")) if found and found["outlet"] else \
        (found.start("wire"), found.end("wire")) if found and found["wire"] else \
        (alone.start("outlet"), alone.end("outlet")) if alone else None
    if outlet and not publication.publisher:
        said = raw[outlet[0]:outlet[1]]
        publication = replace(publication, publisher=said, publisher_quote=said)
    for a, b in [x for x in (span, outlet) if x]:
        text = text[:a] + " " * (b - a) + text[b:]
    text = figures_blanked(text)  # after the body: blanks are no menu's gaps
    title = _title(text, body[0])
    return Article(raw=raw, text=text, body=body, title=title, dateline=dateline,
                   kicker=None if dateline else _kicker(text, title, body[0]),
                   publication=publication, posted=posted)


# "Laâyoune : signature d'une convention …", "Tanger – La Région et …": a headline that opens
# on a place, then a colon or a dash
KICKER = re.compile(r"\s*(?P<city>[A-Z][\w' -]{1,30}?)\s*(?::|—|–|\s-)\s+\w")


def _kicker(text: str, title: str | None, body_start: int) -> tuple[str, int, int] | None:
    start = text.rfind(title, 0, body_start) if title else -1
    found = KICKER.match(text, start) if title and start >= 0 else None
    if found is None or len(found["city"].split()) > 3:
        return None
    return found["city"].strip(), found.start("city"), found.start("city") + len(
        found["city"].strip())
