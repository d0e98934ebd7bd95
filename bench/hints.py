"""Which closeness makes the better "did you mean": measured on typos of the bundled base.

Each case is what a person might type for a name, an id, a key or a command of the bundled
base (a dropped letter, a swapped pair, a missing accent, a missing word, a transliteration,
a typo in the second word, typos across several words), and what they meant; a few name
nothing in the base, where any hint is a false one. Each metric is asked the way conv asks
it (names folded, words joined by one space): the count of edits names used (one per four
letters, three at most), difflib's ratio as ids, keys and commands used (its three
closest above each kind's cut-off), and what conv offers now (text.nearest: that ratio, a
name's cut-off, the clearly nearest alone). Scored: a hit when the meant one is offered
first, a miss when it is not offered at all, a false hint for every other one offered.
A case that already names its record (its words match) needs no hint and is left out.

    PYTHONPATH=src python bench/hints.py        # the table
    PYTHONPATH=src python bench/hints.py -v     # and every case
"""

from __future__ import annotations

import difflib
import sqlite3
import sys
from collections.abc import Callable, Iterable

from conventions_cli.base.schema import AGREEMENT_2
from conventions_cli.base.source import default_data_path
from conventions_cli.cli.interface import COMMANDS
from conventions_cli.db.cache import open_database
from conventions_cli.query import names
from conventions_cli.text import (
    COMMAND_LINE_CUTOFF,
    TYPED_CUTOFF,
    fold,
    name_query,
    nearest,
    words,
)

# (kind, typed, meant): meant "" when the base has nothing of that name.
CASES = [
    # people: a dropped letter, a swapped pair, a transliteration, a typo in the second word
    ("person", "Ryad Mezour", "ryad-mezzour"),
    ("person", "Riad Mezzour", "ryad-mezzour"),
    ("person", "Nasser Bourtia", "nasser-bourita"),
    ("person", "Mohammed Sajid", "mohamed-sajid"),
    ("person", "Mohamed Abdeljalil", "mohammed-abdeljalil"),
    ("person", "Mohammed Benchaaboun", "mohamed-benchaaboun"),
    ("person", "Mustafa Ramid", "mustapha-ramid"),
    ("person", "Mostapha Terrab", "mostafa-terrab"),
    ("person", "Aziz Akhanouch", "aziz-akhannouch"),
    ("person", "Khalid Ait Talib", "khalid-ait-taleb"),
    ("person", "Driss Jetou", "driss-jettou"),
    ("person", "Said Amzazy", "said-amzazi"),
    # a missing accent with a dropped letter; a missing word with a typo
    ("person", "Francoise Clotes", "francoise-clottes"),
    ("person", "Nadia Fetah", "nadia-fettah-alaoui"),
    ("person", "Nadia Fatah Alaui", "nadia-fettah-alaoui"),
    ("person", "Rachid Talbi Elalamy", "rachid-talbi-el-alami"),
    # typos across several words
    ("person", "Abdelouahab Ahmad Albadr", "abdelwahab-ahmed-al-badr"),
    ("person", "Mohamed Hasan Souidy", "mohamed-hassan-souidi"),
    ("person", "Abderahim El Hafidy", "abderrahim-el-hafidi"),
    ("person", "Soultan bin Saad Al Mouraikhi", "soltan-bin-saad-al-muraikhi"),
    ("person", "Philipe de Fontaine Vives", "philippe-de-fontaine-vive"),
    ("person", "Mouhamed Hasan Souaidy", "mohamed-hassan-souidi"),
    ("person", "Soultane ben Saad el Mouraikhi", "soltan-bin-saad-al-muraikhi"),
    ("person", "Abdelouahab Ahmad Albadre", "abdelwahab-ahmed-al-badr"),
    ("person", "Jean Dupont", ""),
    ("person", "Emmanuelle Martin", ""),
    ("person", "Karim Benali", ""),
    ("person", "Mohamed Ali", ""),
    # organizations
    ("organization", "Banque mondialle", "banque-mondiale"),
    ("organization", "Ofice national des chemins de fer", "oncf"),
    ("organization", "Ministere de l'Industrie et du Comerce", "mic"),
    ("organization", "Agence marocaine pour l'energie durabe", "masen"),
    ("organization", "Confederation generale des entreprises du Marroc", "cgem"),
    ("organization", "Banque europeene d'investissement", "bei"),
    ("organization", "Banque islamique de devloppement", "bid"),
    ("organization", "Agence japonaise de cooperation internationnale", "jica"),
    ("organization", "OFFPT", "ofppt"),
    ("organization", "Tesla Motors", ""),
    # an acronym or an id typed from memory, letters swapped or doubled
    ("organization", "ONFC", "oncf"),
    ("organization", "OCPP", "ocp"),
    ("organization", "Ministere des Finances Publiques", ""),
    # events
    ("event", "Gitex Afrika 2025", "gitex-africa-2025"),
    ("event", "Salon internationnal de l'agriculture", "siam-2023"),
    ("event", "Festival de la Marche Verde", "festival-national-marche-verte-2023"),
    ("event", "Gitex 2025", "gitex-africa-2025"),
    ("event", "SIAM 2032", ""),
    # a surname alone, one letter off
    ("person", "Akhanouch", "aziz-akhannouch"),
    ("person", "Mezour", "ryad-mezzour"),  # Ghita Mezzour is as near
    ("person", "Bourtia", "nasser-bourita"),
    ("person", "Amzazy", "said-amzazi"),
    ("person", "Mouraikhi", "soltan-bin-saad-al-muraikhi"),
    ("person", "Dupond", ""),
    # agreements' ids (conv show)
    ("id", "kfw-oncf-plateform-casablanca-2025", "kfw-oncf-plateforme-casablanca-2025"),
    ("id", "marco-senegal-pme-2026", "maroc-senegal-pme-2026"),
    ("id", "charte-finacement-tpe-2025", "charte-financement-tpe-2025"),
    ("id", "tourisme-draa-tafillalet-2024", "tourisme-draa-tafilalet-2024"),
    ("id", "parc-industriel-mediona-2026", "parc-industriel-mediouna-2026"),
    ("id", "maroc-mali-formation-imam-2025", "maroc-mali-formation-imams-2025"),
    ("id", "zzz-unknown-1999", ""),
    # an agreement's keys (validate)
    ("key", "sigend_on", "signed_on"),
    ("key", "partys", "parties"),
    ("key", "fundng", "funding"),
    ("key", "summery", "summary"),
    ("key", "folows", "follows"),
    ("key", "ammends", "amends"),
    ("key", "signatores", "signatories"),
    ("key", "colour", ""),
    # commands
    ("command", "lsit", "list"),
    ("command", "valdiate", "validate"),
    ("command", "serach", "search"),
    ("command", "exprot", "export"),
    ("command", "stat", "stats"),
    ("command", "frobnicate", ""),
]


def difflib_ratio(typed: str, text: str) -> float:
    return difflib.SequenceMatcher(None, typed, text).ratio()


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, left in enumerate(a, 1):
        current = [i]
        for j, right in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (left != right)))
        previous = current
    return previous[-1]


NAMEABLE = {"person": names.PEOPLE, "organization": names.ORGANIZATIONS,
            "event": names.EVENTS}
# The cut-off conv asked of each kind with difflib's ratio before names used it too
# (text.py, base/records.py).
CUTOFFS = {"person": 0.5, "organization": 0.5, "event": 0.5, "id": 0.4, "key": 0.8,
           "command": 0.6}


def by_difflib(kind: str) -> Callable[[str, list[tuple[str, str]]], list[str]]:
    """difflib's ratio as conv asked it before (get_close_matches: three at most)."""
    def offered(typed: str, pool: list[tuple[str, str]]) -> list[str]:
        return best((difflib_ratio(typed, text), ident) for text, ident in pool
                    if difflib_ratio(typed, text) >= CUTOFFS[kind])
    return offered


def by_conv(conn: sqlite3.Connection
            ) -> Callable[[str], Callable[[str, list[tuple[str, str]]], list[str]]]:
    """What conv offers today: text.nearest, by the code each message runs."""
    def of_kind(kind: str) -> Callable[[str, list[tuple[str, str]]], list[str]]:
        def offered(typed: str, pool: list[tuple[str, str]]) -> list[str]:
            if kind in NAMEABLE:
                return [n.id for n in names.nearest_names(conn, NAMEABLE[kind], typed)]
            cutoff, containing = {"id": (TYPED_CUTOFF, True), "key": (0.8, False),
                                  "command": (COMMAND_LINE_CUTOFF, False)}[kind]
            return nearest(typed, [t for t, _ in pool], cutoff=cutoff, containing=containing)
        return offered
    return of_kind


def by_levenshtein(kind: str) -> Callable[[str, list[tuple[str, str]]], list[str]]:
    def offered(typed: str, pool: list[tuple[str, str]]) -> list[str]:
        limit = min(3, max(1, len(typed) // 4))
        return best((-levenshtein(typed, text), ident) for text, ident in pool
                    if levenshtein(typed, text) <= limit)
    return offered


def best(scored: Iterable[tuple[float, str]]) -> list[str]:
    """Up to three ids, each by its best text, best first."""
    top: dict[str, float] = {}
    for score, ident in scored:
        top[ident] = max(score, top.get(ident, score))
    return [i for i, _ in sorted(top.items(), key=lambda kv: (-kv[1], kv[0]))][:3]


def typed_name(text: str) -> str:
    return " ".join(words(fold(name_query(text))))


def pools(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for kind, nameable in (("person", names.PEOPLE), ("organization", names.ORGANIZATIONS),
                           ("event", names.EVENTS)):
        found[kind] = [(typed_name(text), row["id"]) for row in names._rows(conn, nameable)
                       for text in (*names._texts(row, nameable.names),
                                    *names._texts(row, nameable.codes))]
    found["id"] = [(r[0], r[0]) for r in conn.execute("SELECT id FROM agreements")]
    found["key"] = [(k, k) for k in AGREEMENT_2]
    found["command"] = [(c.name, c.name) for c in COMMANDS]
    return found


def main() -> None:
    verbose = "-v" in sys.argv
    conn = open_database(default_data_path()).conn
    conn.row_factory = None
    pool = pools(conn)
    metrics = {"levenshtein": by_levenshtein, "difflib": by_difflib, "conv": by_conv(conn)}
    totals = {m: {"hit": 0, "miss": 0, "false": 0} for m in metrics}
    skipped = 0
    for kind, typed, meant in CASES:
        named: list[names.Named] = []
        query = typed
        if kind in NAMEABLE:
            named = names.resolve(conn, NAMEABLE[kind], typed)
            query = typed_name(typed)
        line = [f"{kind:12} {typed!r:50} {meant or '-':32}"]
        if named:
            line.append(f"resolves already: {[n.id for n in named]}")
            print(" ".join(line))
            skipped += 1
            continue
        for metric, make in metrics.items():
            offered = make(kind)(query, pool[kind])
            score = totals[metric]
            if meant and offered[:1] == [meant]:
                score["hit"] += 1
            elif meant and meant not in offered:
                score["miss"] += 1
            # every other one offered is a false hint (a person reads them all)
            score["false"] += len([o for o in offered if o != meant])
            line.append(f"{metric}={offered}")
        if verbose:
            print(" ".join(line))
    print(f"{len(CASES)} cases, {skipped} resolved without a hint")
    for metric, score in totals.items():
        print(f"{metric:20} hits {score['hit']:3}  misses {score['miss']:3}  "
              f"false hints {score['false']:3}")


if __name__ == "__main__":
    main()
