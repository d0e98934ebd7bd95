"""conv network, timeline and due on a small base written here, as files (no picture: those
are in test_pictures.py)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.dom.minidom
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest

from views_base import VIEWS


@pytest.fixture
def views(write_yaml: Callable[[str, str], Path]) -> Path:
    return write_yaml(VIEWS)


def rows(run, *args: str, data: Path) -> list[dict]:
    result = run(*args, "--format", "jsonl", data=data)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# --- network -------------------------------------------------------------------------------

def test_network_ties_co_parties_and_signers_weighted_with_ids_and_dates(run, views):
    edges = {(e["source_id"], e["target_id"], e["kind"]): e
             for e in rows(run, "network", data=views)}
    both = edges["org:fcp", "org:mic", "co-party"]
    assert both["weight"] == 2
    assert both["agreements"] == ["plan-2013", "plan-2022"]
    assert (both["first"], both["last"]) == ("2013-02-01", "2022-06-07")
    signer = edges["org:mic", "person:ryad-mezzour", "signed-for"]
    assert signer["weight"] == 2 and signer["agreements"] == ["plan-2022", "avenant-2023"]
    # a person is tied only to the body they signed for, never to the other parties
    assert not any(k[0] == "org:fcp" and k[1].startswith("person:") for k in edges)
    assert len(edges) == 7


def test_network_takes_the_filters_of_list(run, views):
    edges = rows(run, "network", "--ministry", "mef", "--from", "2025", data=views)
    assert {e["agreements"][0] for e in edges} == {"acme-2025"}
    assert rows(run, "network", "--year", "1999", data=views) == []


def test_gexf_is_xml_gephi_1_3_with_dated_spells_and_loads_in_networkx(run, views, tmp_path):
    out = tmp_path / "n.gexf"
    assert run("network", "-o", str(out), data=views).exit_code == 0
    text = out.read_text(encoding="utf-8")
    document = xml.dom.minidom.parseString(out.read_bytes())
    root = document.documentElement
    assert root.getAttribute("version") == "1.3"
    assert root.getAttribute("xmlns") == "http://gexf.net/1.3"
    assert root.getAttribute("xmlns:xsi") == "http://www.w3.org/2001/XMLSchema-instance"
    graph = root.getElementsByTagName("graph")[0]
    assert (graph.getAttribute("mode"), graph.getAttribute("timeformat")) == ("dynamic", "date")
    g = nx.read_gexf(out)
    assert g.number_of_nodes() == 6 and g.number_of_edges() == 7
    assert g.nodes["org:mic"]["label"] == "Ministère de l'Industrie et du Commerce"
    edge = g.edges["org:fcp", "org:mic"]
    assert edge["weight"] == 2 and edge["agreements"] == "plan-2013; plan-2022"
    assert edge["spells"] == [("2013-02-01", "2013-02-28"), ("2022-06-07", "2022-06-07")]
    # the control character in a name cannot be in XML at all: it is written visibly
    assert "\\x01SA" in text and "\x01" not in text


def test_graphml_and_graphology_json(run, views, tmp_path):
    assert run("network", "-o", str(tmp_path / "n.graphml"), data=views).exit_code == 0
    g = nx.read_graphml(tmp_path / "n.graphml")
    assert g.edges["org:fcp", "org:mic"]["first"] == "2013-02-01"
    assert g.nodes["person:ana-lima"]["kind"] == "person"
    data = run.json("network", "--format", "json", data=views)
    assert data["options"] == {"type": "undirected", "multi": False, "allowSelfLoops": False}
    node = next(n for n in data["nodes"] if n["key"] == "org:evil")
    assert node["attributes"]["label"].startswith("Acme </script>")  # data, kept exact
    assert {"x", "y", "size", "color"} <= node["attributes"].keys()
    assert "type" not in node["attributes"]  # sigma.js reads type as a node program
    edge = next(e for e in data["edges"] if e["key"] == "org:fcp|org:mic|co-party")
    assert edge["attributes"]["agreements"] == ["plan-2013", "plan-2022"]
    assert edge["attributes"]["dates"] == ["2013-02", "2022-06-07"]


def test_network_on_a_folder_base(run, views, tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    shutil.copy(views, folder / "all.yaml")
    assert rows(run, "network", data=folder) == rows(run, "network", data=views)


def test_a_picture_goes_to_a_file_and_an_unknown_extension_is_named(run, views):
    result = run("network", "--format", "png", data=views)
    assert result.exit_code == 2
    assert "add -o FILE.png" in result.stderr
    result = run("network", "-o", "graph.xyz", data=views)
    assert result.exit_code == 2 and "graph.xyz" in result.stderr


def test_width_is_bounded(run, views, tmp_path):
    result = run("timeline", "--width", "20", "-o", str(tmp_path / "t.svg"), data=views)
    assert result.exit_code == 2 and "--width" in result.stderr
    assert not (tmp_path / "t.svg").exists()


@pytest.mark.parametrize(("args", "fmt"), [
    (["timeline", "--format", "tsv"], "tsv"), (["timeline", "--format", "csv"], "csv"),
    (["timeline"], "tsv"), (["network", "--format", "gexf"], "gexf"),
    (["network", "--format", "jsonl"], "jsonl"), (["timeline", "-o", "t.csv"], "csv")])
def test_width_with_rows_or_a_graph_file_is_refused_not_ignored(run, views, tmp_path,
                                                                args, fmt):
    """Rows and graph files have no pixels: --width there says so, never a silent no-op."""
    args = [str(tmp_path / a) if a.endswith(".csv") else a for a in args]
    result = run(*args, "--width", "400", data=views)
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("conv: error: --width is a picture's width in pixels")
    assert f"{fmt} has no pixels" in line
    assert not (tmp_path / "t.csv").exists()
    spec = run("timeline", "--format", "vega-lite", "--width", "400", data=views)
    assert spec.exit_code == 0 and json.loads(spec.stdout)["width"] <= 400


# --- timeline ------------------------------------------------------------------------------

def test_timeline_rows_keep_what_each_date_says(run, views):
    found = {(r["id"], r["group"]): r for r in rows(run, "timeline", data=views)}
    assert found["plan-2022", "Ministère de l'Industrie et du Commerce"]["precision"] == "day"
    month = found["plan-2013", "Ministère de l'Industrie et du Commerce"]
    assert (month["precision"], month["date_start"], month["date_end"]) == (
        "month", "2013-02-01", "2013-02-28")
    doubt = found["avenant-2023", "Ministère de l'Économie et des Finances"]
    assert (doubt["precision"], doubt["doubt"]) == ("month", "uncertain")
    assert found["acme-2025", "Ministère de l'Économie et des Finances"]["precision"] == \
        "interval"
    # an agreement with two ministries is on both lines
    assert ("avenant-2023", "Ministère de l'Industrie et du Commerce") in found


def test_timeline_by_type_and_partner(run, views):
    assert {r["group"] for r in rows(run, "timeline", "--by", "type", data=views)} == {
        "convention-cadre", "other", "avenant", "protocole-accord", "contrat-programme"}
    by_partner = rows(run, "timeline", "--by", "partner", data=views)
    assert {r["group"] for r in by_partner if r["id"] == "done-2010"} == {None}


def test_vega_lite_spec_draws_spans_not_made_up_days(run, views):
    spec = run.json("timeline", "--format", "vega-lite", data=views)
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    values = {v["id"]: v for v in spec["data"]["values"]}
    assert values["plan-2022"]["span"] is False  # a day: a dot
    month = values["plan-2013"]
    assert (month["span"], month["start"], month["end"]) == (True, "2013-02-01", "2013-03-01")
    assert values["acme-2025"]["end"] == "2025-04-17"  # the whole interval, to its last day
    assert values["avenant-2023"]["doubt"] == "uncertain or approximate"
    assert values["acme-2025"]["title"] == "Protocole <b>Acme</b>"  # data: escaped when drawn
    layers = [layer["transform"][0]["filter"] for layer in spec["layer"]]
    assert layers == ["datum.span", "!datum.span"]


NAMES = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: mj, name: Ministère de la Justice, kind: ministry}
  - {id: agri, name: "Ministère de l'Agriculture, de la Pêche maritime, du Développement rural
       et des Eaux et Forêts", kind: ministry}
  - {id: mae, name: "Ministère des Affaires étrangères, de la Coopération africaine et des
       Marocains résidant à l'étranger", kind: ministry}
  - {id: mae-sn, name: Ministère des Affaires étrangères (Sénégal), kind: ministry}
  - {id: mae-qa, name: Ministère des Affaires étrangères (Qatar), kind: ministry}
agreements:
"""


def test_timeline_lines_name_every_body_the_same_way(run, write_yaml):
    """Its acronym where the base has one (never MIC on one line and "Ministère de la
    Justice" on the next), else its name without "Ministère de"; two bodies never share
    a line, even where a phone's width cuts their names alike; the full name in the
    tooltip."""
    data = write_yaml(NAMES + "".join(
        f"  - {{id: a-{org}, title: T, type: accord, signed_on: 2024-0{n}, "
        f"parties: [{{org: {org}, role: signatory}}], sources: [{{publisher: X, "
        f"published_on: 2024}}]}}\n"
        for n, org in enumerate(("mic", "mj", "agri", "mae", "mae-sn", "mae-qa"), 1)))
    for width, expected in (("900", {
            "mic": "MIC", "mj": "Justice",
            "agri": "Agriculture, de la Pêche maritime, du Développe…",
            "mae": "Affaires étrangères, de la Coopération africain…",
            "mae-sn": "Affaires étrangères (Sénégal)", "mae-qa": "Affaires étrangères (Qatar)"}),
            ("400", {"mic": "MIC", "mj": "Justice", "agri": "Agriculture, de la Pê…",
                     "mae": "Affaires étrangères,…", "mae-sn": "Affaires étr…(Sénégal)",
                     "mae-qa": "Affaires étran…(Qatar)"})):
        spec = run.json("timeline", "--format", "vega-lite", "--width", width, data=data)
        values = {v["id"][2:]: v for v in spec["data"]["values"]}
        assert {org: v["group"] for org, v in values.items()} == expected, width
        assert values["mj"]["name"] == "Ministère de la Justice"
        assert {"field": "name", "title": "ministry"} in spec["encoding"]["tooltip"]


def test_vega_lite_spec_is_valid_against_the_schema(run, views):
    altair = pytest.importorskip("altair")
    spec = run.json("timeline", "--format", "vega-lite", data=views)
    altair.LayerChart.from_dict(spec, validate=True)


# --- due -----------------------------------------------------------------------------------

def test_nothing_is_due_before_its_year_is_over(run, views):
    due = {r["id"]: r for r in rows(run, "due", "--on", "2025-12-30", data=views)}
    assert set(due) == {"plan-2013"}
    due = {r["id"]: r for r in rows(run, "due", "--on", "2025-12-31", data=views)}
    assert set(due) == {"plan-2013", "plan-2022"}
    plan = due["plan-2022"]
    assert (plan["due_on"], plan["due_for"]) == ("2025-12-31", ["period"])
    assert (plan["status"], plan["status_on"]) == ("in-force", "2024-01")
    assert plan["amended_by"] == ["avenant-2023"]
    assert due["plan-2013"]["followed_by"] == ["plan-2022"]


def test_a_year_means_its_last_day_and_jobs_fall_due_too(run, views):
    due = {r["id"]: r for r in rows(run, "due", "--on", "2027", data=views)}
    assert due["acme-2025"]["due_for"] == ["jobs"]
    assert due["acme-2025"]["due_on"] == "2027-12-31"
    assert [r["id"] for r in rows(run, "due", "--on", "2027", data=views)] == [
        "plan-2013", "plan-2022", "acme-2025"]  # longest overdue first


def test_a_settling_status_counts_from_the_day_it_was_reported(run, views):
    assert "done-2010" not in {r["id"] for r in rows(run, "due", "--on", "2017", data=views)}
    # in 2015 the base had not yet reported it completed (2016): it was due and open
    assert "done-2010" in {r["id"] for r in rows(run, "due", "--on", "2015-12-31",
                                                     data=views)}


def test_a_status_reported_after_the_day_is_not_its_status_then(run, views):
    """On 2015-12-31 done-2010 was due and open; 'completed (2016)' beside it read as if it
    had been completed by then."""
    due = {r["id"]: r for r in rows(run, "due", "--on", "2015-12-31", data=views)}
    assert (due["done-2010"]["status"], due["done-2010"]["status_on"]) == (None, None)
    due = {r["id"]: r for r in rows(run, "due", "--on", "2025-12-31", data=views)}
    assert (due["plan-2022"]["status"], due["plan-2022"]["status_on"]) == ("in-force",
                                                                           "2024-01")
    due = {r["id"]: r for r in rows(run, "due", "--on", "2023-12-31", data=views)}
    assert "plan-2022" not in due  # its period ends in 2025


def test_what_follows_is_listed_only_once_signed(run, views):
    due = {r["id"]: r for r in rows(run, "due", "--on", "2021", data=views)}
    assert due["plan-2013"]["followed_by"] == []  # plan-2022 was signed in 2022


def test_due_defaults_to_today(run, views):
    today = dt.date.today().isoformat()
    assert rows(run, "due", data=views) == rows(run, "due", "--on", today, data=views)


@pytest.mark.parametrize("value", ["2025-13", "soon", "2025-04-14/2025-04-16", "2025?"])
def test_due_refuses_what_is_not_a_day(run, views, value):
    result = run("due", "--on", value, data=views)
    assert result.exit_code == 2
    assert result.stderr.startswith(("conv: error: --on takes a date",
                                     f"conv: error: --on '{value}' is not a real date"))
    assert len(result.stderr.splitlines()) == 1


def test_due_takes_the_filters_and_formats_of_list(run, views):
    assert [r["id"] for r in rows(run, "due", "--on", "2030", "--ministry", "mef",
                                  data=views)] == ["acme-2025"]
    csv = run("due", "--on", "2030", "--format", "csv", "--limit", "1", data=views)
    assert csv.stdout.splitlines()[0].startswith("id,title,signed_on,due_on,due_for")
    assert len(csv.stdout.splitlines()) == 2


@pytest.mark.parametrize("suffix", ["gexf", "graphml"])
def test_graph_files_show_bidi_controls_escaped_as_every_view_does(run, write_yaml, tmp_path,
                                                                    suffix):
    """Gephi and yEd obey a U+202E in a name ("Société Tech exe.png"): the files carry it
    visibly escaped, \\u202e, as the SVG, tsv and HTML do; letters and line ends stay."""
    path = write_yaml(
        "schema: 2\norganizations:\n"
        "  - {id: mic, name: \"Ministère de l'Industrie\", kind: ministry}\n"
        "  - {id: sgt, name: \"Société \\u202Egnp.exe\\u202C Tech\\u2066\\u200f SA\",\n"
        "     kind: company}\n"
        "agreements:\n  - id: a\n    title: A\n    type: accord\n"
        "    parties: [{org: mic, role: signatory}, {org: sgt, role: partner}]\n"
        "    sources: [{publisher: X, published_on: 2024-01-01}]\n")
    out = tmp_path / f"n.{suffix}"
    assert run("network", "-o", str(out), data=path).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Société \\u202egnp.exe\\u202c Tech\\u2066\\u200f SA" in text
    assert not set(text) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


# --- an empty selection is never written into a file -----------------------------------

EMPTY_SAID = ("conv: error: no agreement matches --year 1999, so nothing was written to {}; "
              "widen the filters (conv list takes the same ones and shows what they match)\n")


@pytest.mark.parametrize("args", [
    ("timeline", "-o", "{dir}/t.png"), ("timeline", "-o", "{dir}/t.svg"),
    ("timeline", "-o", "{dir}/t.json"), ("timeline", "-o", "{dir}/t.tsv"),
    ("network", "-o", "{dir}/n.png"), ("network", "-o", "{dir}/n.gexf"),
    ("network", "-o", "{dir}/n.csv"),
    ("export", "-o", "{dir}/x.csv"), ("export", "-o", "{dir}/x.yaml"),
    ("export", "-o", "{dir}/x.ftm"), ("export", "-o", "{dir}/pkg"),
])
def test_nothing_matched_writes_no_file_and_says_which_filters(run, views, tmp_path, args):
    """One line naming the filters, exit 1, and no file: neither an empty picture or export
    created, nor an earlier one replaced by it."""
    args = tuple(a.format(dir=tmp_path) for a in args)
    out = Path(args[-1])
    result = run(*args, "--year", "1999", data=views)
    assert (result.exit_code, result.stderr) == (1, EMPTY_SAID.format(out))
    assert not out.exists()
    if out.suffix:  # an earlier file stays as it was
        out.write_bytes(b"earlier")
        assert run(*args, "--year", "1999", data=views).exit_code == 1
        assert out.read_bytes() == b"earlier"


@pytest.mark.parametrize("args", [("timeline", "-f", "tsv"), ("network", "-f", "gexf"),
                                  ("export", "-f", "csv"), ("list",)])
def test_nothing_matched_on_stdout_is_an_empty_success(run, views, args):
    result = run(*args, "--year", "1999", data=views)
    assert result.exit_code == 0 and result.stderr == ""


def test_a_timeline_of_undated_agreements_draws_no_picture(run, write_yaml, tmp_path):
    data = write_yaml("""\
        schema: 1
        organizations:
          - {id: mic, name: Ministère de l'Industrie, kind: ministry}
        agreements:
          - id: undated
            title: Un accord sans date
            type: accord
            parties: [{org: mic, role: signatory}]
            sources: [{publisher: Le Matin, published_on: 2024-03-02}]
        """)
    out = tmp_path / "t.svg"
    result = run("timeline", "--type", "accord", "-o", str(out), data=data)
    assert result.exit_code == 1 and not out.exists()
    assert result.stderr.startswith("conv: error: the 1 agreement(s) that --type accord "
                                    "selects have no date to draw, so nothing was written")
