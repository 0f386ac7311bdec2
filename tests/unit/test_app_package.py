"""The composition root is a package of small parts that never import each other in a circle: the parts
receive the instance they serve (wizard.app.contracts.Instance) and never import wizard.app.instance or
the package itself, not even for type checking."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "wizard" / "app"
PARTS = sorted(path for path in PACKAGE.glob("*.py") if path.name not in ("__init__.py", "instance.py"))


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("path", PARTS, ids=lambda path: path.name)
def test_a_part_never_imports_the_instance_or_the_package(path: Path) -> None:
    imported = _imported(path)
    assert "wizard.app.instance" not in imported
    assert not any(name == "wizard.app" or name.startswith("wizard.app.AppInstance") for name in imported)


def test_the_parts_import_each_other_without_a_circle() -> None:
    modules = {path.stem: path for path in PACKAGE.glob("*.py") if path.name != "__init__.py"}
    edges = {name: {other for other in modules if other != name and (f"wizard.app.{other}" in _imported(path))}
             for name, path in modules.items()}
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        assert name not in trail, " -> ".join((*trail, name))
        if name in done:
            return
        for other in edges[name]:
            visit(other, (*trail, name))
        done.add(name)

    for name in modules:
        visit(name, ())


def test_every_module_of_the_package_is_small() -> None:
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in PACKAGE.glob("*.py")}
    assert max(sizes.values()) <= 400, sizes
