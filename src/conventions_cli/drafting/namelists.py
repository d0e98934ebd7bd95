"""A kind of body named once for a list of its members: "les CHU Hassan II de Fès, Ibn
Rochd de Casablanca et Mohammed VI de Tanger et d'Agadir", "les CRI de Fès, de Tanger et
d'Oujda", "les universités Mohammed V de Rabat et Ibn Tofail de Kénitra": one body per
member, the head (an acronym or a public body's plural noun) set before each name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .grammar import _acronym, _cap, _name_case, _Reader, hyphen_next
from .names import Mention
from .normalize import fold
from .plurals import _place_run, _places_from, _singular
from .words import HEADS

__all__ = ["members_for_plurals", "plural_of_names"]


def _name_run(r: _Reader, k: int) -> int:
    """Capitalized words and Roman numerals from token k, up to a preposition ("Hassan
    II", "Ibn Rochd", "Mohammed VI")."""
    j = k
    while j < r.n and _cap(r.t[j]) and r.t[j].is_alpha and j - k < 4:
        j += 1
        nxt = hyphen_next(r, j) if j < r.n and r.t[j].text == "-" else None
        while nxt is not None:  # "Casablanca-Settat", "Île-de-France"
            j = nxt + 1
            nxt = hyphen_next(r, j) if j < r.n and r.t[j].text == "-" else None
    return j


def _head(r: _Reader, i: int) -> tuple[str, str, bool] | None:
    """The kind each member is of: an acronym ("CHU") or a plural head noun
    ("universités" -> "Université"), with its kind of organization."""
    word = r.low(i)
    if _acronym(r.t[i].text) and r.t[i].text.isupper() and len(r.t[i].text) <= 6:
        return r.t[i].text, "public-body", True  # its members may be places alone
    # "les sociétés A et B", "les fédérations A et B": the head only says what they are
    if word.endswith("s") and HEADS.get(word[:-1]) == "public-body":
        return _singular(r.t[i].text).capitalize(), HEADS[word[:-1]], False
    return None


def plural_of_names(r: _Reader, i: int) -> Mention | None:
    """The members listed after "les" and a head at token i; None unless two or more."""
    if r.low(i - 1) not in ("les", "des", "aux", "ces") or i + 1 >= r.n:
        return None
    head = _head(r, i)
    if head is None:
        return None
    name, kind, acronym = head
    members: list[tuple[str, int, int]] = []  # name, first token, end token
    acronyms: dict[int, str] = {}  # a member's acronym, by its first token
    k = i + 1
    while k < r.n and len(members) < 12:
        start = k
        run = _name_run(r, k) if r.prep(k) is None else k
        bracket = _acronym_then_place(r, run) if run > start else None
        if bracket is not None:
            # "les universités Sidi Mohammed Ben Abdellah (USMBA) de Fès, Moulay Ismail (UMI)
            # de Meknès et …": each name, its acronym, then its town
            acronym_said, place, k = bracket
            members.append((" ".join(x for x in (name, r.text(start, run), place) if x), start,
                            k))
            acronyms[start] = acronym_said
            if r.low(k) == "," and r.low(k + 1) == "et":
                k += 2
            elif r.low(k) in (",", "et") and k + 1 < r.n and _cap(r.t[k + 1]):
                k += 1
            else:
                break
            continue
        places = _places_from(r, run) if r.prep(run) is not None else []
        if run == start and (not places or not acronym):
            break  # "les communes de A et de B" is `plurals`' to read
        who = r.text(start, run)
        if places:
            members.extend((" ".join(x for x in (name, who, r.text(p, b)) if x), start, b)
                           for p, _a, b in places)
            k = places[-1][2]
        else:
            members.append((f"{name} {who}", start, run))
            k = run
        if r.low(k) == "(" and k + 2 < r.n and _acronym(r.t[k + 1].text) and \
                r.low(k + 2) == ")" and len(places) <= 1:
            acronyms[start] = r.t[k + 1].text  # "… et Euro-Méditerranéenne de Fès (UEMF)"
            members[-1] = (members[-1][0], members[-1][1], k + 3)
            k += 3
        if r.low(k) == "," and r.low(k + 1) == "et":
            k += 2
        elif r.low(k) in (",", "et") and k + 1 < r.n and _cap(r.t[k + 1]) or (
                r.low(k) in (",", "et") and r.prep(k + 1) is not None and places):
            k += 1
        else:
            break
    if len(members) < 2 or any(len(m[0].split()) < 2 for m in members):
        return None
    parts = [Mention(_name_case(text), r.t[a].idx, r.t[b - 1].idx + len(r.t[b - 1].text), kind,
                     False, acronyms.get(a), head=name.lower(), extra={"member_of": name})
             for text, a, b in members]
    first = parts[0]
    first.start = r.t[i].idx
    first.extra["split"] = parts
    first.extra["end_token"] = members[-1][2]
    return first


def _acronym_then_place(r: _Reader, k: int) -> tuple[str, str, int] | None:
    """ "(UMI) de Meknès" after a member's name: its acronym, its town ("de Meknès", or
    "" when none follows) and where they end."""
    if r.low(k) != "(" or k + 2 >= r.n or not _acronym(r.t[k + 1].text) or r.low(k + 2) != ")":
        return None
    end = k + 3
    at = r.prep(end)
    stop = _place_run(r, at) if at is not None and at < r.n and _cap(r.t[at]) else at
    if at is None or stop is None or stop == at:
        return r.t[k + 1].text, "", end
    return r.t[k + 1].text, r.text(end, stop), stop


PLURAL_BEFORE = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
                           r"\d{1,2}|les|des|ces|plusieurs)\s+(?:[^,;:.()]{0,60}\(\s*)?$")


def members_for_plurals(text: str, sentences: list[Any]) -> None:
    """ "des conventions avec cinq centres hospitaliers universitaires (CHU)", and further
    on "les CHU A, B, C, D et E": the plural is those members, where no one is named."""
    members: dict[str, list[Mention]] = {}
    for s in sentences:
        for m in s.mentions:
            if m.extra.get("member_of"):
                members.setdefault(str(m.extra["member_of"]), []).append(m)
    if not members:
        return
    for s in sentences:
        out: list[Mention] = []
        for m in s.mentions:
            listed = members.get(m.name) if m.kb_id is None and not m.extra.get(
                "member_of") else None
            if listed and PLURAL_BEFORE.search(fold(text[max(s.start, m.start - 80):m.start])):
                out.extend(replace(x, start=m.start, end=m.end, extra=dict(x.extra))
                           for x in listed)
            else:
                out.append(m)
        s.mentions = out
