"""Dates: absolute, with a weekday checked against them, or relative to the publication.

"hier", "avant-hier", "aujourd'hui", "ce mardi", "jeudi dernier", a bare "mardi", "mardi
7 juin", "le 19 décembre", "07.06.2022", "en novembre 2020". The publication date may be a
day, a month or a year: a relative date is resolved only when that is unambiguous, else it
becomes a TODO. dateparser was measured against this module (bench/dates_vs_dateparser.py)
and resolves fewer of these forms, so it is not used.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .facts import Fact
from .normalize import MO, MONTHS, WEEKDAYS, fold_upto

__all__ = ["Published", "find_dates", "parse_published_on"]

WD = "|".join(WEEKDAYS)


@dataclass(frozen=True)
class Published:
    """A publication date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None
    # the days embedded posts are dated ("— Nadia F. (@handle) October 14, 2023"): a post
    # shown in the story is of its day, so a weekday that falls on one is that day
    posted: tuple[dt.date, ...] = ()

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.month and self.day else None

    def month_span(self) -> tuple[dt.date, dt.date]:
        """The publication's month and the week before it: the days a story published
        then tells of (its month must be known)."""
        first = dt.date(self.year, self.month or 1, 1)
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        return first - dt.timedelta(days=7), last

    def iso(self) -> str:
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def parse_published_on(value: str) -> Published:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY`; ValueError for anything else."""
    found = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not found:
        raise ValueError(value)
    year, month, day = int(found[1]), found[2], found[3]
    if month is None:
        return Published(year)
    if not 1 <= int(month) <= 12:
        raise ValueError(value)
    if day is None:
        return Published(year, int(month))
    dt.date(year, int(month), int(day))  # ValueError when it does not exist
    return Published(year, int(month), int(day))


# "le 31 février", "le 31 avril": a day its month does not have
NOT_A_DATE = "not a real date (that month has no such day): check the day in the article"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# "le six janvier dernier": a day of the month in words
_UNITS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
DAY_WORDS = {w: n for n, w in enumerate(
    ["premier", *_UNITS[1:], "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
     "dix-sept", "dix-huit", "dix-neuf", "vingt",
     *(f"vingt-{u}" for u in ["et-un", *_UNITS[1:]]), "trente", "trente-et-un"], start=1)}
DAY_WORDS |= {"vingt et un": 21, "trente et un": 31}
_DAY = "|".join(sorted(DAY_WORDS, key=len, reverse=True))

# One pattern per form; named groups say what each gives.
ABSOLUTE = re.compile(
    rf"\b(?:(?P<wd>{WD})\s*,?\s+)?(?:le\s+)?(?P<d>1er|1ere|1re|1e|\d{{1,2}}|{_DAY})\s+(?P<m>{MO})"
    rf"(?:\s+(?P<y>(?:19|20)\d{{2}}))?(?!\s*(?:-|a|au)\s*\d)\b")
NUMERIC = re.compile(r"\b(?:(?P<wd>" + WD + r")\s+)?(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./]"
                     r"(?P<y>(?:19|20)\d{2})\b")
RELATIVE = re.compile(rf"\b(?P<rel>avant-hier|hier|aujourd'hui|ce matin|cet apres-midi|ce soir|"
                      rf"ce jour)\b(?:\s*,?\s*(?P<wd>{WD})\b)?")
THIS = re.compile(rf"\b(?:ce|(?P<last0>{WD})\s+dernier)\b(?:\s+(?P<wd>{WD})\b)?")
WEEKDAY = re.compile(rf"\b(?P<wd>{WD})\b(?!\s+(?:\d|1er|prochain|dernier))")
MONTH = re.compile(rf"\b(?:au\s+)?(?:en|mois de|mois d'|courant|fin|debut)\s+(?P<m>{MO})\s+"
                   rf"(?P<y>(?:19|20)\d{{2}})\b")
CURRENT = re.compile(r"\b(?:le\s+)?(?P<d>1er|\d{1,2})\s+(?:courant|du mois courant|de ce mois)\b")
# "en mars dernier", "au mois de juin dernier": the latest such month before the publication
LAST_MONTH = re.compile(rf"\b(?:au\s+)?(?:en|mois de|mois d'|courant|fin|debut)\s+(?P<m>{MO})"
                        r"\s+dernier\b")
# "du 14 au 17 décembre", "depuis le 3 mars", "le 16 décembre prochain": not a signing day.
# "dans la soirée du lundi 28 octobre" is the day itself, not a range's first.
NOT_SIGNING_BEFORE = re.compile(r"(?:\b(?<!soiree )(?<!matinee )(?<!journee )(?<!apres-midi )du|"
                                r"\bdepuis(?: le)?|\bjusqu'au|\bau|\bdes le|\bavant le|"
                                r"\bapres le|\bdate du|\bdiscours du|"
                                # "le démarrage … vers le 1er janvier 2019": what it provides
                                r"\bvers(?: le)?|\bd'ici(?: au| le)?|\ba compter du|\ba partir du|"
                                r"\b\d{1,2}(?:er)?\s*(?:-|–|au|a))\s*$")  # "17-19 juillet"
NOT_SIGNING_AFTER = re.compile(r"^\s*(?:prochain|a venir)")


def _weekday_todo(day: dt.date, weekday: str | None) -> str:
    if weekday and WEEKDAYS[day.weekday()] != weekday:
        return (f"the weekday '{weekday}' disagrees with {day.isoformat()} (a "
                f"{WEEKDAYS[day.weekday()]}); check the date")
    return ""


def _last_day(pub: Published) -> dt.date:
    """The last day the publication may be: its day, or the end of its month or year."""
    if pub.date is not None:
        return pub.date
    if pub.month:
        return dt.date(pub.year + pub.month // 12, pub.month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(pub.year, 12, 31)


def _yearless(month: int, day: int, weekday: str | None, pub: Published | None,
              years: frozenset[int] = frozenset()) -> tuple[dt.date | None, str]:
    """A day and month without a year: the nearest such day to the publication when it
    does not come after it and falls on the weekday given; else the latest one within a
    year before the publication that falls on that weekday, with a TODO naming the year
    inferred; else a TODO. On an undated page, the one year the article names (or the
    next) on which that day falls on the weekday it gives ("jeudi 10 août" in a text that
    speaks of 2017-2021), not after today."""
    if pub is None:
        candidates = years | {y + 1 for y in years}
        # not a day still to come: "Maroc Digital 2030" names a goal, not the signing's year
        fits = sorted(y for y in candidates if weekday and (on := _date(y, month, day))
                      is not None and WEEKDAYS[on.weekday()] == weekday
                      and on <= dt.date.today())
        if len(fits) == 1:
            return _date(fits[0], month, day), (
                f"year {fits[0]} inferred: the only year the article names (or the next) on "
                f"which {day}/{month} is a {weekday}; check it")
        return None, "the article gives no year and the publication date is unknown"
    last = _last_day(pub)
    dates = [d for y in (pub.year - 1, pub.year, pub.year + 1)
             if (d := _date(y, month, day)) is not None]
    if not dates:
        return None, NOT_A_DATE
    # Known to the day, the nearest date to it; known to the month or year, its year's.
    same_year = [d for d in dates if d.year == pub.year and pub.date is None]
    nearest = same_year[0] if same_year else min(dates, key=lambda d: abs((d - last).days))

    def falls(on: dt.date) -> bool:
        return weekday is None or WEEKDAYS[on.weekday()] == weekday

    if nearest <= last and falls(nearest):
        return nearest, ""
    before = [d for d in dates if d <= last and (last - d).days <= 366]
    after = f", after the publication ({pub.iso()})" if nearest > last else ""
    what = f"a {WEEKDAYS[nearest.weekday()]}{after}" if not falls(nearest) \
        else after.removeprefix(", ")
    fitting = [d for d in before if falls(d)]
    if fitting:
        chosen = max(fitting)
        because = f" from the weekday '{weekday}'" if not falls(nearest) else ""
        return chosen, (f"year {chosen.year} inferred{because}: the article gives none, and "
                        f"{nearest.isoformat()}, the nearest, is {what}; check the year")
    if not before:
        return None, f"the article gives no year, and {nearest.isoformat()} is {what}"
    chosen = max(before)
    return chosen, (f"the weekday '{weekday}' disagrees with {chosen.isoformat()} (a "
                    f"{WEEKDAYS[chosen.weekday()]})" + (
                        f" and with {nearest.isoformat()} ({what})" if chosen != nearest
                        else "") + "; check the date")


# "les 12 et 13 septembre 2022", "du 11 au 16 décembre", "le 3 mars": days the article names
NAMED_DAYS = re.compile(rf"\b(?P<days>(?:(?:1er|\d{{1,2}})\s*(?:,|et|-|au|a)\s*)*"
                        rf"(?:1er|\d{{1,2}}))\s+(?P<m>{MO})(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b")


def _named_days(low: str, pub: Published) -> set[dt.date]:
    """Every day the article names within the publication's month or the week before it,
    and the days of the posts it embeds."""
    if pub.month is None:
        return set()
    since, last = pub.month_span()
    days: set[dt.date] = {d for d in pub.posted if since <= d <= last}
    for m in NAMED_DAYS.finditer(low):
        numbers = [1 if d == "1er" else int(d) for d in re.findall(r"1er|\d{1,2}", m["days"])]
        if re.search(r"(?:\d|er)\s*(?:-|au|a)\s*\d", m["days"]) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))  # "du 11 au 16"
        month = MONTHS.index(m["m"]) + 1
        years = [int(m["y"])] if m["y"] else [pub.year, pub.year - 1]
        for year in years:
            for n in numbers:
                day = _date(year, month, n)
                if day is not None and since <= day <= last:
                    days.add(day)
    return days


def _weekday_named(pub: Published | None, weekday: str, named: set[dt.date]
                   ) -> tuple[dt.date | None, str]:
    """A weekday with a publication known to the month: the one day the article names
    (a visit "les 12 et 13 septembre", a forum "du 11 au 16") that falls on it."""
    fits = sorted(d for d in named if WEEKDAYS[d.weekday()] == weekday)
    if pub is None or pub.date is not None or len(fits) != 1:
        return None, ""
    if fits[0] in pub.posted:
        return fits[0], (f"'{weekday}' taken as {fits[0].isoformat()}, the day of the post "
                         "the article embeds; check it")
    return fits[0], (f"'{weekday}' taken as {fits[0].isoformat()}, the only {weekday} among "
                     "the days the article names; check it")


def _weekday_before(pub: Published | None, weekday: str, strictly: bool
                    ) -> tuple[dt.date | None, str]:
    if pub is None or pub.date is None:
        return None, (f"'{weekday}' is relative to the publication date, which is known only to "
                      "the month; pass --published-on YYYY-MM-DD" if pub else
                      f"'{weekday}' is relative to the publication date; pass --published-on")
    back = (pub.date.weekday() - WEEKDAYS.index(weekday)) % 7
    if strictly and back == 0:
        back = 7
    return pub.date - dt.timedelta(days=back), ""


# "le salon, qui a débuté le 29 octobre", "ouvert ses portes le 3 mai": an event's days
EVENT_SPAN = re.compile(r"\b(?:debute|demarre|commence|ouvert ses portes|s'est ouverte?|"
                        r"s'ouvre|se poursuit|se poursuivra|se tient|se tiendra|prend fin|"
                        r"prendra fin|s'acheve|s'achevera|se cloture|se cloturera|"
                        r"se termine|se terminera)\s*(?:,\s*)?$")


# "le projet lancé officiellement en juin 2018", "la société créée en 2009": the day of
# another act
OTHER_ACT = re.compile(r"\b(?:lance|cree|fonde|inaugure|adopte|construit|mis en service|"
                       r"entre en (?:vigueur|service|exploitation)|ne)e?s?"
                       r"(?:\s+\w+ment)?\s+(?:(?:le|en|au mois d(?:e|'))\s*)?$")


def _blocked(low: str, start: int, end: int) -> bool:
    return bool(NOT_SIGNING_BEFORE.search(low[max(0, start - 14):start])
                or EVENT_SPAN.search(low[max(0, start - 30):start])
                or OTHER_ACT.search(low[max(0, start - 40):start])
                or NOT_SIGNING_AFTER.match(low[end:end + 12]))


def find_dates(text: str, start: int, end: int, pub: Published | None) -> list[Fact]:
    """Every date stated in text[start:end], resolved against the publication when relative.

    A fact's value is an ISO date (or YYYY-MM), or None with a TODO saying why not.
    `extra["signing"]` is False for dates that cannot be a signing day ("du 14 au 17",
    "prochain", later than the publication).
    """
    low = fold_upto(text, end)
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, value: str | None, todo: str, relative: bool) -> None:
        taken.append((a, b))
        signing = not _blocked(low, a, b)
        if value and pub and pub.date and len(value) == 10 and value > pub.date.isoformat():
            signing = False
        facts.append(Fact("date", value, a, b, todo,
                          {"signing": signing, "relative": relative}))

    years = frozenset(int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", text)) \
        if pub is None else frozenset()
    for m in ABSOLUTE.finditer(low, start, end):
        day = 1 if m["d"].startswith("1") and not m["d"].isdigit() else \
            DAY_WORDS.get(m["d"]) or int(m["d"])  # "1er", "1e avril"
        month = MONTHS.index(m["m"]) + 1
        if m["y"]:
            found = _date(int(m["y"]), month, day)
            todo = _weekday_todo(found, m["wd"]) if found else NOT_A_DATE
        else:
            found, todo = _yearless(month, day, m["wd"], pub, years)
        add(m.start(), m.end(), found.isoformat() if found else None, todo, not m["y"])
    for m in NUMERIC.finditer(low, start, end):
        if free(m.start(), m.end()):
            found = _date(int(m["y"]), int(m["m"]), int(m["d"]))
            add(m.start(), m.end(), found.isoformat() if found else None,
                _weekday_todo(found, m["wd"]) if found else NOT_A_DATE, False)
    for m in RELATIVE.finditer(low, start, end):
        if not free(m.start(), m.end()):
            continue
        back = {"hier": 1, "avant-hier": 2}.get(m["rel"], 0)  # "ce matin": the day itself
        if pub is None or pub.date is None:
            add(m.start(), m.end(), None,
                f"'{m['rel']}' is relative to the publication date; pass --published-on "
                "YYYY-MM-DD", True)
            continue
        found = pub.date - dt.timedelta(days=back)
        add(m.start(), m.end(), found.isoformat(), _weekday_todo(found, m["wd"]), True)
    named = _named_days(fold_upto(text, len(text)), pub) if pub and pub.date is None else set()
    for m in THIS.finditer(low, start, end):
        weekday = m["last0"] or m["wd"]
        if not weekday or not free(m.start(), m.end()):
            continue
        found, todo = _weekday_named(pub, weekday, named)
        if found is None:
            found, todo = _weekday_before(pub, weekday, strictly=bool(m["last0"]))
        add(m.start(), m.end(), found.isoformat() if found else None, todo, True)
    for m in WEEKDAY.finditer(low, start, end):
        if not free(m.start(), m.end()):
            continue
        found, todo = _weekday_named(pub, m["wd"], named)
        if found is None:
            found, todo = _weekday_before(pub, m["wd"], strictly=False)
        add(m.start(), m.end(), found.isoformat() if found else None, todo, True)
    for m in CURRENT.finditer(low, start, end):  # "le 10 courant": of the publication's month
        if free(m.start(), m.end()) and pub is not None and pub.month:
            found = _date(pub.year, pub.month, 1 if m["d"] == "1er" else int(m["d"]))
            add(m.start(), m.end(), found.isoformat() if found else None,
                "" if found else NOT_A_DATE, True)
    for m in MONTH.finditer(low, start, end):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), f"{int(m['y']):04d}-{MONTHS.index(m['m']) + 1:02d}", "",
                False)
    for m in LAST_MONTH.finditer(low, start, end):
        if free(m.start(), m.end()) and pub is not None and pub.month:
            month = MONTHS.index(m["m"]) + 1
            year = pub.year if month < pub.month else pub.year - 1
            add(m.start(), m.end(), f"{year:04d}-{month:02d}", "", True)
    facts.sort(key=lambda f: f.start)
    return facts


def posted_day(posted: tuple[tuple[str, int, int], ...], pub: Published | None) -> Fact | None:
    """When the text gives no day for the signing: the day of the one post the story embeds
    (an official's post of the ceremony), if the publication does not contradict it."""
    days = {day for day, _, _ in posted}
    if len(days) != 1:
        return None
    day, start, end = posted[0]
    on = dt.date.fromisoformat(day)
    if pub is not None and pub.month is None and on.year != pub.year:
        return None
    if pub is not None and pub.month is not None:
        since, last = (pub.date - dt.timedelta(days=7), pub.date) if pub.date else \
            pub.month_span()
        if not since <= on <= last:
            return None  # a post of another time than the story's
    return Fact("date", day, start, end, "the text gives no day; taken from the post the "
                "article embeds: check it", {"signing": True, "relative": False})
