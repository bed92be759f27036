"""The Python examples in the README and in docs/ run as written.

Blocks of one file run in order in one namespace, so a later block may use what an earlier one
defined, as a reader following the page would.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _blocks(page: Path) -> list[str]:
    return _BLOCK.findall(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "page", [p for p in PAGES if _blocks(p)], ids=lambda p: str(p.relative_to(ROOT))
)
def test_examples_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every python block of the page executes without error."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for i, code in enumerate(_blocks(page)):
        exec(compile(code, f"{page.name} block {i}", "exec"), namespace)
    capsys.readouterr()


def test_readme_has_an_example() -> None:
    """The README keeps a runnable usage example."""
    assert _blocks(ROOT / "README.md")
