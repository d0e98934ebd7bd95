"""Who a lead's partners are when its own sentence does not say it all: the bodies a later
sentence names "en partenariat avec" its conventions, one body and a plural of bodies of one
kind ("entre A et les communes B, C et D"), the counted ones the article names only some of
("avec quatre pays, dont le Gabon"), the counted ones named in full further on ("avec quatre
grands groupes. Les fournisseurs du groupe A, du cimentier B, de C et de D …")."""

from __future__ import annotations

import re

from .abroad import CAPITAL_OF
from .amounts import parse_count
from .countries import country_name
from .drafts import Work, short
from .linking import Party, signing_parties
from .normalize import fold
from .states import state_at
from .words import nationality

__all__ = ["PARTNERSHIP", "both_nations_sign", "capitals_sign", "counted_then_named",
           "named_further", "one_and_a_plural", "some_of_them"]

# "les conventions tendent à réaliser des projets en partenariat avec A et B": who they bind
PARTNERSHIP = re.compile(r"\b(?:en partenariat|conjointement|en collaboration) avec\b")


def named_further(work: Work, cue: re.Pattern[str] | None) -> list[Party]:
    """The two or more bodies a sentence after a lead naming no party names (one with `cue`,
    if given), with a TODO that says where they come from."""
    text, lead = work.text, work.lead
    for s in work.sentences[lead.index + 1:lead.index + 7]:
        if s.index >= work.first_segment or s.earlier:
            break
        if cue is not None and not cue.search(fold(text[s.start:s.end])):
            continue
        if _years_before(fold(text[s.start:s.end]), work.pub.year if work.pub else None):
            continue  # "une première coentreprise entre A et B créée au début des années 2000"
        found = signing_parties(text, s.start, s.end, (s.start, s.start), s.mentions)
        if len(found) >= 2:
            work.todos.append("the signing sentence names no party; these come from: "
                              + short(work.article.quote(s.start, s.end), 8))
            return found
    return []


# "créée en 2003", "au début des années 2000", "depuis 2010": a year the sentence tells
TOLD_YEAR = re.compile(r"\b(?:en|depuis|annees|des|de) ((?:19|20)\d\d)\b")


def _years_before(low: str, year: int | None) -> bool:
    """The sentence tells a year before the publication's: history, not the signing."""
    return year is not None and any(int(y) < year for y in TOLD_YEAR.findall(low))


def one_and_a_plural(text: str, partners: list[Party]) -> bool:
    """ "entre A et les communes B, C et D": one body, then bodies of one kind listed in a
    plural (two at least), joined by "et"."""
    if len(partners) < 3:
        return False
    first, rest = partners[0].mention, [p.mention for p in partners[1:]]
    heads = {m.head for m in rest}
    return len(heads) == 1 and first.head not in heads and None not in heads and \
        rest[0].start > first.end and re.search(r"\bet\b", fold(text[first.end:rest[0].start]))\
        is not None and all(m.start < rest[0].end for m in rest)


def some_of_them(text: str, partners: list[Party]) -> bool:
    """ "avec quatre pays, dont le Gabon", "avec les interprofessions, notamment A, B et
    C": the partners named are some of the counted ones, each with one agreement, not
    every agreement's."""
    first = partners[0].mention
    return re.search(r"\b(?:dont|parmi (?:lesquel(?:le)?s|eux|elles)|notamment|tels? que|"
                     r"telles? que)\s*,?\s+(?:le |la |les |l')?$",
                     fold(text[max(0, first.start - 30):first.start])) is not None


# "vient de signer des conventions avec quatre grands groupes": how many it signs with
COUNTED_WITH = re.compile(r"\bavec (?:les |ces )?(?P<n>deux|trois|quatre|cinq|six|sept|huit|"
                          r"neuf|dix|\d{1,2}) (?:[a-z]+ )?(?:groupes|entreprises|societes|"
                          r"partenaires|operateurs|organismes|institutions|banques|"
                          r"etablissements|federations|associations|agences|offices|"
                          r"industriels|acteurs)\b")
# ", du cimentier ", " et de l'": the words between two bodies of one list
LIST_GAP = re.compile(r"\s*(?:,|et|ainsi que)\s*(?:et\s+)?(?:d(?:u|e la|e l'|es|e|')\s*|l'|la |le |"
                      r"les )?(?:[a-z]+\s+){0,2}")


def counted_then_named(work: Work) -> list[Party]:
    """The bodies a sentence after the lead lists, as many as the lead counted and its own
    agreements ("a signé des conventions avec quatre grands groupes", then "Les fournisseurs
    du groupe A, du cimentier B, de C et de l'Office D …"), one list of them; none else."""
    text, lead = work.text, work.lead
    counted = COUNTED_WITH.search(fold(text[lead.start:lead.end]))
    n = parse_count(counted["n"]) if counted else None
    if n is None or n < 2:
        return []
    own = {id(p.mention) for p in work.subject}
    for s in work.sentences[lead.index + 1:lead.index + 4]:
        if s.earlier:
            break
        named = [m for m in s.mentions if not m.vague and id(m) not in own]
        for k in range(len(named) - n + 1):
            run = named[k:k + n]
            if all(LIST_GAP.fullmatch(fold(text[a.reach:b.start]))
                   for a, b in zip(run, run[1:], strict=False)):
                work.todos.append(f"the lead counts {n} partners; these come from: "
                                  + short(work.article.quote(s.start, s.end), 8))
                return [Party(m, "with") for m in run]
    return []


# "Ouagadougou et Rabat ont procédé à la signature …": two capitals open the lead as its
# subject
CAPITALS_OPEN = re.compile(r"\W*(?P<a>[a-z][a-z' -]{2,20}?)\s+et\s+(?P<b>[a-z][a-z' -]{2,20}?)"
                           r"\s*,?\s+(?:ont|viennent|concluent|signent|scellent|paraphent)\b")


def capitals_sign(work: Work) -> list[Party]:
    """The two States whose capitals the lead makes its subject, when it names no party."""
    text, lead = work.text, work.lead
    found = CAPITALS_OPEN.match(fold(text[lead.start:lead.end]))
    codes = [CAPITAL_OF.get(found[g].strip()) for g in ("a", "b")] if found else []
    if not found or None in codes or codes[0] == codes[1]:
        return []
    parties = []
    for group, code in zip(("a", "b"), codes, strict=True):
        state = state_at(country_name(code or ""), lead.start + found.start(group),
                         lead.start + found.end(group), code)
        state.kb_id = work.kb.link_org(state)
        parties.append(Party(state, "subject"))
    return parties


# the first part of a compound nationality ("franco-marocaine", "maroco-espagnol")
COMPOUND_PARTS = {"franco": "FR", "hispano": "ES", "maroco": "MA", "germano": "DE",
                  "italo": "IT", "luso": "PT", "belgo": "BE", "sino": "CN", "nippo": "JP",
                  "americano": "US", "russo": "RU", "anglo": "GB", "turco": "TR",
                  "indo": "IN", "greco": "GR", "helveto": "CH", "algero": "DZ",
                  "tuniso": "TN", "egypto": "EG", "senegalo": "SN", "mauritano": "MR",
                  "ivoiro": "CI", "nigero": "NE", "saoudo": "SA", "qataro": "QA",
                  "emirato": "AE", "koweito": "KW", "israelo": "IL", "brasilo": "BR"}
COMPOUND = re.compile(r"\b([a-z]+o)-([a-z]+)\b")


def both_nations_sign(work: Work) -> list[Party]:
    """ "À l'issue de la Rencontre de haut niveau franco-marocaine, onze accords ont été
    conclus": no party named, the lead's compound nationality names Morocco and the other
    State, which sign each one."""
    text, lead = work.text, work.lead
    low = fold(text[lead.start:lead.end])
    for found in COMPOUND.finditer(low):
        codes = [COMPOUND_PARTS.get(found[1]), nationality(found[2])]
        if None in codes or codes[0] == codes[1] or "MA" not in codes:
            continue
        parties = []
        for code in sorted(codes, key=lambda c: c != "MA"):
            state = state_at(country_name(code or ""), lead.start + found.start(),
                             lead.start + found.end(), code)
            state.kb_id = work.kb.link_org(state)
            parties.append(Party(state, "subject"))
        work.todos.append("the lead names no party: the two States its "
                          f"\"{found[0]}\" names are taken as signing each agreement")
        return parties
    return []
