"""How long ``import kitami_policy`` takes in a fresh interpreter (target: < 150 ms).

Run: ``.venv/bin/python bench/bench_import.py``. Each figure is the median of fresh-process
runs; the interpreter's own start-up (``python -c pass``) is measured in the same run and
subtracted, and ``import attrs`` alone is shown beside it for scale.

Two settings are measured: with bytecode caches (``__pycache__``, what an installed package
has) and without them for this package's own modules (``PYTHONDONTWRITEBYTECODE=1`` in an
editable checkout, where each start compiles them from source; some sandboxes run this way).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 21


def _median_seconds(code: str, env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _measure(label: str, env: dict[str, str]) -> None:
    base = _median_seconds("pass", env)
    attrs_only = _median_seconds("import attrs", env) - base
    package = _median_seconds("import kitami_policy", env) - base
    with_policy = _median_seconds("from kitami_policy import KITAMI", env) - base
    print(f"{label}")
    print(f"  python start-up          {base * 1000:7.1f} ms (subtracted below)")
    print(f"  import attrs             {attrs_only * 1000:7.1f} ms")
    print(f"  import kitami_policy     {package * 1000:7.1f} ms  (target < 150 ms)")
    print(f"  ... and KITAMI loaded    {with_policy * 1000:7.1f} ms")
    print(f"  ratio to attrs alone     {package / attrs_only:7.2f}x")


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        subprocess.run([sys.executable, "-c", "import kitami_policy"], check=True, env=cached)
        _measure("with bytecode caches (an installed package)", cached)
    # Installed dependencies keep the caches pip wrote; an editable checkout without
    # __pycache__ compiles this package's own modules at every start.
    uncached = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    _measure("this package without bytecode caches (an editable checkout)", uncached)


if __name__ == "__main__":
    main()
