"""Moderate a large JSON Lines file with worker processes, one stream per author.

    python docs/examples/backfill.py comments.jsonl --workers 4 > decisions.jsonl

Prints the same records as ``kitami-policy moderate``, in input order. Comments are split into
shards by author, so each author's comments stay in one worker and in order: flooding (4-7)
and escalation see the author's whole history, exactly as in one stream. The engine is built
once here and pickled to each worker with its shard.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from kitami_policy.engine import Engine
from kitami_policy.errors import KitamiPolicyError
from kitami_policy.records import comment_from_record, decision_record, record_id

Line = tuple[int, str]  # (line number, raw JSON)


def shard_of(raw: str, shards: int) -> int:
    """The shard of a comment: by author id, stable across processes (unlike ``hash``)."""
    try:
        record: Any = json.loads(raw)
        author = record.get("author") or {}
        key = str(author.get("id") or record.get("id"))
    except (json.JSONDecodeError, AttributeError):
        key = raw  # an unreadable line is reported by whichever worker gets it
    return zlib.crc32(key.encode("utf-8")) % shards


def decide_shard(engine: Engine, lines: list[Line]) -> list[tuple[int, str]]:
    """Assess one shard as one stream; return (line number, output record) pairs."""
    stream = engine.stream()
    out = []
    for number, raw in lines:
        record: object = None
        try:
            record = json.loads(raw)
            result = decision_record(stream.assess(comment_from_record(record, engine.policy)))
        except (json.JSONDecodeError, KitamiPolicyError) as exc:
            result = {"id": record_id(record), "line": number, "error": str(exc)}
        out.append((number, json.dumps(result, ensure_ascii=False)))
    return out


def backfill(path: str, workers: int) -> list[str]:
    """The output records of *path*, in input order."""
    shards: list[list[Line]] = [[] for _ in range(workers)]
    with open(path, encoding="utf-8") as source:
        for number, raw in enumerate(source, start=1):
            if raw.strip():
                shards[shard_of(raw, workers)].append((number, raw))
    engine = Engine.default()
    if workers == 1:
        results = [decide_shard(engine, shards[0])]
    else:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(decide_shard, [engine] * workers, shards))
    return [record for _, record in sorted(pair for shard in results for pair in shard)]


def main() -> None:
    """Parse the arguments and print the records."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    sys.stdout.write("".join(record + "\n" for record in backfill(args.file, args.workers)))


if __name__ == "__main__":
    main()
