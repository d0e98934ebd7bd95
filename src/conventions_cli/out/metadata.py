"""Datasette's metadata for the database, derived from the one table declaration.

A table page should open on its rows, as a newsroom's table does: Datasette would print
every column's description above them (29 lines for agreements). Here each table's
description ends with the column descriptions folded in one "Columns" line a reader opens
when needed, the list Datasette draws is hidden by a one-rule stylesheet, and each
column's description stays in the menu of its header.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote

from ..db.tables import AGREEMENTS, FTS_TABLE, STEM_TABLE, TABLES

TITLE = "Signed public agreements in Morocco"
DESCRIPTION = ("Conventions-cadres, partnership conventions, memoranda and programme contracts "
               "signed by Moroccan public bodies, curated by hand from press reports. "
               "Each agreement lists its parties, funding, period, jobs promised and sources.")
SOURCE = "conv knowledge base (data/), curated from press reports"
LICENSE = "MIT"
LICENSE_TITLE = "MIT License"
LICENSE_URL = "https://opensource.org/licenses/MIT"


# Datasette draws metadata's column descriptions as a <dl class="column-descriptions">
# above the rows; they are in description_html (folded) and in each header's menu instead.
HIDE_COLUMN_LIST = "data:text/css," + quote("dl.column-descriptions{display:none}")


# The most frequent values of each facet, and a link to the rest: the rows stay on the
# first screen.
FACET_SIZE = 5


def _described(description: str, columns: dict[str, str]) -> str:
    """The table's description, then its columns' descriptions folded under one line."""
    rows = "".join(f"<dt>{escape(name)}</dt><dd>{escape(text)}</dd>"
                   for name, text in columns.items())
    return (f"<p>{escape(description)}</p><details class=\"conv-columns\"><summary>Columns: "
            f"what each of the {len(columns)} holds</summary><dl>{rows}</dl></details>")


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata.json for the database named ``database`` (the file's stem)."""
    tables: dict[str, Any] = {}
    for table in TABLES:
        columns = {c.name: c.description + (" (a list)" if c.array else "")
                   for c in table.columns}
        entry: dict[str, Any] = {
            "description": table.description,
            "description_html": _described(table.description, columns),
            "columns": columns,
        }
        facets: list[Any] = [{"array": c.name} if c.array else c.name
                             for c in table.columns if c.facet]
        if facets:
            entry["facets"] = facets
            entry["facet_size"] = FACET_SIZE
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
        "extra_css_urls": [HIDE_COLUMN_LIST],
        "databases": {database: {"title": TITLE, "tables": tables}},
    }
