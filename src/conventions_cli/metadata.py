"""What the tables and columns mean, said once: for Datasette's metadata and data packages."""

from __future__ import annotations

from typing import Any

TITLE = "Signed public agreements in Morocco"
DESCRIPTION = ("Conventions-cadres, partnership conventions, memoranda and programme contracts "
               "signed by Moroccan public bodies, curated by hand from press reports. "
               "Each agreement lists its parties, funding, period, jobs promised and sources.")
SOURCE = "conv knowledge base (data/agreements.yaml), curated from press reports"
LICENSE = "MIT"
LICENSE_TITLE = "MIT License"
LICENSE_URL = "https://opensource.org/licenses/MIT"

TABLES: dict[str, str] = {
    "agreements": "One row per signed agreement: the flat row of conv list, plus event, "
                  "summary and the line in the data file.",
    "organizations": "Every organization that signs or partners: ministries, public bodies, "
                     "federations, companies, networks, foreign partners.",
    "parties": "Who took part in which agreement, and in which role.",
    "sources": "The press reports and communiqués each agreement is taken from.",
    "meta": "How and from which data file this database was built.",
}

COLUMNS: dict[str, dict[str, str]] = {
    "agreements": {
        "id": "Short unique name of the agreement (a slug), as typed in conv show ID",
        "title": "Title, in our own words",
        "type": "convention-cadre, convention-partenariat, protocole-accord, memorandum, "
                "contrat-programme, accord, avenant or other",
        "signed_on": "Date signed: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known",
        "place": "City where it was signed",
        "region": "Region where it was signed",
        "ministries": "Names of the signing ministries (JSON array)",
        "partners": "Names of the other parties (JSON array)",
        "amount": "Funding announced, an integer in currency units",
        "currency": "ISO 4217 currency of amount (MAD: Moroccan dirham)",
        "period_start": "First year of the programme",
        "period_end": "Last year of the programme",
        "jobs_direct": "Direct jobs promised",
        "jobs_by": "Year by which the jobs are promised",
        "sectors": "Sectors concerned (JSON array)",
        "follows": "Id of the earlier agreement this one continues",
        "sources": "Number of sources reporting it",
        "year": "Year signed (from signed_on)",
        "event": "Event where it was signed (a fair, a forum)",
        "summary": "What it is about, in our own words",
        "line": "Line of the agreement in the data file",
    },
    "organizations": {
        "id": "Short unique name (a slug)",
        "name": "Official name",
        "acronym": "Acronym",
        "kind": "ministry, public-body, federation, association, company, network, cluster, "
                "international or other",
        "country": "ISO 3166-1 alpha-2 country code",
        "aliases": "Former names and other spellings (JSON array)",
        "match_key": "Id, name, acronym and aliases, lowercase without accents: "
                     "what conv's filters match",
        "line": "Line of the organization in the data file",
    },
    "parties": {
        "agreement_id": "The agreement",
        "org_id": "The organization",
        "role": "signatory, partner, beneficiary, funder or witness",
        "position": "Order of the party in the agreement (0 first)",
    },
    "sources": {
        "agreement_id": "The agreement reported",
        "position": "Order of the source in the agreement (0 first)",
        "publisher": "Newspaper, site or institution that published it",
        "published_on": "Date published: YYYY-MM-DD, YYYY-MM or YYYY",
        "title": "Headline",
        "url": "Web address",
    },
    "meta": {
        "key": "Name of the build fact",
        "value": "Its value",
    },
}

FACETS: dict[str, list[Any]] = {
    "agreements": ["type", "region", "year", {"array": "sectors"}],
    "organizations": ["kind", "country"],
    "parties": ["role", "org_id"],
    "sources": ["publisher"],
}

LABELS = {"agreements": "title", "organizations": "name"}
SORT_DESC = {"agreements": "signed_on", "sources": "published_on"}


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata.json for the database named ``database`` (the file's stem)."""
    tables: dict[str, Any] = {}
    for table, description in TABLES.items():
        entry: dict[str, Any] = {"description": description, "columns": COLUMNS[table]}
        if table in FACETS:
            entry["facets"] = FACETS[table]
        if table in LABELS:
            entry["label_column"] = LABELS[table]
        if table in SORT_DESC:
            entry["sort_desc"] = SORT_DESC[table]
        tables[table] = entry
    tables["agreements"]["fts_table"] = "agreements_fts"
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": SOURCE,
        "databases": {database: {"title": TITLE, "tables": tables}},
    }
