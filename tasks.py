#!/usr/bin/env python3
"""The project's two commands, runnable on a fresh machine with only Python 3 and pip.

    python3 tasks.py demo   # install the library and run it on the bundled sample data
    python3 tasks.py test   # install the test tools and run every check

Both create (or reuse) a virtual environment in ``.venv`` so nothing is installed into the
system Python. ``test`` runs pytest (unit, property and doc tests, the docs' examples and the
example notebook), mypy --strict, ruff check, ruff format --check and the documentation build
(mkdocs --strict), runs them all even when one fails, and exits non-zero if any failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*args: str | Path) -> int:
    print("$", " ".join(str(a) for a in args), flush=True)
    return subprocess.call([str(a) for a in args], cwd=ROOT)


def _ensure_venv() -> None:
    if PYTHON.exists():
        return
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (OSError, subprocess.CalledProcessError):
        # Debian's python3 without python3-venv has no ensurepip: make a bare environment and
        # let the outer pip install into it.
        venv.EnvBuilder(with_pip=False, clear=True).create(VENV)


def _pip_install(*requirements: str) -> None:
    has_pip = subprocess.call(
        [str(PYTHON), "-m", "pip", "--version"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pip: list[str | Path] = [PYTHON, "-m", "pip"]
    if has_pip != 0:
        pip = [sys.executable, "-m", "pip", "--python", PYTHON]
    code = _run(*pip, "install", "--quiet", "--disable-pip-version-check", *requirements)
    if code:
        sys.exit(f"tasks.py: installing {' '.join(requirements)} failed (exit {code})")


def demo() -> int:
    """Install the library and moderate the bundled sample comments."""
    _ensure_venv()
    _pip_install("-e", ".")
    return _run(BIN / "kitami-policy", "demo")


def test() -> int:
    """Install the test extras and run every check; non-zero if any check failed."""
    _ensure_venv()
    _pip_install("-e", ".[test]")
    checks: dict[str, list[str | Path]] = {
        "pytest": [PYTHON, "-m", "pytest"],
        "mypy --strict": [PYTHON, "-m", "mypy", "--strict"],
        "ruff check": [PYTHON, "-m", "ruff", "check", "."],
        "ruff format": [PYTHON, "-m", "ruff", "format", "--check", "."],
        # The documentation site, strict: broken links and unresolved references fail.
        "mkdocs build --strict": [PYTHON, "-m", "mkdocs", "build", "--strict", "--quiet"],
    }
    # Material for MkDocs prints a banner about its successor on every build.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    failed = [name for name, argv in checks.items() if _run(*argv) != 0]
    if failed:
        print(f"tasks.py: FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("tasks.py: all checks passed")
    return 0


COMMANDS = {"demo": demo, "test": test}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: python3 {Path(__file__).name} {{{'|'.join(COMMANDS)}}}")
    sys.exit(COMMANDS[sys.argv[1]]())
