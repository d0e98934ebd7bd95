"""Agreements in the plural, without a number, signed one with each of a counted kind of
body: "des conventions de partenariat avec cinq centres hospitaliers", "Quelque trente
fédérations ont signé des contrats-programmes", "dont les contrats ont été signés par
l'ambassadeur et les représentants des associations bénéficiaires" of "quatre associations"."""

from __future__ import annotations

import re

from .amounts import SPELLED, parse_count
from .lexicon import participle
from .normalize import fold
from .sentences import Sentence

__all__ = ["one_per_partner"]

# "des conventions de partenariat avec cinq centres hospitaliers": one with each
BODIES = (r"(?:centres?|chu|associations?|communes?|universites?|banques?|entreprises?|"
          r"societes?|partenaires?|regions?|provinces?|etablissements?|operateurs?|"
          r"cooperatives?|federations?|chambres?|pays|institutions?|organismes?|agences?|"
          r"offices?|conseils?|groupes?|ecoles?|instituts?|hopitaux|clubs?|fondations?|"
          r"academies?|villes?|municipalites?|collectivites?|start-ups?|startups?|"
          r"investisseurs?|industriels?|constructeurs?|equipementiers?)")
WITH_N = re.compile(rf"^[^.;:]{{0,60}}?\bavec\s+(?:les\s+|des\s+|ses\s+|leurs\s+)?"
                    rf"(?P<n>\d{{1,2}}|{SPELLED})\s+(?:\w+\s+)?{BODIES}\b")


# "Rabat a signé avec quatre pays, dont le Gabon, des mémorandums": the
# counted bodies before the agreements, after the verb
SIGNED_WITH_N = re.compile(rf"\b{participle('singular')}\s+(?:\w+\s+){{0,3}}?avec\s+"
                           rf"(?:les\s+|des\s+|ses\s+|leurs\s+)?(?P<n>\d{{1,2}}|{SPELLED})\s+"
                           rf"(?:\w+\s+)?{BODIES}\b[^.;:]{{0,60}}$")


# "signées par le ministre et le représentant de chacune des douze chambres": one each
EACH_OF_N = re.compile(rf"\b(?:representants?|presidents?|presidentes?|responsables?|"
                       rf"directeurs?|directrices?) de chacun(?:e)? des (?P<n>\d{{1,2}}|{SPELLED})"
                       rf"\s+(?:\w+\s+)?{BODIES}\b")


# "Quelque trente fédérations ont signé des contrats-programmes": the signatories counted
BY_N = re.compile(rf"(?:^|[^\w'])(?:quelques? |pres de |plus de |environ |une )?(?P<n>\d{{1,2}}|"
                  rf"{SPELLED})\s+(?:\w+\s+)?{BODIES}\b[^.;:]{{0,80}}?\b(?:ont|avaient|vont)\s+"
                  rf"(?:\w+\s+)?{participle('singular')}\b[^.;:]{{0,60}}$")


def one_per_partner(text: str, sentences: list[Sentence], cap: int) -> int:
    """Agreements in the plural, without a number, signed with (or by) a counted kind of
    body: one per body. Signed with each beneficiary ("entre l'ambassadeur et les
    représentants de chaque organisme bénéficiaire", "… des associations bénéficiaires"),
    one per beneficiary the article counts ("en faveur de 3 associations")."""
    # "… ont été signées. Paraphées par le ministre et le représentant de chacune des huit
    # chambres, elles …": whoever signs each, in any signing sentence
    each = next((found for t in sentences if t.signing and not t.earlier
                 for found in [EACH_OF_N.search(fold(text[t.start:t.end]))] if found), None)
    for s in sentences:
        if not s.signing or s.earlier:
            continue
        for m in s.agreements:
            if m.plural and m.count is None and not m.ordinal:
                found = WITH_N.match(fold(text[m.end:min(s.end, m.end + 160)])) or \
                    BY_N.search(fold(text[s.start:m.start])) or \
                    SIGNED_WITH_N.search(fold(text[s.start:m.start])) or each
                if found:
                    n = parse_count(found["n"])
                    if n and 2 <= n <= cap:
                        return n
        if s.agreements and EACH_BENEFICIARY.search(fold(text[s.start:s.end])):
            told = [parse_count(c["n"]) or 0 for t in sentences if not t.earlier
                    for c in FOR_N.finditer(fold(text[t.start:t.end]))]
            if told and 2 <= max(told) <= cap:
                return max(told)
    return 0


EACH_BENEFICIARY = re.compile(r"\b(?:representants?|responsables?) (?:de chaque|de chacun des|des) "
                              r"(?:\w+ )?(?:organismes?|associations?|cooperatives?|ong) "
                              r"beneficiaires?\b|\bchaque (?:organisme|association|cooperative) "
                              r"beneficiaire\b")
FOR_N = re.compile(rf"\b(?:en faveur d(?:e|es)|au profit d(?:e|es)|a|pour)\s+(?P<n>\d{{1,2}}|"
                   rf"{SPELLED})\s+(?:associations|organismes|cooperatives|ong)\b")
