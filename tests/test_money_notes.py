"""Money is never compared across currencies, and a listing cut by --limit says so: `conv
list --sort amount --limit 3` over dirhams and euros listed three amounts in dirhams without
a word, which reads as the three largest sums."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mef, name: "Ministère de l'Économie et des Finances", kind: ministry}
agreements:
"""

ONE = """\
  - id: {id}
    title: Prêt {id}
    type: accord
    signed_on: 2024-0{n}-01
    parties: [{{org: mef, role: signatory}}]
    funding: {{amount: {amount}, currency: {currency}}}
    sources: [{{publisher: Le Matin, published_on: 2024-0{n}-01}}]
"""


def base(write_yaml):
    money = [("dh-small", 5_000_000, "MAD"), ("dh-big", 900_000_000, "MAD"),
             ("eur-big", 800_000_000, "EUR")]
    return write_yaml(BASE + "".join(ONE.format(id=i, n=n, amount=a, currency=c)
                                     for n, (i, a, c) in enumerate(money, 1)))


def test_a_limited_listing_says_which_currencies_it_left_out(run, write_yaml):
    path = base(write_yaml)
    result = run("list", "--sort", "amount", "--limit", "2", "--format", "tsv", data=path)
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == [
        "dh-big", "dh-small"]
    note = result.stderr.strip()
    assert note.startswith("conv: note: sorted by amount within each currency (MAD, EUR)")
    assert note.endswith("the 2 row(s) listed hold MAD only")


def test_the_whole_listing_says_the_order_only(run, write_yaml):
    path = base(write_yaml)
    result = run("list", "--sort", "amount", "--format", "tsv", data=path)
    assert "within each currency (MAD, EUR)" in result.stderr
    assert "listed hold" not in result.stderr


def test_one_currency_needs_no_note(run, write_yaml):
    path = base(write_yaml)
    result = run("list", "--sort", "amount", "--currency", "MAD", "--limit", "1",
                 "--format", "tsv", data=path)
    assert result.stderr == ""


def test_stats_json_gives_other_currencies_as_numbers_a_script_can_add(run, write_yaml):
    path = write_yaml(BASE + "".join(ONE.format(id=i, n=n, amount=a, currency=c) for n, (
        i, a, c) in enumerate([("e1", 800, "EUR"), ("e2", 53, "EUR"), ("u", 7, "USD")], 1)))
    [row] = run.json("stats", "--by", "ministry", "--format", "json", data=path)
    assert row["other_amounts"] == [{"amount": 853, "currency": "EUR"},
                                    {"amount": 7, "currency": "USD"}]
    jsonl = run("stats", "--by", "ministry", "--format", "jsonl", data=path).stdout
    assert '"other_amounts": [{"amount": 853, "currency": "EUR"}' in jsonl
    # a spreadsheet's cell and a shell's column still read as sums, never as JSON
    for fmt, cell in (("csv", '"853 EUR; 7 USD"'), ("tsv", "853 EUR; 7 USD"),
                      ("md", "853 EUR; 7 USD")):
        out = run("stats", "--by", "ministry", "--format", fmt, data=path).stdout
        assert cell in out and "{" not in out, (fmt, out)


def test_an_events_table_calls_a_reported_total_a_total(write_yaml, tmp_path):
    # beside each event's count of agreements, "amount" read as the sum of their money
    from test_output_terminal import at_terminal, screen_lines

    path = write_yaml(BASE.replace("agreements:\n", (
        "events:\n  - {id: salon-2024, name: Salon 2024, start: 2024-01-01,\n"
        "     total: {amount: 7000000000, currency: MAD}}\nagreements:\n"))
        + ONE.format(id="dh", n=1, amount=5, currency="MAD").replace(
            "    sources:", "    event: salon-2024\n    sources:"))
    code, out, err = at_terminal(tmp_path, "--data", str(path), "events", columns=120)
    lines = screen_lines(out)
    assert code == 0, err
    header = lines[0].split()
    assert "total" in header and "amount" not in header, header
    row = lines[2]
    assert row.index("7\u202f000\u202f000\u202f000 MAD") > row.index("Salon 2024")


@pytest.mark.parametrize(("by", "columns"), [("status", 120), ("ministry", 200)])
def test_stats_drop_the_bar_before_cutting_money_in_millions(tmp_path, by, columns):
    # at 120 columns, `stats --by status` drew its bar and cut the first row's amounts in
    # other currencies after KWD: the US dollars were not on screen
    from test_output_terminal import at_terminal, screen_lines

    code, out, err = at_terminal(tmp_path, "stats", "--by", by, columns=columns)
    rows = screen_lines(out)[2:]
    assert code == 0, err
    assert rows[0].startswith("(none)") and rows[0].rstrip().endswith(" M USD"), rows[0]
    assert not any(row.rstrip().endswith("…") for row in rows), rows


def test_millions_keep_a_tenth_under_ten_millions() -> None:
    # "to the nearest million" (and half to even) made 1 500 000 EUR "2 M EUR" and
    # 8 500 000 EUR "8 M EUR": off by a third, or by what a reader quotes
    from conventions_cli.out.render import millions

    assert [millions(a, "EUR") for a in (999_999, 1_000_000, 1_500_000, 8_500_000,
                                         9_960_000, 436_700_000, 2_500_500_000)] == [
        "999\u202f999 EUR", "1 M EUR", "1,5 M EUR", "8,5 M EUR", "10 M EUR", "437 M EUR",
        "2\u202f501 M EUR"]
