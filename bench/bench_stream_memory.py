"""A stream's memory (issue 10 §5): 10⁶ comments from 10⁶ distinct authors stay under 150 MB.

Run by hand: ``.venv/bin/python bench/bench_stream_memory.py`` (``--lines`` to change 10⁶).

A fresh interpreter (so that nothing else this script does counts) builds the default engine
and feeds one ``engine.stream()`` with generated comments, each from a new author, under a few
dozen posts, with timestamps a second apart and texts of a few dozen characters (long enough
for the many-authors rule), one at a time as ``kitami-policy moderate`` reads a file. It prints
its peak resident set size (``VmHWM`` from ``/proc/self/status``, or ``ru_maxrss``) after the
engine is built and at the end, and how many authors and texts the stream still remembers.
Without the stream's pruning and caps, the authors alone grew the process to ~770 MB.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

TARGET_MB = 150


def peak_mb() -> float:
    """This process's peak resident set size so far, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(lines: int) -> None:
    """Run the stream in this process and print the figures."""
    from kitami_policy import KITAMI, Author, Comment, Post
    from kitami_policy.engine import Engine

    engine = Engine.default()
    stream = engine.stream()
    posts = [Post(id=f"p{i}", account=KITAMI.account_for("facebook")) for i in range(40)]
    start = datetime(2025, 1, 1, tzinfo=timezone(timedelta(hours=9)))
    stream.assess(Comment(id="warm", text="warm up"))
    built = peak_mb()
    began = time.perf_counter()
    for n in range(lines):
        stream.assess(
            Comment(
                id=f"c{n}",
                text=f"除雪の要望です。{n % 9973}丁目の道路がまだ雪で通れません",
                author=Author(id=f"author-{n}", name=f"利用者{n}"),
                created_at=start + timedelta(seconds=n),
                post=posts[n % len(posts)],
            )
        )
    seconds = time.perf_counter() - began
    print(f"lines                 {lines:,}")
    print(f"seconds               {seconds:.1f} ({lines / seconds:,.0f} comments/s)")
    print(f"peak RSS, engine built {built:7.1f} MB")
    print(f"peak RSS, end          {peak_mb():7.1f} MB (target < {TARGET_MB} MB)")
    print(f"authors remembered    {len(stream._authors) + len(stream._offenders):,}")
    print(f"shared texts          {len(stream._shared):,}")


def main() -> None:
    """Run the measurement in a fresh interpreter."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.lines)
        return
    done = subprocess.run(
        [sys.executable, __file__, "--child", "--lines", str(args.lines)],
        check=True,
        capture_output=True,
        text=True,
    )
    sys.stdout.write(done.stdout)


if __name__ == "__main__":
    main()
