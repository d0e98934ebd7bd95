"""The package's shape: no import cycles, and nothing heavy imported where start-up counts."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "conventions_cli"


def imports() -> dict[str, set[str]]:
    """Module -> the package modules it imports anywhere (top level or inside functions)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                base = name.split(".")[:-node.level] if "." in name or node.level > 1 else []
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
                if node.module is None:
                    found.update(".".join([*base, alias.name]) for alias in node.names)
                elif target:
                    found.add(target)
        graph[name] = {t for t in found if t != name}
    return graph


def test_no_import_cycles() -> None:
    graph = imports()
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in graph:
                continue
            assert state.get(nxt) != 1, f"import cycle: {' -> '.join([*path, nxt])}"
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


def test_the_declarations_stay_light() -> None:
    """interface, filters, tables and layout are read by the fast path on every call."""
    graph = imports()
    for light in ("interface", "filters", "tables", "layout"):
        text = (PACKAGE / f"{light}.py").read_text(encoding="utf-8")
        for heavy in ("typer", "yaml", "sqlite_utils", "rich"):
            assert f"import {heavy}" not in text and f"from {heavy}" not in text, (light,
                                                                                    heavy)
        assert "cli" not in graph[light]
