"""What curators get wrong, and what their tools leave beside the base: each said in one
located line that points at the mistake (a quote left open: where it opens, not at the
end of the file where the parser ran out), and nothing a curator did not write stops them."""

from __future__ import annotations

import os

import pytest

HEAD = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", kind: ministry}
agreements:
"""

AGREEMENT = """\
  - id: plan-{n}
    title: Plan {n}
    type: accord
    signed_on: 2024-01-0{n}
    parties: [{{org: mic, role: signatory}}]
    sources: [{{publisher: Le Matin, published_on: 2024-01-0{n}}}]
"""


def base_text(broken: str, replacement: str) -> str:
    text = HEAD + "".join(AGREEMENT.format(n=n) for n in range(1, 5))
    assert broken in text
    return text.replace(broken, replacement, 1)


@pytest.mark.parametrize(("broken", "replacement", "where", "char"), [
    ("title: Plan 2", 'title: "Plan 2', "12:12", '"'),          # a block value
    ("title: Plan 4", 'title: "Plan 4', "24:12", '"'),          # the last agreement
    ('name: "Ministère', 'name: "Ministère', None, None),     # control: valid
    ("title: Plan 1", "title: 'Plan 1", "6:12", "'"),
])
def test_an_unclosed_quote_is_located_where_it_opens(run, write_yaml, broken, replacement,
                                                      where, char):
    path = write_yaml(base_text(broken, replacement))
    before = path.read_bytes()
    result = run("validate", data=path)
    if where is None:
        assert result.exit_code == 0, result.stderr
        return
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and len(lines) == 3, lines
    assert lines[2].startswith("conv: note: not checked: "), lines  # what follows the quote
    assert lines[0].split(": ", 1)[0].endswith(f"agreements.yaml:{where}"), lines[0]
    assert f"the {char} that starts this value is not closed" in lines[0]
    assert "Traceback" not in result.output and path.read_bytes() == before
    # every other command refuses the base the same way
    listed = run("list", data=path)
    assert listed.exit_code == 1 and lines[0] in listed.stderr


def test_an_unclosed_quote_in_a_flow_mapping_is_located_too(run, write_yaml):
    path = write_yaml(base_text("title: Plan 3", "title: Plan 3").replace(
        "name: \"Ministère de l'Industrie et du Commerce\"",
        "name: \"Ministère de l'Industrie et du Commerce"))
    lines = run("validate", data=path).stderr.splitlines()
    assert lines[0].split(": ", 1)[0].endswith("agreements.yaml:3:21"), lines


def test_a_bad_escape_inside_a_quoted_value_stays_where_the_parser_says(run, write_yaml):
    path = write_yaml(base_text("title: Plan 2", 'title: "Plan\n      \\q 2"'))
    lines = run("validate", data=path).stderr.splitlines()
    assert lines[0].split(": ", 1)[0].endswith("agreements.yaml:13:7"), lines
    assert "not closed" not in lines[0]


@pytest.mark.parametrize(("field", "line"), [
    ("funding: {amount: 9999999999999999999, currency: MAD}", "funding.amount"),
    ("jobs: {direct: 9999999999999999999, by: 2029}", "jobs.direct"),
])
def test_a_number_too_large_asks_for_the_digits_not_another_unit(run, write_yaml, field,
                                                                   line):
    # "write the amount in a larger currency unit" was said of jobs too, and an amount
    # has no other unit to be written in: the fix is the digits
    path = write_yaml(base_text("    type: accord\n", f"    type: accord\n    {field}\n"))
    first = run("validate", data=path).stderr.splitlines()[0]
    assert f"{line} '9999999999999999999' is too large" in first
    assert first.endswith("check for extra digits") and "unit" not in first


def test_a_folder_base_leaves_editor_and_system_files_alone(run, tmp_path):
    # Emacs locks a file being edited with a link to nothing (.#NAME), macOS writes binary
    # metadata beside every file on a shared or USB disk (._NAME): either stopped every
    # command while the curator worked
    team = tmp_path / "team"
    team.mkdir()
    (team / "2024.yaml").write_text(base_text("title: Plan 1", "title: Plan 1"),
                                    encoding="utf-8")
    (team / "._2024.yaml").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    (team / ".#2024.yaml").symlink_to("curator@machine.4242:1700000000")
    result = run("validate", data=team)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: 4 agreements")
    listed = run("list", "--format", "tsv", data=team)
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == 5
    # a file of the base that is a link to nothing is still said
    (team / "2025.yaml").symlink_to("gone.yaml")
    assert run("list", data=team).exit_code == 1


def test_a_pipe_named_like_a_file_of_a_folder_base_is_said_not_skipped(run, tmp_path):
    # it was left out without a word, or, alone, made the folder "have no YAML file"
    team = tmp_path / "team"
    team.mkdir()
    os.mkfifo(team / "2025.yaml")
    alone = run("validate", data=team)
    assert alone.exit_code == 1
    assert alone.stderr.splitlines() == [
        f"conv: error: {team / '2025.yaml'}: not a regular file (a device, a pipe or a "
        "socket), so conv cannot read it as part of the base; move it out of the folder or "
        "rename it"]
    (team / "2024.yaml").write_text(base_text("title: Plan 1", "title: Plan 1"),
                                    encoding="utf-8")
    beside = run("list", data=team)
    assert beside.exit_code == 1 and "2025.yaml: not a regular file" in beside.stderr
    # a subfolder, even named like a file, is not part of the base
    os.remove(team / "2025.yaml")
    (team / "old.yaml").mkdir()
    assert run("validate", data=team).exit_code == 0


@pytest.mark.parametrize(("written", "meant"), [
    ("    signed-on:", "signed_on"), ("    titre:", "title"), ("    sector:", "sectors")])
def test_a_misspelt_key_names_the_key_meant(run, write_yaml, written, meant):
    path = write_yaml(base_text("    title: Plan 2\n", f"    title: Plan 2\n{written} x\n"))
    first = run("validate", data=path).stderr.splitlines()[0]
    assert f"unknown key '{written.strip()[:-1]}' (did you mean '{meant}'?); expected one " \
           "of: id, title," in first


def test_a_key_far_from_every_other_gets_no_guess(run, write_yaml):
    path = write_yaml(base_text("    title: Plan 2\n", "    title: Plan 2\n    stop: x\n"))
    first = run("validate", data=path).stderr.splitlines()[0]
    assert "unknown key 'stop'; expected one of:" in first


@pytest.mark.parametrize(("field", "written", "meant"), [
    ("type", "convention cadre", "convention-cadre"),
    ("type", "mémorandum", "memorandum"),
    ("status", "in force", "in-force")])
def test_a_value_out_of_its_list_names_the_value_meant(run, write_yaml, field, written,
                                                       meant):
    before = "    title: Plan 2\n    type: accord\n"
    after = (f"    title: Plan 2\n    type: {written}\n" if field == "type" else
             f"{before}    {field}: {written}\n")
    path = write_yaml(base_text(before, after))
    first = run("validate", data=path).stderr.splitlines()[0]
    assert f"{field} '{written}' is not one of: " in first
    assert first.endswith(f"; did you mean '{meant}'?")


def test_a_value_far_from_the_list_gets_no_guess(run, write_yaml):
    path = write_yaml(base_text("    title: Plan 2\n    type: accord\n",
                                "    title: Plan 2\n    type: jumelage\n"))
    first = run("validate", data=path).stderr.splitlines()[0]
    assert first.endswith("avenant, other")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_said_to_be_utf16(run, tmp_path, encoding):
    # Notepad's "Unicode" was a bad byte 0xFF at 1:1, or (without its mark) a bad byte
    # somewhere on line 6: the fix is the same, and the file says what it is
    path = tmp_path / "base.yaml"
    path.write_bytes(base_text("title: Plan 1", "title: Plan 1").encode(encoding))
    before = path.read_bytes()
    result = run("validate", data=path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"{path}:1:1: the file is UTF-16 text, not UTF-8; save it as UTF-8 (in Notepad: "
        "Save as, Encoding: UTF-8)")
    assert path.read_bytes() == before


def test_a_nul_at_the_start_is_a_control_character_not_utf16(run, tmp_path):
    path = tmp_path / "base.yaml"
    path.write_bytes(b"\x00" + base_text("title: Plan 1", "title: Plan 1").encode())
    first = run("validate", data=path).stderr.splitlines()[0]
    assert "UTF-16" not in first and "U+0000" in first


def test_a_quote_closed_by_an_apostrophe_further_down_is_pointed_at(run, write_yaml):
    # title: 'Plan 1 ... runs on until "L'Economiste" closes it; the parser fails there,
    # twenty lines below the mistake, and the line now names where the quote opened
    text = base_text("title: Plan 1", "title: 'Plan 1").replace(
        "{publisher: Le Matin, published_on: 2024-01-03}",
        "{publisher: L'Economiste, published_on: 2024-01-03}")
    path = write_yaml(text)
    first = run("validate", data=path).stderr.splitlines()[0]
    assert "the ' at line 6, column 12 may not be closed" in first, first


def test_a_value_over_several_lines_gets_no_such_guess(run, write_yaml):
    path = write_yaml(base_text("title: Plan 2", 'title: "Plan\n      \\q 2"'))
    first = run("validate", data=path).stderr.splitlines()[0]
    assert "may not be closed" not in first


@pytest.mark.parametrize(("broken", "replacement", "where"), [
    ("signed_on: 2024-01-02", "signed_on: 0202-01-02", "14:16"),   # a digit left out
    ("signed_on: 2024-01-03", "signed_on: 2204-01-03/2204-02", "20:16"),
    ("published_on: 2024-01-04}]", "published_on: 1024-01-04}]", "28:51"),
    ("type: accord\n    signed_on: 2024-01-01",
     "type: accord\n    period: {start: 2024, end: 2402}\n    signed_on: 2024-01-01", "8:32"),
])
def test_a_year_no_report_can_give_is_a_slip_of_the_keyboard(run, write_yaml, broken,
                                                              replacement, where):
    path = write_yaml(base_text(broken, replacement))
    result = run("validate", data=path)
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and len(lines) == 2, lines
    assert lines[0].split(": ", 1)[0].endswith(f"agreements.yaml:{where}"), lines[0]
    assert "outside 1900-2100" in lines[0]


@pytest.mark.parametrize(("broken", "replacement", "where"), [
    ("title: Plan 2", "title: Programme Maroc #2 de la filière", "12:28"),
    ("title: Plan 3", "title: Plan 3\t#3", "18:19"),
    ("title: Plan 1", "title: L'usine #1", "6:20"),           # an apostrophe opens no quote
    # silent: a comment after a space, a quoted value, a key alone, a block scalar
    ("title: Plan 1", "title: Plan 1  # a note, not #2", None),
    ("title: Plan 1", 'title: "Programme #2"', None),
    ("title: Plan 1", "title: Plan 1\n    funding:  #none yet", None),
    ("title: Plan 1", "title: Plan 1\n    summary: |\n      Lot #2 suit.\n        le #3 aussi",
     None),
    ("title: Plan 1", "title: Plan 1\n    # a comment line #2", None),
])
def test_a_comment_glued_to_a_word_after_a_value_is_a_located_problem(
        run, write_yaml, broken, replacement, where):
    """YAML stores "title: Programme Maroc #2 de la filière" as "Programme Maroc": the rest
    is a comment. validate says where, since it is most likely part of the value."""
    path = write_yaml(base_text(broken, replacement))
    result = run("validate", data=path)
    if where is None:
        assert result.exit_code == 0, result.stderr
        return
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and len(lines) == 2, lines
    assert lines[0].split(": ", 1)[0].endswith(f"agreements.yaml:{where}"), lines[0]
    word = replacement.split("#")[1].split()[0]
    assert f"'#{word}' starts a comment" in lines[0]


def test_a_todo_comment_stays_a_todo_only(run, write_yaml):
    path = write_yaml(base_text("title: Plan 1", "title: Plan 1  # TODO: check it"))
    lines = run("validate", data=path).stderr.splitlines()
    assert len(lines) == 2 and "TODO comment: check it" in lines[0], lines


def test_a_duplicate_key_above_a_syntax_error_is_said_with_it(run, write_yaml):
    # The note says only the lines from the broken agreement on went unchecked: a duplicate
    # key above them (in the organizations, in an agreement written whole) was dropped.
    path = write_yaml("""\
        schema: 2
        organizations:
          - {id: mic, name: Ministère, kind: ministry, kind: state}
        agreements:
          - id: a-2025
            title: T
            title: U
            type: accord
            parties: [{org: mic, role: signatory}]
            sources: [{publisher: X, published_on: 2025-06-21}]
          - id: b-2025
            title: T
            type: accord
            place: 'Rabat
            parties: [{org: mic, role: signatory}]
            sources: [{publisher: X, published_on: 2025-06-21}]
        """)
    result = run("validate", data=path)
    lines = [line.split("agreements.yaml:", 1)[-1] for line in result.stderr.splitlines()]
    assert result.exit_code == 1
    assert [line.split(": ", 1)[0] for line in lines[:3]] == ["3:48", "7:5", "14:12"], lines
    assert "duplicate key 'kind'" in lines[0] and "duplicate key 'title'" in lines[1]
    assert "not closed" in lines[2] and "conv: 3 problem(s)" in lines[3]
    assert "from line 11 on" in lines[4]
