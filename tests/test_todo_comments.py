"""Where a line's comment starts, as conv finds it (base/todos.py), is where the YAML reader
(libyaml) finds it, whatever the quotes and apostrophes in the value; so every TODO a draft
prints is one validate lists, and no text of a value is taken for a TODO."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conventions_cli.base.todos import comment_start, todos_in_line

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_comment_start(line: str) -> int | None:
    """The comment's column by the YAML reader: the first '#' after a blank, or right at
    the end of the last token it reads on the line ("'x'#…": the reader skips to the next
    token and finds a comment there), that follows that end (None: the line is not YAML)."""
    try:
        yaml.load(line, Loader=Loader)
        tokens = list(yaml.scan(line, Loader=Loader))
    except yaml.YAMLError:
        return None
    end = max((t.end_mark.index for t in tokens if t.start_mark.line == 0
               and not isinstance(t, (yaml.StreamEndToken, yaml.BlockEndToken))), default=0)
    block = next((t for t in tokens if getattr(t, "style", "") in ("|", ">")), None)
    if block is not None:  # a block scalar's header: a comment may follow it unspaced
        index = block.start_mark.index + 1
        while index < len(line) and line[index] in "+-0123456789 \t":
            index += 1
        return index if line[index:index + 1] == "#" else -1
    for index in range(end, len(line)):
        if line[index] == "#" and (index == 0 or index == end or line[index - 1] in " \t"):
            return index
    return -1


# Values a curator or an article gives: names with apostrophes after - , : [ { ?, quotes
# opening and closing anywhere, '#' glued or not.
value = st.lists(st.sampled_from(list("ab -,:[]{}?'\"#&!*|>")) | st.sampled_from(
    ["Al-'Amal", "l'ONEE", "Maroc-'BAD", "Rabat, 'Souissi", "'x'", '"y"', "'it''s'",
     ' "a # b" ', "Dar Al-'Ilm", "[Nord]", "{Atlas}"]), min_size=1, max_size=12).map("".join)
SHAPES = ["title: {v}  # TODO: review title", "  - {v}  # TODO: check",
          "    - {{org: {v}, role: partner}}  # from: \"x\"; TODO: check",
          "    place: {v} # TODO: check the place", "- [{v}, {v}]  # TODO: two",
          "{v}: x  # TODO: key", "? {v}  # TODO: complex key"]


@settings(max_examples=2000, deadline=None)
@given(value, st.sampled_from(SHAPES))
def test_the_comment_starts_where_the_yaml_reader_says(text: str, shape: str) -> None:
    line = shape.format(v=text)
    expected = yaml_comment_start(line)
    if expected is None:  # not valid YAML: no reader to agree with
        return
    assert comment_start(line) == (None if expected < 0 else expected), line


@pytest.mark.parametrize("line", [
    "    title: Convention de partenariat avec Association Al-'Amal  # TODO: review title",
    "    title: Accord Maroc-'BAD  # TODO: review title",
    "    place: Rabat, 'Souissi  # TODO: check the place",
    "    title: Dar Al-'Ilm, un cadre [x] {y} ?'z  # TODO: review title",
    "    title: \"Accord 'x' # pas un commentaire\"  # TODO: review title",
    "    title: 'x'#: \"a # b\"   # TODO: review title"])
def test_an_apostrophe_inside_a_plain_value_keeps_its_todo(line: str) -> None:
    assert [what for _, what in todos_in_line(line)] == [line.split("TODO: ")[-1]]
    assert yaml.load(line.strip(), Loader=Loader) is not None


def test_text_inside_a_block_scalar_is_no_todo(run, write_yaml) -> None:
    base = write_yaml("""\
        schema: 2
        organizations:
          - {id: atlas, name: Atlas, kind: company}
        agreements:
          - id: a-2026
            title: Accord Maroc-'BAD  # TODO: review title
            type: other
            signed_on: 2026-01-01
            summary: |  # TODO: shorter
              Prêt pour l'irrigation # TODO rédiger mieux
              # TODO: part of the summary too
            place: Rabat, 'Souissi  # TODO: check the place
            parties: [{org: atlas, role: partner}]
            sources: [{publisher: X, published_on: 2026-01-02}]
        """)
    lines = run("validate", data=base).output.splitlines()
    assert [line.split(":")[1] for line in lines if "TODO comment" in line] == ["6", "9", "12"]
