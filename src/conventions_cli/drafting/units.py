"""A department of a body signs for the body: "la direction régionale de l'OFPPT", "la
division des affaires sociales de la province de Taza", "le Bureau KfW au Maroc", "la
direction générale des collectivités locales du ministère de l'Intérieur". A board signs
for the body it runs ("le président du conseil d'administration de l'Association X",
"du conseil de surveillance de Tanger Med"). A unit whose owner is not named ("la
direction du partenariat France-Afrique") stays what it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .countries import foreign_name
from .names import Mention
from .normalize import fold
from .words import COUNTRIES, HEADS, nationality, territory_name

__all__ = ["UNIT_HEADS", "owner_of_unit"]

UNIT_HEADS = {"direction", "division", "bureau", "delegation", "representation", "antenne",
              "service", "cellule", "unite", "succursale", "comex", "codir", "directoire",
              "commission"}
# the units a title may name after a comma, before the body they are part of ("le directeur
# des opérations, département Maghreb de la Banque X"); a "département" is a ministry too
SUBUNITS = UNIT_HEADS | {"departement", "pole"}
# where an owner may open: "de l'OFPPT", "du ministère de l'Intérieur", "Bureau KfW"
_OWNER = re.compile(r"(?:\s(?:de la|de l'|de l’|du|des|de|d'|d’)\s?|\s)(?=\S)")
# a board is a unit of its body: "le président du conseil d'administration de l'Association X"
BOARD = re.compile(r"(?:conseil\s+(?:d'\s?administration|de\s+surveillance|de\s+gestion|"
                   r"de\s+direction|des\s+gouverneurs)|comite\s+(?:de\s+direction|directeur|executif))(?=\s)")
_NAME_LIKE = re.compile(r"[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*\b.*|[A-Z]{2,}\b.*")


_COUNTRY_AFTER = re.compile(r"\s+(?:du|de la|de l'|de l’|des|de|d'|d’)\s*"
                            r"(?P<c>[A-ZÉ][\w’'-]*(?:[ -][A-ZÉ][\w’'-]*)*)$")


def _of_a_country(name: str, country: str | None) -> tuple[str, str | None]:
    """ "Ministère de l'Agriculture de France" -> ("Ministère de l'Agriculture (France)",
    "FR"); Morocco's without "du Maroc"."""
    found = _COUNTRY_AFTER.search(name)
    code = COUNTRIES.get(fold(found["c"]).replace("’", "'")) if found else None
    if found is None or code is None or " " not in name[:found.start()]:
        return name, country
    return foreign_name(name[:found.start()], code), code


def owner_of_unit(mention: Mention, link: Callable[[Mention], str | None]) -> Mention | None:
    """The body a unit belongs to, as a mention at the unit's place; None when the unit
    names no owner, or when the base knows the unit itself."""
    head = fold(mention.name.split()[0]) if mention.name else ""
    board = BOARD.match(fold(mention.name).replace("’", "'"))
    if (head not in UNIT_HEADS and board is None) or mention.kb_id:
        return None
    for found in _OWNER.finditer(mention.name, board.end() if board else 1):
        owner = re.sub(r"\s+(?:au|en|à|a|pour le|pour la)\s+[A-Z].*$", "",
                       mention.name[found.end():])
        first = fold(owner.split()[0])
        kind = HEADS.get(first)
        named = re.match(r"(?:société|groupe|entreprise|firme|compagnie)\s+(?=[A-Z])", owner)
        if board and named:
            owner = owner[named.end():]  # "… de la société Alpha Industries": Alpha Industries
        if first in UNIT_HEADS or (kind is None and not _NAME_LIKE.fullmatch(owner) and
                                   not (board and owner[:1].isupper()) and
                                   link(Mention(owner, 0, 0, acronym=owner)) is None):
            continue  # a unit of a unit, or no body: look further for its owner
        alone = kind is not None and " " not in owner  # "… du Fonds": the one named before
        acronym = owner if re.fullmatch(r"[A-Z][A-Za-z0-9&-]*", owner) and not alone else \
            mention.acronym if board and not alone else None  # "… (MNC)": X's
        owned, country = territory_name(owner[:1].upper() + owner[1:], mention.country)
        owned, country = _of_a_country(owned, country)
        body = Mention(owned, mention.start, mention.end,
                       kind or "other", kind is not None, acronym=acronym,
                       head=first, person=mention.person, title=mention.title,
                       country=country)
        body.kb_id = link(body)
        body.bare = alone and body.kb_id is None
        tail = [fold(w) for w in owned.split()[1:]]
        if body.kb_id is None and tail and all(
                nationality(w)
                for w in tail) and owned.split()[1].islower():
            body.bare = True  # "une délégation de l'Université espagnole": described
            body.extra["descriptor"] = True
        if body.kb_id or kind is not None or board:
            body.extra["unit_of"] = mention.name
            if board:
                body.extra["board_of"] = True  # "le conseil de surveillance de Tanger Med"
            return body
    return None
