"""Dense inputs (issue 10 §1): every comment of size N costs O(N), at most about 1 s per MB.

Run by hand: ``.venv/bin/python bench/bench_dense.py`` (``--sizes 1 2`` in MB by default).

Each input is one unit repeated until its UTF-8 encoding reaches the size: e-mail addresses,
phone numbers, street addresses, an insult spaced out, URLs and @-mentions (the issue's six),
then an English insult, a line of hate against a group and sex words in a sentence, whose
rules look around each match; each sets off a rule thousands of times. For each input and
size the script prints the seconds ``Engine.assess`` takes (the best of ``--repeat`` runs,
the engine built beforehand), the findings and their JSON size, and the ratio of the largest
size's time to the smallest's; a linear engine shows a ratio near the ratio of the sizes
(target for 2 MB / 1 MB: <= 2.3).
"""

from __future__ import annotations

import argparse
import time

from kitami_policy import Comment, to_json
from kitami_policy.engine import Engine

UNITS = {
    "e-mail": "a@b.jp ",
    "phone": "090-1234-5678 ",
    "address": "北見市常盤町3-14-8 ",
    "insult": "し ね ",
    "url": "https://example.com/a ",
    "mention": "@taro ",
    # Readings that relate each match to others nearby: an English trait and its target, a
    # group and what is said of it, sex words made explicit in their sentence.
    "english": "you are stupid ",
    "hate": "障害者に税金使うな、生きてる価値ない ",
    "sex": "ヌード写真 エロいの撮れたよ ",
}
MB = 1_000_000


def dense(unit: str, megabytes: float) -> str:
    """*unit* repeated until the text is *megabytes* long in UTF-8."""
    size = int(megabytes * MB)
    return unit * (size // len(unit.encode("utf-8")) + 1)


def best_time(engine: Engine, comment: Comment, repeat: int) -> tuple[float, int, int]:
    """The best of *repeat* timings of ``engine.assess``, the findings and the JSON size."""
    best = float("inf")
    findings = size = 0
    for _ in range(repeat):
        start = time.perf_counter()
        decision = engine.assess(comment)
        best = min(best, time.perf_counter() - start)
        findings, size = len(decision.findings), len(to_json(decision))
    return best, findings, size


def main() -> None:
    """Time every dense input at every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 2.0], metavar="MB")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    engine = Engine.default()
    engine.assess(Comment(id="warm", text="warm up"))
    sizes = sorted(args.sizes)
    head = "".join(f"{f'{s:g} MB':>10}" for s in sizes)
    print(f"{'input':<9}{head}  {'s/MB':>6}  {'ratio':>6}  findings  JSON bytes")
    worst_rate = worst_ratio = 0.0
    for name, unit in UNITS.items():
        times = []
        findings = size = 0
        for megabytes in sizes:
            comment = Comment(id=name, text=dense(unit, megabytes))
            seconds, findings, size = best_time(engine, comment, args.repeat)
            times.append(seconds)
        rate = times[-1] / sizes[-1]
        ratio = times[-1] / times[0] if times[0] else float("inf")
        worst_rate, worst_ratio = max(worst_rate, rate), max(worst_ratio, ratio)
        cells = "".join(f"{t:>9.2f}s" for t in times)
        print(f"{name:<9}{cells}  {rate:>6.2f}  {ratio:>6.2f}  {findings:>8}  {size:>10}")
    print(
        f"worst: {worst_rate:.2f} s per MB (target about 1), "
        f"{sizes[-1]:g} MB / {sizes[0]:g} MB = {worst_ratio:.2f} "
        f"(target <= {2.3 * sizes[-1] / sizes[0] / 2:.2f})"
    )


if __name__ == "__main__":
    main()
