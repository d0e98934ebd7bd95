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


# The layers, top down: a module imports only from its own folder or from a lower layer.
# query and drafting share a level and never import each other.
LAYERS = {"cli": 5, "out": 4, "query": 3, "drafting": 3, "db": 2, "base": 1}


def layer(module: str) -> tuple[str, int]:
    folder = module.split(".")[0]
    return (folder, LAYERS[folder]) if folder in LAYERS else ("top", 0)


def test_imports_run_down_the_layers() -> None:
    upward = []
    for module, targets in sorted(imports().items()):
        if module == "__main__":  # `python -m conventions_cli`: the entry, above every layer
            continue
        here, rank = layer(module)
        for target in sorted(targets):
            there, other = layer(target)
            if there != here and (other > rank or (other == rank and rank)):
                upward.append(f"{module} -> {target}")
    assert not upward, "imports that run up or across the layers: " + ", ".join(upward)


def test_every_module_lives_in_a_layer_folder() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "errors.py", "files.py", "text.py"]


def test_no_module_is_over_500_lines() -> None:
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long, long


def test_the_declarations_stay_light() -> None:
    """interface, filters, tables, layout and formats are read by the fast path on every
    call."""
    graph = imports()
    for light in ("cli.interface", "query.filters", "db.tables", "db.layout", "out.formats"):
        text = (PACKAGE / (light.replace(".", "/") + ".py")).read_text(encoding="utf-8")
        for heavy in ("typer", "yaml", "sqlite_utils", "rich"):
            assert f"import {heavy}" not in text and f"from {heavy}" not in text, (light,
                                                                                    heavy)
        assert "cli.app" not in graph[light]


def _string_tuples(path: Path) -> list[tuple[int, tuple[str, ...]]]:
    """Every tuple, list or set literal of two or more strings in ``path``, with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) >= 2 and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            found.append((node.lineno, tuple(e.value for e in node.elts)))  # type: ignore
    return found


def test_format_names_are_declared_once() -> None:
    """The --format choices live in out/formats.py alone: a list of three or more format
    names anywhere else is a second declaration that can drift from the first."""
    owner = PACKAGE / "out" / "formats.py"
    names = {name for _, values in _string_tuples(owner) for name in values}
    assert {"table", "csv", "datapackage", "gexf", "svg"} <= names
    copies = [f"{path.relative_to(PACKAGE)}:{line} {values}"
              for path in sorted(PACKAGE.rglob("*.py")) if path != owner
              for line, values in _string_tuples(path)
              if len(values) >= 3 and set(values) <= names]
    assert not copies, "format names declared outside out/formats.py: " + "; ".join(copies)


def test_did_you_mean_is_computed_in_one_place() -> None:
    """text.nearest is the one "did you mean": another difflib lookup would offer other
    suggestions (another cut-off) for the same mistake."""
    users = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                   if "difflib" in p.read_text(encoding="utf-8"))
    assert users == ["text.py"], users


def test_column_lists_formats_and_groups_are_declared_once() -> None:
    """A list of columns, formats or groups is assigned in one module, the lowest that owns
    it (the query that makes the rows, out/formats.py, the table declaration), never in
    cli/, which only reads them; and never under a second name."""
    suffixes = ("_COLUMNS", "_FORMATS", "_GROUPS")
    owners: dict[str, list[str]] = {}
    aliases = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = str(path.relative_to(PACKAGE))
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            for target in targets:
                if isinstance(target, ast.Name) and target.id.endswith(suffixes):
                    owners.setdefault(target.id, []).append(module)
                    if isinstance(value, ast.Name):
                        aliases.append(f"{module}: {target.id} = {value.id}")
    twice = {name: where for name, where in owners.items() if len(where) > 1}
    in_cli = {name: where for name, where in owners.items()
              if any(m.startswith("cli/") for m in where)}
    assert not twice and not in_cli and not aliases, (twice, in_cli, aliases)
