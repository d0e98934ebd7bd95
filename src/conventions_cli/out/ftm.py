"""The base as FollowTheMoney entities, one JSON object a line, for Aleph and OpenAleph
(``alephclient write-entities`` reads exactly this) and the ``ftm`` tools.

Only FtM's stock schemata: an agreement is a ``Contract``; a body a ``PublicBody`` (ministries
and public bodies), ``Company`` or ``Organization``; a signer a ``Person``, tied to the body
they signed for by a ``Representation``; an event an ``Event``; a press report an ``Article``
tied to the agreement by a ``Documentation``; any other tie (a partner or funder, who signed
which agreement, where it was signed, what it follows or amends) an ``UnknownLink`` with
its role. Ids are stable, ``conv-`` and the record's kind and id, so loading a new export
updates the same entities. What FtM has no property for (an EDTF date, a period, jobs, a
status date, an event's total) is written in ``notes``, so nothing is silently dropped.
"""

from __future__ import annotations

import hashlib
import json
from typing import IO, Any

from ..base.dates import PLAIN, describe
from ..text import replaced

PUBLIC = {"ministry", "public-body"}


def _id(kind: str, *parts: str) -> str:
    return "-".join(("conv", kind, *parts))


def _text(value: Any) -> str:
    """Control characters (FtM's cleaning would drop them without a word), line separators
    and bidi overrides (which would reorder what Aleph shows) are each replaced by U+FFFD, a
    mark a reader sees and FtM keeps, never by a text such as \\x1b the data never held;
    line ends and tabs stay."""
    return replaced(str(value))


def _date(value: str | None) -> str | None:
    """A date FtM's date type holds (YYYY, YYYY-MM, YYYY-MM-DD), else None."""
    return value if value and PLAIN.match(value) else None


class Entities:
    """The entities, in the order they are made; each property a list of strings."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.ids: set[str] = set()

    def add(self, ident: str, schema: str, **properties: Any) -> str:
        if ident in self.ids:
            return ident
        props = {}
        for name, value in properties.items():
            values = value if isinstance(value, list) else [value]
            kept = [_text(v) for v in values if v is not None and v != ""]
            if kept:
                props[name] = kept
        self.ids.add(ident)
        self.items.append({"id": ident, "schema": schema, "properties": props})
        return ident


def _organization(found: Entities, org: dict[str, Any]) -> str:
    kind = org.get("kind")
    schema = ("PublicBody" if kind in PUBLIC else "Company" if kind == "company"
              else "Organization")
    return found.add(_id("org", org["id"]), schema, name=org["name"],
                     alias=org.get("aliases") or [], abbreviation=org.get("acronym"),
                     country=(org.get("country") or "").lower() or None,
                     notes=f"conv: kind {kind}" if kind else None)


def _event(found: Entities, event: dict[str, Any], involved: list[str]) -> str:
    notes = [f"conv: {key} {event[key]} ({describe(event[key])})"
             for key in ("start", "end") if event.get(key) and not _date(event[key])]
    total = event.get("total")
    if total:
        notes.append(f"conv: total announced for its agreements {total['amount']} "
                     f"{total['currency']}")
    place = ", ".join(p for p in (event.get("place"), event.get("region")) if p)
    return found.add(_id("event", event["id"]), "Event", name=event["name"],
                     startDate=_date(event.get("start")), endDate=_date(event.get("end")),
                     location=place or None, involved=involved, notes=notes)


def _contract_notes(record: dict[str, Any]) -> list[str]:
    notes = []
    signed_on = record.get("signed_on")
    if signed_on and not _date(signed_on):
        notes.append(f"conv: signed_on {signed_on} ({describe(signed_on)})")
    period = record.get("period")
    if period:
        notes.append(f"conv: period {period['start']}-{period.get('end') or ''}".rstrip("-"))
    jobs = record.get("jobs")
    if jobs:
        by = f" by {jobs['by']}" if jobs.get("by") else ""
        notes.append(f"conv: jobs {jobs['direct']} direct{by}")
    if record.get("status_on"):
        notes.append(f"conv: status {record.get('status')} reported {record['status_on']}")
    return notes


def _article(found: Entities, source: dict[str, Any]) -> str:
    """One Article per report, however many agreements cite it."""
    key = "\x1f".join(str(source.get(k) or "") for k in ("publisher", "published_on", "title",
                                                         "url"))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    title = source.get("title") or f"{source['publisher']}, {source['published_on']}"
    return found.add(_id("article", digest), "Article", title=title,
                     publisher=source.get("publisher"),
                     publishedAt=_date(source.get("published_on")),
                     sourceUrl=source.get("url"))


def entities(selection: Any) -> list[dict[str, Any]]:
    """The FtM entities of a Selection (out/export.py): every agreement of it, with every
    organization, person, event and report it names."""
    found = Entities()
    orgs = {o["id"]: o for o in selection.organizations}
    events = {e["id"]: e for e in selection.events}
    for org in selection.organizations:
        _organization(found, org)
    for person in selection.people:
        found.add(_id("person", person["id"]), "Person", name=person["name"],
                  alias=person.get("aliases") or [])
    for event in selection.events:
        involved = sorted({_id("org", p["org"]) for a in selection.agreements
                           if a.get("event") == event["id"] for p in a["parties"]})
        _event(found, event, involved)
    added: set[str] = getattr(selection, "added", set())
    for record in selection.agreements:
        _agreement(found, record, orgs, events, _not_chosen(selection)
                   if record["id"] in added else None)
    return found.items


def _not_chosen(selection: Any) -> str:
    """The note of an agreement pulled in by a filtered export: it stays (the follows and
    amends links of the chosen ones point to it, and Aleph would show them dangling), and
    says why it is there, FtM having no property for it."""
    by = getattr(selection, "chosen_by", "")
    return ("conv: not chosen by the export's filters" + (f" ({by})" if by else "") +
            ": here only because a chosen agreement follows or amends it; count and sum "
            "without it")


def _agreement(found: Entities, record: dict[str, Any], orgs: dict[str, Any],
               events: dict[str, Any], pulled: str | None = None) -> None:
    ident = record["id"]
    contract = _id("agreement", ident)
    funding = record.get("funding") or {}
    place = ", ".join(p for p in (record.get("place"), record.get("region")) if p)
    event = record.get("event")
    notes = [pulled] * bool(pulled) + _contract_notes(record)
    if event and event not in events:  # schema 1: the event is a name
        notes.append(f"conv: signed at {event}")
    found.add(contract, "Contract", title=record["title"], type=record["type"],
              contractDate=_date(record.get("signed_on")), status=record.get("status"),
              amount=funding.get("amount"), currency=funding.get("currency"),
              authority=[_id("org", p["org"]) for p in record["parties"]
                         if p["role"] == "signatory"],
              summary=record.get("summary"), address=place or None,
              keywords=record.get("sectors") or [], notes=notes)
    for party in record["parties"]:
        if party["role"] != "signatory":
            found.add(_id("party", ident, party["org"]), "UnknownLink",
                      subject=_id("org", party["org"]), object=contract, role=party["role"],
                      date=_date(record.get("signed_on")))
    for signer in record.get("signatories") or []:
        person, org = signer["person"], signer["org"]
        found.add(_id("representation", ident, person, org), "Representation",
                  agent=_id("person", person), client=_id("org", org),
                  role=signer.get("title"), date=_date(record.get("signed_on")),
                  summary=f"signed {record['title']} for {orgs[org]['name']}")
        found.add(_id("signed", ident, person), "UnknownLink",
                  subject=_id("person", person), object=contract, role="signed",
                  description=f"for {orgs[org]['name']}")
    if event in events:
        found.add(_id("signed-at", ident), "UnknownLink", subject=contract,
                  object=_id("event", event), role="signed at")
    for link in ("follows", "amends"):
        if record.get(link):
            found.add(_id(link, ident), "UnknownLink", subject=contract,
                      object=_id("agreement", record[link]), role=link)
    for position, source in enumerate(record.get("sources") or []):
        found.add(_id("source", ident, str(position)), "Documentation",
                  document=_article(found, source), entity=contract, role="reports",
                  date=_date(source.get("published_on")))


def write_ftm(selection: Any, out: IO[str]) -> None:
    for entity in entities(selection):
        out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
