"""The README's `conv draft` example is what conv prints for that fixture article."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).parent.parent


def readme_example() -> tuple[list[str], str]:
    """(argv after `conv`, the lines shown after it) of the README's draft console block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Drafting from an article", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```console\n\$ conv (draft [^\n]+)\n(.*?)```", section, re.S)
    assert block, "the README's drafting section has no `$ conv draft` console example"
    return shlex.split(block.group(1)), block.group(2)


def test_the_readme_draft_example_is_what_conv_prints(run, monkeypatch) -> None:
    argv, shown = readme_example()
    monkeypatch.chdir(ROOT)
    assert Path(argv[1]).parent == Path("tests/fixtures/articles")
    result = run(*argv)  # the bundled knowledge base, as a reader's first try
    assert result.exit_code == 0, result.output
    assert result.stdout + result.stderr == shown
