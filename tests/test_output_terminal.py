"""Real processes: a table at a (pseudo-)terminal, TSV in a pipe, `| head`, Ctrl-C."""

from __future__ import annotations

import fcntl
import json
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

BOX = re.compile("[─━│┃┌┐└┘├┤┬┴┼╭╮╰╯]")
COLOUR = re.compile(r"\x1b\[[0-9;]*m")
ANSI = re.compile(r"\x1b\[")

LONG_TITLE = "Un titre très long " * 12

LONG_YAML = f"""\
schema: 1
organizations:
  - {{id: mic, name: "Ministère de l'Industrie et du Commerce", kind: ministry}}
agreements:
  - id: tres-long-identifiant-2024
    title: "{LONG_TITLE.strip()}"
    type: accord
    signed_on: 2024-01-02
    parties: [{{org: mic, role: signatory}}]
    funding: {{amount: 250000000, currency: MAD}}
    sources: [{{publisher: X, published_on: 2024-01-02}}]
"""


def env(tmp_path: Path, columns: int, **extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CONV_DATA")}
    base.update(XDG_CACHE_HOME=str(tmp_path / "cache"), COLUMNS=str(columns),
                TERM="xterm-256color", LINES="50")
    base.update(extra)
    return base


def conv(*args: str) -> list[str]:
    return [sys.executable, "-m", "conventions_cli", *args]


def at_terminal(tmp_path: Path, *args: str, columns: int = 120, **extra: str
                ) -> tuple[int, str, str]:
    """Run conv with stdout on a pseudo-terminal of ``columns`` columns."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    proc = subprocess.Popen(conv(*args), stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=subprocess.PIPE, env=env(tmp_path, columns, **extra))
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    err = proc.stderr.read()
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode(), err.decode()


def piped(tmp_path: Path, *args: str, columns: int = 80, **extra: str
          ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(conv(*args), capture_output=True, text=True, timeout=60,
                          env=env(tmp_path, columns, **extra))


def test_terminal_list_is_a_table_with_grouped_amounts(tmp_path):
    code, out, err = at_terminal(tmp_path, "list", "--year", "2022", columns=300)
    # the only word on stderr is the count of the agreements without a date it leaves out
    assert code == 0 and err.count("\n") == 1 and "without a signing date" in err
    assert BOX.search(out)
    assert "250\u202f000\u202f000 MAD" in out
    assert "250000000" not in out
    assert COLOUR.search(out)  # colour is on at a colour terminal


def test_terminal_ids_never_wrap_even_when_narrow(tmp_path):
    code, out, _ = at_terminal(tmp_path, "list", columns=60, NO_COLOR="1")
    assert code == 0
    lines = out.splitlines()
    for ident in ("gitex-2025-2t-services", "quality-amica-2023", "maroc-cluster-ch",
                  "cti-2022", "cti-2013"):
        assert any(ident in line for line in lines), ident
    assert sum("gitex-2025-2t-services" in line for line in lines) == 1


@pytest.mark.parametrize("extra", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_color_and_dumb_terminal_still_get_a_table_without_colour(tmp_path, extra):
    code, out, _ = at_terminal(tmp_path, "list", columns=200, **extra)
    assert code == 0
    assert BOX.search(out)
    assert not COLOUR.search(out)
    # short groups, so that the bar has room beside every sum in full
    code, out, _ = at_terminal(tmp_path, "stats", "--by", "type", columns=200, **extra)
    assert code == 0 and "█" in out and not COLOUR.search(out)


def test_empty_no_color_does_not_turn_colour_off(tmp_path):
    code, out, _ = at_terminal(tmp_path, "list", columns=200, NO_COLOR="")
    assert code == 0 and COLOUR.search(out)


def test_piped_list_is_tsv_raw_and_unwrapped(tmp_path):
    data = tmp_path / "long.yaml"
    data.write_text(LONG_YAML, encoding="utf-8")
    result = piped(tmp_path, "--data", str(data), "list", columns=80)
    assert (result.returncode, result.stderr) == (0, "")
    assert not BOX.search(result.stdout) and not ANSI.search(result.stdout)
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split("\t")[:3] == ["id", "title", "type"]
    cells = lines[1].split("\t")
    assert cells[:4] == ["tres-long-identifiant-2024", LONG_TITLE.strip(), "accord",
                         "2024-01-02"]
    assert cells[8:10] == ["250000000", "MAD"]
    assert len(lines[1]) > 200


def test_piped_bundled_list_matches_tsv_format(tmp_path):
    default = piped(tmp_path, "list")
    explicit = piped(tmp_path, "list", "--format", "tsv")
    assert default.returncode == 0
    assert default.stdout == explicit.stdout
    count = len(json.loads(piped(tmp_path, "list", "--format", "json").stdout))
    assert len(default.stdout.splitlines()) == count + 1


def test_list_into_head_ends_quietly(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text(generated_yaml(3000), encoding="utf-8")
    proc = subprocess.Popen(conv("--data", str(big), "list"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env(tmp_path, 80))
    head = subprocess.run(["head", "-1"], stdin=proc.stdout, capture_output=True,
                          text=True, timeout=120)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    assert head.stdout.startswith("id\ttitle\ttype\tsigned_on\t")
    assert head.stdout.count("\n") == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert "Exception ignored" not in err
    assert code == 0


def generated_yaml(count: int) -> str:
    lines = ["schema: 1", "organizations:",
             "  - {id: mic, name: \"Ministère de l'Industrie\", kind: ministry}",
             "agreements:"]
    for i in range(count):
        lines += [f"  - id: accord-{i}",
                  f"    title: Accord numéro {i} pour la qualité et l'économie",
                  "    type: accord", "    signed_on: 2024-01-02",
                  "    parties: [{org: mic, role: signatory}]",
                  f"    funding: {{amount: {i * 1000}, currency: MAD}}",
                  "    sectors: [industrie, qualité]",
                  "    summary: Un résumé de quelques mots pour remplir l'index.",
                  "    sources: [{publisher: X, published_on: 2024-01-02}]"]
    return "\n".join(lines) + "\n"


def test_ctrl_c_during_a_slow_rebuild_exits_130_quietly(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text(generated_yaml(40000), encoding="utf-8")
    proc = subprocess.Popen(conv("--data", str(big), "db", "rebuild"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env(tmp_path, 80))
    time.sleep(1.5)
    assert proc.poll() is None, "the rebuild finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err.decode()
    assert err.decode().endswith("conv: interrupted\n")


@pytest.mark.parametrize(("args", "code"), [
    (("list", "--year", "1999"), 0),
    (("show", "nope"), 1),
    (("list", "--format", "xml"), 2),
    (("list", "--sort", "colour"), 2),
    (("list", "--nope"), 2),
])
def test_exit_codes_of_the_real_process(tmp_path, args, code):
    result = piped(tmp_path, *args)
    assert result.returncode == code
    assert "Traceback" not in result.stderr


# --- one line per row at any width from 80 columns (DESIGN §4) ---------------------------

VISIBLE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def screen_lines(out: str) -> list[str]:
    return [VISIBLE.sub("", line).rstrip("\r") for line in out.split("\n") if line.strip()]


@pytest.mark.parametrize("columns", [80, 100, 120, 160])
@pytest.mark.parametrize("args", [["list"], ["search", "convention"], ["orgs"],
                                  ["stats", "--by", "ministry"], ["stats", "--by", "year"],
                                  ["org", "mic"]])
def test_terminal_listings_are_one_line_per_row(tmp_path, columns, args):
    code, out, err = at_terminal(tmp_path, *args, columns=columns)
    assert code == 0, err
    lines = screen_lines(out)
    assert all(len(line) <= columns for line in lines), lines
    if args[0] == "org":
        lines = lines[lines.index(next(x for x in lines if x.startswith("id "))):]
    rows = [x for x in lines[2:] if not x.strip().startswith("more columns")]
    as_tsv = piped(tmp_path, *args, "--format", "tsv").stdout.splitlines()
    assert len(rows) == len(as_tsv) - 1, lines
    if args[0] in ("list", "search", "org"):  # ids are whole, never cut
        listed = piped(tmp_path, "list", "--format", "tsv").stdout.splitlines()[1:]
        assert {row.split()[0] for row in rows} <= {line.split("\t")[0] for line in listed}


def test_terminal_list_at_80_columns_shows_id_title_and_date(tmp_path):
    code, out, _ = at_terminal(tmp_path, "list", "--ministry", "industrie", columns=80)
    lines = screen_lines(out)
    assert lines[0].split() == ["id", "title", "signed_on"]
    row = next(line for line in lines if line.startswith("quality-amica-2023 "))
    assert row.split()[1:3] == ["Convention", "pour"]
    assert row.endswith("2023-11-22")
    assert lines[-1].strip() == ("more columns with --format tsv, csv or json, or in a wider "
                                 "terminal")


def test_show_prints_everything_in_full_at_80_columns(tmp_path):
    code, out, _ = at_terminal(tmp_path, "show", "cti-2022", columns=80)
    text = " ".join(" ".join(screen_lines(out)).split())
    assert "Le ministère, le RECTIM et les CTI s'engagent sur un plan 2022-2025" in text
    assert "…" not in text.replace("titre descriptif", "")


@pytest.mark.parametrize("columns", [80, 120])
def test_show_never_breaks_an_address_across_lines(tmp_path, columns):
    # cti-2022's second source has an address longer than either width: folded over two
    # lines, a terminal could neither click it nor copy it whole.
    record = json.loads(piped(tmp_path, "show", "cti-2022", "--format", "json").stdout)
    urls = [s["url"] for s in record["sources"] if s.get("url")]
    assert any(len(url) > columns for url in urls)
    code, out, _ = at_terminal(tmp_path, "show", "cti-2022", columns=columns)
    assert code == 0
    lines = screen_lines(out)
    for url in urls:
        assert any(f"<{url}>" in line for line in lines), url
    # Only a word with no room for it runs past the edge, alone on its line.
    assert all(len(line.split()) == 1 for line in lines if len(line.rstrip()) > columns)


def test_an_interval_of_days_reads_short_in_a_table_only(tmp_path):
    from conventions_cli.out.terminal import short_interval, table_cell

    assert short_interval("2024-10-28/2024-10-30") == "2024-10-28/30"
    assert short_interval("2024-10-28/2024-11-02") == "2024-10-28/11-02"
    assert short_interval("2023-12-30/2024-01-02") == "2023-12-30/2024-01-02"
    assert short_interval("2014-12/2016-12-01") == "2014-12/2016-12-01"
    assert short_interval("2024-10-28") == "2024-10-28"
    assert table_cell("signed_on", {"signed_on": "2024-10-28/2024-10-30"}) == "2024-10-28/30"
    assert table_cell("title", {"title": "2024-10-28/2024-10-30"}) == "2024-10-28/2024-10-30"


def test_long_texts_narrow_before_a_column_is_dropped() -> None:
    from conventions_cli.out.terminal import fit_columns

    # the date a listing is for (as conv list's) stays, the title narrower
    view = [{"id": "a" * 38, "title": "t" * 90, "signed_on": "2024-10-28/30"}]
    listing = ("id", "title", "signed_on")
    assert fit_columns(["id", "title", "signed_on"], view, 80, listing) == [
        ("id", 38), ("title", 23), ("signed_on", 13)]
    # too narrow even so: the least useful column goes, and the title has its usual room
    assert [c for c, _ in fit_columns(["id", "title", "signed_on"], view, 70, listing)] == [
        "id", "title"]


def test_a_dropped_bar_is_not_a_missing_column(tmp_path):
    code, out, _ = at_terminal(tmp_path, "stats", "--by", "year", "--from", "2020",
                               columns=80)
    lines = screen_lines(out)
    assert code == 0 and lines[0].split() == [
        "year", "count", "amount_mad", "jobs_direct", "other_amounts"]
    assert "█" not in out  # the bar had no room
    assert not any(line.strip().startswith("more columns") for line in lines)


def test_the_whole_bundled_list_keeps_its_dates_at_80_columns(tmp_path):
    code, out, _ = at_terminal(tmp_path, "list", columns=80)
    lines = screen_lines(out)
    assert code == 0 and lines[0].split() == ["id", "title", "signed_on"]
    assert all(len(line) <= 80 for line in lines)


@pytest.mark.parametrize(("args", "wanted"), [
    (["orgs"], ["id", "agreements"]),            # the count it is sorted by
    (["events"], ["id", "dates"]),               # when, at 80 as at 120
    (["search", "emploi"], ["id", "signed_on"]),  # the date of each match
])
@pytest.mark.parametrize("columns", [80, 120])
def test_each_listing_keeps_what_it_is_for(tmp_path, args, wanted, columns):
    code, out, _ = at_terminal(tmp_path, *args, columns=columns)
    header = screen_lines(out)[0].split()
    assert code == 0 and set(wanted) <= set(header), header


def test_stats_at_80_columns_keep_every_currency_in_millions(tmp_path):
    code, out, _ = at_terminal(tmp_path, "stats", "--by", "year", "--from", "2020",
                               columns=80)
    tsv = piped(tmp_path, "stats", "--by", "year", "--from", "2020").stdout.splitlines()
    lines = screen_lines(out)
    for row in tsv[1:]:
        year, *_, other = row.split("\t")
        shown = next(line for line in lines if line.startswith(year))
        for amount in filter(None, other.split("; ")):
            number, currency = amount.split()
            value = int(number)
            if value < 10_000_000:  # to a tenth, half up: 8,5 M
                millions = f"{(value + 50_000) // 100_000 / 10:.1f}".replace(".0", "")
                millions = millions.replace(".", ",")
            else:
                millions = f"{(value + 500_000) // 1_000_000:,}".replace(",", "\u202f")
            assert f"{millions} M {currency}" in shown, (amount, shown)


def test_one_digit_grouping_and_one_range_style(tmp_path):
    from conventions_cli.out.terminal import table_cell, table_view

    assert table_cell("jobs_direct", {"jobs_direct": 3000}) == "3\u202f000"
    assert table_cell("jobs_direct", {"jobs_direct": 13000}) == "13\u202f000"
    _, view = table_view([{"start": "2025-04-14", "end": "2025-04-16", "period_start": 2022,
                           "period_end": 2025}], ["start", "end", "period_start", "period_end"])
    assert (view[0]["dates"], view[0]["period"]) == ("2025-04-14/16", "2022/2025")


@pytest.mark.parametrize("args", [["list", "--year", "1900"], ["search", "zzzz"],
                                  ["stats", "--year", "1900"]])
def test_an_empty_result_says_so_in_one_line(tmp_path, args):
    code, out, _ = at_terminal(tmp_path, *args, columns=80)
    assert code == 0 and screen_lines(out) == ["no agreements match"]


SUM_SHOWN = re.compile(r"(\d[\d\u202f]*(?:,\d)?)(?: M)? ([A-Z]{3})")  # in full under a million


@pytest.mark.parametrize("columns", [80, 90, 100, 120])
def test_stats_never_cuts_a_sum_in_another_currency(tmp_path, columns):
    """At 100 columns a sum read "3 298 M …" (its currency cut off), at 80 "3 2…": the
    sums a row has no room for are counted ("+3 more"), never cut."""
    code, out, _ = at_terminal(tmp_path, "stats", "--by", "ministry", columns=columns)
    tsv = piped(tmp_path, "stats", "--by", "ministry").stdout.splitlines()[1:]
    lines = screen_lines(out)[2:]
    assert code == 0 and len(lines) == len(tsv)
    several = 0
    for row, line in zip(tsv, lines, strict=True):
        group, count, *_, other = row.split("\t")
        currencies = [a.split()[1] for a in filter(None, other.split("; "))]
        tail = line[line.index(f" {count} ") + len(count) + 2:]  # after the group's name
        assert "…" not in tail, line
        shown = [c for _, c in SUM_SHOWN.findall(tail) if c != "MAD"]
        assert shown == currencies[:len(shown)], line
        more = re.search(r"\+(\d+) more|(\d+) currencies", tail)
        hidden = int(more[1] or more[2]) if more else 0
        assert len(shown) + hidden == len(currencies), line
        several += len(currencies) > 1
    assert several


@pytest.mark.parametrize("columns", [80, 100, 120])
def test_two_groups_never_look_alike_when_their_names_are_cut(tmp_path, columns):
    # Every ministry's name starts "Ministère de…", and two countries' foreign ministries
    # differ only at their end: a plain cut showed them as one name on two lines.
    code, out, _ = at_terminal(tmp_path, "stats", "--by", "ministry", columns=columns)
    assert code == 0
    tsv = piped(tmp_path, "stats", "--by", "ministry").stdout.splitlines()[1:]
    groups = len(tsv)
    shown = [line.rsplit(None, 1)[0] for line in screen_lines(out)[2:] if line.strip()]
    names = [re.split(r"\s{2,}", line.strip())[0] for line in shown][:groups]
    assert len(names) == groups
    assert len(set(names)) == groups, sorted(n for n in names if names.count(n) > 1)


def test_cut_apart_keeps_start_and_end_where_the_start_alone_is_shared() -> None:
    from conventions_cli.out.terminal import cut_apart

    values = ["Ministère des Affaires étrangères", "Ministère des Affaires étrangères (Mali)",
              "Ministère des Affaires étrangères", "Office national"]
    cut = cut_apart(values, 20)
    assert cut[0] == cut[2] and len({cut[0], cut[1], cut[3]}) == 3
    assert all(len(c) <= 20 for c in cut) and cut[3] == "Office national"
    assert cut[1].endswith("(Mali)") and cut[1].startswith("Ministère")


COMPARED = ["cti-2022", "cti-2013", "quality-fcp-2023", "quality-amica-2023",
            "oujda-aptiv-2022", "maroc-mauritanie-jeunesse-sports-2019"]


@pytest.mark.parametrize("columns", [80, 120])
def test_compare_shows_each_agreement_whole_or_names_it_left_out(tmp_path, columns):
    # Too many agreements for the width: the last ones were cropped at the edge, their
    # ids cut and one column gone without a word.
    code, out, err = at_terminal(tmp_path, "compare", *COMPARED, columns=columns)
    assert code == 0, err
    lines = screen_lines(out)
    assert all(len(line) <= columns for line in lines), lines
    rule = next(i for i, line in enumerate(lines) if line.startswith("──"))
    header = [re.split(r"\s{2,}", line.strip()) for line in lines[:rule]]
    # an id too long for its column is broken after a hyphen, its pieces one above another
    cells = {p for line in header for p in line if p != "field"}
    shown = [i for i in COMPARED if i in cells or any(
        i[:k] in cells and i[k:] in cells for k in range(1, len(i)) if i[k - 1] == "-")]
    notes = [x for x in lines if x.startswith("left out")]
    tail = " ".join(lines[lines.index(notes[0]):]) if notes else ""
    left = [i.strip() for i in tail.split(": ", 1)[1].split(";")[0].split(",")] if tail else []
    assert len(shown) >= 2 and shown + left == COMPARED, (shown, left)
    assert "…" not in out
    # the marks tell the shown columns apart: jobs differ only in a column left out at 80
    jobs = next(line for line in lines[rule:] if line.split()[:2] in (["jobs"], ["≠", "jobs"])
                or line.split()[0] == "jobs")
    values = re.split(r"\s{2,}", jobs.strip())
    assert jobs.startswith("≠") == (len(set(values[-len(shown):])) > 1), jobs


@pytest.mark.parametrize("columns", [80, 120])
def test_a_network_table_names_each_body_one_way_in_both_columns(tmp_path, columns):
    # The target column was cut plainly: "Ministère de l'Indus…" stood for Morocco's and
    # Senegal's ministries alike, and Morocco's read another way in the source column.
    code, out, err = at_terminal(tmp_path, "network", "--ministry", "mic", columns=columns)
    assert code == 0, err
    tsv = piped(tmp_path, "network", "--ministry", "mic", "--format", "tsv").stdout
    full = [line.split("\t")[:2] for line in tsv.splitlines()[1:]]
    shown = [re.split(r"\s{2,}", line.strip())[:2] for line in screen_lines(out)[2:]]
    shown = [pair for pair in shown if len(pair) == 2][:len(full)]
    assert len(shown) == len(full)
    seen: dict[str, set[str]] = {}
    for names, cuts in zip(full, shown, strict=True):
        for name, cut in zip(names, cuts, strict=True):
            seen.setdefault(cut, set()).add(name)
    assert all(len(names) == 1 for names in seen.values()), {
        cut: names for cut, names in seen.items() if len(names) > 1}
    assert len(seen) == len({name for names in full for name in names})
