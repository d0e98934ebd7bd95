"""Organizations and people as a French sentence names them, from the parsed tokens.

A name is a head noun ("ministère", "agence", "fédération", "société"...) and its chain of
complements ("de l'Industrie, du Commerce et de l'Économie verte"), or a run of proper
nouns ("KPMG SASU", "Bank Al-Maghrib"), with an acronym in brackets when there is one. A
title ("le ministre de l'Industrie et du Commerce, Ryad Mezzour") gives the organization,
the person and the title at once. Vague phrases ("plusieurs départements", "les
partenaires", "le secteur public") name nobody and are not kept.
"""

from __future__ import annotations

import re
from typing import Any

from .adjectives import coordinated_adjectives, trade_after
from .complements import _adjectives, _complements
from .countries import foreign_name, ministry_named
from .descriptors import (
    DEFINITE,
    company_by_nationality,
    describes,
    financial_description,
    named_after_description,
)
from .grammar import (
    _acronym,
    _acronym_after,
    _cap,
    _name_case,
    _proper_run,
    _Reader,
    spelled_by_acronym,
)
from .holders import _country_words, _ministry_name, _person_after
from .institutions import INSTITUTION_TITLES
from .kinds import kind_of
from .membercountries import ministries_of_listed_countries
from .ministerlist import ministers_told_on
from .nameends import _named_past_acronym, _opens_a_name, person_after_titled_head
from .namelists import plural_of_names
from .names import Mention, Person
from .normalize import fold, key
from .people import _elliptic_ministers, _king, _title_mention
from .people import find_people as find_people
from .plurals import _plural_by_field, _plural_by_place, _plural_list, split_plural_ministries
from .propernames import proper_name
from .quoted import NAMED_KINDS, in_quotes_after, quoted_name, sign_name, whole_in_quotes
from .rereading import reread
from .spelled import spelled_with_article, spells_all
from .states import (
    SUBNATIONAL,
    counterpart,
    posted_country,
    regional_government,
    ruler_of,
    side_country,
    state_mention,
    subnational,
)
from .towns import TOWN_HEADS, french_departement, other_town, town_body, twinned_towns
from .words import (
    COUNTRIES,
    DESCRIPTORS,
    DETS,
    GENERIC,
    HEADS,
    INTERNATIONAL,
    KIND_BEFORE_NAME,
    NAMED_AFTER_PEOPLE,
    NATIONALITIES,
    NGO_WORDS,
    PLACE_HEADS,
    PLURAL_HEADS,
    PREPS,
    TITLE_ADJECTIVES,
    TITLE_WORDS,
    TITLES,
    VAGUE_DETS,
    territory_name,
)

__all__ = ["Mention", "Person", "find_mentions", "find_people", "parse_org"]

# "Ville de Narbonne", "Mairie espagnole de Malaga" (a town's name is capitalized)
TOWN_NAME = re.compile(r"^(?:Ville|Mairie|Municipalit[ée])(?: [a-zéèêïô]+)? (?:de |d')"
                       r"(?P<place>[A-ZÀ-Ý][\w'’-]*(?:[ -](?:[A-ZÀ-Ý][\w'’-]*|de|del|la|el|al|"
                       r"sur|en))*)$")


def parse_org(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """The organization named from token i on (after any determiner), or None; never a
    piece of a name the base knows ("l'Agence pour la Promotion et le Développement …" is
    one body when the base knows it, though "et le" usually opens the next name)."""
    mention, end = _parse_org(r, i)
    k = i
    while k < r.n and r.low(k) in DETS | VAGUE_DETS and k - i < 3 and k not in r.known:
        k += 1
    if k not in r.known:
        return mention, end
    known_end, oid = r.known[k]
    if mention is not None and end >= known_end and mention.start <= r.t[k].idx:
        return mention, end  # the whole known name, or more
    end2, acronym, _alias = _acronym_after(r, known_end)
    found = Mention(_name_case(r.text(k, known_end)), r.t[k].idx,
                    r.t[end2 - 1].idx + len(r.t[end2 - 1].text), acronym=acronym,
                    head=r.low(k), extra={"known": oid})
    if mention is not None and mention.person is not None and mention.start >= r.t[k].idx:
        found.person, found.title = mention.person, mention.title
    return found, end2


def _parse_org(r: _Reader, i: int) -> tuple[Mention | None, int]:
    start = i
    determiner = ""
    while i < r.n and r.low(i) in DETS | VAGUE_DETS and i - start < 3:
        determiner = r.low(i)
        i += 1
    if i >= r.n:
        return None, i
    word, tok = r.low(i), r.t[i]
    if word in TITLE_WORDS or word in ("vice", "co") and r.low(i + 1) == "-":
        return None, i + 1  # "Monsieur", "Madame": a person follows; "Vice-Président": a title
    if word in ("cour", "tribunal") and "pres" in (r.low(start - 1), r.low(i - 2)):
        j = i + 1  # "le Procureur général du Roi près la Cour de cassation": where he sits
        while (k := r.prep(j)) is not None and (end := r.noun_phrase(k)) is not None:
            j = end
        return None, j
    if _cap(tok) and (spelled := spelled_with_article(r, start, i)):
        return spelled  # "les Entreprises du médicament au Maroc (LeMM)"
    vague_det = determiner in VAGUE_DETS
    state, after = state_mention(r, start, i, determiner)
    if state is not None:
        return state, after
    if word in ("premier", "premiere") and r.low(i + 1) == "ministre":
        return _title_mention(r, i + 1, parse_org)  # "le Premier ministre"
    if word in ("premier", "premiere") and (r.low(i + 1) in TITLES or r.low(i + 1) == "vice"):
        return None, i + 1  # "le Premier président de la Cour": the title follows
    title_at = i + 1 + (r.low(i + 1) == "-")  # "le Haut commissaire", "le Haut-Commissaire"
    if word in ("haut", "haute") and r.low(title_at) == "commissaire":
        return _title_mention(r, title_at, parse_org)
    if word == "roi":
        return _king(r, i)
    if word in ("emir", "prince", "sultan") and (ruled := ruler_of(r, i))[0] is not None:
        return ruled  # "le prince héritier de Charjah": the emirate
    if word == "ministere" and r.low(i + 1) == "de" and r.low(i + 2) == "tutelle":
        # "le ministère de tutelle": the ministry the article names elsewhere, if it does
        return Mention("Ministère de tutelle", tok.idx, r.t[i + 2].idx + len(r.t[i + 2].text),
                       "ministry", bare=True, head="ministere"), i + 3
    numero_un = word == "numero" and r.low(i + 1) in ("un", "1")  # "le numéro un de X"
    if (word in TITLES or word.rstrip("s") == "ministre" or numero_un
            or word in INSTITUTION_TITLES) and i + 1 < r.n and (  # "l'Agent judiciaire du …"
            word in ("ministre", "ministres") or r.prep(i + 1) is not None or numero_un
            or r.low(i + 1) in TITLES or r.t[i + 1].pos_ == "ADJ"
            or r.low(i + 1) in TITLE_ADJECTIVES
            or (r.low(i + 1) == "par" and r.low(i + 2) == "interim")  # "président par intérim"
            or (r.low(i + 1) in COUNTRIES and r.prep(i + 2) is not None)  # "délégué Maroc de"
            or (r.low(i + 1) == "-" and r.joined(i + 1))):
        return _title_mention(r, i, parse_org)
    if _charge_d_affaires(r, i):
        return _title_mention(r, i, parse_org)  # "le chargé d'affaires de l'Ambassade de X"
    if (made := company_by_nationality(r, i, determiner)) is not None:
        return made
    kind_of_head = kind_of(word, "")
    quoted = quoted_name(r, i, kind_of_head) if word in DESCRIPTORS or \
        kind_of_head[0] in NAMED_KINDS else None
    if quoted is None and word in DESCRIPTORS:
        quoted = sign_name(r, i)
    if quoted is not None:
        return quoted
    if (after_comma := named_after_description(r, i, i + 1)) is not None:
        return after_comma  # "le géant français du logiciel de santé, Cegedim,"
    plural = plural_of_names(r, i) or _plural_list(r, i, i + 1) or _plural_by_place(r, i) \
        or _plural_by_field(r, i)
    if plural is not None:
        return plural, plural.extra["end_token"]
    if word == "conference" and not _cap(tok):
        return None, i + 1  # "une conférence de presse"; "la Conférence des présidents"
    if word in HEADS or word in PLURAL_HEADS:
        held = _cap(tok) and person_after_titled_head(r, i, i + 1)  # "… du Fonds Ali X"
        j, country = _adjectives(r, i + 1, titled=_cap(tok)) if not held else (i + 1, None)
        if j > i + 1:
            j = coordinated_adjectives(r, j)  # "le conseil économique, social et …"
        if r.low(j).startswith("charge") and r.prep(j + 1) is not None:
            j += 1  # "ministère délégué chargé du Budget"
        if _cap(tok) and j < r.n and _cap(r.t[j]) and r.prep(j) is None and not held:
            j = max(j, _proper_run(r, j))  # "Bank Al-Maghrib", "Caisse Marocaine ..."
        elif _cap(tok) and r.low(i + 1) == "-" and r.joined(i + 1) and r.low(i + 2) in (
                "al", "el"):
            j = max(j, _proper_run(r, i))  # "Bank-al Maghrib"
        english = _cap(tok) and r.low(j) == "of" and j + 1 < r.n and _cap(r.t[j + 1])
        if english:
            j = max(j, _proper_run(r, i))  # "Bank of Africa": an English name ends there
        end = _complements(r, j, ministry=word.startswith("ministere") or word == "direction",
                           titled=_cap(tok) and not english)
        if word in ("secretariat", "ministere") and (r.low(end).startswith("charge") or (
                r.low(end), r.low(end + 1)) == ("en", "charge")):
            # "le Secrétariat d'État chargé de l'Artisanat …": what it is in charge of
            k = r.prep(end + (2 if r.low(end) == "en" else 1))
            end = _complements(r, r.noun_phrase(k) or end, ministry=True) if k else end
        if not word.startswith("ministere"):
            # "Institut de recherche sur le froid et les énergies propres (IRFEP)",
            # "l'institut de formation aux métiers de l'automobile de Kénitra (IFMAK)"
            end = spelled_by_acronym(r, i, end)
        if KIND_BEFORE_NAME.fullmatch(key(r.text(i, end))) and end < r.n and _cap(r.t[end]) \
                and r.low(end) not in COUNTRIES:
            end = max(end, _proper_run(r, end))  # "la Société de développement local X"
        end, country2 = _country_words(r, i, end) if word.startswith("ministere") else (end, None)
        trade = trade_after(r, j) if word in DESCRIPTORS and not _cap(tok) and country is None \
            else j  # "la banque allemande de développement KfW": as its nationality says
        if j < trade <= end and _cap(r.t[trade]) and fold(r.t[trade].text) not in COUNTRIES \
                and not KIND_BEFORE_NAME.fullmatch(key(r.text(i, trade))):
            # "le groupe d'aménagement Al Omrane", "le groupe de promotion immobilière X"
            run = _proper_run(r, trade, joins_et=True)
            run2, acronym, alias = _acronym_after(r, run)
            if run >= end and not spells_all(r, i, run, acronym):
                return Mention(_name_case(r.text(trade, run)), r.t[trade].idx,
                               r.t[run2 - 1].idx + len(r.t[run2 - 1].text), "company", False,
                               acronym, [alias] if alias else [], country, head=word), run2
        # "la société des Pâtes et Couscous X": the name after a descriptor
        if word in ("societe", "groupe", "entreprise") and r.prep(j) is not None:
            k = r.prep(j)
            if k is not None and k < r.n and _cap(r.t[k]) and fold(r.t[k].text) not in COUNTRIES:
                run = _proper_run(r, k, joins_et=True)
                if run > k + 1 or (run > k and r.t[k].pos_ == "PROPN"):
                    end, j = run, run
                    name_start = r.t[k].idx
                    run2, acronym, alias = _acronym_after(r, run)
                    return Mention(_name_case(r.text(k, run)), name_start,
                                   r.t[run2 - 1].idx + len(r.t[run2 - 1].text), "company",
                                   False, acronym, [alias] if alias else [], country,
                                   head=word), run2
        # "le groupe Akwa", "la société Yara Caroube International"
        if end == j and j < r.n and _cap(r.t[j]) and word in DESCRIPTORS:
            run = _proper_run(r, j, joins_et=word in ("societe", "groupe", "entreprise"))
            if run > j:
                run = spelled_by_acronym(r, j, run)  # "le groupe Crédit agricole du Maroc (CAM)"
                name = r.text(j, run)
                if word in ("groupe", "group") and _cap(tok):
                    name = r.text(i, run)
                run2, acronym, alias = _acronym_after(r, run)
                kind, sure = ("company", False)
                return Mention(_name_case(name), r.t[j if name[0] != tok.text[0] else i].idx,
                               r.t[run2 - 1].idx + len(r.t[run2 - 1].text), kind, sure, acronym,
                               [alias] if alias else [], country, head=word), run2
        if end == j and j < r.n and _cap(r.t[j]) and not _cap(tok) and not (
                r.starts_person(j) and word not in NAMED_AFTER_PEOPLE):
            # "l'office Foo Bar": a name after the head (not "le conseil communal Ali X")
            run = _proper_run(r, j)
            end = run if run > j else end
        nationality = next((k for k in range(i + 1, end) if re.sub(
            r"(?:(?<=n)ne|e)?s?$", "", r.low(k)) in NATIONALITIES and not _cap(r.t[k])), None)
        if (word in DESCRIPTORS or word in NGO_WORDS) and nationality is not None and \
                nationality + 1 < end and _cap(r.t[nationality + 1]) and \
                r.prep(nationality + 1) is None:
            # "le Groupe américain DELPHI", "l'association espagnole Solidaridad X": the
            # name after the nationality is the body's
            return Mention(r.text(nationality + 1, end), r.t[nationality + 1].idx,
                           r.t[end - 1].idx + len(r.t[end - 1].text),
                           "association" if word in NGO_WORDS else "company", False,
                           country=country, head=word), end
        if r.low(end) in ("a", "au") and end + 1 < r.n and _cap(r.t[end + 1]):
            run = _proper_run(r, end + 1)
            if run > end + 1 and _acronym_after(r, run)[1]:
                end = run  # "le Musée X à Marseille (MX)": the acronym names the body there
        if end - 1 > i and _acronym(r.t[end - 1].text) and not _cap(r.t[end - 2]) and \
                r.low(end - 2) not in DETS | PREPS:  # "de la COP22" is a name's end
            if word in DESCRIPTORS and nationality is not None:
                # "l'entreprise indienne de production d'électricité NTPC": its name
                return Mention(r.t[end - 1].text, tok.idx,
                               r.t[end - 1].idx + len(r.t[end - 1].text), "company", False,
                               r.t[end - 1].text, country=country, head=word), end
            end -= 1  # "Office chérifien des phosphates OCP": the acronym, unbracketed
            end2, acronym, alias = end + 1, r.t[end].text, None
        else:
            end2, acronym, alias = _acronym_after(r, end)
        if word.startswith("ministere") and not (country or country2) and end2 == end:
            end2, country2 = posted_country(r, end)  # "le ministère de X en Tunisie"
        words = r.text(i, end)
        if acronym and (tail := _named_past_acronym(r, end2, word)) > end2:
            # "le Centre hospitalo-universitaire (CHU) Ibn Sina de Rabat": one name
            words, end2 = f"{words} {r.text(end2, tail)}", tail
        generic = word in GENERIC and (word != "departement" or r.prep(i + 1) is None) or (
            word.endswith("s") and word not in HEADS)  # "le département de la Culture": one
        has_cap = _cap(tok) or any(_cap(t) and t.i > tok.i and fold(t.text) not in COUNTRIES
                                   for t in r.t[i:end]) or \
            any(_acronym(t.text) for t in r.t[i:end])
        vague = (vague_det or generic or determiner in ("un", "une", "ce", "cet", "cette")
                 and not has_cap) and \
            not acronym and not (has_cap and not generic)  # "une délégation académique …"
        # ("Cette alliance stratégique, concrétisée par …": what the sentence before told)
        if vague_det and not acronym and all(
                fold(t.text) in COUNTRIES or t.ent_type_ == "LOC" or not _cap(t)
                for t in r.t[i + 1:end]):
            vague = True  # "des universités de pays de l'Afrique de l'Ouest": nobody named
        if word.startswith("programme") and not INTERNATIONAL.search(fold(words)) \
                and not acronym:
            vague = True  # "le programme d'appui à …" is what is financed, not who signs
        if word == "ministeres" or (word == "departement" and "ministeriel" in fold(words)):
            vague = vague or end == j
        bare = end == i + 1 and not acronym
        name, said_as = ministry_named(_ministry_name(words), country or country2) \
            if word.startswith("ministere") else (_name_case(words), [])
        aside = COUNTRIES.get(fold(alias or ""))  # "le Comté de Mandera (Kenya)": its country
        name, country = territory_name(name, country or aside)
        kind, sure = kind_of(word, name)
        mention = Mention(name, tok.idx, r.t[end2 - 1].idx + len(r.t[end2 - 1].text), kind, sure,
                          acronym, [a for a in [alias] if a and not aside] + said_as,
                          country or country2, head=word, bare=bare,
                          vague=vague or (bare and not has_cap))
        if not determiner and not has_cap and not acronym and i > 0 and r.low(i - 1) == ",":
            mention.vague = True  # "X, banque participative créée par …": X described
        council = re.match(r"(?i)assembl[ée]e (provinciale|pr[ée]fectorale|r[ée]gionale)\b(.*)",
                           name)
        if council:  # the elected council's other name
            adjective = re.sub(r"e$", "", council[1].lower())
            mention.aliases.append(name)
            mention.name = f"Conseil {adjective}{council[2]}"
        if word in ("division", "bureau", "representation") and not has_cap or \
                word == "commission" and fold(words).startswith("commission mixte"):
            mention.vague = True  # "un bureau régional": no body named; a joint commission
            # is where two States meet, not a body that signs
        if word in PLACE_HEADS and not _cap(tok) or word == "port" and r.low(i + 1) != "autonome":
            # "l'extension du port de Dakhla", "le Port de Tanger Med": a place, and the body
            # named in it is read on its own; the "Port autonome de Dakar" runs one; "la
            # poste de Mauritanie « Mauripost »" is named by its quotes
            named, after = in_quotes_after(r, mention, end2)
            return (named, after) if after > end2 else (None, i + 1)
        if word == "societe" and r.low(i + 1) == "civile":
            mention.vague = True  # civil society, not a company
        if word == "commune" and not acronym:
            # "la commune rurale de X", "la commune belge de Y": the Commune de X, of Y's
            # country; one body however the article qualifies it
            mention.name = re.sub(r"^Commune (?:(?:rurale|urbaine|[a-zà-ÿ]+(?:aise|ienne|"
                                  r"aine|ole|ande|ge|que|ine))\s+)+(?=de |d'|d’)", "Commune ",
                                  mention.name)
        town = TOWN_NAME.match(name) if word in TOWN_HEADS and not mention.vague else None
        if town and not acronym:
            # "la ville espagnole de Grenade", "la mairie de Malaga": the town's body
            body = town_body(town["place"], mention.start, mention.end, word)
            body.country = body.country or country
            return body, end2
        if word == "gouvernement" and end - i <= 2 and regional_government(r, i + 1):
            people = r.t[i + 1]  # "le gouvernement wallon": the region's own
            return Mention(f"Gouvernement {people.text}", tok.idx, people.idx + len(people.text),
                           "public-body", head=word), i + 2
        if word == "gouvernement" and determiner in ("le", "l'") and end - i <= 2 and \
                r.low(i + 1) not in SUBNATIONAL:
            mention.name, mention.kind, mention.country = "Gouvernement marocain", "public-body", \
                "MA"
            mention.vague, mention.bare, mention.extra["government"] = False, False, True
        elif word == "etat" and has_cap and not vague_det:
            # "l'Etat d'Akwa Ibom": a federated state
            mention.kind, mention.vague = "public-body", False
        elif word == "departement" and french_departement(words):  # "des Yvelines"
            mention.kind, mention.vague, mention.country = "public-body", False, "FR"
        elif word in ("etat", "gouvernement", "royaume") or (word == "departement" and bare):
            mention.vague = not subnational(r, i, mention)
        elif describes(r, i, end, acronym):
            # "le groupe italien", "l'Université espagnole": a body the article named
            # before; "un groupe italien" names none
            # "la directrice de l'organisation onusienne": read after "de l'", the
            # determiner stands before the name's first word
            definite = (determiner or (r.low(i - 1) if i > 0 else "")) in DEFINITE
            mention.bare, mention.vague, mention.extra["descriptor"] = True, not definite, True
        return in_quotes_after(r, mention, end2)
    financial = financial_description(r, i, determiner)
    if financial is not None:
        return financial
    if word in DESCRIPTORS and i + 1 < r.n:
        j, country = _adjectives(r, i + 1)
        j = trade_after(r, j)  # "le fabricant chinois de composants pour batteries X"
        if j + 1 < r.n and not _cap(r.t[j]) and _cap(r.t[j + 1]) and re.search(
                r"(?:ois|oise|ain|aine|ien|ienne|ais|aise)$", r.low(j)):
            j += 1  # "le distributeur dakarois Sen-Distri Santé": a town's people
        if j < r.n and _cap(r.t[j]):
            run = _proper_run(r, j, joins_et=word in ("societe", "groupe", "entreprise"))
            if run > j:
                run = spelled_by_acronym(r, j, run)
                end2, acronym, alias = _acronym_after(r, run)
                name = r.text(j, run)
                return Mention(_name_case(name), r.t[j].idx,
                               r.t[end2 - 1].idx + len(r.t[end2 - 1].text),
                               "association" if word in NGO_WORDS else "company", False,
                               acronym, [alias] if alias else [], country, head=word), end2
        return None, i + 1
    return proper_name(r, i, tok, word, determiner)


def _charge_d_affaires(r: _Reader, i: int) -> bool:
    """ "le chargé d'affaires (a.i.) de l'Ambassade de X": a diplomat's title."""
    return r.low(i) in ("charge", "chargee") and (r.low(i + 1), r.low(i + 2)) == (
        "d'", "affaires")


def find_mentions(tokens: list[Any], known: list[tuple[int, int, str]] | None = None
                  ) -> list[Mention]:
    """Every organization the tokens name, in order; vague ones are marked, not dropped.
    `known`: where the base's names stand (article offsets, id), never cut."""
    r = _Reader(tokens)
    r.know(known or [])
    found: list[Mention] = []
    side: str | None = None  # "du côté émirati, par …": the country of what follows
    i = 0
    while i < r.n:
        word = r.low(i)
        if word in ("homologue", "homologues") and r.low(i - 1) in ("son", "sa", "ses",
                                                                    "leur", "leurs"):
            other, nxt = counterpart(r, i, found)
            if other is None and r.prep(i + 1) is not None:
                # "son homologue de la région X": the same kind of body, elsewhere
                other, nxt = parse_org(r, r.prep(i + 1) or i + 1)
                if other is not None and (other.vague or other.head not in (
                        "region", "commune", "province", "conseil", "federation", "chambre",
                        "association", "universite", "agence", "office", *TOWN_HEADS)):
                    other = None
                if other is not None:
                    other.start = r.t[i - 1].idx
                    person, after = _person_after(r, nxt, loose=True)  # "…, Issa Bandé"
                    if person is not None and other.person is None:
                        # his counterpart's office, in the other body: "Président de …"
                        held = next((m.title for m in reversed(found) if m.title), None)
                        person.title = (re.split(r" (?:de|du|des|d')\b", held)[0] if held
                                        else "Homologue") + " " + r.text(i + 1, nxt)
                        other.person, other.title, nxt = person, person.title, after
                        other.bare = other.vague = False  # named by who signs for it
            if other is not None:
                found.append(other)
                i = nxt
                continue
        town, after_town = other_town(r, i, found)
        if town is not None:
            found.append(town)  # "le maire de Dakhla et celui de Malaga"
            i = after_town
            continue
        if side_country(r, i):
            side = side_country(r, i)
        if word in ("ceux", "celui") and any(r.low(k).startswith("minist")
                                            for k in range(max(0, i - 12), i)):
            elliptic, nxt = _elliptic_ministers(r, i)
            if elliptic:
                found.extend(elliptic)
                i = nxt
                continue
        if word in DETS or word in VAGUE_DETS or word in HEADS or word in TITLES or \
                word == "numero" or _charge_d_affaires(r, i) or \
                word in DESCRIPTORS or word in PLURAL_HEADS or (_cap(r.t[i]) and i > 0) or \
                (r.t[i].text.isdigit() and not r.t[i].whitespace_) or \
                (i == 0 and _cap(r.t[i]) and (r.t[i].pos_ == "PROPN" or _acronym(r.t[i].text)
                                               or _opens_a_name(r))):
            if word.startswith("programme") and i > 0 and r.low(i - 1) in ("contrat", "-",
                                                                          "contrats"):
                i += 1
                continue
            if word in ("premier", "premiere") and r.low(i + 1) == "ministre":
                i += 1  # "le Premier ministre": the title is read at "ministre"
                continue
            if word in HEADS and not _cap(r.t[i]) and r.t[i].pos_ == "ADJ" and i > 0 and \
                    r.t[i - 1].pos_ == "NOUN" and not _cap(r.t[i - 1]) and \
                    r.low(i - 1) not in HEADS:
                i += 1  # "la reconnaissance mutuelle des permis": an adjective
                continue
            if word == "compagnie" and r.low(i - 1) == "en":
                i += 1  # "en compagnie du ministre": with, not a company
                continue
            if word in TITLE_WORDS and r.low(i + 1) in ("le", "la", "l'"):
                i += 1  # "Monsieur le Ministre de …": the title follows
                continue
            if (i > 0 and r.low(i - 1) in TITLE_WORDS and word not in DETS) or \
                    word in TITLE_WORDS or (r.t[i].text in ("SA", "SE") and i + 1 < r.n
                                            and _cap(r.t[i + 1])):  # "SA Cheikh X": a person
                i += 1
                while i < r.n and _cap(r.t[i]):
                    i += 1  # "M. Nizar Baraka" is a person
                continue
            mention, nxt = parse_org(r, i)
            if mention is not None and mention.person is not None and any(
                    m.person is not None and m.person.start == mention.person.start
                    for m in found):
                mention.person = None  # "X, M. A, le Y": A is X's, named once
            more, past = ministers_told_on(r, mention, nxt)
            if more:  # "les ministres de X, A, de Y, B et de Z, C"
                found.extend(more)
                i = past
                continue
            if mention is not None:
                if side and side != "MA" and mention.kind == "ministry" and \
                        mention.country is None:
                    mention.country = side
                    mention.name = foreign_name(mention.name, side)
                found.extend(split_plural_ministries(mention))
                i = max(nxt, i + 1)
                continue
            i = max(nxt, i + 1) if nxt > i + 1 and word not in DETS else i + 1
            continue
        i += 1
    return reread(r.doc_text, ministries_of_listed_countries(
        r.doc_text, whole_in_quotes(r, twinned_towns(r, found))))
