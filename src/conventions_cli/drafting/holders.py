"""Who holds a title: the name after it ("le ministre de X, A"), before it ("A, ministre de
X"), in brackets, and one minister per country ("les ministres … marocain et espagnol, A et B").
The readers that `people.py` builds titles and offices from."""

from __future__ import annotations

import re

from .countries import foreign_name
from .grammar import (
    _acronym,
    _acronym_after,
    _cap,
    _is_title_word,
    _low,
    _name_case,
    _Reader,
)
from .names import Mention, Person
from .normalize import clean_name, fold, key
from .personlike import _looks_like_person
from .words import (
    COUNTRIES,
    DETS,
    HEADS,
    MONTH_WORDS,
    MULTIWORD_COUNTRIES,
    NAME_PARTICLES,
    NATIONALITIES,
    TITLE_WORDS,
    TITLES,
    masculine,
    nationality,
)


def _masculine(words: str) -> str:
    """ "Ministère française des Sports" -> "Ministère français des Sports": a title's
    nationality agrees with the woman who holds it, the organization's with "ministère"."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        for cut in ("ne", "e"):
            if word.endswith(cut) and fold(word[:-len(cut)]) in NATIONALITIES:
                return word[:-len(cut)]
        return word
    # only the head's ("Ministère française"), not a portfolio's ("de la Communauté marocaine")
    head = re.search(r"\s(?:de|des|du|d['’]|chargée?|aupr[eè]s)\b", words)
    cut = head.start() if head else len(words)
    return re.sub(r"\b\w+(?:ne|e)\b", fix, words[:cut]) + words[cut:]

def _ministry_name(words: str) -> str:
    """ "ministre déléguée chargée de X" -> "Ministère délégué chargé de X"."""
    words = re.sub(r"^(?:la |le )?ministres?\b", "Ministère", words.strip(), flags=re.I)
    words = re.sub(r"^ministeres?\b|^ministères?\b", "Ministère", words, flags=re.I)
    # "le vice-ministre parlementaire chargé des Affaires étrangères": the rank's word
    words = re.sub(r"^Ministère parlementaires? chargée? (?=d)", "Ministère ", words)
    words = re.sub(r"\bdéléguée\b", "délégué", words)
    words = re.sub(r"\bchargée\b", "chargé", words)
    words = re.sub(r"^Ministère (?=l['’][A-ZÀ-Ý])", "Ministère de ", words)  # "ministre l'X"
    # "ministre d'Etat (qatari) aux Affaires étrangères": a rank; the ministry is the portfolio's
    state = re.match(r"Ministère d['’][EÉ]tat((?: [a-zà-ÿ]+)?) (aux|au|à la|à l['’])\s*", words)
    if state:
        words = "Ministère" + state[1] + " " + {"aux": "des", "au": "du", "à la": "de la"}.get(
            state[2], "de l'") + ("" if state[2].startswith("à l") else " ") + words[state.end():]
    return _name_case(_masculine(words))

def _country_words(r: _Reader, i: int, j: int) -> tuple[int, str | None]:
    """A trailing "du Maroc" names the country, not the organization."""
    for k in range(i, j):
        at = k + 2 if r.low(k) == "de" and r.low(k + 1) in ("la", "l'") else k + 1
        if r.low(k) in ("du", "de", "des") and (code := _country_from(r, at, j)):
            return k, code  # "… de la Gambie", "… du Maroc", "… du Burkina Faso"
        # "… de la République de Madagascar"; not "de A et de la République de B"
        # "… du Royaume du Maroc", "… du Sultanat d'Oman"
        state = r.prep(at + 1) if r.low(k) == "de" and r.low(at) == "republique" and not any(
            r.low(x) == "et" for x in range(i, k)) or r.low(k) == "du" and r.low(at) in (
                "royaume", "sultanat") else None
        if state is not None and (code := _country_from(r, state, j)):
            return k, code  # "… de la République de l'Union des Comores"
    for at in (j - 1, j):  # the last word of the name, or the one right after it
        last = r.low(at) if i + 1 < at < r.n else ""
        nationality = NATIONALITIES.get(last) or NATIONALITIES.get(
            masculine(last))
        if nationality and not _cap(r.t[at]) and r.low(at - 1) not in ("de", "du", "des", "d'"):
            return min(at, j), nationality  # "le ministre de l'Intérieur qatari": Qatar's
    return j, None

def _country_from(r: _Reader, at: int, j: int) -> str | None:
    """The country tokens at..j name, in one word or several."""
    if at + 1 == j:
        return COUNTRIES.get(r.low(at))
    return MULTIWORD_COUNTRIES.get(key(r.text(at, j))) if at < j else None


def _two_word_particle(r: _Reader, k: int) -> bool:
    """ "de la", "de los", "van der" inside a name, a capitalized word after it."""
    return r.low(k) in ("de", "van", "von") and r.low(k + 1) in (
        "la", "las", "los", "le", "der", "den") and k + 2 < r.n and _cap(r.t[k + 2])


def _honorific(r: _Reader, k: int) -> bool:
    """Token k is a civility or an honorific before a name ("M.", "Mme", "SE", "Cheikh")."""
    return r.low(k) in TITLE_WORDS or r.low(k).rstrip(".") in {"m", "mme", "mr"}


def _person_after(r: _Reader, j: int, glued: bool = False, loose: bool = False
                  ) -> tuple[Person | None, int]:
    """ ", Ryad Mezzour," or ", M. Nizar Baraka" right after a title or a name; `glued`:
    capitalized words right after it are a name too ("le Premier ministre turc Ali Veli");
    `loose`: where only a person can stand, whatever the tagger calls the first word."""
    k = j
    if _honorific(r, k):
        k -= 1  # "le ministre du Tourisme M. Lahcen Haddad": no comma before M.
    elif r.starts_person(k) or (glued and k + 1 < r.n and _cap(r.t[k]) and _cap(r.t[k + 1])):
        k -= 1  # "le ministre de la Santé Karim Tahiri": no comma at all
    elif r.low(k) != ",":
        return None, j
    k += 1
    if r.low(k) in ("le", "la") and r.low(k + 1) in TITLES and r.low(j) == ",":
        k += 2  # "…, le Conseiller fédéral Ignazio Cassis,": his other title, then his name
        while k < r.n and not _cap(r.t[k]) and r.t[k].pos_ == "ADJ":
            k += 1
    elif r.low(k) in TITLES or (k < r.n and not _cap(r.t[k]) and r.low(k) not in DETS and
                              r.t[k].pos_ not in ("DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ",
                                                  "PUNCT", "NUM")):
        # ", porte-parole du Gouvernement, M. X": an apposed title, then the name
        m = k
        while m < r.n and r.low(m) not in (",", ".", ";") and m - k < 10:
            m += 1
        if r.low(m) == ",":
            k = m + 1
    honorifics = k
    while _honorific(r, k) and k - honorifics < 3:
        k += 1  # "S.E. Madame X": every honorific before the name
    quoted = r.low(k) in ("«", '"')  # 'Mme « Nezha El Ouafi »': a name in quotation marks
    k += quoted
    start = k
    while k < r.n and (_cap(r.t[k]) and (r.t[k].pos_ == "PROPN" or r.t[k].ent_type_ == "PER"
                                         # "son homologue de la Fédération X, Issaka
                                         # Hima Bandé": a name the tagger calls MISC
                                         or (r.t[k].ent_type_ == "MISC" or loose)
                                         and k == start and r.low(j) == ","
                                         or k > start) and r.low(k) not in MONTH_WORDS
                       or (k > start and r.low(k) in NAME_PARTICLES and k + 1 < r.n
                           and _cap(r.t[k + 1]))
                       or (k > start and _two_word_particle(r, k))):
        k += 2 if _two_word_particle(r, k) else 1  # "Francisco de la Torre Prados"
        while k < r.n and (r.t[k].text in ("-", "'") or r.joined(k)) and r.t[k].is_alpha is False \
                and k + 1 < r.n and r.joined(k + 1):
            k += 2
    if k - start < 2 or k - start > 7:
        return None, j
    names = r.text(start, k)
    if any(_low(t) in HEADS or _low(t) in COUNTRIES for t in r.t[start:k]):
        return None, j
    found = Person(clean_name(names), r.t[start].idx, r.t[k - 1].idx + len(r.t[k - 1].text))
    return found, k + (quoted and r.low(k) in ("»", '"'))

def _person_before(r: _Reader, i: int) -> Person | None:
    """ "Nadia Alami, ministre de …": the name right before a title, after a comma."""
    k = i - 1
    while k >= 0 and (r.low(k) in DETS or r.low(k) in ("-", "vice", "co", "sous", "premier",
                                                         "premiere", "deuxieme", "second")):
        k -= 1  # "vice-président", "la directrice", "premier vice-président"
    if k < 1 or r.low(k) != ",":
        return None
    end = k
    start = end
    while start > 0 and end - start < 6 and r.low(start - 1) not in TITLE_WORDS:
        if _cap(r.t[start - 1]):
            start -= 1
        elif start > 1 and r.t[start - 1].text == "-" and r.joined(start - 1) and \
                r.joined(start) and _cap(r.t[start - 2]):
            start -= 2  # "Jong-Nam Kim": a given name of two, joined by a hyphen
        elif start > 2 and r.t[start - 1].is_alpha and r.t[start - 2].text == "-" and \
                r.joined(start - 2) and r.joined(start - 1) and _cap(r.t[start - 3]):
            start -= 3  # "Salah-eddine Mezouar": its second part in small letters
        else:
            break
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

BOTH_COUNTRIES = re.compile(r"^\s*(?:des deux pays|des deux parties|respectifs)\b")


def _ministers_of_countries(r: _Reader, i: int, end: int) -> tuple[Mention, int] | None:
    """ "les ministres des Affaires étrangères marocain et espagnol, A et B", "les ministres
    de l'Intérieur des deux pays": one ministry of that portfolio per country, each with its
    minister in order. "des deux pays" is resolved against the states the article names
    (the parts carry `extra["both_countries"]`)."""
    codes: list[str | None] = []
    first = None
    k = i + 1
    stop = min(r.n, end + 4)
    while k < stop:
        word = r.low(k)
        code = nationality(word)
        if code and not _cap(r.t[k]):
            first = k if first is None else first
            codes.append(code)
        elif first is not None and word not in ("et", ","):
            break
        k += 1
    both_at = next((k2 for k2 in range(i + 1, min(r.n, end + 1))
                    if BOTH_COUNTRIES.match(fold(r.text(k2, min(r.n, k2 + 3))))), None)
    if len(codes) < 2 and both_at is None:
        return None
    both = both_at is not None and first is None
    domain_end = first if first is not None else both_at if both_at is not None else end
    after = k if first is not None else max(end, (both_at or 0) + 3)
    domain_start = i + 1
    if both and both_at == i + 1 and r.low(both_at) == "respectifs" and end > both_at + 1:
        # "leurs ministres respectifs des Affaires étrangères, A et B": the portfolio after
        domain_start, domain_end, after = both_at + 1, end, end
    domain = r.text(domain_start, domain_end)
    people: list[Person] = []
    person, next_index = _person_after(r, after)
    while person is not None:
        people.append(person)
        if r.low(next_index) != "et" or len(people) > 3:
            break
        person, later = _person_after(r, next_index)  # "…, A et B"
        if person is None:
            k2 = next_index + 1
            glued = _person_after(r, k2) if r.starts_person(k2) else (None, k2)
            person, later = glued
        next_index = later if person is not None else next_index
    countries: list[str | None] = [None if c == "MA" else c for c in codes] or [None, None]
    parts = []
    for index, code in enumerate(countries):
        mention = Mention(foreign_name(_ministry_name("Ministère " + domain), code), r.t[i].idx,
                          r.t[domain_end - 1].idx + len(r.t[domain_end - 1].text), "ministry",
                          True, head="ministere", country=code,
                          title=_name_case("Ministre " + domain))
        if both:
            mention.extra["both_countries"] = index
        if index < len(people):
            people[index].title = mention.title
            mention.person = people[index]
        parts.append(mention)
    head = parts[0]
    head.extra["split"] = parts
    return head, max(next_index, after)


def _names_first(r: _Reader, k: int) -> bool:
    """The list a title at k stands in opens on a name ("par A, le ministre de X, …"), not
    on a title ("par le ministre de X, A, le …"): only then is a name before it its own."""
    while k > 0 and r.low(k - 1) not in ("par", "entre", ":", ".", ";", "avec"):
        k -= 1
    while k < r.n and _honorific(r, k):
        k += 1  # "par M. A, …"
    if not (k < r.n and _cap(r.t[k]) and r.low(k) not in DETS and not _is_title_word(r.low(k))):
        return False
    # "par A, le wali X, B, le président Y, C": more names than titles, the first one alone
    # (named before); the titles take the names after them
    titles = names = 0
    for j in range(k, r.n):
        if r.low(j) in (".", ";") or r.t[j].pos_ in ("VERB", "AUX"):
            break
        if r.low(j) in DETS and j + 1 < r.n and _is_title_word(r.low(j + 1)):
            titles += 1
        elif _cap(r.t[j]) and (j == k or r.low(j - 1) == ",") and r.low(j) not in DETS:
            names += 1
    return names <= titles


def held_by(r: _Reader, mention: Mention, i: int, end: int) -> tuple[Mention, int]:
    """The body a title names (read from token i to `end`), with the person who holds that
    title and its wording, and the index past them both. "la ministre de X (MX), A": the
    acronym in brackets is the body's."""
    bracketed, acronym, _alias = _acronym_after(r, end)
    if acronym and mention.acronym is None and mention.kind == "ministry":
        mention.acronym, end = acronym, bracketed
        mention.end = r.t[end - 1].idx + len(r.t[end - 1].text)
    person, after = _holder(r, i, end)
    if person is None:
        return mention, end
    person.title, mention.person = mention.title, person
    return mention, after


def _holder(r: _Reader, i: int, end: int) -> tuple[Person | None, int]:
    """Who holds the title read from token i to `end`: the name after it ("le ministre
    de X, A"), else the name before it ("A, ministre de X"). A title set after a name is
    that name's ("A, ministre de X, B, ministre de Y", "A, le ministre de X, B, la
    directrice de Y"): the name after it opens the next pair."""
    after, next_index = _person_after(r, end)
    before = _person_before(r, i)
    if after is None:
        return before, end
    k = i - 1
    while k >= 0 and (r.low(k) in ("-", "vice", "co", "sous") or r.low(k) in DETS
                      and _names_first(r, k)):
        k -= 1  # "par A, le ministre de X, B, la directrice de Y": with its article too
    if before is not None and r.low(k) == "," and r.low(next_index) == "," and (
            _is_title_word(r.low(next_index + 1)) or r.low(next_index + 1) in DETS
            and _is_title_word(r.low(next_index + 2)) or _apposed_role(r, next_index + 1)):
        return before, end
    return after, next_index


def _apposed_role(r: _Reader, k: int) -> bool:
    """ "…, B, membre du directoire de Y": a role said of B by a bare noun and its body."""
    return k + 1 < r.n and not _cap(r.t[k]) and r.t[k].pos_ == "NOUN" and \
        r.low(k + 1) in ("de", "du", "des", "d'")
