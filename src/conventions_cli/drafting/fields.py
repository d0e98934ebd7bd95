"""Fields an agreement in the plural covers: "plusieurs conventions couvrant les domaines de
l'eau, de l'énergie et du transport" are at least one agreement a field."""

from __future__ import annotations

import re

from .lexicon import participle
from .normalize import fold

__all__ = ["domains"]


# "plusieurs conventions couvrant les domaines de l'eau, de l'énergie et du transport",
# "des accords dans le domaine de la santé et dans le secteur maritime": at least one
# agreement for each field the plural covers
FIELD = r"(?:domaines?|secteurs?|filieres?|champs?)"
FIELDS = re.compile(rf"^\s*(?:[\w'-]+,?\s+){{0,3}}?(?:couvrant|portant sur|touchant|"
                    rf"concernant|relati(?:fs|ves) (?:a|aux)|dans|en matiere)?\s*"
                    rf"(?:(?:les |le |des |du )?{FIELD}\b|(?<=en matiere ))(?P<items>[^.;:()]*)")


def domains(text: str, start: int, end: int) -> int:
    """How many fields the words after a plural agreement enumerate (0 for none, or one)."""
    found = FIELDS.match(fold(text[start:min(end, start + 260)]))
    if not found:
        return 0
    items = re.split(rf"\s+(?:qui|afin|pour|visant|dont|{participle()}|ont|a ete)\b",
                     found["items"])[0]
    heads = len(re.findall(rf"\b{FIELD}\b", items))  # "… et dans le secteur maritime"
    if re.search(r"\b(?:divers|diverses|differents|plusieurs|nombreux|multiples|autres)\s*$",
                 fold(text[max(0, start - 1):start]) + found.group(0)[:found.start("items")]
                 .rsplit(" ", 2)[0]):
        return 0  # "divers domaines": not an enumeration
    parts = []
    for part in re.split(r",|\bet\b|\bainsi que\b", items):
        if not part.strip():
            continue
        if not re.match(r"\s*(?:d(?:e|u|es)\b|d'|dans\b|en\b|la\b|le\b|les\b|l'|au\b|aux\b|"
                        r"celui\b|ceux\b)", part):
            break  # "…, destinés à …": the enumeration has ended
        parts.append(part)
    n = max(len(parts), heads + 1)
    return n if 2 <= n <= 12 else 0
