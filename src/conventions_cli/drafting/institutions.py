"""Titles that name their institution by themselves: "le Trésorier général du Royaume"
(the Trésorerie générale), "le directeur du Trésor et des finances extérieures" (a
directorate of the finance ministry, which signs the State's loans and grants)."""

from __future__ import annotations

import re

from .grammar import _acronym, _cap, _name_case, _proper_run, _Reader
from .holders import _person_after, held_by
from .knowledge import portfolio
from .names import Mention, Person
from .normalize import fold
from .words import GIVEN_NAMES

__all__ = ["INSTITUTION_TITLES", "TREASURY", "company_after_title", "directorate_before",
           "institution_title", "same_portfolio_before", "unit_of_named"]

TREASURY = re.compile(r"tresor(?: (?:et )?(?:des )?finances exterieures)?")


# Titles held in one institution only: "Noureddine B., Trésorier général du Royaume", "l'Agent
# judiciaire du Royaume, X" (who heads the Agence judiciaire)
INSTITUTIONS = {"tresorier general du royaume": ("Trésorerie générale du Royaume", "TGR"),
                "tresoriere generale du royaume": ("Trésorerie générale du Royaume", "TGR"),
                "agent judiciaire du royaume": ("Agence judiciaire du Royaume", "AJR")}
INSTITUTION_TITLES = {said.split()[0] for said in INSTITUTIONS}


def institution_title(r: _Reader, i: int) -> tuple[Mention | None, int]:
    """The institution a title names by itself, with its holder, or (None, i)."""
    if r.low(i) not in INSTITUTION_TITLES:
        return None, i  # every title passes here: most go no further than their first word
    said = next((k for k in INSTITUTIONS if fold(r.text(i, min(r.n, i + 4))) == k), None)
    if said is None:
        return None, i
    name, acronym = INSTITUTIONS[said]
    title = _name_case(r.text(i, i + 4))
    body = Mention(name, r.t[i].idx, r.t[i + 3].idx + len(r.t[i + 3].text), "public-body", True,
                   acronym, head=fold(name.split()[0]), title=title)
    return held_by(r, body, i, i + 4)


def company_after_title(r: _Reader, i: int, j: int) -> tuple[Mention | None, int]:
    """ "le président-directeur général Citic Dicastal, Xu Zuo": a company's name glued to
    the title, with no "de", when a person's name follows it after a comma."""
    if j >= r.n or not _cap(r.t[j]) or r.prep(j) is not None or r.low(j) in GIVEN_NAMES:
        return None, j
    run = _proper_run(r, j)
    if run >= r.n or r.low(run) != "," or not (run - j >= 2 or _acronym(r.t[j].text)):
        return None, j
    person, after = _person_after(r, run)
    end = _proper_run(r, run + 1)
    if person is None and 2 <= end - run - 1 <= 3 and r.low(end) == ",":
        # "…, Xu Zuo, le ministre …": a name the tagger reads as anything but a person's
        person, after = Person(r.text(run + 1, end), r.t[run + 1].idx,
                               r.t[end - 1].idx + len(r.t[end - 1].text)), end
    if person is None:
        return None, j
    title = _name_case(r.text(i, j))
    body = Mention(_name_case(r.text(j, run)), r.t[j].idx,
                   r.t[run - 1].idx + len(r.t[run - 1].text), "company", False,
                   head=fold(r.t[j].text), title=title, extra={"proper": True})
    person.title, body.person = title, person
    return body, after


HEADS_A_DIRECTORATE = re.compile(r"(?:directeur|directrice) generale? (?:de la |de l'|du |des |d')")


def directorate_before(m: Mention, history: list[Mention]) -> Mention | None:
    """ "le directeur général de la Sûreté nationale, X" after "la Direction générale de la
    sûreté nationale (DGSN)": the directorate he heads, named in full before."""
    if m.kb_id is not None or not m.title or not HEADS_A_DIRECTORATE.match(fold(m.title)):
        return None
    said = fold(m.name).split()
    for earlier in reversed(history):
        found = re.match(r"direction generale (?:de la |de l'|du |des |d')(.+)$",
                         fold(earlier.name))
        rest = found[1].split() if found else []
        if rest and (said[:len(rest)] == rest or rest[:len(said)] == said):
            return earlier
    return None


def in_full_before(m: Mention, history: list[Mention]) -> Mention | None:
    """ "BYD" after "le groupe chinois BYD Auto Industry": a company the article named in
    full before, by the first words of that name."""
    if m.kb_id is not None or m.acronym not in (None, m.name) or m.vague or \
            not m.extra.get("proper") or \
            m.kind not in ("company", "other"):
        return None
    said = fold(m.name).split()
    for earlier in reversed(history):
        words = fold(earlier.name).split()
        if earlier.kind == "company" and earlier.kb_id is None and \
                len(words) > len(said) and words[:len(said)] == said:
            return earlier
    return None



# "la direction régionale de l'ANEF", "la délégation provinciale de l'ONEE": a unit named
# by its owner's acronym
UNIT_OF = re.compile(r"(?:direction|delegation|division|antenne|representation|service)s?"
                     r"(?: (?:regionale|provinciale|prefectorale|locale|generale|territoriale)s?)?"
                     r" (?:de l'|du |de la |des )$")


def unit_of_named(m: Mention, history: list[Mention]) -> Mention | None:
    """ "la direction régionale de l'ANEF" after "l'Agence nationale des eaux et forêts
    (ANEF)": the unit signs for the body the article named in full with that acronym."""
    owner = re.search(r"(?<=[\s'’])[A-Z][A-Z0-9&-]+$", m.name)
    if m.kb_id is not None or owner is None or not UNIT_OF.fullmatch(
            fold(m.name[:owner.start()]).replace("’", "'")):
        return None
    return next((earlier for earlier in reversed(history)
                 if earlier.acronym == owner[0] and earlier.name != m.name), None)


def same_portfolio_before(m: Mention, history: list[Mention]) -> Mention | None:
    """ "Mohamed A, ministre délégué chargé de la Communauté X", then "le ministre de la
    Communauté X": one ministry the base does not know, named once in full."""
    if m.kb_id is not None or m.kind != "ministry" or m.country not in (None, "MA") or \
            not (words := portfolio(m.name)):
        return None
    return next((earlier for earlier in reversed(history) if earlier.kind == "ministry" and
                 earlier.kb_id is None and earlier.country in (None, "MA") and
                 earlier.name != m.name and portfolio(earlier.name) == words), None)
