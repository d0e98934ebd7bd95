"""The words of signing, written once: every stage that asks whether a sentence says
something was signed (the triggers, the parse's objects, the agent after "par", the
future and the past, the places, the counts, the retellings) builds its patterns here.

A verb is its folded stem and its conjugation; the forms each stage needs (participle,
infinitive, future, any inflection) are derived from it, so adding a verb is one line
in SIGNING or RECORDING and every stage sees it.

- SIGNING verbs say a signing in every form: "signé", "paraphent", "conclura".
- RECORDING verbs are everyday verbs too ("acter le principe", "formaliser sa demande"):
  they say a signing only in the passive ("a été acté par A et B") or with an agreement
  as their object ("ont acté une convention").

Patterns work on folded text (`normalize.fold`: lowercase, no accents) and carry no
word boundaries of their own: each caller adds the ones its context needs.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NOUNS", "RATIFYING", "RECORDING", "SIGNATORIES", "SIGNING", "Verb", "any_form",
           "done", "future", "infinitive", "just_done", "nouns", "participle", "stems"]


@dataclass(frozen=True)
class Verb:
    stem: str  # folded: "sign", "paraph", "conclu"
    group: int = 1  # 1: "-er" (signer); 3: "conclure"
    co: bool = False  # also with "co-" ("cosigner")

    @property
    def prefix(self) -> str:
        return ("(?:co)?" if self.co else "") + self.stem


SIGNING = (
    Verb("sign", co=True),
    Verb("paraph"),
    Verb("scell"),
    Verb("conclu", group=3),
)
RECORDING = (
    Verb("act"),
    Verb("officialis"),
    Verb("enterin"),
    Verb("formalis"),
    Verb("nou"),
    Verb("finalis"),  # "a finalisé hier avec l'Office un contrat de prêt"
    Verb("reconduit", group=3),  # "ont reconduit vendredi un accord de partenariat": renewed
    Verb("renouvel"),  # "ont renouvelé leur convention de partenariat"
)
# A ratification tells that a sentence is about an agreement, never the day or the tense
# of its signing.
RATIFYING = (Verb("ratifi"),)
# The nouns of the act itself, and of who does it.
NOUNS = ("signature", "signatures")
SIGNATORIES = ("signataire", "signataires")

# Endings, by group: the past participle in each gender and number, and every other form.
_PARTICIPLE = {1: ("e", "ee", "es", "ees"), 3: ("", "e", "s", "es")}
_SINGULAR = {1: "e", 3: ""}  # after "a", "ont": "ont signé", "a conclu"
_PLURAL = {1: "ee?s", 3: "e?s"}  # "signés", "conclues"
_INFINITIVE = {1: "er", 3: "re"}
_FUTURE = {1: "er(?:a|ont)", 3: "r(?:a|ont)"}  # "signera", "concluront"
# The forms that tell of a signing done or being done (participle, present); the others
# (infinitive, gerund, future) only with a word that says when. "conclure", "conclut",
# "concluant" are as often said of a speech or a test as of an agreement: of that group
# only the participle and "concluent" (an agreement) say a signing, and "conclut" where an
# agreement follows it (signing.TRIGGER).
_DONE = {1: ("e", "ee", "es", "ees", "ent", "ons", "ez"), 3: ("", "e", "s", "es", "ent")}
_OTHER = {1: ("er", "ant", "era", "eront"), 3: ()}


def _alternation(parts: list[str]) -> str:
    return "(?:" + "|".join(parts) + ")"


def nouns(signatories: bool = False) -> str:
    """ "signature(s)", "cosignature"; with `signatories`, "(co)signataire(s)" too."""
    return "(?:co)?" + _alternation(list(NOUNS + (SIGNATORIES if signatories else ())))


def stems(verbs: tuple[Verb, ...] = SIGNING) -> str:
    """Any word that starts like one of the verbs: "(?:co)?sign|paraph|…"."""
    return _alternation([v.prefix for v in verbs])


def participle(number: str = "any", verbs: tuple[Verb, ...] = SIGNING) -> str:
    """The past participle: "any" gender and number, the "singular" masculine that follows
    "a"/"ont", or the "plural" that agrees with agreements ("ont été signées")."""
    out = []
    for v in verbs:
        if number == "singular":
            out.append(v.prefix + _SINGULAR[v.group])
        elif number == "plural":
            out.append(v.prefix + _PLURAL[v.group])
        else:
            out.append(v.prefix + ("ee?s?" if v.group == 1 else "e?s?"))
    return _alternation(out)


def infinitive(verbs: tuple[Verb, ...] = SIGNING) -> str:
    return _alternation([v.prefix + _INFINITIVE[v.group] for v in verbs])


def just_done(verbs: tuple[Verb, ...] = SIGNING) -> str:
    """ "viennent de signer", "vient de conclure": a signing just done."""
    return r"vien(?:t|nent)\s+d(?:e\s+|')" + infinitive(verbs)


def future(verbs: tuple[Verb, ...] = SIGNING) -> str:
    """ "signera", "parapheront": a signing still to come."""
    return _alternation([v.prefix + _FUTURE[v.group] for v in verbs])


def done(verbs: tuple[Verb, ...] = SIGNING) -> str:
    """The participle and the present: "signé", "paraphent", "concluent"."""
    return _forms(verbs, _DONE)


def any_form(verbs: tuple[Verb, ...] = SIGNING) -> str:
    """Every inflection the press writes of the verbs, "signer" and "signera" too."""
    return _forms(verbs, {g: _DONE[g] + _OTHER[g] for g in _DONE})


def _forms(verbs: tuple[Verb, ...], endings: dict[int, tuple[str, ...]]) -> str:
    return _alternation([v.prefix + _alternation(sorted(endings[v.group], key=len, reverse=True))
                         for v in verbs])
