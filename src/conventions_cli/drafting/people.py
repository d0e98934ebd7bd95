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

from .complements import _adjectives, _complements
from .countries import country_name, diaspora_country, foreign_name, is_geographic
from .envoys import ambassador, embassy_state
from .grammar import _cap, _name_case, _proper_run, _Reader
from .holders import (
    _country_words,
    _holder,
    _masculine,
    _ministers_of_countries,
    _ministry_name,
    _person_after,
    _person_in_brackets,
    held_by,
)
from .institutions import TREASURY, company_after_title, institution_title
from .ministerlist import portfolio_ministry
from .names import Mention, Person
from .normalize import clean_name, fold
from .places import _region_by_name, city_region
from .secretaries import secretary_of_state
from .services import portfolio_service, service
from .states import state_at
from .towns import TOWN_TITLES, town_after_title, town_of_title
from .units import SUBUNITS, UNIT_HEADS, owner_of_unit
from .words import (
    COUNTRIES,
    DETS,
    GIVEN_NAMES,
    HEADS,
    MONTH_WORDS,
    PREPS,
    TITLE_ADJECTIVES,
    TITLES,
    nationality,
)

ParseOrg = Callable[[_Reader, int], "tuple[Mention | None, int]"]

HEADS_OF_GOVERNMENT = {"chef", "cheffe", "president", "presidente"}


def head_of_government(government: Mention) -> Mention:
    """ "le chef du gouvernement": the government it heads, Morocco's unless a nationality
    says otherwise ("le chef du gouvernement turc")."""
    foreign = government.country not in (None, "MA")
    return Mention(government.name if foreign else "Gouvernement marocain", government.start,
                   government.end, "public-body", True, country=government.country or "MA",
                   head="gouvernement", extra={"government": True})


def _elliptic_ministers(r: _Reader, i: int) -> tuple[list[Mention], int]:
    """ "plusieurs ministres …, notamment ceux de l'Equipement (A), des Finances (B)": one
    ministry each; "le ministère X, celui de l'Économie et des Finances": one, named whole."""
    found: list[Mention] = []
    k = i + 1
    while k < r.n:
        start = r.prep(k)
        if start is None:
            break
        end = _complements(r, k, ministry=True) if r.low(i) == "celui" else r.noun_phrase(start)
        if end is None or end <= k:
            break
        mention = portfolio_ministry(r, k, end)
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

def _nationality(word: str) -> bool:
    return nationality(fold(word)) is not None


GENERIC_MINISTERS = {"concerne", "concernes", "respectif", "respectifs", "competent",
                     "competents", "signataire", "signataires", "presents", "present",
                     "empeche", "empechee", "absent", "absente"}  # "le ministre empêché"


def _to_portfolio(r: _Reader, j: int) -> int:
    """ "(délégué) aux Affaires étrangères et à la Coopération": a portfolio after "à"."""
    end = j
    while r.low(end) in ("a", "au", "aux"):
        stop = r.noun_phrase(end + 1)
        if not stop or stop == end + 1 or r.low(end + 1) in ("cotes", "termes", "yeux"):
            break
        end = stop
        if r.low(end) != "et" or r.low(end + 1) not in ("a", "au", "aux"):
            break
        end += 1
    return end if end > j and r.low(end - 1) not in ("et", "a", "au", "aux") else j


def _title_mention(r: _Reader, i: int, parse_org: ParseOrg) -> tuple[Mention | None, int]:
    """ "le ministre de l'Industrie, Ryad Mezzour" -> the ministry, with its signatory."""
    held = institution_title(r, i)  # "Trésorier général du Royaume": the Trésorerie
    if held[0] is not None:
        return held
    word = r.low(i)
    start_tok = r.t[i]
    if word == "secretaire" and r.low(i + 1) == "d'" and r.low(i + 2) == "etat":
        return secretary_of_state(r, i)
    if word in ("commissaire", "haut-commissaire") and (word == "haut-commissaire" or r.low(
            i - 1) in ("haut", "haute") or r.low(i - 1) == "-" and r.low(i - 2) in (
                "haut", "haute")):
        return _high_commissioner(r, i)
    if (word == "ministre" or word == "ministres") and not (
            r.low(i + 1) == "-" and r.low(i + 2).startswith("president")):
        # not "ministre-président du gouvernement wallon": the head of a government, whose
        # body is the one named after, as after "président"
        j, country = _adjectives(r, i + 1)
        if r.low(j) == "d'" and r.low(j + 1) == "etat":  # "ministre d'Etat qatari aux …"
            j, country = _adjectives(r, j + 2)
        if r.low(j).startswith("charge") or r.low(j) == "en" and r.low(j + 1) == "charge":
            j += 2 if r.low(j) == "en" else 1  # "déléguée chargée de X", "… en charge de X"
        if r.low(j) == "l'" and j + 1 < r.n and _cap(r.t[j + 1]) and j == i + 1:
            j = r.noun_phrase(j) or j  # "le ministre l'Economie, des finances": "de" left out
        if r.low(j) == "aupres":
            k = r.prep(j + 1)
            j = (r.noun_phrase(k) if k is not None else j) or i + 1
            j = _complements(r, j, ministry=True)  # "auprès du chef du gouvernement"
            if r.low(j) == "," and r.low(j + 1).startswith("charge"):
                j += 1  # "auprès de la ministre de l'Economie, chargé du Budget"
            if r.low(j).startswith("charge"):
                j += 1
        if r.low(j) in ("a", "au", "aux") and j > i + 1:
            j = _to_portfolio(r, j)  # "le ministre délégué aux Affaires étrangères"
        if r.low(j) in ("de", "du") and r.low(j + 1) == "tutelle":
            # "le ministre de tutelle" (or "du Tutelle"): the supervising ministry named
            # elsewhere, if it is
            person, after = _person_after(r, j + 2)
            if person is not None:
                person.title = _name_case(r.text(i, j + 2))
            return Mention("Ministère de tutelle", start_tok.idx,
                           r.t[j + 1].idx + len(r.t[j + 1].text), "ministry", bare=True,
                           head="ministere", person=person,
                           title=person.title if person else None), after
        if j > i + 1 and r.low(r.prep(j) or j) in ("deux", r.low(j)) and all(
                r.low(k) in GENERIC_MINISTERS for k in range(i + 1, j)):
            return None, j  # "les ministres concernés (des deux pays)": no portfolio
        full_end = _complements(r, j, ministry=True)
        if r.low(full_end).startswith("charge") and r.prep(full_end + 1) is not None \
                and full_end > j:
            full_end = _complements(r, full_end + 1, ministry=True)  # "du Travail chargé de X"
        if full_end == j and r.prep(j) is None and j == i + 1:
            person, after = _person_after(r, j) if j < r.n and _cap(r.t[j]) else (None, j)
            if person is None:
                return None, i + 1
            # "le ministre Karim Alami": which ministry, only the base may know (linking)
            person.title = _name_case(r.text(i, j))
            return Mention("Ministère", start_tok.idx, start_tok.idx + len(start_tok.text),
                           "ministry", head="ministere", bare=True, vague=True,
                           person=person, title=person.title), after
        if word == "ministres" and country and full_end == j and r.prep(j) is None:
            # "plusieurs ministres marocains, dont A et B": no portfolio, their State signs
            return state_at(country_name(country), start_tok.idx,
                            r.t[j - 1].idx + len(r.t[j - 1].text), country), j
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
            person, after = _person_after(r, end_gov, glued=bool(adjective))
            if person:
                person.title = mention.title
                mention.person = person
                return mention, after
            return mention, end_gov
        end, country2 = _country_words(r, i, full_end)
        words = r.text(i, end)
        title = _name_case(words)
        name = as_written = _ministry_name(words)
        if "aupres" not in fold(name):  # "de la Justice, chargé des Droits de l'Homme": the
            name = re.sub(r",\s*charg[ée]e?s?\s.*$", "", name)  # remit is the title's
        if country:
            # "Ministère bahreïni des …" -> "Ministère des …"; "Ministère délégué marocain
            # chargé du Budget" -> "Ministère délégué chargé du Budget"
            said = next((w for w in re.finditer(r"\s+(\w+)\b", name)
                         if _nationality(w[1]) or w.start() > 0 and not w[1].islower()), None)
            if said is not None and _nationality(said[1]):
                name = name[:said.start()] + name[said.end():]
        country = country or diaspora_country(name)  # "… des Maliens de l'extérieur"
        name = foreign_name(name, country or country2)  # "Ministère de X (Bahreïn)"
        mention = Mention(name, start_tok.idx, r.t[end - 1].idx + len(r.t[end - 1].text),
                          kind="ministry", kind_sure=True,
                          head="ministeres" if word == "ministres" else "ministere",
                          country=country or country2, title=title)
        if as_written != name and _nationality((as_written.split() + [""])[1]):
            # the press's name for it ("Ministère portugais de la Mer"), another spelling
            mention.aliases.append(as_written)
        return held_by(r, mention, i, full_end)
    if word in ("ambassadeur", "ambassadrice", "representant", "representante"):
        envoy = ambassador(r, i)  # "Représentant du Royaume auprès du FIDA": the State's
        if envoy is not None:
            return envoy
    # "le président de la Fédération X", "le directeur général de l'ONEE, M. X"
    j = i + 1 + 2 * (r.low(i + 1) == "d'" and r.low(i + 2) == "affaires")  # "chargé d'affaires"
    while j < r.n and (r.low(j) == "par" and r.low(j + 1) == "interim" or r.low(j) == "a.i"):
        j += 2  # "le vice-président par intérim de …", "chargé d'affaires a.i."
    while j < r.n and j - i < 4 and (r.low(j) in TITLES or r.t[j].pos_ == "ADJ" or
            r.low(j) in TITLE_ADJECTIVES or (
            r.low(j) == "-" and r.joined(j) and j + 1 < r.n and not _cap(r.t[j + 1]))
            or (r.low(j) in ("un", "1") and r.low(j - 1) == "numero")):
        j += 2 if r.low(j) == "-" else 1  # "responsable-pays", "numéro un"
    if (glued := company_after_title(r, i, j))[0] is not None:
        return glued  # "le PDG Citic Dicastal, Xu Zuo"
    # "l'inspecteur régional de l'Habitat, de l'Urbanisme …": the ministry's service
    best: tuple[Mention, int] | None = portfolio_service(r, i)
    k = j if best is None else r.n
    sat = 0  # past "près la Cour …": the whole title names no body of its own
    while k < min(r.n, j + 30):
        if r.low(k) == "," and best is None and r.low(k + 1) in SUBUNITS:
            k += 2  # "la directrice des opérations, département Sahel de la Banque X"
            continue
        if r.low(k) in (",", ".", ";", "(") and k > j:
            break
        if r.low(k) in ("et", "ou") and k > j and (r.low(k + 1) in DETS or r.low(k + 1) in TITLES
                                                    or r.low(k + 1) in ("celui", "celle", "par")):
            break  # "… du groupe X et le président de Y", "… et celui de Y": another title
        if r.t[k].pos_ == "AUX" and r.low(k) in ("a", "ont", "avait", "avaient"):
            break  # "l'Administrateur général a signé … avec X": X is not what he heads
        if r.low(k) == "pres" and k > j:  # "… du Roi près la Cour de Cassation": where he sits
            k = sat = max(parse_org(r, k + 1)[1], k + 1)
            continue
        if r.t[k].pos_ == "VERB" and "Fin" in r.t[k].morph.get("VerbForm") and k > j and \
                not _cap(r.t[k]):
            break  # "le PDG de X concrétise … avec le ministère Y": Y is not what he heads
        if (r.low(k), r.low(k + 1)) in (("en", "marge"), ("lors", "de"), ("lors", "du"),
                                        ("lors", "des"), ("au", "cours"), ("a", "l'occasion")):
            break  # "les présidents des régions en marge du Forum X": the occasion
        if r.low(k) in PREPS or r.low(k) in ("a", "au", "aupres"):
            inner, after = parse_org(r, r.prep(k) or k + 1)
            if inner is not None and (is_geographic(inner.name) or best is not None and (
                    city_region(inner.name) is not None or r.low(k) == "a" and
                    inner.extra.get("weak") and best[0].head in ("ambassade", "consulat"))):
                # "… de l'Ambassade du Maroc à Oslo": its posting (not "… à Reed Expo")
                k = max(after, k + 1)  # "… de l'Afrique du Nord (MENA) de …", "… à Agadir"
                continue
            if inner is not None and inner.vague and "end_token" in inner.extra and \
                    best is None:
                return None, inner.extra["end_token"]  # "… d'universités du Sénégal, …"
            if inner is not None and inner.vague and inner.head == "gouvernement" and \
                    word in HEADS_OF_GOVERNMENT and best is None:
                inner = head_of_government(inner)  # "le chef du gouvernement (turc)"
            if inner is not None and inner.vague and inner.bare and inner.head not in (
                    "commune", "ville", "municipalite", "province", "prefecture", "region") \
                    and re.search(r"\b(?:l'|la|le)\s*$",
                                  fold(r.doc_text[max(0, inner.start - 4):inner.start])):
                # "le président de l'université, A": the one named before (a town's, below)
                inner.vague = False
            if inner is not None and inner.head == "region" and fold(inner.name) == "region" \
                    and inner.acronym and r.prep(after) is not None:
                k = max(after, k + 1)  # "… de la région SEMED de la BERD": the bank's region
                continue
            if inner is not None and (not inner.vague or (
                    word == "wali" and inner.head == "region")):
                best = (owner_of_unit(inner, lambda _m: None) or inner, after)
                if inner.acronym and inner.head not in UNIT_HEADS:
                    break  # "… (AREF) de la région X": the acronym closes the name
                k = max(after, k + 1)
                continue
        k += 1
    town = r.prep(j)
    if best is None and word in ("maire", "mairesse", "president", "presidente",
                                 "gouverneur") and town is not None and r.low(town) in (
            "ville", "commune", "municipalite", "province", "prefecture") \
            and r.low(town + 1) in (",", ".", ";", "et", "") \
            and (word == "gouverneur") == (r.low(town) in ("province", "prefecture")):
        # "la mairesse de la ville", "le gouverneur de la province": the commune (the
        # province) of the city the article names
        at = (r.prep(j) or 0) + 1
        head = "commune" if word != "gouverneur" else r.low(town)
        best = (Mention(head.capitalize(), r.t[i].idx, r.t[at - 1].idx + len(r.t[at - 1].text),
                        "public-body", True, head=head, bare=True,
                        extra={"unnamed_city": True}), at)
    if best is None:
        best = town_after_title(r, word, j)
    if best is None:
        read = service(r, i)
        if read is None:
            return None, max(sat, i + 1)
        best = read
    if word == "wali" and best[0].head == "region":
        # "le wali de la région X" heads the Wilaya, not the elected regional council
        region = best[0]
        region_name = re.sub(r"^R[ée]gion\b", "région", region.name)
        best = (Mention(f"Wilaya de la {region_name}", region.start, region.end,
                        "public-body", True, head="wilaya", bare=region.bare), best[1])
    elif word == "wali" and best[0].extra.get("proper") and _region_by_name(best[0].name):
        # "le wali de l'Oriental": the Wilaya of the region he is named after
        region = best[0]
        elided = "l'" if re.search(r"\bl['’]\s*$", r.doc_text[max(0, region.start - 3):
                                                            region.start]) else ""
        best = (Mention(f"Wilaya de {elided}{region.name}", region.start, region.end,
                        "public-body", True, head="wilaya"), best[1])
    named = best[0]
    town_at = next((k for k in range(i, min(r.n, best[1])) if r.t[k].idx == named.start),
                   0) if word in TOWN_TITLES else 0
    before = r.t[town_at - 1].text if town_at > 0 else ""
    if before in ("La", "Le", "Les") or (before in ("du", "des") and named.extra.get(
            "proper") and city_region(named.name) is None):
        # "la maire de La Rochelle", "le maire du Havre": the article is the town's own
        article = {"du": "Le", "des": "Les"}.get(before, before)
        named.name = f"{article} {named.name}"
    commune = town_of_title(word, named)
    if commune is not None:
        best = (commune, best[1])  # "le maire de Dakhla": the commune
    inner, after = best
    if inner.head == "ambassade" and (state := embassy_state(inner)) is not None:
        inner = state  # "le chargé d'affaires de l'Ambassade du Maroc": the State
    if TREASURY.fullmatch(fold(inner.name)) and (inner.country or "MA") == "MA":
        # "le directeur du Trésor et des finances extérieures": the finance ministry's
        while after < r.n and r.low(after) in ("et", "des", "finances", "exterieures"):
            after += 1
        inner = Mention("Ministère de l'Économie et des Finances", inner.start, inner.end,
                        "ministry", True, head="ministere", extra={"unit_of": inner.name})
    first = i - 2 if i >= 2 and r.low(i - 1) == "-" and r.low(i - 2) in ("vice", "co") else i
    inner.title = _name_case(r.text(first, after))  # "Vice-président de …"
    inner.start = r.t[first].idx
    if inner.extra.get("split"):
        return inner, after  # "les présidents des communes d'A, B et C": several, unnamed
    person, after2 = _holder(r, i, after)
    if person is None:
        # "la directrice de la Banque pour le Maroc, Nadia X": a complement, then the name
        k = after
        while k < r.n and k - after < 6 and r.low(k) not in (",", ".", ";", "et") \
                and (r.t[k].pos_ not in ("VERB", "AUX") or r.low(k).startswith("charge")):
            # "le vice-président de la BAD chargé de l'agriculture, Beth D.": his remit
            k += 1
        if r.low(k) == ",":
            person, after2 = _person_after(r, k)
    if person:
        person.title = inner.title
        inner.person = person
        return inner, after2
    return inner, after

def _king(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """ "un accord avec le Roi (du Maroc) Mohammed VI": the Moroccan State signs (not in
    "le Procureur général du Roi près la Cour de cassation", a prosecutor's title)."""
    if r.low(i - 1) in ("du", "au") and r.low(i - 2) in (
            "procureur", "procureure", "general", "generale", "substitut", "substitute"):
        return None, i + 1
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
    """People the sentence names: spaCy's PER entities, and a given name the press writes
    before a surname ("à Samira Kabbaj et à Mehdi Alami") that the tagger left out."""
    people: list[Person] = []
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return people
    start, end = tokens[0].i, tokens[-1].i + 1
    for ent in doc[start:end].ents:
        if ent.label_ == "PER" and len(ent.text.split()) >= 2:
            text = clean_name(ent.text)
            words = [fold(w) for w in text.split()]
            if len(words) < 2 or re.search(r"\s[–—-]\s", text) or any(
                    w in HEADS or w in TITLES or w in COUNTRIES for w in words):
                continue
            people.append(Person(text, ent.start_char, ent.start_char + len(text)))
    k = start
    while k < end:
        tok = doc[k]
        if fold(tok.text) not in GIVEN_NAMES or not tok.text[:1].isupper() or any(
                p.start <= tok.idx < p.end for p in people):
            k += 1
            continue
        j = k + 1
        if j + 1 < end and doc[j].text == "-" and not doc[k].whitespace_ and \
                not doc[j].whitespace_ and doc[j + 1].text[:1].isupper():
            j += 2  # "Fatima-Ezzahra Ouakrim": a given name of two
        while j < end and j - k < 5 and doc[j].text[:1].isupper() and doc[j].is_alpha and \
                fold(doc[j].text) not in HEADS and fold(doc[j].text) not in TITLES and \
                fold(doc[j].text) not in COUNTRIES and not any(
                    p.start <= doc[j].idx < p.end for p in people):
            j += 1
        if j - k >= 2 and doc[j - 1].text != "-":  # "Mehdi Alami": a given name, a surname
            last = doc[j - 1]
            people.append(Person(doc[k:j].text, tok.idx, last.idx + len(last.text)))
        k = j
    return sorted(people, key=lambda p: p.start)


def _high_commissioner(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """ "le Haut commissaire aux Eaux et Forêts et à la lutte contre la désertification,
    M. X": the Haut-Commissariat, and who heads it."""
    j = i + 1
    if r.low(j) in ("au", "aux") or (r.low(j) == "a" and r.low(j + 1) in ("la", "l'")):
        # "au plan": the word is also an agreement's ("un plan d'action"), not here
        end = r.noun_phrase(j + 1) or (j + 2 if r.low(j + 1) == "plan" else j)
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
    first = i - 1 if r.low(i - 1) in ("haut", "haute") else \
        i - 2 if r.low(i - 1) == "-" else i  # "Haut-Commissaire", cut at its hyphen
    domain = r.text(i + 1, end)
    title = _name_case(r.text(first, end))
    mention = Mention(_name_case(f"Haut-Commissariat {domain}"), r.t[first].idx,
                      r.t[end - 1].idx + len(r.t[end - 1].text), "public-body", True,
                      head="haut-commissariat", title=title)
    return held_by(r, mention, first, end)
