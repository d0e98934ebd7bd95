"""The review document `conv draft` prints: schema-2 YAML, one section per kind of entry,
each entry kept as the text printed under its key (comments included) and as data.

Several articles give one document: their entries side by side in each section, each
article's introduced by a comment naming it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..base.todos import todos_in_line

__all__ = ["SECTIONS", "Draft", "combine"]

SECTIONS = ("people", "events", "organizations", "agreements")
HEADER = ["# Draft written by `conv draft`: check every fact against the article, fill the",
          "# TODOs, then add the entries to the knowledge base.", "schema: 2"]


@dataclass
class Draft:
    """What `conv draft` prints, and the same drafts as data and as per-entry YAML text.

    `sections[key]` holds, for each top-level key of a schema-2 file (people, events,
    organizations, agreements), the YAML text of each entry as printed under that key
    (list items indented by two spaces, comments included), ready to be inserted under
    the same key of an existing file. `data[key]` holds the same entries as plain dicts.
    """

    yaml: str
    sections: dict[str, list[str]] = field(default_factory=dict)
    data: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    todos: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    label: str = ""
    # The TODO comments of a section that belong to no entry (an article of a batch that
    # gave no agreement, and why), as printed: --add writes them after the entries.
    gaps: dict[str, list[str]] = field(default_factory=dict)
    # What the curator is told on stderr (a date given that is not the article's own).
    warnings: list[str] = field(default_factory=list)
    # Which article each drafted agreement comes from (its id -> the article's label): the
    # drafts of one batch are compared with each other as with the base.
    origins: dict[str, str] = field(default_factory=dict)

    @property
    def agreements(self) -> list[dict[str, Any]]:
        return self.data.get("agreements", [])

    @property
    def organizations(self) -> list[dict[str, Any]]:
        return self.data.get("organizations", [])

    @property
    def people(self) -> list[dict[str, Any]]:
        return self.data.get("people", [])

    @property
    def events(self) -> list[dict[str, Any]]:
        return self.data.get("events", [])

    @classmethod
    def of(cls, sections: dict[str, list[str]], data: dict[str, list[dict[str, Any]]],
           notes: dict[str, str], label: str = "") -> Draft:
        """The draft of one article; `notes[key]` is the comment of a section's key line."""
        draft = cls("", sections, data, notes=notes, label=label)
        draft.yaml = render([draft])
        draft.todos = _todos(draft.yaml)
        return draft


def render(drafts: list[Draft]) -> str:
    """One document for one or several articles' drafts."""
    out = list(HEADER)
    several = len(drafts) > 1
    for key in SECTIONS:
        parts = [d for d in drafts if d.sections.get(key)]
        if not parts:
            gaps = [d for d in drafts if d.notes.get(key, "").startswith("TODO: ")]
            note = gaps[0].notes[key] if len(gaps) == 1 and not several else ""
            out.append(f"{key}: []" + (f"  # {note}" if note else ""))
            if several:
                out.extend(f"# {d.notes[key]} ({d.label})" for d in gaps)
            continue
        note = drafts[0].notes.get(key, "") if not several else ""
        out.append(f"{key}:" + (f"  # {note}" if note else ""))
        for d in drafts:
            if several and (d.sections.get(key) or d.notes.get(key)):
                what = d.notes.get(key, "")
                out.append(f"  # {d.label}" + (f": {what}" if what and not
                                                 what.startswith("TODO: ") else ""))
                if what.startswith("TODO: "):
                    out.append(f"  # {what}")
            out.extend(text.rstrip("\n") for text in d.sections.get(key, []))
    return "\n".join(out) + "\n"


def combine(drafts: list[Draft]) -> Draft:
    """Several articles' drafts as one review document (their entries, in order)."""
    if len(drafts) == 1:
        return drafts[0]
    sections = {key: [t for d in drafts for t in d.sections.get(key, [])] for key in SECTIONS}
    data = {key: [e for d in drafts for e in d.data.get(key, [])] for key in SECTIONS}
    text = render(drafts)
    gaps = {key: [f"# {d.notes[key]} ({d.label})" for d in drafts
                  if d.notes.get(key, "").startswith("TODO: ")] for key in SECTIONS}
    return Draft(text, sections, data, _todos(text), label="",
                 gaps={key: found for key, found in gaps.items() if found},
                 warnings=[w for d in drafts for w in d.warnings],
                 origins={str(a.get("id")): _article(drafts, n) for n, d in enumerate(drafts)
                          for a in d.agreements})


def _article(drafts: list[Draft], n: int) -> str:
    """The label of the ``n``th article of a batch, told apart from another file's of the
    same name (one file given twice is two reports too)."""
    label = drafts[n].label
    return label if sum(d.label == label for d in drafts) == 1 else f"{label} (article {n + 1})"


def _todos(text: str) -> list[str]:
    return [what or "a gap to fill" for line in text.split("\n")
            for _, what in todos_in_line(line)]
