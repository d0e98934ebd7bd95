"""Jobs an agreement promises: "1.200 emplois directs d'ici 2027", "Emplois attendus : 450",
"dont 600 pour le site de X" (a part of the figure before it), "respectivement 500 et 350
emplois", "recrutera 210 personnes"; what a sector employs is a statistic, not a promise.
"""

from __future__ import annotations

import re

from .amounts import APPROXIMATE, NUMBER, TOTAL, parse_number
from .facts import Fact
from .normalize import fold_upto

__all__ = ["find_jobs"]

JOBS = re.compile(
    rf"{NUMBER}\s+(?:(?:nouveaux|nouvelles|futurs)\s+)?(?P<what>emplois?|postes?(?: d'emploi)?"
    rf"|opportunites d'emploi)(?P<kind>\s+(?:directs?|indirects?|stables?|permanents?))?")
ABOUT = re.compile(rf"\bune?\s+(?P<word>{'|'.join(APPROXIMATE)})\s+(?:de\s+|d')?"
                   r"(?:nouveaux\s+)?(?:emplois?|postes?(?: d'emploi)?)\b(?P<kind>\s+directs?)?"
                   r"(?!\s+indirect)")
DIRECT_AFTER = re.compile(rf"^[^.;]{{0,40}}?\bdont\s+{NUMBER}\s+(?:emplois\s+|postes\s+)?"
                          r"directs?\b")
BOTH_KINDS = re.compile(r"\s+(?:et|ou)\s+(?:indirects?|induits?)\b")
# Words that round the figure after them ("quelque 3.000", "près de 900"), folded.
ROUNDING = r"plus de|pres de|quelque|environ|au moins"
STOCK = re.compile(r"\b(?:compte|comptait|comptent|emploie|emploient|employait|employant|"
                   r"fait (?:deja )?travailler|fait vivre|represente|represent\w+|totalise)\s+"
                   rf"(?:deja\s+|actuellement\s+|aujourd'hui\s+)?(?:plus d'|{ROUNDING}|"
                   r"quelques)?\s*$")
YEARLY = re.compile(r"\b(?:annuellement|chaque annee|par an|par annee|l'an)\b")
# a hiring to come, counted in people: "emploiera 210 personnes", "recrutera 90 techniciens"
HIRES = re.compile(rf"\b(?:emploiera|emploieront|recrutera|recruteront|embauchera|"
                   rf"embaucheront|(?:va|vont|permettra d'|permettront d')\s*(?:employer|"
                   rf"recruter|embaucher))\s+(?:(?:{ROUNDING})\s+)?{NUMBER}\s+(?:personnes|"
                   r"salaries|collaborateurs|ouvriers|ouvrieres|agents|techniciens|jeunes)\b")
# "Nombre d'emplois promis : 1 000", "Emplois attendus : 450": the figure after its label
JOBS_LABEL = re.compile(rf"\b(?:nombre d')?(?:emplois?|postes?)(?:\s+(?:directs?|promis|prevus|"
                        rf"attendus|escomptes|a creer|a la cle)){{1,2}}\s*:\s*{NUMBER}")
# "4.000 emplois, dont 1.100 pour le seul site de X": a part of the figure before it (not
# "dont 1.100 directs", which DIRECT_AFTER reads as the direct ones), to its clause's end.
SHARE = re.compile(rf"^\s*,?\s*\(?\s*dont\s+(?:(?:{ROUNDING})\s+)?{NUMBER}\b"
                   r"(?:[^.,;()]|(?<=\d)[.,](?=\d)){0,120}")
HORIZON = re.compile(r"\b(?:d'ici(?: a)?(?: fin)?|a l'horizon(?: de)?|a fin|a la fin de|"
                     r"horizon)\s+(?P<y>(?:19|20)\d{2})\b")


# "des emplois, dont 1.100 emplois à X": a part of jobs the article does not count
PART_OF = re.compile(rf"\bdont\s+(?:(?:{ROUNDING})\s+)?$")


def find_jobs(text: str, start: int, end: int, parts: list[Fact] | None = None) -> list[Fact]:
    """Jobs promised: value {direct: N, by: YEAR?}; "dont N directs" gives the direct figure.
    A part of the figure before it ("dont 1.100 pour le seul site de X") is kept in that
    figure's ``extra["shares"]`` (spans of the text); a part of no figure goes to ``parts``,
    never among the figures."""
    low = fold_upto(text, end)
    facts: list[Fact] = []
    for m in JOBS_LABEL.finditer(low, start, end):
        number = parse_number(m["num"])
        if number is not None and number >= 1:
            facts.append(Fact("jobs", {"direct": int(number)}, m.start(), m.end(), extra={
                "direct": "direct" in m.group(0), "horizon": None, "total": False}))
    for m in HIRES.finditer(low, start, end):  # "une unité qui emploiera 210 personnes"
        number = parse_number(m["num"])
        if number is not None and number >= 1:
            facts.append(Fact("jobs", {"direct": int(number)}, m.start("num"), m.end(),
                              "the article does not say these jobs are direct: keep it as "
                              "direct only if a report says so",
                              {"direct": False, "horizon": None, "total": False}))
    for m in ABOUT.finditer(low, start, end):  # "une cinquantaine de postes d'emploi"
        if STOCK.search(low[max(start, m.start() - 40):m.start()]):
            continue
        facts.append(Fact("jobs", {"direct": APPROXIMATE[m["word"]]}, m.start(), m.end(),
                          f"the article gives a round figure (\"{m['word']}\"); keep it only "
                          "if no report gives the exact number",
                          {"direct": bool(m["kind"]), "horizon": None, "total": False}))
    for m in JOBS.finditer(low, start, end):
        if any(f.start <= m.start() < f.end for f in facts) or any(
                lo <= m.start() < hi for f in facts for lo, hi in f.extra.get("shares", ())):
            continue  # ("dont 1.100 emplois à X" is a part of the figure before it)
        kind = (m["kind"] or "").strip()
        if kind.startswith("indirect"):
            continue
        number = parse_number(m["num"])
        if number is None or number < 1 or STOCK.search(low[max(start, m.start() - 40):m.start()]) \
                or YEARLY.search(low[max(start, m.start() - 30):min(end, m.end() + 25)]):
            continue  # what a sector employs or creates each year: a statistic, no promise
        value: dict[str, int] = {"direct": int(number)}
        a, b = m.start(), m.end()
        both = BOTH_KINDS.match(low, b) if kind.startswith("direct") else None
        if both:  # "1.200 emplois directs et indirects": not the direct ones alone
            kind, b = "", both.end()
        if PART_OF.search(low, max(start, a - 30), a):
            if parts is not None:
                parts.append(Fact("jobs", value, a, b))
            continue
        direct = DIRECT_AFTER.match(low[b:end])
        if direct and not kind:
            found = parse_number(direct["num"])
            if found:
                value["direct"] = int(found)
                b = b + direct.end()
        shares = _share(low, b, end)
        horizon = HORIZON.search(low, b, min(end, b + 160))
        if horizon and JOBS.search(low, shares[0][1] if shares else b, horizon.start()):
            horizon = None
        if horizon and not shares and not low[b:horizon.start()].strip(" ,"):
            shares = _share(low, horizon.end(), end)  # "4.000 emplois d'ici 2028, dont …"
        if horizon is None:
            # "porter X à 81 MMDH à l'horizon 2021 et créer 220.000 emplois": one horizon for
            # both of the coordinated aims
            earlier = list(HORIZON.finditer(low, max(start, a - 120), a))
            if earlier and re.fullmatch(r"\s+et\s+(?:a\s+|de\s+)?(?:creer|generer|la creation de|"
                                        r"permettre la creation de)\s+",
                                        low[earlier[-1].end():a]):
                horizon = earlier[-1]
            elif earlier and re.fullmatch(r"\s*,?\s*(?:quelque|pres de|plus de|environ|au moins|"
                                          r"pas moins de)?\s*", low[earlier[-1].end():a]):
                horizon = earlier[-1]  # "s'engage à créer, à l'horizon 2020, quelque 100.000"
        if horizon:
            value["by"] = int(horizon["y"])
        quote_end = max(b, horizon.end()) if "by" in value and horizon else b
        said_direct = bool(kind.startswith("direct")) or (b > m.end() and not both) or bool(
            both and direct)
        extra = {"direct": said_direct,
                 "horizon": (horizon.start(), horizon.end()) if "by" in value and horizon
                 else None,
                 "total": bool(TOTAL.search(low[max(start, a - 60):a])), "shares": shares}
        facts.append(Fact("jobs", value, a, quote_end, _jobs_todo(low, start, a, said_direct),
                          extra))
        # "créeront respectivement 500 et 350 emplois directs": each figure its own
        listed = RESPECTIVE_NUMBERS.search(low, max(start, a - 80), a)
        for number_found in LISTED_NUMBER.finditer(low, listed.start("nums"), listed.end("nums")) \
                if listed else ():
            got = parse_number(number_found.group(0))
            if got is not None and got >= 1:
                facts.append(Fact("jobs", {**value, "direct": int(got)}, number_found.start(),
                                  number_found.end(), "", {**extra, "shares": []}))
    facts.sort(key=lambda f: f.start)
    return facts


LISTED_NUMBER = re.compile(r"\d{1,3}(?:[ .]\d{3})+|\d+")
RESPECTIVE_NUMBERS = re.compile(r"\brespectivement\s+(?P<nums>(?:(?:\d{1,3}(?:[ .]\d{3})+|\d+)"
                                r"\s*,\s*)*(?:\d{1,3}(?:[ .]\d{3})+|\d+))\s+et\s+$")


def _share(low: str, at: int, end: int) -> list[tuple[int, int]]:
    """The span of the part a figure ending at ``at`` is said to hold, if any."""
    if DIRECT_AFTER.match(low[at:end]):
        return []
    share = SHARE.match(low[at:end])
    if share is None:
        return []
    said = share.group(0)
    return [(at + len(said) - len(said.lstrip(" ,(")), at + len(said.rstrip(" ,")))]


# "quelque 3.000 emplois", "près de 900 postes": a rounded figure, said as such.
ROUGHLY = re.compile(rf"(?:{ROUNDING}|pas moins de|autour de|approximativement|a peu pres|"
                     r"jusqu'a)\s+$")


def _jobs_todo(low: str, start: int, at: int, said_direct: bool) -> str:
    """What a curator must check before keeping a jobs figure as `direct`: the schema
    counts direct jobs, and an article that says "emplois" alone, or a rounded figure,
    does not say that much."""
    checks = []
    if not said_direct:
        checks.append("the article does not say these jobs are direct")
    if ROUGHLY.search(low[max(start, at - 30):at]):
        checks.append("the figure is approximate in the article")
    return "; ".join(checks) + ": keep it as direct only if a report says so" if checks else ""
