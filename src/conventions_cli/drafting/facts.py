"""What every fact finder returns: a value, where the article says it, and what is unsure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Fact:
    """One fact the article states; `start`/`end` are offsets in the article's text."""

    kind: str
    value: Any
    start: int
    end: int
    todo: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
