"""Views of one record (`show`): Rich at a terminal, the same lines as plain text in a pipe."""

from __future__ import annotations

import sys
from typing import Any

from .output import console, group_digits, stdout_is_terminal, write_table


def fact_lines(record: dict[str, Any]) -> list[tuple[str, str]]:
    """The record's facts as (label, text) pairs, in the order people read them."""
    facts: list[tuple[str, str]] = [("type", record["type"])]
    if record.get("signed_on"):
        facts.append(("signed_on", record["signed_on"]))
    place = ", ".join(p for p in (record.get("place"), record.get("region")) if p)
    if place:
        facts.append(("place", place))
    funding = record.get("funding")
    if funding:
        facts.append(("funding", f"{group_digits(funding['amount'])} {funding['currency']}"))
    period = record.get("period")
    if period:
        facts.append(("period", f"{period['start']}–{period.get('end') or ''}"))
    jobs = record.get("jobs")
    if jobs:
        by = f" by {jobs['by']}" if jobs.get("by") else ""
        facts.append(("jobs", f"{group_digits(jobs['direct'])} direct{by}"))
    if record.get("sectors"):
        facts.append(("sectors", ", ".join(record["sectors"])))
    if record.get("event"):
        facts.append(("event", record["event"]))
    if record.get("follows"):
        facts.append(("follows", record["follows"]))
    if record.get("followed_by"):
        facts.append(("followed by", ", ".join(record["followed_by"])))
    for i, party in enumerate(record["parties"]):
        acronym = f" ({party['acronym']})" if party.get("acronym") else ""
        facts.append(("parties" if i == 0 else "",
                      f"{party['role']}: {party['name']}{acronym} [{party['org']}]"))
    if record.get("summary"):
        facts.append(("summary", record["summary"]))
    for i, source in enumerate(record["sources"], 1):
        text = f"{i}. {source['publisher']}, {source['published_on']}"
        if source.get("title"):
            text += f" — {source['title']}"
        if source.get("url"):
            text += f" <{source['url']}>"
        facts.append(("sources" if i == 1 else "", text))
    return facts


def show_record(record: dict[str, Any]) -> None:
    facts = fact_lines(record)
    if not stdout_is_terminal():
        width = max(len(label) for label, _ in facts)
        sys.stdout.write(f"{record['id']}  {record['title']}\n")
        for label, value in facts:
            sys.stdout.write(f"{label.ljust(width)}  {value}\n")
        return
    from rich.table import Table
    from rich.text import Text

    out = console()
    out.print(Text.assemble((record["id"], "bold"), "  ", record["title"]))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="cyan", no_wrap=True)
    grid.add_column()
    for label, value in facts:
        grid.add_row(Text(label), Text(value))
    out.print(grid)


def compare_table(rows: list[dict[str, Any]], ids: list[str]) -> None:
    """One column per agreement; a differing field is marked with ≠ and highlighted."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, highlight=False)
    table.add_column("", no_wrap=True, width=1)
    table.add_column("field", no_wrap=True, style="cyan")
    for ident in ids:
        table.add_column(ident, no_wrap=False, min_width=len(ident), header_style="bold")
    for row in rows:
        differs = row["differs"]
        style = "yellow" if differs else None
        cells = [row[i] or "—" for i in ids]
        if row["field"] == "amount":  # grouped digits, as everywhere in tables
            cells = [_group_amount(c) for c in cells]
        table.add_row(Text("≠" if differs else ""), Text(row["field"]),
                      *(Text(c, style=style or "") for c in cells))
    console().print(table)


def _group_amount(text: str) -> str:
    number, _, currency = text.partition(" ")
    return f"{group_digits(int(number))} {currency}" if number.isdigit() else text


BAR_WIDTH = 20


def bar(share: float) -> str:
    """A small horizontal bar: eighths of a block for a smooth end."""
    eighths = round(share * BAR_WIDTH * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + ("▏▎▍▌▋▊▉"[rest - 1] if rest else "")


def stats_table(rows: list[dict[str, Any]], by: str) -> None:
    """One line per group, like every listing, with a bar for the count."""
    total = max((r["count"] for r in rows), default=0)
    shown = []
    for r in rows:
        shown.append({
            "group": "(none)" if r["group"] is None else str(r["group"]),
            "count": r["count"],
            "amount_mad": (None if r["amount_mad"] is None
                           else f"{group_digits(r['amount_mad'])} MAD"),
            "jobs_direct": r["jobs_direct"],
            "bar": bar(r["count"] / total) if total else "",
        })
    write_table(shown, ["group", "count", "amount_mad", "jobs_direct", "bar"],
                headers={"group": by, "bar": ""})


def org_header(org: dict[str, Any]) -> None:
    from rich.text import Text

    out = console()
    acronym = f" ({org['acronym']})" if org.get("acronym") else ""
    out.print(Text.assemble((org["id"], "bold"), "  ", f"{org['name']}{acronym}"))
    details = [f"kind: {org['kind']}"]
    if org.get("country"):
        details.append(f"country: {org['country']}")
    if org.get("aliases"):
        details.append("also: " + "; ".join(org["aliases"]))
    out.print(Text("\n".join(details)))
