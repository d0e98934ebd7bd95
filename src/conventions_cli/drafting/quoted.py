"""Names that hold signs: "la société \"Nour #2: Solaire & Co\"", "l'association « Dar X :
savoir & partage »" (in quotes: one body, whole), "la société [Sud] Digital" (unquoted:
whole, with a TODO), never cut into pieces at their signs."""

from __future__ import annotations

from .complements import _adjectives
from .grammar import _cap, _name_case, _Reader
from .names import Mention
from .normalize import fold
from .words import DESCRIPTORS

__all__ = ["NAMED_KINDS", "in_quotes_after", "quoted_name", "sign_name", "whole_in_quotes"]


# the heads whose body a name in quotes names whole: "l'association « Dar X : savoir & Y »"
NAMED_KINDS = ("association", "federation", "cluster", "network")


# each opening quote as the article writes it, and the one that closes it
CLOSING = {"«": "»", '"': '"', "\u201c": "\u201d", "\u201e": "\u201d"}


def _in_quotes(r: _Reader, j: int, most: int) -> tuple[int, str]:
    """The text in the quotes that open at token j and close within `most` tokens, as the
    article writes it, and the closing quote's token; (j, "") when there are none."""
    closing = CLOSING.get(r.written(j, j + 1)) if j < r.n else None
    if closing is None:
        return j, ""
    k = j + 1
    while k < r.n and k - j <= most and r.written(k, k + 1) != closing:
        k += 1
    if k >= r.n or k - j > most:
        return j, ""
    return k, r.written(j + 1, k).strip()


def quoted_name(r: _Reader, i: int, head_kind: tuple[str, bool]) -> tuple[Mention, int] | None:
    """ "le groupe japonais «Yazaki»", "la société « Nectarome »", "l'association « Dar
    Al-Ma'rifa : savoir & partage »": the name in quotes, whole, whatever it holds, as the
    article writes it: other quotes inside it ("« Dar “Bleu” »"), a backtick, kept."""
    j, country = _adjectives(r, i + 1)
    k, name = _in_quotes(r, j, 16)
    first = next((c for c in name if c.isalnum()), "")
    if not name or not (first.isupper() or first.isdigit() or not name[0].isalnum()):
        return None
    word = r.low(i)
    kind, sure = ("company", False) if word in DESCRIPTORS else head_kind
    if word not in DESCRIPTORS:
        name = f"{_name_case(r.t[i].text)} {name}"  # "Association Dar …"
    return Mention(name, r.t[i].idx, r.t[k].idx + len(r.t[k].text), kind,
                   sure, country=country, head=word), k + 1


def whole_in_quotes(r: _Reader, found: list[Mention]) -> list[Mention]:
    """ "entre « Archives du Maroc » et « Archives nationales de Türkiye »", "la « Société
    Portuaire de Lomé »": a name read inside a pair of quotes is the whole quoted name (up to
    eight words, opening on a capital), lower-case words and all; what else was read inside
    it as names goes."""
    pairs = []  # (start, end, name) of each quoted stretch of up to ten tokens
    j = 0
    while j < r.n:
        k, name = _in_quotes(r, j, 10)
        if name and _cap(r.t[j + 1]) and len(name.split()) <= 8:
            pairs.append((r.t[j + 1].idx, r.t[k - 1].idx + len(r.t[k - 1].text), name))
        j = k + 1 if name else j + 1  # a closing quote opens nothing
    out: list[Mention] = []
    widened: tuple[int, int] | None = None
    for m in found:
        if widened and widened[0] <= m.start and m.end <= widened[1]:
            continue  # inside the quoted name just widened
        pair = next((p for p in pairs if p[0] <= m.start and m.end <= p[1]), None)
        if pair and (m.start, m.end) != pair[:2] and not (m.person or m.kb_id or m.vague):
            m.name, m.start, m.end = pair[2], pair[0], pair[1]
            widened = pair[:2]
        out.append(m)
    return out


SIGNS = set("[]{}@~`#:><|")
JOINERS = set("&+/")  # "Sahel Logistique & Froid": a company name's usual signs, read as ever


def sign_name(r: _Reader, i: int) -> tuple[Mention, int] | None:
    """ "la société [Sud] Digital", "l'entreprise @Maison Services", "la société Oui: Nous
    Pouvons": a name with signs in it, unquoted, taken whole up to where its capitalized
    words end, with a TODO to check it (the signs would otherwise cut it in pieces)."""
    j, country = _adjectives(r, i + 1)
    if i + 1 < r.n and (r.t[i + 1].text[:1] in SIGNS or r.t[i + 1].text == "'"):
        j = i + 1  # "@Maison", which the tagger may take for an adjective; "`Ticket" (read "'")
    k, signs = j, 0
    while k < r.n and k - j <= 10:
        text = r.t[k].text
        colon = text == ":" and k + 1 < r.n and not _cap(r.t[k + 1])  # "X : une …"
        if k == j and text == "'" or text[:1] in SIGNS and not colon:
            signs += 1
        elif not (_cap(r.t[k]) or text[:1].isdigit() or text in JOINERS):
            break
        k += 1
    while k > j and r.t[k - 1].text in SIGNS:
        k -= 1  # a sign after the name ("… Digital :") is not the name's
    name = r.written(j, k).strip()
    if not signs or k == j or not any(c.isalpha() for c in name) or \
            r.text(j, k).count(" ") > 8:
        return None
    return Mention(name, r.t[i].idx, r.t[k - 1].idx + len(r.t[k - 1].text), "company",
                   False, country=country, head=r.low(i),
                   extra={"unclear": "the name holds signs: check it as the article "
                                     "writes it"}), k


def in_quotes_after(r: _Reader, mention: Mention, j: int) -> tuple[Mention, int]:
    """ "la poste de Mauritanie « Mauripost »", "l'office des changes « OC Maroc »": a body
    described, then its own name in quotes right after: one body, by that name, the
    description kept as an alias."""
    k, name = _in_quotes(r, j, 6) if not (mention.bare or mention.acronym) else (j, "")
    if not name[:1].isupper() or fold(name) in fold(mention.name):
        return mention, j
    mention.aliases.append(mention.name)
    mention.name, mention.end = name, r.t[k].idx + len(r.t[k].text)
    mention.vague = False  # "la poste de X" written small: its name says who
    return mention, k + 1
