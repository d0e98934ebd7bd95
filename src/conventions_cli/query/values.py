"""The filters over values the agreements themselves hold, a list the base closes: the
place, the region, the sectors, the currency. Their clauses, and what to say of a value
that matches none of the base's: told in a pipe too, as a name that matches nothing is, so
that a script never reads the empty result as "no agreement", with the nearest value as
every hint measures it (text.nearest).
"""

from __future__ import annotations

import sqlite3

from ..text import (
    COMMAND_LINE_CUTOFF,
    NAME_CUTOFF,
    fold,
    name_query,
    nearest,
    shell_word,
    words,
    words_match,
)
from .names import Note

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    Clause = tuple[str, list[Any]]

PLACE = "COALESCE(a.place, a.place_derived)"
REGION = "COALESCE(a.region, a.region_derived)"


def spellings(value: str) -> list[str]:
    """A --place value and the other names the gazetteer knows for its town: ``fez`` finds
    a place written Fès, ``fes`` one written Fez (one town, never two); a leading article
    left out, as for a name ("d'Agadir" is Agadir)."""
    from ..base.geography import town_spellings

    bare = name_query(value)  # "d'Agadir" as the press writes it after a noun
    found = [value, *([bare] if words(bare) != words(value) else [])]
    for typed in list(found):
        found.extend(s for s in town_spellings(typed) if all(words(s) != words(f)
                                                              for f in found))
    return found


def place(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    """The city itself (a report's, else that of the event it was signed at), by any of
    its names: ``fes`` is Fès (or Fez), never Meknès or Taza, which are in its region."""
    spelt = [s for value in values for s in spellings(value)]
    any_of = " OR ".join(f"conv_match(?, {PLACE})" for _ in spelt)
    return f"({any_of})", spelt


def region_spellings(value: str) -> list[str]:
    """A --region value, and its words without "Région de" before them: the press, and
    the base's own organizations, write "Région de l'Oriental" for the region L'Oriental."""
    from ..base.geography import region_words

    bare = region_words(value)
    return [value, *([bare] if words(bare) != words(value) else [])]


def region(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    """The region a report names, else the one conv derives from the city (or event),
    written with or without "Région de" before its name."""
    spelt = [s for value in values for s in region_spellings(value)]
    any_of = " OR ".join(f"conv_match(?, {REGION})" for _ in spelt)
    return f"({any_of})", spelt


def sector(conn: sqlite3.Connection, values: tuple[str, ...]) -> Clause:
    any_of = " OR ".join("conv_match(?, s.value)" for _ in values)
    return (f"EXISTS (SELECT 1 FROM json_each(a.sectors) s WHERE {any_of})", list(values))


def _any(conn: sqlite3.Connection, clause: Clause) -> bool:
    conn.create_function("conv_match", 2, words_match, deterministic=True)
    return conn.execute(f"SELECT 1 FROM agreements a WHERE {clause[0]} LIMIT 1",
                        clause[1]).fetchone() is not None


def _held(conn: sqlite3.Connection, column: str, source: str = "agreements a") -> list[str]:
    return [r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM {source} "
                                       f"WHERE {column} IS NOT NULL ORDER BY 1")]


def _matched(conn: sqlite3.Connection, column: str, source: str, where: str,
             params: list[str], one: Callable[[str], str | None] | None = None) -> list[str]:
    """The distinct values of ``column`` that a filter's value matched, in a reader's
    order; ``one``: the value several spellings stand for (Fès for Fez), when it knows."""
    found: dict[str, str] = {}
    for (text,) in conn.execute(f"SELECT DISTINCT {column} FROM {source} WHERE {where}",
                                params):
        key = (one(text) if one else None) or text
        found.setdefault(_typed(key), key)
    return sorted(found.values(), key=lambda t: (fold(t), t))


def _several(flag: str, value: str, held: list[str], plural: str) -> Note | None:
    """What a value matched when it is several of the base's values, as a name filter says
    it (at a terminal): ``--place sa`` takes Salé, Saïdia and Dar es Salaam alike, since a
    value matches whole words or the start of one, wherever they stand in a name."""
    if len(held) < 2:
        return None
    shown = ", ".join(held[:5]) + (f" and {len(held) - 5} more" if len(held) > 5 else "")
    return Note(f"{flag} {shell_word(value)} matches {len(held)} {plural}: {shown}", False)


def _typed(text: str) -> str:
    return " ".join(words(fold(text)))


def meant(value: str, held: list[str]) -> list[str]:
    """The values of the base nearest ``value``: whole ("souss masa" for Souss-Massa) or by
    one of their words ("marakech" for Marrakech-Safi), at a name's cut-off."""
    owners: dict[str, list[str]] = {}
    for text in held:
        for key in (_typed(text), *(w for w in words(fold(text)) if len(w) > 3)):
            if text not in owners.setdefault(key, []):
                owners[key].append(text)
    found: list[str] = []
    for key in nearest(_typed(value), owners, cutoff=NAME_CUTOFF):
        # the value whole first: "industrie" before "agro-industrie", which has it as a word
        found.extend(sorted((t for t in owners[key] if t not in found),
                            key=lambda t: _typed(t) != key))
    return found[:3]


def _hint(value: str, held: list[str]) -> str:
    close = meant(value, held)
    return f"; did you mean {' or '.join(close)}?" if close else ""


def place_note(conn: sqlite3.Connection, value: str) -> Note | None:
    """What to say of a --place value that matches no place of the base, and when it is a
    region's words ("souss", "oriental"), that --region finds it: a place filter never
    reaches into the region unasked. Either way the value matched nothing."""
    if _any(conn, place(conn, (value,))):
        from ..base.geography import town_named

        spelt = spellings(value)
        held = _matched(conn, PLACE, "agreements a", " OR ".join(
            f"conv_match(?, {PLACE})" for _ in spelt), spelt, town_named)
        return _several("--place", value, held, "places")
    named = conn.execute(f"SELECT {REGION} FROM agreements a WHERE conv_match(?, {REGION}) "
                         f"ORDER BY 1 LIMIT 1", (value,)).fetchone()
    if named is None:
        return Note(f"--place {shell_word(value)} matches no place where an agreement was signed"
                    f"{_hint(value, _held(conn, PLACE))}", True)
    return Note(f"--place {shell_word(value)} matches no place, but the region {named[0]}: "
                f"--region {shell_word(value)} finds the agreements signed in it", True)


def region_note(conn: sqlite3.Connection, value: str) -> Note | None:
    """What to say of a --region value that matches no region of the base: the nearest
    region, or that --place finds the city it names."""
    if _any(conn, region(conn, (value,))):
        spelt = region_spellings(value)
        held = _matched(conn, REGION, "agreements a", " OR ".join(
            f"conv_match(?, {REGION})" for _ in spelt), spelt)
        return _several("--region", value, held, "regions")
    if _any(conn, place(conn, (value,))):
        return Note(f"--region {shell_word(value)} matches no region, but a place: --place "
                    f"{shell_word(value)} finds the agreements signed there", True)
    from ..base.geography import region_words

    return Note(f"--region {shell_word(value)} matches no region where an agreement was signed"
                f"{_hint(region_words(value), _held(conn, REGION))}", True)


def sector_note(conn: sqlite3.Connection, value: str) -> Note | None:
    if _any(conn, sector(conn, (value,))):
        return _several("--sector", value, _matched(
            conn, "s.value", "agreements a, json_each(a.sectors) s", "conv_match(?, s.value)",
            [value]), "sectors")
    held = _held(conn, "s.value", "agreements a, json_each(a.sectors) s")
    return Note(f"--sector {shell_word(value)} matches no sector of the agreements"
                f"{_hint(value, held)} (conv stats --by sector lists them)", True)


def currency_note(conn: sqlite3.Connection, value: str) -> Note | None:
    code = value.strip().upper()
    held = _held(conn, "a.currency")
    if code in held:
        return None
    close = nearest(code, held, cutoff=COMMAND_LINE_CUTOFF)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return Note(f"--currency {shell_word(value)} is no agreement's currency (the base has "
                f"{', '.join(held) or 'no funding'}){hint}", True)


NOTES: dict[str, Callable[[sqlite3.Connection, str], Note | None]] = {
    "place": place_note, "region": region_note, "sector": sector_note,
    "currency": currency_note}
