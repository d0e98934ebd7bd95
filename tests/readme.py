"""The README's examples, run as a user would: each `$ command` of a ```console block is run
with bash in one scratch folder (in README order, so files made by one example are there for
the next), its stdout and stderr compared with the lines shown under it.

A fenced block right after `<!-- write: NAME -->` is written to the scratch folder as NAME
first (a broken knowledge base, an article to draft). Commands whose program is missing on
this machine (jq, say) are reported as skipped.

    python tests/readme.py           # check, print the differences
    python tests/readme.py --update  # rewrite the README's outputs from what conv prints
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^(```+)(\w*)\s*$")
WRITE = re.compile(r"^<!-- write: (\S+) -->$")
ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")


@dataclass
class Example:
    command: str
    expected: list[str]
    line: int                      # 1-based line of the command in the README
    output_lines: tuple[int, int]  # README lines (0-based, end excluded) of its output


@dataclass
class Step:
    example: Example | None = None
    write: tuple[str, str] | None = None  # (name, content)


@dataclass
class Readme:
    lines: list[str]
    steps: list[Step] = field(default_factory=list)


def parse(text: str) -> Readme:
    lines = text.split("\n")
    readme = Readme(lines)
    index = 0
    pending_write: str | None = None
    while index < len(lines):
        marker = WRITE.match(lines[index])
        if marker:
            pending_write = marker.group(1)
            index += 1
            continue
        fence = FENCE.match(lines[index])
        if not fence:
            if lines[index].strip():
                pending_write = None
            index += 1
            continue
        end = next(i for i in range(index + 1, len(lines)) if lines[i] == fence.group(1))
        body = lines[index + 1:end]
        if pending_write is not None:
            readme.steps.append(Step(write=(pending_write, "\n".join(body) + "\n")))
            pending_write = None
        elif fence.group(2) == "console":
            _examples(readme, body, index + 1)
        index = end + 1
    return readme


def _examples(readme: Readme, body: list[str], first: int) -> None:
    at = 0
    while at < len(body):
        if not body[at].startswith("$ "):
            raise ValueError(f"README.md:{first + at + 1}: console text outside an example")
        command = body[at][2:]
        start = at + 1
        end = start
        while end < len(body) and not body[end].startswith("$ "):
            end += 1
        readme.steps.append(Step(example=Example(
            command, body[start:end], first + at + 1, (first + start, first + end))))
        at = end


def programs(command: str) -> set[str]:
    """The programs a command line runs (first word of each pipeline stage)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    found, stage_start = set(), True
    for token in lexer:
        if token in ("|", "||", "&&", ";", "&", "(", ")"):
            stage_start = True
        elif stage_start and not ASSIGNMENT.match(token) and not token.startswith((">", "<")):
            found.add(token)
            stage_start = False
    return found


def environment(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("CONV_DATA", "NO_COLOR", "XDG_CACHE_HOME", "COLUMNS", "LINES")}
    env.update(XDG_CACHE_HOME=str(scratch / ".cache"), HOME=str(scratch), LC_ALL="C.UTF-8",
               TERM="dumb")
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


@dataclass
class Outcome:
    example: Example
    actual: list[str] | None  # None: skipped
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.actual is None or self.actual == [x.rstrip() for x in self.example.expected]


def run(readme: Readme, scratch: Path) -> list[Outcome]:
    env = environment(scratch)
    outcomes = []
    for step in readme.steps:
        if step.write is not None:
            name, content = step.write
            (scratch / name).parent.mkdir(parents=True, exist_ok=True)
            (scratch / name).parent.mkdir(parents=True, exist_ok=True)
            (scratch / name).write_text(content, encoding="utf-8")
            continue
        example = step.example
        assert example is not None
        missing = sorted(p for p in programs(example.command)
                         if p not in ("cd", "export") and shutil.which(p, path=env["PATH"])
                         is None)
        if missing:
            outcomes.append(Outcome(example, None, f"not installed: {', '.join(missing)}"))
            continue
        done = subprocess.run(["bash", "-o", "pipefail", "-c", example.command], cwd=scratch,
                              env=env, capture_output=True, text=True, errors="replace",
                              timeout=300)
        output = (done.stdout + done.stderr).rstrip("\n")
        # Trailing blanks (empty tsv cells at the end of a line) are not compared:
        # editors strip them from the README.
        outcomes.append(Outcome(example, [line.rstrip() for line in output.split("\n")]
                                if output else []))
    return outcomes


def update(readme: Readme, outcomes: list[Outcome]) -> str:
    lines = list(readme.lines)
    for outcome in sorted(outcomes, key=lambda o: -o.example.line):
        if outcome.actual is not None:
            start, end = outcome.example.output_lines
            lines[start:end] = outcome.actual
    return "\n".join(lines)


def main() -> int:
    readme = parse(README.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        outcomes = run(readme, Path(folder))
    if "--update" in sys.argv:
        README.write_text(update(readme, outcomes), encoding="utf-8")
    failed = 0
    for outcome in outcomes:
        if outcome.actual is None:
            print(f"README.md:{outcome.example.line}: skipped ({outcome.reason})")
        elif not outcome.ok:
            failed += 1
            print(f"README.md:{outcome.example.line}: $ {outcome.example.command}")
            for line in outcome.example.expected:
                print(f"  - {line}")
            for line in outcome.actual:
                print(f"  + {line}")
    print(f"{len(outcomes)} examples, {failed} differ")
    return 1 if failed and "--update" not in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
