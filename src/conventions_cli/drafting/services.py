"""A ministry's regional or provincial service, named by the title of who heads it: "le
directeur régional de la santé", "la déléguée provinciale de l'éducation", "l'Inspecteur
Régional de l'Habitat, de l'Urbanisme et de l'Aménagement de l'Espace". The service is
named after the portfolio, capitalized or not ("Inspection régionale de l'Habitat, …");
a body the title heads ("le directeur régional de l'ONEE", "… d'Al Omrane") is that body.
"""

from __future__ import annotations

from .complements import _complements
from .grammar import _Reader
from .names import Mention
from .normalize import fold

__all__ = ["PORTFOLIO_NOUNS", "portfolio_service", "service"]

SERVICES = {"directeur": "Direction", "directrice": "Direction", "delegue": "Délégation",
            "deleguee": "Délégation", "inspecteur": "Inspection", "inspectrice": "Inspection"}
SCOPES = {"regional": "régionale", "regionale": "régionale", "provincial": "provinciale",
          "provinciale": "provinciale", "prefectoral": "préfectorale",
          "prefectorale": "préfectorale", "local": "locale", "locale": "locale",
          "interregional": "interrégionale", "interregionale": "interrégionale"}
# The nouns a Moroccan ministry's portfolio opens with ("de l'Agriculture", "de l'Habitat",
# "de l'Education nationale"): what a service is of, not a body's proper name.
PORTFOLIO_NOUNS = {
    "agriculture", "peche", "peches", "elevage", "habitat", "urbanisme", "amenagement",
    "equipement", "transport", "transports", "logistique", "eau", "eaux", "energie", "mines",
    "environnement", "industrie", "commerce", "investissement", "tourisme", "artisanat",
    "culture", "communication", "jeunesse", "sport", "sports", "sante", "education",
    "enseignement", "formation", "recherche", "emploi", "travail", "solidarite", "famille",
    "justice", "interieur", "finances", "economie", "budget", "habous", "forets", "numerique",
    "administration", "inclusion", "patrimoine", "hydraulique", "planification",
    "statistique", "cooperation", "domaines", "impots", "douanes", "tresor", "entraide",
    "insertion", "action", "affaires", "developpement", "irrigation", "telecommunications",
}


def _head_and_scope(r: _Reader, i: int) -> tuple[str, str, int] | None:
    head = SERVICES.get(r.low(i))
    scope = SCOPES.get(r.low(i + 1))
    k = r.prep(i + 2)
    if head is None or scope is None or k is None:
        return None
    return head, scope, k


def service(r: _Reader, i: int) -> tuple[Mention, int] | None:
    """ "le directeur régional de la santé" -> "Direction régionale de la santé", the
    portfolio's whole enumeration included ("de l'Habitat, de l'Urbanisme et de …")."""
    found = _head_and_scope(r, i)
    if found is None:
        return None
    head, scope, k = found
    end = r.noun_phrase(k)
    if end is None:
        return None
    end = _complements(r, end, ministry=True)
    name = f"{head} {scope} {r.text(i + 2, end)}"
    return Mention(name, r.t[i].idx, r.t[end - 1].idx + len(r.t[end - 1].text), "public-body",
                   True, head=fold(head)), end


def portfolio_service(r: _Reader, i: int) -> tuple[Mention, int] | None:
    """The service, when what the scoped title heads opens with a portfolio noun, however
    capitalized ("le directeur régional de l'Agriculture"); None otherwise (a body's name,
    read as any title's)."""
    found = _head_and_scope(r, i)
    if found is None:
        return None
    k = found[2]
    if r.low(k) in ("la", "le", "les", "l'"):
        k += 1
    if fold(r.low(k)) not in PORTFOLIO_NOUNS:
        return None
    return service(r, i)
