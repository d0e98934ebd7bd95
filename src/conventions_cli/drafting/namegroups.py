"""A signing sentence's names in lists: "A, B et C", "A, représenté par B", "A (B et C)",
"le ministre X, Y, et le président Z". Each list is read as one whole (its members sign
together, or a collective stands for them); where the gap between two names is not a
list's, a new list begins."""

from __future__ import annotations

import re

from .complements import OTHERS_WORDS, PARTICIPANTS
from .cues import (
    BRACKET_GAP,
    COLON_GAP,
    DESCRIBED_GAP,
    LIST_GAP,
    POSTING_GAP,
    REPRESENTED_GAP,
    TITLED_GAP,
    titled_name,
)
from .names import Mention
from .normalize import fold

__all__ = ["name_lists"]


def _gap(text: str, a: int, b: int) -> str:
    return fold(text[a:b])


def name_lists(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    representing = False  # inside "représenté par A et B"
    for m in mentions:
        gap = _gap(text, groups[-1][-1].reach, m.start) if groups else ""
        representing = representing and "," not in gap and bool(groups)
        if representing:
            m.extra["represents"] = True
        if groups and (COLON_GAP.match(gap) or _members_in_brackets(gap)):
            groups[-1].append(m)  # "l'Office et trois compagnies : A, B et C"
            continue
        if groups and BRACKET_GAP.match(gap) and not gap.lstrip().startswith(")"):
            groups[-1][-1].extra["collective"] = True  # stands for the names in brackets
        if groups and REPRESENTED_GAP.match(gap):
            if _stands_in(groups[-1][-1], m) or _office_of(text, groups[-1][-1], m) or \
                    _by_another_body(groups[-1][-1], m):
                m.extra["collective"] = True  # a body by its envoy: the body signs
            else:
                groups[-1][-1].extra["collective"] = True  # represented by what follows
                m.extra["represents"] = representing = True
            groups[-1].append(m)
            continue
        if groups and POSTING_GAP.fullmatch(text[groups[-1][-1].end:m.start]):
            groups[-1].append(m)  # "la directrice de la BM au Maghreb et le ministre X"
            continue
        # "A (province de X) et B", "l'Etat (le ministère Y) et B": past the bracket (or
        # "A, représentée par son président, et B")
        unbracketed = re.sub(r"^\s*(?:\([^()]{0,80})?\)|^\s*,\s*representee?s?\s+par\s+"
                             r"(?:son|sa|leur)\s+[\w' -]{1,40}?(?=\s*(?:,|et\b))", "", gap)
        # "l'ONEE, des entreprises espagnoles et la BMCE": an item no name is given for
        unbracketed = UNNAMED_ITEM.sub("", unbracketed)
        if groups and (LIST_GAP.match(gap) or DESCRIBED_GAP.match(gap) or BRACKET_GAP.match(gap)
                       or (unbracketed != gap and LIST_GAP.match(unbracketed))
                       or _person_gap(text, groups[-1][-1], m)):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


UNNAMED_ITEM = re.compile(r"^\s*,\s*(?:des|plusieurs|deux|trois|quatre|cinq)\s+[a-z]+s"
                          r"(?:\s+[a-z]+s)?(?=\s+et\b|\s*,)")
# ", des entreprises espagnoles (", " et trois sociétés (": a plural description whose
# members are named in the brackets it opens
MEMBERS_OPEN = re.compile(r"\s*\(\s*(?:(?:la|le|les|l')\s*)?$")


# " et différents bailleurs de fonds (", ", ses partenaires financiers (": the plural of
# those who take part, whose members the brackets name
PARTICIPANTS_BEFORE = re.compile(
    r"\s*(?:,|;|et|ainsi que)\s*(?:(?:les|des|ses|leurs|d')\s*)?"
    rf"(?:(?:{'|'.join(sorted(OTHERS_WORDS))})\s+)?(?:{'|'.join(sorted(PARTICIPANTS))})"
    r"(?:\s+(?:de fonds|[a-z]+(?:aux|s)))?\s*")


def _members_in_brackets(gap: str) -> bool:
    opened = MEMBERS_OPEN.search(gap)
    if opened is None:
        return False
    before = gap[:opened.start()]
    if PARTICIPANTS_BEFORE.fullmatch(before):
        return True
    plural = [w for w in re.findall(r"[\w-]+", before) if w[-1] in "sx" and w not in {
        "des", "les", "ses", "leurs", "aux", "ainsi"}]
    return bool(plural) and bool(LIST_GAP.match(before + " "))


def _stands_in(body: Mention, envoy: Mention) -> bool:
    """ "le ministère de l'Intérieur, représenté par le wali de la région X, M. Y": a body
    (not a State) its envoy signs for, by his title and name; the envoy's own body does not
    sign, and the body takes his name."""
    if body.extra.get("state") or body.head in ("gouvernement", "etat") or body.vague or \
            envoy.person is None or body.person is not None or envoy.person.start < envoy.end:
        return False
    body.person, body.title = envoy.person, envoy.title
    return True


def _by_another_body(body: Mention, envoy: Mention) -> bool:
    """ "la DGSN, représentée par la Fondation X, et l'Agence Y": a body (not a State, a
    government or a plural) that signs through another, which is its envoy, not a party."""
    return not (body.extra.get("state") or body.head in ("gouvernement", "etat") or body.vague
                or body.head.endswith("s") or body.kind == "other" or envoy.person is not None
                or envoy.vague or envoy.head.endswith("s"))


def _office_of(text: str, body: Mention, unit: Mention) -> bool:
    """ "le ministère de l'Économie, représenté par le directeur du Trésor, M. Y": what the
    envoy's title names is his office inside the body, not a body that signs instead."""
    if body.extra.get("state") or body.head in ("gouvernement", "etat") or body.vague:
        return False
    return bool(OFFICE.search(fold(text[max(0, unit.start - 45):unit.end])))


# "représenté par le directeur du Trésor", "par la secrétaire générale de la Direction X"
OFFICE = re.compile(r"\b(?:directeur|directrice|secretaire|chef|responsable|inspecteur|"
                    r"inspectrice|delegue|deleguee)(?:\s+generale?)?\s+(?:du|de la|de l'|des|d')"
                    r"[^,;]*$")
PERSON_GAP = re.compile(r"\)?\s*[»\"]?\s*,?\s*(?:et|ainsi que|ainsi qu'|(?:accompagnee?s?|"
                        r"aux cotes|en compagnie)\s+d(?:e|u|es|'))?\s*"
                        r"(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs)?\s*"
                        r"(?:m\.|(?:mme|mr|dr|pr)\.?|monsieur|madame)?\s*")  # "et M. X, ministre …"
# "la société X du groupe Y", "X, filiale de l'espagnol Y": Y owns X, it does not sign.


def _person_gap(text: str, previous: Mention, current: Mention) -> bool:
    """ "le ministre X, Ryad Mezzour, et le président Y": the person sits between them;
    "Laura Flessel, ministre A, et Rachid Talbi, ministre B": the second name comes first."""
    end = previous.end
    if previous.person is not None and previous.person.end > end:
        end = previous.person.end
    start = current.start
    if current.person is not None and current.person.start < start:
        start = current.person.start
    if start == current.start and current.title and (previous.person or previous.title) \
            and NAMED_GAP.fullmatch(text[end:start]):
        return True  # "…, M. Jean-Luc X, coordinateur du Groupe Y": a name the tagger missed
    if previous.person is None and start == current.start:
        return False
    gap = fold(text[end:start])  # "le ministre X, Karim A., et la société Y": a list's gap
    if end <= start and previous.person is not None and start == current.start and \
            titled_name(TITLED_GAP.fullmatch(text[end:start])):
        return True  # "…, et Paul M., Commissaire Infrastructure, Energie et X de la Banque Y"
    return end <= start and bool(PERSON_GAP.fullmatch(gap) or LIST_GAP.match(gap))


NAMED_GAP = re.compile(r"\)?\s*,?\s*(?:et\s+|ainsi que\s+)?(?:M\.|Mme\.?|Mr\.?|Dr\.?|Pr\.?|"
                       r"Monsieur|Madame)?\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}\s*,\s*"
                       r"(?:(?:le|la|l'|l’|son|sa)\s*)?")


# ", qui a signé": a body that a relative clause makes the signing verb's subject
