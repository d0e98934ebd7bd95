"""Plurals that name several organizations at once: "les communes d'Essaouira, de Safi et
d'Al Haouz", "les académies régionales … de Fès-Meknès et de l'Oriental", "les clusters
suisse, espagnol et français", "les ministères de A et de B".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .complements import _complements
from .countries import foreign_name
from .grammar import _acronym_after, _cap, _name_case, _proper_run, _Reader
from .holders import _ministry_name
from .names import Mention
from .normalize import fold, key
from .personlike import _looks_like_person
from .places import city_region
from .townbody import town_body
from .words import (
    ADJ_FORM,
    COUNTRIES,
    HEADS,
    MULTIWORD_COUNTRIES,
    NATIONALITIES,
    PLURAL_HEADS,
    STOP_NAME,
    masculine,
    nationality,
)

# Heads of places listed by name: after the first, a bare name is the next place's, even one
# that reads like a person's ("les communes d'Assa, Aouint Lahna et Labouirat")
TERRITORIES = {"communes", "villes", "provinces", "regions", "prefectures", "municipalites",
               "localites", "cercles", "douars", "arrondissements"}


def _plural_of_places(r: _Reader, i: int, after: int | None = None) -> Mention | None:
    """ "les communes d'Essaouira, de Safi et d'Al Haouz" -> one commune per name; after the
    first, a name may come without its preposition and with its country in brackets ("les
    villes de Niamey (Niger), Agadez (Niger) et Parakou (Bénin)")."""
    word = r.low(i)
    head = " ".join([r.t[i].text[:-1], *(_singular(r.t[k].text) for k in range(i + 1, after or
                                                                                i + 1))])
    names: list[tuple[int, int, int, str | None]] = []  # first token, name's end, end, country
    k = after or i + 1
    while k < r.n:
        own = nationality(r.low(k)) if not _cap(r.t[k]) and r.prep(k + 1) is not None \
            else None
        k += own is not None  # "les villes marocaine d'Ouarzazate et française de Maubeuge"
        after = r.prep(k)
        if after is None and names and _cap(r.t[k]) and (word in TERRITORIES or not
                                                         _looks_like_person(r, k, _proper_run(
                                                             r, k))):
            after = k  # "…, Agadez (Niger)", "communes d'Assa, Aouint Lahna": goes on bare
        if after is None or after >= r.n or not _cap(r.t[after]):
            break
        end = _proper_run(r, after)
        if end <= after:
            break
        said_end, country = end, own
        bracket = bracketed_country(r, end)
        if bracket is not None:
            end, country = bracket
        names.append((k, said_end, end, country))
        k = end
        if r.low(k) in (",", "et") and (r.prep(k + 1) is not None or _cap(r.t[min(k + 1,
                                                                                r.n - 1)])
                                         or own and nationality(r.low(k + 1))):
            k += 1
        elif not (r.low(k) == "," and r.low(k + 1) == "et"):
            break
        else:
            k += 2
    if len(names) < 2:
        return None
    if _of_countries_unnamed(r, i, [(r.prep(a) or a, stop) for a, stop, _b, _c in names]):
        return _unnamed(r, i, names[-1][2])
    parts = []
    for a, stop, b, country in names:
        said = r.text(a, stop)
        place = r.text(r.prep(a) or a, stop)
        if word in ("villes", "communes") and country in (None, "MA") and city_region(place):
            # "les villes d'Ouarzazate et …": a Moroccan town signs as its commune
            parts.append(town_body(place, r.t[a].idx, r.t[b - 1].idx + len(r.t[b - 1].text)))
            continue
        if r.prep(a) is None:  # a bare name takes the preposition back
            said = ("d'" if fold(said)[:1] in "aeiouy" else "de ") + said
        parts.append(Mention(foreign_name(_name_case(f"{head} {said}"), country), r.t[a].idx,
                             r.t[b - 1].idx + len(r.t[b - 1].text), HEADS[word[:-1]], False,
                             country=country, head=word[:-1]))
    first = parts[0]
    first.start = r.t[i].idx  # the list begins at "communes"
    first.extra["split"] = parts
    first.extra["end_token"] = names[-1][2]
    return first


def _of_countries_unnamed(r: _Reader, i: int, names: list[tuple[int, int]]) -> bool:
    """ "des représentants d'universités du Sénégal, du Nigéria et de la Gambie": bodies
    of a kind in countries, none named (an indefinite plural, every place a country)."""
    return r.low(i - 1) in ("d'", "des", "de") and all(
        (place := key(re.sub(r"^(?:la |le |les |l')", "", fold(r.text(a, b))))) in COUNTRIES
        or place in MULTIWORD_COUNTRIES for a, b in names)


def _unnamed(r: _Reader, i: int, end: int) -> Mention:
    """The whole list as one vague mention: no party, and its countries none either."""
    said = Mention(_name_case(r.text(i, end)), r.t[i].idx,
                   r.t[end - 1].idx + len(r.t[end - 1].text), HEADS[r.low(i)[:-1]], False,
                   head=r.low(i)[:-1], vague=True)
    said.extra["end_token"] = end
    return said


def bracketed_country(r: _Reader, k: int) -> tuple[int, str] | None:
    """ "(Niger)", "(Côte d'Ivoire)" after a town's name: (index after ")", its code)."""
    from .states import country_of_word, country_span

    if k + 2 >= r.n or r.t[k].text != "(":
        return None
    several = country_span(r, k + 1)
    end, code = several if several is not None else (k + 2, country_of_word(r.low(k + 1)))
    if code is None or end >= r.n or r.t[end].text != ")":
        return None
    return end + 1, code

def _of(place: str) -> str:
    """ "de Fès", "d'Oujda": a bare place with its preposition back."""
    return ("d'" if fold(place)[:1] in "aeiouy" else "de ") + place


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
    from .states import country_span

    country = country_span(r, k)  # "du Burkina Faso", "de l'Arabie saoudite"
    if country is not None:
        return country[0]
    names = {fold(n) for n in REGIONS} | {fold(n).replace("-", " ") for n in REGIONS}
    names |= {n[2:] for n in names if n.startswith("l'")}  # "de l'Oriental"
    for end in range(_proper_run(r, k), k, -1):  # the longest known name from k
        words = fold(r.text(k, end))
        if city_region(words) or words in names or words.replace("-", " ") in names \
                or words in COUNTRIES:  # "du Maroc et de la France"
            return end
    return k


def _places_from(r: _Reader, at: int) -> list[tuple[int, int, int]]:
    """ "de Casablanca et de Tan-Tan" from token `at` (a preposition): each place's
    preposition, start and end; fewer than two is no list."""
    places: list[tuple[int, int, int]] = []
    k = r.prep(at)
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
    return places

def _places_named_after(r: _Reader, k: int) -> list[tuple[int, int, int]]:
    """ ", à savoir Souss-Massa, Drâa-Tafilalet et l'Oriental": the places
    the bodies are of, named bare after a colon or "à savoir" (two at least)."""
    if r.low(k) == ",":
        k += 1
    if r.low(k) == ":":
        k += 1
    elif r.low(k) == "a" and r.low(k + 1) == "savoir":
        k += 2
    else:
        return []
    if r.low(k) == ":":
        k += 1
    places: list[tuple[int, int, int]] = []
    while k < r.n:
        said = k  # "l'Oriental": the article stays with the name
        if r.low(k) in ("l'", "la", "le") and k + 1 < r.n:
            k += 1
        if not _cap(r.t[k]):
            break
        stop = _place_run(r, k)
        if stop == k:
            return []  # not a place: a list of names of another kind
        places.append((said, said, stop))
        if r.low(stop) not in (",", "et"):
            break
        k = stop + (2 if r.low(stop) == "," and r.low(stop + 1) == "et" else 1)
    return places


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
    acronym = None
    if k is not None and _place_run(r, k) > k:
        end = end2 = j  # "les agences urbaines de Fès et de Meknès"
    else:
        end = _complements(r, j, ministry=False)
        end2, acronym, _alias = _acronym_after(r, end)
        if not acronym:
            # "les chambres de commerce, d'industrie et de services de Casablanca et de
            # Tan-Tan": the complement ends where the list of places begins
            stop = next((p for p in range(j, min(r.n, end + 12)) if r.low(p) in (
                ".", ";", ":", "(", ")") or r.t[p].pos_ in ("VERB", "AUX")), min(r.n, end + 12))
            end = end2 = next((p for p in range(j, stop) if r.prep(p) is not None
                               and r.low(p - 1) not in (",", "et")
                               and len(_places_from(r, p)) >= 2), end)
    places = _places_from(r, end2)  # (its preposition, start, end)
    if len(places) < 2:
        places = _places_named_after(r, end2)
    if len(places) < 2:
        return None
    if _of_countries_unnamed(r, i, [(a, b) for _p, a, b in places]):
        return _unnamed(r, i, places[-1][2])
    head = _singular(r.text(i, j)) + (" " + r.text(j, end) if end > j else "")
    parts = [Mention(_name_case(f"{head} {r.text(p, b) if r.prep(p) else _of(r.text(a, b))}"),
                     r.t[i].idx, r.t[b - 1].idx + len(r.t[b - 1].text), HEADS[word[:-1]], False,
                     aliases=[f"{acronym} {r.text(a, b)}"] if acronym else [],
                     head=word[:-1]) for p, a, b in places]
    first = parts[0]
    first.extra["split"] = parts
    first.extra["end_token"] = places[-1][2]
    return first

# bodies a country has one of per field: "les fédérations royales marocaines de judo et de
# karaté", "les ligues régionales de football et de basket-ball"
FIELD_HEADS = {"federations", "ligues"}
FIELD_STOPS = (".", ";", ":", "(", ")", "«", "»", ",")


def _plural_by_field(r: _Reader, i: int) -> Mention | None:
    """ "les Fédérations royales marocaines de rugby, de volley-ball, de ski et sports de
    montagne et de bridge": one federation per field the list names (a field may hold an
    "et" of its own; only ", de" and "et de" start the next one)."""
    word = r.low(i)
    if word not in FIELD_HEADS:
        return None
    j = i + 1
    while j < r.n and (r.t[j].pos_ == "ADJ" or ADJ_FORM.fullmatch(r.low(j))) \
            and not _cap(r.t[j]) and r.low(j) not in STOP_NAME:
        j += 1

    def next_field(e: int) -> bool:
        return r.low(e) in (",", "et") and e + 1 < r.n and r.prep(e + 1) is not None

    fields: list[tuple[int, int]] = []  # (its preposition, its end)
    k = j
    while k < r.n and (inside := r.prep(k)) is not None:
        if inside >= r.n or r.low(inside) in (*FIELD_STOPS, "et"):
            break
        e = inside + 1  # its first word, whatever the tagger reads ("de tir à l'arc")
        while e < r.n and r.low(e) not in FIELD_STOPS and not (
                r.t[e].pos_ == "AUX" or r.t[e].pos_ == "VERB" and "Part" not in
                r.t[e].morph.get("VerbForm")) and not next_field(e):  # "handicapées" goes on
            e += 1
        fields.append((k, e))
        if not next_field(e):
            break
        k = e + 1
    if len(fields) < 2:
        return None
    head = _singular(r.text(i, j))
    parts = [Mention(_name_case(f"{head} {r.text(a, b)}"), r.t[i].idx,
                     r.t[b - 1].idx + len(r.t[b - 1].text), HEADS[word[:-1]], False,
                     head=word[:-1]) for a, b in fields]
    first = parts[0]
    first.extra["split"] = parts
    first.extra["end_token"] = fields[-1][1]
    return first


def _plural_list(r: _Reader, i: int, j: int) -> Mention | None:
    """ "les clusters suisse, espagnol et français" -> one cluster per adjective."""
    word = r.low(i)
    if word in PLURAL_HEADS and word != "ministeres":
        word = PLURAL_HEADS[word] + "s"  # "les barreaux de Paris et de Casablanca"
    if not word.endswith("s") or word.rstrip("s") not in HEADS:
        return None
    if r.prep(i + 1) is not None or word in TERRITORIES and nationality(r.low(i + 1)) and \
            r.prep(i + 2) is not None:  # "les villes marocaine d'X et française de Y"
        return None if word.startswith("ministere") else _plural_of_places(r, i)
    adjectives = i + 1  # "les deux autorités portuaires de Tanger Med et de la Baie d'Algésiras"
    while adjectives < min(r.n, i + 3) and r.t[adjectives].pos_ == "ADJ" and not _cap(
            r.t[adjectives]) and r.low(adjectives).endswith(("s", "x")):
        adjectives += 1
    if adjectives > i + 1 and r.prep(adjectives) is not None and not word.startswith("minist"):
        return _plural_of_places(r, i, adjectives)
    countries: list[str] = []
    k = i + 1
    while k < r.n:
        w = r.low(k)
        base = masculine(w)
        if w in NATIONALITIES or base in NATIONALITIES:
            countries.append(r.t[k].text)
            k += 1
        elif w in (",", "et") and countries:
            k += 1
        else:
            break
    if len(countries) < 2:
        return _plural_by_scope(r, i)
    head = r.t[i].text.rstrip("s")
    parts = [Mention(_name_case(f"{head} {c}"), r.t[i].idx, r.t[k - 1].idx + len(r.t[k - 1].text),
                     HEADS[word.rstrip("s")], False, head=word.rstrip("s"),
                     country=NATIONALITIES.get(fold(c)) or NATIONALITIES.get(
                         masculine(fold(c))))
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
    finest: list[str] = []
    if len(parts) == 1:
        # "des Finances et de la privatisation et de l'Equipement": where the list's domains
        # are capitalized, a lowercase one continues the ministry before it
        points = list(re.finditer(r"(?:\s+et|,)\s+(?=(?:de la |de l'|du |des |de |d'))", rest))
        every = [0] + [x for p in points for x in (p.start(), p.end())] + [len(rest)]
        finest = [rest[every[k]:every[k + 1]] for k in range(0, len(every), 2)]
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
    # the knowledge base may read the list otherwise (baselinks.regroup_ministries)
    enumeration = {"domains": finest} if len(finest) > 1 and not any(c for _, c in shared) \
        else None
    for part, (own, country) in zip(parts, shared, strict=True):
        name = own or domain or part.strip()
        out.append(Mention(_ministry_name("Ministère " + name), mention.start,
                           mention.end, "ministry", True, head="ministere", country=country))
        if enumeration is not None:
            out[-1].extra["enumeration"] = enumeration
    return out


def regroup(domains: list[str], score: Callable[[str], int]) -> list[str] | None:
    """The reading of a list of ministries' domains that the knowledge base knows best
    ("de la Santé, de l'Équipement et de l'Eau et de l'Intérieur": three ministries when
    the base has "l'Équipement et de l'Eau"), fewest ministries on a tie; None when the
    base knows none of them."""
    best: dict[int, tuple[int, int, list[str]]] = {0: (0, 0, [])}
    for end in range(1, len(domains) + 1):
        options = []
        for start in range(end):
            points, count, names = best[start]
            joined = " et ".join(d.strip() for d in domains[start:end])
            said = score(joined)
            # a full name the base knows counts for each domain it holds: "l'Agriculture,
            # la Pêche maritime, le Développement rural et les Eaux et Forêts" is one
            # ministry, not four short forms
            items = [d.strip() for d in domains[start:end]]
            written = ", ".join(items[:-1]) + " et " + items[-1] if len(items) > 1 else joined
            options.append((points + (said * (end - start) if said >= 3 else said),
                            -(count + 1), [*names, written]))
        top = max(options, key=lambda o: (o[0], o[1]))
        best[end] = (top[0], -top[1], top[2])
    points, _, names = best[len(domains)]
    return names if points > 0 else None

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


SCOPES = {"provincial", "provinciaux", "communal", "communaux", "regional", "regionaux",
          "prefectoral", "prefectoraux", "municipal", "municipaux", "local", "locaux"}


def _plural_by_scope(r: _Reader, i: int) -> Mention | None:
    """ "les Conseils provincial et communal de la province de X": one council per level,
    each of the territory the complement names."""
    word = r.low(i)
    scopes: list[str] = []
    k = i + 1
    while k < r.n:
        if r.low(k) in SCOPES:
            scopes.append(r.t[k].text)
            k += 1
        elif r.low(k) in (",", "et") and scopes:
            k += 1
        else:
            break
    at = r.prep(k)
    shared = None
    if len(scopes) >= 2 and at is None and r.low(k - 1) in ("et", ","):
        # "les conseils régional et provincial et les communes de la province de X": the
        # province the list's next item names is theirs too; that item opens at k
        shared = _shared_territory(r, k - 1)
        if shared is not None:
            at = shared
    if len(scopes) < 2 or at is None or at >= r.n:
        return None
    territory = r.low(at) if r.low(at) in TERRITORY_HEADS else None
    if territory and r.prep(at + 1) is not None:
        at = r.prep(at + 1) or at  # "de la province d'El Kelaa": the territory's name
    end = _proper_run(r, at)
    if end <= at:
        return None
    place = r.text(at, end)
    head = r.t[i].text.rstrip("s").capitalize()
    of = "d'" if place[:1].lower() in "aeiouyéèh" else "de "
    last = k - 1 if shared is not None else end
    parts = [Mention(f"{head} {_singular(sc.lower())}" + (
                         "" if shared is not None and territory not in (None, "region")
                         and fold(sc).startswith("region") else f" {of}{place}"),
                     r.t[i].idx, r.t[last - 1].idx + len(r.t[last - 1].text),
                     HEADS[word.rstrip("s")], True, head=word.rstrip("s")) for sc in scopes]
    first = parts[0]
    first.extra["split"] = parts
    first.extra["end_token"] = last
    return first


TERRITORY_HEADS = ("province", "prefecture", "commune", "ville", "region")


def _shared_territory(r: _Reader, k: int) -> int | None:
    """Where "de la province de X" (or "de X") closes the list item after token k, within
    the same clause: the preposition's object, else None."""
    j = k + 1
    while j < r.n and j - k < 14 and r.low(j) not in (",", ";", ".", ":", "(", ")"):
        at = r.prep(j)
        if at is not None and at < r.n and (r.low(at) in TERRITORY_HEADS or _cap(r.t[at])):
            return at
        j += 1
    return None
