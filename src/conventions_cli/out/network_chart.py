"""The picture of who signs with whom: laid out by Vega's force simulation, named here.

Vega lays the graph out (d3-force through vl-convert; deterministic, so the same base draws
the same picture). Names are then placed here, the bodies in most agreements first, each
beside its node where it overlaps no other name or node, or left out: a picture with fewer
names beats one where they run into each other. A long name is drawn as its acronym; the full
name is in the page's tooltip and in every graph file. The drawing itself is a second Vega
spec with every position written in, so the SVG, the PNG and the page show the same picture.
"""

from __future__ import annotations

import math
from typing import Any

from .charts import FONT, VEGA_SCHEMA, distinct_names, label, scenegraph, selected_lines
from .graph import KIND_COLOURS, kind_colour

LONG_NAME = 30  # past this many characters a name is cut
CHAR_WIDTH = 0.6  # of the font size: a generous average for a sans-serif, to keep apart
BOX_CHAR_WIDTH = 0.5  # the average drawn, for the white box behind a name
BOLD = 1.15  # how much wider a bold name is drawn
LEGEND_WIDTH = 150


def node_labels(graph: dict[str, Any], limit: int = LONG_NAME) -> list[str]:
    """Each node's name in the picture, as a timeline names its lines (charts.distinct_names):
    every body its acronym when the base has one, else its name (a ministry's without
    "Ministère de"), and no two nodes alike."""
    nodes = graph["nodes"]
    named = distinct_names({i: (str(n["label"]), n.get("acronym")) for i, n in enumerate(nodes)},
                           limit, {i: str(n["id"]) for i, n in enumerate(nodes) if n.get("id")})
    return [named[i] for i in range(len(nodes))]


class Frame:
    """The sizes of one picture: the plot's width and height, fonts, node areas."""

    def __init__(self, width: int, most: int) -> None:
        self.narrow = width < 640
        self.width = width - 16 if self.narrow else width - LEGEND_WIDTH - 16
        self.height = int(self.width * (1.05 if self.narrow else 0.7))
        self.font = 10 if self.narrow else 11
        self.boxed = 10 if self.narrow else 30  # bodies named on a box, over other nodes
        self.least, self.largest = (30, 420) if self.narrow else (40, 900)
        self.most = most

    def area(self, agreements: int) -> float:
        """Node area, by the square root of its agreements (as Vega's sqrt scale would)."""
        share = (math.sqrt(agreements) - 1) / max(1e-9, math.sqrt(self.most) - 1)
        return self.least + (self.largest - self.least) * (share if self.most > 1 else 0)


def layout_spec(graph: dict[str, Any], frame: Frame) -> dict[str, Any]:
    """The force simulation alone: nodes and links, no names."""
    index = {n["key"]: i for i, n in enumerate(graph["nodes"])}
    count = max(1, len(graph["nodes"]))
    spacing = max(12.0, min(60.0, frame.width / math.sqrt(count) * 0.8))
    cx, cy = frame.width / 2, frame.height / 2
    return {
        "$schema": VEGA_SCHEMA, "width": frame.width, "height": frame.height,
        "autosize": "none",
        "data": [{"name": "node-data",
                  "values": [{"index": i, "area": frame.area(n["agreements"]), "cx": cx,
                              "cy": cy} for i, n in enumerate(graph["nodes"])]},
                 {"name": "link-data",
                  "values": [{"source": index[e["source"]], "target": index[e["target"]]}
                             for e in graph["edges"]]}],
        "marks": [{"type": "symbol", "name": "nodes", "from": {"data": "node-data"},
                   "encode": {"enter": {"size": {"field": "area"}}},
                   "transform": [{"type": "force", "iterations": 300, "static": True,
                                  "forces": [
                                      {"force": "center", "x": cx, "y": cy},
                                      {"force": "collide", "radius": 8 if frame.narrow
                                       else 11},
                                      {"force": "nbody", "strength": -spacing * 1.5,
                                       "distanceMax": frame.width / 2.5},
                                      {"force": "link", "links": "link-data",
                                       "distance": spacing},
                                      {"force": "x", "x": "datum.cx", "strength": 0.07},
                                      {"force": "y", "y": "datum.cy", "strength": 0.1}]}]}],
    }


def positions(graph: dict[str, Any], frame: Frame) -> list[tuple[float, float]]:
    """Each node's place, scaled into the frame with a margin for the nodes themselves."""
    if not graph["nodes"]:
        return []
    found = scenegraph(layout_spec(graph, frame))
    marks = found["scenegraph"]["items"][0]["items"]
    items = next(m["items"] for m in marks if m.get("name") == "nodes")
    xs = [float(i.get("x") or 0) for i in items]
    ys = [float(i.get("y") or 0) for i in items]
    margin = math.sqrt(frame.largest / math.pi) + 2
    def fit(values: list[float], room: float) -> list[float]:
        low, high = min(values), max(values)
        if high - low < 1e-6:
            return [room / 2 for _ in values]
        scale = (room - 2 * margin) / (high - low)
        middle = (low + high) / 2
        return [room / 2 + (v - middle) * scale for v in values]
    return list(zip(fit(xs, frame.width), fit(ys, frame.height), strict=True))


Box = tuple[float, float, float, float]


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_names(graph: dict[str, Any], places: list[tuple[float, float]], frame: Frame
                ) -> list[dict[str, Any]]:
    """Names beside their nodes, most agreements first, where each fits: right, left, above,
    below, at the corners, then a little further off; a name that fits nowhere is left out.
    The busiest bodies (``frame.boxed`` of them) are named in bold, and always if any place
    is free of other names: on a white box, over smaller nodes if need be, since in a dense
    middle no place is free of nodes."""
    radius = [math.sqrt(frame.area(n["agreements"]) / math.pi) for n in graph["nodes"]]
    nodes: list[Box] = [(x - r, y - r, x + r, y + r)
                        for (x, y), r in zip(places, radius, strict=True)]
    names: list[Box] = []
    height = frame.font * 1.15
    placed = []
    order = sorted(range(len(places)), key=lambda i: -graph["nodes"][i]["agreements"])
    texts = node_labels(graph, 22 if frame.narrow else LONG_NAME)
    for rank, i in enumerate(order):
        text = texts[i]
        busy = rank < frame.boxed and graph["nodes"][i]["agreements"] > 1
        wide = BOLD if busy else 1.0  # the busiest named in bold
        width = len(text) * frame.font * CHAR_WIDTH * wide
        (x, y) = places[i]
        candidates = []
        for r in (radius[i] + 2, radius[i] + 2 + height):  # beside the node, then a bit off
            d = r * 0.75  # the diagonals: beside the node's corners
            candidates += [(x + r, y - height / 2, "left", "middle", x + r, y),
                           (x - r - width, y - height / 2, "right", "middle", x - r, y),
                           (x - width / 2, y - r - height, "center", "bottom", x, y - r),
                           (x - width / 2, y + r, "center", "top", x, y + r),
                           (x + d, y - d - height, "left", "bottom", x + d, y - d),
                           (x + d, y + d, "left", "top", x + d, y + d),
                           (x - d - width, y - d - height, "right", "bottom", x - d, y - d),
                           (x - d - width, y + d, "right", "top", x - d, y + d)]
        others = [b for j, b in enumerate(nodes) if j != i]
        # clear of names and nodes; failing that, for the busiest, clear of names, on a box
        tries = [(False, [*names, *others])] + ([(True, names)] if busy else [])
        found = None
        for boxed, avoid in tries:
            for left, top, align, baseline, tx, ty in candidates:
                box = (left - 1, top, left + width + 1, top + height)
                if box[0] < 0 or box[1] < 0 or box[2] > frame.width or \
                        box[3] > frame.height:
                    continue
                if not any(_overlaps(box, other) for other in avoid):
                    found = (boxed, box, align, baseline, tx, ty)
                    break
            if found:
                break
        if found is None:
            continue
        boxed, box, align, baseline, tx, ty = found
        names.append(box)
        drawn = len(text) * frame.font * BOX_CHAR_WIDTH * wide + 4  # the box hugs the text
        shift = {"left": 0.0, "right": box[2] - box[0] - drawn,
                 "center": (box[2] - box[0] - drawn) / 2}[align]
        placed.append({"text": text, "x": round(tx, 1), "y": round(ty, 1), "align": align,
                       "baseline": baseline, "boxed": boxed, "bold": busy,
                       "box": [round(box[0] + shift, 1), round(box[1], 1),
                               round(box[0] + shift + drawn, 1), round(box[3], 1)]})
    return placed


def network_spec(graph: dict[str, Any], width: int = 900,
                 selected: list[str] | None = None) -> dict[str, Any]:
    """A Vega spec drawing ``graph`` about ``width`` pixels wide; a narrow picture (a phone)
    gets its legend below and fewer names. ``selected``: the filters as typed, said under
    the title so that a picture shared alone still says what it shows."""
    most = max([1, *(n["agreements"] for n in graph["nodes"])])
    frame = Frame(width, most)
    places = positions(graph, frame)
    index = {n["key"]: i for i, n in enumerate(graph["nodes"])}
    nodes = [{"x": round(x, 1), "y": round(y, 1), "area": round(frame.area(n["agreements"]), 1),
              "kind": n["kind"], "name": label(n["label"]), "agreements": n["agreements"]}
             for (x, y), n in zip(places, graph["nodes"], strict=True)]
    heaviest = max([1, *(e["weight"] for e in graph["edges"])])
    links = []
    for e in sorted(graph["edges"], key=lambda e: e["weight"]):
        (x1, y1), (x2, y2) = places[index[e["source"]]], places[index[e["target"]]]
        links.append({"x": round(x1, 1), "y": round(y1, 1), "x2": round(x2, 1),
                      "y2": round(y2, 1), "weight": e["weight"],
                      "dash": e["kind"] == "signed-for"})
    names = place_names(graph, places, frame)
    drawn = {n["kind"] for n in graph["nodes"]}  # every kind drawn has its legend entry
    kinds = [k for k in KIND_COLOURS if k in drawn] + sorted(drawn - KIND_COLOURS.keys())
    count = len(graph["agreements"])
    people = sum(1 for n in graph["nodes"] if n["kind"] == "person")
    hidden = len(graph["nodes"]) - len(names)
    if frame.narrow:
        subtitle = [f"{count} agreement(s), {len(nodes) - people} bodies, {people} people",
                    "line: signed together; dashed: signed for"]
    else:
        subtitle = [f"{count} agreement(s); {len(nodes) - people} organizations and {people} "
                    "people. A line: agreements signed together, thicker for more; dashed: "
                    "who signed for which body.",
                    f"Nodes by agreements. {hidden} name(s) left out where they would "
                    "overlap: conv network --format tsv lists every tie."]
    if selected:
        subtitle[:0] = selected_lines(selected, frame.width, frame.font)
    font = frame.font
    return {
        "$schema": VEGA_SCHEMA,
        "description": "Who signs with whom (conv network)",
        "width": frame.width, "height": frame.height, "padding": 8,
        "autosize": {"type": "pad"},
        "title": {"text": "Who signs with whom", "subtitle": subtitle, "anchor": "start",
                  "font": FONT, "subtitleFont": FONT, "fontSize": 15 if frame.narrow else 17,
                  "subtitleFontSize": font, "subtitleColor": "#444", "offset": 10},
        "data": [{"name": "links", "values": links}, {"name": "nodes", "values": nodes},
                 {"name": "names", "values": names}],
        "scales": [
            {"name": "colour", "type": "ordinal", "domain": kinds,
             "range": [kind_colour(k) for k in kinds]},
            {"name": "stroke", "type": "sqrt", "domain": [1, heaviest],
             "range": [0.7, 5], "zero": False},
        ],
        "legends": [{"fill": "colour", "title": "kind", "orient": "bottom" if frame.narrow
                     else "left", "direction": "horizontal" if frame.narrow else "vertical",
                     "columns": 3 if frame.narrow else 1, "symbolType": "circle",
                     "labelFont": FONT, "titleFont": FONT, "labelFontSize": font + 1,
                     "titleFontSize": font + 1, "offset": 8}],
        "marks": [
            {"type": "rule", "from": {"data": "links"}, "interactive": False,
             "encode": {"enter": {
                 "x": {"field": "x"}, "y": {"field": "y"}, "x2": {"field": "x2"},
                 "y2": {"field": "y2"}, "stroke": {"value": "#7a7a7a"},
                 "strokeOpacity": {"value": 0.5},
                 "strokeWidth": {"scale": "stroke", "field": "weight"},
                 "strokeDash": {"signal": "datum.dash ? [3, 2] : []"}}}},
            {"type": "symbol", "from": {"data": "nodes"},
             "encode": {"enter": {
                 "x": {"field": "x"}, "y": {"field": "y"}, "size": {"field": "area"},
                 "fill": {"scale": "colour", "field": "kind"}, "stroke": {"value": "white"},
                 "strokeWidth": {"value": 1},
                 "tooltip": {"signal": "{'name': datum.name, 'kind': datum.kind, "
                                       "'agreements': datum.agreements}"}}}},
            {"type": "rect", "from": {"data": "names"}, "interactive": False,
             "encode": {"enter": {
                 "x": {"signal": "datum.box[0]"}, "y": {"signal": "datum.box[1]"},
                 "x2": {"signal": "datum.box[2]"}, "y2": {"signal": "datum.box[3]"},
                 "fill": {"value": "white"}, "cornerRadius": {"value": 2},
                 "fillOpacity": {"signal": "datum.boxed ? 0.85 : 0"}}}},
            {"type": "text", "from": {"data": "names"}, "interactive": False,
             "encode": {"enter": {
                 "x": {"field": "x"}, "y": {"field": "y"}, "text": {"field": "text"},
                 "align": {"field": "align"}, "baseline": {"field": "baseline"},
                 "font": {"value": FONT}, "fontSize": {"value": font},
                 "fontWeight": {"signal": "datum.bold ? 'bold' : 'normal'"},
                 "fill": {"value": "#1a1a1a"}}}},
        ],
    }
