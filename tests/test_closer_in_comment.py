"""A flow mapping whose } a comment swallowed: the message says where the } is, not 'add }'
(it is on the line already)."""

from __future__ import annotations

BASE = """\
schema: 2
organizations: []
agreements:
  - id: a
    funding: {amount: 250000000, currency: MAD%s
    period: {start: 2022, end: 2025}
"""


def test_the_closer_inside_a_comment_is_named(run, write_yaml, here):
    result = run("validate", data=write_yaml(BASE % " # TODO}", "t.yaml"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "t.yaml:5:47: not valid YAML: the { opened at line 5, column 14 is not closed; the } "
        "at column 54 is inside the comment that starts at column 48: put the comment after it")


def test_without_a_closer_the_message_says_to_add_it(run, write_yaml, here):
    for tail in ("", " # TODO"):
        result = run("validate", data=write_yaml(BASE % tail, "t.yaml"))
        assert result.stderr.splitlines()[0] == (
            "t.yaml:5:47: not valid YAML: the { opened at line 5, column 14 is not closed; "
            "add } at the end of this line")
