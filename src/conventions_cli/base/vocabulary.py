"""The closed lists of the data format: the values a kind, a type or a role may take."""

# state: a State or its government as a whole, when a report names no department.
ORG_KINDS = ("ministry", "state", "public-body", "federation", "association", "company",
             "network", "cluster", "international", "other")
AGREEMENT_TYPES = ("convention-cadre", "convention-partenariat", "protocole-accord",
                   "memorandum", "contrat-programme", "accord", "avenant", "other")
ROLES = ("signatory", "partner", "beneficiary", "funder", "witness")
STATUSES = ("signed", "in-force", "completed", "terminated", "superseded")
