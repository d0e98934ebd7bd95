"""`conv draft --add`: the drafts go into the knowledge base file itself.

Each drafted entry (people, events, organizations, agreements) is inserted as text at the
end of its section, with its `# from:` and `# TODO` comments, leaving every other line of
the file as it was; a missing section is created in the schema's order. The file is
replaced atomically, and only once the new text reads back with exactly the added entries.
A draft that looks like an agreement already in the base is refused, naming it, unless
`force`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..base.todos import todos_in_line
from ..base.yamledit import LineEnds, Section, before_comments, reindent, sections, splice
from ..errors import ConvError, DataError, UsageError
from ..files import edit_file
from .document import SECTIONS, Draft

ORDER = {name: index for index, name in enumerate(SECTIONS)}


@dataclass
class Added:
    path: Path
    ids: dict[str, list[str]] = field(default_factory=dict)
    todos: int = 0


class Duplicate(ConvError):
    """A draft looks like an agreement the base already has."""


def existing_records(text: str, source: str) -> Any:
    """The base's records as written, problems or not (a base with drafts added is often
    incomplete until the curator fills the TODOs): what the draft is linked against."""
    from ..base.loader import load_text

    result = load_text(text, source)
    if result.dataset is None:
        raise DataError(f"{source} cannot be read as a knowledge base; fix it first (conv "
                        "validate lists the problems)", [str(p) for p in result.problems])
    if result.dataset.version < 2:
        raise UsageError(f"{source} is schema 1, and drafts are schema 2; run conv migrate "
                         f"{source} first")
    return result.dataset


def lookalikes(draft: Draft, dataset: Any) -> list[str]:
    """For each drafted agreement, the agreements of the base it looks like, signed the
    same day (the same month when either date gives only the month) or at the same event
    (when either signing date is unknown: a source published the same day), or in the
    same month (or a week apart at most) with the same type and the same amount in the
    same currency (a second report that dates one signing another day), and
    - a partner in common (a party that is not a ministry), or
    - the same parties whatever their kind ("the ministries A and B"), or the same two or
      more signatories, and nothing that tells them apart: the same type of agreement
      and, when both give one, the same amount (two ministers who sign a convention and a
      memorandum the same day signed two agreements, and so did those who sign two
      conventions of 10 and 40 MDH)."""
    kinds = _kinds(draft, dataset)
    origins = getattr(draft, "origins", {})
    found = []
    for new in draft.agreements:
        for old in dataset.agreements:
            why = _lookalike(new, old, kinds)
            if why:
                found.append(f"{_whose(new, origins)}{new.get('id')} looks like "
                             f"{old.get('id')} ({old.get('_source')}:{old.get('_line')}): {why}")
    return found


def batch_lookalikes(draft: Draft, dataset: Any) -> list[str]:
    """The drafts of one batch that look like a draft of another article of the batch, by
    the same rule as with the base: two outlets' reports of one signing, given together,
    are refused as they would be one run after the other (the drafts of one article are
    the agreements it tells apart, never compared)."""
    kinds = _kinds(draft, dataset)
    origins = draft.origins
    found = []
    for at, new in enumerate(draft.agreements):
        for old in draft.agreements[:at]:
            if origins.get(str(new.get("id"))) == origins.get(str(old.get("id"))):
                continue
            why = _lookalike(new, old, kinds)
            if why:
                found.append(f"{_whose(new, origins)}{new.get('id')} looks like "
                             f"{old.get('id')}, drafted from "
                             f"{origins.get(str(old.get('id')))} in this batch: {why}")
    return found


def _kinds(draft: Draft, dataset: Any) -> dict[Any, Any]:
    kinds = {o.get("id"): o.get("kind") for o in dataset.organizations}
    kinds.update({o.get("id"): o.get("kind") for o in draft.organizations})
    return kinds


def _whose(agreement: dict[str, Any], origins: dict[str, str]) -> str:
    """The article a draft comes from, when the batch has several: said first."""
    label = origins.get(str(agreement.get("id")), "")
    return f"{label}: " if label and len(set(origins.values())) > 1 else ""


def _lookalike(new: dict[str, Any], old: dict[str, Any], kinds: dict[Any, Any]) -> str | None:
    """Why ``new`` looks like ``old`` (what they share, and when), else None."""
    from ..base.dates import DateError, bounds

    def parties(agreement: dict[str, Any]) -> set[str]:
        return {str(p.get("org")) for p in agreement.get("parties") or []
                if isinstance(p, dict) and p.get("org")}

    def partners(agreement: dict[str, Any]) -> set[str]:
        return {org for org in parties(agreement) if kinds.get(org) != "ministry"}

    def signers(agreement: dict[str, Any]) -> set[str]:
        return {str(s.get("person")) for s in agreement.get("signatories") or []
                if isinstance(s, dict) and s.get("person")}

    def days(agreement: dict[str, Any]) -> tuple[str, str] | None:
        try:
            return bounds(str(agreement["signed_on"])) if agreement.get("signed_on") else None
        except DateError:
            return None

    def reported(agreement: dict[str, Any]) -> set[str]:
        return {str(s["published_on"]) for s in agreement.get("sources") or []
                if isinstance(s, dict) and s.get("published_on")}

    common = partners(new) & partners(old)
    # each has its company: the bodies and people that sign every one of them do not count
    own = _each_has_its_own(parties(new), parties(old), kinds)
    if own and all(kinds.get(org) in PUBLIC for org in common):
        common = set()
    if common:
        shared = ", ".join(sorted(common))
    elif parties(new) and parties(new) == parties(old) and _same_object(new, old):
        shared = "the same parties " + ", ".join(sorted(parties(new)))
    elif len(signers(new)) >= 2 and signers(new) == signers(old) and _same_object(
            new, old) and not own:
        shared = "the same signatories " + ", ".join(sorted(signers(new)))
    else:
        return None
    same_event = new.get("event") and new.get("event") == old.get("event")
    a, b = days(new), days(old)
    same_time = bool(a and b and (a == b or (
        a[0][:7] == b[0][:7] and (a[0] != a[1] or b[0] != b[1]))))
    # a signing date unknown on either side: reported the same day (or month, year)
    same_report = reported(new) & reported(old) if not (a and b) else set()
    money = None
    if a and b and not (same_event or same_time) and (
            len({a[0][:7], a[1][:7], b[0][:7], b[1][:7]}) == 1
            or a[0] == a[1] and b[0] == b[1] and _days_apart(a, b) <= 7):
        money = _same_money(new, old)  # the same month, or a week apart at most
    undated = None
    if bool(a) != bool(b) and not (same_event or same_report):
        # one undated ("ont récemment signé"): reported in the week after the other's signing
        dated, report = (a, reported(old)) if a else (b, reported(new))
        assert dated is not None
        undated = next((day for day in sorted(report) if _reported_after(dated, day)), None)
        money = _same_money(new, old) if undated else None
    if not (same_event or same_time or same_report or money):
        return None
    why = ("the same event" if same_event else f"signed {old['signed_on']}"
           if same_time else f"signed {old.get('signed_on') or new.get('signed_on')}, and "
           f"the other undated, reported "
           f"{undated}, with the same type and {money}" if money and undated else
           f"signed {old['signed_on']}, close to "
           f"{new.get('signed_on')}, with the same type and {money}" if money
           else f"undated, reported {min(same_report)}")
    return f"{shared}, {why}"


PUBLIC = frozenset({"ministry", "public-body"})


def _each_has_its_own(new: set[str], old: set[str], kinds: dict[Any, Any]) -> bool:
    """Each agreement has a party that is not a public body (its company, its association)
    and that the other lacks: an agency or a CRI that co-signs every convention of a day,
    like the ministers who sign them, makes none of them the other's lookalike."""
    return all(any(kinds.get(org) not in PUBLIC for org in one - other)
               for one, other in ((new, old), (old, new)))


def _same_money(new: dict[str, Any], old: dict[str, Any]) -> str | None:
    """The same type and the same amount in the same currency, both given: a second
    report of one signing that dates it another day ("mardi" for "jeudi") still counts
    its money once. The amount as said, else None."""
    if str(new.get("type") or "other") != str(old.get("type") or "other"):
        return None
    found, given = _money(new), _money(old)
    if found is None or given is None or not _alike_money(found, given):
        return None
    return f"the same amount {int(given[0]):,} {given[1]}".replace(",", " ")


def _money(agreement: dict[str, Any]) -> tuple[float, str] | None:
    """An agreement's amount and currency, when it gives an amount."""
    funding = agreement.get("funding")
    if not isinstance(funding, dict) or not isinstance(funding.get("amount"), (int, float)):
        return None
    return float(funding["amount"]), str(funding.get("currency") or "")


def _alike_money(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """The same currency, and amounts within 1 % of each other (a rounding in one report)."""
    return a[1] == b[1] and abs(a[0] - b[0]) <= 0.01 * max(a[0], b[0])


def _reported_after(signed: tuple[str, str], published: str) -> bool:
    """A report published ``published`` (a day, month or year) may tell of a signing that
    ``signed`` covers: published that day or in the week after it (a week: the press
    reports a signing within days, and the dated rule allows as much between two days)."""
    import datetime as dt

    from ..base.dates import DateError, bounds

    try:
        first, last = bounds(published)
    except DateError:
        return False
    if first != last:
        return False  # a month or a year of publication says nothing of the week
    day = dt.date.fromisoformat(first)
    return signed[0] <= first and (day - dt.date.fromisoformat(signed[1])).days <= 7


def _days_apart(a: tuple[str, str], b: tuple[str, str]) -> int:
    """How far apart two signing dates may be at least, in days (0 when they overlap)."""
    import datetime as dt

    first, last = sorted((a, b))
    gap = dt.date.fromisoformat(last[0]) - dt.date.fromisoformat(first[1])
    return max(0, gap.days)


def _same_object(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """Nothing tells the two apart: not their type (when both give one), nor their amount
    (when both give one)."""
    types = {str(a.get("type") or "other") for a in (new, old)}
    if len(types) == 2 and "other" not in types:
        return False
    found, given = _money(new), _money(old)
    if found is None or given is None:
        return True
    return found[1] != given[1] or _alike_money(found, given)


def add(draft: Draft, path: Path, *, force: bool = False, base: Any = None) -> Added:
    """Write ``draft``'s entries into the knowledge base file at ``path``; ``base``, the
    records of the whole base it belongs to (a folder's files), is what a draft must not
    look like (besides the file's own, as they are when it is written). Two conv adding
    to one file take turns; another program's save meanwhile is kept (the entries are
    added to what it saved)."""
    if path.is_dir():
        raise UsageError(f"{path} is a folder; --add writes into one file: pass --data FILE")
    edit_file(path, lambda data: (_added(draft, path, data, force, base), None),
              error=DataError, missing="pass --data FILE, the knowledge base to add to",
              directory="pass the YAML file itself")
    written = sum(len(todos_in_line(line)) for name in SECTIONS
                  for entry in _texts(draft, name) for line in entry.split("\n"))
    return Added(path, {name: [e["id"] for e in draft.data.get(name, [])]
                        for name in SECTIONS if draft.data.get(name)}, written)


def _added(draft: Draft, path: Path, data: bytes, force: bool, base: Any) -> bytes:
    """The file's bytes with the draft's entries added."""
    from ..base.source import display_path

    source = display_path(path)
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        ends = LineEnds(data.decode("utf-8-sig")).terminated()
    except UnicodeDecodeError:
        raise DataError(f"{source}: not UTF-8 text; fix it first (conv validate)") from None
    dataset = existing_records(ends.text, source)
    twins = lookalikes(draft, dataset if base is None else base)
    if base is not None:  # and what was added to the file since base was read
        said = {twin.split(" (")[0] for twin in twins}
        twins += [twin for twin in lookalikes(draft, dataset) if twin.split(" (")[0] not in said]
    twins += batch_lookalikes(draft, dataset if base is None else base)
    if twins and not force:
        raise Duplicate(f"{source} unchanged: {_refused(draft, twins)}; check, or pass "
                        "--force to add it anyway", [f"conv: {line}" for line in twins])
    if twins:
        draft = _forced(draft, twins)
    edits = insertions(ends.text, draft)
    _check(splice(ends.text, edits), ends.text, draft, source)
    return (("\ufeff" if bom else "") + ends.apply(edits)).encode("utf-8")


def _forced(draft: Draft, twins: list[str]) -> Draft:
    """The draft whose agreements added with --force past a lookalike say so, each in a
    comment under its id: the pair stays visible to whoever reads the file later."""
    from dataclasses import replace

    texts = []
    for text in draft.sections.get("agreements", []):
        first, _, rest = text.partition("\n")
        aid = first.split("id:", 1)[-1].split("#")[0].strip()
        said = [twin.split(f"{aid} looks like ", 1)[1] for twin in twins
                if twin.startswith(f"{aid} looks like ") or f": {aid} looks like " in twin]
        notes = "".join(f"    # added with --force, although it looks like {why}\n"
                        for why in said)
        texts.append(f"{first}\n{notes}{rest}" if notes else text)
    return replace(draft, sections={**draft.sections, "agreements": texts})


def _refused(draft: Draft, twins: list[str]) -> str:
    """What was refused: the draft, or which articles' drafts of a batch, and that nothing
    of the batch was added."""
    articles = sorted(set(draft.origins.values()))
    if len(articles) < 2:
        return "the draft looks like what the base has"
    which = sorted({twin.split(": ")[0] for twin in twins})
    return (f"the draft of {', '.join(which)} looks like what the base has or another "
            "article of the batch; nothing of the batch was added")


def insertions(text: str, draft: Draft) -> list[tuple[int, int, str]]:
    """Where each drafted entry goes in ``text`` (LF line ends, the last line ended): at
    the end of its section; a missing section is made in the schema's order."""
    found = sections(text)
    edits: list[tuple[int, int, int, str]] = []  # (start, end, section order, new text)
    for name in SECTIONS:
        entries = _texts(draft, name)
        if not entries:
            continue
        section = found.get(name)
        if section is None:
            at = _new_section_place(text, found, name)
            body = "".join(reindent(e, "  - ") for e in entries)
            empty = "" if draft.sections.get(name) else " []"  # comments alone: no entry
            edits.append((at, at, ORDER[name], f"{name}:{empty}\n{body}\n"))
        elif section.kind == "block":
            spacer = "\n" if name == "agreements" else ""
            body = "".join(("" if e.startswith("  #") else spacer) +
                           reindent(e, section.item_indent) for e in entries)
            edits.append((section.value_end, section.value_end, ORDER[name], body))
        elif not draft.sections.get(name) and section.kind in ("empty", "flow"):
            line_end = text.find("\n", section.value_end) + 1 or len(text)
            body = "".join(reindent(e, "  - ") for e in entries)  # comments, after the key
            edits.append((line_end, line_end, ORDER[name], body))
        elif section.kind == "empty" or (section.kind == "flow" and section.items == 0):
            edits.append(_fill_empty(text, section, entries))
        else:
            raise UsageError(f"the file's {name} is written as a flow list ([…]) or is not a "
                             "list; write it as a block list (one '- ' line per entry) so "
                             "conv can add to it")
    return [(start, end, new) for start, end, _, new in sorted(edits, key=lambda e: (e[0], e[2]))]


def _texts(draft: Draft, name: str) -> list[str]:
    """The text of each drafted entry of a section, then its TODO comments that belong to
    no entry (an article of the batch that gave no agreement), as the draft printed them."""
    return [*(draft.sections.get(name) or []),
            *(f"  {gap}\n" for gap in draft.gaps.get(name, []))]


def _new_section_place(text: str, found: dict[str, Section], name: str) -> int:
    """Before the first section that comes after ``name`` in the schema's order (and the
    comments that describe it); else at the end."""
    later = [s for s in found.values() if ORDER.get(s.name, -1) > ORDER[name]]
    if later:
        return before_comments(text, min(s.key_start for s in later))
    return len(text)


def _fill_empty(text: str, section: Section, entries: list[str]
                ) -> tuple[int, int, int, str]:
    """`people:` or `people: []` becomes a block list of the entries; a comment on the
    key's line stays."""
    line_end = text.find("\n", section.value_end)
    line_end = len(text) if line_end < 0 else line_end
    key = text[section.key_start:section.value_start].rstrip()
    after = text[section.value_end:line_end].rstrip()
    body = "".join(reindent(e, "  - ") for e in entries)
    return (section.key_start, line_end + 1 if line_end < len(text) else line_end,
            ORDER[section.name], f"{key}{after}\n{body}")


def _check(new: str, old: str, draft: Draft, source: str) -> None:
    """The new text reads as YAML with exactly the drafted entries added; else nothing is
    written (a layout this edit did not foresee)."""
    from ..base.yamlnodes import parse

    _, problems = parse(new, source)
    before, after = sections(old), sections(new) if not problems else {}
    for name in SECTIONS:
        want = (before[name].items if name in before else 0) + len(draft.data.get(name, []))
        if problems or name not in after and want or name in after and after[name].items != want:
            raise ConvError(f"{source}: the drafts could not be added safely to this file's "
                            "layout; nothing was changed. Print the draft (without --add) "
                            "and paste its entries by hand",
                            [str(p) for p in problems])
