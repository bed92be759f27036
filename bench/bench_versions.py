"""Throughput of this checkout against an earlier commit, side by side in one run.

Run: ``.venv/bin/python bench/bench_versions.py [--baseline REF] [--rounds N]``.

Issue 9 asks that the reading of real comments costs no throughput: ``Engine.assess`` on the
labelled development comments must run no slower than at the last commit before that work
(``d70b992``). Machines drift, so both versions are timed in the same run, alternating, each
in a fresh interpreter that imports only its own ``src`` (a temporary ``git worktree`` of the
baseline), on the same comments (this checkout's development sets). The figures are
comments per second, best of each version's rounds, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "corpus"
CORPORA = (
    "comments.jsonl",
    "comments2.jsonl",
    "comments3.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
)

# Run in each version's interpreter: assess every comment REPEAT times, print comments/s.
_PROBE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from kitami_policy import Comment
from kitami_policy.engine import Engine
texts = json.loads(sys.stdin.read())
comments = [Comment(id=f"b{i}", text=t) for i, t in enumerate(texts)]
engine = Engine.default()
for c in comments[:200]:
    engine.assess(c)
best = 0.0
for _ in range(3):
    start = time.perf_counter()
    for c in comments:
        engine.assess(c)
    best = max(best, len(comments) / (time.perf_counter() - start))
print(best)
"""


def _texts() -> list[str]:
    return [
        str(json.loads(line)["text"])
        for name in CORPORA
        for line in (CORPUS_DIR / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _rate(src: Path, payload: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(src)],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


def main() -> None:
    """Time the baseline and this checkout, alternating, and print both and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default="d70b992", help="the earlier commit (d70b992)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (3)")
    args = parser.parse_args()
    payload = json.dumps(_texts(), ensure_ascii=False)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.baseline],
            check=True,
        )
        try:
            baseline: list[float] = []
            current: list[float] = []
            for _ in range(args.rounds):
                baseline.append(_rate(base / "src", payload))
                current.append(_rate(ROOT / "src", payload))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=True
            )
    n = len(json.loads(payload))
    print(f"{n} development comments, Engine.assess one by one, best of 3 per round")
    print(f"  baseline {args.baseline}: {', '.join(f'{r:,.0f}' for r in baseline)} comments/s")
    print(f"  this checkout:    {', '.join(f'{r:,.0f}' for r in current)} comments/s")
    print(f"  ratio (this / baseline, best of each): {max(current) / max(baseline):.2f}")


if __name__ == "__main__":
    main()
