"""Who signs with whom: the organizations and people of the selected agreements, and what ties them.

A node is an organization party to a selected agreement, or a person who signed one. An edge
joins two organizations party to the same agreements (``co-party``), or a person and the body
they signed for (``signed-for``); it is weighted by how many agreements it stands for and
carries their ids and dates, so that a timeline can play it. The shapes written for Gephi,
sigma.js or a picture are made from these plain dicts in ``out/graph.py``.
"""

from __future__ import annotations

import json
import sqlite3
from itertools import combinations
from typing import Any

from .filters import Filters
from .queries import where

ORG, PERSON = "org", "person"


def node_key(kind: str, ident: str) -> str:
    """Organizations and people are named apart: an org and a person may share a slug."""
    return f"{kind}:{ident}"


def selected(conn: sqlite3.Connection, filters: Filters) -> list[dict[str, Any]]:
    """The agreements ``filters`` select: id, title, signed_on and the days it covers,
    oldest first (undated last)."""
    clause, params = where(conn, filters)
    conn.row_factory = sqlite3.Row
    return [dict(r) for r in conn.execute(
        "SELECT a.id, a.title, a.type, a.signed_on, a.date_start, a.date_end "
        f"FROM agreements a WHERE {clause} ORDER BY a.date_start NULLS LAST, a.id", params)]


def network(conn: sqlite3.Connection, filters: Filters) -> dict[str, Any]:
    """``{"agreements": [...], "nodes": [...], "edges": [...]}`` for the selection.

    Nodes: key, id, label (the name), type (org or person), kind (the organization's kind,
    or ``person``), acronym, country, agreements (how many of the selection). Edges: key,
    source, target, kind (co-party or signed-for), weight, agreements (ids, oldest first),
    dates (their signed_on), spells (the days each covers, merged), start and end (the
    first and last day), in a stable order."""
    chosen = selected(conn, filters)
    by_id = {a["id"]: a for a in chosen}
    wanted = json.dumps(list(by_id))
    nodes: dict[str, dict[str, Any]] = {}
    seen: dict[str, set[str]] = {}
    edges: dict[tuple[str, str, str], list[str]] = {}

    def add_node(key: str, node: dict[str, Any], agreement: str) -> None:
        nodes.setdefault(key, node)
        seen.setdefault(key, set()).add(agreement)

    def add_edge(a: str, b: str, kind: str, agreement: str) -> None:
        first, second = sorted((a, b))
        found = edges.setdefault((first, second, kind), [])
        if agreement not in found:
            found.append(agreement)

    parties: dict[str, list[str]] = {}
    for agreement, ident, name, acronym, kind, country in conn.execute(
            "SELECT p.agreement_id, o.id, o.name, o.acronym, o.kind, o.country FROM parties p "
            "JOIN organizations o ON o.id = p.org_id "
            "WHERE p.agreement_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY p.agreement_id, p.position", (wanted,)):
        key = node_key(ORG, ident)
        add_node(key, {"key": key, "id": ident, "label": name, "type": ORG, "kind": kind,
                       "acronym": acronym, "country": country}, agreement)
        if key not in parties.setdefault(agreement, []):
            parties[agreement].append(key)
    for agreement, keys in parties.items():
        for a, b in combinations(keys, 2):
            add_edge(a, b, "co-party", agreement)
    for agreement, person, name, org in conn.execute(
            "SELECT s.agreement_id, pe.id, pe.name, s.org_id FROM signatories s "
            "JOIN people pe ON pe.id = s.person_id "
            "WHERE s.agreement_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY s.agreement_id, s.position", (wanted,)):
        key = node_key(PERSON, person)
        add_node(key, {"key": key, "id": person, "label": name, "type": PERSON,
                       "kind": PERSON, "acronym": None, "country": None}, agreement)
        add_edge(key, node_key(ORG, org), "signed-for", agreement)

    order = {a["id"]: i for i, a in enumerate(chosen)}
    for key, node in nodes.items():
        node["agreements"] = len(seen[key])
        node["spells"] = spells(by_id[i] for i in sorted(seen[key], key=order.__getitem__))
    out_edges = []
    for (source, target, kind), ids in sorted(edges.items()):
        ids.sort(key=order.__getitem__)
        dated = [by_id[i] for i in ids]
        runs = spells(dated)
        out_edges.append({
            "key": f"{source}|{target}|{kind}", "source": source, "target": target,
            "kind": kind, "weight": len(ids), "agreements": ids,
            "dates": [a["signed_on"] for a in dated], "spells": runs,
            "start": runs[0][0] if runs else None, "end": runs[-1][1] if runs else None,
        })
    ordered = sorted(nodes.values(), key=lambda n: (-n["agreements"], n["label"], n["key"]))
    return {"agreements": chosen, "nodes": ordered, "edges": out_edges}


def spells(agreements: Any) -> list[tuple[str, str]]:
    """The days the agreements' dates cover, as merged [first, last] runs in order (an
    undated agreement adds none): what Gephi's timeline plays."""
    runs = sorted((a["date_start"], a["date_end"]) for a in agreements
                  if a.get("date_start") and a.get("date_end"))
    merged: list[tuple[str, str]] = []
    for start, end in runs:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
