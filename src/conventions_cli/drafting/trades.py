"""A name its apposition gives a trade: "Hoshida Seiki, fabricant japonais de freins, …",
"Valdor Plastiques, filiale d'un groupe français, …", "Nordtex Maroc, spécialisé dans le
denim, …", or a description right before it: "le producteur indien d'électricité et de gaz
X". The tagger may read such a name as a person's, or as nothing in particular; the
apposition says it is a company (DESIGN §7, linking)."""

from __future__ import annotations

import re

from .names import Mention, Person
from .normalize import fold
from .words import DESCRIPTORS, nationality

# ", fabricant japonais de …", ", un équipementier allemand", ", filiale du groupe …",
# ", spécialisé dans …", ", jeune pousse marocaine", ", PME familiale": a company's trade.
# Not words a person is described by too ("leader", "investisseur", "spécialiste").
TRADE = re.compile(r"\s*,\s*(?:(?:un|une|le|la|l')\s*)?(?:jeune pousse|pme|tpe|societe|groupe|"
                   r"entreprise|firme|compagnie|operateur|constructeur|equipementier|start-?up|"
                   r"filiale|holding|fabricant|producteur|fournisseur|distributeur|exploitant|"
                   r"laboratoire|transporteur|armateur|industriel|assureur|enseigne|"
                   r"specialisee?s? dans|active?s? dans|implantee?s? (?:a|au|en|dans)|"
                   r"basee?s? (?:a|au|en|dans)|"
                   # "conserverie marocaine", "une cimenterie": an establishment of a trade
                   r"[a-z]{3,}erie (?:[a-z]+ )?(?:de |d'|du |des )?|"
                   # "spécialiste allemand de la chaîne du froid": a specialist of a country
                   r"specialiste (?P<nationality>[a-z]+)\b)")


# "le producteur indien d'électricité et de gaz ", "l'équipementier japonais ": a kind of
# company, then what it does and where it is from, right before its name (folded text)
DESCRIBED_BEFORE = re.compile(rf"(?:\bles |\ble |\bla |\bl')(?:{'|'.join(sorted(DESCRIPTORS))})"
                              r"(?:\s+(?:d'|l')?[a-z-]+){0,8}\s*$")
# what a description does not run across: a verb, a purpose, a relative, a circumstance
NOT_DESCRIBING = re.compile(r"\b(?:qui|dont|pour|afin|lors|est|sont|ont|a|avec|entre|par|"
                            r"sur|dans|en|au|aux|apres|avant|visant|portant|presence)\b")


def described_before(before: str) -> re.Match[str] | None:
    """The folded text before a name ends on a description of a company: "… et le
    producteur indien d'électricité et de gaz " (its match, from the article)."""
    found = DESCRIBED_BEFORE.search(before.replace("’", "'"))
    if found is None or NOT_DESCRIBING.search(found.group(0).split(None, 2)[-1]):
        return None
    return found


def _trade(after: str) -> bool:
    """The folded words after a name open an apposition that gives it a trade ("spécialiste"
    only with a nationality: alone, an expert as often as a firm)."""
    trade = TRADE.match(after)
    return trade is not None and (not trade["nationality"] or
                                  nationality(trade["nationality"]) is not None)


def traded_names(text: str, mentions: list[Mention], people: list[Person]) -> list[Mention]:
    """The sentence's mentions, with a company for each person-like or unsure name an
    apposition gives a trade; the people it was are dropped from `people`."""
    out = list(mentions)
    for m in mentions:
        if m.kind == "other" and m.extra.get("proper") and not m.extra.get("state") and \
                m.kb_id is None and (_trade(fold(text[m.end:m.end + 60])) or
                                     described_before(fold(text[max(0, m.start - 90):m.start]))):
            m.kind = "company"
            m.extra.pop("weak", None)
    for person in list(people):
        if not (_trade(fold(text[person.end:person.end + 60])) or described_before(
                fold(text[max(0, person.start - 90):person.start]))) or any(
                m.start <= person.start < m.end or
                (m.person is not None and m.person.start == person.start) for m in mentions):
            continue
        people.remove(person)
        out.append(Mention(person.name, person.start, person.end, "company", False,
                           head=fold(person.name.split()[0]), extra={"proper": True}))
    return sorted(out, key=lambda m: m.start)
