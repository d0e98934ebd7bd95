"""The network of who signs with whom, written for Gephi (GEXF 1.3, GraphML), sigma.js and Gephi
Lite (graphology's JSON), and as rows of edges for a terminal or a spreadsheet.

networkx writes GEXF and GraphML: it is pure Python with no dependency of its own (numpy is
optional and never needed here), and it is imported only when one of these files is asked
for. graphology's JSON is plain JSON and needs nothing.
"""

from __future__ import annotations

import math
import re
from typing import Any, TextIO

from ..base.vocabulary import ORG_KINDS
from ..text import escaped, json_text

EDGE_COLUMNS = ("source", "target", "kind", "weight", "first", "last", "agreements",
                "source_id", "target_id")

# One colour per kind of node, the same in every file and picture (Tableau 10, readable on
# white and for most colour-blind readers; a State in near-black). Built from the kinds of
# the data format, so that a kind added there without a colour fails at once instead of
# being drawn without fill and missing from the picture's legend.
_COLOURS = {
    "ministry": "#4e79a7", "state": "#2b2d42", "public-body": "#76b7b2",
    "federation": "#f28e2b", "association": "#edc948", "company": "#e15759",
    "network": "#b07aa1", "cluster": "#ff9da7", "international": "#59a14f",
    "other": "#9c755f", "person": "#a5a5a5",
}
KIND_COLOURS = {kind: _COLOURS[kind] for kind in (*ORG_KINDS, "person")}


def kind_colour(kind: str) -> str:
    """The colour of a node of ``kind``; a kind the format does not know is drawn as other."""
    return KIND_COLOURS.get(kind, KIND_COLOURS["other"])


# Characters XML 1.0 cannot carry at all, even escaped: a value holding one would make the
# file unreadable, so they are written as visible escapes (\x01) instead.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: str) -> str:
    """A value as GEXF and GraphML carry it: what the other views escape (bidi overrides,
    which Gephi and yEd obey, C1 controls, line separators) made visible the same way
    (text.escaped), line ends and tabs kept; then what XML cannot hold at all."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", escaped(value, "\n\r\t"))


def edge_rows(graph: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per edge, heaviest first: the names it joins, what kind, how many agreements,
    the first and last day they cover, and their ids."""
    names = {n["key"]: n["label"] for n in graph["nodes"]}
    rows = [{"source": names[e["source"]], "target": names[e["target"]], "kind": e["kind"],
             "weight": e["weight"], "first": e["start"], "last": e["end"],
             "agreements": e["agreements"], "source_id": e["source"],
             "target_id": e["target"]} for e in graph["edges"]]
    rows.sort(key=lambda r: (-r["weight"], r["kind"], r["source"], r["target"]))
    return rows


def _colour(kind: str) -> dict[str, int]:
    code = kind_colour(kind)
    return {"r": int(code[1:3], 16), "g": int(code[3:5], 16), "b": int(code[5:7], 16)}


def node_size(agreements: int) -> float:
    """Area grows with the number of agreements, so a body in 40 is not 40 times as wide."""
    return round(4 + 6 * math.sqrt(agreements), 2)


def to_networkx(graph: dict[str, Any], gexf: bool) -> Any:
    """A networkx Graph of ``graph``. GEXF gets each node's and edge's dated spells (its
    timeline) and colours; GraphML, which has neither, gets the first and last day as
    attributes. Lists are written as text joined by '; ' (both formats read them so), and
    missing values are left out."""
    import networkx as nx

    g = nx.Graph()
    for node in graph["nodes"]:
        attrs: dict[str, Any] = {
            "label": xml_text(node["label"]), "kind": node["kind"],
            "agreements": node["agreements"]}
        for key in ("acronym", "country"):
            if node.get(key):
                attrs[key] = xml_text(node[key])
        if gexf:
            if node["spells"]:
                attrs["spells"] = node["spells"]
            attrs["viz"] = {"color": _colour(node["kind"]),
                            "size": node_size(node["agreements"])}
        elif node["spells"]:
            attrs.update(first=node["spells"][0][0], last=node["spells"][-1][1])
        g.add_node(node["key"], **attrs)
    for edge in graph["edges"]:
        attrs = {"weight": edge["weight"], "kind": edge["kind"],
                 "agreements": "; ".join(edge["agreements"]),
                 "dates": "; ".join(d or "undated" for d in edge["dates"])}
        if gexf and edge["spells"]:
            attrs["spells"] = edge["spells"]
        elif edge["spells"]:
            attrs.update(first=edge["start"], last=edge["end"])
        g.add_edge(edge["source"], edge["target"], id=edge["key"], **attrs)
    return g


def write_gexf(graph: dict[str, Any], out: Any) -> None:
    """GEXF 1.3, undirected; dynamic (``timeformat="date"``) when anything is dated, each node
    and edge alive over the days its agreements cover, for Gephi's timeline. ``out`` is a
    binary stream."""
    import io

    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(to_networkx(graph, gexf=True), buffer, version="1.3")
    # networkx 3.6 names the XML Schema instance namespace without its "www." for GEXF 1.3,
    # which leaves xsi:schemaLocation in a namespace no validator knows.
    out.write(buffer.getvalue().replace(b'xmlns:xsi="http://w3.org/2001/XMLSchema-instance"',
                                        b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'))


def write_graphml(graph: dict[str, Any], out: Any) -> None:
    import networkx as nx

    nx.write_graphml(to_networkx(graph, gexf=False), out, edge_id_from_attribute="id")


def graphology(graph: dict[str, Any]) -> dict[str, Any]:
    """graphology's serialisation (what sigma.js and Gephi Lite read): nodes placed on a
    circle, largest first, so the graph draws at once; run a layout (ForceAtlas2) to untangle
    it."""
    count = max(1, len(graph["nodes"]))
    nodes = []
    for i, node in enumerate(graph["nodes"]):
        angle = 2 * math.pi * i / count
        attrs = {"label": node["label"], "kind": node["kind"],
                 "agreements": node["agreements"], "acronym": node.get("acronym"),
                 "country": node.get("country"), "size": node_size(node["agreements"]),
                 "color": kind_colour(node["kind"]),
                 "x": round(100 * math.cos(angle), 3), "y": round(100 * math.sin(angle), 3),
                 "first": node["spells"][0][0] if node["spells"] else None,
                 "last": node["spells"][-1][1] if node["spells"] else None}
        nodes.append({"key": node["key"], "attributes": attrs})
    edges = [{"key": e["key"], "source": e["source"], "target": e["target"],
              "undirected": True,
              "attributes": {"weight": e["weight"], "size": e["weight"], "kind": e["kind"],
                             "agreements": e["agreements"], "dates": e["dates"],
                             "first": e["start"], "last": e["end"]}}
             for e in graph["edges"]]
    return {"attributes": {"name": "conv network"},
            "options": {"type": "undirected", "multi": False, "allowSelfLoops": False},
            "nodes": nodes, "edges": edges}


def write_graph_file(graph: dict[str, Any], fmt: str, out: TextIO) -> None:
    """``graph`` as ``fmt`` (gexf, graphml or json) on the text stream ``out``."""
    if fmt == "json":
        out.write(json_text(graphology(graph), indent=1) + "\n")
        return
    import io

    buffer = io.BytesIO()
    (write_gexf if fmt == "gexf" else write_graphml)(graph, buffer)
    out.write(buffer.getvalue().decode("utf-8"))
    if not buffer.getvalue().endswith(b"\n"):
        out.write("\n")
