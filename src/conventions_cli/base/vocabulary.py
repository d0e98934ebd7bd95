"""The closed lists of the data format: the values a kind, a type or a role may take."""

# state: a State or its government as a whole, when a report names no department.
ORG_KINDS = ("ministry", "state", "public-body", "federation", "association", "company",
             "network", "cluster", "international", "other")
AGREEMENT_TYPES = ("convention-cadre", "convention-partenariat", "protocole-accord",
                   "memorandum", "contrat-programme", "accord", "avenant", "other")
ROLES = ("signatory", "partner", "beneficiary", "funder", "witness")
STATUSES = ("signed", "in-force", "completed", "terminated", "superseded")


# The French words curators write for the values of the closed lists (they read French; the
# lists are English): each the value it means, as a hint. Keys folded (no accents, case or
# hyphens), as ``meant`` reads a value.
FRENCH_VALUES = {
    "signataire": "signatory", "partenaire": "partner", "beneficiaire": "beneficiary",
    "bailleur": "funder", "financeur": "funder", "bailleur de fonds": "funder",
    "temoin": "witness", "ministere": "ministry", "etat": "state",
    "etablissement public": "public-body", "organisme public": "public-body",
    "federation": "federation", "entreprise": "company", "societe": "company",
    "reseau": "network", "internationale": "international", "autre": "other",
    "signe": "signed", "signee": "signed", "en vigueur": "in-force", "acheve": "completed",
    "resilie": "terminated", "remplace": "superseded",
}


def meant(folded: str, choices: tuple[str, ...]) -> str | None:
    """The value of ``choices`` a French word (folded, hyphens as spaces) stands for."""
    french = FRENCH_VALUES.get(" ".join(folded.replace("-", " ").split()))
    return french if french in choices else None


# What the press and curators write for a currency instead of its ISO 4217 code (folded).
CURRENCY_WORDS = {
    "dh": "MAD", "dhs": "MAD", "dirham": "MAD", "dirhams": "MAD", "mdh": "MAD",
    "mmdh": "MAD", "€": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "us$": "USD",
    "dollar": "USD", "dollars": "USD", "£": "GBP", "livre sterling": "GBP",
    "livres sterling": "GBP", "yen": "JPY", "yuan": "CNY", "yuans": "CNY", "rmb": "CNY",
    "franc suisse": "CHF", "francs suisses": "CHF", "fcfa": "XOF", "franc cfa": "XOF",
}


def currency_meant(folded: str) -> str | None:
    """The ISO 4217 code a currency's name or sign (folded) is written for: DH -> MAD."""
    return CURRENCY_WORDS.get(" ".join(folded.split()))


# The keys curators write in French: each the keys of the format it may stand for, the
# first that the mapping at hand has being offered (a date is signed_on in an agreement,
# published_on in a source, start in an event).
FRENCH_KEYS = {
    "identifiant": ("id",), "titre": ("title",), "intitule": ("title",),
    "date": ("signed_on", "published_on", "start"), "date de signature": ("signed_on",),
    "signe le": ("signed_on",), "lieu": ("place",), "ville": ("place",),
    "parties prenantes": ("parties",), "partenaires": ("parties",),
    "montant": ("funding", "amount", "total"), "financement": ("funding",),
    "devise": ("currency",), "monnaie": ("currency",), "periode": ("period",),
    "duree": ("period",), "debut": ("start",), "fin": ("end",), "emplois": ("jobs",),
    "emploi": ("jobs",), "directs": ("direct",), "horizon": ("by",), "echeance": ("by",),
    "secteurs": ("sectors",), "secteur": ("sectors",), "evenement": ("event",),
    "suite de": ("follows",), "suit": ("follows",), "resume": ("summary",),
    "statut": ("status",), "etat": ("status",), "modifie": ("amends",),
    "signataires": ("signatories",), "organisme": ("org",), "organisation": ("org",),
    "personne": ("person",), "fonction": ("title",), "nom": ("name",),
    "sigle": ("acronym",), "pays": ("country",), "nature": ("kind", "type"),
    "genre": ("kind", "type"), "editeur": ("publisher",), "journal": ("publisher",),
    "media": ("publisher",), "publie le": ("published_on",),
    "date de publication": ("published_on",), "lien": ("url",), "adresse": ("url",),
    "autres noms": ("aliases",), "alias": ("aliases",),
}


def key_meant(folded: str, keys: tuple[str, ...] | list[str]) -> str | None:
    """The key of ``keys`` a French key (folded; _ and - as spaces) stands for."""
    for key in FRENCH_KEYS.get(" ".join(folded.replace("_", " ").replace("-", " ").split()),
                               ()):
        if key in keys:
            return key
    return None
