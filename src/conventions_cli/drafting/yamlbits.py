"""The pieces of a draft's YAML: a scalar quoted only when it must be, an id, a flow
mapping, and the `# from: "…"` quote and `# TODO` note that follow a value."""

from __future__ import annotations

import json
import re
from typing import Any

from .facts import Fact
from .text import Article

__all__ = ["_derived", "flow", "ident", "note", "quote", "scalar"]


SAFE_PLAIN = re.compile(r"^[A-Za-z0-9\u00c0-\u017f][\w .'\u00c0-\u017f-]*[\w.\u00c0-\u017f]$|^\w$")
RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}
IDS = {"org", "person"}  # the keys of a flow mapping whose values are ids


def scalar(value: Any) -> str:
    """A YAML scalar that reads back as the same value (strings quoted when they must be)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", text):
        return text  # conv reads dates as strings
    if (SAFE_PLAIN.match(text) and text.lower() not in RESERVED and not re.match(
            r"^[\d.+-]", text) and ": " not in text and " #" not in text):
        return text
    return json.dumps(text, ensure_ascii=False)


def ident(value: str) -> str:
    """An id as written: plain when every YAML reader takes it for a string, else quoted, so
    a body named "Null", "Yes" or "On" gets the id "null", "yes", "on" and not a null or a
    boolean (YAML 1.1 readers also take yes/no/on/off for booleans, and 2019 for a number)."""
    if re.fullmatch(r"[a-z][a-z0-9-]*", value) and value not in RESERVED:
        return value
    return json.dumps(value, ensure_ascii=False)


def flow(mapping: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {ident(v) if k in IDS and isinstance(v, str) else scalar(v)}"
                           for k, v in mapping.items()) + "}"


def quote(article: Article, fact: Fact | None = None, *, start: int = 0, end: int = 0,
          words: int = 10) -> str:
    """The article's own words (as written, not normalised), shortened with …."""
    if fact is not None:
        start, end = fact.start, fact.end
    parts = article.raw[start:end].split()
    text = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
    return json.dumps(text, ensure_ascii=False)


def _derived(place: Fact) -> str:
    """The region of a city is a derivation, not what the report says. The line stays (a
    curator sees the region) but as a TODO that `validate` lists after `--add`: the base
    reads a written `region` as reported, and derives it from the city without the line."""
    if place.extra.get("region_named"):
        return ""
    return ("  # TODO: derived from the city, not in the article; delete this line unless a "
            "report names the region (conv derives it anyway)")


def note(article: Article, fact: Fact | None, todo: str = "") -> str:
    parts = []
    if fact is not None:
        parts.append("from: " + quote(article, fact))
        todo = todo or fact.todo
    if todo:
        parts.append("TODO: " + todo)
    return ("  # " + "; ".join(parts)) if parts else ""
