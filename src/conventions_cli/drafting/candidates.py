"""Every organization the article names, as a candidate party, with what is known of it.

The rules of `sharing` decide which organizations sign; this module gathers all those the
sentences name (the ones the rules kept and the ones they left), one candidate per body,
and describes each by numbers a party model can weigh: the rules' own decision and the
role they saw, whether it is named where something is signed, its place in the parse
around the signing verb, in the lead, how often, its kind, whether the base knows it,
and the cues of a body that presides, guarantees or benefits rather than signs.

It is what bench/party_model.py measures a trained decision with (bench/drafting-model.md:
learned on these features, it did not decide better than the rules on articles it was not
trained on, so drafting does not use one).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from .drafts import Work
from .emission import council_key
from .names import Mention
from .normalize import fold, slugify

__all__ = ["FEATURES", "Candidate", "candidates", "entity_key"]

FEATURES = (
    "bias",
    "rule_kept", "rule_subject", "rule_with", "rule_agent", "rule_other_role",
    "in_signing", "in_trigger_any", "only_earlier_or_future", "in_lead", "in_first_two",
    "in_title", "mentions_log", "first_position",
    "dep_subject", "dep_object", "dep_oblique", "dep_modifier", "dep_conj", "dep_appos",
    "verb_governs",
    "after_avec", "after_entre", "after_et", "after_par", "after_de", "after_comma",
    "before_verb", "after_verb",
    "kind_ministry", "kind_public", "kind_company", "kind_international", "kind_association",
    "kind_other", "state", "foreign", "territory", "financier",
    "known", "has_acronym", "with_person", "bare",
    "name_words_log", "one_word", "generic_name", "part_of_other", "kept_in_article_log",
    "cue_presided", "cue_beneficiary", "cue_guarantor", "cue_purpose",
)

PRESIDED = re.compile(r"(?:sous la presidence d|presidee? par|en presence d|sous l'egide d|"
                      r"sous le haut patronage d)[^.;]{0,40}$")
BENEFICIARY = re.compile(r"(?:au profit d|en faveur d|beneficiaires?|au benefice d|"
                         r"profit\w* (?:a|au|aux) ?|destinee?s? a|pour le compte d)[^.;,]{0,25}$")
GUARANTOR = re.compile(r"(?:garantie? (?:par|de)|avec l'appui d|avec le soutien d|"
                       r"avec l'accompagnement d|finance(?:e|s|es)? par|appuye(?:e|s|es)? par)"
                       r"[^.;,]{0,25}$")
PURPOSE = re.compile(r"\b(?:pour|afin de|en vue de|visant a|dans le cadre d)\b[^.;]{0,60}$")
TERRITORY = re.compile(r"\b(?:region|province|prefecture|commune|conseil (?:regional|provincial|"
                       r"communal|de la region|de la province|de la commune)|wilaya|ville)\b")


@dataclass
class Candidate:
    """One organization the article names: its mentions and, in `features`, what the
    model weighs (named as in FEATURES)."""

    key: str
    mention: Mention  # the fullest mention, the one a party would be drafted from
    mentions: list[Mention] = field(default_factory=list)
    kept: bool = False  # the rules made it a party of some agreement
    features: dict[str, float] = field(default_factory=dict)

    def vector(self) -> list[float]:
        return [self.features.get(name, 0.0) for name in FEATURES]


def entity_key(m: Mention) -> str:
    """One key per body, as emission gives one id per body: its id in the base, else its
    acronym, else its name (a council's two wordings one) and country."""
    if m.kb_id:
        return m.kb_id
    k = (m.acronym or "").upper() or council_key(slugify(m.name, 0))
    return k + (f"@{m.country}" if m.country and not m.acronym else "")


def candidates(work: Work) -> list[Candidate]:
    """The organizations of the article, kept or left by the rules, with their features."""
    found: dict[str, Candidate] = {}
    roles: dict[str, set[str]] = {}
    for parties in work.parties_by_sentence.values():
        for p in parties:
            roles.setdefault(entity_key(p.mention), set()).add(p.role_hint)
    for p in [*work.subject, *work.partners]:
        roles.setdefault(entity_key(p.mention), set()).add(p.role_hint)
    kept = {entity_key(m) for a in work.agreements for m, _ in a.parties}
    named = [(s, m) for s in work.sentences for m in s.mentions if not m.vague]
    in_parties = [m for a in work.agreements for m, _ in a.parties]
    for m in [*(m for _, m in named), *in_parties]:
        k = entity_key(m)
        c = found.get(k)
        if c is None:
            found[k] = c = Candidate(k, m)
        if not any(m is other for other in c.mentions):
            c.mentions.append(m)
        if len(m.name) > len(c.mention.name) and m.kb_id == c.mention.kb_id:
            c.mention = m
    sentence_of = {id(m): s for s, m in named}
    for c in found.values():
        c.kept = c.key in kept
        c.features = _features(work, c, roles.get(c.key, set()), sentence_of)
    words = {k: _words(c.mention.name) for k, c in found.items()}
    for k, c in found.items():
        c.features["part_of_other"] = float(bool(words[k]) and any(
            words[k] < other for j, other in words.items() if j != k))
        c.features["kept_in_article_log"] = math.log1p(len(kept))
    return sorted(found.values(), key=lambda c: min(m.start for m in c.mentions))


def _features(work: Work, c: Candidate, roles: set[str], sentence_of: dict[int, Any]
              ) -> dict[str, float]:
    text, low = work.text, fold(work.text)
    f: dict[str, float] = {"bias": 1.0, "rule_kept": float(c.kept)}
    f["rule_subject"] = float("subject" in roles)
    f["rule_with"] = float(bool(roles & {"with", "between"}))
    f["rule_agent"] = float("agent" in roles)
    f["rule_other_role"] = float(bool(roles - {"subject", "with", "between", "agent"}))
    body = [s for s in work.sentences if not s.title]
    first_two = {s.index for s in body[:2]}
    lead = work.lead.index
    said = [(sentence_of[id(m)], m) for m in c.mentions if id(m) in sentence_of]
    sentences = [s for s, _ in said]
    f["in_signing"] = float(any(s.signing for s in sentences))
    f["in_trigger_any"] = float(any(s.triggers for s in sentences))
    f["only_earlier_or_future"] = float(bool(sentences) and all(
        s.earlier or s.future for s in sentences if s.triggers) and any(
        s.triggers for s in sentences))
    f["in_lead"] = float(any(s.index == lead for s in sentences))
    f["in_first_two"] = float(any(s.index in first_two for s in sentences))
    f["in_title"] = float(any(s.title for s in sentences))
    f["mentions_log"] = math.log1p(len(said))
    first = min((m.start for m in c.mentions), default=0)
    f["first_position"] = first / max(1, len(text))
    for s, m in said:
        if not s.triggers:
            continue
        for name, value in _around_the_verb(text, low, s, m).items():
            f[name] = max(f.get(name, 0.0), value)
    m = c.mention
    kind = m.kind or "other"
    for k, name in (("ministry", "kind_ministry"), ("public-body", "kind_public"),
                    ("company", "kind_company"), ("international", "kind_international"),
                    ("association", "kind_association")):
        f[name] = float(kind == k)
    f["kind_other"] = float(kind not in ("ministry", "public-body", "company",
                                         "international", "association"))
    f["state"] = float(any(x.extra.get("state") for x in c.mentions))
    f["foreign"] = float(bool(m.country) and m.country != "MA")
    f["territory"] = float(bool(TERRITORY.search(fold(m.name))))
    f["financier"] = float(any(x.extra.get("financier") for x in c.mentions)
                           or work.kb.is_financier(m.kb_id))
    f["known"] = float(m.kb_id is not None)
    f["has_acronym"] = float(bool(m.acronym))
    f["with_person"] = float(any(x.person is not None for x in c.mentions))
    f["bare"] = float(all(x.bare for x in c.mentions))
    f["name_words_log"] = math.log1p(len(_words(m.name)))
    f["one_word"] = float(len(m.name.split()) == 1)
    # "Comité de pilotage", "Conseil communal": no proper name after the head, unknown
    f["generic_name"] = float(m.kb_id is None and not m.acronym and not any(
        w[:1].isupper() for w in m.name.split()[1:]))
    for name, cue, reach in (("cue_presided", PRESIDED, 80), ("cue_beneficiary", BENEFICIARY, 45),
                             ("cue_guarantor", GUARANTOR, 45), ("cue_purpose", PURPOSE, 80)):
        f[name] = float(any(cue.search(low[max(0, x.start - reach):x.start])
                            for x in c.mentions))
    return f


SMALL = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "pour"}


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", fold(name)) if w not in SMALL)


def _around_the_verb(text: str, low: str, s: Any, m: Mention) -> dict[str, float]:
    """Where the mention stands towards the sentence's signing verb: its relation in the
    parse, whether the verb governs it, the word before it, which side of the verb."""
    out: dict[str, float] = {}
    verbs = [t for t in s.tokens if any(a <= t.idx < b for a, b in s.triggers)]
    inside = [t for t in s.tokens if m.start <= t.idx < m.end]
    if inside:
        span_ids = {t.i for t in inside}
        head = next((t for t in inside if t.head.i not in span_ids or t.head.i == t.i),
                    inside[0])
        dep = head.dep_.split(":")[0]
        out["dep_subject"] = float(dep in ("nsubj", "csubj"))
        out["dep_object"] = float(dep == "obj")
        out["dep_oblique"] = float(dep in ("obl", "iobj"))
        out["dep_modifier"] = float(dep == "nmod")
        out["dep_conj"] = float(dep == "conj")
        out["dep_appos"] = float(dep == "appos")
        verb_ids = {v.i for v in verbs}
        node, steps = head, 0
        while steps < 4 and node.head.i != node.i:
            node = node.head
            steps += 1
            if node.i in verb_ids:
                out["verb_governs"] = 1.0
                break
    before = low[max(s.start, m.start - 12):m.start]
    word = re.findall(r"[a-z]+|,", before)
    last = word[-1] if word else ""
    if last in ("l", "la", "le", "les") and len(word) > 1:
        last = word[-2]
    out["after_avec"] = float(last == "avec")
    out["after_entre"] = float(last == "entre")
    out["after_et"] = float(last == "et")
    out["after_par"] = float(last == "par")
    out["after_de"] = float(last in ("de", "du", "des", "d"))
    out["after_comma"] = float(last == ",")
    trigger = s.triggers[0][0]
    out["before_verb"] = float(m.end <= trigger)
    out["after_verb"] = float(m.start >= trigger)
    return out
