"""One region, town or sector written two ways: validate says where, and the filters and
stats take it as one, while the YAML and its rows keep what the curator wrote."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

HEAD = """\
schema: 2
organizations:
  - {id: mic, name: Ministère, kind: ministry}
agreements:
"""


def agreement(ident: str, extra: str, amount: int = 100) -> str:
    return (f"  - id: {ident}\n"
            "    title: T\n"
            "    type: other\n"
            "    parties: [{org: mic, role: signatory}]\n"
            f"    funding: {{amount: {amount}, currency: MAD}}\n"
            "    sources: [{publisher: P, published_on: 2020-01-01}]\n"
            f"    {extra}\n")


@pytest.mark.parametrize("written", ["Fes-Meknes", "fès-meknès", "FES-MEKNES", "Fès–Meknès",
                                     "Région Fès-Meknès"])
def test_a_region_written_another_way_is_one_region(
        run, write_yaml: Callable[..., Path], here: Path, written: str) -> None:
    path = write_yaml(HEAD + agreement("a", f"place: Fès\n    region: {written}", 100)
                      + agreement("b", "place: Meknès", 20))
    result = run("validate", data=path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"agreements.yaml:12:13: warning: region '{written}' is written 'Fès-Meknès' in the "
        "list of Morocco's regions; write it so: stats --by region counts it there, but "
        "listings and exports show it as written"]
    stats = run("stats", "--by", "region", "--format", "json", data=path)
    assert [(r["group"], r["count"], r["amount_mad"]) for r in
            json.loads(stats.stdout)] == [("Fès-Meknès", 2, 120)]
    assert stats.stderr == (f"conv: note: region '{written}' (1 agreement(s)) is counted as "
                            "Fès-Meknès, one region written two ways; conv validate says "
                            "where\n")
    rows = run.json("list", "--format", "json", data=path)
    assert {r["id"]: r["region"] for r in rows}["a"] == written  # kept as written


def test_the_region_written_as_the_list_does_is_silent(
        run, write_yaml: Callable[..., Path]) -> None:
    path = write_yaml(HEAD + agreement("a", "place: Fès\n    region: Fès-Meknès"))
    assert run("validate", data=path).stderr == ""
    assert run("stats", "--by", "region", data=path).stderr == ""


def test_a_town_written_two_ways_is_one_town(run, write_yaml: Callable[..., Path],
                                             here: Path) -> None:
    path = write_yaml(HEAD + agreement("a", "place: Fez") + agreement("b", "place: Fès")
                      + agreement("c", "place: FES") + agreement("d", "place: Meknès"))
    result = run("validate", data=path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "agreements.yaml:18:12: warning: place 'Fès' is written 'Fez' at line 11, the same "
        "town; write it one way: --place finds both, but listings and exports show two "
        "places",
        "agreements.yaml:25:12: warning: place 'FES' is written 'Fez' at line 11 (conv's "
        "gazetteer writes 'Fès'), the same town; write it one way: --place finds both, but "
        "listings and exports show two places"]
    for value in ("fes", "fez", "Fès"):
        found = run.json("list", "--place", value, "--format", "json", data=path)
        assert sorted(r["id"] for r in found) == ["a", "b", "c"], value


def test_a_place_in_the_bundled_base_is_found_by_another_name(run) -> None:
    by_name = run.json("list", "--place", "fès", "--format", "json")
    assert by_name and run.json("list", "--place", "fez", "--format", "json") == by_name


def test_stats_by_sector_counts_one_sector_written_two_ways_once(
        run, write_yaml: Callable[..., Path]) -> None:
    """Under its most frequent spelling, with a note; validate keeps the problem."""
    path = write_yaml(HEAD + agreement("a", "sectors: [Textile]", 1)
                      + agreement("b", "sectors: [textile]", 10)
                      + agreement("c", "sectors: [Textile]", 100))
    stats = run("stats", "--by", "sector", "--format", "json", data=path)
    assert [(r["group"], r["count"], r["amount_mad"]) for r in
            json.loads(stats.stdout)] == [("Textile", 3, 111)]
    assert stats.stderr == ("conv: note: sector 'textile' (1 agreement(s)) is counted as "
                            "Textile, one sector written two ways; conv validate says where\n")
    assert run("validate", data=path).exit_code == 1


PEOPLE = """\
schema: 2
people:
  - {id: karim-bensaid, name: Karim Bensaid}
  - {id: k-bensaid, name: KARIM BENSAÏD}
  - {id: ryad-mezzour, name: Ryad Mezzour, aliases: [R. Mezzour]}
  - {id: r-mezzour, name: R. Mezzour}
  - {id: amina-alaoui, name: Amina Alaoui, aliases: [Amina El Alaoui, amina alaoui]}
organizations:
  - {id: mic, name: Ministère, kind: ministry}
agreements:
  - id: a
    title: T
    type: other
    parties: [{org: mic, role: signatory}]
    signatories: [{person: karim-bensaid, org: mic}, {person: k-bensaid, org: mic}]
    sources: [{publisher: P, published_on: 2020-01-01}]
"""


def test_two_people_of_one_name_or_alias_are_warned_of(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    """Accents and case aside, a name against a name or an alias; a person whose alias
    repeats their own name is no one else."""
    path = write_yaml(PEOPLE)
    result = run("validate", data=path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "agreements.yaml:4:27: warning: person 'k-bensaid': name 'KARIM BENSAÏD' is the name "
        "'Karim Bensaid' of 'karim-bensaid' (line 3), accents and case aside, so --person "
        "'KARIM BENSAÏD' finds both and stats --by person counts two people; if they are one "
        "person, keep one (the other spelling as an alias); if two, tell them apart in their "
        "names",
        "agreements.yaml:6:27: warning: person 'r-mezzour': name 'R. Mezzour' is the alias "
        "'R. Mezzour' of 'ryad-mezzour' (line 5), accents and case aside, so --person "
        "'R. Mezzour' finds both and stats --by person counts two people; if they are one "
        "person, keep one (the other spelling as an alias); if two, tell them apart in their "
        "names"]
    found = run.json("stats", "--by", "person", "--person", "KARIM BENSAÏD", "--format",
                     "json", data=path)
    assert len(found) == 2  # what the warning says
