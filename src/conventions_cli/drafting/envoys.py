"""Who an ambassador signs for: "l'ambassadeur de France au Maroc, X", "l'ambassadeur du
Maroc aux États-Unis, Y", "l'ambassadeur japonais": the state, with the person."""

from __future__ import annotations

import re

from .grammar import _cap, _name_case, _proper_run, _Reader
from .holders import _masculine, held_by
from .names import Mention
from .normalize import fold
from .states import country_span, state_at
from .words import COUNTRIES, nationality

__all__ = ["ambassador", "embassy_state"]


def ambassador(r: _Reader, i: int) -> tuple[Mention, int] | None:
    """ "l'ambassadeur de France au Maroc, X", "l'ambassadeur du Maroc en Tunisie, M. Y",
    "l'ambassadeur japonais", "le représentant permanent du Royaume auprès de la FAO": the
    state the envoy signs for."""
    j = i + 1
    while r.low(j) in ("extraordinaire", "et", "plenipotentiaire", "itinerant", "itinerante",
                       "permanent", "permanente", "special", "speciale"):
        j += 1  # "l'ambassadeur extraordinaire et plénipotentiaire du Japon"
    word = r.low(j)
    code = nationality(word)
    head: int | None = None  # the State's head word ("Royaume", "République"), if any
    if code is not None:
        end, country = j + 1, _masculine(f"État {r.t[j].text}")
    else:
        k = head = r.prep(j)
        if k is not None and r.low(k) in ("royaume", "republique", "etat", "sultanat",
                                          "principaute") and (state := r.prep(k + 1)) and \
                state < r.n and (country_span(r, state) or r.low(state) in COUNTRIES):
            k = state  # "l'ambassadeur du Royaume de Belgique": Belgium's, not the Kingdom's
        several = country_span(r, k) if k is not None else None  # "des Etats-Unis"
        if several is not None and k is not None:
            end, code = several
            country = r.text(k, end)
        elif k is None or r.low(k) not in COUNTRIES:
            return None
        else:
            code, end, country = COUNTRIES[r.low(k)], k + 1, r.t[k].text
    if code is not None and head is not None and head != k:
        country = r.text(head, end)  # as the article names the State: "République de Corée"
    while end < r.n and r.low(end) in ("au", "aux", "en", "a", "aupres") and end + 1 < r.n and (
            _cap(r.t[end + 1]) or r.low(end + 1) in ("la", "l'", "du")):
        posted = country_span(r, end + 1)  # "aux États-Unis", "aux Emirats arabes unis"
        # "au Maroc", "en Tunisie", "auprès du Roi"
        # "à Abu Dhabi", "à New Delhi": a posting's town of several words
        end = posted[0] if posted else max(_proper_run(r, end + 1), end + 2) if _cap(
            r.t[end + 1]) else end + 3
    title = _name_case(r.text(i, end))
    mention = state_at(_name_case(country), r.t[i].idx,
                       r.t[end - 1].idx + len(r.t[end - 1].text), code)
    mention.title = title
    return held_by(r, mention, i, end)


# "Ambassade du Maroc", "Ambassade de la République de Corée": the State it is the embassy
# of, as the name writes it, and the word that names its country
_EMBASSY = re.compile(r"ambassade\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
                      r"(?P<state>(?:(?:republique|royaume|etat)\s+(?:de\s+la\s+|de\s+l'|du\s+|"
                      r"de\s+|d'))?(?P<country>\S+))$")


def embassy_state(mention: Mention) -> Mention | None:
    """ "le chargé d'affaires de l'Ambassade du Maroc en Autriche, X": like an ambassador,
    he signs for the State. Only where the embassy is named in a signer's title; an
    embassy told as the party itself ("l'Ambassade de France a signé") stays."""
    found = _EMBASSY.fullmatch(fold(mention.name).replace("’", "'"))
    code = COUNTRIES.get(found["country"]) if found else None
    if found is None or code is None:
        return None
    return state_at(mention.name[found.start("state"):], mention.start, mention.end, code)
