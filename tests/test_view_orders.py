"""Pictures and tables order what they show as `conv stats` does: names of equal weight as a
reader orders them (accents and case aside), and what tells two names apart kept."""

from __future__ import annotations

import json
import re

import pytest

from test_output_terminal import at_terminal, piped, screen_lines

TIES = """\
schema: 2
organizations:
  - {id: mi, name: Ministère de l'Intérieur, kind: ministry}
  - {id: zeta, name: Zeta Holding, kind: company}
  - {id: etat, name: État marocain, kind: public-body}
  - {id: mcc, name: Millennium Challenge Corporation, acronym: MCC, kind: international}
  - {id: ecole, name: école royale, kind: other}
agreements:
"""


def _tied(write_yaml):
    return write_yaml(TIES + "".join(
        f"  - {{id: a-{org}, title: T, type: accord, signed_on: 2024-0{n}-02, "
        f"parties: [{{org: mi, role: signatory}}, {{org: {org}, role: partner}}], "
        f"sources: [{{publisher: X, published_on: 2024}}]}}\n"
        for n, org in enumerate(("zeta", "mcc", "etat", "ecole"), 1))
        + "  - {id: none, title: T, type: accord, signed_on: 2024-06-02, parties: "
          "[{org: mi, role: signatory}], sources: [{publisher: X, published_on: 2024}]}\n")


def test_timeline_lines_of_equal_weight_follow_the_order_of_stats(run, write_yaml):
    data = _tied(write_yaml)
    spec = run.json("timeline", "--by", "partner", "--format", "vega-lite", data=data)
    lines = spec["encoding"]["y"]["sort"]
    assert lines == ["école royale", "État marocain", "MCC", "Zeta Holding", "(no partner)"]
    stats = run("stats", "--by", "partner", "--format", "jsonl", data=data)
    groups = [json.loads(line)["group"] for line in stats.stdout.splitlines()]
    full = {"MCC": "Millennium Challenge Corporation", "(no partner)": None}
    assert [full.get(g, g) for g in lines] == groups


def test_names_cut_apart_keep_the_country_that_tells_them_apart() -> None:
    from conventions_cli.out.terminal import cut_apart

    values = ["Ministère des Affaires étrangères (Sénégal)",
              "Ministère de l'Industrie et du Commerce (Sénégal)",
              "Ministère de l'Enseignement supérieur (Sénégal)",
              "Ministère des Affaires étrangères, de la Coopération africaine",
              "Ministère de l'Industrie et du Commerce"]
    cut = cut_apart(values, 20)
    assert len(set(cut)) == len(values) and all(len(c) <= 20 for c in cut), cut
    assert [c.endswith("(Sénégal)") for c in cut] == [True, True, True, False, False], cut


@pytest.mark.parametrize("columns", [80, 100])
def test_a_network_table_at_80_columns_keeps_the_country_of_each_ministry(tmp_path, columns):
    args = ("network", "--event", "commission-mixte-maroc-senegal-2026")
    code, out, err = at_terminal(tmp_path, *args, columns=columns)
    assert code == 0, err
    full = [line.split("\t")[:2] for line in
            piped(tmp_path, *args, "--format", "tsv").stdout.splitlines()[1:]]
    shown = [re.split(r"\s{2,}", line.strip())[:2] for line in screen_lines(out)[2:]]
    pairs = [pair for pair in shown if len(pair) == 2][:len(full)]
    assert len(pairs) == len(full)
    countries = 0
    for names, cuts in zip(full, pairs, strict=True):
        for name, cut in zip(names, cuts, strict=True):
            if name.endswith(" (Sénégal)"):
                countries += 1
                assert cut.endswith("(Sénégal)"), (name, cut)
    assert countries >= 6


@pytest.mark.parametrize(("args", "columns"), [
    (("timeline", "--ministry", "industrie", "--year", "2026"), 80),
    (("timeline", "--ministry", "industrie", "--year", "2026"), 120),
    (("timeline", "--ministry", "industrie"), 80),
    (("timeline", "--by", "partner", "--year", "2017"), 80)])
def test_a_timeline_table_never_prints_two_bodies_alike(tmp_path, args, columns):
    # Morocco's ministry and Senegal's of the same name head the rows of one agreement:
    # cut to the same words, the table read as one row printed twice
    code, out, err = at_terminal(tmp_path, *args, columns=columns)
    assert code == 0, err
    full = [line.split("\t") for line in
            piped(tmp_path, *args, "--format", "tsv").stdout.splitlines()]
    at = {name: full[0].index(name) for name in ("group", "id")}
    named = [(row[at["id"]], row[at["group"]]) for row in full[1:]]
    lines = screen_lines(out)
    starts = re.search(r"\s(id)\s", lines[0]).start(1)  # type: ignore[union-attr]
    pairs = [(line[starts:].split()[0], line[:starts].strip())
             for line in lines[2:2 + len(named)]]
    assert [ident for ident, _ in pairs] == [ident for ident, _ in named]
    cut = {}
    for (_, name), (_, shown_as) in zip(named, pairs, strict=True):
        assert cut.setdefault(shown_as, name) == name, (shown_as, name, cut[shown_as])
        if name.endswith(")") and shown_as != name and len(name.rsplit(" (", 1)[1]) < 12:
            assert shown_as.endswith("(" + name.rsplit(" (", 1)[1]), (name, shown_as)
    assert len(set(cut.values())) > 1


def test_orgs_at_80_columns_keep_every_foreign_body_s_country(tmp_path):
    # "Ministère de l'Énergie et des Infrastructures (Émirats arabes unis)" was cut to
    # "Ministère de l'Énerg…" (a country too long for half the name column, which a few
    # long ids left at 20 characters): it read as Morocco's ministry
    code, out, err = at_terminal(tmp_path, "orgs", "--kind", "ministry", columns=80)
    assert code == 0, err
    rows = [line.split("\t") for line in
            piped(tmp_path, "orgs", "--kind", "ministry", "--format", "tsv").stdout.splitlines()]
    at = {name: rows[0].index(name) for name in ("id", "name", "country")}
    shown = [re.split(r"\s{2,}", line.strip()) for line in screen_lines(out)[2:]]
    shown = [cells for cells in shown if len(cells) == 3]
    assert len(shown) == len(rows) - 1
    countries = 0
    for row, cells in zip(rows[1:], shown, strict=True):
        assert all(len(line) <= 80 for line in screen_lines(out))
        ending = re.search(r" (\([^()]+\))$", row[at["name"]])
        if row[at["country"]] not in ("", "MA") and ending:
            countries += 1
            assert cells[1].endswith(ending.group(1)), (row[at["name"]], cells[1])
        # an id cut for the names' room keeps its start and its end
        cut = cells[0]
        assert cut == row[at["id"]] or (cut.count("…") == 1 and row[at["id"]].startswith(
            cut.split("…")[0]) and row[at["id"]].endswith(cut.split("…")[1])), cut
    assert countries >= 20
    whole = sum(cells[0] == row[at["id"]] for row, cells in zip(rows[1:], shown, strict=True))
    assert whole >= 0.9 * len(shown)
