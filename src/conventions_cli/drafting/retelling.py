"""The same agreement told again: in the words of a signatory ("avoir signé"), by the
bodies named before, with the same sum ("un prêt de 200 M$" then "un accord de prêt de
200 M$"), or for the same purpose ("une convention pour le développement de X" twice).
`counting` asks these questions before it counts an agreement one more time."""

from __future__ import annotations

import re

from .amounts import find_amounts
from .lexicon import stems
from .normalize import MO, fold
from .sentences import Sentence, day_words
from .signing import AgreementMention

__all__ = ["ADDED", "Named", "alike", "all_days", "another_day", "in_their_words", "known", "named",
           "it_is", "own_amount", "purpose", "same_kind", "same_signers", "tells_again"]

ADDED = re.compile(r"\b(?:egalement|aussi|en outre|par ailleurs|de meme|"
                   r"outre (?:ce|cet|cette|ces|le|la|les|l'))\b")  # "Outre cet accord, …"


# "X a indiqué avoir signé un accord avec Y", "« Nous avons aussi signé un accord avec Y »":
# a signatory telling what was signed, not one more signing.
IN_THEIR_WORDS = re.compile(rf"\bavoir (?:\w+ )?{stems()}|"
                            rf"\b(?:nous|j')\s*(?:avons|ai) (?:\w+ )?{stems()}")


def in_their_words(text: str, s: Sentence) -> bool:
    return bool(IN_THEIR_WORDS.search(fold(text[s.start:s.end])))


Named = list[tuple[str | None, set[str], set[str]]]


def named(text: str, s: Sentence) -> Named:
    """Each body the sentence names: its id in the base, the words of its name and the
    words as written ("PDG du groupe X" for the group X)."""
    out = []
    for at, x in enumerate(s.mentions):
        if at and re.fullmatch(r"\s*\(\s*", text[s.mentions[at - 1].end:x.start]) and \
                re.match(r"\s*\)", text[x.end:x.end + 3]):
            continue  # "la Chambre arabo-allemande (Ghorfa)": the name before, again
        name = set(re.findall(r"\w+", fold(x.name))) - PRONOUNS - GENERIC
        written = set(re.findall(r"\w+", fold(text[x.start:x.end]))) - PRONOUNS - GENERIC
        first = (x.name.split() or [""])[0]
        if re.fullmatch(r"[A-Z]{2,}", first):  # "PSA", then "PSA Peugeot-Citroën": one body
            name.add("acronym:" + first)
        if x.acronym and re.fullmatch(r"[A-Z][A-Za-z0-9&-]+", x.acronym):
            name.add("acronym:" + x.acronym.upper())  # "l'AMDIE", then "L'Agence … (AMDIE)"
        if x.kb_id is None and text[x.start:x.end].islower():
            continue  # "la quatrième ville industrielle": no name, nobody new
        if not x.vague and not x.bare and (name or written):  # "cette institution": no one new
            out.append((x.kb_id, name, written))
    return out


def known(names: Named, before: Named) -> bool:
    """Every body of ``names`` was named in ``before`` (same id, or no new word)."""
    ids = {i for i, _, _ in before if i}
    words = {w for _, a, b in before for w in a | b}
    return all(i in ids or bool(a) and a <= words or bool(b) and b <= words or
               any(w.startswith("acronym:") and w in words for w in a) or
               _bracketed_acronym_only(a, words) for i, a, b in names)


def _bracketed_acronym_only(name: set[str], words: set[str]) -> bool:
    """"le Centre X (CX)" after "le Centre X": the acronym in brackets names nobody new."""
    plain = {w for w in name if not w.startswith("acronym:")}
    return len(plain) >= 2 and plain <= words


PRONOUNS = {"nous", "vous", "ils", "elles", "il", "elle", "on"}  # "Nous avons signé …"
GENERIC = {"groupe", "societe", "ste", "le", "la", "les", "l", "d", "de", "des", "du", "et"}


def tells_again(text: str, s: Sentence, summary: list[tuple[str, Named]]) -> bool:
    """ "A et B viennent de signer un accord et un contrat." then "Un accord et un contrat
    ont été signés jeudi à Rabat entre A (…) et B, filiale de C": the same kinds, each
    one introduced again, with a day, by the bodies the summary named (and perhaps more)."""
    told = [m for m in s.agreements if m.indefinite and not m.ordinal]
    names = named(text, s)
    return bool(day_words(text, s)) and not ADDED.search(fold(text[s.start:s.end])) and \
        len(told) == len(summary) == len(s.agreements) and all(
            same_kind(m.type, t) and known(n, names)
            for m, (t, n) in zip(told, summary, strict=True))


def same_kind(a: str, b: str) -> bool:
    """ "un protocole d'accord" told again as "un accord": the general word for the same."""
    return a == b or "accord" in (a, b) and (a + b).count("accord") == 2


def own_amount(text: str, s: Sentence, m: AgreementMention) -> tuple[int, str] | None:
    """The sum that qualifies the mention ("un prêt de 200 millions de dollars", "une
    convention d'un montant de 3 MDH"), as (amount, currency)."""
    for f in find_amounts(text, m.end, min(s.end, m.end + 60)):
        if not f.extra["equivalent"] and re.fullmatch(
                r"\s*,?\s*(?:de|d'un montant (?:global |total )?de|d'une valeur de|portant sur)"
                r"\s*(?:pres de |plus de |quelque |environ )?", fold(text[m.end:f.start])):
            return f.value["amount"], f.value["currency"]
        break
    return None


LINKS = {"le", "la", "les", "l", "de", "d", "du", "des", "et", "a", "au", "aux", "en", "un",
         "une", "sur", "dans", "par", "avec", "pour", "visant", "relatif", "relative",
         "portant", "afin"}
AIM = re.compile(r"\s*,?\s*(?:pour|visant|portant sur|relati(?:f|ve) (?:a|au|aux)|afin de|en vue "
                 r"d|destinee? a|dans le domaine d)")


def purpose(text: str, s: Sentence, m: AgreementMention) -> tuple[str, ...]:
    """The first five words that say what the agreement is for ("pour le développement de
    l'irrigation localisée …" -> developpement irrigation localisee …), or none."""
    low = fold(text[m.end:s.end])
    if not AIM.match(low):
        return ()
    words = [w for w in re.findall(r"[a-z0-9]+", re.split(r"[,;:.()]", low)[0])
             if w not in LINKS]
    return tuple(words[:5]) if len(words) >= 3 else ()


def alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two purposes that agree on all the words both give (three at least)."""
    k = min(len(a), len(b))
    return k >= 3 and a[:k] == b[:k]


def all_days(text: str, s: Sentence) -> set[str]:
    """Every weekday and day of the month the sentence names ("mercredi", "2 decembre")."""
    return {re.sub(r"^0", "", d) for d in re.findall(
        r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|\d{1,2}(?:er)? "
        rf"(?:{MO}))\b", fold(text[s.start:s.end]))}


def another_day(text: str, s: Sentence, lead: Sentence) -> bool:
    """ "… signée lundi 19 décembre …", then "Une lettre … a été signée le 14 décembre": the
    sentence dates its signing on a day of the month other than every one the lead names."""
    def dated(x: Sentence) -> set[str]:
        return {d for d in all_days(text, x) if d[:1].isdigit()}

    own, lead_days = dated(s), dated(lead)
    return bool(own) and bool(lead_days) and not own & lead_days


def same_signers(text: str, s: Sentence, before: Sentence) -> bool:
    """ "A et B ont procédé vendredi à la signature d'une convention" then "A, ministre de X,
    et son homologue B ont signé aujourd'hui une convention": the same two people sign, with
    no word of another one: the same signing told again."""
    def surnames(x: Sentence) -> set[str]:
        people = [p.name for p in x.people] + [m.person.name for m in x.mentions if m.person]
        return {fold(name).split()[-1] for name in people if name.split()}

    now = surnames(s)
    return len(now) >= 2 and now <= surnames(before) and not ADDED.search(
        fold(text[s.start:s.end]))


# "Il s'agit concrètement d'un plan d'action …" right after one agreement was told: what it is
IT_IS = re.compile(r"\W*il s'agit (?:\w+ )?(?:d'un|d'une)\s*$")


def it_is(text: str, s: Sentence, m: AgreementMention, before: Sentence) -> bool:
    return before.signing and len(before.agreements) == 1 and not before.agreements[0].plural \
        and bool(IT_IS.match(fold(text[s.start:m.start])))
