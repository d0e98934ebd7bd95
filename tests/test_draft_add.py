"""`conv draft --add` writes drafts into the knowledge base file, keeping every other line;
refuses a lookalike unless --force; `conv validate` lists every TODO a draft left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("spacy")

ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "denim_fes.txt"

BASE = """\
schema: 2
# People who signed.
people:
  - {id: nadia-fettah, name: Nadia Fettah}   # one line each

events: []

organizations:
  - id: mic
    name: Ministère de l'Industrie et du Commerce
    acronym: MIC
    kind: ministry

# The agreements, newest last.
agreements:
  - id: plan-2022
    title: Plan qualité
    type: convention-cadre
    signed_on: 2022-06-07
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Desk, published_on: 2022-06-07}]
    # a comment that belongs to plan-2022

# Trailing notes of the curator.
"""


@pytest.fixture
def base(write_yaml) -> Path:
    return write_yaml(BASE)


def add(run, base: Path, *extra: str):
    return run("draft", str(ARTICLE), "--published-on", "2025-03-12", "--add", *extra,
               data=base)


def test_add_puts_each_entry_at_the_end_of_its_section(run, base) -> None:
    result = add(run, base)
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"added to {base}:\n  people: karim-bensaid\n"
                             "  events: fes-textile-expo-2025\n  organizations: aid\n"
                             "  agreements: aid-convention-cadre-2025\n")
    text = base.read_text(encoding="utf-8")
    # Every line of the base is still there, in order (the empty flow list now has items).
    lines = iter(text.splitlines())
    assert all(line in lines for line in BASE.replace("events: []", "events:").splitlines())
    # Each entry is in its section, after the entries already there.
    assert text.index("nadia-fettah") < text.index("id: karim-bensaid") < text.index("events:")
    assert text.index("events:\n  - id: fes-textile-expo-2025") < text.index("organizations:")
    assert text.index("  - id: mic") < text.index("  - id: aid ") < text.index("# The agreements")
    assert (text.index("# a comment that belongs to plan-2022")
            < text.index("  - id: aid-convention-cadre-2025")
            < text.index("# Trailing notes of the curator."))
    assert "# from: " in text and "# TODO" in text


def test_validate_lists_every_todo_an_added_draft_left(run, base) -> None:
    add_result = add(run, base)
    assert add_result.exit_code == 0
    lines = base.read_text(encoding="utf-8").splitlines()
    result = run("validate", data=base)
    assert result.exit_code == 1
    todos = [x for x in result.stderr.splitlines() if "TODO comment" in x]
    expected = [i + 1 for i, line in enumerate(lines) for _ in range(line.count("TODO"))]
    assert [int(x.split(":")[1]) for x in todos] == expected
    announced = add_result.stderr.split("conv: ")[1].split(" fact(s)")[0]
    assert len(todos) == int(announced)
    summary = [x for x in todos if ": write a summary in your own words;" in x]
    assert len(summary) == 1
    number = int(summary[0].split(":")[1])
    column = lines[number - 1].index("# TODO") + 1
    assert summary[0].startswith(f"{base}:{number}:{column}: TODO comment: ")


def test_a_region_derived_from_the_city_is_a_todo_validate_lists(run, base) -> None:
    """The base reads a written `region` as reported: the region a draft derives from the
    city stays on its line, for the curator, but as a TODO listed after --add, so that it is
    not kept as reported once the other TODOs are done."""
    assert add(run, base).exit_code == 0
    lines = base.read_text(encoding="utf-8").splitlines()
    numbers = [i + 1 for i, line in enumerate(lines) if line.strip().startswith("region:")]
    assert numbers
    listed = run("validate", data=base).stderr.splitlines()
    for number in numbers:
        said = [x for x in listed if x.startswith(f"{base}:{number}:")]
        assert len(said) == 1 and "TODO comment: derived from the city" in said[0], said
        assert "delete this line unless a report names the region" in said[0]


def test_add_says_when_a_value_it_left_empty_stops_every_read(run, base) -> None:
    """The article names no publisher: the draft's `publisher:` is empty, a problem for
    which list and stats refuse the whole base; the TODO count alone did not say so."""
    result = add(run, base)
    assert result.exit_code == 0
    lines = base.read_text(encoding="utf-8").splitlines()
    number = next(i + 1 for i, line in enumerate(lines) if "publisher: null" in line)
    said = result.stderr.splitlines()[1:]
    assert said[0] == ("conv: until this is fixed, conv list, stats and every other read "
                       "refuse the base:")
    assert said[1:] == [line for line in run("list", data=base).stderr.splitlines()
                        if line.startswith(f"{base}:")]
    assert said[1].startswith(f"{base}:{number}:") and "publisher is empty" in said[1]


def test_a_commented_out_key_names_itself_in_its_todo(run, write_yaml) -> None:
    path = write_yaml(BASE.replace(
        "    parties: [{org: mic, role: signatory}]\n",
        "    parties: [{org: mic, role: signatory}]\n    # funding:  # TODO: no amount found\n"))
    result = run("validate", data=path)
    assert result.exit_code == 1
    assert f"{path}:21:17: TODO comment: funding: no amount found; do what it asks" in \
        result.stderr


def test_a_hash_inside_quotes_is_not_a_todo(run, write_yaml) -> None:
    path = write_yaml(BASE.replace("title: Plan qualité", 'title: "Plan # TODO qualité"'))
    assert run("validate", data=path).exit_code == 0


def test_a_lookalike_is_refused_unless_forced(run, base) -> None:
    assert add(run, base).exit_code == 0
    once = base.read_text(encoding="utf-8")
    again = add(run, base)
    assert again.exit_code == 1
    assert again.stdout == ""
    line = once[:once.index("  - id: aid-convention-cadre-2025")].count("\n") + 1
    assert "conv: aid-convention-cadre-2025-2 looks like aid-convention-cadre-2025 (" in \
        again.stderr
    assert f"{base.name}:{line}): aid, the same event" in again.stderr
    assert again.stderr.splitlines()[-1].startswith(f"conv: error: {base} unchanged")
    assert base.read_text(encoding="utf-8") == once
    forced = add(run, base, "--force")
    assert forced.exit_code == 0, forced.output
    assert base.read_text(encoding="utf-8").count("title: Convention-cadre avec") == 2


def test_add_to_a_schema_1_base_asks_for_migrate_first(run, write_yaml) -> None:
    old = write_yaml("schema: 1\norganizations: []\nagreements: []\n")
    result = add(run, old)
    assert result.exit_code == 2
    assert result.stderr == (f"conv: error: {old} is schema 1, and drafts are schema 2; "
                             f"run conv migrate {old} first\n")
    assert old.read_text(encoding="utf-8") == "schema: 1\norganizations: []\nagreements: []\n"


def test_missing_sections_are_created_in_the_schema_order(run, write_yaml) -> None:
    path = write_yaml("schema: 2\nagreements:\n- id: x\n  title: X\n  type: other\n"
                      "  parties: [{org: x, role: signatory}]\n"
                      "  sources: [{publisher: P, published_on: 2020}]\n")
    result = add(run, path)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert (text.index("people:\n  - id: karim-bensaid") < text.index("events:")
            < text.index("organizations:") < text.index("agreements:"))
    # The base writes its list items at the margin: the added one follows its layout.
    assert "\n- id: aid-convention-cadre-2025" in text
    added = text.split("- id: aid-convention-cadre-2025")[1]
    assert "\n  parties:\n    - {org: ministere-industrie-commerce" in added
    assert text.endswith("# TODO: publisher not found\n")


def test_add_keeps_permissions_and_leaves_no_temporary_file(run, base) -> None:
    os.chmod(base, 0o640)
    assert add(run, base).exit_code == 0
    assert base.stat().st_mode & 0o777 == 0o640
    # only the lock file conv keeps beside the files it edits (README, Reliability)
    assert sorted(p.name for p in base.parent.iterdir()) == [f".{base.name}.lock", base.name]


def test_force_needs_add_and_an_article_without_agreement_changes_nothing(run, base,
                                                                          tmp_path) -> None:
    assert run("draft", str(ARTICLE), "--force", data=base).exit_code == 2
    empty = tmp_path / "rien.txt"
    empty.write_text("Le temps sera ensoleillé demain sur Rabat.\n", encoding="utf-8")
    result = run("draft", str(empty), "--add", data=base)
    assert result.exit_code == 1
    assert base.read_text(encoding="utf-8") == BASE


UNDATED = """\
L'Association des industriels du denim (AID) et le ministère de l'Industrie et du Commerce \
ont signé une convention-cadre à Fès pour la filière.
"""


def test_an_undated_draft_reported_the_same_day_is_a_lookalike(run, base, tmp_path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text(UNDATED, encoding="utf-8")

    def once():
        return run("draft", str(article), "--published-on", "2025-03-12", "--add", data=base)
    assert once().exit_code == 0
    again = once()
    assert again.exit_code == 1
    assert "aid, undated, reported 2025-03-12" in again.stderr


@pytest.fixture
def folder(tmp_path) -> Path:
    team = tmp_path / "team"
    team.mkdir()
    (team / "a.yaml").write_text(BASE, encoding="utf-8")
    (team / "b.yaml").write_text("schema: 2\nagreements:\n", encoding="utf-8")
    return team


def test_a_folder_base_takes_the_file_to_write_into(run, folder) -> None:
    before = (folder / "a.yaml").read_text(encoding="utf-8")
    missing = run("draft", str(ARTICLE), "--add", data=folder)
    assert missing.exit_code == 2 and "--into a.yaml" in missing.stderr
    result = add(run, folder, "--into", str(folder / "b.yaml"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"added to {folder / 'b.yaml'}:\n")
    assert (folder / "a.yaml").read_text(encoding="utf-8") == before
    written = (folder / "b.yaml").read_text(encoding="utf-8")
    # the ministry defined in a.yaml is referenced, not proposed again
    assert "{org: mic, role: signatory}" in written and "  - id: mic" not in written
    problems = run("validate", data=folder).stderr.splitlines()
    assert problems[:-1] and all(p.startswith(f"{folder / 'b.yaml'}:") for p in problems[:-1])
    again = add(run, folder, "--into", str(folder / "b.yaml"))
    assert again.exit_code == 1 and "(" + str(folder / "b.yaml") + ":" in again.stderr


def test_into_takes_a_name_within_the_folder(run, folder, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # not the folder: b.yaml is read as the folder's own
    result = add(run, folder, "--into", "b.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"added to {folder / 'b.yaml'}:\n")
    assert "{org: mic, role: signatory}" in (folder / "b.yaml").read_text(encoding="utf-8")


def test_into_is_a_file_of_the_folder_and_only_for_a_folder(run, folder, base) -> None:
    outside = run("draft", str(ARTICLE), "--add", "--into", str(base), data=folder)
    assert outside.exit_code == 2 and "not a *.yaml or *.yml file of" in outside.stderr
    one_file = run("draft", str(ARTICLE), "--add", "--into", str(base), data=base)
    assert one_file.exit_code == 2 and "--into goes with a folder" in one_file.stderr
    alone = run("draft", str(ARTICLE), "--into", str(base), data=base)
    assert alone.exit_code == 2 and "--into goes with --add" in alone.stderr


def test_a_crlf_base_keeps_crlf_line_ends(run, write_yaml) -> None:
    path = write_yaml(BASE)
    path.write_bytes(BASE.replace("\n", "\r\n").encode())
    assert add(run, path).exit_code == 0
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > BASE.count("\n")
    assert data.startswith(BASE.split("people:")[0].replace("\n", "\r\n").encode())


def test_a_todo_after_an_apostrophe_in_a_plain_value_is_listed(run, write_yaml) -> None:
    path = write_yaml(BASE.replace("title: Plan qualité",
                                   "title: Plan de l'industrie  # TODO: review title"))
    result = run("validate", data=path)
    assert result.exit_code == 1
    assert f"{path}:17:33: TODO comment: review title; do what it asks" in result.stderr


def test_a_todo_after_a_quote_of_the_article_is_listed(run, write_yaml) -> None:
    path = write_yaml(BASE.replace(
        "signed_on: 2022-06-07\n",
        "signed_on: 2022-06-07  # from: \"jeudi; TODO\"; TODO: the weekday disagrees\n", 1))
    result = run("validate", data=path)
    problems = [x for x in result.stderr.splitlines() if "TODO comment" in x]
    assert problems == [f"{path}:19:51: TODO comment: the weekday disagrees; do what it "
                        "asks (fill in or check the value, or remove the key), then delete "
                        "the comment"]


BATCH = ("Casablanca — Le ministère de l'Industrie et du Commerce a signé, mardi 4 mars "
         "2025 à Casablanca, trois conventions d'investissement d'un montant global de 900 "
         "millions de dirhams avec les sociétés Atlas Câbles, Nord Textile et Sahel Plast.\n")


def test_the_batch_total_todo_survives_add_and_every_announced_todo_is_listed(
        run, base, tmp_path) -> None:
    article = tmp_path / "batch.txt"
    article.write_text(BATCH, encoding="utf-8")
    printed = run("draft", str(article), "--published-on", "2025-03-05", data=base)
    assert "is reported for all 3 agreements together" in printed.stdout
    added = run("draft", str(article), "--published-on", "2025-03-05", "--add", data=base)
    assert added.exit_code == 0, added.stderr
    announced = int(added.stderr.split("conv: ")[1].split(" fact(s)")[0])
    assert "is reported for all 3 agreements together" in base.read_text(encoding="utf-8")
    listed = [x for x in run("validate", data=base).stderr.splitlines()
              if "TODO comment" in x]
    printed_todos = int(printed.stderr.split("conv: ")[1].split(" fact(s)")[0])
    assert len(listed) == announced == printed_todos


@pytest.mark.parametrize("into", [None, "agreements.yaml"])
def test_add_never_writes_into_the_base_installed_with_conv(tmp_path, monkeypatch, into):
    """Without --data or CONV_DATA the base is the one installed inside the package (a
    folder): --add refuses, with or without --into, instead of writing into site-packages
    (lost on upgrade)."""
    from conventions_cli.base import source
    from conventions_cli.drafting.context import add_target
    from conventions_cli.errors import UsageError

    installed = tmp_path / "site-packages" / "conventions_cli" / "data"
    installed.mkdir(parents=True)
    (installed / "agreements.yaml").write_text("agreements: []\n", encoding="utf-8")
    monkeypatch.setattr(source, "is_installed_copy",
                        lambda path: path.resolve() in (installed, installed / "agreements.yaml"))
    with pytest.raises(UsageError, match="part of the installed package"):
        add_target(source.DataFile(installed, "bundled"), into)
    # the same folder named by --data is the curator's choice
    assert add_target(source.DataFile(installed, "--data"), "agreements.yaml") == \
        installed / "agreements.yaml"


def test_every_todo_of_a_batch_is_written_by_add(run, base, tmp_path) -> None:
    """An article of the batch that gave no agreement, or only announces one, leaves a
    TODO that is no entry's: --add writes it too, so that validate lists every TODO the
    draft printed and --add announced."""
    import re

    nothing = tmp_path / "meteo.txt"
    nothing.write_text("Le temps sera ensoleillé demain sur Rabat et sur Salé.\n",
                       encoding="utf-8")
    coming = tmp_path / "annonce.txt"
    coming.write_text("L'Office national de l'électricité et la commune de Taza signeront "
                      "le 20 juin prochain une convention pour l'éclairage public.\n",
                      encoding="utf-8")
    files = [str(ARTICLE), str(nothing), str(coming)]
    printed = run("draft", *files, "--published-on", "2025-03-12", data=base)
    said = int(re.search(r"conv: (\d+) fact\(s\)", printed.stderr).group(1))
    assert said == printed.stdout.count("TODO:")
    assert "still to come" in printed.stdout and "no signed agreement" in printed.stdout
    added = run("draft", *files, "--published-on", "2025-03-12", "--add", data=base)
    assert added.exit_code == 0, added.output
    assert int(re.search(r"conv: (\d+) fact\(s\)", added.stderr).group(1)) == said
    listed = [line for line in run("validate", data=base).output.splitlines()
              if "TODO comment" in line]
    assert len(listed) == said
    assert any("still to come" in line for line in listed)
    assert any("no signed agreement" in line and "meteo.txt" in line for line in listed)
