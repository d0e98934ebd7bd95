"""The other country of a bilateral article, and how a state and its ministries are named.

Moroccan press often leaves the foreign side implicit: "Les deux pays ont signé trois
accords", "le ministre A et son homologue, B, ont signé", where the other country is named
once elsewhere ("lors de la visite du président ghanéen", "Le Maroc et le Ghana …"). When
the article names exactly one foreign country, that one is the other side; with none or
several, nobody is guessed. A foreign ministry is named as the base names them:
"Ministère de l'Agriculture (Sénégal)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .normalize import fold, key
from .words import COUNTRIES, GEO_WORDS, MULTIWORD_COUNTRIES, NATIONALITIES, masculine, nationality

__all__ = ["COUNTRY_NAMES", "country_name", "foreign_name", "ministry_named", "other_country"]

# ISO 3166-1 code -> the country's usual French name (CLDR's, the common form).
COUNTRY_NAMES = {
    "AE": "Émirats arabes unis", "AG": "Antigua-et-Barbuda", "AL": "Albanie", "AM": "Arménie",
    "AO": "Angola", "AR": "Argentine", "AT": "Autriche", "AU": "Australie",
    "AZ": "Azerbaïdjan", "BA": "Bosnie-Herzégovine", "BD": "Bangladesh", "BE": "Belgique",
    "BF": "Burkina Faso", "BG": "Bulgarie", "BH": "Bahreïn", "BI": "Burundi", "BJ": "Bénin",
    "BO": "Bolivie", "BR": "Brésil", "BW": "Botswana", "CA": "Canada",
    "CD": "République démocratique du Congo", "CF": "République centrafricaine",
    "CG": "Congo", "CH": "Suisse", "CI": "Côte d'Ivoire", "CL": "Chili", "CM": "Cameroun",
    "CN": "Chine", "CO": "Colombie", "CR": "Costa Rica", "CU": "Cuba", "CV": "Cap-Vert",
    "CY": "Chypre", "CZ": "Tchéquie", "DE": "Allemagne", "DJ": "Djibouti", "DK": "Danemark",
    "DO": "République dominicaine", "DZ": "Algérie", "EC": "Équateur", "EE": "Estonie",
    "EG": "Égypte", "ER": "Érythrée", "ES": "Espagne", "ET": "Éthiopie", "FI": "Finlande",
    "FR": "France", "GA": "Gabon", "GB": "Royaume-Uni", "GE": "Géorgie", "GH": "Ghana",
    "GM": "Gambie", "GN": "Guinée", "GQ": "Guinée équatoriale", "GR": "Grèce",
    "GT": "Guatemala", "GW": "Guinée-Bissau", "HK": "Hong Kong", "HR": "Croatie",
    "HU": "Hongrie", "ID": "Indonésie", "IE": "Irlande", "IL": "Israël", "IN": "Inde",
    "IQ": "Irak", "IR": "Iran", "IS": "Islande", "IT": "Italie", "JO": "Jordanie",
    "JP": "Japon", "KE": "Kenya", "KM": "Comores", "KN": "Saint-Kitts-et-Nevis",
    "KP": "Corée du Nord", "KR": "Corée du Sud", "KW": "Koweït", "KZ": "Kazakhstan",
    "LB": "Liban", "LC": "Sainte-Lucie", "LK": "Sri Lanka", "LR": "Liberia",
    "LT": "Lituanie", "LU": "Luxembourg", "LV": "Lettonie", "LY": "Libye", "MA": "Maroc",
    "ME": "Monténégro", "MG": "Madagascar", "MH": "Îles Marshall", "MK": "Macédoine du Nord",
    "ML": "Mali", "MN": "Mongolie", "MR": "Mauritanie", "MT": "Malte", "MU": "Maurice",
    "MW": "Malawi", "MX": "Mexique", "MY": "Malaisie", "MZ": "Mozambique", "NA": "Namibie",
    "NE": "Niger", "NG": "Nigeria", "NL": "Pays-Bas", "NO": "Norvège",
    "NZ": "Nouvelle-Zélande", "OM": "Oman", "PA": "Panama", "PE": "Pérou",
    "PG": "Papouasie-Nouvelle-Guinée", "PH": "Philippines", "PK": "Pakistan", "PL": "Pologne",
    "PS": "Palestine", "PT": "Portugal", "PY": "Paraguay", "QA": "Qatar", "RO": "Roumanie",
    "RS": "Serbie", "RU": "Russie", "RW": "Rwanda", "SA": "Arabie saoudite",
    "SB": "Îles Salomon", "SC": "Seychelles", "SD": "Soudan", "SE": "Suède",
    "SG": "Singapour", "SI": "Slovénie", "SK": "Slovaquie", "SL": "Sierra Leone",
    "SN": "Sénégal", "SO": "Somalie", "SR": "Suriname", "SS": "Soudan du Sud",
    "ST": "Sao Tomé-et-Principe", "SV": "Salvador", "SY": "Syrie", "TD": "Tchad",
    "TG": "Togo", "TH": "Thaïlande", "TL": "Timor oriental", "TN": "Tunisie", "TR": "Turquie",
    "TT": "Trinité-et-Tobago", "TZ": "Tanzanie", "UA": "Ukraine", "UG": "Ouganda",
    "US": "États-Unis", "UY": "Uruguay", "UZ": "Ouzbékistan",
    "VC": "Saint-Vincent-et-les-Grenadines", "VE": "Venezuela", "VN": "Viêt Nam",
    "YE": "Yémen", "ZA": "Afrique du Sud", "ZM": "Zambie", "ZW": "Zimbabwe"}


def country_name(code: str) -> str:
    return COUNTRY_NAMES.get(code.upper(), code.upper())


def foreign_name(name: str, code: str | None) -> str:
    """ "Ministère de l'Agriculture" of Senegal -> "Ministère de l'Agriculture (Sénégal)";
    Morocco's, or a name that already says its country, as it is."""
    if not code or code.upper() == "MA" or re.search(r"\([^)]*\)\s*$", name):
        return name
    return f"{name} ({country_name(code)})"


def ministry_named(name: str, code: str | None) -> tuple[str, list[str]]:
    """A foreign ministry named as the base names them, with the press's spelling as an
    alias: "Ministère sénégalais de l'Agriculture" -> "Ministère de l'Agriculture (Sénégal)",
    ["Ministère sénégalais de l'Agriculture"] ("Ministère marocain de X": "Ministère de
    X"); "Ministère de la Pêche" of Ghana ("le
    ministère de la Pêche du Ghana") -> "Ministère de la Pêche (Ghana)"."""
    words = name.split(" ")
    if code and code.upper() == "MA" and len(words) > 2 and nationality(fold(words[1])) == "MA":
        # "Ministère marocain de la Santé": the base's "Ministère de la Santé"
        return " ".join(words[:1] + words[2:]), [name]
    if not code or code.upper() == "MA" or re.search(r"\([^)]*\)\s*$", name):
        return name, []
    if len(words) > 2 and nationality(fold(words[1])) == code.upper():
        return foreign_name(" ".join(words[:1] + words[2:]), code), [name]
    if any(nationality(fold(w)) == code.upper() for w in words[2:4]):
        return name, []  # "Ministère fédéral allemand de …": its name says its country
    return foreign_name(name, code), []


def _codes_of(tokens: Iterable[Any]) -> list[str]:
    """The countries the tokens name: a capitalised country name ("le Ghana", "Burkina
    Faso") or a nationality adjective in lower case ("le président ghanéen")."""
    words = [t for t in tokens if not t.is_space]
    found: list[str] = []
    i = 0
    while i < len(words):
        text = words[i].text
        low = fold(text)
        several = None
        if text[:1].isupper():
            for end in range(min(len(words), i + 6), i + 1, -1):
                code = MULTIWORD_COUNTRIES.get(key(" ".join(t.text for t in words[i:end])))
                if code is not None:
                    several = (end, code)
                    break
        if several is not None:
            found.append(several[1])
            i = several[0]
            continue
        if text[:1].isupper() and low in COUNTRIES and low not in ("cote", "royaume",
                                                                   "sierra", "emirats"):
            found.append(COUNTRIES[low])
        elif text[:1].islower():
            for form in (low, masculine(low), re.sub(r"s$", "", low)):
                if form in NATIONALITIES:
                    found.append(NATIONALITIES[form])
                    break
        i += 1
    return found


def other_country(states: Iterable[str | None], tokens: Iterable[Any]) -> str | None:
    """The one foreign country of the article: the state it names as a party, else the one
    country (by name or nationality) its text names; None when there are none or several."""
    named = {c for c in states if c and c != "MA"}
    if len(named) == 1:
        return next(iter(named))
    if named:
        return None
    seen = {c for c in _codes_of(tokens) if c != "MA"}
    return next(iter(seen)) if len(seen) == 1 else None


def is_geographic(name: str) -> bool:
    """ "Afrique du Nord", "Moyen-Orient", "MENA": a part of the world, not an organization."""
    words = [w for w in re.findall(r"[a-z-]+", fold(name))
             if w not in ("de", "du", "des", "la", "le", "l", "et", "d")]
    return bool(words) and all(w in GEO_WORDS or w in COUNTRIES for w in words)


# "Ministère des Maliens de l'extérieur", "… des Sénégalais résidant à l'étranger": the
# country whose people abroad the portfolio serves
DIASPORA = re.compile(r"\bdes (\w+) (?:de l'exterieur|residant a l'etranger|residents a "
                      r"l'etranger|du monde|de la diaspora|etablis a l'etranger)\b")


def diaspora_country(name: str) -> str | None:
    found = DIASPORA.search(fold(name).replace("\u2019", "'"))
    return nationality(found[1]) if found else None
