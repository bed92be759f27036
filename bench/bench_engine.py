"""Speed of the comment rule engine (engine issue targets), printed side by side in one run.

Run: ``.venv/bin/python bench/bench_engine.py`` (add ``--quick`` for a shorter run).

1. Throughput on realistic comments (the development corpus, ~60 characters on average),
   one core, in-process: ``Engine.assess`` and a stream (``assess_many``). Target >= 30,000/s.
2. NG words: the same comments with 10,000 operator NG words against 10. Target <= 1.5x.
3. Linearity: time per character for texts of 1 kB to 1 MB (ratio to the 1 kB figure).
4. Adversarial inputs ('あ'×10⁶, '0'×10⁶, '@'×10⁵, nested brackets): each under 1 s.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import attrs

from kitami_policy import Author, Comment
from kitami_policy.engine import Engine

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "comments.jsonl"
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ"
KANJI = "北見市役所道路雪除公園祭図書館温泉駅前農業玉葱薄荷歴史文化会議"


def _comments() -> list[Comment]:
    texts = [
        json.loads(line)["text"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [Comment(id=f"b{i}", text=t, author=Author(id=f"a{i}")) for i, t in enumerate(texts)]


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _random_words(n: int, rng: random.Random) -> list[str]:
    alphabet = KANA + KANJI
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(3, 6))) for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeat = 2 if args.quick else 5
    rng = random.Random(20261128)
    comments = _comments()
    mean_len = sum(len(c.text) for c in comments) / len(comments)
    # Copies get their own authors: repeating the corpus must not turn into flooding (4-7).
    batch = [
        attrs.evolve(c, id=f"b{n}", author=Author(id=f"a{n}"))
        for n, c in enumerate((comments * (1 + 20_000 // len(comments)))[:20_000])
    ]

    engine = Engine.default(ng_words=_random_words(10, rng))
    big = Engine.default(ng_words=_random_words(10_000, rng))

    def run(e: Engine) -> Callable[[], object]:
        return lambda: [e.assess(c) for c in batch]

    t_small = _best(run(engine), repeat)
    t_big = _best(run(big), repeat)
    t_stream = _best(lambda: list(engine.assess_many(batch)), repeat)
    print(f"1. throughput, {len(batch)} comments, mean {mean_len:.0f} chars, one core")
    print(f"   Engine.assess          {len(batch) / t_small:10,.0f} comments/s  (target >= 30,000)")
    print(f"   stream (assess_many)   {len(batch) / t_stream:10,.0f} comments/s")
    print("2. operator NG words")
    print(f"   10 NG words            {len(batch) / t_small:10,.0f} comments/s")
    print(f"   10,000 NG words        {len(batch) / t_big:10,.0f} comments/s")
    print(f"   time ratio 10,000/10   {t_big / t_small:10.2f}x  (target <= 1.5x)")

    print("3. linearity in text length (time per character, ratio to 1 kB)")
    unit = "".join(c.text for c in comments)
    base = None
    for size in (1_000, 10_000, 100_000, 1_000_000):
        text = (unit * (1 + size // len(unit)))[:size]
        c = Comment(id="long", text=text)
        t = _best(partial(engine.assess, c), 1 if size >= 100_000 else repeat)
        per_char = t / size
        base = base or per_char
        ratio = per_char / base
        print(
            f"   {size:>9,} chars  {t * 1000:9.1f} ms  {per_char * 1e9:8.0f} ns/char  {ratio:5.2f}x"
        )

    print("4. adversarial inputs (each must finish in < 1 s)")
    cases = {
        "'あ' x 1,000,000": "あ" * 1_000_000,
        "'0' x 1,000,000": "0" * 1_000_000,
        "'@' x 100,000": "@" * 100_000,
        "nested brackets x 500,000": "(" * 500_000 + ")" * 500_000,
        "'http://' x 100,000": "http://" * 100_000,
    }
    for name, text in cases.items():
        c = Comment(id="adv", text=text)
        t = _best(partial(engine.assess, c), 1)
        print(f"   {name:<28} {t:6.3f} s  {'ok' if t < 1 else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
