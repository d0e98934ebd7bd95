"""Every `$ conv …` example of the README prints what the README shows (tests/readme.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readme import README, Outcome, parse, run

EXAMPLES = [step.example for step in parse(README.read_text(encoding="utf-8")).steps
            if step.example is not None]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Outcome]:
    scratch: Path = tmp_path_factory.mktemp("readme")
    found = run(parse(README.read_text(encoding="utf-8")), scratch)
    return {outcome.example.line: outcome for outcome in found}


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 20
    assert sum(e.command.startswith("conv ") for e in EXAMPLES) >= 15


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"line {e.line}")
def test_readme_example_prints_what_the_readme_shows(example, outcomes) -> None:
    outcome = outcomes[example.line]
    if outcome.actual is None:
        pytest.skip(f"$ {example.command}: {outcome.reason}")
    assert outcome.ok, (
        f"README.md:{example.line}: $ {example.command}\n"
        "(python tests/readme.py --update rewrites the README's outputs)")


def test_the_layout_table_names_every_module() -> None:
    text = README.read_text(encoding="utf-8")
    layout = text[text.index("Layout of `src/conventions_cli/`"):]
    package = README.parent / "src" / "conventions_cli"
    folders = {p.name for p in package.iterdir() if (p / "__init__.py").exists()}
    modules = {p.name for p in package.glob("*.py") if not p.name.startswith("__")}
    modules |= {f"{p.parent.name}/{p.name}" for f in folders - {"drafting"}
                for p in (package / f).glob("*.py") if not p.name.startswith("__")}
    missing = sorted(m for m in modules if f"`{m.rsplit('/', 1)[-1]}`" not in layout)
    missing += sorted(f for f in folders if f"`{f}/`" not in layout)
    assert not missing, f"README's layout table does not name: {missing}"


def test_headings_are_unique_and_the_contents_list_them() -> None:
    text = README.read_text(encoding="utf-8")
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert len(headings) == len(set(headings))
    for heading in headings:
        if heading != "Contents":
            anchor = heading.lower().replace(" ", "-")
            assert f"(#{anchor})" in text, heading
