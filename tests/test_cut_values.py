"""A value a comment cuts short (`title: Programme #2`): validate calls it a problem, and
every read command, which answers with the cut value, says so on stderr where it stands."""

from __future__ import annotations

import pytest

CUT = """\
schema: 2
organizations:
  - {id: mic, name: Ministère de l'Industrie, kind: ministry}  #TODO check the name
agreements:
  - id: plan-2024
    title: Plan textile #Maroc2030 pour la filière
    type: accord
    signed_on: 2024-01
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Le Matin, published_on: 2024-01-15}]
"""
WARNING = ("conv: warning: cut.yaml:6:25: '#Maroc2030' starts a comment (a '#' after a "
           "space), so the value before it is cut there; quote the value if '#Maroc2030' "
           "is part of it, or write '# ' if it is a comment; until then conv answers with "
           "the value cut")


@pytest.mark.parametrize("command", [
    ("show", "plan-2024"), ("list",), ("list", "--format", "json"), ("export",),
    ("stats", "--by", "year"), ("search", "textile"), ("--quiet", "list"),
])
def test_every_read_command_says_the_value_is_cut(run, write_yaml, here, command):
    data = write_yaml(CUT, "cut.yaml")
    result = run(*command, data=data)
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines()
            if "warning" in line] == [WARNING]


def test_show_answers_with_the_cut_value_and_a_quoted_one_is_whole(run, write_yaml, here):
    data = write_yaml(CUT, "cut.yaml")
    assert run("show", "plan-2024", data=data).stdout.splitlines()[0].endswith(
        "Plan textile")
    whole = write_yaml(CUT.replace("title: Plan textile #Maroc2030 pour la filière",
                                   'title: "Plan textile #Maroc2030 pour la filière"'),
                       "cut.yaml")
    result = run("show", "plan-2024", data=whole)
    assert "warning" not in result.stderr
    assert result.stdout.splitlines()[0].endswith("Plan textile #Maroc2030 pour la filière")


def test_a_todo_after_a_closed_flow_mapping_cuts_nothing(run, write_yaml, here):
    """The mapping closed before the comment: only the TODO is a problem."""
    data = write_yaml(CUT.replace("#Maroc2030 ", ""), "cut.yaml")
    result = run("validate", data=data)
    lines = result.stderr.splitlines()
    assert lines[0].startswith("cut.yaml:3:64: TODO comment: check the name;")
    assert not any("starts a comment" in line for line in lines)
    assert lines[-1] == "conv: 1 problem(s) in cut.yaml"
    listed = run("--data", str(data), "-q", "sql", "select sectors from agreements")
    assert "warning" not in listed.stderr


@pytest.mark.parametrize("line", [
    "  - {id: fcp, name: Fédération, kind: federation}  #TODO",
    "    sectors: [textile, export]  #x",
    "    sources: [{publisher: P, published_on: 2024-01-15}]  #TODO",
])
def test_closed_flow_collections_before_a_comment(line):
    from conventions_cli.base.cuts import cuts_in

    assert cuts_in(("schema: 2\n" + line + "\n").encode(), "x.yaml") == []
    opened = line.replace("}  #", " #").replace("]  #", " #")
    assert len(cuts_in(("schema: 2\n" + opened + "\n").encode(), "x.yaml")) == 1
