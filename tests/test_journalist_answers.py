"""What a journalist reads off a filtered answer: only the years asked for, a place that is
the place, names typed as people type them, namesakes told apart, a status with its caveat,
and orders that read as a person expects."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: acme, name: Acme Maroc, kind: company}
agreements:
  - id: spanning
    title: Accord sur deux ans
    type: accord
    signed_on: 2014-12/2016-12
    parties: [{org: mic, role: signatory}, {org: acme, role: partner}]
    funding: {amount: 100, currency: MAD}
    sources: [{publisher: X, published_on: 2017-01-02}]
  - id: late
    title: Accord tardif
    type: accord
    signed_on: 2022-06/2024-03
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2024-06-04}]
"""


@pytest.fixture
def base(write_yaml):
    return write_yaml(BASE)


# --- stats --by year: only the years the filters select ------------------------------------

@pytest.mark.parametrize(("options", "years"), [
    (("--year", "2015"), [2015]),
    (("--year", "2015", "--year", "2016"), [2015, 2016]),
    (("--from", "2024-01"), [2024]),
    (("--to", "2014-12-31"), [2014]),
    (("--from", "2015", "--to", "2023"), [2015, 2016, 2022, 2023]),
    ((), [2014, 2015, 2016, 2022, 2023, 2024]),
])
def test_stats_by_year_shows_only_the_years_selected(run, base, options, years):
    stats = run.json("stats", "--by", "year", *options, "--format", "json", data=base)
    assert [row["group"] for row in stats] == years


def test_the_spanning_note_counts_only_within_the_years_selected(run, base):
    one_year = run("stats", "--by", "year", "--year", "2015", "--format", "csv", data=base)
    assert one_year.stdout.splitlines()[1:] == ["2015,1,100,,"]
    # one year alone: nothing is counted twice in the rows, but the interval is only
    # possibly in 2015, and said so
    assert "dated over several years" not in one_year.stderr
    assert "are kept, and counted, only because their date may lie in --year 2015 (dated " \
           "2014-12/2016-12)" in one_year.stderr
    two_years = run("stats", "--by", "year", "--year", "2015", "--year", "2016",
                    "--format", "csv", data=base)
    assert "conv: note: 1 agreement(s) dated over several years" in two_years.stderr


# --- namesakes: two bodies of one name are two groups, two lines, two nodes -----------------

NAMESAKES = """\
schema: 2
people:
  - {id: ahmed-a, name: Ahmed Alami}
  - {id: ahmed-b, name: Ahmed Alami}
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: sn-mae, name: Ministère des Affaires étrangères, kind: ministry, country: SN}
  - {id: ml-mae, name: Ministère des Affaires étrangères, kind: ministry, country: ML}
agreements:
  - id: sn-2024
    title: Accord avec le Sénégal
    type: accord
    signed_on: 2024-03-01
    parties: [{org: mic, role: signatory}, {org: sn-mae, role: signatory}]
    signatories: [{person: ahmed-a, org: sn-mae}]
    funding: {amount: 100, currency: MAD}
    sources: [{publisher: X, published_on: 2024-03-01}]
  - id: ml-2024
    title: Accord avec le Mali
    type: accord
    signed_on: 2024-05-01
    parties: [{org: mic, role: signatory}, {org: ml-mae, role: signatory}]
    signatories: [{person: ahmed-b, org: ml-mae}]
    funding: {amount: 200, currency: MAD}
    sources: [{publisher: X, published_on: 2024-05-01}]
"""


def test_stats_never_adds_two_ministries_of_one_name_together(run, write_yaml):
    base = write_yaml(NAMESAKES)
    stats = run.json("stats", "--by", "ministry", "--format", "json", data=base)
    assert [(r["group"], r["count"], r["amount_mad"]) for r in stats] == [
        ("Ministère de l'Industrie et du Commerce", 2, 300),
        ("Ministère des Affaires étrangères [ml-mae]", 1, 200),
        ("Ministère des Affaires étrangères [sn-mae]", 1, 100)]
    people = run.json("stats", "--by", "person", "--format", "json", data=base)
    assert sorted(r["group"] for r in people if r["group"]) == [
        "Ahmed Alami [ahmed-a]", "Ahmed Alami [ahmed-b]"]


def test_a_namesake_alone_in_the_selection_keeps_its_plain_name(run, write_yaml):
    base = write_yaml(NAMESAKES)
    stats = run.json("stats", "--by", "ministry", "--year", "2024", "--ministry", "sn-mae",
                     "--format", "json", data=base)
    assert [r["group"] for r in stats] == ["Ministère de l'Industrie et du Commerce",
                                           "Ministère des Affaires étrangères"]


def test_the_timeline_draws_two_ministries_of_one_name_on_two_lines(run, write_yaml):
    base = write_yaml(NAMESAKES)
    rows = run.json("timeline", "--format", "json", data=base)
    assert {(r["id"], r["group"]) for r in rows if r["group"] != "Ministère de l'Industrie "
            "et du Commerce"} == {("sn-2024", "Ministère des Affaires étrangères [sn-mae]"),
                                  ("ml-2024", "Ministère des Affaires étrangères [ml-mae]")}
    spec = run.json("timeline", "--format", "vega-lite", data=base)
    assert len({v["group"] for v in spec["data"]["values"]}) == 3


def test_the_network_picture_names_two_bodies_of_one_name_apart():
    from conventions_cli.out.network_chart import node_labels

    nodes = [{"id": "sn-mae", "label": "Ministère des Affaires étrangères", "acronym": None},
             {"id": "ml-mae", "label": "Ministère des Affaires étrangères", "acronym": None},
             {"id": "mic", "label": "Ministère de la Santé", "acronym": None}]
    assert node_labels({"nodes": nodes}, 30) == [
        "Ministère des Affaires étrangères [sn-mae]",
        "Ministère des Affaires étrangères [ml-mae]", "Santé"]


# --- names as people type them: an article first, an acronym with dots, a shared acronym ----

NAMES = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: mi, name: "Ministère de l'Intérieur et des Collectivités", kind: ministry}
  - {id: mc, name: "Ministère de la Culture", kind: ministry}
  - {id: anp, name: Agence nationale des ports, acronym: ANP, kind: public-body}
  - {id: ue, name: Union européenne, acronym: UE, kind: international}
  - {id: onee, name: "Office national de l'électricité et de l'eau potable", acronym: ONEE,
     kind: public-body}
  - {id: one, name: Office national de l'énergie, kind: public-body}
  - {id: ada, name: Agence pour le développement agricole, acronym: ADA, kind: public-body}
  - {id: add, name: Agence de développement digital, acronym: ADA, kind: public-body}
  - {id: adb, name: Agence de développement du bâtiment, acronym: ADX, kind: public-body}
  - {id: adc, name: Agence de développement du Cap, acronym: ADX, kind: public-body}
agreements:
"""

NAMES += "".join(
    f"  - {{id: {ident}, title: Accord, type: accord, signed_on: {day}, parties: "
    f"[{{org: {ministry}, role: signatory}}, {{org: {other}, role: {role}}}], "
    f"sources: [{{publisher: X, published_on: {day}}}]}}\n"
    for ident, day, ministry, other, role in (
    ("a-mic", "2024-01-01", "mic", "anp", "partner"),
    ("a-mi", "2024-01-02", "mi", "ue", "funder"),
    ("a-mc", "2024-01-03", "mc", "onee", "partner"),
    ("a-one", "2024-01-04", "mic", "one", "partner"),
    ("a-ada", "2024-01-05", "mic", "ada", "partner"),
    ("a-add", "2024-01-06", "mic", "add", "partner"),
    ("a-adb", "2024-01-07", "mic", "adb", "partner"),
    ("a-adc", "2024-01-08", "mc", "adc", "partner"),
    ))


def listed(run, base, *options):
    return sorted(r["id"] for r in run.json("list", *options, "--format", "json", data=base))


@pytest.mark.parametrize(("option", "value", "expected"), [
    ("--partner", "l’Agence nationale des ports", ["a-mic"]),
    ("--partner", "l'agence nationale des ports", ["a-mic"]),
    ("--partner", "L'Union européenne", ["a-mi"]),
    ("--partner", "de l'Union européenne", ["a-mi"]),
    ("--partner", "la Union", ["a-mi"]),
    ("--partner", "de l'ONEE", ["a-mc"]),
    ("--ministry", "le ministère de la culture", ["a-adc", "a-mc"]),
    ("--ministry", "M.I.C", ["a-ada", "a-adb", "a-add", "a-mic", "a-one"]),
    ("--ministry", "m.i.c.", ["a-ada", "a-adb", "a-add", "a-mic", "a-one"]),
    ("--partner", "O.N.E.E", ["a-mc"]),
    ("--partner", "O. N. E. E.", ["a-mc"]),
])
def test_a_name_matches_as_people_write_it(run, option, value, expected, write_yaml):
    base = write_yaml(NAMES)
    assert listed(run, base, option, value) == expected


def test_an_id_names_that_record_alone_though_another_shares_it_as_acronym(run, write_yaml):
    base = write_yaml(NAMES)
    assert listed(run, base, "--partner", "ada") == ["a-ada"]
    assert listed(run, base, "--partner", "ADA") == ["a-ada"]
    assert listed(run, base, "--partner", "add") == ["a-add"]
    # an acronym two records share, and no record's id: both (a note at a terminal)
    assert listed(run, base, "--partner", "adx") == ["a-adb", "a-adc"]
    assert listed(run, base, "--partner", "adb") == ["a-adb"]


def test_the_note_says_an_id_left_out_a_namesake_acronym(run, write_yaml, monkeypatch):
    from conventions_cli.cli import session as cli_session

    monkeypatch.setattr(cli_session, "stderr_is_terminal", lambda: True)
    base = write_yaml(NAMES)
    run("list", data=base)  # built: no note about building below
    result = run("list", "--partner", "ada", "--format", "tsv", data=base)
    assert result.stderr == (
        "conv: note: --partner 'ada' is the id of ada (Agence pour le développement "
        "agricole) alone; add (Agence de développement digital) also go(es) by the acronym "
        "ADA: give --partner add for it\n")
    assert run("list", "--partner", "add", "--format", "tsv", data=base).stderr == ""


# --- a place is the place; a region is asked for with --region ------------------------------

PLACES = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
agreements:
""" + "".join(
    f"  - {{id: {ident}, title: Accord, type: accord, signed_on: 2024-01-0{n}, {where}"
    f"parties: [{{org: mic, role: signatory}}], sources: [{{publisher: X, "
    f"published_on: 2024-01-0{n}}}]}}\n"
    for n, (ident, where) in enumerate((
        ("in-fes", "place: Fès, "),
        ("in-meknes", "place: Meknès, "),
        ("in-rabat", "place: Rabat, "),
        ("in-sale", "place: Salé, "),
        ("in-oujda", "place: Oujda, region: L'Oriental, "),
        ("in-region", "region: Fès-Meknès, ")), start=1))


@pytest.mark.parametrize(("options", "expected"), [
    (("--place", "fes"), ["in-fes"]),
    (("--place", "sale"), ["in-sale"]),
    (("--place", "fes", "--place", "rabat"), ["in-fes", "in-rabat"]),
    (("--region", "fes"), ["in-fes", "in-meknes", "in-region"]),
    (("--region", "rabat-sale"), ["in-rabat", "in-sale"]),
    (("--region", "oriental"), ["in-oujda"]),
    (("--place", "oriental"), []),
])
def test_a_place_filter_matches_the_place_and_a_region_filter_the_region(
        run, write_yaml, options, expected):
    assert listed(run, write_yaml(PLACES), *options) == expected


def test_a_place_that_is_only_a_region_points_to_region(run, write_yaml, monkeypatch):
    from conventions_cli.cli import session as cli_session

    monkeypatch.setattr(cli_session, "stderr_is_terminal", lambda: True)
    base = write_yaml(PLACES)
    run("list", data=base)  # built: no note about building below
    result = run("list", "--place", "oriental", "--format", "tsv", data=base)
    assert result.stderr == ("conv: note: --place 'oriental' matches no place, but the region "
                             "L'Oriental: --region 'oriental' finds the agreements signed in "
                             "it\n")
    assert run("list", "--place", "fes", "--format", "tsv", data=base).stderr == ""


def test_the_table_shows_the_place_a_place_filter_matched(tmp_path):
    from test_output_terminal import at_terminal

    code, out, _ = at_terminal(tmp_path, "list", "--place", "sale", "--year", "2014",
                               columns=120, NO_COLOR="1")
    assert code == 0
    header = out.splitlines()[0].split()
    assert "place" in header
    assert "Salé" in out
    code, out, _ = at_terminal(tmp_path, "list", "--year", "2014", columns=120, NO_COLOR="1")
    assert "place" not in out.splitlines()[0].split()  # shown only when asked about


# --- a status counted by stats carries the caveat list gives --------------------------------

def _statuses() -> str:
    import datetime as dt

    this_year = dt.date.today().year
    return BASE + "".join(
        f"  - {{id: {ident}, title: Accord, type: accord, signed_on: 2012, status: {status},"
        f"{on} parties: [{{org: mic, role: signatory}}], sources: [{{publisher: X, "
        "published_on: 2012}]}\n"
        for ident, status, on in (("old-report", "in-force", " status_on: 2013,"),
                                  ("no-date", "in-force", ""),
                                  ("fresh", "in-force", f" status_on: {this_year},"),
                                  ("done", "completed", " status_on: 2013,")))


def test_stats_by_status_says_how_many_in_force_are_old_reports(run, write_yaml):
    base = write_yaml(_statuses())
    result = run("stats", "--by", "status", "--format", "csv", data=base)
    assert result.stdout.splitlines()[1:3] == ['"in-force",3,,,', ',2,100,,']
    assert result.stderr.endswith(
        "conv: note: 2 of the agreements in force were reported in force before "
        f"{__import__('datetime').date.today().year - 2}, without a date, or their period "
        "has ended: a status is a report at its status_on date, not today's state\n")
    with_filter = run("stats", "--status", "in-force", "--format", "csv", data=base)
    assert "2 of the agreements in force were reported" in with_filter.stderr
    other = run("stats", "--status", "completed", "--format", "csv", data=base)
    assert "reported in force" not in other.stderr


# --- œ and æ are oe and ae, on both sides --------------------------------------------------

LIGATURES = BASE + """\
  - id: oeuvre
    title: Mise en œuvre du plan
    type: accord
    signed_on: 2020
    parties: [{org: mic, role: signatory}]
    summary: Un curriculum vitæ des actions.
    sources: [{publisher: X, published_on: 2020}]
  - id: typed
    title: Les oeuvres sociales
    type: accord
    signed_on: 2021
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: X, published_on: 2021}]
"""


@pytest.mark.parametrize(("words", "expected"), [
    ("oeuvre", ["oeuvre", "typed"]),
    ("OEUVRE", ["oeuvre", "typed"]),
    ("œuvre", ["oeuvre", "typed"]),
    ("Œuvres", ["oeuvre", "typed"]),
    ("mise en oeuvre", ["oeuvre"]),
    ("vitae", ["oeuvre"]),
])
def test_search_reads_oe_and_ae_as_the_joined_letters(run, write_yaml, words, expected):
    found = run.json("search", *words.split(), "--format", "json", data=write_yaml(LIGATURES))
    assert sorted(r["id"] for r in found) == expected


def test_a_name_filter_reads_oe_as_the_joined_letters(run, write_yaml):
    base = write_yaml(NAMESAKES.replace("Accord avec le Sénégal", "Accord")
                      .replace("Ministère des Affaires étrangères, kind: ministry, country: SN",
                               "Ministère des Œuvres sociales, kind: ministry"))
    assert listed(run, base, "--ministry", "oeuvres sociales") == ["sn-2024"]


# --- every date sorts newest first unless told otherwise ------------------------------------

SORTED = BASE + """\
  - {id: reported, title: Un, type: accord, signed_on: 2019, status: in-force, status_on: 2025-02,
     parties: [{org: mic, role: signatory}], sources: [{publisher: X, published_on: 2019}]}
  - {id: earlier, title: Deux, type: accord, signed_on: 2020, status: completed, status_on: 2021,
     parties: [{org: mic, role: signatory}], sources: [{publisher: X, published_on: 2020}]}
"""


@pytest.mark.parametrize(("column", "expected"), [
    ("signed_on", ["late", "earlier", "reported", "spanning"]),
    ("date_start", ["late", "earlier", "reported", "spanning"]),
    ("date_end", ["late", "earlier", "reported", "spanning"]),
    ("status_on", ["reported", "earlier", "late", "spanning"]),
])
def test_every_date_column_sorts_newest_first(run, write_yaml, column, expected):
    base = write_yaml(SORTED)
    found = run.json("list", "--sort", column, "--format", "json", data=base)
    assert [r["id"] for r in found] == expected
    oldest = run.json("list", "--sort", column, "--order", "asc", "--format", "json", data=base)
    assert [r["id"] for r in oldest if r[column]] == [
        i for i in reversed(expected) if i in {r["id"] for r in oldest if r[column]}]


# --- text sorts as a reader orders names ----------------------------------------------------

def test_text_sorts_accents_and_case_aside(run, write_yaml):
    base = write_yaml(BASE + "".join(
        f"  - {{id: {ident}, title: {title}, type: accord, signed_on: 2020, place: {place}, "
        "parties: [{org: mic, role: signatory}], sources: [{publisher: X, "
        "published_on: 2020}]}\n"
        for ident, title, place in (("t1", "Travaux", "Tunis"), ("t2", "École", "Tétouan"),
                                    ("t3", "emploi", "Koweït"), ("t4", "Zone", "Kénitra"),
                                    ("t5", "Ecole", "Agadir"))))
    titles = run.json("list", "--sort", "title", "--format", "json", data=base)
    assert [r["title"] for r in titles] == [
        "Accord sur deux ans", "Accord tardif", "Ecole", "École", "emploi", "Travaux", "Zone"]
    places = run.json("list", "--sort", "place", "--format", "json", data=base)
    assert [r["place"] for r in places] == [
        "Agadir", "Kénitra", "Koweït", "Tétouan", "Tunis", None, None]
    backwards = run.json("list", "--sort", "place", "--order", "desc", "--format", "json",
                         data=base)
    assert [r["place"] for r in backwards][:2] == ["Tunis", "Tétouan"]


def test_stats_groups_of_one_count_in_reading_order(run, write_yaml):
    base = write_yaml(BASE.replace("agreements:\n", """\
  - {id: zebre, name: Zèbre, kind: company}
  - {id: ecole, name: École des mines, kind: company}
  - {id: banque, name: banque du Sud, kind: company}
agreements:
""") + "".join(
        f"  - {{id: {org}-2020, title: Accord, type: accord, signed_on: 2020, parties: "
        f"[{{org: {org}, role: partner}}], sources: [{{publisher: X, published_on: 2020}}]}}\n"
        for org in ("zebre", "ecole", "banque")))
    groups = [r["group"] for r in run.json("stats", "--by", "partner", "--year", "2020",
                                           "--format", "json", data=base)]
    assert groups == ["banque du Sud", "École des mines", "Zèbre"]


# --- stats by a group an agreement can be in several times: a note with the true total ------

TWO_MINISTRIES = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
  - {id: mef, name: "Ministère de l'Économie", kind: ministry}
agreements:
  - id: both
    title: Accord à deux
    type: accord
    sectors: [industrie, finances]
    parties: [{org: mic, role: signatory}, {org: mef, role: signatory}]
    funding: {amount: 100, currency: MAD}
    sources: [{publisher: X, published_on: 2024-01-02}]
  - id: one
    title: Accord seul
    type: accord
    sectors: [industrie]
    parties: [{org: mic, role: signatory}]
    funding: {amount: 5, currency: MAD}
    sources: [{publisher: X, published_on: 2024-01-02}]
"""


@pytest.mark.parametrize("by", ["ministry", "sector"])
def test_stats_says_when_an_agreement_counts_in_several_groups(run, write_yaml, by):
    """Summed in a spreadsheet, --by ministry gave 205 MAD where the agreements hold 105:
    the agreement of two ministries is in both rows, and nothing said so."""
    path = write_yaml(TWO_MINISTRIES)
    result = run("stats", "--by", by, "--format", "csv", data=path)
    assert result.exit_code == 0
    assert result.stderr == (
        f"conv: note: 1 agreement(s) count in several groups (one row for each {by} they "
        "have), so the rows add up to more than the whole: 2 agreement(s), 105 MAD in all; "
        "do not add the rows\n")
    assert run("stats", "--by", "type", data=path).stderr == ""


def test_the_note_gives_the_true_whole_in_every_currency_and_in_jobs(run, write_yaml):
    """Its whole was in MAD only: the EUR rows, which must not be added either, had none."""
    path = write_yaml(TWO_MINISTRIES.replace(
        "    funding: {amount: 5, currency: MAD}\n",
        "    funding: {amount: 5, currency: MAD}\n    jobs: {direct: 30}\n").replace(
        "    funding: {amount: 100, currency: MAD}\n",
        "    funding: {amount: 100, currency: EUR}\n    jobs: {direct: 7}\n"))
    whole = ("so the rows add up to more than the whole: 2 agreement(s), 5 MAD, 100 EUR, "
             "37 direct jobs in all; do not add the rows\n")
    assert run("stats", "--by", "ministry", data=path).stderr.endswith(whole)
    only = run("stats", "--by", "ministry", "--currency", "EUR", data=path).stderr
    assert only.endswith("the whole: 1 agreement(s), 100 EUR, 7 direct jobs in all; do not "
                         "add the rows\n"), only


AMENDED = """\
schema: 2
organizations:
  - {id: mef, name: "Ministère de l'Économie", kind: ministry}
agreements:
  - id: loan
    title: Prêt initial
    type: accord
    parties: [{org: mef, role: signatory}]
    funding: {amount: 900, currency: EUR}
    sources: [{publisher: X, published_on: 2020-01-02}]
  - id: loan-avenant
    title: Avenant au prêt
    type: avenant
    amends: loan
    parties: [{org: mef, role: signatory}]
    funding: {amount: 1000, currency: EUR}
    sources: [{publisher: X, published_on: 2022-01-02}]
  - id: other-avenant
    title: Avenant en dirhams
    type: avenant
    amends: loan
    parties: [{org: mef, role: signatory}]
    funding: {amount: 50, currency: MAD}
    sources: [{publisher: X, published_on: 2022-01-02}]
"""


def test_stats_says_when_an_avenant_is_added_to_what_it_amends(run, write_yaml):
    """A report often gives an avenant's new total ("porte le montant à"): added to the
    amended loan's, 1 900 EUR reads as committed where 1 000 may be. The total stays a sum
    (an avenant's funding is what it adds) and says that it holds both."""
    path = write_yaml(AMENDED)
    result = run("stats", "--format", "csv", data=path)
    assert result.exit_code == 0
    notes = [line for line in result.stderr.splitlines() if "amend" in line]
    assert notes == ["conv: note: 1 agreement(s) that amend another, with an amount "
                     "(loan-avenant), add it to the agreement they amend in these totals: an "
                     "amendment's funding is what it adds, so where a report gave the new "
                     "total, check the record (conv list --amends loan)"]
    # the amended loan left out by a filter: nothing is added to it, nothing said
    alone = run("stats", "--format", "csv", "--type", "avenant", data=path)
    assert "amend" not in alone.stderr


AMENDING = AMENDED + """\
  - id: protocol
    title: Protocole modifiant le prêt
    type: protocole-accord
    amends: loan
    parties: [{org: mef, role: signatory}]
    funding: {amount: 7, currency: EUR}
    sources: [{publisher: X, published_on: 2023-01-02}]
  - id: bare-avenant
    title: Avenant sans montant
    type: avenant
    amends: loan
    parties: [{org: mef, role: signatory}]
    sources: [{publisher: X, published_on: 2023-01-02}]
"""


def test_the_note_counts_every_amending_type_and_names_them(run, write_yaml):
    """A protocole-accord with amends adds its amount as an avenant does; one without an
    amount, or in another currency, adds nothing to the amended amount and is not
    counted; the ids are named, with the command that lists them."""
    path = write_yaml(AMENDING)
    result = run("stats", "--by", "type", "--type", "accord", "--type", "protocole-accord",
                 "--format", "csv", data=path)
    assert "conv: note: 1 agreement(s) that amend another, with an amount (protocol), add " \
        "it" in result.stderr
    assert "(conv list --amends loan)" in result.stderr
    everything = run("stats", "--format", "csv", data=path)
    assert "2 agreement(s) that amend another, with an amount (loan-avenant, protocol)" in \
        everything.stderr
    listed = run("list", "--amends", "loan", "--format", "tsv", data=path).stdout
    assert {"loan-avenant", "protocol"} <= {line.split("\t")[0] for line in listed.splitlines()}


def test_show_says_what_the_agreements_amending_it_add_in_totals(run, write_yaml):
    path = write_yaml(AMENDING)
    shown = run("show", "loan", data=path).stdout
    # as stats: euros summed with the loan's euros, dirhams kept apart, each line says which
    assert ("in totals   + 1\u202f000 EUR (loan-avenant), + 7 EUR (protocol): what the "
            "agreements amending it add, summed with its own funding\n") in shown
    assert ("            + 50 MAD (other-avenant): what the agreements amending it add, in "
            "another currency than its own funding (EUR): kept apart, never summed with it"
            ) in shown
    assert "bare-avenant" not in shown.split("in totals")[1].split("parties")[0]
    assert "in totals" not in run("show", "protocol", data=path).stdout
    # JSON keeps its keys: amended_by says which, each record its amount
    assert "adding" not in run.json("show", "loan", "--format", "json", data=path)


def test_show_says_an_amended_agreement_without_funding_has_nothing_to_sum_with(run,
                                                                                  write_yaml):
    path = write_yaml(AMENDED.replace("    funding: {amount: 900, currency: EUR}\n", "", 1))
    shown = run("show", "loan", data=path).stdout
    line = next(line for line in shown.splitlines() if line.startswith("in totals"))
    assert "summed" not in line
    assert line.endswith("what the agreements amending it add; it has no funding of its own "
                         "to sum it with")
