"""Events an article names by a capitalized name alone ("les Assises de l'agriculture",
"l'Automotive Meeting de Tanger"), and the days it gives them ("du 22 au 30 novembre")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .facts import Fact
from .normalize import clean_name, fold

__all__ = ["event_days", "find_named_events", "opening_day"]


NAMED_EVENT = re.compile(r"\b(?P<name>(?:Assises|Salon|Forum|Festival|Foire|Sommet|Semaine|"
                         r"Journées?|Rencontres?|Conférence|Congrès|Colloque|Symposium|"
                         r"Biennale|Exposition)\b(?: (?:internationale|international|nationale|"
                         r"national|africaine|africain|régionale|régional)\b)?"
                         r"(?: (?:de la|de l'|du|des|de|d') ?[\w'’-]+(?: [\w'’-]+)?)?)")


# "l'Automotive Meeting de Tanger", "l'Africa Investment Summit": named in English, the
# head last
NAMED_ENGLISH = re.compile(r"\b(?P<name>(?:[A-Z][\w-]+\s+){1,4}(?:Meeting|Summit|Week|Days|"
                           r"Show|Expo|Forum|Awards|Fair|Conference)\b(?:\s+(?:de|d')\s*"
                           r"[A-Z][\w-]+)?)")
NOT_A_NAME = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "ce", "cette", "lors",
              "en", "au", "aux", "a", "et", "pour", "par", "dans", "sur", "the"}


def _english_events(text: str, start: int, end: int) -> list[re.Match[str]]:
    return [m for m in NAMED_ENGLISH.finditer(text, start, end)
            if fold(m["name"].split()[0]) not in NOT_A_NAME]


def find_named_events(text: str, start: int, end: int, year: int | None) -> list[Fact]:
    """Events named with a capital ("les Assises de l'agriculture") without "en marge de"."""
    facts = []
    matches = sorted([*NAMED_EVENT.finditer(text, start, end),
                      *_english_events(text, start, end)], key=lambda m: m.start())
    for m in matches:
        if text[max(0, m.start() - 2):m.start()].strip() == "" and m.start() > 0 and \
                text[m.start() - 1] not in " \n":
            continue
        if (m["name"].startswith(("Conférence", "Forum")) and re.match(
                r"[^,;.]{0,40}\(\s*[A-Z][A-Za-z]*[A-Z]\s*\)", text[m.end():m.end() + 50])) \
                or re.search(r"\b(?:pr[ée]sidente?|membres?|secr[ée]taire g[ée]n[ée]ral)\s+"
                             r"(?:de la|du|de l'|des)\s*$", text[max(0, m.start() - 30):m.start()]):
            continue  # "la Conférence des présidents (CPU)", "le président du Forum X": a body
        name = clean_name(m["name"])
        name = re.sub(r"\s+(?:dont|qui|ou|et|à|a)$", "", name)
        if len(name.split()) < 2:
            continue
        if year and not re.search(r"\b(?:19|20)\d{2}\b", name):
            name = f"{name} {year}"
        facts.append(Fact("event", {"name": name}, m.start(), m.end()))
    return facts


EVENT_DAYS = re.compile(r"^[^.;]{0,25}?\bdu (?P<a>\d{1,2})(?:er)? (?:(?P<ma>[a-z]+) )?au "
                        r"(?P<b>\d{1,2}) (?P<mb>[a-z]+)(?: (?P<y>(?:19|20)\d{2}))?")


def event_days(text: str, fact: Fact, year: int | None) -> tuple[str, str] | None:
    """ "la Semaine X, du 22 au 30 novembre 2023" -> ("2023-11-22", "2023-11-30")."""
    return _as_days(_days_told(text, fact), year)


def _days_told(text: str, fact: Fact) -> re.Match[str] | None:
    """The words right after an event's name that give its days ("du 13 au 17 février")."""
    return EVENT_DAYS.match(fold(text[fact.end:fact.end + 80]))


def _as_days(found: re.Match[str] | None, year: int | None) -> tuple[str, str] | None:
    from .normalize import MONTHS

    if not found or found["mb"] not in MONTHS:
        return None
    y = int(found["y"]) if found["y"] else year
    if y is None:
        return None
    mb = MONTHS.index(found["mb"]) + 1
    ma = MONTHS.index(found["ma"]) + 1 if found["ma"] in MONTHS else mb
    try:  # "du 99 au 0 février": no days at all
        first, last = dt.date(y, ma, int(found["a"])), dt.date(y, mb, int(found["b"]))
    except ValueError:
        return None
    return (first.isoformat(), last.isoformat()) if first <= last else None


# "signées la journée de l'inauguration", "le jour de l'ouverture", "à l'ouverture du salon"
OPENING = re.compile(r"\b(?:(?:la )?journee|(?:le )?jour|lors|a l'occasion|au moment) de "
                     r"l'(?:inauguration|ouverture)\b|\ba l'(?:inauguration|ouverture) d")


def opening_day(text: str, signing: list[Any], event: Fact, year: int | None) -> Fact | None:
    """The first day of the event, where a signing sentence says the agreements were signed
    on the day it opened and the event's days are told ("du 13 au 17 février")."""
    if not any(OPENING.search(fold(text[s.start:s.end])) for s in signing):
        return None
    told = _days_told(text, event)
    days = _as_days(told, year)
    if told is None or days is None:
        return None
    # the words that give the days: "du 13 au 17 février"
    start, end = event.end + told.start("a") - 3, event.end + told.end()
    return Fact("date", days[0], start, end,
                todo="the first of the event's days, the article saying the signing was on "
                     "its opening day: check it")
