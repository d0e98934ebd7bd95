"""`--help` laid out for the terminal it is read in, as wide as it is, with nothing that is
copied whole broken across two lines: an option (`--min-amount`), an id
(`plan-azur-mazagan-convention-2004`) or a grouped number (`1 000 000 000`).

Click wraps with textwrap, which breaks after any hyphen and at any space: the text is
given to it with those hyphens and spaces held by private-use characters, one for one
(the widths are the same), and given back as written once laid out."""

from __future__ import annotations

import re
import shutil
from typing import Any

import typer

HYPHEN, SPACE = "\ue000", "\ue001"
_GROUPED = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_INSIDE = re.compile(r"(?<=\S)-|-(?=\S)")


def held(text: str) -> str:
    """``text`` with its hyphens and the spaces between digit groups unbreakable."""
    return _INSIDE.sub(HYPHEN, _GROUPED.sub(SPACE, text))


class HelpFormatter(typer._click.HelpFormatter):
    def __init__(self, indent_increment: int = 2, width: int | None = None,
                 max_width: int | None = None) -> None:
        if width is None and max_width is None:
            max_width = max(shutil.get_terminal_size().columns, 50)
        super().__init__(indent_increment, width, max_width)

    def write_text(self, text: str) -> None:
        super().write_text(held(text))

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(first, held(second)) for first, second in rows], col_max,
                         col_spacing)

    def getvalue(self) -> str:
        value: str = super().getvalue()
        return value.replace(HYPHEN, "-").replace(SPACE, " ")


class HelpContext(typer._click.Context):
    formatter_class = HelpFormatter
