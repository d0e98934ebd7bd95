"""Whom an agreement's own words say it binds, when no verb of signing names them: "le
deuxième établit un cadre … entre A et B", "la troisième lie la Région à l'Université X",
"Le document lie A, B, C et D" after the signing, "un prêt de 50 M€ de la BEI à l'ONEE",
"Un autre prêt … a été octroyé à la Banque X".
"""

from __future__ import annotations

import re

from .drafts import Work
from .lending import lender_and_borrower
from .linking import Party
from .normalize import fold, fold_upto
from .places import city_region
from .sentences import Sentence

__all__ = ["bound_as_pointed_at", "bound_by_it", "bound_by_its_words",
           "bound_by_the_one_signed", "described_parties"]


# "des liaisons maritimes entre les ports A et B": what links join, not an agreement's
# sides ("un cadre de coopération entre A et B" names them)
LINKS_BETWEEN = re.compile(r"\b(?:liaisons?|dessertes?|lignes?|vols|flux|trafic|connectivite|"
                           # "fluidifier les échanges logistiques entre les deux pays": the
                           # trade or ties it serves
                           r"interconnexions?|echanges|relations|liens|dialogue|amitie)\b"
                           r"(?:\s+[\w'-]+){0,6}\s+entre\s+$")


def described_parties(text: str, s: Sentence, evidence: tuple[int, int]) -> list[Party]:
    """Whom the clause an ordinal or a count opens says the agreement binds: "le deuxième
    établit un cadre … entre A et B", "la septième a été réalisée avec l'entreprise X",
    "trois conventions concernent X"."""
    low = fold(text)
    clause_end = s.end
    stop = re.search(r";|\.(?!\d)|,?\s*(?:tandis qu|alors qu|et (?:le|la) (?:second|deuxieme|"
                     r"troisieme|dernier))", low[evidence[1]:s.end])
    if stop:
        clause_end = evidence[1] + stop.start()
    # "concerne" names a partner through a company noun or a name ("concerne TE
    # Connectivity"): "concerne la création d'un Centre …" is what it is about
    cue = re.search(r"\b(?:entre|avec)\s|\bconcernen?t?\s+(?=(?:la |le |les |l')?"
                    r"(?:soci[ée]t[ée]s? |groupes? |entreprises? |coop[ée]ratives? |firmes? )|"
                    r"[A-Z0-9])", text[evidence[1]:clause_end])
    binds = BINDS.search(low[evidence[1]:clause_end])
    if binds and (not cue or binds.start() < cue.start()):
        return _bound(low, s, evidence[1] + binds.end(), clause_end)
    lent = lender_and_borrower(low, s.mentions, evidence[0], clause_end)
    if lent and (not cue or lent[0].mention.start < evidence[1] + cue.start()):
        return lent
    granted = GRANTED_TO.search(low, evidence[1], clause_end)
    if granted and not cue:  # "Un autre prêt … a été octroyé au Crédit X": its borrower
        named = [m for m in s.mentions if not m.vague and granted.end() <= m.start
                 < granted.end() + 4]
        return [Party(m, "with") for m in named[:1]]
    if not cue:
        return _whose_plant(text, s, evidence[1], clause_end) or \
            _doer(low, s, evidence[1], clause_end)
    if cue.group(0).startswith("entre") and LINKS_BETWEEN.search(
            low[evidence[1]:evidence[1] + cue.end()]):
        return []  # "prévoit des liaisons maritimes entre les ports A et B": links, not sides
    at = evidence[1] + cue.end()
    named = [m for m in s.mentions if not m.vague and at <= m.start < clause_end]
    if not named or named[0].start - at > 30:
        return []  # "entre les parties signataires en vue de … la société X": not a list
    if not cue.group(0).startswith("entre"):
        named = named[:1]  # one partner after "avec" or "concerne"
    return [Party(m, "with") for m in named]


# "La quatrième porte sur l'extension de la production de X à Tanger", "… concerne
# l'installation d'une usine du groupe X": the company whose plant or output it is about
PLANT_OF = re.compile(r"\b(?:porte|portent|concerne|concernent|vise|visent)\s+(?:sur\s+)?"
                      r"(?:l'|la |le |les )?(?:extension|installation|implantation|creation|"
                      r"construction|agrandissement|renforcement|augmentation|developpement)"
                      r"\b(?:[^.;]|\.(?=\d)){0,70}?\b"  # "l'extension sur un site de 2.359 m2 …"
                      r"(?:production|usine|unite|site|activite|capacites?|filiale)s?"
                      r"(?:\s+[\w-]+){0,2}?\s+(?:de la |de l'|du |des |de |d')"
                      r"(?:(?:societe|groupe|entreprise|firme|constructeur|equipementier)\s+)?$")


def _whose_plant(text: str, s: Sentence, at: int, end: int) -> list[Party]:
    low = fold(text)
    for m in s.mentions:
        if at <= m.start < end and not m.vague and not m.extra.get("state") and (
                m.kind == "company" or m.extra.get("proper") and m.kb_id is None
                and city_region(m.name) is None) and PLANT_OF.search(low[at:m.start]):
            return [Party(m, "with")]
    return []


# "La première concerne l'acquisition, par l'Agence X, de 3.000 hectares": who does what
# the agreement is about
DONE_BY = re.compile(r"\b(?:acquisition|realisation|construction|amenagement|gestion|"
                     r"exploitation|mise en oeuvre|cession|achat|prise en charge|"
                     r"rehabilitation|extension)\s*,?\s*par\s+(?:la |le |l'|les )?$")


def _doer(low: str, s: Sentence, at: int, end: int) -> list[Party]:
    for m in s.mentions:
        if at <= m.start < end and not m.vague and not m.extra.get("state") and \
                DONE_BY.search(low[max(at, m.start - 60):m.start]):
            return [Party(m, "with")]
    return []


# "Un autre prêt, de 90 M€, a été accordé à la Banque X": the one it is lent or given to
# "Un protocole d'accord financier permet à l'Agence X de bénéficier d'un prêt": the same
GRANTED_TO = re.compile(r"(?:\b(?:accorde|octroye|consenti|alloue|attribue|debloque|verse)e?s?|"
                        r"\bpermet(?:tra)?(?=[^.;]{3,120}?\bde (?:beneficier|recevoir|obtenir)\b))"
                        r"\s+(?:a|au|aux)(?:\s+(?:la|l'|le|les))?\s*(?=\S)")
# "La première lie la Région au ministère X", "la troisième associe l'AFD", "le second
# unit la Région à l'ONEE": a verb that says whom the agreement binds
BINDS = re.compile(r"\b(?:lie|lient|relie|relient|unit|unissent|reunit|reunissent|associe|"
                   r"associent|engage|engagent|implique|impliquent|liant|reliant|unissant|"
                   r"reunissant|associant|engageant|impliquant)\s+(?=(?:la |le |les |l'|"
                   r"un |une |des |aux? |[A-Z0-9]))")
# where what the agreement is for begins: no party after it
PURPOSE = re.compile(r"\b(?:pour|afin|en vue|dans le cadre|destine|visant|portant|relati|"
                     r"au (?:financement|profit|titre)|a la (?:realisation|construction|"
                     r"mise)|aux (?:travaux|projets))\b")


# "Le document lie A, B et C", "La convention, d'une durée de trois ans, unit A à B"
BOUND_BY_IT = re.compile(r"\W*(?:le document|le texte|la convention|l'accord|le protocole|"
                         r"le memorandum|le contrat|ce document|cette convention|cet accord|"
                         r"ce protocole|ce memorandum|ce contrat|celle-ci|celui-ci|ce dernier|"
                         r"cette derniere|ledit \w+|ladite \w+|elle|il)\s*(?:,[^,;.]{0,80},\s*|"
                         # "Cette convention que nous venons de signer réunit A, B et C"
                         r"qu(?:e\s|')[^,;.]{0,60}?\s)?"
                         r"(?P<verb>lie|unit|associe|engage|implique|reunit|relie)\s")
# a sentence further down that points at the agreement by a demonstrative
DEMONSTRATIVE = re.compile(r"\W*(?:ce|cet|cette|ledit|ladite)\s")


def bound_by_it(text: str, s: Sentence) -> list[Party]:
    """The bodies a sentence about the agreement says it binds ("Elle associe A, B et C",
    "Le document lie A à B"); none for a sentence of another kind."""
    if s.earlier or s.future or s.title:
        return []
    low = fold_upto(text, len(text))
    found = BOUND_BY_IT.match(low, s.start, s.end)
    return _bound(low, s, found.end("verb"), s.end) if found else []


def bound_by_its_words(text: str, s: Sentence) -> list[Party]:
    """ "on retiendra l'accord tripartite impliquant A, B et C": the bodies an agreement
    the sentence names says it binds, right after it."""
    if s.earlier or s.future or s.title or s.signing:
        return []
    low = fold_upto(text, len(text))
    for m in s.agreements:
        if m.plural:
            continue
        binds = BINDS.search(low, m.end, min(s.end, m.end + 40))
        if binds and re.fullmatch(r"\s*(?:[\w-]+\s*)?", low[m.end:binds.start()]):
            # right after it, or after one word ("l'accord tripartite impliquant")
            found = _bound(low, s, binds.end(), s.end)
            if len(found) >= 2:
                return found
    return []


def bound_by_the_one_signed(work: Work) -> list[Party]:
    """ "Une convention a été signée mercredi …. Le document lie A, B, C et D": the
    sentence right after a signing that names no party says whom the agreement binds."""
    if work.n != 1:
        return []
    for s in work.sentences[work.lead.index + 1:work.lead.index + 3]:
        found = bound_by_it(work.text, s)
        if found:
            return found
    return []


def bound_as_pointed_at(work: Work) -> list[Party]:
    """ "Cette convention que nous venons de signer réunit A, B, C et D", further down:
    whom the one agreement binds, all of them, whoever the lead named."""
    if work.n != 1:
        return []
    low = fold_upto(work.text, len(work.text))
    for s in work.sentences[work.lead.index + 1:]:
        found = bound_by_it(work.text, s) if DEMONSTRATIVE.match(low, s.start) else []
        if found:
            return found
    return []


NAMED_UP_TO_ACRONYM = re.compile(r"[^,;()]{0,70}\(\s*[a-z0-9&-]{2,12}\s*\)")


def _bound(low: str, s: Sentence, at: int, clause_end: int) -> list[Party]:
    """The bodies a binding verb names, up to what the agreement is for: "lie la Région
    au ministère de l'Équipement pour …" binds each it names (one that points back, "la
    Région", is the lead's and is left to it)."""
    # what it is for, outside the names ("l'Initiative … pour le développement humain",
    # "… pour le développement des oasis (IRDO)" named up to its acronym)
    end = next((p.start() for p in PURPOSE.finditer(low, at, clause_end)
                if not any(m.start <= p.start() < m.end for m in s.mentions)
                and not NAMED_UP_TO_ACRONYM.match(low, p.start())), clause_end)
    named = [m for m in s.mentions if not m.vague and not m.bare and at <= m.start < end
             and not re.search(r" (?:a|au|aux) ", fold(m.name))]  # not "Région à l'ONEE"
    return [Party(m, "with") for m in named]
