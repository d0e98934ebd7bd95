"""What a name a person types stands for: organizations, people and events, one rule.

DESIGN §2's matching rules, written once for everything a filter or a command names:
1. the value is a record's **code** (its id, or an organization's acronym) in any case:
   that record, and only it;
2. otherwise every record whose name or another spelling has each word of the value as a
   whole word or the start of one, accents and case aside.
"""

from __future__ import annotations

import re
import sqlite3
from collections import namedtuple

from ..db import tables
from ..db.tables import decoded
from ..text import (
    COMMAND_LINE_CUTOFF,
    NAME_CUTOFF,
    TYPED_CUTOFF,
    fold,
    name_query,
    nearest,
    quote,
    shell_word,
    words,
    words_match,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

Named = namedtuple("Named", "id name")
# What a filter's value is told on stderr, and whether it is because the value matched
# nothing: then a script is told too (an empty result is never read as an answer); what
# it matched, when several, is for a person at a terminal.
Note = namedtuple("Note", "text unmatched")
Org = Named  # the name earlier code knew it by


class Nameable(namedtuple("Nameable", "table codes names where what plural listing")):
    """Records a value can name: ``table``; ``codes``, the columns rule 1 reads; ``names``,
    those rule 2 reads (a list column: each item); ``where``, a fixed SQL condition over
    them (a kind of organization); ``what``/``plural``, how messages call one and several;
    ``listing``, the command that lists them."""

    __slots__ = ()


# Which organizations are which, as the flat row's ministries, public_parties and partners
# say (tables.PARTY_COLUMN): the State and public bodies are neither ministries nor partners.
MINISTRY_KINDS = tuple(k for k, c in tables.PARTY_COLUMN.items() if c == tables.MINISTRY)
PUBLIC_KINDS = tuple(k for k, c in tables.PARTY_COLUMN.items() if c == tables.PUBLIC)


def _kind_in(kinds: tuple[str, ...], negate: bool = False) -> str:
    listed = ", ".join(f"'{k}'" for k in kinds)
    return f"kind {'NOT ' if negate else ''}IN ({listed})"


_ORG = ("organizations", ("id", "acronym"), ("name", "aliases"))
ORGANIZATIONS = Nameable(*_ORG, None, "organization", "organizations", "conv orgs")
MINISTRIES = Nameable(*_ORG, _kind_in(MINISTRY_KINDS), "ministry", "ministries",
                      "conv orgs --kind ministry")
PUBLIC = Nameable(*_ORG, _kind_in(PUBLIC_KINDS), "public party", "public parties",
                  "conv orgs")
# --partner is any party but a ministry, as it always was: the partners and public_parties
# columns together; --public narrows it to the State and public bodies.
PARTNERS = Nameable(*_ORG, _kind_in(MINISTRY_KINDS, negate=True), "organization",
                    "organizations", "conv orgs")
PEOPLE = Nameable("people", ("id",), ("name", "aliases"), None, "person", "people",
                  "conv people")
# What each party filter takes, as its notes say it.
TAKES = {MINISTRIES: "the ministries", PUBLIC: "the State and public bodies",
         PARTNERS: "the parties that are not ministries"}
EVENTS = Nameable("events", ("id",), ("name",), None, "event", "events", "conv events")


def _rows(conn: sqlite3.Connection, kind: Nameable) -> list[dict[str, Any]]:
    columns = ", ".join(dict.fromkeys(("id", *kind.codes, *kind.names)))
    where = f" WHERE {kind.where}" if kind.where else ""
    cursor = conn.execute(f"SELECT {columns} FROM {kind.table}{where} ORDER BY id")
    names = [d[0] for d in cursor.description]
    table = tables.BY_NAME[kind.table]
    return [decoded(dict(zip(names, row, strict=True)), table) for row in cursor]


def _texts(row: dict[str, Any], columns: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for column in columns:
        value = row.get(column)
        found.extend(value if isinstance(value, list) else [value] if value else [])
    return found


def _by_code(rows: list[dict[str, Any]], kind: Nameable, value: str) -> list[Named]:
    """The records whose code is ``value`` in any case, the first code column that has it
    winning: an id names that record alone, even where another's acronym is spelled alike
    (``ada`` the agency, never also ``add`` whose acronym is ADA)."""
    key = fold(name_query(value))
    for column in kind.codes:
        found = [Named(r["id"], r["name"]) for r in rows
                 if key in (fold(code) for code in _texts(r, (column,)))]
        if found:
            return found
    return []


def by_code(conn: sqlite3.Connection, kind: Nameable, value: str) -> list[Named]:
    """The records whose code is ``value`` in any case (rule 1 alone)."""
    return _by_code(_rows(conn, kind), kind, value)


def resolve(conn: sqlite3.Connection, kind: Nameable, value: str) -> list[Named]:
    """The records of ``kind`` that ``value`` names: by code, and then only that; else by
    the words of their names. The value is read as people write a name (text.name_query):
    "l'Union européenne" and "M.I.C" are "Union européenne" and "MIC"."""
    rows = _rows(conn, kind)
    exact = _by_code(rows, kind, value)
    if exact:
        return exact
    # A name copied from conv's own output: "Banque mondiale (BM) [banque-mondiale]", as
    # show and org print a party, "Ministère des Affaires étrangères [sn-mae]" as a listing
    # names namesakes: the id in brackets names its record, whatever precedes it.
    copied = _PRINTED.fullmatch(value.strip())
    if copied and copied["id"]:
        exact = _by_code(rows, kind, copied["id"])
        if exact:
            return exact
    if elsewhere(conn, kind, value):
        return []  # another kind's code names that record: never first letters of words
    wanted = name_query(value)
    found = [Named(r["id"], r["name"]) for r in rows
             if any(words_match(wanted, name) for name in _texts(r, kind.names))]
    if found or not copied or not copied["acronym"] or "acronym" not in kind.codes:
        return found
    # "Banque mondiale (BM)": the records of that acronym whose name has the words before
    # it (a parenthesis that is part of a name, "(Sénégal)", was read with the name above)
    key, before = fold(copied["acronym"]), name_query(copied["name"])
    return [Named(r["id"], r["name"]) for r in rows if fold(r.get("acronym")) == key
            and (not before or any(words_match(before, n) for n in _texts(r, kind.names)))]


# How conv prints a record: its name, an organization's acronym in parentheses, its id in
# brackets ("Banque mondiale (BM) [banque-mondiale]"), the last two each optional.
_PRINTED = re.compile(r"(?P<name>.*?)\s*(?:\((?P<acronym>[^()\[\]]+)\))?"
                      r"\s*(?:\[(?P<id>[^\[\]\s]+)\])?")


def _codes_of(value: str) -> list[str]:
    """The codes ``value`` may be: itself, and the id in brackets of a name copied from
    conv's own output ("Ministère de l'Industrie et du Commerce [mic]")."""
    copied = _PRINTED.fullmatch(value.strip())
    return [value, *([copied["id"]] if copied and copied["id"] else [])]


def exactly_named(conn: sqlite3.Connection, kind: Nameable, value: str) -> list[Named]:
    """The records ``value`` names exactly, as a command naming one record reads it: its
    code; the id in brackets of conv's own printed form ("Ryad Mezzour [ryad-mezzour]");
    else the whole of its name or another spelling, accents, case, punctuation and a
    leading article aside ("Banque mondiale", "la Banque mondiale (BM)"). Never the words
    of a name alone: "Banque" names no one record."""
    rows = _rows(conn, kind)
    for code in _codes_of(value):
        found = _by_code(rows, kind, code)
        if found:
            return found
    copied = _PRINTED.fullmatch(value.strip())
    acronym = fold(copied["acronym"]) if copied and copied["acronym"] else None
    whole, named = _typed(value), _typed(copied["name"]) if copied else None
    return [Named(r["id"], r["name"]) for r in rows
            if any(_typed(t) == whole or (acronym and _typed(t) == named
                                          and fold(r.get("acronym")) == acronym)
                   for t in _texts(r, kind.names))]


def elsewhere(conn: sqlite3.Connection, kind: Nameable, value: str) -> list[Named]:
    """The organizations outside ``kind`` (a ministry for --partner, a partner for
    --public) whose id or acronym ``value`` is: [] for a kind that takes every record."""
    if kind.table != ORGANIZATIONS.table or not kind.where:
        return []
    rows = _rows(conn, ORGANIZATIONS)
    for code in _codes_of(value):
        found = _by_code(rows, ORGANIZATIONS, code)
        if found:
            return found
    return []


# Which option finds the agreements of a party of each kind, and what it is called.
def _option(org_kind: str | None) -> tuple[str, str]:
    if org_kind in MINISTRY_KINDS:
        return "--ministry", "a ministry"
    if org_kind in PUBLIC_KINDS:
        return "--public", "a public party"
    return "--partner", "a partner"


def _kinds(conn: sqlite3.Connection, found: list[Named]) -> dict[str, str | None]:
    ids = [n.id for n in found]
    marks = ", ".join("?" for _ in ids)
    return dict(conn.execute(f"SELECT id, kind FROM organizations WHERE id IN ({marks})",
                             ids).fetchall())


def _other_kind_note(conn: sqlite3.Connection, kind: Nameable, flag: str,
                     value: str) -> Note | None:
    """What to say of a value that names no organization ``flag`` takes but one of another
    kind: by its code, that record and the option that finds it ("--partner 'mic' is
    Ministère de l'Industrie et du Commerce [mic], a ministry: --ministry mic finds its
    agreements"); by the words of names, how many there are and the option. The value
    still selects nothing: --partner is never a ministry, whatever it is given."""
    if kind.table != ORGANIZATIONS.table or not kind.where:
        return None
    coded = elsewhere(conn, kind, value)
    found = coded or resolve(conn, ORGANIZATIONS, value)
    if not found:
        return None
    kinds = _kinds(conn, found)
    if coded:
        said = "; ".join(f"{n.name} [{n.id}], {_option(kinds.get(n.id))[1]}: "
                         f"{_option(kinds.get(n.id))[0]} {n.id} finds its agreements"
                         for n in coded)
        return Note(f"{flag} {shell_word(value)} is {said} ({flag} takes {TAKES[kind]})", True)
    options = dict.fromkeys(_option(kinds.get(n.id))[0] for n in found)
    shown = ", ".join(f"{n.id} ({n.name})" for n in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    finds = " or ".join(f"{option} {shell_word(value)}" for option in options)
    return Note(f"{flag} {shell_word(value)} matches none of {TAKES[kind]}, but {len(found)} "
                f"organization(s) of another kind: {shown}{more}; {finds} finds them", True)


def _also_acronym(conn: sqlite3.Connection, kind: Nameable, value: str,
                  named: Named) -> list[Named]:
    """The other records whose acronym is ``value`` when it is ``named``'s id."""
    if "acronym" not in kind.codes or fold(name_query(value)) != fold(named.id):
        return []
    key = fold(name_query(value))
    return [Named(r["id"], r["name"]) for r in _rows(conn, kind)
            if r["id"] != named.id and key == fold(r.get("acronym"))]


def labels(records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """How a listing names each (id, name): by its name, and where records of different ids
    share one, with the id after it in brackets ("Ministère des Affaires étrangères
    [sn-mae]"), so that namesakes are never read, or added up, as one. An empty id (a
    schema-1 event, written as text) is the name alone."""
    pairs = set(records)
    ids_of: dict[str, set[str]] = {}
    for ident, name in pairs:
        ids_of.setdefault(name, set()).add(ident)
    return {(ident, name): f"{name} [{ident}]" if len(ids_of[name]) > 1 and ident else name
            for ident, name in pairs}


def _typed(text: str) -> str:
    """A name as compared for a "did you mean": folded, its words joined by one space."""
    return " ".join(words(fold(name_query(text))))


def nearest_names(conn: sqlite3.Connection, kind: Nameable, value: str) -> list[Named]:
    """Up to three records whose name, other spelling or code is nearest ``value`` as every
    hint measures it (text.nearest; accents, case and punctuation aside): "Riad Mezzour"
    for Ryad Mezzour, whose words it does not match, "Soultane ben Saad el Mouraikhi" for
    Soltan bin Saad Al Muraikhi, typos across several words. When none is, a word alone
    with the words of the names ("Bourtia" for Nasser Bourita: a surname alone), then with
    the codes, as a short word typed at the command line is ("MCI" for MIC, "Gitex 2026"
    for the gitex-africa ids): at a typed id's cut-off, names that share a few letters
    with the value were offered for every unknown name."""
    typed = _typed(value)
    if not typed:
        return []
    rows = _rows(conn, kind)
    whole = {r["id"]: (*_texts(r, kind.names), *_texts(r, kind.codes)) for r in rows}
    lone = {r["id"]: [w for t in whole[r["id"]] for w in _typed(t).split() if len(w) > 3]
            for r in rows} if " " not in typed else {}
    codes = {r["id"]: [fold(c) for c in _texts(r, kind.codes)] for r in rows}
    passes = ((whole, typed, NAME_CUTOFF, _typed), (lone, typed, NAME_CUTOFF, str),
              (codes, typed.replace(" ", "-"), COMMAND_LINE_CUTOFF, str))
    for texts_of, wanted, cutoff, key in passes:
        owners: dict[str, list[Named]] = {}
        for row in rows:
            for text in texts_of.get(row["id"], ()):
                named = owners.setdefault(key(text), [])
                if Named(row["id"], row["name"]) not in named:
                    named.append(Named(row["id"], row["name"]))
        found: list[Named] = []
        for text in nearest(wanted, owners, cutoff=cutoff):
            found.extend(n for n in owners[text] if n not in found)
        if found:
            return found[:3]
    if ID_SHAPED.fullmatch(value.strip()):  # an id typed (gitex-2099): ids as conv show's
        near = nearest(value.strip().casefold(), [r["id"] for r in rows],
                       cutoff=TYPED_CUTOFF, containing=True)
        return [Named(r["id"], r["name"]) for i in near for r in rows if r["id"] == i]
    return []


# A value written as an id is: a slug with a hyphen (a name's words are never joined so).
ID_SHAPED = re.compile(r"[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)+")


def note(conn: sqlite3.Connection, kind: Nameable, flag: str, value: str,
         unmatched_only: bool = False, whole: bool = False) -> Note | None:
    """What ``value`` matched, when that is not exactly one record, so that a too broad or
    an empty value is seen at once (with ``unmatched_only``, only one that matched nothing).
    Several records are named five at most, for a person at a terminal, or all of them
    (``whole``: for a log read later); one named only by a former name says so, since
    nothing in its name shows why it is there. None when it named one."""
    found = resolve(conn, kind, value)
    if unmatched_only and found:
        return None
    if len(found) == 1:
        others = _also_acronym(conn, kind, value, found[0])
        if not others:
            return None
        shown = ", ".join(f"{f.id} ({f.name})" for f in others[:5])
        return Note(f"{flag} {shell_word(value)} is the id of {found[0].id} ({found[0].name}) "
                    f"alone; {shown} also go(es) by the acronym {value.strip().upper()}: "
                    f"give {flag} {others[0].id} for it", False)
    if not found:
        if not conn.execute(f"SELECT 1 FROM {kind.table} LIMIT 1").fetchone():
            return None  # none defined (a schema-1 base writes its events as text)
        other = _other_kind_note(conn, kind, flag, value)
        if other is not None:
            return other
        close = nearest_names(conn, kind, value)
        meant = " or ".join(f"{n.name} [{n.id}]" for n in close)
        hint = f"; did you mean {meant}? ({kind.listing} lists them)" if close else \
            f"; {kind.listing} lists them"
        return Note(f"{flag} {shell_word(value)} matches no {kind.what}{hint}", True)
    listed = found if whole else found[:5]
    former = _former_names(conn, kind, value, listed)
    shown = ", ".join(f"{f.id} ({f.name}" + (f", by its former name {quote(former[f.id], 120)}"
                                             if f.id in former else "") + ")" for f in listed)
    more = f" and {len(found) - len(listed)} more" if len(found) > len(listed) else ""
    return Note(f"{flag} {shell_word(value)} matches {len(found)} {kind.plural}: {shown}{more}",
                False)


def _former_names(conn: sqlite3.Connection, kind: Nameable, value: str,
                  found: list[Named]) -> dict[str, str]:
    """The former name (an alias) by which ``value`` named each of ``found`` whose own
    name it does not match: `--ministry economie` takes the ministry of industry through
    "…, de l'Investissement et de l'Économie numérique", which its name no longer says."""
    if len(kind.names) < 2 or not found:
        return {}
    wanted, ids = name_query(value), {f.id for f in found}
    former: dict[str, str] = {}
    for row in _rows(conn, kind):
        if row["id"] not in ids or words_match(wanted, row["name"] or ""):
            continue
        alias = next((a for a in _texts(row, kind.names[1:]) if words_match(wanted, a)), None)
        if alias:
            former[row["id"]] = alias
    return former


def unknown_agreement(conn: sqlite3.Connection, flag: str, value: str) -> Note | None:
    """The note for an id-taking option (--follows, --amends) given no agreement's id,
    naming the nearest ids as `conv show` does (cti-2023: cti-2022, cti-2013)."""
    typed = value.strip().casefold()
    if conn.execute("SELECT 1 FROM agreements WHERE id = ?", (typed,)).fetchone():
        return None
    close = nearest(typed, [r[0] for r in conn.execute("SELECT id FROM agreements")],
                    cutoff=TYPED_CUTOFF, containing=True)
    hint = f"; nearest: {', '.join(close)}" if close else "; conv list shows them"
    return Note(f"{flag} {shell_word(value)} is no agreement's id{hint}", True)
