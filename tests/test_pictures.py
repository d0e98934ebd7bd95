"""Pictures of the network and the timeline: names as text, every value from the data
escaped, one line to say what to install without the charts extra."""

from __future__ import annotations

import re
import sys
import xml.dom.minidom
from collections.abc import Callable
from pathlib import Path

import pytest

from views_base import VIEWS


@pytest.fixture
def views(write_yaml: Callable[[str, str], Path]) -> Path:
    return write_yaml(VIEWS)


@pytest.fixture
def without_charts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vl_convert", None)  # import vl_convert fails


def test_without_the_extra_a_picture_says_what_to_install(run, views, tmp_path,
                                                          without_charts):
    for command in ("network", "timeline"):
        out = tmp_path / f"{command}.svg"
        result = run(command, "-o", str(out), data=views)
        assert result.exit_code == 1
        assert result.stderr == ('conv: error: pictures need the charts extra: pip install '
                                 '"conventions-cli[charts]"\n')
        assert not out.exists()


def test_without_the_extra_graph_files_and_the_spec_still_work(run, views, without_charts):
    for args in (("network", "-f", "gexf"), ("network", "-f", "graphml"),
                 ("network", "-f", "json"), ("timeline", "-f", "vega-lite")):
        result = run(*args, data=views)
        assert result.exit_code == 0, (args, result.output)
        assert result.stdout.strip()


def _svg(run, data: Path, out: Path, *args: str) -> str:
    pytest.importorskip("vl_convert")
    result = run(*args, "-o", str(out), data=data)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    xml.dom.minidom.parseString(out.read_bytes())  # a valid SVG document
    return text


def texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def test_network_svg_names_bodies_as_text_and_escapes_the_data(run, views, tmp_path):
    svg = _svg(run, views, tmp_path / "n.svg", "network")
    shown = texts(svg)
    assert "MIC" in shown  # a long name by its acronym
    assert "Ryad Mezzour" in shown
    assert "Who signs with whom" in shown
    evil = next(t for t in shown if t.startswith("Acme"))
    assert evil.startswith("Acme &lt;/script&gt;")  # markup from the data stays text
    assert "<script" not in svg and "\x01" not in svg
    assert "\u202e" not in svg and "Ana \\u202eLima" in shown  # bidi shown, not obeyed


def test_timeline_svg_draws_each_line_and_escapes(run, views, tmp_path):
    svg = _svg(run, views, tmp_path / "t.svg", "timeline", "--by", "partner")
    shown = texts(svg)
    assert "Agreements over time, by partner" in shown
    assert any(t.startswith("Acme &lt;/script&gt;") for t in shown)
    assert "(no partner)" in shown
    assert "<script" not in svg and "\x01" not in svg


@pytest.mark.parametrize("command", [["network"], ["timeline", "--by", "partner"]])
def test_the_page_cannot_be_broken_out_of(run, views, tmp_path, command):
    pytest.importorskip("vl_convert")
    out = tmp_path / "p.html"
    result = run(*command, "-o", str(out), data=views)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count("</script>") == 2  # the bundle's and the page's own, nothing else
    assert "alert(1)" in page and "<script>alert" not in page
    assert "\\u003c/script\\u003e" in page
    assert "vega.github.io/editor" not in page.split("vegaEmbed('#chart'")[1]


@pytest.mark.parametrize("command", ["network", "timeline"])
def test_png_at_a_phone_width(run, views, tmp_path, command):
    pytest.importorskip("vl_convert")
    out = tmp_path / "p.png"
    result = run(command, "--width", "400", "-o", str(out), data=views)
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert 300 <= width <= 440


def test_a_network_picture_is_the_same_each_time(run, views, tmp_path):
    first = _svg(run, views, tmp_path / "a.svg", "network")
    assert first == _svg(run, views, tmp_path / "b.svg", "network")


def test_the_readme_pictures_are_drawn_by_one_command(tmp_path):
    """docs/pictures.py redraws every picture the README shows from the bundled base."""
    pytest.importorskip("vl_convert")
    import runpy

    root = Path(__file__).resolve().parent.parent
    script = runpy.run_path(str(root / "docs" / "pictures.py"))
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert {f"docs/{name}" for name in script["PICTURES"]} == set(
        re.findall(r"\]\((docs/[^)]+\.png)\)", readme))
    assert script["main"](["--out", str(tmp_path)]) == 0
    for name in script["PICTURES"]:
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert (root / "docs" / name).exists()  # committed


def test_the_busiest_bodies_are_named_in_bold(run, tmp_path):
    """The README promised the thirty busiest in bold; every name was drawn alike."""
    svg = _svg(run, None, tmp_path / "n.svg", "network", "--ministry", "industrie")
    weight = {t: w for w, t in re.findall(r'<text[^>]*font-weight="(\w+)"[^>]*>([^<]*)</text>',
                                          svg)}
    bold = {t for t, w in weight.items() if w == "bold"}
    assert {"MIC", "MEF", "Ryad Mezzour"} <= bold
    assert 0 < len(bold) <= 30 and len(weight) > len(bold)


def test_network_names_every_body_one_way_and_never_two_alike():
    from conventions_cli.out.network_chart import node_labels
    nodes = [{"label": "Fédération de la Chimie", "acronym": "FCP"},  # short, has an acronym
             {"label": "Ministère de la Santé", "acronym": None},
             {"label": "Agence de développement des provinces du Nord", "acronym": None},
             {"label": "Agence de développement des provinces du Sud", "acronym": None},
             {"label": "Office régional A", "acronym": "ORMVA"},
             {"label": "Office régional B", "acronym": "ORMVA"}]
    names = node_labels({"nodes": nodes}, 30)
    assert names[:2] == ["FCP", "Santé"]  # as the timeline names its lines
    assert len(set(names)) == len(names)  # no two nodes read alike
    assert names[2].endswith("du Nord") and names[3].endswith("du Sud")
    assert all(len(n) <= 30 for n in names[:4])
    assert names[4:] == ["Office régional A", "Office régional B"]


def test_every_kind_drawn_has_its_legend_entry_and_a_colour(run, write_yaml, tmp_path):
    """A State as a party (kind state) is drawn filled and named in the legend, like every
    other kind; a kind of the format never lacks a colour."""
    from conventions_cli.base.vocabulary import ORG_KINDS
    from conventions_cli.out.graph import KIND_COLOURS

    assert set(KIND_COLOURS) == {*ORG_KINDS, "person"}
    assert len(set(KIND_COLOURS.values())) == len(KIND_COLOURS)
    data = write_yaml("""\
schema: 2
organizations:
  - {id: maroc, name: Royaume du Maroc, kind: state}
  - {id: mic, name: Ministère de l'Industrie, kind: ministry}
  - {id: acme, name: Acme, kind: company}
agreements:
  - id: a-2024
    title: Un accord
    type: accord
    signed_on: 2024-03-01
    parties: [{org: maroc, role: signatory}, {org: mic, role: signatory},
              {org: acme, role: partner}]
    sources: [{publisher: Le Matin, published_on: 2024-03-02}]
""")
    svg = _svg(run, data, tmp_path / "n.svg", "network")
    shown = texts(svg)
    assert {"kind", "ministry", "state", "company"} <= set(shown)  # the legend's entries
    assert KIND_COLOURS["state"] in svg  # the State's node is filled


SHORT_SPAN = """\
schema: 2
organizations:
  - {id: mic, name: Ministère de l'Industrie, acronym: MIC, kind: ministry}
agreements:
  - id: a-2024
    title: Un accord
    type: accord
    signed_on: 2024-01-15
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2024-03-02}]
  - id: b-2024
    title: Un autre accord
    type: accord
    signed_on: 2024-11-20
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2024-11-22}]
"""


def test_a_timeline_under_two_years_is_ticked_by_month_each_tick_distinct(run, write_yaml,
                                                                           tmp_path):
    svg = _svg(run, write_yaml(SHORT_SPAN), tmp_path / "t.svg", "timeline")
    ticks = [t for t in texts(svg) if re.fullmatch(r"\d{4}(-\d\d){0,2}", t)]
    assert len(ticks) >= 6
    assert len(set(ticks)) == len(ticks)  # never "2024 2024 2024"
    assert all(re.fullmatch(r"2024-\d\d", t) for t in ticks)


@pytest.mark.parametrize(("first", "last", "most", "expected"), [
    ("1972-01-01", "2026-12-31", 12, ("%Y", {"interval": "year", "step": 5})),
    ("1972-01-01", "2026-12-31", 6, ("%Y", {"interval": "year", "step": 10})),
    ("2014-04-01", "2025-05-13", 12, ("%Y", {"interval": "year", "step": 1})),
    ("2023-01-01", "2024-12-31", 12, ("%Y", {"interval": "year", "step": 1})),
    ("2024-01-15", "2024-11-20", 12, ("%Y-%m", {"interval": "month", "step": 1})),
    ("2023-03-01", "2024-12-30", 12, ("%Y-%m", {"interval": "month", "step": 2})),
    ("2023-03-01", "2024-12-30", 6, ("%Y-%m", {"interval": "month", "step": 6})),
    ("2025-04-14", "2025-04-16", 12, ("%Y-%m-%d", {"interval": "day", "step": 1})),
    ("2025-04-01", "2025-05-20", 12, ("%Y-%m-%d", {"interval": "day", "step": 7})),
])
def test_the_time_axis_steps_by_whole_years_months_or_days(first, last, most, expected):
    """Ticks on whole units, a format that tells each from the next, at most about
    ``most`` of them."""
    from conventions_cli.out.timeline_chart import time_axis

    assert time_axis(first, last, most) == expected


THREE_DAYS = """\
schema: 2
organizations:
  - {id: mic, name: Ministère de l'Industrie, acronym: MIC, kind: ministry}
agreements:
  - id: a-2025
    title: Un accord
    type: accord
    signed_on: 2025-04-14/2025-04-16
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2025-04-17}]
  - id: b-2025
    title: Un autre
    type: accord
    signed_on: 2025-04-15
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2025-04-17}]
"""


def test_a_timeline_draws_days_on_their_ticks_and_names_only_what_it_draws(run, write_yaml,
                                                                          tmp_path):
    """A bar for 14-16 April ran up to the tick of the 17th while a dot sat on the tick of
    its day; the legend named 'a year' and 'a month', of which nothing was drawn."""
    svg = _svg(run, write_yaml(THREE_DAYS), tmp_path / "t.svg", "timeline")
    ticks = {day: float(x) for x, day in re.findall(
        r'translate\(([\d.]+),\d+\)"[^>]*>(2025-04-\d\d)</text>', svg)}
    assert sorted(ticks) == ["2025-04-14", "2025-04-15", "2025-04-16"]
    day = ticks["2025-04-15"] - ticks["2025-04-14"]
    bar = re.search(r'aria-roledescription="bar" d="M([\d.]+),[\d.]+L([\d.]+),', svg)
    assert bar is not None
    # the bar (its rounded corners 2 px in) begins and ends half a day from the ticks of
    # its first and last days
    assert abs(float(bar[1]) - 2 - (ticks["2025-04-14"] - day / 2)) < 3
    assert abs(float(bar[2]) + 2 - (ticks["2025-04-16"] + day / 2)) < 3
    dot = re.search(r'aria-label="b-2025[^"]*"[^>]*transform="translate\(([\d.]+),', svg)
    assert dot is not None and abs(float(dot[1]) - ticks["2025-04-15"]) < 1
    shown = texts(svg)
    assert {"a day", "between two dates"} <= set(shown)
    assert "a year" not in shown and "a month" not in shown


@pytest.mark.parametrize("command", [["network"], ["timeline", "--by", "partner"]])
def test_a_picture_says_which_filters_drew_it(run, views, tmp_path, command):
    """A picture is shared alone: one drawn from a selection says which under its title,
    and one drawn from the whole base says nothing of filters."""
    def lines(svg: str) -> list[str]:  # a title's lines are tspans of one text
        return re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg)

    filtered = lines(_svg(run, views, tmp_path / "f.svg", *command, "--year", "2022"))
    assert "Selected: --year 2022" in filtered
    whole = lines(_svg(run, views, tmp_path / "w.svg", *command))
    assert whole and not any(t.startswith("Selected:") for t in whole)


def test_a_network_node_cut_to_fit_keeps_its_country(run, tmp_path):
    """A foreign body's name cut plainly ("Secrétariat d'État auprès du…") read as a
    Moroccan one beside MIC and MEF; its country is kept as the tables keep it."""
    from conventions_cli.out.network_chart import node_labels

    svg = _svg(run, None, tmp_path / "n.svg", "network", "--ministry", "industrie",
               "--year", "2017")
    texts = set(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    france = [t for t in texts if t.startswith("Secrétariat d")]
    assert france and all(t.endswith("…(France)") and len(t) <= 30 for t in france), france
    long = "Secrétariat d'État auprès du ministre de l'Économie et des Finances (Sénégal)"
    named = node_labels({"nodes": [{"label": long, "acronym": None}]}, 22)
    assert named == ["Secrétariat…(Sénégal)"]
