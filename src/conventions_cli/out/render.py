"""Views of one record (`show`): Rich at a terminal, the same lines as plain text in a pipe."""

from __future__ import annotations

import re
import sys
from typing import Any

from ..base.dates import describe, status_report
from ..text import shown as printable
from .cells import group_digits, with_acronym
from .terminal import (
    GAP,
    HARD_LEAST,
    console,
    cut_apart,
    date_range,
    fit_columns,
    stdout_is_terminal,
    table_view,
    write_table,
)


def where(record: dict[str, Any]) -> str:
    """City and region; what conv derived (a city from the event it was signed at, a
    region from the city or the event) is marked as such."""
    place, region = record.get("place"), record.get("region")
    if not place and record.get("place_derived"):
        place = f"{record['place_derived']} (the place of its event)"
    if not region and record.get("region_derived"):
        region = f"{record['region_derived']} (region derived from the " + \
            ("city)" if place else "event)")
    return ", ".join(p for p in (place, region) if p)


def fact_lines(record: dict[str, Any]) -> list[tuple[str, str]]:
    """The record's facts as (label, text) pairs, in the order people read them."""
    facts: list[tuple[str, str]] = [("type", record["type"])]
    if record.get("signed_on"):
        meaning = describe(record["signed_on"])
        facts.append(("signed_on", record["signed_on"] + (f" ({meaning})" if meaning else "")))
    place = where(record)
    if place:
        facts.append(("place", place))
    funding = record.get("funding")
    if funding:
        facts.append(("funding", f"{group_digits(funding['amount'])} {funding['currency']}"))
    period = record.get("period")
    if period:
        facts.append(("period", date_range(period["start"], period.get("end"), short=False)))
    jobs = record.get("jobs")
    if jobs:
        by = f" by {jobs['by']}" if jobs.get("by") else ""
        facts.append(("jobs", f"{group_digits(jobs['direct'])} direct{by}"))
    if record.get("sectors"):
        facts.append(("sectors", ", ".join(record["sectors"])))
    if record.get("status"):
        facts.append(("status", status_report(record["status"], record.get("status_on"))))
    event = record.get("event")
    if event:
        facts.append(("event", event_text(event)))
    for label, key in (("follows", "follows"), ("followed by", "followed_by"),
                       ("amends", "amends"), ("amended by", "amended_by")):
        value = record.get(key)
        if value:
            facts.append((label, ", ".join(value) if isinstance(value, list) else value))
    for i, text in enumerate(_in_totals(record.get("adding") or [], funding)):
        facts.append(("in totals" if i == 0 else "", text))
    for i, party in enumerate(record["parties"]):
        facts.append(("parties" if i == 0 else "", f"{party['role']}: "
                      f"{with_acronym(party['name'], party.get('acronym'))} [{party['org']}]"))
    for i, signatory in enumerate(record.get("signatories") or []):
        title = f", {signatory['title']}" if signatory.get("title") else ""
        facts.append(("signed by" if i == 0 else "",
                      f"{signatory['name']}{title} [{signatory['person']}], for "
                      f"{signatory['org_name']} [{signatory['org']}]"))
    if record.get("summary"):
        facts.append(("summary", record["summary"]))
    for i, source in enumerate(record["sources"], 1):
        text = f"{i}. {source['publisher']}, {source['published_on']}"
        if source.get("title"):
            text += f" — {source['title']}"
        if source.get("url"):
            text += f" <{source['url']}>"
        facts.append(("sources" if i == 1 else "", text))
    return facts


def _in_totals(adding: list[tuple[str, int, str]],
               funding: dict[str, Any] | None) -> list[str]:
    """What the agreements amending one add, and what totals do with it, as stats does:
    summed with its own funding in that currency; kept apart in another currency (no
    total adds euros to dirhams); when it has no funding of its own, all that is known."""
    kinds: dict[str, list[str]] = {}
    for ident, amount, currency in adding:
        kind = ("alone" if not funding else
                "summed" if currency == funding["currency"] else "apart")
        kinds.setdefault(kind, []).append(f"+ {group_digits(amount)} {currency} ({ident})")
    says = {"summed": ", summed with its own funding",
            "apart": (f", in another currency than its own funding ({funding['currency']}): "
                      "kept apart, never summed with it" if funding else ""),
            "alone": "; it has no funding of its own to sum it with"}
    return [f"{', '.join(added)}: what the agreements amending it add{says[kind]}"
            for kind, added in kinds.items()]


def event_details(event: dict[str, Any]) -> str:
    """Where and when an event took place, and the total reported for its agreements."""
    where_ = where(event)
    when = date_range(event.get("start"), event.get("end"), short=False)
    total = event.get("total")
    money = f"{group_digits(total['amount'])} {total['currency']} in all" if total else ""
    return "; ".join(x for x in (where_, when, money) if x)


def event_text(event: dict[str, Any]) -> str:
    """An event as one line: its name, where and when, its total, its id."""
    details = event_details(event)
    text: str = event["name"] + (f" ({details})" if details else "")
    return text + (f" [{event['id']}]" if event.get("id") else "")


def show_record(record: dict[str, Any]) -> None:
    # No value steers the terminal (escape sequences, bidi) or breaks the layout: a line
    # break or tab in a title or a summary is shown escaped (\n), each value on its line.
    record = printable(record, keep="")
    facts = fact_lines(record)
    if not stdout_is_terminal():
        width = max(len(label) for label, _ in facts)
        sys.stdout.write(f"{record['id']}  {record['title']}\n")
        for label, value in facts:
            sys.stdout.write(f"{label.ljust(width)}  {value}\n")
        return
    from rich.cells import cell_len
    from rich.text import Text

    out = console()
    out.print(Text.assemble((record["id"], "bold"), "  ", record["title"]))
    width = max(cell_len(label) for label, _ in facts)
    room = max(out.width - width - 2, HARD_LEAST)
    for label, value in facts:
        # Wrapped at spaces, in full; a word longer than the room (a source's address) is
        # never broken: it stands on a line of its own, whole, for the terminal to click
        # or copy, and runs past the edge (the terminal wraps it, as one line).
        for i, line in enumerate(wrapped(value, room)):
            out.print(Text.assemble(Text((label if i == 0 else "").ljust(width),
                                         style="cyan"), "  ", line), soft_wrap=True)


def wrapped(text: str, room: int) -> list[str]:
    """``text`` in lines of at most ``room`` cells, broken at spaces only: a word longer
    than the room (an address) is never broken, it stands on a line of its own."""
    from rich.cells import cell_len

    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and cell_len(line) + 1 + cell_len(word) > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


# Compared fields whose text is a figure, a date or an id: never broken over two lines.
WHOLE_FIELDS = frozenset({"type", "signed_on", "amount", "period", "jobs", "follows",
                          "amends"})
# The most an id's column asks for its header on one line; a longer id is broken after a
# hyphen (whole, over two lines) rather than take the room of another agreement.
ID_ROOM = 24


def compare_table(rows: list[dict[str, Any]], ids: list[str]) -> None:
    """One column per agreement; a differing field is marked with ≠ and highlighted.
    Every column is wide enough for its id and its figures; the agreements for which the
    width has no room are left out, and a line under the table names them."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    rows, ids = printable(rows), printable(ids)
    for row in rows:
        if row["field"] == "amount":  # grouped digits, as everywhere in tables
            row.update({i: _group_amount(row[i]) for i in ids})
    out = console()
    label = max(cell_len(row["field"]) for row in rows)
    needs, natural = {}, {}
    for ident in ids:
        lines = [line for row in rows for line in (row[ident] or "—").split("\n")]
        whole = [line for row in rows if row["field"] in WHOLE_FIELDS
                 for line in (row[ident] or "—").split("\n")]
        needs[ident] = max(HARD_LEAST, min(cell_len(ident), ID_ROOM),
                           *(cell_len(w) for w in whole))
        natural[ident] = max(needs[ident], cell_len(ident), *(cell_len(x) for x in lines))
    used = 1 + GAP + label
    fitted: list[str] = []
    for ident in ids:
        if used + GAP + needs[ident] > out.width and fitted:
            break
        fitted.append(ident)
        used += GAP + needs[ident]
    widths = {ident: needs[ident] for ident in fitted}
    spare = out.width - used
    while spare > 0 and any(widths[i] < natural[i] for i in fitted):
        for ident in fitted:  # what is left, shared one cell at a time
            if spare and widths[ident] < natural[ident]:
                widths[ident] += 1
                spare -= 1
    table = Table(box=box.SIMPLE_HEAD, highlight=False, show_edge=False, pad_edge=False)
    table.add_column("", no_wrap=True, width=1)
    table.add_column("field", no_wrap=True, style="cyan", width=label)
    for ident in fitted:
        table.add_column(Text(_broken_id(ident, widths[ident]), overflow="fold"),
                         width=widths[ident], header_style="bold")
    for row in rows:
        # marked among the agreements shown: a mark no shown column bears out would mislead
        differs = len({row[i] for i in fitted}) > 1
        style = "yellow" if differs else ""
        table.add_row(Text("≠" if differs else ""), Text(row["field"]),
                      # a long word (a place, a name) continues on the next line: nothing
                      # in a comparison is cut
                      *(Text(row[i] or "—", style=style, overflow="fold",
                             no_wrap=row["field"] in WHOLE_FIELDS) for i in fitted))
    out.print(table)
    left = ids[len(fitted):]
    if left:
        out.print(Text(f"left out, for want of room: {', '.join(left)}; compare fewer, in a "
                       "wider terminal, or with --format tsv", style="dim"))


def _broken_id(ident: str, width: int) -> str:
    """An id on lines of at most ``width`` cells, broken after a hyphen (never cut)."""
    lines = [""]
    for piece in re.split(r"(?<=-)", ident):
        if lines[-1] and len(lines[-1]) + len(piece) > width:
            lines.append("")
        lines[-1] += piece
    return "\n".join(lines)


def _group_amount(text: str) -> str:
    number, _, currency = text.partition(" ")
    return f"{group_digits(int(number))} {currency}" if number.isdigit() else text


BAR_WIDTH = 20


def bar(share: float) -> str:
    """A small horizontal bar: eighths of a block for a smooth end."""
    eighths = round(share * BAR_WIDTH * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + ("▏▎▍▌▋▊▉"[rest - 1] if rest else "")


def millions(amount: int, currency: str) -> str:
    """A sum in millions, for a table too narrow for every digit: 31 M EUR, 6 661 M MAD
    (to the nearest million; under ten millions, to a tenth, 8,5 M EUR, where a whole
    million would be off by up to a third; under a million, in full)."""
    if amount < 1_000_000:
        return f"{group_digits(amount)} {currency}"
    if amount < 10_000_000:
        tenths = (amount + 50_000) // 100_000  # half up, as people round
        whole, tenth = divmod(tenths, 10)
        return f"{whole},{tenth} M {currency}" if tenth else f"{whole} M {currency}"
    return f"{group_digits((amount + 500_000) // 1_000_000)} M {currency}"


def _stats_rows(rows: list[dict[str, Any]], money: Any) -> list[dict[str, Any]]:
    total = max((r["count"] for r in rows), default=0)
    shown = []
    for r in rows:
        others = [money(o["amount"], o["currency"]) for o in r.get("other_amounts") or []]
        reported = [money(o["amount"], o["currency"]) for o in r.get("event_total") or []]
        shown.append({
            "group": "(none)" if r["group"] is None else str(r["group"]),
            "count": r["count"],
            "amount_mad": None if r["amount_mad"] is None else money(r["amount_mad"], "MAD"),
            "jobs_direct": r["jobs_direct"],
            "other_amounts": others,
            "event_total": reported,
            "bar": bar(r["count"] / total) if total else "",
        })
    return shown


def stats_sheet_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stats for csv, tsv and md: each other currency's sum (and an event's total) read as
    "150000000 EUR" (every digit, joined by '; '), where json and jsonl keep
    {"amount", "currency"} objects."""
    return [{**r, **{key: [f"{o['amount']} {o['currency']}" for o in r[key] or []]
                     for key in ("other_amounts", "event_total") if key in r}} for r in rows]


def _natural(names: list[str], view: list[dict[str, str]]) -> dict[str, int]:
    """Each column's width with nothing cut: its longest cell, or its name."""
    return {c: max([len(c), *(len(cells[c]) for cells in view)]) for c in names}


def _narrow_groups(shown: list[dict[str, Any]], columns: list[str],
                   width: int) -> list[dict[str, Any]]:
    """The group names cut to the room the sums leave them, so that no sum is cut; as they
    were if that leaves a name too little room to say anything."""
    names, view = table_view(shown, columns)
    natural = _natural(names, view)
    room = width - sum(natural[c] for c in names if c != "group") - GAP * (len(names) - 1)
    if room < HARD_LEAST:
        return shown
    names = cut_apart([r["group"] for r in shown], room)
    return [{**r, "group": name} for r, name in zip(shown, names, strict=True)]


def fit_sums(sums: list[str], width: int) -> str:
    """Sums in other currencies in ``width`` characters, each whole with its currency:
    as many as fit, then how many more ("100 M CNY; +4 more"), or only how many ("5
    currencies"); a sum cut in its digits or without its currency would read as another."""
    joined = "; ".join(sums)
    if len(joined) <= width:
        return joined
    for count in range(len(sums) - 1, 0, -1):
        text = f"{'; '.join(sums[:count])}; +{len(sums) - count} more"
        if len(text) <= width:
            return text
    return f"{len(sums)} currencies"


# The least a group's name keeps when the sums beside it need the room to be whole.
GROUP_LEAST = 16


def _whole_sums(shown: list[dict[str, Any]], columns: list[str], width: int,
                keep: list[str]) -> list[dict[str, Any]]:
    """The sums in other currencies (and an event's totals) that the table would cut, said
    whole in the room the other figures and a short group name leave them; the group
    names then take what is left, so that the table cuts no cell of figures."""
    names, view = table_view(shown, columns)
    fitted = dict(fit_columns(names, view, width, keep))
    natural = _natural(names, view)
    cut = [k for k in ("other_amounts", "event_total")
           if k in fitted and fitted[k] < natural[k]]
    if not cut:
        return shown
    fixed = sum(natural[c] for c in fitted if c not in cut and c != "group") \
        + GAP * (len(fitted) - 1)
    group = min(natural["group"], GROUP_LEAST) if "group" in fitted else 0
    share = (width - fixed - group) // len(cut)
    room = {k: max(fitted[k], len(k), min(natural[k], share)) for k in cut}
    shown = [{**r, **{k: [fit_sums(r[k], room[k])] if r.get(k) else [] for k in cut}}
             for r in shown]
    return _narrow_groups(shown, columns, width)


def stats_table(rows: list[dict[str, Any]], by: str) -> None:
    """One line per group, like every listing, with a bar for the count. When the width
    is short, the money is said in millions before any column of it goes, and the bar
    goes first: a year must never show no money because the terminal is narrow."""
    columns = ["group", "count", "amount_mad", "event_total", "jobs_direct", "other_amounts",
               "bar"]
    for key in ("other_amounts", "event_total"):  # an event's total: --by event only
        if not any(r.get(key) for r in rows):
            columns.remove(key)
    keep = ["group", "count", "amount_mad", "event_total", "other_amounts", "jobs_direct"]
    width = console().width

    def whole(shown: list[dict[str, Any]], columns: list[str],
              which: list[str] = keep) -> bool:
        """Every column of ``which`` shown, none cut with '…'."""
        names, view = table_view(shown, columns)
        fitted = dict(fit_columns(names, view, width, keep))
        natural = _natural(names, view)
        return all(c in fitted and fitted[c] >= natural[c] for c in which if c in names)

    shown = _stats_rows(rows, lambda amount, currency: f"{group_digits(amount)} {currency}")
    if not whole(shown, columns):  # the bar goes first, then every digit
        columns.remove("bar")
        if not whole(shown, columns):
            shown = _stats_rows(rows, millions)
            # the bar again only if no sum is cut for it (a long group name may be)
            if whole(shown, [*columns, "bar"], keep[1:]):
                columns.append("bar")
            elif not whole(shown, columns, keep[1:]):  # the names give way to the sums
                shown = _narrow_groups(shown, columns, width)
    shown = _whole_sums(shown, columns, width, keep)
    write_table(shown, columns, headers={"group": by, "bar": "", "event_total": "event total"},
                keep=keep, empty="no agreements match")


def header(found: dict[str, Any]) -> None:
    """What a table listing of an organization's, a person's or an event's agreements
    starts with: who or what it is."""
    from rich.text import Text

    out = console()
    found = printable(found, keep="")
    name = with_acronym(found["name"], found.get("acronym"))
    out.print(Text.assemble((found["id"], "bold"), "  ", name))
    details = []
    if found.get("kind"):
        details.append(f"kind: {found['kind']}")
    if found.get("country"):
        details.append(f"country: {found['country']}")
    if "total_amount" in found:  # an event
        details.append(event_details({**found, "total": (
            {"amount": found["total_amount"], "currency": found["total_currency"]}
            if found.get("total_amount") is not None else None)}))
    if found.get("aliases"):
        details.append("also: " + "; ".join(found["aliases"]))
    details = [d for d in details if d]
    if details:
        out.print(Text("\n".join(details)))
