"""Stage 4, linking: who signed with whom, matched against the knowledge base.

Within a sentence that says something was signed, the names that sign are the verb's
subject, the list after "avec", "entre … et …", the agent after "signé par", the
"cosignataires"; names after "en présence de", "sous la présidence de" or in a quoted
speaker ("a déclaré le ministre") do not sign. Each name is then matched against the base
by id, name, acronym and alias (a spaCy PhraseMatcher over folded words); only what is
really new is proposed as a new organization or person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .grammar import is_geographic
from .mentions import find_mentions
from .names import Mention, Person
from .normalize import fold, key, slugify
from .places import city_region
from .words import COUNTRIES, DESCRIPTORS

__all__ = ["KnowledgeBase", "Party", "signing_parties"]

# What stands between two names of one list.
LIST_GAP = re.compile(r"^\s*(?:,|;|et|ainsi qu'|ainsi que|outre|de meme que|plus|ou)?\s*"
                      r"(?:,\s*)?(?:et\s+|ainsi qu'\s*|ainsi que\s+|outre\s+|"
                      r"(?:accompagnee?s?|aux cotes|en compagnie)\s+d(?:e|u|es|')\s*)?"
                      r"(?:(?:le|la|les|l'|du|de la|des)\s*)?"
                      rf"(?:(?:{'|'.join(sorted(DESCRIPTORS))})s?\s+(?:[a-z-]+(?:ne|e)?s?\s+)?)?$")
# An item described before the next one: ", leader mondial de …, la société Y".
DESCRIBED_GAP = re.compile(r"^\s*,?\s*(?:pour|specialisee?s?|active?s?|leader|qui|filiale|"
                           r"operant|installee?s?|present)[^.;()]{0,100}?,\s*(?:et\s+)?"
                           r"(?:le|la|les|l')?\s*(?:(?:societe|groupe|entreprise)s?\s+)?$")
# "l'Etat (le ministère A, le ministère B) et le secteur privé (la fédération C …)": the
# names in brackets are the parties the collective stands for.
BRACKET_GAP = re.compile(r"^\s*(?:\)\s*(?:,|et|ainsi que)?\s*[^()]{0,40})?\(\s*"
                         r"(?:(?:le|la|les|l')\s*)?$")
COLON_GAP = re.compile(r"^\s*(?:,|et)?\s*[^.;:()]{0,60}:\s*(?:(?:le|la|les|l')\s*)?$")
RELATIVE_WITH = re.compile(r"^\s*,?\s*avec (?:qui|lesquel(?:le)?s|lequel|laquelle|lesquels)\b")
NOT_PARTY_BEFORE = re.compile(
    r"(?:en presence d|sous la presidence d|presidee? par|sous l'egide d|devant|"
    r"selon|indique|a declare|a affirme|a souligne|a precise|explique|rapporte|"
    r"a annonce|au siege d|a l'initiative d|communique d|direction d|aupres d|"
    r"au profit d|en faveur d|representant d|declaration|a l'issue d|d'apres|"
    r"avec (?:la contribution|le soutien|l'appui|la participation|le concours|l'aide) d)"
    r"[^,;]{0,40}$")
PARTY_BEFORE = re.compile(r"(?:\bavec|\bentre|\bpar|\bcosignataires (?:etaient|sont)|"
                          r"\bsignataires (?:etaient|sont)|\bliant|\blie)\s+"
                          r"(?:[\w'-]+,?\s+){0,6}(?:l'|d')?$")
AFTER_PREPOSITION = re.compile(r"\b(?:dans|en|pour|sur|a|au|aux|de|du|des|d'|vers|chez|depuis|"
                               r"selon|sous|avant|apres)\s+(?:le |la |les |l')?$")


@dataclass
class Party:
    mention: Mention
    role_hint: str  # "subject", "with", "agent", "between", "fallback"


def _gap(text: str, a: int, b: int) -> str:
    return fold(text[a:b])


def _lists(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for m in mentions:
        gap = _gap(text, groups[-1][-1].end, m.start) if groups else ""
        if groups and COLON_GAP.match(gap):
            groups[-1].append(m)  # "l'Office et trois compagnies : A, B et C"
            continue
        if groups and BRACKET_GAP.match(gap) and not gap.lstrip().startswith(")"):
            groups[-1][-1].extra["collective"] = True  # stands for the names in brackets
        if groups and (LIST_GAP.match(gap) or DESCRIBED_GAP.match(gap) or BRACKET_GAP.match(gap)
                       or _person_gap(text, groups[-1][-1], m)):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


PERSON_GAP = re.compile(r"\)?\s*,?\s*(?:et|ainsi que|ainsi qu'|(?:accompagnee?s?|aux cotes|"
                        r"en compagnie)\s+d(?:e|u|es|'))?\s*(?:le|la|les|l'|un|une)?\s*")
# "la société X du groupe Y", "X, filiale de l'espagnol Y": Y owns X, it does not sign.
PARENT_GAP = re.compile(r"^\s*,?\s*(?:filiale\s+d(?:e|u|es|')\s*(?:la |le |l')?(?:\w+\s+)?|"
                        r"(?:du|de la|de l')\s*(?:groupe|holding)\s+)$")


def _person_gap(text: str, previous: Mention, current: Mention) -> bool:
    """ "le ministre X, Ryad Mezzour, et le président Y": the person sits between them;
    "Laura Flessel, ministre A, et Rachid Talbi, ministre B": the second name comes first."""
    end = previous.end
    if previous.person is not None and previous.person.end > end:
        end = previous.person.end
    start = current.start
    if current.person is not None and current.person.start < start:
        start = current.person.start
    if previous.person is None and start == current.start:
        return False
    return end <= start and bool(PERSON_GAP.fullmatch(fold(text[end:start])))


def signing_parties(text: str, sent_start: int, sent_end: int, trigger: tuple[int, int],
                    mentions: list[Mention]) -> list[Party]:
    """The names in a signing sentence that sign, with where they stand."""
    parties: list[Party] = []
    named: list[Mention] = []
    for m in mentions:
        if m.vague:
            continue
        if named and PARENT_GAP.match(fold(text[named[-1].end:m.start])):
            continue
        named.append(m)
    raw_groups = _lists(text, named)
    groups = [[m for m in group if not m.extra.get("collective")] or group
              for group in raw_groups]
    for index, group in enumerate(groups):
        first = raw_groups[index][0]
        if all(m.extra.get("weak") for m in group) and not re.search(
                r"\b(?:avec|entre|par)\s+(?:\w+\s+){0,2}$",
                fold(text[max(sent_start, first.start - 40):first.start])):
            continue  # capitalized words alone, not where a party stands
        after = fold(text[group[-1].end:trigger[0]])
        if group[-1].end <= trigger[0] and RELATIVE_WITH.match(after):
            # "X a reçu les clusters A, B et C, avec qui il a signé …"
            parties.extend(Party(m, "with") for m in group)
            if index > 0 and groups[0][0].start < first.start:
                parties.extend(Party(m, "subject") for m in groups[0])
            continue
        before = fold(text[max(sent_start, first.start - 60):first.start])
        before = re.sub(r"[\w'-]+\s*\(\s*(?:le |la |les |l')?\s*$", "", before)  # "l'Etat (le"
        clause_before = re.split(r"[;:]", before)[-1]
        if NOT_PARTY_BEFORE.search(clause_before):
            continue
        if re.search(r"\b(?:entreprises|societes|groupes|firmes|operateurs) $", before):
            for m in group:
                if m.kind == "other":
                    m.kind = "company"  # "les entreprises A, B et C"
        if first.end <= trigger[0]:
            between = fold(text[group[-1].end:trigger[0]])
            if group[-1].person and group[-1].person.end <= trigger[0]:
                between = fold(text[group[-1].person.end:trigger[0]])
            if re.search(r"\b(?:qui|dont|lequel|laquelle|selon|indique|a declare|"
                         r"en presence|(?:a|ont) (?:preside|assiste|supervise|parraine|"
                         r"inaugure)|presidera|presidant)\b", between):
                continue  # "le wali … a présidé la cérémonie de signature": not a signatory
            if re.search(r"[.;]", between) or len(between) > 140:
                continue
            if AFTER_PREPOSITION.search(clause_before[-20:]) and not re.search(
                    r"\b(?:avec|entre|par)\b", clause_before[-40:]):
                continue  # "dans la région de X" is where, not who
            # "... signée par X": the agent; else the verb's subject
            hint = "with" if re.search(r"\b(?:avec|entre)\b", clause_before[-40:]) else "subject"
            parties.extend(Party(m, hint) for m in group)
        else:
            intro = re.sub(r"[\w'-]+\s*\(\s*(?:le |la |les |l')?\s*$", "",
                           fold(text[trigger[1]:first.start]))
            listed_after = re.search(r"\b(?:notamment|a savoir|dont)\s*(?:ceux|celui|celles?)?\s*$",
                                     intro) and re.search(
                r"\b(?:ministres|responsables|representants|presidents|dirigeants|signataires)\b",
                fold(text[sent_start:trigger[0]]))  # "Plusieurs ministres ont signé, notamment …"
            # "portant la signature des ministres A et B": whose signature it bears
            signature_of = fold(text[trigger[0]:trigger[1]]).startswith("signature") and \
                re.fullmatch(r"\s*(?:de|du|des|d')\s*(?:la |le |les |l')?", intro)
            if PARTY_BEFORE.search(clause_before) or PARTY_BEFORE.search(intro[-60:]) \
                    or listed_after or signature_of:
                hint = "with" if re.search(r"\bavec|\bentre", clause_before[-60:]) else "agent"
                parties.extend(Party(m, hint) for m in group)
    return parties


@dataclass
class KnowledgeBase:
    """The base's organizations, people and events, and a matcher built from them."""

    organizations: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    taken_ids: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._orgs: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        # A ministry by its portfolio alone: "Ministère délégué auprès du chef du
        # gouvernement chargé de l'Investissement, de la Convergence …" is the base's
        # "Ministère de l'Investissement, de la Convergence …"
        self._portfolios: dict[frozenset[str], set[str]] = {}
        for org in self.organizations:
            oid = str(org.get("id") or "")
            if not oid:
                continue
            self.taken_ids.add(oid)
            ministry = org.get("kind") == "ministry"
            for name in [org.get("name"), *(org.get("aliases") or [])]:
                if not name:
                    continue
                self._orgs.setdefault(key(str(name)), oid)
                bare = without_brackets(str(name))
                # "Ministère des Sports (France)" is not the ministry an article names as
                # "le ministère des Sports": a foreign ministry by its full name only
                if bare != name and not (ministry and not moroccan(org)):
                    self._orgs.setdefault(key(bare), oid)
                if ministry and moroccan(org) and (words := portfolio(str(name))):
                    self._portfolios.setdefault(words, set()).add(oid)
            if org.get("acronym"):
                self._acronyms[str(org["acronym"]).upper()] = oid
            self._acronyms.setdefault(oid.upper(), oid)
        # "PSA" after "PSA Peugeot Citroën": the known names by their first word
        self._first_words: dict[str, set[str]] = {}
        for name_key, oid in self._orgs.items():
            if name_key:
                self._first_words.setdefault(name_key.split()[0], set()).add(oid)
        self._people: dict[str, str] = {}
        for person in self.people:
            pid = str(person.get("id") or "")
            self.taken_ids.add(pid)
            for name in [person.get("name"), *(person.get("aliases") or [])]:
                if name:
                    self._people.setdefault(key(str(name)), pid)
        self._events: dict[str, str] = {}
        for event in self.events:
            eid = str(event.get("id") or "")
            self.taken_ids.add(eid)
            if event.get("name"):
                self._events.setdefault(key(str(event["name"])), eid)
        self._matcher: Any = None

    def org(self, oid: str) -> dict[str, Any] | None:
        return next((o for o in self.organizations if o.get("id") == oid), None)

    def link_org(self, mention: Mention) -> str | None:
        """The id of the known organization this mention names, if any."""
        if mention.acronym and mention.acronym.upper() in self._acronyms:
            return self._acronyms[mention.acronym.upper()]
        name_key = key(mention.name)
        if name_key in self._orgs:
            return self._orgs[name_key]
        if re.fullmatch(r"[A-Z0-9&-]{2,}", mention.name) and mention.name.upper() in self._acronyms:
            return self._acronyms[mention.name.upper()]
        # "Maroc Clusters" for "Maroc Cluster"; "du Maroc" after a ministry's name
        for variant in (re.sub(r"s\b", "", name_key), re.sub(r" (?:du|de) maroc$", "", name_key)):
            if variant in self._orgs:
                return self._orgs[variant]
        for alias in mention.aliases:
            if key(alias) in self._orgs:
                return self._orgs[key(alias)]
        if re.fullmatch(r"[A-Z]{3,}", mention.name):
            starts = self._first_words.get(key(mention.name), set())
            if len(starts) == 1:  # the one known name that begins with it
                return next(iter(starts))
        if mention.kind == "ministry" or key(mention.name).startswith("ministere"):
            hits = self._portfolios.get(portfolio(mention.name), set())
            if len(hits) == 1:
                return next(iter(hits))
        return None

    def link_person(self, person: Person) -> str | None:
        name_key = key(person.name)
        if name_key in self._people:
            return self._people[name_key]
        last = name_key.split()[-1] if name_key else ""
        hits = {pid for k, pid in self._people.items() if k.split() and k.split()[-1] == last}
        return hits.pop() if len(hits) == 1 and len(last) > 3 else None

    def link_event(self, name: str) -> str | None:
        wanted = set(key(name).split())
        for k, eid in self._events.items():
            words = set(k.split())
            if words and len(words & wanted) / min(len(words), len(wanted) or 1) >= 0.75:
                return eid
        return None

    def phrase_matches(self, doc: Any, nlp: Any) -> list[tuple[int, int, str]]:
        """(start_char, end_char, org id) for every known name, alias or acronym in doc."""
        if not self.organizations:
            return []
        if self._matcher is None:
            from spacy.matcher import PhraseMatcher

            matcher = PhraseMatcher(nlp.vocab, attr="NORM")
            acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
            for org in self.organizations:
                oid = str(org.get("id") or "")
                names = [n for n in [org.get("name"), *(org.get("aliases") or [])] if n]
                patterns = []
                for name in names:
                    pattern = nlp.make_doc(str(name))
                    for token in pattern:
                        token.norm_ = fold(token.text)
                    patterns.append(pattern)
                if patterns:
                    matcher.add(oid, patterns)
                shorts = [s for s in (org.get("acronym"), oid.upper()) if s and len(s) >= 2]
                acronyms.add(oid, [nlp.make_doc(str(s)) for s in shorts])
            self._matcher = (matcher, acronyms)
        found = []
        for matcher in self._matcher:
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                found.append((span.start_char, span.end_char, nlp.vocab.strings[match_id]))
        return found

    def new_id(self, base: str) -> str:
        """A slug not yet used by the base or this draft."""
        base = base or "item"
        candidate, n = base, 2
        while candidate in self.taken_ids:
            candidate = f"{base}-{n}"
            n += 1
        self.taken_ids.add(candidate)
        return candidate


def mentions_in(tokens: list[Any], kb: KnowledgeBase,
                known_spans: list[tuple[int, int, str]]) -> list[Mention]:
    """The sentence's organizations, each linked to the base when the base knows it."""
    mentions = find_mentions(tokens)
    covered: list[tuple[int, int]] = []
    for m in mentions:
        m.kb_id = kb.link_org(m)
        for a, b, oid in known_spans:
            if m.kb_id is None and a >= m.start and b <= m.end and \
                    (b - a) >= 0.6 * (m.end - m.start) and not m.vague:
                m.kb_id = oid
        covered.append((m.start, m.end))
    if tokens:
        s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        for a, b, oid in known_spans:
            if a >= s and b <= e and all(b <= x or a >= y for x, y in covered):
                org = kb.org(oid) or {}
                mentions.append(Mention(str(org.get("name") or oid), a, b,
                                        str(org.get("kind") or "other"), True, kb_id=oid))
                covered.append((a, b))
    mentions.sort(key=lambda m: m.start)
    return [m for m in mentions if m.kb_id or not (key(m.name) in COUNTRIES
                                                   or city_region(m.name) is not None
                                                   or is_geographic(m.name))]


def moroccan(org: dict[str, Any]) -> bool:
    return str(org.get("country") or "MA").upper() == "MA"


_NOT_PORTFOLIO = {"ministere", "ministre", "delegue", "deleguee", "aupres", "chef", "du",
                  "gouvernement", "charge", "chargee", "de", "des", "la", "le", "les", "l",
                  "d", "et", "a", "au", "aux", "en", "maroc", "royaume"}


def without_brackets(name: str) -> str:
    """The name without a last bracketed part: "Banque mondiale (BIRD)" -> "Banque mondiale"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name)


def portfolio(name: str) -> frozenset[str]:
    """What a ministry is in charge of, as a set of words (plural s dropped), without the
    words that say how it is attached: empty for a name that is not a ministry's."""
    words = key(without_brackets(name)).split()
    if not words or words[0] not in {"ministere", "ministre"}:
        return frozenset()
    return frozenset(re.sub(r"(?<=..)s$", "", w) for w in words if w not in _NOT_PORTFOLIO)


def org_slug(mention: Mention) -> str:
    """ "anp" for an acronym; else the name's significant words."""
    if mention.acronym:
        return slugify(mention.acronym)
    words = [w for w in re.findall(r"[a-z0-9]+", fold(mention.name))
             if w not in {"de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "a", "au",
                          "aux", "en"}]
    if words and words[0] == "ministere":
        words = ["ministere", *words[1:]]
    return "-".join(words[:5])
