"""The test suite's own rules: shared helpers in one place, one way to update golden files."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent
SHARED = {"helpers.py", "conftest.py"}


def _imported_test_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("tests.test_"):
                found.append(node.module)
            elif node.module == "tests":
                found += [f"tests.{a.name}" for a in node.names if a.name.startswith("test_")]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("tests.test_")]
    return found


def test_no_test_module_imports_another() -> None:
    """Helpers shared by test modules live in tests/helpers.py (fixtures in conftest.py)."""
    offenders = {
        path.name: imported
        for path in sorted(TESTS.glob("*.py"))
        if (imported := _imported_test_modules(path))
    }
    assert offenders == {}


def test_golden_files_are_written_only_through_update_golden() -> None:
    """`pytest --update-golden` is the one switch; no test reads its own variable."""
    readers = [
        path.name
        for path in sorted(TESTS.glob("*.py"))
        if path.name not in SHARED
        and path != Path(__file__)
        and "UPDATE_GOLDEN" in path.read_text(encoding="utf-8")
    ]
    assert readers == []
