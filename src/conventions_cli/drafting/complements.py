"""What follows a body's head word: the chain of complements ("de l'Industrie, du Commerce
et de l'Économie verte") and the adjectives ("national", "marocaine"), read the same way for
organizations, people's titles and plurals."""

from __future__ import annotations

import re

from .grammar import (
    SIGNED,
    _acronym,
    _cap,
    _is_title_word,
    _low,
    _named_acronym_after,
    _Reader,
)
from .units import UNIT_HEADS
from .words import (
    ADJ_FORM,
    COUNTRIES,
    DESCRIPTORS,
    DETS,
    GENERIC,
    HEADS,
    PREPS,
    SCOPE_WORDS,
    STOP_NAME,
    TITLES,
    WHAT_FOR,
    nationality,
)

# "le premier …, le deuxième par …": a rank in a series, never a noun of a name
RANK = re.compile(r"(?:premier|premiere|second|seconde|dernier|derniere|\w+ieme)s?")

__all__ = ["OTHERS_WORDS", "PARTICIPANTS", "PORTFOLIO_HEADS", "_adjectives", "_complements"]

# "la préfecture et les différents porteurs de projets": others, not the name going on
OTHERS_WORDS = {"differents", "differentes", "divers", "diverses", "autres", "plusieurs",
                "nombreux", "nombreuses", "principaux", "principales"}
PARTICIPANTS = {"partenaires", "acteurs", "operateurs", "representants", "intervenants",
                "professionnels", "investisseurs", "bailleurs", "donateurs", "mecenes",
                "promoteurs", "producteurs", "exportateurs", "industriels", "commercants",
                "agriculteurs", "eleveurs", "artisans", "habitants", "usagers", "elus"}
# "Centre d'études et de recherches sur l'entreprise sociale": what is studied, in the name
STUDY_WORDS = {"recherche", "recherches", "etude", "etudes", "reflexion", "veille"}
PORTFOLIO_HEADS = {"departement", "administration"}  # "… et de l'Administration territoriale"
# "du ministère de l'Équipement, du ministère de l'Eau": the list's next ministry
ANOTHER_MINISTRY = {"ministere", "ministeres", "secretariat"}


def _bracketed_acronym_within(r: _Reader, j: int, span: int) -> bool:
    """An acronym in brackets closes the name within `span` tokens from j."""
    for k in range(j, min(r.n - 1, j + span + 1)):
        if r.low(k) == "(":
            return _acronym(r.t[k + 1].text) or _named_acronym_after(r, k)[1] is not None
        if r.t[k].is_punct:
            return False
    return False

def _another_body(r: _Reader, k: int) -> bool:
    """An item of a chain of complements that is a body's acronym ("…, de TAQA Morocco",
    "… et de l'ONEE"): no portfolio or purpose is written in capitals."""
    word = r.t[k].text
    return len(word) >= 3 and word.isupper() and word.isalpha() and _acronym(word)


def _complements(r: _Reader, j: int, ministry: bool, titled: bool = False) -> int:
    """The chain "de l'Industrie, du Commerce et de l'Économie verte" after a head."""
    while j < r.n:
        if r.low(j) in ("et", ",") and r.low(j + 1) in ("d'", "de") and \
                r.low(j + 2) in ("autre", "une") and r.low(j + 3) == "part":
            break  # "la commune de X et d'autre part l'Office Y": the other side
        if r.low(j) in ("d'", "de") and r.low(j + 1) in ("autre", "une") and \
                r.low(j + 2) == "part":
            break  # "… la commune de X d'autre part"
        k = r.prep(j)
        if r.low(j) in (",", "et") and ((k1 := r.prep(j + 1)) is not None and r.starts_person(
                k1) or r.low(j + 1) == "et" and (k2 := r.prep(j + 2)) is not None and
                                     r.starts_person(k2)):
            break  # "le ministre de l'Industrie, et de Paolo Rossi, PDG de X": a person
        if k is not None:
            end = r.noun_phrase(k)
            if end is None:
                break
            j = end
            continue
        word = r.low(j)
        if word == "et" and j + 1 < r.n and j > 0 and ADJ_FORM.fullmatch(r.low(j - 1)) and \
                ADJ_FORM.fullmatch(r.low(j + 1)) and r.low(j + 1) not in HEADS and \
                nationality(r.low(j + 1)) is None and _cap(r.t[j + 1]) == _cap(r.t[j - 1]):
            j += 2  # "de l'Économie Sociale et Solidaire": two adjectives of one noun
            continue
        if word == "et" and r.low(j + 1) in ("la", "le", "les", "l'") and j + 2 < r.n and \
                not _cap(r.t[j + 2]) and r.t[j + 2].is_alpha and r.low(j + 2) not in HEADS and \
                r.low(j + 2) not in GENERIC and r.low(j + 2) not in TITLES and \
                r.low(j + 2) not in DESCRIPTORS and r.low(j + 2)[:-1] not in HEADS and \
                r.low(j + 2) not in UNIT_HEADS and r.t[j + 2].pos_ in ("NOUN", "ADJ") and \
                r.low(j + 2) not in ("vice", "co", "sous") and r.low(j + 2) not in PARTICIPANTS \
                and r.low(j + 2) not in OTHERS_WORDS and not RANK.fullmatch(r.low(j + 2)) \
                and not (r.t[j - 1].pos_ == "PROPN" and r.t[j - 1].ent_type_ == "LOC"):
            # not "la préfecture de Meknès et l'extension du centre": after a place the
            # name is over; "… et la vice-présidente de X"; "… de la Thaïlande et le
            # troisième par M. Y": the next of a series told in turn
            end = r.noun_phrase(j + 1)  # "de la chimie et la parachimie"
            if end is None:
                break
            j = end
            continue
        if word == "et" and r.low(j + 1) in ("la", "le", "les", "l'") and j + 2 < r.n and \
                _cap(r.t[j + 2]) and r.low(j + 2) not in HEADS and r.low(j + 2)[:-1] not in HEADS \
                and r.low(j + 2) not in TITLES and not _acronym(r.t[j + 2].text) and \
                any(r.low(k) in ("pour", "au", "aux") for k in range(max(0, j - 5), j)) and \
                _bracketed_acronym_within(r, j + 3, 3) and (end := r.noun_phrase(j + 1)):
            j = end  # "l'Agence américaine pour le Développement et le Commerce (USTDA)"
            continue
        if word == "et" and j + 1 < r.n and r.t[j + 1].pos_ == "NOUN" and not _cap(r.t[j + 1]) \
                and r.low(j + 1) not in HEADS and r.low(j + 1) not in GENERIC \
                and r.low(j + 1) not in TITLES and _bracketed_acronym_within(r, j + 2, 6):
            end = r.noun_phrase(j + 1)  # "du bâtiment et travaux publics (FNBTP)"
            if end is None:
                break
            j = end
            continue
        if word == "et" and r.prep(j + 1) is not None and (
                (r.low(r.prep(j + 1) or 0) in HEADS or r.low(r.prep(j + 1) or 0)[:-1] in HEADS)
                and (not ministry or r.low(r.prep(j + 1) or 0) not in PORTFOLIO_HEADS)
                or _is_title_word(r.low(r.prep(j + 1) or 0))):
            break  # "de la région et du conseil communal de X", "et du directeur de Y"
        if word == "et" and r.low(j + 1) == "des" and r.low(j + 2) in PARTICIPANTS and \
                _cap(r.t[j - 1]):
            break  # "le Groupe OCP et des partenaires du secteur privé": others beside it
        if word == "et" and r.low(j + 1) in ("de", "d'", "des") and (
                r.low(j + 2) in OTHERS_WORDS or r.low(j + 2) in PARTICIPANTS):
            break  # "le ministère de l'Artisanat et de nombreux partenaires": others
        if word == "et" and r.prep(j + 1) is not None:
            k = r.prep(j + 1)
            if k is not None and k < r.n and r.low(k) in ("cote", "part"):
                break  # "ministre de l'Industrie et du côté de X": the other side
            if k is not None and k < r.n and _another_body(r, k):
                break  # "du Fonds X pour l'Investissement et de NAREVA": another body
            end = r.noun_phrase(k) if k is not None else None
            if end is None:
                break
            j = end
            continue
        if word == "," and r.prep(j + 1) is not None:
            k = r.prep(j + 1)  # not "l'Agence A, de l'Agence B et de …": another body
            if k is not None and k < r.n and r.low(k) not in ("cote", "part") and not \
                    _another_body(r, k) and (  # ", de TAQA Morocco": another body
                    ministry and r.low(k) not in ANOTHER_MINISTRY
                    or _cap(r.t[k]) and r.low(k) not in HEADS
                    or r.low(k) == "industrie"):  # "de commerce, d'"; not ", du côté X"
                end = r.noun_phrase(k)
                if end is None:
                    break
                j = end
                continue
        if ministry and word == "," and r.low(j + 1) == "et" and (r.prep(j + 2) or r.n) < r.n \
                and _cap(r.t[r.prep(j + 2) or 0]):
            j += 1  # "…, des Eaux et Forêts, et de l'Équipement": the list goes on at "et"
            continue
        if ministry and word in (",", "ainsi") and (r.low(j + 1) == "ainsi" or word == "ainsi"):
            k = j + 2 if word == "," else j + 1
            after = r.prep(k + 1)
            if r.low(k) in ("que", "qu'") and after is not None:
                end = r.noun_phrase(after)
                if end is None:
                    break
                j = end
                continue
        if word == "sur" and r.low(j - 1) in STUDY_WORDS and r.low(j + 1) in (
                "la", "le", "les", "l'") and r.noun_phrase(j + 1) is not None:
            j = r.noun_phrase(j + 1) or j  # "l'Institut de recherche sur le cancer"
            continue
        if word in ("pour", "a") and r.low(j + 1) in ("la", "le", "les", "l'") \
                and j + 2 < r.n and (_cap(r.t[j + 2]) or titled) and not ministry \
                and r.low(j + 2) not in SCOPE_WORDS and r.low(j + 2) not in COUNTRIES \
                and r.low(j + 2) not in WHAT_FOR and not (word == "a" and (
                    r.low(j + 2) in HEADS or _acronym(r.t[j + 2].text) or j + 2 in r.known)):
            # not "(unit) la Région à l'ONEE", "(lie) l'Office à l'Agence X": a second body
            end = r.noun_phrase(j + 1)
            if end is None:
                break
            j = end
            continue
        if word in ("aux", "au") and j + 1 < r.n and _cap(r.t[j + 1]) and not ministry \
                and r.t[j + 1].ent_type_ != "LOC" and r.low(j + 1) not in COUNTRIES \
                and r.low(j + 1) not in HEADS and r.low(j + 1) not in SCOPE_WORDS \
                and not _acronym(r.t[j + 1].text) and j + 1 not in r.known \
                and (end := r.noun_phrase(j + 1)) is not None:
            j = end  # "le Fonds d'Appui aux Femmes de X": whom it serves, in its name
            continue
        if word in ("aux", "au") and titled and not ministry and j + 3 < r.n and \
                r.t[j + 1].is_alpha and not _cap(r.t[j + 1]) and r.t[j + 1].pos_ == "NOUN" \
                and r.low(j + 1).rstrip("sx") not in HEADS and \
                (after := r.prep(j + 2)) is not None and after < r.n and \
                _cap(r.t[after]) and (end := r.noun_phrase(after)) is not None:
            j = end  # "la Délégation interministérielle aux droits de l'Homme": what it serves
            continue
        if ministry and word == "avec" and r.low(j - 1) == "relations" and \
                (end := r.noun_phrase(j + 1)) is not None:
            j = end  # "chargé des Relations avec le Parlement": one remit
            continue
        if ministry and word == "," and r.low(j + 1).startswith("charge") and \
                (remit := r.prep(j + 2)) is not None and (end := r.noun_phrase(remit)):
            j = end  # "ministre de l'Intérieur, chargé des Relations …": a remit of the title
            continue
        if word.startswith("charge") and (r.low(j - 1) == "etat" and r.low(j - 3) == "secretariat"
                                          or r.low(j - 1) == "delegue") and \
                (remit := r.prep(j + 1)) is not None and (end := r.noun_phrase(remit)):
            j = end  # "du département X du secrétariat d'Etat chargé de l'Eau": its remit
            continue
        break
    return j

def _adjectives(r: _Reader, j: int, titled: bool = False) -> tuple[int, str | None]:
    """Adjectives right after a head ("national", "marocaine", "mauritanien"); a head written
    with a capital takes capitalized ones too ("Groupement Professionnel")."""
    country = None
    while j < r.n:
        tok = r.t[j]
        word = _low(tok)
        if r.low(j + 1) in ("un", "une", "que", "qu'") and not _cap(tok):
            break  # "… du tourisme scellent un partenariat", "L'Economiste rapporte que": a verb
        if tok.text == "-" and r.joined(j) and not r.t[j].whitespace_ and j + 1 < r.n \
                and r.t[j + 1].is_alpha and not _cap(r.t[j + 1]) and j > 0 \
                and r.t[j - 1].is_alpha and not _cap(r.t[j - 1]):
            j += 2  # "maroco-chinoise": one adjective the tokenizer split
        elif nationality(word):
            country = nationality(word)
            j += 1
        elif (tok.pos_ == "ADJ" or ADJ_FORM.fullmatch(word)) and (titled or not _cap(tok)) \
                and word not in STOP_NAME and word not in HEADS and word not in PREPS \
                and word not in DETS and word not in ("aupres", "apres", "tres") \
                and not word.startswith(("charge", "present", "destine")) \
                and not SIGNED.fullmatch(word) \
                or word in ("delegue", "deleguee", "general", "generale", "special", "speciale",
                        "executif", "executive", "adjoint", "adjointe"):
            j += 1
        else:
            break
    return j, country
