"""A Datasette plugin, installed with conv: on a conv database's row pages, a foreign key
(follows, org_id, agreement_id) links to the row it names, as it does in table views; and
a list (ministries, partners, sectors, people, aliases: JSON text in SQLite, so that
facets work) is shown as a list of its items, not as ``["…"]``.

Datasette 0.65 links foreign keys in table views only (it expands their labels there); a
row page shows them as plain text. Loaded by Datasette through the "datasette" entry
point when both are installed in the same environment; conv itself never imports it.
"""

from __future__ import annotations

import json
from typing import Any

import markupsafe
from datasette import hookimpl

from ..db.tables import BY_NAME, TABLES

_ARRAYS = {table.name: {c.name for c in table.columns if c.array} for table in TABLES}


def _as_list(value: str) -> Any:
    """A JSON array's items, one per line; anything else as Datasette shows it."""
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    if not items:  # an empty answer would make Datasette show the JSON text
        return markupsafe.Markup('<span class="conv-list"></span>')
    shown = markupsafe.Markup("").join(markupsafe.Markup("<li>{}</li>").format(item)
                                       for item in items)
    return markupsafe.Markup('<ul class="conv-list" style="margin:0;padding-left:1.1em">'
                             '{}</ul>').format(shown)


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Any:
    spec = BY_NAME.get(table or "")
    if spec is None or not isinstance(value, str):
        return None  # not ours, or already an expanded {value, label} of a table view
    if column in _ARRAYS.get(spec.name, ()):
        return _as_list(value)
    target = next((other for name, other, _ in spec.foreign_keys if name == column), None)
    if target is None:
        return None

    async def link() -> Any:
        db = datasette.get_database(database)
        if not await db.table_exists("meta") or not await db.table_exists(target):
            return None
        label_column = BY_NAME[target].label
        label = None
        if label_column:
            found = await db.execute(f"SELECT [{label_column}] FROM [{target}] WHERE id = ?",
                                     [value])
            label = found.first()[0] if found.rows else None
        from datasette.utils import tilde_encode

        href = datasette.urls.row(database, target, tilde_encode(value))
        shown = markupsafe.escape(label) if label else markupsafe.escape(value)
        extra = (markupsafe.Markup("&nbsp;<em>{}</em>").format(value) if label
                 else markupsafe.Markup(""))
        return markupsafe.Markup('<a href="{}">{}</a>').format(href, shown) + extra
    return link
