"""The gazetteer of the 2015 regions: a region derived from its city, and a region written
by hand checked against its city."""

from __future__ import annotations

from conventions_cli.base.geography import REGIONS, city_region, region_named, region_of
from conventions_cli.base.loader import load_text

HEAD = """\
schema: 2
organizations:
  - {id: mic, name: Ministère, kind: ministry}
events:
  - {id: forum, name: Forum, place: Fès, region: Souss-Massa}
agreements:
"""


def agreement(ident: str, where: str) -> str:
    return (f"  - id: {ident}\n    title: T\n    type: other\n    {where}\n"
            "    parties: [{org: mic, role: signatory}]\n"
            "    sources: [{publisher: P, published_on: 2020-01-01}]\n")


def problems(text: str) -> list[str]:
    return [str(p) for p in load_text(text, "kb.yaml").problems]


def test_twelve_regions_each_with_its_seat_among_its_cities() -> None:
    assert len(REGIONS) == 12
    for region, (seat, cities) in REGIONS.items():
        assert seat in cities
        assert region_of(seat) == region


def test_cities_match_whatever_their_accents_case_and_spelling() -> None:
    assert city_region("FES") == ("Fès", "Fès-Meknès")
    assert city_region("Fez") == ("Fès", "Fès-Meknès")
    assert city_region("laayoune") == ("Laâyoune", "Laâyoune-Sakia El Hamra")
    assert city_region("Casanearshore") == ("Casablanca", "Casablanca-Settat")
    assert region_of("Guercif") == "L'Oriental"  # in L'Oriental since 2015
    assert region_of("Paris") is None and region_of(None) is None


def test_region_names_with_their_prefixes_and_old_spellings() -> None:
    assert region_named("Région de l'Oriental") == "L'Oriental"
    assert region_named("region de Tanger-Tetouan-Al Hoceima") == "Tanger-Tétouan-Al Hoceïma"
    assert region_named("Grand Casablanca") is None  # a region of before 2015


def test_a_region_that_disagrees_with_its_city_is_located() -> None:
    found = problems(HEAD + agreement("a", "place: Oujda\n    region: Casablanca-Settat"))
    assert found == [
        "kb.yaml:5:50: region 'Souss-Massa' does not agree with place 'Fès', which is in "
        "Fès-Meknès; fix one, or leave the region out: conv derives it from the place",
        "kb.yaml:11:13: region 'Casablanca-Settat' does not agree with place 'Oujda', "
        "which is in L'Oriental; fix one, or leave the region out: conv derives it from "
        "the place"]


def test_an_unknown_region_is_refused_unless_the_place_is_abroad() -> None:
    good_event = HEAD.replace("region: Souss-Massa", "region: Fès-Meknès")
    assert problems(good_event + agreement("a", "place: Paris\n    region: Île-de-France")
                    ) == []
    assert problems(good_event + agreement("a", "region: Grand Casablanca")) == [
        "kb.yaml:10:13: region 'Grand Casablanca' is not one of Morocco's 12 regions (2015); "
        "write one, like Casablanca-Settat, or leave it out: conv derives it from the place"]
    assert problems(good_event + agreement(
        "a", "place: Laayoune\n    region: région de Laâyoune-Sakia El Hamra")) == []


# --- a region derived from the city, kept apart and shown as derived --------------------

def derived_base(tmp_path) -> str:
    path = tmp_path / "kb.yaml"
    head = HEAD.replace(", region: Souss-Massa", "")
    path.write_text(head + agreement("casa", "place: Casablanca")
                    + agreement("given", "place: Rabat\n    region: Rabat-Salé-Kénitra")
                    + agreement("abroad", "place: Paris")
                    + agreement("forum-one", "place: Agadir\n    event: forum"),
                    encoding="utf-8")
    return str(path)


def test_a_region_no_report_names_is_derived_in_its_own_column(tmp_path, run) -> None:
    data = derived_base(tmp_path)
    rows = {r["id"]: r for r in run.json("--data", data, "list", "--format", "json")}
    assert (rows["casa"]["region"], rows["casa"]["region_derived"]) == (
        None, "Casablanca-Settat")
    # what a report names stays as written, and nothing is derived beside it
    assert (rows["given"]["region"], rows["given"]["region_derived"]) == (
        "Rabat-Salé-Kénitra", None)
    assert rows["abroad"]["region_derived"] is None  # a city abroad has no region


def test_show_marks_a_derived_region_and_filters_and_stats_use_it(tmp_path, run) -> None:
    data = derived_base(tmp_path)
    shown = run("--data", data, "show", "casa").stdout
    assert "Casablanca, Casablanca-Settat (region derived from the city)" in shown
    assert "derived" not in run("--data", data, "show", "given").stdout
    found = run.json("--data", data, "list", "--region", "casablanca-settat", "--format", "json")
    assert [r["id"] for r in found] == ["casa"]
    groups = {r["group"]: r["count"]
              for r in run.json("--data", data, "stats", "--by", "region", "--format", "json")}
    assert groups["Casablanca-Settat"] == 1 and groups["Souss-Massa"] == 1
    # an event's place gets its region the same way, marked the same way
    assert "Fès, Fès-Meknès (region derived from the city)" in run(
        "--data", data, "show", "forum-one").stdout


def test_an_agreement_placed_only_by_its_event_is_found_there_and_said_to_be(
        tmp_path, run) -> None:
    """Signed at a forum in Fès, with no place of its own: show said where the event was,
    but --place fes and --region fes-meknes did not find it, nor stats count it there. Its
    place and region are derived from the event, kept in their own columns, and marked as
    derived; a place the base names for the agreement itself is never overridden."""
    path = tmp_path / "kb.yaml"
    head = HEAD.replace(", region: Souss-Massa", "").replace(
        "agreements:", "  - {id: salon, name: Salon, region: L'Oriental}\nagreements:")
    path.write_text(head + agreement("at-forum", "event: forum")
                    + agreement("own-place", "place: Rabat\n    event: forum")
                    + agreement("at-salon", "event: salon"), encoding="utf-8")
    data = str(path)
    rows = {r["id"]: r for r in run.json("--data", data, "list", "--format", "json")}
    assert [(rows[i]["place"], rows[i]["place_derived"], rows[i]["region_derived"])
            for i in ("at-forum", "own-place", "at-salon")] == [
        (None, "Fès", "Fès-Meknès"), ("Rabat", None, "Rabat-Salé-Kénitra"),
        (None, None, "L'Oriental")]
    assert [r["id"] for r in run.json("--data", data, "list", "--place", "fes",
                                      "--format", "json")] == ["at-forum"]
    assert [r["id"] for r in run.json("--data", data, "list", "--region", "fes-meknes",
                                      "--format", "json")] == ["at-forum"]
    groups = {r["group"]: r["count"]
              for r in run.json("--data", data, "stats", "--by", "region", "--format", "json")}
    assert groups == {"Fès-Meknès": 1, "Rabat-Salé-Kénitra": 1, "L'Oriental": 1}
    assert "Fès (the place of its event), Fès-Meknès (region derived from the city)" in run(
        "--data", data, "show", "at-forum").stdout
    assert "place    L'Oriental (region derived from the event)" in run(
        "--data", data, "show", "at-salon").stdout
