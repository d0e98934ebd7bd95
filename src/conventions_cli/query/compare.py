"""Two or more agreements side by side: one comparable text per field."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..base.dates import status_report
from .queries import get_agreement

COMPARE_FIELDS = ("title", "type", "signed_on", "place", "region", "parties", "signatories",
                  "amount", "period", "jobs", "sectors", "status", "event", "follows",
                  "amends", "sources")


def compare_values(record: dict[str, Any]) -> dict[str, str]:
    """One comparable text per field: equal texts mean the same fact."""
    funding = record.get("funding") or {}
    period = record.get("period") or {}
    jobs = record.get("jobs") or {}
    return {
        "title": record["title"],
        "type": record["type"],
        "signed_on": record.get("signed_on") or "",
        "place": record.get("place") or "",
        # as show says it: a region no report names is conv's, from the city, and says so
        "region": record.get("region") or (
            f"{record['region_derived']} (derived from the city)"
            if record.get("region_derived") else ""),
        "parties": "\n".join(f"{p['role']}: {p['name']}" for p in record["parties"]),
        "amount": (f"{funding['amount']} {funding['currency']}" if funding else ""),
        "period": (f"{period['start']}/{period['end']}" if period and period.get("end")
                   else str(period["start"]) if period else ""),
        "jobs": (f"{jobs['direct']} by {jobs['by']}" if jobs.get("by") else
                 str(jobs["direct"]) if jobs else ""),
        "sectors": ", ".join(record.get("sectors") or []),
        "signatories": "\n".join(f"{s['name']} ({s['org']})"
                                 for s in record.get("signatories") or []),
        "status": status_report(record.get("status"), record.get("status_on")),
        "event": (record.get("event") or {}).get("name") or "",
        "follows": record.get("follows") or "",
        "amends": record.get("amends") or "",
        "sources": "\n".join(f"{s['publisher']}, {s['published_on']}"
                             for s in record["sources"]),
    }


def compare_agreements(conn: sqlite3.Connection, ids: list[str]
                       ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The nested records, and one row per field with a value per id and whether they differ."""
    records = [get_agreement(conn, i) for i in ids]
    ids = [r["id"] for r in records]  # as stored: CTI-2022 is shown cti-2022
    values = [compare_values(r) for r in records]
    rows = []
    for name in COMPARE_FIELDS:
        row: dict[str, Any] = {"field": name}
        for ident, vals in zip(ids, values, strict=True):
            row[ident] = vals[name]
        row["differs"] = len({v[name] for v in values}) > 1
        rows.append(row)
    return records, rows
