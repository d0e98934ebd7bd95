"""A run of capitalized words as a body's name ("Fujikura", "Alpha Médias", "Centro para el
Desarrollo Industrial (CDI)"), unless it is a person's name, a place, a month or a kind of
body no one is named by."""

from __future__ import annotations

import re
from typing import Any

from .complements import _adjectives, _complements
from .descriptors import announces_signing
from .grammar import (
    SIGNED,
    _acronym,
    _acronym_after,
    _after_title,
    _cap,
    _is_title_word,
    _low,
    _name_case,
    _number_word,
    _proper_run,
    _Reader,
    spelled_by_acronym,
)
from .kinds import ONLY_COMPANIES
from .names import Mention
from .normalize import fold, key
from .personlike import _looks_like_person, _person_before_in_list
from .places import city_region
from .roll import TITLE_TAIL
from .words import (
    AGREEMENT_WORDS,
    COUNTRIES,
    CURRENCY_WORDS,
    DESCRIPTORS,
    GENERIC,
    HEADS,
    INTERNATIONAL,
    MONTH_WORDS,
    MULTIWORD_COUNTRIES,
    NATIONALITIES,
    NOT_ACRONYMS,
    OPENERS,
    OPENING_VERBS,
    country_at_end,
    masculine,
    nationality,
)

__all__ = ["proper_name"]


# "le Plan d'accélération industrielle (PAI)": what is planned, by its acronym too (an
# "Initiative … (IRDO)" may be a body that signs)
PLANS = {"plan", "programme", "strategie", "projet"}
# "en harmonie avec la Constitution", "350 MDH par le Budget général de l'Etat": a law, a
# budget, not a body
TEXTS_AND_FUNDS = {"constitution", "budget"}
# "l'autoroute Casablanca-Rabat", "le barrage de Zerrar", "la gare de Kénitra": the name of
# a work that is built or financed, never of a body that signs
WORKS = {"autoroute", "autoroutes", "troncon", "route", "rocade", "voie", "ligne", "pont",
         "tunnel", "canal", "gare", "stade", "barrage", "barrages", "digue", "quai"}


def _lettered_acronym(text: str) -> bool:
    """ "UM6P", "UM5": an acronym with a digit in it, mostly letters (not "G20", "4G", "2M")."""
    letters = sum(c.isalpha() for c in text)
    return _acronym(text) and letters >= 2 and letters > sum(c.isdigit() for c in text)


def proper_name(r: _Reader, i: int, tok: Any, word: str, determiner: str
                ) -> tuple[Mention | None, int]:
    """The body named by the capitalized words from token i on, or None."""
    glued_digit = tok.text.isdigit() and not tok.whitespace_ and i + 1 < r.n and _cap(r.t[i + 1])
    if (_cap(tok) or glued_digit) and word not in MONTH_WORDS \
            and (not _number_word(tok) or glued_digit):
        run = _proper_run(r, i)
        if run <= i or (run == i + 1 and word in OPENING_VERBS):  # "Ont signé …, A et B"
            return None, i + 1
        if run == i + 1 and word in ("il", "elle", "ils", "elles", "on", "nous", "vous"):
            return None, run  # "Il a signé …": a pronoun, for a body named before
        if run == i + 1 and re.fullmatch(r"[a-zàâçéèêëîïôûù]{4,}ment", fold(tok.text)) and \
                r.low(run) in (",", ":", ".", ";"):
            return None, run  # "Majida M. : Effectivement, nous avons signé": an adverb
        if word.endswith("s") and nationality(word) and \
                r.low(i + 1) in ("de", "d'") and i + 2 < r.n and _cap(r.t[i + 2]):
            return None, i + 1  # "les Marocains de Gaia Energy": the people of, then the body
        if run == i + 1 and re.fullmatch(r"[a-z']{4,}ant", word) and (
                i == 0 or r.t[i].is_sent_start) and run < r.n and not _cap(r.t[run]) and \
                r.t[run].text.lower() not in ("a", "ont", "et", "avait", "vient", "est"):
            return None, run  # "Réagissant à son tour, …": a participle opens the sentence
        if run == i + 1 and (i == 0 or r.t[i].is_sent_start) and r.low(run) == "par" and \
                re.fullmatch(r"[a-z]{4,}(?:e|ee|es|ees|u|ue|us|ues|i|ie|is|ies)", word):
            return None, run  # "Paraphé par la ministre …, cet accord …": a past participle
        if i >= 2 and r.low(i - 1) in ("d'", "de") and r.low(i - 2) in AGREEMENT_WORDS:
            return None, run  # "la lettre d'Intention", "le Protocole d'Accord": a kind of text
        if LABELLED.search(fold(r.doc_text[max(0, tok.idx - 200):tok.idx])):
            return None, run  # "ses filières (« Médicaments » et « Dispositifs … »)": labels
        if r.low(run - 1) == "nations" and r.low(run) == "unies":
            run += 1  # "des Nations unies": the adjective belongs to the name
        if run == i + 1 and word in REGIONAL_KINDS and determiner not in (
                "les", "des", "ces", "aux", "plusieurs") and not (i and _number_word(r.t[i - 1])):
            # "le CHU Ibn Sina", "le CRI de Souss-Massa", "l'AREF de l'Oriental": the kind
            # of body, then which one it is
            named = _proper_run(r, run, joins_et=True) if run < r.n and _cap(r.t[run]) else run
            run = named if named > run else _complements(r, run, ministry=False)
        run = spelled_by_acronym(r, i, run)  # "Centro para el Desarrollo Industrial (CDI)"
        run = _numbered_unit(r, i, run)  # "District 9010 (…) du Rotary International"
        if set(re.split(r"[\s-]+", fold(r.text(i, run)))) <= {"nord", "sud", "est", "ouest"}:
            return None, run  # "la coopération Sud-Sud": a direction, no body
        if run < r.n and not _cap(r.t[run]) and (determiner or r.low(i - 1)) in ("le", "la", "l'"):
            adj_end, _c = _adjectives(r, run)
            if adj_end > run:
                run = _complements(r, adj_end, ministry=False, titled=True)
        words = r.text(i, run)
        if fold(r.t[i].text) in NUMBERED_UNITS:
            words = re.sub(r"\s*\([^()]*\)", "", words)  # the places a district covers
        folded = fold(words)
        if folded in COUNTRIES or folded.split()[0] in COUNTRIES and len(folded.split()) == 1 \
                or key(words) in MULTIWORD_COUNTRIES:  # "au Burkina Faso": a place
            return Mention(words, tok.idx, tok.idx + len(words), vague=True, head=folded), run
        end2, acronym, alias = _acronym_after(r, run)
        if end2 == run and run == i + 1 and _acronym(words) and (spelt := _spelt_out(r, run)):
            end2, alias = spelt  # "la JICA (Agence japonaise de coopération internationale)"
        if run == i + 1 and not acronym and r.low(i - 1) in ("un", "une") and \
                tok.pos_ == "NOUN" and not _acronym(tok.text):
            return None, run  # "la mise en place d'un Système de transport": a thing
        if not acronym and (r.low(i - 1) in WORKS or r.low(i - 1) in ("de", "du", "d'") and
                            r.low(i - 2) in WORKS):
            return None, run  # "le barrage de Zerrar": a work, named
        strong = any(t.ent_type_ in ("ORG", "MISC") or t.pos_ == "PROPN" or _acronym(t.text)
                     for t in r.t[i:run]) or bool(acronym) or glued_digit
        before = r.t[i - 1] if i > 0 else None
        if before is not None and before.text in ("«", '"', "“") and i > 1:
            before = r.t[i - 2]  # "la plateforme dédiée aux bâtiments verts « Green Park »"
        if before is not None and before.is_alpha and not _cap(before) \
                and before.pos_ in ("NOUN", "ADJ") and _low(before) not in DESCRIPTORS \
                and _low(before) not in HEADS and not _is_title_word(_low(before)) \
                and _low(before) not in NATIONALITIES \
                and masculine(_low(before)) not in NATIONALITIES \
                and _low(before) != "directoire":  # "président du directoire X": X's board
            strong = False  # "la centrale solaire Noor", "l'usine Renault": names a thing
        if all(t.ent_type_ == "LOC" for t in r.t[i:run]) and not acronym and \
                not any(_acronym(t.text) for t in r.t[i:run]) and not (
                    _after_title(r, i) and city_region(words) is None):
            # "pour le Maghreb": a place, unless it is where a party stands (not "le PDG
            # de Masdar", what a title heads, unless a town: "le maire de Settat")
            strong = False
        listed = i >= 2 and r.low(i - 1) in (",", "et") and (_cap(r.t[i - 2]) or
                                                               r.t[i - 2].text == ")")
        if listed and not acronym and _person_before_in_list(r, i, run):
            return None, run  # "signé par Karim Alami et Wally Diouf Ba": names of people
        # "un accord entre Alpha Médias et Nordis Marine": the first of two bound bodies,
        # whatever the tagger says, unless a given name or a title says it is a person
        paired = r.low(i - 1) == "entre" and r.low(run) == "et" and \
            not _looks_like_person(r, i, run)
        # "le directeur général d'Atlas Tech, Youssef Bennani": what a title heads is a
        # body, whatever the tagger says, unless a given name says it is a person
        headed = (_after_title(r, i) and r.low(run) in (",", ".", ";", "et", ")", "(") or
                  announces_signing(r, run)) and not _looks_like_person(r, i, run)
        if not listed and not paired and not headed and not _signed_with(r, i, run) and (
                r.is_person(i) or (
                all(t.ent_type_ == "PER" for t in r.t[i:run]) and run - i >= 2 and not strong)):
            return None, run  # a person's name, unless it stands in a list of names
        if not acronym and _looks_like_person(r, i, run):
            return None, run
        if run == i + 1 and not acronym and _in_a_portfolio(r, i, run):
            return None, run  # "Commissaire Infrastructure, Energie et digitalisation"
        if not acronym and i not in r.known and r.low(run) == "," and not _acronym(words) and (
                _is_title_word(r.low(run + 1)) or (r.low(run + 1) in ("le", "la", "l'") and
                                                   _is_title_word(r.low(run + 2)))) and \
                not any(t.ent_type_ == "ORG" for t in r.t[i:run]):
            return None, run  # "Schneider, Chef de la Division …": a person, then the title
        if all(t.text.upper() in NOT_ACRONYMS or re.search(r"[$€£%]|\d", t.text)
               and not _lettered_acronym(t.text) for t in r.t[i:run]) or \
                fold(r.t[i].text) in AGREEMENT_WORDS | TEXTS_AND_FUNDS or (
                    # "un Échange de Notes": how two governments conclude, no body
                    fold(r.t[i].text) in ("echange", "echanges") and r.low(i + 1) in (
                        "de", "des") and r.low(i + 2) in ("notes", "lettres")) or (
                run == i + 1 and (fold(r.t[i].text) in OPENERS | TITLE_TAIL | CURRENCY_WORDS
                                  or not acronym and _is_title_word(fold(r.t[i].text)))):
            # "Général", "15 millions d'Euros", "X, Directeur au Maroc": no body; "le Plan
            # d'accélération industrielle (PAI)": its acronym names no body either
            return None, end2 if fold(r.t[i].text) in PLANS else run
        if run == i + 1 and not acronym and (folded.endswith("s") and folded[:-1] in HEADS
                                             or folded in GENERIC):
            return None, run  # "les Conseils élus", "entre les Parties": nobody named
        head_word = folded.split()[0]
        if not acronym and determiner in ("les", "des", "aux", "ces") and \
                head_word.endswith("s") and head_word[:-1] in HEADS:
            # "les relations entre les Caisses de Dépôts": a kind of body, nobody named
            return Mention(_name_case(words), tok.idx, r.t[run - 1].idx + len(r.t[run - 1].text),
                           vague=True, head=head_word), run
        return Mention(_name_case(words), tok.idx, r.t[end2 - 1].idx + len(r.t[end2 - 1].text),
                       "international" if INTERNATIONAL.search(folded) else
                       "public-body" if word in REGIONAL_KINDS else
                       "company" if ONLY_COMPANIES & set(folded.split()) else "other",
                       False, acronym or (words if _acronym(words) else None),
                       [alias] if alias and fold(alias) not in COUNTRIES else [],
                       COUNTRIES.get(fold(alias or "")) or country_at_end(words),  # "X (Maroc)"
                       head=fold(r.t[i].text),
                       extra={"proper": True, "weak": not strong}), end2
    return None, i + 1


# the numbered units of a club network or an order ("le District 9010 du Rotary")
NUMBERED_UNITS = {"district", "section", "chapitre"}


def _numbered_unit(r: _Reader, i: int, run: int) -> int:
    """ "District 9010 (Algérie-Maroc) du Rotary International": a numbered unit, the
    places it covers in brackets, then the body it belongs to; one name."""
    if run != i + 1 or fold(r.t[i].text) not in NUMBERED_UNITS or run >= r.n \
            or not r.t[run].text.isdigit():
        return run
    k = run + 1
    if r.low(k) == "(":
        close = next((x for x in range(k + 1, min(r.n, k + 12)) if r.low(x) == ")"), None)
        k = close + 1 if close is not None else k
    at = r.prep(k)
    if at is None or at >= r.n or not _cap(r.t[at]):
        return run + 1
    end = _proper_run(r, at)
    return end if end > at else run + 1


def _spelt_out(r: _Reader, j: int) -> tuple[int, str] | None:
    """ "JICA (Agence japonaise de coopération internationale)": the name an acronym's
    brackets spell out, and where they close."""
    if r.low(j) != "(":
        return None
    close = next((k for k in range(j + 1, min(r.n, j + 14)) if r.low(k) == ")"), None)
    if close is None or close - j < 3 or not _cap(r.t[j + 1]):
        return None
    return close + 1, r.text(j + 1, close)


# the acronyms of a kind of body that each region or city has one of
REGIONAL_KINDS = {"chu", "chr", "chp", "cri", "aref", "ormva", "crt", "ccis", "cht"}
# a quoted label after the noun of what it labels: a sector, a theme, never a body
LABELLED = re.compile(r"\b(?:filieres?|ecosystemes?|secteurs?|branches?|metiers?|themes?|"
                      r"labels?|slogans?|intitule)\s*(?:\(\s*)?(?:[«\"“][^»\"”]{1,60}[»\"”]\s*"
                      r"(?:,|et)\s*)*[«\"“]\s*$")


def _signed_with(r: _Reader, i: int, run: int) -> bool:
    """ "deux conventions ont été signées mardi avec Leoni pour …", "a signé une convention
    avec Moteurs Atlas": a name right after "avec", a signing verb a few words before it, is
    the other party, whatever the tagger says of it, unless a given name or a title says it
    is a person."""
    if r.low(i - 1) != "avec" or run - i > 3 or _looks_like_person(r, i, run):
        return False
    for k in range(i - 2, max(-1, i - 8), -1):
        if r.t[k].is_punct:
            return False  # "signé mardi, en présence du wali, avec …": another clause
        if SIGNED.fullmatch(r.low(k)):
            return True
    return False


def _in_a_portfolio(r: _Reader, i: int, run: int) -> bool:
    """Token i is one item of what a title covers: "Commissaire Infrastructure, Energie et
    digitalisation de la CEDEAO", the items capitalized words after the title, with no
    determiner."""
    if r.low(i - 1) != "," or r.low(run) not in (",", "et"):
        return False
    for k in range(i - 2, max(-1, i - 8), -1):
        if _is_title_word(r.low(k)):
            return k < i - 2  # a capitalized item between the title and this one
        if r.low(k) != "," and not (r.t[k].is_alpha and _cap(r.t[k])):
            return False
    return False
