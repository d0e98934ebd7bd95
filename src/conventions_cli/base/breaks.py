"""The line breaks of Unicode that YAML 1.1 readers count and editors do not.

libyaml (as YAML 1.1) reads U+2028, U+2029 and U+0085 as line breaks; YAML 1.2, grep,
vim, nano and most editors count only LF (and CR). Pasted from a web page inside a value
or a comment, such a character is invisible, breaks the line for the parser (a plain
title becomes a stray line, a comment's end becomes YAML) and shifts the line of every
later problem. A file holding one is refused, each located by the editor's lines and
named, and read with each written as a space: its other problems keep their lines, and
nothing it holds is kept, the file being refused.
"""

from __future__ import annotations

import re

from .yamlnodes import Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_NAMES = {"\u2028": "a Unicode line separator (U+2028)",
          "\u2029": "a Unicode paragraph separator (U+2029)",
          "\u0085": "a next-line character (NEL, U+0085)"}
_ENCODED = tuple(ch.encode("utf-8") for ch in _NAMES)
_FOUND = re.compile("[\u2028\u2029\u0085]")


def held(data: Any) -> bool:
    """Whether the UTF-8 bytes (or memory map: what ``find`` reads) hold one of those
    characters. For a head or one agreement's text; a whole file is searched decoded."""
    return any(data.find(code) >= 0 for code in _ENCODED)


def in_text(text: str) -> bool:
    """Whether the text holds one of those characters (a search of a text whose
    characters all come before them is answered at once)."""
    return "\u2028" in text or "\u2029" in text or "\u0085" in text


def located(text: str, source: str) -> list[Problem]:
    """One problem per such character in the decoded ``text`` (a BOM left out), located
    by its LF lines, columns in characters as editors count them."""
    problems = []
    for found in _FOUND.finditer(text):
        start = found.start()
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        problems.append(Problem(source, line, col, f"{_NAMES[found.group()]}, which YAML "
                                "readers take for a line break although editors show none; "
                                "remove it (or write a space in its place)"))
    return problems


def spaced(text: str) -> str:
    """The text with each of those characters written as a space."""
    return _FOUND.sub(" ", text)

