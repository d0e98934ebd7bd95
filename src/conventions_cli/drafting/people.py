"""People and the titles that name their organization: "le ministre de l'Industrie et du
Commerce, Ryad Mezzour", "Nadia Fettah, ministre de …", "le secrétaire d'Etat chargé de …",
"ceux de l'Equipement (A), des Finances (B)", "le Roi Mohammed VI".

A title names an organization through a complement that the organization grammar reads:
`title_mention` takes that reader (`parse_org`) as an argument, so the two modules do not
import each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .grammar import (
    _acronym,
    _adjectives,
    _cap,
    _complements,
    _is_title_word,
    _looks_like_person,
    _low,
    _name_case,
    _proper_run,
    _Reader,
    is_geographic,
)
from .names import Mention, Person
from .normalize import clean_name, fold
from .places import city_region
from .words import (
    COUNTRIES,
    DETS,
    HEADS,
    MONTH_WORDS,
    NAME_PARTICLES,
    NATIONALITIES,
    PREPS,
    TITLE_WORDS,
    TITLES,
)

ParseOrg = Callable[[_Reader, int], "tuple[Mention | None, int]"]


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

def _person_after(r: _Reader, j: int) -> tuple[Person | None, int]:
    """ ", Ryad Mezzour," or ", M. Nizar Baraka" right after a title or a name."""
    k = j
    if r.low(k) in TITLE_WORDS or r.low(k).rstrip(".") in {"m", "mme", "mr"}:
        k -= 1  # "le ministre du Tourisme M. Lahcen Haddad": no comma before M.
    elif r.starts_person(k):
        k -= 1  # "le ministre de la Santé Karim Tahiri": no comma at all
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

def _title_mention(r: _Reader, i: int, parse_org: ParseOrg) -> tuple[Mention | None, int]:
    """ "le ministre de l'Industrie, Ryad Mezzour" -> the ministry, with its signatory."""
    word = r.low(i)
    start_tok = r.t[i]
    if word == "secretaire" and r.low(i + 1) == "d'" and r.low(i + 2) == "etat":
        return _secretary_of_state(r, i)
    if word in ("commissaire", "haut-commissaire") and (word == "haut-commissaire" or r.low(
            i - 1) in ("haut", "haute")):
        return _high_commissioner(r, i)
    if word == "ministre" or word == "ministres":
        j, country = _adjectives(r, i + 1)
        if r.low(j) in ("charge", "chargee") or r.low(j).startswith("charge"):
            j += 1
        if r.low(j) == "aupres":
            k = r.prep(j + 1)
            j = (r.noun_phrase(k) if k is not None else j) or i + 1
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
        if word == "ministres":
            several = _ministers_of_countries(r, i, full_end)
            if several is not None:
                return several
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
        person, after = _holder(r, i, full_end)
        if person:
            person.title = title
            mention.person = person
            return mention, after
        return mention, full_end
    if word in ("ambassadeur", "ambassadrice"):
        envoy = _ambassador(r, i)
        if envoy is not None:
            return envoy
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
            if inner is not None and (is_geographic(inner.name) or (
                    best is not None and city_region(inner.name) is not None)):
                k = max(after, k + 1)  # "… de l'Afrique du Nord (MENA) de …", "… à Agadir"
                continue
            if inner is not None and (not inner.vague or (
                    word == "wali" and inner.head == "region")):
                best = (inner, after)
                if inner.acronym:
                    break  # "… (AREF) de la région X": the acronym closes the name
                k = max(after, k + 1)
                continue
        k += 1
    town = r.prep(j)
    if best is None and word in ("maire", "mairesse", "president", "presidente") and \
            town is not None and r.low(town) in ("ville", "commune", "municipalite") \
            and r.low(town + 1) in (",", ".", ";", "et", ""):
        # "la mairesse de la ville": the commune of the city the article names
        at = (r.prep(j) or 0) + 1
        best = (Mention("Commune", r.t[i].idx, r.t[at - 1].idx + len(r.t[at - 1].text),
                        "public-body", True, head="commune", bare=True,
                        extra={"unnamed_city": True}), at)
    if best is None:
        service = _service(r, i)
        if service is None:
            return None, i + 1
        best = service
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
    person, after2 = _holder(r, i, after)
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

def find_people(tokens: list[Any]) -> list[Person]:
    """People the sentence names: spaCy's PER entities, and "M./Mme" + capitalized words."""
    people: list[Person] = []
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
        code = NATIONALITIES.get(word) or NATIONALITIES.get(re.sub(r"(?:ne|e)?s?$", "", word))
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
    domain = r.text(i + 1, domain_end)
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
        mention = Mention(_ministry_name("Ministère " + domain), r.t[i].idx,
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


def _holder(r: _Reader, i: int, end: int) -> tuple[Person | None, int]:
    """Who holds the title read from token i to `end`: the name after it ("le ministre
    de X, A"), else the name before it ("A, ministre de X"). A title without its article
    set after a name is that name's ("A, ministre de X, B, ministre de Y"): the name after
    it opens the next pair."""
    after, next_index = _person_after(r, end)
    before = _person_before(r, i)
    if after is None:
        return before, end
    k = i - 1
    while k >= 0 and r.low(k) in ("-", "vice", "co", "sous"):
        k -= 1
    if before is not None and r.low(k) == "," and r.low(next_index) == "," and (
            _is_title_word(r.low(next_index + 1)) or r.low(next_index + 1) in DETS
            and _is_title_word(r.low(next_index + 2))):
        return before, end
    return after, next_index


SERVICES = {"directeur": "Direction", "directrice": "Direction", "delegue": "Délégation",
            "deleguee": "Délégation"}
SCOPES = {"regional": "régionale", "regionale": "régionale", "provincial": "provinciale",
          "provinciale": "provinciale", "prefectoral": "préfectorale",
          "prefectorale": "préfectorale", "local": "locale", "locale": "locale",
          "interregional": "interrégionale", "interregionale": "interrégionale"}


def _service(r: _Reader, i: int) -> tuple[Mention, int] | None:
    """ "le directeur régional de la santé", "la déléguée provinciale de l'éducation": the
    ministry's regional or provincial service, "Direction régionale de la santé"."""
    head = SERVICES.get(r.low(i))
    scope = SCOPES.get(r.low(i + 1))
    k = r.prep(i + 2)
    if head is None or scope is None or k is None:
        return None
    end = r.noun_phrase(k)
    if end is None:
        return None
    name = f"{head} {scope} {r.text(i + 2, end)}"
    return Mention(name, r.t[i].idx, r.t[end - 1].idx + len(r.t[end - 1].text), "public-body",
                   True, head=fold(head)), end


def _high_commissioner(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """ "le Haut commissaire aux Eaux et Forêts et à la lutte contre la désertification,
    M. X": the Haut-Commissariat, and who heads it."""
    j = i + 1
    if r.low(j) in ("au", "aux") or (r.low(j) == "a" and r.low(j + 1) in ("la", "l'")):
        end = r.noun_phrase(j + 1) or j
        while r.low(end) == "et" and (r.low(end + 1) in ("au", "aux") or r.low(end + 1) == "a"):
            nxt = r.noun_phrase(end + 2 if r.low(end + 1) in ("au", "aux") else end + 2)
            if nxt is None:
                break
            end = _complements(r, nxt, ministry=True)  # "et à la lutte contre la …"
        end = _complements(r, end, ministry=True)
    else:
        end = _complements(r, j, ministry=True)
    if end <= i + 1:
        return None, i + 1
    first = i - 1 if r.low(i - 1) in ("haut", "haute") else i
    domain = r.text(i + 1, end)
    title = _name_case(r.text(first, end))
    mention = Mention(_name_case(f"Haut-Commissariat {domain}"), r.t[first].idx,
                      r.t[end - 1].idx + len(r.t[end - 1].text), "public-body", True,
                      head="haut-commissariat", title=title)
    person, after = _holder(r, first, end)
    if person is not None:
        person.title = title
        mention.person = person
        return mention, after
    return mention, end


def _ambassador(r: _Reader, i: int) -> tuple[Mention, int] | None:
    """ "l'ambassadeur de France au Maroc, X", "l'ambassadeur du Maroc en Tunisie, M. Y",
    "l'ambassadeur japonais": the state the ambassador signs for."""
    j = i + 1
    word = r.low(j)
    code = NATIONALITIES.get(word) or NATIONALITIES.get(re.sub(r"(?:ne|e)?s?$", "", word))
    if code is not None:
        end, country = j + 1, _masculine(f"État {r.t[j].text}")
    else:
        k = r.prep(j)
        if k is None or r.low(k) not in COUNTRIES:
            return None
        code, end, country = COUNTRIES[r.low(k)], k + 1, r.t[k].text
    while end < r.n and r.low(end) in ("au", "en", "a", "aupres") and end + 1 < r.n and (
            _cap(r.t[end + 1]) or r.low(end + 1) in ("la", "l'", "du")):
        end += 2 if _cap(r.t[end + 1]) else 3  # "au Maroc", "en Tunisie", "auprès du Roi"
    title = _name_case(r.text(i, end))
    name = "État marocain" if code == "MA" else _name_case(country)
    mention = Mention(name, r.t[i].idx, r.t[end - 1].idx + len(r.t[end - 1].text), "other",
                      True, head="etat", country=code, title=title)
    mention.extra["state"] = True
    person, after = _holder(r, i, end)
    if person is not None:
        person.title = title
        mention.person = person
        return mention, after
    return mention, end
