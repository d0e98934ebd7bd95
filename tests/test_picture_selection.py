"""A picture shared alone says every filter that drew it, wrapped over lines (never one
dropped), each value as a shell reads it back, at the width asked; a timeline shades the
dates its --year, --from and --to select."""

from __future__ import annotations

import json
import re
import shlex
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from conventions_cli.cli.selection import date_windows, shell_word, typed_filters
from conventions_cli.errors import UsageError
from conventions_cli.out.charts import selected_lines
from conventions_cli.query.filters import Filters
from views_base import VIEWS


@pytest.fixture
def views(write_yaml: Callable[[str, str], Path]) -> Path:
    return write_yaml(VIEWS)


LONG = ["--partner 'Banque européenne pour la reconstruction et le développement'",
        "--partner 'Fonds koweïtien pour le développement économique arabe'",
        "--from 2011-03-15", "--to 2019-10", "--currency USD", "--min-amount 5000000"]


@pytest.mark.parametrize("width, font", [(400, 10), (640, 11), (900, 11), (300, 10)])
def test_every_filter_is_on_a_line_of_the_picture(width: int, font: int) -> None:
    lines = selected_lines(LONG, width, font)
    assert lines[0].startswith("Selected:")
    joined = " ".join(line.strip() for line in lines)
    for part in LONG:
        assert part in joined or "…" in joined and part.split()[0] in joined
    room = max(24, int((width - 16) / (font * 0.62)))
    assert all(len(line) <= room for line in lines)
    assert "--min-amount 5000000" in lines[-1]


def test_a_value_too_long_for_a_line_is_cut_in_its_middle_not_dropped() -> None:
    part = "--partner '" + "Agence " * 30 + "du Nord'"
    [first, second, third] = selected_lines([part, "--year 2021", "--type avenant"], 300, 10)
    assert first == "Selected:"
    assert second.startswith("  --partner 'Agence") and "…" in second
    assert second.endswith("du Nord'")
    assert third == "  --year 2021 --type avenant"


@pytest.mark.parametrize("value", ["l'Agence nationale des ports", "BM [banque-mondiale]",
                                   'le "Plan" $1 `x`', "Fès", "a'b\\c"])
def test_a_value_is_pasteable_back_into_a_shell(value: str) -> None:
    assert shlex.split(shell_word(value)) == [value]


def test_sure_dates_is_said_only_with_a_date_filter() -> None:
    # alone it would do nothing, so no selection (and no picture) can hold it without a date
    with pytest.raises(UsageError):
        Filters(partner=("afd",), sure_dates=True)
    assert typed_filters(Filters(year=("2012",), sure_dates=True)) == [
        "--year 2012", "--sure-dates"]


@pytest.mark.parametrize("given, windows", [
    ({"date_from": "2020-06", "date_to": "2020-07"}, [("2020-06-01", "2020-07-31")]),
    ({"date_from": "2019"}, [("2019-01-01", None)]),
    ({"year": ("2022", "2019")}, [("2019-01-01", "2019-12-31"), ("2022-01-01", "2022-12-31")]),
    ({"year": ("2021", "2023"), "date_from": "2021-05-10"},
     [("2021-05-10", "2021-12-31"), ("2023-01-01", "2023-12-31")]),
    ({"partner": ("afd",)}, []),
])
def test_the_dates_selected(given: dict, windows: list) -> None:
    assert date_windows(Filters(**given)) == windows


def test_the_timeline_spec_shades_the_window(run, views) -> None:
    result = run("timeline", "-f", "vega-lite", "--from", "2013", "--to", "2022-06",
                 data=views)
    assert result.exit_code == 0, result.output
    spec = json.loads(result.stdout)
    [band, edges, *_] = spec["layer"]
    assert band["data"]["values"] == [{"from": "2013-01-01", "to": "2022-07-01"}]
    assert [e["at"] for e in edges["data"]["values"]] == ["2013-01-01", "2022-07-01"]
    assert any(line.startswith("Shaded: the dates selected")
               for line in spec["title"]["subtitle"])
    whole = json.loads(run("timeline", "-f", "vega-lite", data=views).stdout)
    assert all(layer["mark"]["type"] != "rect" for layer in whole["layer"])


def _png_width(path: Path) -> int:
    return struct.unpack(">I", path.read_bytes()[16:20])[0]


@pytest.mark.parametrize("width", ["400", "700"])
def test_a_long_selection_keeps_the_width_asked(run, views, tmp_path, width: str) -> None:
    pytest.importorskip("vl_convert")
    out = tmp_path / "t.png"
    result = run("timeline", "--partner", "Fédération de la Chimie", "--partner",
                 "Ministère de l'Économie et des Finances", "--from", "2010-01-15",
                 "--to", "2025-12", "--currency", "MAD", "--min-amount", "1000",
                 "--type", "convention-cadre", "--type", "avenant", "--width", width,
                 "-o", str(out), data=views)
    assert result.exit_code == 0, result.output
    assert _png_width(out) == int(width)
    svg = tmp_path / "t.svg"
    run("timeline", "--partner", "Fédération de la Chimie", "--from", "2010-01-15",
        "--to", "2025-12", "--currency", "MAD", "--min-amount", "1000", "--width", width,
        "-o", str(svg),
        data=views)
    lines = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg.read_text(encoding="utf-8"))
    said = " ".join(lines)
    for part in ("--partner", "Chimie", "--from 2010-01-15", "--to 2025-12",
                 "--min-amount 1000"):
        assert part in said


def test_the_time_axis_spans_the_shaded_window_not_only_the_dots(run, views) -> None:
    """One agreement (2022-06-07) in a window of three years: the axis, as wide as the
    window, ticks whole years, not days two weeks apart read off the one dot."""
    result = run("timeline", "-f", "vega-lite", "--from", "2021", "--to", "2023",
                 "--ministry", "mic", "--type", "convention-cadre", data=views)
    assert result.exit_code == 0, result.output
    spec = json.loads(result.stdout)
    axes = [layer["encoding"]["x"]["axis"] for layer in spec["layer"]
            if "axis" in layer.get("encoding", {}).get("x", {})]
    assert axes and all(axis["format"] == "%Y" for axis in axes)
    assert all(axis["tickCount"]["interval"] == "year" for axis in axes)
