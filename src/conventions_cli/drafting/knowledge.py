"""The knowledge base as a gazetteer: its organizations, people and events, matched by id,
name, acronym and alias (a spaCy PhraseMatcher over folded words), and by what a name
means rather than how it is spelled: a ministry by its portfolio ("le ministère des
Finances" is the base's Economy and Finance ministry when no other Moroccan ministry has
finance in its name), a regional council or a commune by its territory ("le conseil de
la région Casablanca-Settat" is the base's "Région Casablanca-Settat (Conseil
régional)"), an event by its name and its year (the 2010 Assises are not the 2009 ones).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .countries import country_name
from .editions import event_candidates
from .financiers import FINANCIERS, UNIT_WORDS
from .names import Mention, Person
from .nearnames import NearNames
from .normalize import fold, key, slugify, without_brackets
from .words import nationality

__all__ = ["KnowledgeBase", "is_state", "moroccan", "portfolio", "territory", "without_brackets"]


@dataclass
class KnowledgeBase:
    """The base's organizations, people and events, and a matcher built from them."""

    organizations: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    taken_ids: set[str] = field(default_factory=set)
    places: list[str] = field(default_factory=list)  # where its agreements were signed
    agreements: list[dict[str, Any]] = field(default_factory=list)  # id, year, orgs

    def __post_init__(self) -> None:
        self._by_id = {str(o.get("id")): o for o in self.organizations}
        self._orgs: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        # A ministry by its portfolio alone: "Ministère délégué auprès du chef du
        # gouvernement chargé de l'Investissement, de la Convergence …" is the base's
        # "Ministère de l'Investissement, de la Convergence …"
        self._portfolios: dict[frozenset[str], set[str]] = {}
        # "le ministère des Finances": the one Moroccan ministry whose portfolio holds it
        self._domains: list[tuple[list[str], str]] = []
        # "le conseil de la région X", "la Région X (Conseil régional)": one body
        self._territories: dict[tuple[str, str], set[str]] = {}
        # "la Chine", "le Royaume d'Espagne": the one state the base has for that country
        self._states: dict[str, set[str]] = {}
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
                # "le ministère des Sports", nor "Caisse nationale de … (Djibouti)" the
                # "Caisse nationale de …" of a Moroccan article: a foreign ministry or
                # national body by its full name only
                if bare != name and not ((ministry or NATIONAL.search(key(bare)))
                                         and not moroccan(org)):
                    self._orgs.setdefault(key(bare), oid)
                if ministry and moroccan(org) and (words := portfolio(str(name))):
                    self._portfolios.setdefault(words, set()).add(oid)
                    self._domains.append((portfolio_words(str(name)), oid))
                if (place := territory(str(name))) is not None:
                    self._territories.setdefault(place, set()).add(oid)
            if is_state(org):
                self._states.setdefault(str(org.get("country") or "MA").upper(), set()).add(oid)
            if org.get("acronym"):
                self._acronyms[str(org["acronym"]).upper()] = oid
            self._acronyms.setdefault(oid.upper(), oid)
        # "PSA" after "PSA Peugeot Citroën": the known names by their first word
        self._first_words: dict[str, set[str]] = {}
        for name_key, oid in self._orgs.items():
            if name_key:
                self._first_words.setdefault(name_key.split()[0], set()).add(oid)
        # "GCAM" for the base's "Crédit agricole du Maroc": a name by its initials
        self._initials: dict[str, set[str]] = {}
        for name_key, oid in self._orgs.items():
            letters = initials(name_key)
            if len(letters) >= 3:
                self._initials.setdefault(letters, set()).add(oid)
        self._references: dict[str, dict[str, Any]] = {}
        self._forms: dict[str, list[str]] = {}  # id -> names the matcher finds beside the base's
        self._know_financiers()
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
        self.near = NearNames(self.organizations)  # the base's bodies spelt otherwise

    def _know_financiers(self) -> None:
        """Every name of the development finance bodies (`financiers`): the base's record
        when it holds the body, else a reference record a new organization is drawn from."""
        for name, acronyms, others, country in FINANCIERS:
            forms = [name, *others]
            oid = next((self._orgs[key(f)] for f in forms if key(f) in self._orgs), None)
            for short in acronyms if oid is None else ():
                hit = self._acronyms.get(short.upper())
                org = self._by_id.get(hit or "") or {}
                if org and (org.get("kind") == "international" or not moroccan(org)) and \
                        str(org.get("country") or "") == (country or ""):
                    oid = hit
                    break
            if oid is None:
                oid = "financier:" + slugify(acronyms[0] if acronyms else name)
                self._references[oid] = {
                    "id": oid, "name": name, "acronym": acronyms[0] if acronyms else None,
                    "aliases": [*others, *acronyms[1:]], "kind": "international",
                    "country": country}
            for form in forms:
                self._orgs.setdefault(key(form), oid)
            for short in acronyms:
                self._acronyms.setdefault(short.upper(), oid)
            self._forms.setdefault(oid, []).extend([*forms, *acronyms])

    def org(self, oid: str) -> dict[str, Any] | None:
        return self._by_id.get(oid) or self._references.get(oid)

    def is_financier(self, oid: str | None) -> bool:
        return bool(oid) and oid in self._forms

    def reference(self, oid: str | None) -> dict[str, Any] | None:
        """The finance body a reference id stands for (one the base does not hold)."""
        return self._references.get(oid or "")

    def financier_in(self, name: str) -> str | None:
        """The finance body a department's name holds ("Division Énergie de la BERD",
        "Bureau KfW au Maroc"): its id (base or reference), else None."""
        if key(name).split()[:1] and key(name).split()[0] not in UNIT_WORDS:
            return None
        folded = f" {key(name)} "
        words = set(re.findall(r"[A-Za-z]+", name))
        for oid, forms in self._forms.items():
            for form in forms:
                if (form in words and re.fullmatch(r"[A-Z][A-Za-z]{1,10}", form)
                        and sum(c.isupper() for c in form) >= 2) or (
                        " " in form and f" {key(form)} " in folded):
                    return oid
        return None

    def link_org(self, mention: Mention) -> str | None:
        """The id of the known organization this mention names, if any; never one of
        another country ("le ministre émirati de l'Intérieur" is not Morocco's)."""
        found = self._link_org(mention)
        if found is not None and mention.country not in (None, "MA"):
            org = self.org(found) or {}
            if str(org.get("country") or "MA").upper() != mention.country:
                return None
        return found

    def _link_org(self, mention: Mention) -> str | None:
        if (mention.extra.get("state") or _national_government(mention)) and mention.country:
            # "Gouvernement marocain" for "le Premier ministre marocain": the State the
            # base records, as "le gouvernement" is
            states = self._states.get(mention.country.upper(), set())
            if len(states) == 1:
                return next(iter(states))
        if mention.acronym and mention.acronym.upper() in self._acronyms:
            return self._acronyms[mention.acronym.upper()]
        if mention.acronym and (found := self._by_initials(mention.acronym, mention.name)):
            return found  # "le Groupe Crédit Agricole du Maroc (GCAM)"
        name_key = key(mention.name)
        if name_key in self._orgs:
            return self._orgs[name_key]
        compact = re.sub(r"(?<=[A-Z0-9])[ .](?=[A-Z0-9])|(?<=[A-Z])\.$", "", mention.name)
        if re.fullmatch(r"[A-Z0-9&-]{2,}|[A-Z][a-z]{3,7}", compact) and compact.upper() in \
                self._acronyms:  # "ONHYM", "Onhym" as some write it, "MED Z" for "MEDZ"
            return self._acronyms[compact.upper()]
        # "Maroc Clusters" for "Maroc Cluster"; "du Maroc" after a ministry's name
        for variant in (re.sub(r"s\b", "", name_key), re.sub(r" (?:du|de) maroc$", "", name_key)):
            if variant in self._orgs:
                return self._orgs[variant]
        for alias in mention.aliases:
            if key(alias) in self._orgs:
                return self._orgs[key(alias)]
            if re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", alias) and alias in self._acronyms:
                return self._acronyms[alias]  # "Maghreb Arabe Presse (MAP)": its acronym
        if name_key.startswith(("groupe ", "holding ")) and (
                found := self._orgs.get(name_key.split(" ", 1)[1])):
            return found  # "le Groupe Crédit Agricole du Maroc": the base's company
        if (mention.head in ("groupe", "holding") or mention.extra.get("proper")) and (
                found := self._orgs.get(f"groupe {name_key}") or self._orgs.get(
                    f"holding {name_key}")):
            # "le groupe d'aménagement Al Omrane", or "Al Omrane" alone: the base's Groupe
            return found
        group = re.fullmatch(r"(.+?)[\s-]+(?:[Gg]roupe?|[Hh]olding)", mention.name.strip())
        if group and (found := self._orgs.get(key(group.group(1))) or self._acronyms.get(
                group.group(1).upper() if group.group(1).isupper() else "")):
            return found  # "OCP Group", "OCP-Groupe": the base's group by its own name
        if re.fullmatch(r"[A-Z]{3,}", mention.name):
            starts = self._first_words.get(key(mention.name), set())
            if len(starts) == 1:  # the one known name that begins with it
                return next(iter(starts))
            return self._by_initials(mention.name)
        delegate = DELEGATE_TO.match(key(mention.name))
        if delegate and mention.country in (None, "MA"):
            # "Ministère délégué auprès de la ministre de l'Économie …, chargé du Budget":
            # the base's "Ministère délégué chargé du Budget", else the minister's ministry
            for name in ("ministere delegue charge " + delegate["portfolio"],
                         "ministere " + (delegate["attached"] or "-")):
                if name in self._orgs:
                    return self._orgs[name]
        if mention.kind == "ministry" or key(mention.name).startswith("ministere"):
            hits = self._portfolios.get(portfolio(mention.name), set())
            if len(hits) == 1:
                return next(iter(hits))
            if mention.country in (None, "MA"):
                return self._by_domain(portfolio_words(mention.name))
        if (found := self._by_nationality(name_key, mention.country)) is not None:
            return found
        place = territory(mention.name)
        if place is not None:
            hits = self._territories.get(place, set())
            if len(hits) == 1:
                return next(iter(hits))
        return None

    def _by_nationality(self, name_key: str, country: str | None) -> str | None:
        """ "la Banque centrale qatarie": the base's "Banque centrale du Qatar" (or "…
        (Qatar)"), the press's adjective of the body's own country written as its name."""
        words = name_key.split()
        at = [i for i, w in enumerate(words) if i and nationality(w)]
        if len(at) != 1:
            return None
        said = nationality(words[at[0]])
        if said is None or said == "MA" or (country and country.upper() != said):
            return None
        bare = " ".join(words[:at[0]] + words[at[0] + 1:])
        land = key(country_name(said))
        for link in ("du", "de la", "de l", "d", "des", "de"):
            for variant in (f"{bare} {link} {land}", f"{bare} {link} etat {link} {land}"):
                if variant in self._orgs:
                    return self._orgs[variant]
        return self._orgs.get(f"{bare} {land}")  # "Ministère de la Culture (Qatar)"

    def _by_initials(self, acronym: str, name: str = "") -> str | None:
        """ "GCAM", "le Groupe CAM": the one known body whose name's initials the acronym
        spells (four letters or more), with a group's G before them or not, and whose name
        holds every word of the name the article gives with it; None when none or several
        do."""
        if len(acronym) < 4:
            return None  # three letters spell too many names
        hits = set(self._initials.get(acronym.upper(), set()))
        if acronym[:1].upper() in ("G", "H"):
            hits |= self._initials.get(acronym[1:].upper(), set())
        words = set(key(name).split()) - _LINKING - {"groupe", "holding", key(acronym)}
        hits = {oid for oid in hits if words <= set(key(str(
            (self._by_id.get(oid) or {}).get("name") or "")).split())}
        return next(iter(hits)) if len(hits) == 1 else None

    def ministry_score(self, domain: str) -> int:
        """How well the base knows "de l'Équipement et de l'Eau" as one ministry: 3 by its
        name or portfolio, 1 as the short form of one, else 0."""
        name = "Ministère " + domain
        if key(name) in self._orgs or len(self._portfolios.get(portfolio(name), ())) == 1:
            return 3
        return 1 if self._by_domain(portfolio_words(name)) else 0

    def _by_domain(self, words: list[str]) -> str | None:
        """The one Moroccan ministry whose portfolio holds every word of a short form,
        preferring one whose portfolio opens with the same word ("le ministère de
        l'Economie" is Economy and Finance, not Industry, Trade and Digital Economy)."""
        if not words:
            return None
        wanted = set(words)
        hits = {oid for domain, oid in self._domains if wanted <= set(domain)}
        if len(hits) > 1:
            hits = {oid for domain, oid in self._domains
                    if wanted <= set(domain) and domain[0] == words[0]}
        return next(iter(hits)) if len(hits) == 1 else None

    def link_person(self, person: Person) -> str | None:
        name_key = key(person.name)
        if name_key in self._people:
            return self._people[name_key]
        words = name_key.split()
        last = words[-1] if words else ""
        # "Samir Haddad" is not the base's Lahcen Haddad: a surname links alone, or with a
        # first name that agrees (the same, or its initial)
        hits = {pid for k, pid in self._people.items() if k.split() and k.split()[-1] == last
                and (len(words) == 1 or _same_first_name(words[0], k.split()[0]))}
        return hits.pop() if len(hits) == 1 and len(last) > 3 else None

    def described(self, name: str) -> str | None:
        """ "l'agence chargée de la promotion de l'emploi": the one body of that head the
        base has whose name holds every word of what it is in charge of."""
        found = re.match(r"(\w+)\s+(?:\w+\s+){0,2}?charge(?:e|s|es)?\s+"
                         r"d(?:e la|e l|u|es|e)?\s+(.+)", key(name))
        if found is None:
            return None
        head = found[1]
        words = set(found[2].split()) - {"de", "du", "des", "la", "le", "les", "l", "d", "et",
                                         "a", "au", "aux", "en"}
        if not words:
            return None
        hits = {oid for k, oid in self._orgs.items()
                if k.split()[:1] == [head] and words <= set(k.split()) and (
                    head != "ministere" or moroccan(self._by_id.get(oid) or {}))}
        return hits.pop() if len(hits) == 1 else None  # (a ministry so told is Morocco's)

    def is_person(self, name: str) -> bool:
        """The base has a person of that very name (or alias)."""
        return key(name) in self._people

    def signs_for(self, name: str) -> str | None:
        """The body the base has a person sign for ("Bourita", "Nasser Bourita"), by the
        person's name or surname: the one of three signatures in four or more; None when
        the base knows none or no such one."""
        pid = self.link_person(Person(name, 0, len(name)))
        person = next((p for p in self.people if str(p.get("id")) == pid), None) if pid else None
        orgs = [str(o) for o in (person or {}).get("orgs") or []]
        counts = list((person or {}).get("signatures") or [1] * len(orgs))
        if not orgs or len(counts) != len(orgs):
            return None
        # the body of (nearly) all their signatures: a minister who once signed as the
        # chairman of a school's board still signs for his ministry
        most = max(range(len(orgs)), key=lambda k: counts[k])
        if counts[most] < 0.75 * sum(counts) or orgs[most] not in self._by_id:
            return None
        return orgs[most]

    def link_event(self, name: str, year: str | None = None, sentence: str = "") -> str | None:
        """The known event the name names; never one of another year or edition ("les 3e
        Assises de l'agriculture" of 2010 are not the 2009 Assises), and with no year
        known, only the edition the name or its sentence gives ("la sixième édition")."""
        found, sure = event_candidates(self.events, name, year, sentence)
        return str(found[0].get("id")) if found and sure else None

    def event_doubt(self, name: str, year: str | None = None, sentence: str = "") -> str:
        """What to ask when the event is not linked although the base has events of its
        series: with no year and no edition it knows, which edition it is ("" when none)."""
        found, sure = event_candidates(self.events, name, year, sentence)
        if sure or not found:
            return ""
        listed = ", ".join(f"{e.get('id')} ({e.get('name')}"
                           + (f", {e['start']})" if e.get("start") else ")") for e in found[:4])
        more = f" and {len(found) - 4} more" if len(found) > 4 else ""
        return (f"which edition? no year to tell; the base has {listed}{more}: if it is one "
                "of them, put its id as each agreement's event and drop this entry")

    def phrase_matches(self, doc: Any, nlp: Any) -> list[tuple[int, int, str]]:
        """(start_char, end_char, org id) for every known name, alias or acronym in doc."""
        if not self.organizations and not self._references:
            return []
        if self._matcher is None:
            from spacy.matcher import PhraseMatcher

            matcher = PhraseMatcher(nlp.vocab, attr="NORM")
            acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
            for org in [*self.organizations, *self._references.values()]:
                oid = str(org.get("id") or "")
                aliases = [] if oid in self._references else org.get("aliases") or []
                names = [n for n in [org.get("name"), *aliases, *(
                    f for f in self._forms.get(oid, []) if " " in f)] if n]
                names += [n.split(" ", 1)[1] for n in map(str, names)  # "Al Omrane" alone
                          if re.match(r"(?:Groupe|Holding)\s+[A-Z]\S*\s+\S", n)]
                patterns = []
                for name in names:
                    pattern = nlp.make_doc(str(name))
                    for token in pattern:
                        token.norm_ = fold(token.text)
                    patterns.append(pattern)
                if patterns:
                    matcher.add(oid, patterns)
                shorts = [s for s in (org.get("acronym"), oid.upper(), *(
                    f for f in self._forms.get(oid, []) if re.fullmatch(r"[A-Za-z]{2,11}", f)))
                    if s and len(s) >= 2 and ":" not in s]
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


def initials(name_key: str) -> str:
    """ "CAM" for "credit agricole du maroc": the first letter of each word that is not a
    linking word, upper case."""
    return "".join(w[0] for w in name_key.split() if w not in _LINKING and not w.isdigit()
                   ).upper()


_LINKING = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en",
            "pour", "sur"}


def _national_government(mention: Mention) -> bool:
    """ "Gouvernement marocain", "Gouvernement espagnol": a country's government, named by
    its nationality (not "Gouvernement wallon", a region's)."""
    words = key(mention.name).split()
    return mention.head == "gouvernement" and len(words) == 2 and words[0] == "gouvernement" \
        and mention.country is not None and nationality(words[1]) == mention.country.upper()


def is_state(org: dict[str, Any]) -> bool:
    """A state or its government as the base records it: kind `state`, or an `other`
    named "État …", "Royaume …", "République …", "Gouvernement …"."""
    return org.get("kind") == "state" or (org.get("kind") == "other" and bool(re.match(
        r"(?:etat|royaume|republique|gouvernement)\b", fold(str(org.get("name") or "")))))


def moroccan(org: dict[str, Any]) -> bool:
    return str(org.get("country") or "MA").upper() == "MA"


# "ministere delegue aupres de la ministre de l economie et des finances charge du budget"
DELEGATE_TO = re.compile(r"ministere delegue aupres d(?:u|e la|e l) (?:chef du gouvernement|"
                         r"premier ministre|ministre (?P<attached>(?:de la|de l|du|des|de|d) .+?)) "
                         r"chargee? (?P<portfolio>(?:de la|de l|du|des|de|d) .+)$")
_NOT_PORTFOLIO = {"ministere", "ministre", "departement", "delegue", "deleguee", "aupres",
                  "chef", "du", "gouvernement", "charge", "chargee", "de", "des", "la", "le",
                  "les", "l", "d", "et", "a", "au", "aux", "en", "maroc", "royaume"}


NATIONAL = re.compile(r"\bnationa(?:l|le|ux|les)\b")


def portfolio(name: str) -> frozenset[str]:
    """What a ministry is in charge of, as a set of words (plural s dropped), without the
    words that say how it is attached: empty for a name that is not a ministry's."""
    words = key(without_brackets(name)).split()
    if not words or words[0] not in {"ministere", "ministre", "departement"}:
        return frozenset()
    return frozenset(re.sub(r"(?<=..)s$", "", w) for w in words if w not in _NOT_PORTFOLIO)


def portfolio_words(name: str) -> list[str]:
    """A ministry's portfolio words in the order its name gives them (plural s dropped)."""
    words = key(without_brackets(name)).split()
    if not words or words[0] not in {"ministere", "ministre", "departement"}:
        return []
    return [re.sub(r"(?<=..)s$", "", w) for w in words if w not in _NOT_PORTFOLIO]


_TERRITORY = re.compile(
    r"^(?:(?P<region>conseil (?:de la |du )?regions?|conseil regional|regions?)|"
    r"(?P<commune>conseil communal|conseil municipal|communes?(?: urbaine| rurale)?|"
    r"municipalite))\s+(?:de la |de l |de |d |du )?(?P<place>[a-z0-9 ]+?)"
    r"(?: conseil regional| conseil communal)?$")


def territory(name: str) -> tuple[str, str] | None:
    """("region", "casablanca settat") for a regional council however named (of the 12
    regions of 2015, or of the 16 before: "souss massa draa"), ("commune", "taza") for a
    commune or its council; None for anything else."""
    from .places import REGIONS

    found = _TERRITORY.match(re.sub(r"^(?:la|le|les|l) ", "",
                                    key(name.replace("(", " ").replace(")", " "))))
    if not found:
        return None
    place = found["place"].strip()
    if found["region"]:
        regions: dict[str, str] = {}
        for region in REGIONS:
            name_key = re.sub(r"^l ", "", key(region))  # "L'Oriental"
            regions[name_key] = regions[name_key.replace(" ", "")] = name_key
        canonical = regions.get(place) or regions.get(place.replace(" ", ""))
        # a region of before 2015 ("Souss-Massa-Drâa") as written: the base's council of
        # that region, a body apart from its successor's
        return ("region", canonical or place)
    return ("commune", place)


def _same_first_name(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
