"""What assembly builds, and what its phases share while they build it.

`Drafted` is one agreement's facts; `Assembled` is what emission receives. `Work` is the
state the phases of `assembly.assemble` pass along: the sentences, how many agreements,
the segments that ordinals and sub-counts open, the lead's parties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .dates import Published
from .facts import Fact
from .knowledge import KnowledgeBase
from .linking import Party
from .names import Mention, Person
from .sentences import Sentence
from .text import Article

__all__ = ["PLURAL_IS_TWO", "UNCOUNTED", "Assembled", "Drafted", "Segment", "Work", "quote_of",
           "short"]

# What the count TODO says where the article gives no number
UNCOUNTED = "the article reports agreements without saying how many"
PLURAL_IS_TWO = ("the article reports agreements in the plural without saying how many: two "
                 "drafted, add the others it implies")


@dataclass
class Drafted:
    """One agreement's facts, each a Fact (value + where the article says it)."""

    type: Fact | None = None
    date: Fact | None = None
    place: Fact | None = None
    event: Fact | None = None
    funding: Fact | None = None
    period: Fact | None = None
    jobs: Fact | None = None
    follows: Fact | None = None  # the words saying it continues an earlier agreement
    parties: list[tuple[Mention, str]] = field(default_factory=list)  # mention, evidence
    notes: list[str] = field(default_factory=list)
    group: str = ""


@dataclass
class Assembled:
    agreements: list[Drafted]
    count_fact: Fact | None
    total: Fact | None
    event: Fact | None
    presided: list[Person]
    todos: list[str]
    told: int = 0  # the article's count, when more agreements than are drafted
    event_place: Fact | None = None  # where the event was, when the signing had no place


@dataclass
class Segment:
    """The agreements an ordinal or a sub-count opens ("la troisième convention …",
    "Six autres conventions …"), and the sentence where it opens."""

    first: int  # index of its first agreement
    size: int
    sentence: int
    type: str
    ordinal: bool
    evidence: tuple[int, int]
    parties: list[Party] | None = None  # its own parties, when the article says them
    composed: bool = False  # a part of the lead's batch ("et trente contrats …")
    listed: bool = False  # an item of a list ("- Convention de jumelage …"): its own type
    apart: bool = False  # told apart from the lead ("Par ailleurs, …"): not its signers


@dataclass
class Work:
    """What the phases of assembly share."""

    article: Article
    doc: Any
    pub: Published | None
    kb: KnowledgeBase
    sentences: list[Sentence]
    n: int = 0
    told: int = 0  # the article's count, when it is more than the n drafted
    count_fact: Fact | None = None
    implied: bool = False
    segments: list[Segment] = field(default_factory=list)
    parties_by_sentence: dict[int, list[Party]] = field(default_factory=dict)
    subject: list[Party] = field(default_factory=list)  # signs every agreement
    partners: list[Party] = field(default_factory=list)  # one agreement each, if they match
    # "Les accords ont été paraphés par A et B" after the agreements are told: A and B sign
    # every one (the one each of them is already a party of, if any)
    batch_signers: list[Party] = field(default_factory=list)
    agreements: list[Drafted] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)
    total: Fact | None = None
    date: Fact | None = None
    event: Fact | None = None
    event_place: Fact | None = None  # "signé en visioconférence, en marge du Forum X à Lyon"
    used_figures: set[int] = field(default_factory=set)  # amounts a phase already placed

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def year(self) -> int | None:
        return self.pub.year if self.pub else None

    @property
    def signing(self) -> list[Sentence]:
        return [s for s in self.sentences if s.signing]

    @property
    def added(self) -> int:
        """How many agreements the count leaves out and sentences after it add, one each."""
        return int(self.count_fact.extra.get("added", 0)) if self.count_fact else 0

    @property
    def lead(self) -> Sentence:
        """The first signing sentence: what it says, it says of all the agreements."""
        signing = self.signing
        return signing[0] if signing else self.sentences[0]

    @property
    def one_described(self) -> bool:
        """The lead tells of one agreement ("Une convention-cadre a été signée …"), and
        further down of the others ("Une seconde convention …")."""
        mentions = [m for m in self.lead.agreements if not m.ordinal]
        return self.n > 1 and bool(mentions) and all(
            m.count == 1 and not m.plural for m in mentions) and any(
            g.first >= 1 for g in self.segments if not g.composed)

    @property
    def first_segment(self) -> int:
        """The index of the first sentence a segment opens in (else past the last)."""
        return min((g.sentence for g in self.segments), default=len(self.sentences))


def quote_of(text: str, mention: Mention) -> str:
    return " ".join(text[mention.start:mention.end].split())


def short(text: str, words: int = 10) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
