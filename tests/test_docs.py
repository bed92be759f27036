"""The examples in the README and in docs/ run as written and print what they show.

* ```` ```python ```` and ```` ```pycon ```` blocks of one page run in order in one namespace,
  so a later block may use what an earlier one defined, as a reader following the page would.
  A ``pycon`` block is a doctest: each ``>>>`` line's output must be what the page shows
  (``...`` stands for any text). A ``python`` block prints nothing: output a page claims is
  shown in a ``pycon`` block, where it is checked, never in a comment.
* A block whose first line is ``# requires: dask`` needs an optional package: it runs (with
  the page's earlier blocks) when the package is installed and is reported as skipped
  otherwise.
* ```` ```console ```` blocks hold ``$ kitami-policy …`` commands, each followed by its output.
  They run in a scratch directory holding the page's titled files (```` ```json
  title="comments.jsonl" ````). An output line ``...`` stands for any lines, ``...`` within a
  line for any text; ``(exit N)`` states a non-zero exit status.
* The example scripts in ``docs/examples/`` run, and the notebook is covered by
  ``test_notebook.py``.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kitami_policy.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
_BLOCK = re.compile(r"^```(python|pycon)\n(.*?)^```", re.S | re.M)
_CONSOLE = re.compile(r"^```console\n(.*?)^```", re.S | re.M)
_FILE = re.compile(r'^```\w*\s+title="([^"]+)"\n(.*?)^```', re.S | re.M)
_REQUIRES = re.compile(r"\A# requires: ([\w.]+)")
_EXIT = re.compile(r"\(exit (\d+)\)")


def _blocks(page: Path) -> list[str]:
    """The page's python and pycon blocks, in order; a pycon block keeps its ``>>>``."""
    return [code for _, code in _BLOCK.findall(page.read_text(encoding="utf-8"))]


def _requires(code: str) -> str | None:
    found = _REQUIRES.match(code)
    return found.group(1) if found else None


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _run_blocks(page: Path, blocks: list[str]) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for i, code in enumerate(blocks):
        name = f"{_rel(page)} block {i}"
        if not code.lstrip().startswith(">>>"):
            exec(compile(code, name, "exec"), namespace)
            continue
        test = doctest.DocTestParser().get_doctest(code, namespace, name, str(page), 0)
        report: list[str] = []
        runner.run(test, out=report.append, clear_globs=False)
        assert not report, "".join(report)
        namespace.update(test.globs)  # a DocTest runs in a copy of the namespace


def _rel(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p)], ids=_rel)
def test_examples_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every block of the page runs and prints what it shows (optional-package blocks aside)."""
    blocks = [b for b in _blocks(page) if (_requires(b) or "") == ""]
    _run_blocks(page, blocks)
    capsys.readouterr()


_OPTIONAL = [
    (page, index, module)
    for page in PAGES
    for index, block in enumerate(_blocks(page))
    if (module := _requires(block)) is not None
]


@pytest.mark.parametrize(
    ("page", "index", "module"), _OPTIONAL, ids=[f"{_rel(p)}-{i}-{m}" for p, i, m in _OPTIONAL]
)
def test_optional_examples_run(
    page: Path, index: int, module: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A block needing an optional package runs, after the page's plain blocks, when installed."""
    pytest.importorskip(
        module,
        reason=f"{_rel(page)}: this example needs {module}, which the test extras do not install",
    )
    blocks = _blocks(page)
    plain = [b for b in blocks[:index] if _requires(b) is None or _installed(_requires(b) or "")]
    _run_blocks(page, [*plain, blocks[index]])
    capsys.readouterr()


@pytest.mark.parametrize("page", PAGES, ids=_rel)
def test_no_output_claimed_in_comments(page: Path) -> None:
    """A python block does not print: what an example prints is shown, checked, in pycon."""
    text = page.read_text(encoding="utf-8")
    printing = [
        line.strip()
        for kind, code in _BLOCK.findall(text)
        if kind == "python"
        for line in code.splitlines()
        if re.search(r"\bprint\(", line)
    ]
    assert not printing, f"{_rel(page)}: show these as >>> lines in a pycon block: {printing}"


def _expected(lines: list[str]) -> re.Pattern[str]:
    parts = []
    for line in lines:
        if line.strip() == "...":
            parts.append(r"(?:[^\n]*\n)*?")
        else:
            parts.append(r"[^\n]*".join(map(re.escape, line.split("..."))) + r"\n")
    return re.compile("".join(parts))


def _commands(block: str) -> list[tuple[str, list[str]]]:
    commands: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
    return commands


_CONSOLE_PAGES = [p for p in PAGES if _CONSOLE.search(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("page", _CONSOLE_PAGES, ids=_rel)
def test_console_examples_run(
    page: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every ``$ kitami-policy`` command of the page prints what the page shows."""
    text = page.read_text(encoding="utf-8")
    for name, content in _FILE.findall(text):
        (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for block in _CONSOLE.findall(text):
        for command, shown in _commands(block):
            argv = shlex.split(command)
            assert argv[0] == "kitami-policy", f"{page.name}: only kitami-policy runs: {command}"
            status = [int(m.group(1)) for line in shown if (m := _EXIT.fullmatch(line.strip()))]
            output = [line for line in shown if not _EXIT.fullmatch(line.strip())]
            code = main(argv[1:])
            captured = capsys.readouterr()
            printed = captured.out + captured.err
            assert code == (status[0] if status else 0), f"{command}\n{printed}"
            assert _expected(output).fullmatch(printed), (
                f"{page.name}: `{command}` printed\n{printed}\nbut the page shows\n"
                + "\n".join(output)
            )


def test_backfill_example_matches_one_stream() -> None:
    """docs/examples/backfill.py, run with worker processes, decides as one process does."""
    script = ROOT / "docs" / "examples" / "backfill.py"
    samples = ROOT / "src" / "kitami_policy" / "data" / "samples" / "comments.jsonl"

    def run(*extra: str) -> str:
        done = subprocess.run(
            [sys.executable, str(script), str(samples), *extra],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        return done.stdout

    serial = run("--workers", "1")
    assert serial.count("\n") == len(samples.read_text("utf-8").splitlines())
    assert run("--workers", "2") == serial


def test_readme_has_an_example() -> None:
    """The README keeps a runnable usage example."""
    assert _blocks(ROOT / "README.md")


def _hook() -> Any:
    spec = importlib.util.spec_from_file_location("generated", ROOT / "docs/_hooks/generated.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_page_lists_come_from_the_code() -> None:
    """cli.md's exit statuses and CSV columns are written by the docs hook, in the code's order."""
    from kitami_policy.cli.batch import CSV_COLUMNS
    from kitami_policy.cli.status import STATUSES

    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for marker in ("exit-statuses", "csv-columns", "cli"):
        assert f"<!-- generated: {marker} -->" in text
    hook = _hook()
    assert re.findall(r"^\d+\. `(\w+)`", hook.csv_columns(), re.M) == list(CSV_COLUMNS)
    table = hook.exit_status_table()
    assert all(f"| {s.code} | {s.meaning} |" in table for s in STATUSES)
