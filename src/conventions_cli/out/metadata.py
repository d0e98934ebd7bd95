"""Datasette's metadata for the database, derived from the one table declaration."""

from __future__ import annotations

from typing import Any

from ..db.tables import AGREEMENTS, FTS_TABLE, STEM_TABLE, TABLES

TITLE = "Signed public agreements in Morocco"
DESCRIPTION = ("Conventions-cadres, partnership conventions, memoranda and programme contracts "
               "signed by Moroccan public bodies, curated by hand from press reports. "
               "Each agreement lists its parties, funding, period, jobs promised and sources.")
SOURCE = "conv knowledge base (data/), curated from press reports"
LICENSE = "MIT"
LICENSE_TITLE = "MIT License"
LICENSE_URL = "https://opensource.org/licenses/MIT"


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata.json for the database named ``database`` (the file's stem)."""
    tables: dict[str, Any] = {}
    for table in TABLES:
        entry: dict[str, Any] = {
            "description": table.description,
            "columns": {c.name: c.description + (" (JSON array)" if c.array else "")
                        for c in table.columns},
        }
        facets: list[Any] = [{"array": c.name} if c.array else c.name
                             for c in table.columns if c.facet]
        if facets:
            entry["facets"] = facets
        if table.label:
            entry["label_column"] = table.label
        if table.sort_desc:
            entry["sort_desc"] = table.sort_desc
        if table.hidden:
            entry["hidden"] = True
        tables[table.name] = entry
    tables[AGREEMENTS.name]["fts_table"] = FTS_TABLE
    # The stemmed index serves conv search; Datasette's ?_search= uses the exact one.
    tables[STEM_TABLE] = {"hidden": True}
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": SOURCE,
        "databases": {database: {"title": TITLE, "tables": tables}},
    }
