"""How long ``import kitami_policy`` takes in a fresh interpreter (target: < 150 ms).

Run: ``.venv/bin/python bench/bench_import.py``. Each figure is the median of fresh-process
runs; the interpreter's own start-up (``python -c pass``) is measured in the same run and
subtracted, and ``import attrs`` alone is shown beside it for scale.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 21


def _median_seconds(code: str) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    base = _median_seconds("pass")
    attrs_only = _median_seconds("import attrs") - base
    package = _median_seconds("import kitami_policy") - base
    print(f"python start-up          {base * 1000:7.1f} ms (subtracted below)")
    print(f"import attrs             {attrs_only * 1000:7.1f} ms")
    print(f"import kitami_policy     {package * 1000:7.1f} ms  (target < 150 ms)")
    print(f"ratio to attrs alone     {package / attrs_only:7.2f}x")


if __name__ == "__main__":
    main()
