"""What a name that is not a full one points back to: "la Banque" (the last fuller mention
with that head), "le président du conseil de la région" (the region named before), "la
mairesse de la ville" (the city), and a body described instead of named: "le groupe
italien", "l'Université espagnole", "la société française". The article named it before
("… l'usine de Lumatek …, le groupe allemand a signé"); the description points back to the
last body it fits — one of the same head, or any company for a company's descriptor — of
the country it gives, and names nobody when none fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .complements import _adjectives
from .grammar import _acronym_after, _cap, _name_case, _proper_run, _Reader
from .knowledge import KnowledgeBase
from .names import Mention
from .normalize import fold, key
from .personlike import _looks_like_person
from .places import city_region
from .words import COUNTRIES, DESCRIPTORS, FINANCIAL, INSTITUTION_WORDS, nationality

__all__ = ["DEFINITE", "UNNAMED_REGION", "announces_signing", "city_before",
           "company_by_nationality",
           "described_body", "describes",
           "financial_description", "kind_of_the_two", "region_before", "resolve_bare"]

# "le groupe italien" points back; "un groupe italien" introduces one
DEFINITE = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "du", "au", "aux"}
COMPANY_KINDS = {"company", "other"}


# Adjectives that place a body above countries: "l'organisation onusienne", "la banque
# panafricaine" point back to the international body named before
SUPRANATIONAL = re.compile(r"(?:onusien(?:ne)?|panafricaine?|multilaterale?|internationale?|"
                           r"intergouvernementale?|mondiale?)s?|multilateraux|internationaux")


# The heads of the bodies that lend ("l'institution financière" points back to one)
LENDER_HEADS = {"banque", "bank", "fonds", "agence", "caisse", "fund", "corporation"}
# Adjectives that make a head the name of a country's one body of that kind
INSTITUTIONAL = {"central", "centrale", "federal", "federale", "royal", "royale"}


def describes(r: _Reader, i: int, end: int, acronym: str | None) -> bool:
    """The head at token i, followed up to `end` by lower-case adjectives only, one of them
    a nationality ("le groupe immobilier marocain"): a description, not a name."""
    if acronym or end <= i + 1:
        return False
    words = r.t[i + 1:end]
    if any(_cap(t) or (not t.is_alpha and t.text != "-") or (
            t.pos_ in ("ADP", "DET", "PROPN", "VERB", "AUX", "PRON", "CCONJ")
            and not nationality(fold(t.text)) and not SUPRANATIONAL.fullmatch(fold(t.text)))
           for t in words):
        return False  # "l'Institut français de la mer": a complement makes it a name
    if r.low(end) in ("(", "pour", "de", "du", "des", "d'", "au", "aux") or (
            end < r.n and r.t[end].text.lower() == "à"):
        return False  # "l'agence française pour le développement (AFD)": a name goes on
    if any(fold(t.text) in INSTITUTIONAL for t in words):
        return False  # "la Banque centrale qatarie": the name of the one such body there
    if _cap(r.t[i]) and i > 0 and r.t[i - 1].text[:1].islower() and any(
            fold(t.text) in ("national", "nationale") for t in words):
        return False  # "de la Compagnie pétrolière nationale nigériane": named, capital
    nationalities = [t for t in words if nationality(fold(t.text))]
    if not nationalities and len(words) == 1 and SUPRANATIONAL.fullmatch(fold(words[0].text)):
        return True  # "l'organisation onusienne": the international body named before
    if r.low(i) not in DESCRIPTORS and len(nationalities) < len(words):
        return False  # "l'académie diplomatique émiratie": a body's name in lower case
    return bool(nationalities)


def announces_signing(r: _Reader, j: int) -> bool:
    """ "X annonce la signature", "X a annoncé hier la signature": what a company's release
    says of itself; X is a body whatever the tagger says."""
    k = j + 1 if r.low(j) in ("a", "ont") else j
    if r.low(k) not in ("annonce", "annoncent"):
        return False
    return any(r.low(w) == "signature" for w in range(k + 1, min(r.n, k + 5)))


def company_by_nationality(r: _Reader, i: int, determiner: str) -> tuple[Mention, int] | None:
    """ "l'espagnol Grupo Antolín", "le japonais Sumida Electric": a nationality for a noun,
    then a name: a company of that country (not "le Sénégalais Amadou X", a person)."""
    code = nationality(r.low(i)) if not _cap(r.t[i]) else None
    if code is None and r.low(i) in ("sud", "nord") and r.low(i + 1) == "-" and \
            not _cap(r.t[i]):  # "le sud-coréen X", as the tokenizer splits it
        code, i = nationality(f"{r.low(i)}-{r.low(i + 2)}"), i + 2
    if code is None or determiner not in ("le", "l'", "la", "au", "du") or i + 1 >= r.n or \
            not _cap(r.t[i + 1]) or r.low(i + 1) in COUNTRIES:
        return None
    run = _proper_run(r, i + 1, joins_et=True)
    if run == i + 1 or _looks_like_person(r, i + 1, run):
        return None
    run2, acronym, alias = _acronym_after(r, run)
    return Mention(_name_case(r.text(i + 1, run)), r.t[i + 1].idx,
                   r.t[run2 - 1].idx + len(r.t[run2 - 1].text), "company", False, acronym,
                   [alias] if alias else [], code, head="societe",
                   extra={"proper": True, "weak": False}), run2


def named_after_description(r: _Reader, i: int, end: int) -> tuple[Mention, int] | None:
    """ "le géant français du développement de logiciels dans la santé, Cegedim, …": a
    company described first, its name after the comma that closes the description (no
    verb on the way; not a place, not a person)."""
    if r.low(i) not in DESCRIPTORS or _cap(r.t[i]):
        return None
    country = nationality(r.low(end))  # "le géant français …"
    k = end
    while k < min(r.n, end + 20) and r.low(k) != ",":
        if r.t[k].pos_ in ("VERB", "AUX") or r.low(k) in (".", ";", ":", "(", ")") or \
                _cap(r.t[k]):
            return None  # (not "les sociétés A, B et C": names, not a description)
        k += 1
    if k + 1 >= r.n or r.low(k) != "," or not _cap(r.t[k + 1]):
        return None
    run = _proper_run(r, k + 1)
    if run == k + 1 or r.low(run) not in (",", ".", ")") or _looks_like_person(r, k + 1, run) \
            or fold(r.text(k + 1, run)) in COUNTRIES or city_region(r.text(k + 1, run)):
        return None
    return Mention(_name_case(r.text(k + 1, run)), r.t[i].idx,  # from the description on
                   r.t[run - 1].idx + len(r.t[run - 1].text), "company", False,
                   country=country, head=r.low(i), extra={"proper": True, "weak": False}), run


def described_body(mention: Mention, history: list[Mention]) -> Mention | None:
    """The body named before that a description fits, the latest first; None when none
    does (the description then names nobody)."""
    company = mention.head in DESCRIPTORS
    for earlier in reversed(history):
        if earlier is mention or earlier.vague or earlier.bare or earlier.person is not None \
                and earlier.kind == "other":
            continue
        if mention.extra.get("financial") and not (
                earlier.kind == "international" or earlier.head in LENDER_HEADS):
            continue  # "l'institution financière": a bank or a fund, not any body
        fits = earlier.head == mention.head or (company and (
            earlier.kind in COMPANY_KINDS or earlier.head in DESCRIPTORS)) or (
            mention.kind == "international" and earlier.kind == "international")
        if not fits or earlier.extra.get("state") or earlier.kind == "ministry":
            continue
        if mention.country and earlier.country not in (None, mention.country):
            continue
        if mention.country and mention.country != "MA" and earlier.country is None \
                and earlier.kb_id is not None:
            continue  # a body the base knows, Moroccan unless it says otherwise
        return earlier
    return None


def kind_of_the_two(phrase: str) -> Callable[[Mention], bool]:
    """What "les deux ministres", "les deux chefs de gouvernement" can point back to: a
    ministry named in full, a government or a state; anything for "les deux parties"."""
    if re.search(r"\bministres\b", phrase):
        return lambda m: m.kind == "ministry" and not m.bare and fold(m.name) != "ministere"
    if re.search(r"\b(?:chefs|gouvernements|presidents|dirigeants)\b", phrase):
        return lambda m: m.head == "gouvernement" or bool(m.extra.get("state")) \
            or bool(m.extra.get("government"))
    return lambda m: True


def resolve_bare(mention: Mention, history: list[Mention]) -> Mention | None:
    """ "la Banque" -> the last fuller mention with the same head noun; "le ministre du
    Tourisme" -> the ministry whose full name starts so; "ADM" -> the name it abbreviates."""
    if mention.extra.get("descriptor"):
        return described_body(mention, history)
    if mention.head == "etablissement" and mention.vague and mention.person is None:
        # "L'établissement public à vocation sociale et le Conseil X ont signé", after "la
        # Caisse nationale de sécurité sociale": the public body named last
        return next((e for e in reversed(history) if e.kind == "public-body" and not (
            e.vague or e.bare or e.person or e.head == "etablissement")
            and e.country in (None, "MA")), None)
    short = fold(mention.name)
    # "l'UMP d'Oujda", "la BAD pour le Maroc", "l'AMDL Maroc": a known acronym and where it sits
    located = re.match(r"([A-Z][A-Z0-9&-]+)\s+(?:de |d'|du |pour |Maroc$)", mention.name)
    for earlier in reversed(history):
        if earlier.acronym and mention.name == earlier.acronym and earlier.name != \
                mention.name and mention.country in (None, earlier.country):
            return earlier  # "le CSIC" after "le Conseil supérieur … (CSIC) d'Espagne"
        if (earlier.country or "MA") != (mention.country or "MA") and not (
                mention.bare and mention.country is None and mention.kind != "ministry"):
            continue  # "son homologue comorien" is not the Moroccan ministry; "le Fonds"
            # after "le Fonds koweïtien" is that one
        if earlier.acronym and mention.name == earlier.acronym and earlier.name != mention.name:
            return earlier
        if len(mention.name.split()) == 1 and not mention.acronym and mention.name in \
                earlier.aliases and earlier.name != mention.name:
            return earlier  # "l'Anapec" after "l'Agence nationale … (Anapec)"
        if located and (earlier.acronym == located.group(1) or _spells(located.group(1),
                                                                      earlier.name)):
            return earlier  # "l'UM5 de Rabat" after "l'Université Mohammed V de Rabat"
        if mention.head == "wilaya" and mention.bare and earlier.head == "region" \
                and not earlier.bare and not earlier.vague:
            # "le wali de la région", the region named earlier: its Wilaya
            return Mention("Wilaya de la " + re.sub(r"^R[ée]gion\b", "région", earlier.name),
                           mention.start, mention.end, "public-body", True, head="wilaya")
        if earlier.vague or earlier is mention or earlier.head != mention.head:
            continue
        if mention.bare and not earlier.bare:
            return earlier
        longer = fold(earlier.name)
        if not mention.bare and len(longer) > len(short) and longer.startswith(short) \
                and longer[len(short)] in ",( " and not mention.acronym:
            return earlier
    return None


ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}


def _spells(acronym: str, name: str) -> bool:
    """The acronym is the initials of the name's first words, a king's numeral as a digit."""
    words = [w for w in re.findall(r"[\w-]+", fold(name))
             if w not in ("de", "du", "des", "la", "le", "les", "l", "d", "et", "pour")]
    initials = "".join(ROMAN.get(w, w[0]) for w in words).upper()
    return len(acronym) >= 3 and len(words) >= 3 and initials.startswith(acronym.upper())


UNNAMED_REGION = re.compile(r"(?:conseil (?:de la |du )?region|conseil regional|region|"
                            r"wilaya(?: de la region)?)$")


def region_before(text: str, mention: Mention, kb: KnowledgeBase) -> Mention | None:
    """ "le président du conseil de la région" after "la région de Fès-Meknès": that
    region's council (the region the article last named before it)."""
    from .places import REGIONS

    names = {re.sub(r"^l ", "", key(name)): name for name in REGIONS}
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len,
                                                                         reverse=True))
                         + r")\b")
    found = list(pattern.finditer(key(text[:mention.start])))
    if not found:
        return None
    region = names[found[-1].group(1)]
    head = "wilaya" if fold(mention.name).startswith("wilaya") else "conseil"  # "la wilaya"
    # "la région de l'Oriental" as the press and the base write it, not "région L'Oriental"
    spelt = f"de l'{region[2:]}" if region.startswith("L'") else region
    named = Mention(f"{head.capitalize()} de la région {spelt}", mention.start, mention.end,
                    "public-body", True, head=head)
    named.kb_id = kb.link_org(named)
    return named


def city_before(text: str, mention: Mention, kb: KnowledgeBase) -> Mention | None:
    """ "la mairesse de la ville" after "Marrakech …": the commune of the city the article
    names most before it (the last one on a tie)."""
    from collections import Counter

    from .places import find_places

    found = [f.value["place"] for f in find_places(text, 0, mention.start)]
    if not found:
        return None
    counts = Counter(found)
    city = max(reversed(found), key=lambda c: counts[c])
    head = {"province": "Province", "prefecture": "Préfecture"}.get(mention.head, "Commune")
    named = Mention(f"{head} de {city}" if city[:1].lower() not in "aeiouyéèh"
                    else f"{head} d'{city}", mention.start, mention.end, "public-body", True,
                    head=mention.head if head != "Commune" else "commune")
    named.kb_id = kb.link_org(named)
    if named.kb_id is None and mention.head == "conseil":  # as the base names communes
        named.name += " (Conseil communal)"
    return named


def financial_description(r: _Reader, i: int, determiner: str) -> tuple[Mention, int] | None:
    """ "L'institution financière a finalisé …", "l'établissement bancaire": the lender the
    article named before (`described_body` finds it), not a body of its own."""
    if r.low(i) not in INSTITUTION_WORDS or determiner not in DEFINITE:
        return None
    end = _adjectives(r, i + 1)[0]
    if not all(r.low(k) in FINANCIAL for k in range(i + 1, end)):
        return None
    return Mention(_name_case(r.text(i, end)), r.t[i].idx,
                   r.t[end - 1].idx + len(r.t[end - 1].text), "other", False, head=r.low(i),
                   bare=True, extra={"descriptor": True, "financial": end > i + 1}), end
