"""How one value reads as text, in every format: the file formats and the terminal table."""

from __future__ import annotations

import json

TYPE_CHECKING = False
if TYPE_CHECKING:  # read on every call: typing only for the type checker
    from typing import Any


def plain(value: Any) -> str:
    """A value as text for csv/tsv/md: no thousands separators, arrays joined by '; '."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(plain(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def group_digits(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


def with_acronym(name: str, acronym: str | None) -> str:
    """A body's name with its acronym after it, "Banque mondiale (BM)", unless the name is
    the acronym itself (UNICEF, named so by the press): "UNICEF (UNICEF)" says it twice."""
    from ..text import fold

    if not acronym or fold(acronym).replace(".", "") == fold(name).replace(".", ""):
        return name
    return f"{name} ({acronym})"
