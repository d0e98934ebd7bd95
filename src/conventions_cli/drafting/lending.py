"""Lenders and donors: "X accorde (octroie, consent, alloue) un prêt de N à Y", "un don
accordé par X à Y", "financé par X à hauteur de N". X lends or gives, Y borrows or
receives; what follows "pour", "destiné à", "afin de" is what is financed, not a party.

Read in every sentence of the article (a loan's lender and borrower do not change from
the headline to the last paragraph): the lender then signs each agreement that names no
finance body, and the borrower each one that would otherwise have a single party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .drafts import Work
from .linking import Party
from .names import Mention
from .normalize import fold, fold_upto, key
from .states import MOROCCO

__all__ = ["Lending", "add_lenders", "find_lending", "lender_and_borrower", "lent_right_after"]

FINANCING = re.compile(r"\b(?:prets?|dons?|credits?|financements?|subventions?|garanties?|"
                       r"lignes? de credit|enveloppes?|concours financiers?|appuis? financiers?|"
                       r"aides? financieres?|emprunts?|facilites?)\b")
# (not "…, un accord de prêt": the noun after its article is no verb)
ACTIVE = re.compile(r"^\s*,?\s*(?:vient d'|va |vont |a |ont |aurait )?(?!ete |(?:un|une|l|le|la|"
                    r"les|des|ce|cet|cette|ces|son|sa|ses|leur|leurs) )(?:\w+ )?"
                    r"(?:accord|octro[iy]|consen|allou|debloqu|"
                    r"met(?:tra)? a (?:la )?disposition|mis a (?:la )?disposition)"
                    r"[a-z]*\b")
PASSIVE = re.compile(r"\b(?:accordee?s?|octroyee?s?|consentie?s?|allouee?s?|debloquee?s?|"
                     r"attribuee?s?|finance(?:e?s?)?|cofinancee?s?|mise?s? a (?:la )?disposition"
                     r"(?: d(?:e|u|es|'))?)\s+(?:conjointement\s+)?par\s+(?:la |le |les |l')?$")
TO = re.compile(r"(?:^|\s)(?:a|au|aux|en faveur d(?:e|u|es|')|au profit d(?:e|u|es|')|"
                r"a l'intention d(?:e|u|es|'))\s*(?:la |le |les |l')?$")
PURPOSE = re.compile(r"\b(?:pour|destinee?s?|afin|en vue|visant|dans le cadre|servant|"
                     r"qui servira|qui permettra|relatif|relative|portant)\b")
MOROCCO_WORDS = re.compile(r"(?:le |au |du )?(?:maroc|royaume(?! du maroc)|royaume du maroc)\b")


@dataclass
class Lending:
    lender: Mention
    borrower: Mention | None
    sentence: int


def find_lending(work: Work) -> list[Lending]:
    """Every lender (and borrower) the article's sentences name, in order."""
    text = work.text
    found: list[Lending] = []
    for s in work.sentences:
        low = fold(text[s.start:s.end])
        if not FINANCING.search(low):
            continue
        named = [m for m in s.mentions if not m.vague]
        for m in named:
            before = fold(text[max(s.start, m.start - 40):m.start])
            after = fold(text[m.end:min(s.end, m.end + 60)])
            if PASSIVE.search(before) and FINANCING.search(
                    fold(text[max(s.start, m.start - 120):m.start])):
                clause_end = m.end  # "un prêt accordé par X (à Y)"
            elif ACTIVE.match(after) and not re.match(r"\s*,?\s*(?:qui|dont)\b", after) and \
                    FINANCING.search(fold(text[m.end:min(s.end, m.end + 140)])):
                clause_end = m.end  # "X accorde (à Y) un prêt"
            else:
                continue
            borrower = _borrower(work, s.start, s.end, clause_end, named, m)
            found.append(Lending(m, borrower, s.index))
    return found


def _borrower(work: Work, start: int, end: int, at: int, named: list[Mention],
              lender: Mention) -> Mention | None:
    """The name after "à", "au", "en faveur de" in the clause that opens at `at`, before
    what is financed ("pour …", "destiné à …")."""
    text = work.text
    clause = fold(text[at:end])
    stop = re.search(r"[.;](?!\d)|" + PURPOSE.pattern, clause)  # not "800.000 dollars"
    limit = at + (stop.start() if stop else len(clause))
    for m in named:
        if m is lender or not at <= m.start < limit:
            continue
        if TO.search(fold(text[max(at, m.start - 30):m.start])):
            return m
    for to in re.finditer(r"\b(?:a|au)\s+(?=(?:le )?(?:maroc|royaume)\b)", clause):
        if at + to.start() < limit:  # "au Maroc": the State
            words = MOROCCO_WORDS.match(clause, to.end())
            if words is None:
                continue
            state = Mention(MOROCCO, at + to.end(), at + words.end(), "other", True,
                            head="etat", country="MA")
            state.extra["state"] = True
            state.kb_id = work.kb.link_org(state)
            return state
    return None


def _same(a: Mention, b: Mention) -> bool:
    if a.kb_id or b.kb_id:
        return a.kb_id == b.kb_id
    return key(a.name) == key(b.name) or bool(a.acronym and a.acronym == b.acronym)


def add_lenders(work: Work) -> None:
    """The lender signs each agreement that names no finance body; the borrower each one
    left with a single party (never the State beside a Moroccan ministry)."""
    from .drafts import quote_of

    lendings = find_lending(work)
    told = [s for s in work.sentences if s.title or s.index <= work.lead.index]
    if not lendings or not work.agreements or (len(work.agreements) > 1 and not any(
            FINANCING.search(fold(work.text[s.start:s.end])) for s in told)):
        return  # one loan among conventions of other kinds: the lender signs that one only
    text = work.text
    lender = next((x for x in lendings if x.lender.extra.get("financier")), lendings[0])
    borrower = lender.borrower or next((x.borrower for x in lendings if x.borrower
                                        and _same(x.lender, lender.lender)), None)
    for a in work.agreements:
        mentions = [m for m, _ in a.parties]
        if not any(m.extra.get("financier") or _same(m, lender.lender) for m in mentions):
            a.parties.append((lender.lender, quote_of(text, lender.lender)))
            mentions.append(lender.lender)
        if borrower is None or len(mentions) >= 2 or any(_same(m, borrower) for m in mentions):
            continue
        if borrower.extra.get("state") and any(
                m.kind == "ministry" and (m.country or "MA") == "MA" for m in mentions):
            continue
        a.parties.append((borrower, quote_of(text, borrower)))


# "un prêt de 50 M€ de la BEI à l'ONEE", "un don du Japon au Maroc": who lends, to whom
LENT_BY = re.compile(r"(?:^|\s)(?:de|du|des|de la|de l')\s*$")
LENT_TO = re.compile(r"\s*(?:a|au|aux|a la|a l')(?=[\s']|$)")


def lender_and_borrower(low: str, mentions: list[Mention], start: int, end: int
                        ) -> list[Party]:
    """The lender and the borrower a loan or grant names without a verb ("un prêt de 50 M€
    de la BEI à l'ONEE pour …"), in the clause from `start` (the agreement's words) to
    `end`; none when the clause is not about money lent or given."""
    money = FINANCING.search(low, start, min(end, start + 60))
    if money is None:
        return []
    named = [m for m in mentions if not m.vague and money.end() <= m.start < end]
    for k, lender in enumerate(named):
        if not LENT_BY.search(low, max(money.end(), lender.start - 8), lender.start) or \
                PURPOSE.search(low, money.end(), lender.start):
            continue
        borrower = named[k + 1] if k + 1 < len(named) else None
        gap = low[lender.end:borrower.start] if borrower else ""
        if borrower is not None and LENT_TO.match(gap) and len(gap) <= 8:
            return [Party(lender, "with"), Party(borrower, "with")]
        if k == 0 and re.match(r"\s*(?:[,;)]|et\b|dont\b|$)", low[lender.end:end]):
            return [Party(lender, "with")]  # "une subvention de 10 M€ de l'UE, dont …"
        return []
    # "un prêt de 106 M$ consenti à l'OCP", "un prêt vert de 45 M$ octroyé au cimentier X":
    # whom the batch's lender lends to
    return [Party(m, "with") for m in named[:1]
            if GRANTED_TO.search(low, max(money.end(), m.start - 60), m.start)
            and not PURPOSE.search(low, money.end(), m.start)]


GRANTED_TO = re.compile(r"\b(?:consentie?s?|octroyee?s?|accordee?s?|allouee?s?|attribuee?s?)\s+"
                        r"(?:a|au|aux)\s+(?:l'|la |le |les )?(?:[a-z]+\s+){0,3}$")


def lent_right_after(text: str, mentions: list[Mention], noun: int, at: int, end: int
                     ) -> list[Party]:
    """ "un prêt de la BERD de 60 M$ à l'ONCF, pour …": the lender right after the noun
    (which ends at `at`), and whom it lends to ("à", "au", "en faveur de") in the same
    clause; else what `lender_and_borrower` reads from the noun (at `noun`) on."""
    low = fold_upto(text, end)
    named = [m for m in mentions if not m.vague and m.start >= at]
    if not named or not re.fullmatch(r"\s+(?:de la |de l'|du |des |de |d')\s*",
                                     low[at:named[0].start]):
        return lender_and_borrower(low, mentions, noun, end)
    found = [Party(named[0], "with")]
    for m in named[1:]:
        clause = low[named[0].end:m.start]
        if re.search(r"[;]|\bpour\b|\bdestine", clause):
            break
        if re.search(r"(?:\ba|\bau|\baux|en faveur d(?:e|u|es|'))\s*(?:la |l'|le )?$", clause):
            found.append(Party(m, "with"))
            break
    return found
