"""Pictures: a Vega or Vega-Lite spec rendered to SVG, PNG or a page that works offline.

vl-convert (the optional ``charts`` extra) renders specs with the Vega libraries it bundles,
offline, with no browser; its SVG keeps every name as text, so a reader can search and copy
it. The specs themselves are plain dicts and need nothing. Every value from the data that a
picture shows goes through ``label`` first: control characters would make the SVG invalid
(and abort vl-convert's renderer outright), bidi controls would reorder what a reader sees.
The page embeds the spec as JSON that cannot close its <script>: a name like
``</script><script>…`` stays a name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ConvError, UsageError
from ..text import one_line
from .formats import PICTURE_FORMATS

Key = TypeVar("Key", bound=Hashable)

INSTALL = 'pictures need the charts extra: pip install "conventions-cli[charts]"'
VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
VEGA_SCHEMA = "https://vega.github.io/schema/vega/v6.json"
FONT = "DejaVu Sans, Verdana, sans-serif"


class MissingExtra(ConvError):
    """A picture was asked for without the charts extra."""


def label(value: Any, limit: int | None = None) -> str:
    """A value as a picture shows it: on one line, control and bidi characters as visible
    escapes (\\x01, \\u202e), cut with … past ``limit`` characters."""
    text = "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) == "Cf"
                   and ch not in "\u00ad\u200d" else ch for ch in one_line(str(value)))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


_MINISTRY = re.compile(r"^Minist[eè]re\s+(?:charg[ée]e?\s+)?"
                       r"(?:de la |de l'|de l\u2019|du |des |de )?", re.IGNORECASE)


def line_name(name: str, acronym: str | None, limit: int) -> str:
    """How a timeline's line names a body, the same way for every one (never MEF on one
    line and "Ministère de la Justice" on the next): its acronym when the base has one,
    else its name, a ministry's without "Ministère de l'" (whose every name begins so),
    cut with … past ``limit`` characters."""
    if acronym:
        return label(acronym, limit)
    shorter = _MINISTRY.sub("", name)
    if shorter != name and shorter:
        shorter = shorter[0].upper() + shorter[1:]
    return qualified_cut(label(shorter or name), limit)


# A name's closing qualifier, "Ministère de la Santé (Sénégal)", "(Conseil régional)": what
# tells it from the body of the same name elsewhere, so a cut name keeps it where it fits.
QUALIFIER = re.compile(r"\s(\([^()]+\))$")


def qualified_cut(text: str, limit: int, plainly: bool = True) -> str:
    """``text`` in ``limit`` characters: its closing qualifier whole after its start where
    the qualifier takes at most half of them ("Secrétariat d'État au…(France)": cut
    plainly, it reads as Morocco's), else its start (``plainly``) or its two ends."""
    if len(text) <= limit:
        return text
    qualifier = QUALIFIER.search(text)
    if qualifier and len(qualifier.group(1)) <= limit // 2:
        return text[:limit - 1 - len(qualifier.group(1))].rstrip() + "…" + qualifier.group(1)
    return text[:limit - 1].rstrip() + "…" if plainly else middle_cut(text, limit)


def distinct_names(bodies: dict[Key, tuple[str, str | None]], limit: int,
                   ids: dict[Key, str] | None = None) -> dict[Key, str]:
    """How a picture names each body, the same way for every one (line_name), and never
    two bodies alike: bodies it would name alike (one acronym, names that differ only past
    ``limit`` characters: "Affaires étrangères, de la…" and "Affaires étrangères
    (Sénégal)" at a phone's width) are named by the start and end of their names, then in
    full, then (two bodies of one name, as the ministries of foreign affairs of two
    countries) in full with their ``ids`` in brackets, as stats names its groups."""
    def short(name: str, acronym: str | None) -> str:
        return line_name(name, acronym, limit)

    def ends(name: str, acronym: str | None) -> str:
        return middle_cut(line_name(name, None, len(name)), limit)

    def full(name: str, acronym: str | None) -> str:
        return label(name)

    named: dict[Key, str] = {}
    left = set(bodies)
    for way in (short, ends, full):
        names = {key: way(*bodies[key]) for key in left}
        taken = Counter([*named.values(), *names.values()])
        for key, name in names.items():
            if taken[name] == 1 or way is full:
                named[key] = name
        left = left - named.keys()
    if ids:
        taken = Counter(named.values())
        for key, name in named.items():
            if taken[name] > 1 and key in ids:
                named[key] = f"{name} [{label(ids[key])}]"
    return named


def middle_cut(text: str, limit: int) -> str:
    """The start and the end of ``text`` with … between them, ``limit`` characters in all."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head].rstrip() + "…" + text[len(text) - (limit - 1 - head):].lstrip()


def picture_format(output: Path) -> str | None:
    """svg, png or html when ``output``'s extension names a picture, else None."""
    suffix = output.suffix.lower().lstrip(".")
    if suffix == "htm":
        return "html"
    return suffix if suffix in PICTURE_FORMATS else None


def _converter() -> Any:
    try:
        import vl_convert
    except ImportError:
        raise MissingExtra(INSTALL) from None
    return vl_convert


def render(spec: dict[str, Any], grammar: str, fmt: str) -> bytes:
    """``spec`` (``grammar`` "vega" or "vega-lite") drawn as ``fmt`` (svg, png, html)."""
    if fmt == "html":
        return html_page(spec, grammar).encode("utf-8")
    convert = _converter()
    lite = grammar == "vega-lite"
    try:
        if fmt == "svg":
            svg = (convert.vegalite_to_svg(spec) if lite else convert.vega_to_svg(spec))
            return str(svg).encode("utf-8")
        png = (convert.vegalite_to_png(spec, scale=1) if lite
               else convert.vega_to_png(spec, scale=1))
        return bytes(png)
    except ValueError as exc:  # vl-convert reports a spec it cannot draw so
        raise ConvError(f"the picture could not be drawn ({one_line(str(exc))[:200]}); "
                        "please report it") from None


def scenegraph(spec: dict[str, Any]) -> dict[str, Any]:
    """What Vega makes of ``spec`` (positions of every mark item), without drawing it: how
    a force layout is read back."""
    convert = _converter()
    try:
        return dict(convert.vega_to_scenegraph(spec))
    except ValueError as exc:
        raise ConvError(f"the picture could not be laid out ({one_line(str(exc))[:200]}); "
                        "please report it") from None


_UNSAFE_IN_SCRIPT = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                     "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """JSON that a <script> element can hold whatever its strings say: no <, > or & (so no
    </script> or <!--), and the two line separators JavaScript once refused in strings."""
    text = json.dumps(value, ensure_ascii=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _UNSAFE_IN_SCRIPT[m.group()], text)


def html_page(spec: dict[str, Any], grammar: str) -> str:
    """One page that draws ``spec`` with tooltips, offline: the Vega libraries inlined (as
    vl-convert bundles them), no link to any editor or server."""
    bundle = _converter().javascript_bundle()
    if "</script" in bundle.lower():  # pragma: no cover - a bundle that would end its tag
        bundle = re.sub("</(script)", r"<\\/\1", bundle, flags=re.IGNORECASE)
    title = spec.get("title", {})
    text = title.get("text") if isinstance(title, dict) else title
    heading = _html_escape(label(text or "conv"))
    options = {"renderer": "svg", "actions": False, "mode": grammar}
    return (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{heading}</title>\n"
        "<style>body{margin:1em;font-family:sans-serif}#chart{max-width:100%;overflow:auto}"
        "</style>\n"
        f"<script>{bundle}</script>\n</head>\n<body>\n<div id=\"chart\"></div>\n"
        f"<script>vegaEmbed('#chart', {script_json(spec)}, {script_json(options)})"
        ".catch(function (e) { document.getElementById('chart').textContent = String(e); });"
        "</script>\n</body>\n</html>\n")


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_picture(spec: dict[str, Any], grammar: str, output: Path, fmt: str) -> None:
    """Render, then write ``output`` atomically (nothing half-written on failure)."""
    from ..files import atomic_write

    if fmt not in PICTURE_FORMATS:
        raise UsageError(f"cannot draw a picture as '{fmt}'; name a .svg, .png or .html "
                         "file")
    drawn = render(spec, grammar, fmt)
    with atomic_write(output, "wb") as out:
        out.write(drawn)


def selected_lines(parts: list[str], width: int, font: int) -> list[str]:
    """The filters a picture shows ("Selected: --from 2020 --currency EUR"), wrapped over as
    many lines as the picture's ``width`` needs (in pixels, at ``font`` size), never one
    left out: a filter too long for a line alone has its value cut in the middle."""
    room = max(24, int((width - 16) / (font * 0.62)))  # DejaVu Sans: about 0.6 em a letter
    lines: list[str] = []
    line = "Selected:"
    for part in parts:
        text = label(part)
        if len(text) > room - 2:
            text = middle_cut(text, room - 2)
        if len(line) + 1 + len(text) > room:
            lines.append(line)
            line = "  " + text
        else:
            line += " " + text
    lines.append(line)
    return lines
