"""Speed of the comment rule engine (engine issue targets), printed side by side in one run.

Run: ``.venv/bin/python bench/bench_engine.py`` (add ``--quick`` for a shorter run).

0. How fast this machine runs Python at all (a bare loop), to compare figures across machines.
1. Throughput on realistic comments, one core, in-process: ``Engine.assess`` on the labelled
   development corpus as written (~33 characters), on its acceptable comments alone, and on
   comments made of two joined ones (~66 characters, the target's ~60), and a stream
   (``assess_many``). Target >= 30,000/s.
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
from kitami_policy.rules.base import ALWAYS

CORPUS_DIR = Path(__file__).resolve().parents[1] / "tests" / "corpus"
# The development sets (the blind sets of tests/corpus/README.md stay unread).
CORPORA = (
    "comments.jsonl",
    "comments2.jsonl",
    "comments3.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
)
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ"
KANJI = "北見市役所道路雪除公園祭図書館温泉駅前農業玉葱薄荷歴史文化会議"


def _records() -> list[dict[str, object]]:
    return [
        json.loads(line)
        for name in CORPORA
        for line in (CORPUS_DIR / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _comments(texts: list[str]) -> list[Comment]:
    return [Comment(id=f"b{i}", text=t, author=Author(id=f"a{i}")) for i, t in enumerate(texts)]


def _pairs(texts: list[str], rng: random.Random) -> list[str]:
    """Two comments joined into one: real wording at the ~60 characters the target names."""
    shuffled = texts[:]
    rng.shuffle(shuffled)
    return [a + b for a, b in zip(texts, shuffled, strict=True)]


def _assess_all(engine: Engine, batch: list[Comment]) -> None:
    for comment in batch:
        engine.assess(comment)


def _python_speed() -> float:
    """Nanoseconds per iteration of a bare loop over a string: how fast this machine runs
    Python, to compare figures across machines."""
    text = "北見市" * 300_000

    def loop() -> None:
        for _ in text:
            pass

    return _best(loop, 5) / len(text) * 1e9


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
    engine = Engine.default(ng_words=_random_words(10, rng))
    big = Engine.default(ng_words=_random_words(10_000, rng))
    records = _records()
    texts = [str(r["text"]) for r in records]
    comments = _comments(texts)
    workloads = {
        "labelled corpus as written": comments,
        "  acceptable ones only": _comments([str(r["text"]) for r in records if not r["labels"]]),
        "  two joined (~60 chars)": _comments(_pairs(texts, rng)),
    }
    print(f"0. this machine: a bare Python loop takes {_python_speed():.1f} ns per character")
    print("1. throughput, one core, in-process (target >= 30,000 comments/s at ~60 chars)")
    for name, sample in workloads.items():
        mean_len = sum(len(c.text) for c in sample) / len(sample)
        # Copies get their own authors: repeating a corpus must not turn into flooding (4-7).
        batch = [
            attrs.evolve(c, id=f"b{n}", author=Author(id=f"a{n}"))
            for n, c in enumerate((sample * (1 + 20_000 // len(sample)))[:20_000])
        ]
        seconds = _best(partial(_assess_all, engine, batch), repeat)
        print(
            f"   {name:<28} mean {mean_len:3.0f} chars  {len(batch) / seconds:8,.0f} comments/s"
            f"  {seconds / len(batch) * 1e6:6.1f} us/comment"
        )
    batch = [
        attrs.evolve(c, id=f"b{n}", author=Author(id=f"a{n}"))
        for n, c in enumerate((comments * (1 + 20_000 // len(comments)))[:20_000])
    ]

    def run(e: Engine) -> Callable[[], object]:
        return lambda: [e.assess(c) for c in batch]

    t_small = _best(run(engine), repeat)
    t_big = _best(run(big), repeat)
    t_stream = _best(lambda: list(engine.assess_many(batch)), repeat)
    print(f"   stream (assess_many), labelled corpus  {len(batch) / t_stream:8,.0f} comments/s")
    # What the triggers save: the same engine with every rule set to run on every comment.
    ungated = attrs.evolve(
        engine, rules=tuple(attrs.evolve(rule, trigger=ALWAYS) for rule in engine.rules)
    )
    t_ungated = _best(run(ungated), repeat)
    print(
        f"   every rule on every comment            {len(batch) / t_ungated:8,.0f} comments/s"
        f"  (triggers save {1 - t_small / t_ungated:.0%} of the time)"
    )
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
