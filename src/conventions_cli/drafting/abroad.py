"""Places abroad: the capitals of the world as the French press writes them, and the places
abroad the knowledge base already records agreements or events at. "signé lundi à Dakar",
"paraphé au Caire", "à New Delhi": a place of signing, kept without a region.

A capitalized word after "à" that neither list knows may still be a place (see
`occasion`), but then with a TODO; a name either list holds is a place as sure as a
Moroccan city of the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .normalize import fold, key

__all__ = ["CAPITALS", "CAPITAL_OF", "known_abroad"]

# As the French press spells them; several for the cities it spells several ways.
CAPITALS = (
    # Africa
    "Dakar", "Nouakchott", "Bamako", "Niamey", "Ouagadougou", "Abidjan", "Yamoussoukro",
    "Accra", "Lomé", "Cotonou", "Porto-Novo", "Abuja", "Lagos", "Conakry", "Freetown",
    "Monrovia", "Banjul", "Bissau", "Praia", "Libreville", "Malabo", "Yaoundé", "Douala",
    "N'Djamena", "Bangui", "Brazzaville", "Kinshasa", "Luanda", "Kigali", "Bujumbura",
    "Nairobi", "Kampala", "Dodoma", "Dar es Salaam", "Addis-Abeba", "Addis Abeba",
    "Djibouti", "Asmara", "Mogadiscio", "Khartoum", "Juba", "Le Caire", "Alexandrie",
    "Tripoli", "Tunis", "Alger", "Oran", "Lusaka", "Harare", "Lilongwe", "Maputo",
    "Antananarivo", "Port-Louis", "Moroni", "Victoria", "Windhoek", "Gaborone", "Pretoria",
    "Johannesburg", "Le Cap", "Maseru", "Mbabane", "Sao Tomé", "Malabo",
    # Middle East and Asia
    "Riyad", "Riad", "Djeddah", "Abou Dhabi", "Abu Dhabi", "Dubaï", "Doha", "Manama",
    "Koweït City", "Mascate", "Sanaa", "Amman", "Beyrouth", "Damas", "Bagdad", "Téhéran",
    "Ankara", "Istanbul", "Jérusalem", "Tel Aviv", "Ramallah", "Bakou", "Tbilissi", "Erevan",
    "Astana", "Tachkent", "Islamabad", "New Delhi", "Delhi", "Bombay", "Dacca", "Colombo",
    "Katmandou", "Pékin", "Beijing", "Shanghai", "Séoul", "Tokyo", "Oulan-Bator", "Hanoï",
    "Bangkok", "Kuala Lumpur", "Singapour", "Jakarta", "Manille", "Phnom Penh", "Vientiane",
    # Europe
    "Paris", "Madrid", "Lisbonne", "Londres", "Bruxelles", "Amsterdam", "La Haye",
    "Luxembourg", "Berlin", "Berne", "Genève", "Vienne", "Rome", "Athènes", "Dublin",
    "Copenhague", "Oslo", "Stockholm", "Helsinki", "Reykjavik", "Varsovie", "Prague",
    "Bratislava", "Budapest", "Bucarest", "Sofia", "Belgrade", "Zagreb", "Ljubljana",
    "Sarajevo", "Podgorica", "Tirana", "Skopje", "Chisinau", "Kiev", "Kyiv", "Minsk",
    "Moscou", "Vilnius", "Riga", "Tallinn", "La Valette", "Nicosie", "Strasbourg",
    "Séville", "Barcelone", "Marseille",
    # Americas and Oceania
    "Washington", "New York", "Ottawa", "Montréal", "Mexico", "La Havane", "Brasilia",
    "Buenos Aires", "Santiago", "Lima", "Bogota", "Caracas", "Quito", "Montevideo",
    "Asuncion", "Asunción", "La Paz", "Sucre", "Panama", "Guatemala City", "San Salvador",
    "Tegucigalpa", "Managua", "San José", "Saint-Domingue", "Port-au-Prince", "Kingston",
    "Bridgetown", "Port of Spain", "Georgetown", "Paramaribo", "Rio de Janeiro", "São Paulo",
    "Sao Paulo", "Canberra", "Wellington", "Suva",
    # and further in Asia
    "Dhaka", "Kaboul", "Achgabat", "Bichkek", "Douchanbé", "Naypyidaw", "Dili", "Osaka",
)


# the State a capital stands for when the press makes it the subject ("Rabat et Dakar ont
# signé …"), by folded name
CAPITAL_OF = {
    "rabat": "MA", "dakar": "SN", "nouakchott": "MR", "bamako": "ML", "niamey": "NE",
    "ouagadougou": "BF", "abidjan": "CI", "accra": "GH", "lome": "TG", "cotonou": "BJ",
    "abuja": "NG", "conakry": "GN", "libreville": "GA", "yaounde": "CM", "n'djamena": "TD",
    "brazzaville": "CG", "kinshasa": "CD", "kigali": "RW", "nairobi": "KE", "le caire": "EG",
    "tunis": "TN", "alger": "DZ", "tripoli": "LY", "pretoria": "ZA", "riyad": "SA",
    "abou dhabi": "AE", "abu dhabi": "AE", "doha": "QA", "manama": "BH", "mascate": "OM",
    "amman": "JO", "ankara": "TR", "pekin": "CN", "beijing": "CN", "seoul": "KR",
    "tokyo": "JP", "new delhi": "IN", "paris": "FR", "madrid": "ES", "lisbonne": "PT",
    "londres": "GB", "bruxelles": "BE", "berlin": "DE", "rome": "IT", "moscou": "RU",
    "washington": "US", "ottawa": "CA", "brasilia": "BR", "buenos aires": "AR",
}


@lru_cache(maxsize=8)
def _names_re(known: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    spelled: dict[str, str] = {}
    for name in (*known, *CAPITALS):  # the base's own spelling first
        spelled.setdefault(key(name), name)
    folded = sorted({fold(n) for n in (*known, *CAPITALS)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                            for n in folded)
    return re.compile(rf"(?:{alternatives})\b"), spelled


def known_abroad(low: str, at: int, known: Iterable[str] = ()) -> tuple[str, int] | None:
    """The place abroad that the folded text `low` names at `at` ("dakar", "new delhi"), as
    the base (else the list) spells it, and where its name ends; None when neither knows it.
    `known` is the places the base records, Moroccan ones left out."""
    from .places import city_region

    abroad = tuple(sorted({p for p in known if p and city_region(p) is None}))
    pattern, spelled = _names_re(abroad)
    found = pattern.match(low, at)
    if found is None:
        return None
    return spelled.get(key(found.group(0)), found.group(0)), found.end()
