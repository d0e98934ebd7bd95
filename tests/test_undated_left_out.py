"""--year, --from and --to leave out the agreements without a signing date, and say so, with
their funding per currency and a command that shows them: a total over a range is never
read as all the money unawares."""

from __future__ import annotations

import re
import shlex

from conventions_cli.out.cells import group_digits

BASE = """\
schema: 2
organizations:
  - {id: mef, name: "Ministère de l'Économie et des Finances", acronym: MEF, kind: ministry}
  - {id: anp, name: "Agence nationale des ports", acronym: ANP, kind: public-body}
agreements:
  - id: dated-2012
    title: Accord daté de mars
    type: accord
    signed_on: 2012-03-14
    parties: [{org: mef, role: signatory}]
    funding: {amount: 1000, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2012-03-15}]
  - id: undated-mad
    title: Contrat-programme sans date connue
    type: contrat-programme
    parties: [{org: mef, role: signatory}, {org: anp, role: partner}]
    funding: {amount: 7000000, currency: MAD}
    sources: [{publisher: Communiqué, published_on: 2013-01-01}]
  - id: undated-eur
    title: Prêt sans date connue
    type: accord
    parties: [{org: anp, role: signatory}]
    funding: {amount: 300000, currency: EUR}
    sources: [{publisher: Communiqué, published_on: 2013-01-01}]
  - id: undated-other
    title: Mémorandum sans date ni montant
    type: memorandum
    parties: [{org: mef, role: signatory}]
    sources: [{publisher: Communiqué, published_on: 2013-01-01}]
"""


def _undated_note(stderr: str) -> str:
    found = [line for line in stderr.splitlines() if "without a signing date" in line]
    assert len(found) == 1, stderr
    return found[0]


def _tsv_ids(stdout: str) -> set[str]:
    return {line.split("\t")[0] for line in stdout.splitlines()[1:]}


def test_a_date_filter_says_how_many_undated_and_their_money_per_currency(run, write_yaml):
    path = write_yaml(BASE)
    result = run("list", "--from", "2000", "--format", "tsv", data=path)
    assert result.exit_code == 0
    assert _tsv_ids(result.stdout) == {"dated-2012"}
    note = _undated_note(result.stderr)
    assert note.startswith("conv: note: 3 agreement(s) without a signing date ("
                           f"{group_digits(300000)} EUR; {group_digits(7000000)} MAD of "
                           "funding) are left out by --from 2000")
    # no money is summed across currencies, and nothing when no date filter is given
    assert "7 300 000" not in note
    plain = run("list", "--format", "tsv", data=path)
    assert "without a signing date" not in plain.stderr
    assert len(_tsv_ids(plain.stdout)) == 4
    quiet = run("--quiet", "list", "--year", "2012", data=path)
    assert "without a signing date" not in quiet.stderr


def test_the_note_counts_what_the_other_filters_select_and_its_command_shows_them(
        run, write_yaml):
    path = write_yaml(BASE)
    result = run("list", "--partner", "l'Agence nationale des ports", "--year", "2012",
                 "--format", "tsv", data=path)
    assert _tsv_ids(result.stdout) == set()
    note = _undated_note(result.stderr)
    assert note.startswith("conv: note: 2 agreement(s) without a signing date")
    command = re.search(r"place them; (conv .*) shows them", note)
    assert command, note
    argv = shlex.split(command[1])
    assert argv[:2] == ["conv", "list"] and "--year" not in argv
    shown = run(*argv[1:], "--format", "tsv", data=path)
    assert _tsv_ids(shown.stdout) == {"undated-mad", "undated-eur"}
    assert shown.stdout.splitlines()[-1].split("\t")[3] == ""  # signed_on, listed last


def test_stats_and_export_say_it_and_keep_undated_money_out_of_the_range(run, write_yaml):
    path = write_yaml(BASE)
    stats = run("stats", "--from", "2010", "--currency", "MAD", "--format", "json",
                data=path)
    assert stats.exit_code == 0
    note = _undated_note(stats.stderr)
    assert f"1 agreement(s) without a signing date ({group_digits(7000000)} MAD" \
           in note and "conv list --currency MAD shows them" in note
    assert "7000000" not in stats.stdout and "1000" in stats.stdout
    export = run("export", "--year", "2012", "--format", "csv", data=path)
    assert "3 agreement(s) without a signing date" in export.stderr
    assert "undated" not in export.stdout


def test_search_counts_only_the_undated_its_words_find(run, write_yaml):
    path = write_yaml(BASE)
    result = run("search", "prêt", "--year", "2012", data=path)
    note = _undated_note(result.stderr)
    assert f"1 agreement(s) without a signing date ({group_digits(300000)} EUR" in note
    assert "conv search 'prêt' shows them" in note
    none = run("search", "accord", "--year", "2012", data=path)
    assert "without a signing date" not in none.stderr
