"""The README's `conv draft` example drafts a fixture article, and shows what conv prints.

tests/readme.py runs every console example of the README; this test also ties the article
the drafting example writes to the fixture it names, so the two cannot drift apart.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def drafting_example() -> tuple[str, str, list[str], str]:
    """(file name, its text, argv after `conv`, the lines shown) of the drafting section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Drafting from an article", 1)[1].split("\n## ", 1)[0]
    written = re.search(r"<!-- write: (\S+) -->\n```text\n(.*?)```", section, re.S)
    shown = re.search(r"```console\n\$ conv (draft [^\n]+)\n(.*?)```", section, re.S)
    assert written and shown, "the drafting section lost its article or its example"
    return written.group(1), written.group(2), shlex.split(shown.group(1)), shown.group(2)


def test_the_readme_drafts_a_fixture_article_and_shows_what_conv_prints(run) -> None:
    name, text, argv, shown = drafting_example()
    fixture = FIXTURES / name
    assert fixture.read_text(encoding="utf-8") == text
    assert argv[1] == name
    result = run(*argv[:1], str(fixture), *argv[2:])  # the bundled knowledge base
    assert result.exit_code == 0, result.output
    assert result.stdout + result.stderr == shown
