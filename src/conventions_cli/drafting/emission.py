"""Stage 6, emission: schema-2 YAML with a `# from: "…"` quote for every fact, `# TODO` gaps.

Each top-level section's entries are also kept as text, one string per entry, exactly as
printed under its key, so that a later step can insert them into an existing file
without rendering them again.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .asides import headline_amount, share_of
from .assembly import Assembled, Drafted
from .baselinks import org_slug
from .continuations import follows_of
from .dates import Published
from .document import SECTIONS, Draft
from .drafts import quote_of
from .editions import sentence_around
from .figures import cut_figure
from .knowledge import KnowledgeBase, is_state, moroccan
from .names import Mention, Person
from .normalize import key, slugify
from .sources import source_entry
from .text import Article
from .towns import TOWN_HEADS, council_named, name_foreign_towns
from .words import country_at_end
from .yamlbits import _derived, flow, ident, note, quote, scalar

__all__ = ["SECTIONS", "Draft", "emit"]

TYPE_LABELS = {"convention-cadre": "Convention-cadre",
               "convention-partenariat": "Convention de partenariat",
               "protocole-accord": "Protocole d'accord", "memorandum": "Mémorandum d'entente",
               "contrat-programme": "Contrat-programme", "accord": "Accord",
               "avenant": "Avenant", "other": "Accord"}
PUBLIC_KINDS = {"ministry", "public-body"}
LENDER = re.compile(r"\b(?:banque|bank|fonds|fund|agence francaise de developpement|jica|kfw|"
                    r"afd|bei|berd|bird|bad|bid|badea|fades|fkdea|usaid|millennium challenge|"
                    r"societe financiere internationale|sfi)\b")
# a central bank regulates and cooperates with its peer; it lends nothing to what it signs
CENTRAL_BANK = re.compile(r"\b(?:banque centrale|central bank)\b")


def _people(article: Article, assembled: Assembled, kb: KnowledgeBase
            ) -> tuple[list[tuple[dict[str, Any], str]], dict[str, str]]:
    """New people (entry, text) and every person's id by folded name."""
    entries: list[tuple[dict[str, Any], str]] = []
    ids: dict[str, str] = {}
    persons: list[tuple[Person, str]] = []
    for a in assembled.agreements:
        for mention, _ in a.parties:
            if mention.person:
                persons.append((mention.person, "signed"))
    persons.extend((p, "presided") for p in assembled.presided)
    for person, why in persons:
        k = slugify(person.name, 0)
        if k in ids:
            continue
        known = kb.link_person(person)
        if known:
            ids[k] = known
            continue
        pid = kb.new_id(k or "person")
        ids[k] = pid
        entry = {"id": pid, "name": person.name}
        comment = f"from: {quote(article, start=person.start, end=person.end)}"
        if why == "presided":
            comment += "; presided, did not sign"
        text = f"  - id: {ident(pid)}  # {comment}\n    name: {scalar(person.name)}\n"
        entries.append((entry, text))
    return entries, ids


def _known_presiders(article: Article, assembled: Assembled, kb: KnowledgeBase) -> list[str]:
    """ "sous la présidence du wali …, Y" where the base has Y: no new person to propose,
    but the curator still learns who presided (a comment the first entry carries)."""
    signers = {slugify(m.person.name, 0) for a in assembled.agreements for m, _ in a.parties
               if m.person}
    found: dict[str, str] = {}
    for person in assembled.presided:
        pid = kb.link_person(person)
        if pid and slugify(person.name, 0) not in signers:
            found.setdefault(pid, f"# {pid} (in the base) presided, did not sign; from: "
                                  f"{quote(article, start=person.start, end=person.end)}")
    return list(found.values())


# "le Conseil régional de l'Adamaoua" and "le Conseil de la région d'Adamaoua": one body
COUNCIL = re.compile(r"^conseil-(?:(?P<a>regional|provincial|communal)|de-la-(?P<b>region|province"
                     r"|commune))-(?:de-la-|de-l-|du-|des-|de-|d-|l-)?")


def council_key(slug: str) -> str:
    """The comparison key of a council's name, whichever of its two wordings is used."""
    found = COUNCIL.match(slug)
    if not found:
        return slug
    level = {"regional": "region", "provincial": "province", "communal": "commune"}.get(
        found["a"] or "", found["b"] or "")
    return f"conseil-{level}-" + slug[found.end():]


def _organizations(article: Article, assembled: Assembled, kb: KnowledgeBase
                   ) -> tuple[list[tuple[dict[str, Any], str]], dict[int, str]]:
    """New organizations (entry, text) and the id of every mention."""
    entries: list[tuple[dict[str, Any], str]] = []
    ids: dict[int, str] = {}
    by_key: dict[str, str] = {}
    # "l'Anapec" and "l'Agence nationale … (Anapec)": one body, named in full
    in_full = {council_key(slugify(alias, 0)): mention for a in assembled.agreements
               for mention, _ in a.parties if not mention.kb_id and not mention.acronym
               and len(mention.name.split()) > 1
               for alias in mention.aliases if len(alias.split()) == 1}
    told_short: list[tuple[Mention, Mention]] = []
    for a in assembled.agreements:
        for said, _ in a.parties:
            mention = said
            if not said.kb_id and len(said.name.split()) == 1:
                mention = in_full.get(council_key(slugify(said.name, 0)), said)
                told_short.append((said, mention))
            if mention.kb_id:
                ids[id(mention)] = mention.kb_id
                continue
            plain = council_key(slugify(mention.name, 0))
            k = (mention.acronym or "").upper() or plain
            if mention.country and not mention.acronym:
                k += f"@{mention.country}"  # the Culture ministries of two countries
            if mention.extra.get("state") and mention.country:
                k = f"state@{mention.country}"  # "la République du Niger", then "le Niger"
            if k not in by_key and plain in by_key and (
                    mention.extra.get("town") or mention.head in TOWN_HEADS
                    or mention.kind != "ministry"):
                k = plain  # "la ville d'Agadez", then "Agadez (Niger)": one town
            elif k not in by_key and not mention.country and f"{plain}@*" in by_key:
                k = f"{plain}@*"  # "le Comté de Mandera (Kenya)", then "le Comté de Mandera"
            if k in by_key:
                ids[id(mention)] = by_key[k]
                continue
            named = council_named(mention)  # as the base names such bodies
            oid = kb.new_id(org_slug(named) or "organization")
            by_key[k] = oid
            if not mention.country:
                by_key[plain] = oid
            elif mention.kind != "ministry":  # two countries' ministries share a name
                by_key.setdefault(f"{plain}@*", oid)
            ids[id(mention)] = oid
            entry: dict[str, Any] = {"id": oid, "name": named.name}
            where = quote(article, start=mention.start, end=mention.end)
            unclear = mention.extra.get("unclear")
            lines = [f"  - id: {ident(oid)}  # from: {where}",
                     f"    name: {scalar(named.name)}"
                     + (f"  # TODO: {unclear}" if unclear else "")]
            if mention.acronym:
                entry["acronym"] = mention.acronym
                lines.append(f"    acronym: {scalar(mention.acronym)}")
            kind = "state" if mention.extra.get("state") else mention.kind  # a State's own kind
            entry["kind"] = kind
            lines.append(f"    kind: {kind}" + ("" if mention.kind_sure else
                                                "  # TODO: check kind"))
            if mention.aliases:
                entry["aliases"] = list(mention.aliases)
                lines.append(f"    aliases: [{', '.join(scalar(x) for x in mention.aliases)}]")
            if mention.country:
                entry["country"] = mention.country
                lines.append(f"    country: {json.dumps(mention.country)}")
            entries.append((entry, "\n".join(lines) + "\n"))
    for said, mention in told_short:
        ids[id(said)] = ids[id(mention)]
    return entries, ids


def _event(article: Article, assembled: Assembled, kb: KnowledgeBase, date: str | None,
           reported: str | None = None) -> tuple[list[tuple[dict[str, Any], str]], str | None]:
    fact = assembled.event
    total = assembled.total
    if fact is None:
        return [], None
    name = fact.value["name"]
    sentence = sentence_around(article.raw, fact.start, fact.end)
    when = (date or reported or "")[:4] or None
    known = kb.link_event(name, when, sentence)
    if known:
        return [], known
    doubt = "; ".join(t for t in (fact.todo, kb.event_doubt(name, when, sentence)) if t)
    year = (date or "")[:4]
    words = [w for w in slugify(name, 0).split("-") if w not in {
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "par", "a", "au", "aux", "en"}]
    base = "-".join(words[:6])
    if year and year not in base:
        base = f"{base}-{year}"
    eid = kb.new_id(base)
    entry: dict[str, Any] = {"id": eid, "name": name}
    lines = [f"  - id: {ident(eid)}{note(article, fact, doubt)}", f"    name: {scalar(name)}"]
    first = assembled.agreements[0] if assembled.agreements else None
    where = assembled.event_place or (first.place if first else None)
    if where:
        entry["place"] = where.value["place"]
        lines.append(f"    place: {scalar(entry['place'])}")
        if where.value.get("region"):
            entry["region"] = where.value["region"]
            lines.append(f"    region: {scalar(entry['region'])}{_derived(where)}")
    if date:
        entry["start"] = date
        lines.append(f"    start: {date}  # the signing day; TODO: check the event's dates")
    if total is not None:
        entry["total"] = dict(total.value)
        lines.append(f"    total: {flow(total.value)}{note(article, total)}")
    return [(entry, "\n".join(lines) + "\n")], eid


def _follows(article: Article, a: Drafted, record: dict[str, Any], parties: list[str],
             kb: KnowledgeBase, ind: str) -> list[str]:
    """What the agreement continues, as the article says it: the base's one agreement of
    that year and these parties, or a TODO (an id is never made up)."""
    if a.follows is None:
        return []
    oid = follows_of(a, parties, kb.agreements)
    year = a.follows.value["year"]
    if oid is not None:
        record["follows"] = oid
        why = f"the one agreement of the base signed in {year} by these parties: check it"
        return [f"{ind}follows: {ident(oid)}{note(article, a.follows, why)}"]
    return [f"{ind}# follows:  # TODO: the article says it continues an earlier agreement "
            f"({quote(article, a.follows)}): give its id if the base has it"]


def _role(mention: Mention, kb: KnowledgeBase) -> str:
    if mention.extra.get("state"):
        return "signatory" if mention.country in (None, "MA") else "partner"
    known = kb.org(mention.kb_id) if mention.kb_id else None
    kind = str(known.get("kind") or mention.kind) if known else mention.kind
    name = key(str(known.get("name") or "") if known else mention.name) + " " + key(
        str((known or {}).get("acronym") or mention.acronym or ""))
    country = str((known or {}).get("country") or mention.country or "MA").upper()
    named = str(known.get("name") or "") if known else mention.name
    if LENDER.search(name) and not CENTRAL_BANK.search(name) and not _country_bank(named) and (
            kind == "international" or country != "MA"):
        return "funder"  # a lender (a foreign agency too: the AFD) funds what it signs
    if known and is_state(known):
        return "signatory" if moroccan(known) else "partner"  # a State
    # a foreign ministry or public body is the other side: a partner, as the base records them
    return "signatory" if kind in PUBLIC_KINDS and country == "MA" else "partner"


def _country_bank(name: str) -> bool:
    """ "Banque d'Espagne", "Banque de France": a country's own bank, named by the country
    alone, is its central bank."""
    return bool(re.fullmatch(r"banque (?:de la |de l |de |d |du |des )?[a-z ]+", key(name))) \
        and country_at_end(name) is not None


def _title(a: Drafted, partner: Mention | None, names: list[str]) -> str:
    label = TYPE_LABELS.get(a.type.value if a.type else "other", "Accord")
    if partner is not None:
        return f"{label} avec {partner.name}"
    if len(names) >= 2:
        return f"{label} entre {names[0]} et {names[1]}"
    if names:
        return f"{label} — {names[0]}"
    return label


def _agreement(article: Article, a: Drafted, index: int, n: int, org_ids: dict[int, str],
               person_ids: dict[str, str], event_id: str | None, pub_date: str | None,
               kb: KnowledgeBase, assembled: Assembled, cut: dict[str, str]
               ) -> tuple[dict[str, Any], str]:
    ind = "    "
    kind = a.type.value if a.type else "other"
    parties: list[tuple[str, str, Mention, str]] = []
    seen: dict[str, int] = {}
    also: list[tuple[str, Mention]] = []  # a second person who signed for one body
    for mention, evidence in a.parties:
        oid = org_ids.get(id(mention))
        if oid is None:
            continue
        if oid in seen:  # named again, maybe with who signed for it this time
            kept = parties[seen[oid]][2]
            if kept.person is None and mention.person is not None:
                kept.person, kept.title = mention.person, mention.title
            elif kept.person is not None and mention.person is not None and slugify(
                    kept.person.name, 0) != slugify(mention.person.name, 0):
                also.append((oid, mention))  # "GIZ" by one, "GIZ Maroc" by another
            continue
        seen[oid] = len(parties)
        parties.append((oid, _role(mention, kb), mention, evidence))
    partner = next((m for _, role, m, _ in parties if role == "partner"), None)
    signer = next((m for _, role, m, _ in parties if role == "signatory"), None)
    # the signing year, else the report's: an id says when, even one left to review
    year = (a.date.value if a.date and a.date.value else pub_date or "")[:4]
    lead = partner or signer
    base = "-".join(x for x in [org_ids.get(id(lead)) if lead else "", kind, year] if x)
    aid = kb.new_id(slugify(base, 8) or "agreement")
    title = _title(a, partner, [m.name for _, _, m, _ in parties])
    record: dict[str, Any] = {"id": aid, "title": title, "type": kind}
    lines = [f"  - id: {ident(aid)}  # TODO: review id",
             f"{ind}title: {scalar(title)}  # TODO: review title"]
    if a.group:
        lines.append(f"{ind}# {a.group}")
    if a.type:
        lines.append(f"{ind}type: {kind}{note(article, a.type)}")
    else:
        lines.append(f"{ind}type: other  # TODO: the article does not name the kind of agreement")
    if a.date and a.date.value:
        record["signed_on"] = a.date.value
        lines.append(f"{ind}signed_on: {a.date.value}"
                     f"{note(article, a.date, _after(a.date.value, pub_date, a.date.todo))}")
    else:
        record["signed_on"] = None
        gap = note(article, a.date, a.date.todo or "no signing date found") if a.date else \
            "  # TODO: no signing date found"
        lines.append(f"{ind}# signed_on:{gap}")
    if a.place:
        record["place"] = a.place.value["place"]
        lines.append(f"{ind}place: {scalar(record['place'])}{note(article, a.place)}")
        if a.place.value.get("region"):
            record["region"] = a.place.value["region"]
            lines.append(f"{ind}region: {scalar(record['region'])}{_derived(a.place)}")
    else:
        record["place"] = None
        lines.append(f"{ind}# place:  # TODO: no place of signing found")
    record["parties"] = [{"org": oid, "role": role} for oid, role, _, _ in parties]
    if parties:
        # an agreement binds two sides at least: one found means the article's other side
        # was missed (or left unnamed), which the curator should know
        lines.append(f"{ind}parties:" + ("  # TODO: one party found; add the other side if "
                                         "the article or a report names it"
                                         if len(parties) == 1 else ""))
        for oid, role, m, evidence in parties:
            if evidence == quote_of(article.text, m):  # the mention's own words, as written
                evidence = article.quote(m.start, m.end)
            doubts = [t for t in (m.extra.get("near"), m.extra.get("unclear") if m.kb_id
                                  else None) if t]  # a new body's says it on its name
            near = f"; TODO: {'; '.join(doubts)}" if doubts else ""
            lines.append(f"{ind}  - {flow({'org': oid, 'role': role})}  # from: "
                         f"{json.dumps(_cut(evidence), ensure_ascii=False)}{near}")
    else:
        lines.append(f"{ind}parties: []  # TODO: no signing party found; at least one is "
                     "required")
    signatories = []
    for oid, mention in [(oid, m) for oid, _, m, _ in parties] + also:
        if mention.person:
            pid = person_ids.get(slugify(mention.person.name, 0))
            if pid:
                entry = {"person": pid, "org": oid}
                if mention.title:
                    entry["title"] = mention.title
                signatories.append((entry, mention.person))
    if signatories:
        record["signatories"] = [e for e, _ in signatories]
        lines.append(f"{ind}signatories:")
        for entry, person in signatories:
            lines.append(f"{ind}  - {flow(entry)}  # from: "
                         f"{quote(article, start=person.start, end=person.end)}")
    else:  # an empty list would look finished: say that nobody was found
        lines.append(f"{ind}# signatories:  # TODO: no signatory found; add who signed for "
                     "each party if a report names them")
    for name, fact, gap in (("funding", a.funding, "no amount found"),
                            ("period", a.period, "no period found"),
                            ("jobs", a.jobs, "no jobs figure found")):
        if fact is not None and fact.extra.get("new_total"):
            # "porte le montant à 3,25 milliards": the total after it, not what it adds
            record[name] = None
            lines.append(f"{ind}# {name}:  # TODO: {fact.todo}; the new total: "
                         f"{quote(article, fact)}")
        elif fact is not None:
            record[name] = dict(fact.value)
            share = share_of(article, fact) if name == "funding" else ""
            todo = "; ".join(t for t in (fact.todo, share) if t)
            lines.append(f"{ind}{name}: {flow(fact.value)}{note(article, fact, todo)}")
        else:
            record[name] = None
            lines.append(f"{ind}# {name}:  # TODO: {cut.get(name, gap)}")
    lines.extend(_follows(article, a, record, [oid for oid, _, _, _ in parties], kb, ind))
    for extra in a.notes:
        lines.append(f"{ind}# TODO: {extra}")
    if event_id:
        record["event"] = event_id
        lines.append(f"{ind}event: {ident(event_id)}{note(article, assembled.event)}")
    record["summary"] = None
    lines.append(f"{ind}summary: null  # TODO: write a summary in your own words")
    source, line = source_entry(article, pub_date, flow)
    record["sources"] = [source]
    lines.append(f"{ind}sources:")
    lines.append(f"{ind}  - {line}")
    return record, "\n".join(lines) + "\n"


def _after(signed: str, published: str | None, todo: str) -> str:
    """The signing date's TODO, and one more when it comes after the article's publication
    (a report cannot tell of a signing still to come as done): a misread date, or a wrong
    --published-on. Compared as far as both are known (2026-11-05 is after 2026-04)."""
    n = min(len(signed), len(published or ""))
    if not published or signed[:n] <= published[:n]:
        return todo
    return "; ".join(x for x in (todo, f"signed after the article was published ({published})"
                                 "; check the date and --published-on") if x)


def _cut(text: str, words: int = 10) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def emit(article: Article, assembled: Assembled, kb: KnowledgeBase,
         published: Published | None) -> Draft:
    """The draft document and its entries, section by section."""
    pub_date = published.iso() if published else article.publication.date
    people, person_ids = _people(article, assembled, kb)
    name_foreign_towns([m for a in assembled.agreements for m, _ in a.parties])
    organizations, org_ids = _organizations(article, assembled, kb)
    first_date = next((a.date.value for a in assembled.agreements if a.date and a.date.value),
                      None)
    events, event_id = _event(article, assembled, kb, first_date, pub_date)
    cut = {}  # the figure a text cut off stops inside: quoted where the field is missing
    if found := cut_figure(article):
        what = {"funding": "amount", "period": "period"}[found[0]]
        said = json.dumps(found[1], ensure_ascii=False)
        cut[found[0]] = (f"the text stops inside a figure ({said}): the article may be cut "
                         f"off; give the {what} from the full text")
    if "funding" not in cut and (headline := headline_amount(article)):
        cut["funding"] = headline  # the story gives no amount but its headline does
    agreements = [_agreement(article, a, i, len(assembled.agreements), org_ids, person_ids,
                             event_id, pub_date, kb, assembled, cut)
                  for i, a in enumerate(assembled.agreements)]
    # What the article says of all the agreements together is kept inside the first
    # one's entry, so that --add, which inserts entries, carries these TODOs too.
    batch = []
    if agreements and assembled.total is not None and event_id is None:
        counted = max(assembled.told, len(agreements))
        drafted = f" ({len(agreements)} drafted)" if counted > len(agreements) else ""
        batch.append(f"# TODO: {flow(assembled.total.value)} is reported for all "
                     f"{counted} agreements together{drafted} (from: "
                     f"{quote(article, assembled.total)}); no event carries it")
    if agreements:
        batch.extend(f"# TODO: {todo}" for todo in assembled.todos)
        batch.extend(_known_presiders(article, assembled, kb))
    if batch:
        record, text = agreements[0]
        first, rest = text.split("\n", 1)
        agreements[0] = (record, "\n".join([first, *(f"    {line}" for line in batch), rest]))
    sections = {"people": [t for _, t in people], "events": [t for _, t in events],
                "organizations": [t for _, t in organizations],
                "agreements": [t for _, t in agreements]}
    data = {"people": [e for e, _ in people], "events": [e for e, _ in events],
            "organizations": [e for e, _ in organizations],
            "agreements": [e for e, _ in agreements]}
    count = assembled.count_fact
    notes = {}
    if count is not None and agreements:
        of = f" of the {assembled.told} the article counts" \
            if assembled.told > len(agreements) else ""
        notes["agreements"] = f"{len(agreements)}{of}; from: {quote(article, count)}"
    elif not agreements:
        notes["agreements"] = "TODO: " + (assembled.todos[0] if assembled.todos else
                                          "no signed agreement found")
    return Draft.of(sections, data, notes)
