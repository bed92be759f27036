"""Golden decisions: the expected decision of every development comment, and how they moved.

Every rule change shows exactly what it moved. ``tests/corpus/golden/<set>.jsonl`` holds, per
comment of each development set (and of the bundled samples and, by id only, the real comments
of ``../shared/real``), the clauses, rule ids, actions and review flag the engine gave it.
``tests/test_golden.py`` fails on any difference. After a change:

    .venv/bin/python tests/corpus/golden.py diff            # what moved, and a token
    .venv/bin/python tests/corpus/golden.py accept TOKEN    # write the new decisions

``accept`` takes the token that ``diff`` printed for exactly these decisions, so that nothing
is accepted that a person has not seen summarised. Golden files never hold comment text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Final

from kitami_policy import KITAMI, Comment, Decision
from kitami_policy.engine import Engine
from kitami_policy.records import comment_from_record

if __package__ in (None, ""):  # run as a script: the repository root makes `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.corpus import real
from tests.corpus.score import DEFAULT_FILES, read_corpus

GOLDEN_DIR: Final = Path(__file__).parent / "golden"
SAMPLES: Final = Path(__file__).parents[2] / "src" / "kitami_policy" / "data" / "samples"

Golden = dict[str, dict[str, object]]
"""Decisions of one set by comment id: clauses, rules, actions, needs_review."""
GoldenView = Mapping[str, Mapping[str, object]]
"""A read-only view of :data:`Golden`, what the comparisons accept."""


def record(decision: Decision) -> dict[str, object]:
    """What the golden file keeps of a decision: no text, no excerpt."""
    return {
        "clauses": list(decision.clauses),
        "rules": sorted({f.rule for f in decision.findings}),
        "actions": [a.value for a in decision.actions],
        "needs_review": decision.needs_review,
    }


def sets() -> dict[str, Path | None]:
    """The sets with golden decisions: name → file of labelled comments (None for real ones)."""
    chosen: dict[str, Path | None] = {p.stem: p for p in DEFAULT_FILES}
    chosen["samples"] = SAMPLES / "comments.jsonl"
    for corpus in real.CORPORA:
        chosen[f"real-{corpus}"] = None
    return chosen


def available(name: str) -> bool:
    """True when the comments of set *name* can be read here."""
    path = sets()[name]
    return path is not None or real.available(name.removeprefix("real-"))


def current(name: str, engine: Engine) -> Golden:
    """The engine's decisions on set *name* now.

    A labelled file is one stream, as the batch command reads it; a real comment is judged on
    its own (no post, no author).
    """
    path = sets()[name]
    if path is None:
        comments: Iterable[Comment] = (
            Comment(id=cid, text=text)
            for cid, text, _ in real.read_texts(name.removeprefix("real-"))
        )
        return {c.id: record(engine.assess(c)) for c in comments}
    parsed = [comment_from_record(r, KITAMI) for r in read_corpus(path)]
    return {c.id: record(d) for c, d in zip(parsed, engine.assess_many(parsed), strict=True)}


def stored(name: str) -> Golden:
    """The accepted decisions of set *name* (empty when none were accepted yet)."""
    path = GOLDEN_DIR / f"{name}.jsonl"
    if not path.exists():
        return {}
    golden: Golden = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            golden[entry.pop("id")] = entry
    return golden


def dump(golden: GoldenView) -> str:
    """The golden file's text: one JSON object per comment, in set order."""
    return "".join(
        json.dumps({"id": cid, **entry}, ensure_ascii=False, sort_keys=True) + "\n"
        for cid, entry in golden.items()
    )


def differences(old: GoldenView, new: GoldenView) -> list[str]:
    """One line per comment whose decision differs, ids only."""
    lines = []
    for cid in dict.fromkeys([*old, *new]):
        before, after = old.get(cid), new.get(cid)
        if before == after:
            continue
        if before is None or after is None:
            lines.append(f"{cid}: {'added' if before is None else 'gone'}")
            continue
        changes = [
            f"{key} {before.get(key)} -> {after.get(key)}"
            for key in ("clauses", "rules", "actions", "needs_review")
            if before.get(key) != after.get(key)
        ]
        lines.append(f"{cid}: " + "; ".join(changes))
    return lines


def summary(old: GoldenView, new: GoldenView) -> list[str]:
    """Counts of what moved: comments changed, clauses gained and lost."""
    gained: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    changed = 0
    for cid in dict.fromkeys([*old, *new]):
        before = set(old.get(cid, {}).get("clauses", ()))  # type: ignore[call-overload]
        after = set(new.get(cid, {}).get("clauses", ()))  # type: ignore[call-overload]
        changed += old.get(cid) != new.get(cid)
        gained.update(after - before)
        lost.update(before - after)
    if not changed:
        return []
    return [
        f"{changed} decision(s) changed; clauses gained {dict(sorted(gained.items()))}, "
        f"lost {dict(sorted(lost.items()))}"
    ]


def token(news: Mapping[str, GoldenView]) -> str:
    """A short digest of a set of new decisions: what ``accept`` must be given."""
    digest = hashlib.sha256()
    for name in sorted(news):
        digest.update(name.encode())
        digest.update(dump(news[name]).encode())
    return digest.hexdigest()[:12]


def main(argv: Sequence[str] | None = None) -> int:
    """``diff`` prints what moved and a token; ``accept TOKEN`` writes the new decisions."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("diff", help="print what moved and the token that accepts it")
    show.add_argument("--all", action="store_true", help="list every changed comment")
    accept = sub.add_parser("accept", help="write the new decisions")
    accept.add_argument("token", help="the token `diff` printed for these decisions")
    args = parser.parse_args(argv)
    engine = Engine.default()
    news = {name: current(name, engine) for name in sets() if available(name)}
    moved = {name: new for name, new in news.items() if new != stored(name)}
    expected = token(moved)
    if args.command == "diff":
        if not moved:
            print("no decision moved")
            return 0
        for name, new in moved.items():
            old = stored(name)
            print(f"== {name}")
            for line in summary(old, new):
                print(f"  {line}")
            lines = differences(old, new)
            for line in lines if args.all else lines[:40]:
                print(f"  {line}")
            if len(lines) > 40 and not args.all:
                print(f"  … {len(lines) - 40} more (--all lists them)")
        print(f"token {expected}: accept with `golden.py accept {expected}`")
        return 0
    if not moved:
        print("no decision moved; nothing to accept")
        return 0
    if args.token != expected:
        print(
            f"token {args.token} does not match these decisions ({expected}): run "
            "`golden.py diff` and read what moved first",
            file=sys.stderr,
        )
        return 1
    GOLDEN_DIR.mkdir(exist_ok=True)
    for name, new in moved.items():
        (GOLDEN_DIR / f"{name}.jsonl").write_text(dump(new), encoding="utf-8")
        print(f"accepted {name}: {len(new)} decisions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
