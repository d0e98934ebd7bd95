"""What the name grammar finds in a sentence: an organization (Mention) and a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Mention", "Person"]


@dataclass
class Person:
    name: str
    start: int
    end: int
    title: str | None = None
    kb_id: str | None = None


@dataclass
class Mention:
    """An organization the sentence names; offsets are the article's."""

    name: str
    start: int
    end: int
    kind: str = "other"
    kind_sure: bool = False
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    person: Person | None = None
    title: str | None = None
    head: str = ""
    bare: bool = False  # a head without complement: "la Banque", "le ministère"
    vague: bool = False
    kb_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def reach(self) -> int:
        """Where the mention ends, the name of its signatory told after it included
        ("le directeur de l'Office X, M. Y")."""
        return self.person.end if self.person is not None and self.person.end > self.end \
            else self.end
