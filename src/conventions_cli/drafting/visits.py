"""The visit during which agreements were signed, as their event: "en visite au Maroc",
"dans le cadre d'une visite officielle au Maroc", "le Premier ministre X qui effectuait sa
première visite officielle", named after who made it."""

from __future__ import annotations

import re

from .facts import Fact
from .lexicon import stems
from .normalize import fold, fold_upto
from .sentences import Sentence
from .words import COUNTRIES, MONTH_WORDS, nationality

__all__ = ["visit_during"]


# "en visite au Maroc", "qui effectue une visite officielle au Maroc", "à l'occasion de la
# visite d'État du président X": a visit under way is the occasion of the signing.
VISIT = re.compile(
    r"\b(?:en|(?:lors|a l'occasion|dans le cadre|au cours|en marge|dans le sillage)"
    r" (?:de (?:la|sa)|d'une)|(?:pendant|durant|avec) (?:la|sa|une)|"
    # "qui effectuait sa toute première visite officielle", "effectue, les 10 et 11 juin,
    # une visite"
    r"(?P<qui>qui )?effectu(?:e|ent|ait|aient|ant)(?: actuellement)?(?:,[^,;.]{1,40},|"
    r" (?:le|les|du|ce) [^,;.]{1,40}?)?"
    r" (?:une|sa|son)(?: toute)?(?: premiere)?)\s+"
    r"(?P<visit>visite(?: officielle| d'etat| de travail| d'amitie| de fraternite|"
    r"(?: et)? d'amitie| et de travail| de travail et de fraternite)*)\b")
PAST_DAY = re.compile(rf"\b(?:(?:1er|\d{{1,2}}) |en |au mois d(?:e |'))(?:{'|'.join(MONTH_WORDS)})"
                      r"(?: (?:19|20)\d\d)? (?:dernier|passe)\b")
WHERE = re.compile(r"\s+(?P<where>(?:au|en|a|à|aux|dans le) (?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)?)")
VISITOR = re.compile(r"\s+(?P<prep>de|du|d')\s*(?P<who>(?:M\.|Mme|SM|S\.M\.|le|la|l')?\s*"
                     r"[^,;.()«»]{3,70}?)(?=\s*[,;.()]|\s+(?:au|en|a|aux|dans|qui|ou|et|pour|"
                     r"les|le|la)\s|$)")
MAKING = re.compile(r"\s+(?:qu'|qu’|que\s+)(?:effectue|effectuait|accomplit|entreprend|fait)\s+"
                    r"(?P<who>(?:le |la |l')?[^,;.()«»]{3,60}?)"
                    r"(?=\s+(?:au|en|a|aux|dans le) [A-Z])")
# "la visite effectuée mardi par une délégation de l'Office X": who made it
MADE_BY = re.compile(r"\s+effectuee\b[^.;()]{0,40}?\bpar\s+(?P<who>(?:une |un |le |la |l')?"
                     r"[^,;.()«»]{3,70}?)(?=\s*[,;.()]|\s+(?:au|aux|a|en|dans|qui|pour)\s|$)")
# the noun phrase a relative "qui" opens on: "le Premier ministre canadien qui …"
HEAD_BEFORE = re.compile(r"(?P<who>\b(?:le|la|l')\s*[^,;()]{3,60}?)\s*,?\s*qui\s*$")
SUBJECT = re.compile(r"^\s*(?P<who>(?:Le|La|L')\s*[^,;()]{3,60}?)\s*,\s*(?:qui\s|en\s)")


HONORIFICS = re.compile(r"^(?:(?:M\.|Mme|Monsieur|Madame|SA|SM|S\.M\.|SE|S\.E\.)\s+)+(?=[A-Z])")


def _of(who: str, elide: bool = False) -> str:
    """ "du roi X" for "le roi X", else "de X" (`elide`: "d'une délégation"); "de X" for
    "Monsieur X", "SA X": no honorific."""
    who = HONORIFICS.sub("", who)
    if fold(who).startswith("le "):
        return "du " + who[3:]
    return ("d'" if elide and fold(who)[:1] in "aeiouy" else "de ") + who


def visit_during(text: str, sentences: list[Sentence], year: int | None,
                 recalled: bool = False) -> Fact | None:
    """The visit a named (or titled) person makes, as the event of the signing; `recalled`:
    the signing says it came during or at the end of "cette visite", so one the article
    tells as done ("X a effectué une visite à Dakar") is that visit."""
    earlier = r"avait|avaient|avoir|aura|auront" if recalled else \
        r"avait|avaient|a|ont|aura|auront|avoir"
    seen: set[int] = set()
    for s in sentences:
        if s.index in seen:
            continue
        seen.add(s.index)
        low = fold(text[s.start:s.end])
        for m in VISIT.finditer(low):
            if re.search(rf"\b(?:{earlier}|derniere?|precedente?)\s*$", low[:m.start()]) or \
                    re.match(r"\s*(?:prochaine|precedente|de 20|de 19)", low[m.end():]):
                continue  # an earlier or a coming visit
            past = PAST_DAY.search(low[:m.start()])
            if past and not re.search(rf"\b{stems()}", low[past.end():m.start()]):
                continue  # "les engagements pris le 3 avril dernier lors de la visite …"
            at = s.start + m.start("visit")
            end = s.start + m.end("visit")
            words = text[at:end]
            where = WHERE.match(text, end, s.end)
            if where:
                words += " " + where["where"]
                end = where.end()
            who = VISITOR.match(text, end, s.end)
            visitor = None
            making = None if where else MAKING.match(text, end, s.end)
            made_by = None if where or making else MADE_BY.match(fold_upto(text, s.end), end)
            named_after = next((p for p in s.people if where and p.start > end and
                                re.fullmatch(r"\s*,\s*", text[end:p.start])), None)
            if made_by:  # "la visite effectuée jeudi par une délégation de l'ANP"
                visitor = _of(text[made_by.start("who"):made_by.end("who")], elide=True)
                end = made_by.end()
            elif named_after is not None:
                # "la ministre israélienne de l'Économie en visite au Royaume, Orna B.":
                # the one named right after the visit made it
                visitor = "de " + HONORIFICS.sub("", named_after.name)
            elif making:  # "la visite officielle qu'effectue le roi X en Chine"
                visitor = _of(making["who"])
                end = making.end()
                place = WHERE.match(text, end, s.end)
                if place:
                    visitor += " " + place["where"]
                    end = place.end()
            elif who and who["prep"] == "du" and re.match(r"[a-z]", who["who"]) and any(
                    nationality(w) for w in fold(who["who"]).split()[1:]):
                # "la visite du responsable coréen", not "du ministre": whose, by his country
                visitor = "du " + who["who"]
                end = who.end()
            elif who and (who["who"][:1].isupper() or re.match(r"(?:le|la|l')\s*\w", who["who"])):
                visitor = _of(who["who"])
                end = who.end()
            elif m["qui"] and (head := HEAD_BEFORE.search(text, s.start, s.start + m.start())):
                visitor = _of(head["who"])  # "le Premier ministre canadien qui effectuait …"
            else:
                before = [p for p in s.people if p.end <= at]
                if before:
                    visitor = "de " + HONORIFICS.sub("", before[-1].name)
                else:
                    subject = SUBJECT.match(text[s.start:at])
                    if subject:
                        visitor = _of(subject["who"])
            if visitor is None:
                continue
            name = f"{words} {visitor}".strip()
            name = name[:1].upper() + name[1:]
            if year:
                name = f"{name} ({year})"
            city = re.fullmatch(r"(?:a|à) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", where["where"]) \
                if where else None
            extra = {"city": (city[1], where.start("where") + 2, where.end("where"))} \
                if city and where and fold(city[1]) not in COUNTRIES else {}
            return Fact("event", {"name": name}, at, end,
                        todo="the visit during which it was signed: check its name and dates",
                        extra=extra)
    return None
