"""The shape of the code, checked on every run: no module in app/ over 400 lines, no function over 50, no two
modules that import each other (directly or round a longer loop, imports inside functions included), and commits
only where transactions begin and end (services never commit).

Run alone with `.venv/bin/python -m pytest tests/test_architecture.py -q`; each failure names the offenders.
"""
from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50
# Where a transaction begins and ends: the unit of work, the request wrapper, the scheduler's job runner and its
# lock's own connection, and the demo seed command. Nowhere else may call commit().
COMMITTING_MODULES = {"app.db", "app.transactions", "app.scheduler", "app.seed"}


def _modules() -> dict[str, Path]:
    modules = {}
    for path in APP.rglob("*.py"):
        parts = path.relative_to(APP.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


MODULES = _modules()
TREES = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


def _imports(name: str, tree: ast.AST) -> set[str]:
    """The app modules `name` imports anywhere in it (`from app import clock` imports app.clock, not app)."""
    found = set()
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in MODULES else base)
    return {module for module in found if module in MODULES and module != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_is_over_400_lines():
    long = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert not {name: n for name, n in long.items() if n > MAX_MODULE_LINES}


def test_no_function_is_over_50_lines():
    long = [f"{name}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for name, tree in TREES.items() for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long


def test_no_two_modules_import_each_other():
    graph = {name: _imports(name, tree) for name, tree in TREES.items()}
    assert not _cycles(graph)


def test_the_cycle_check_sees_imports_inside_functions():
    graph = {"a": {"b"}, "b": set()}
    tree = ast.parse("def f():\n    from app import clock\n")
    assert _imports("app.orders.flows", tree) == {"app.clock"}
    assert _cycles({**graph, "b": {"a"}}) == [["a", "b"]] and _cycles(graph) == []


def test_only_boundaries_commit():
    commits = [f"{name}:{node.lineno}" for name, tree in TREES.items() if name not in COMMITTING_MODULES
               for node in ast.walk(tree)
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "commit"]
    assert not commits
