"""Score the rule engine on a labelled corpus: per-clause precision, recall and F1.

Run: ``.venv/bin/python tests/corpus/score.py [FILE ...]`` (default: every development set,
``comments*.jsonl`` and the held-out sets that became development sets, ``holdout.jsonl``,
``holdout2.jsonl`` and ``holdout3.jsonl``; the blind set needs ``--blind``). Each file
is assessed as one stream, in order, as the batch command does. Prints, per file, a table
of clauses with precision, recall and F1, the macro-F1 over 4-1 … 4-9, and the share of
acceptable comments wrongly flagged. ``--errors`` lists the ids whose predicted clauses
differ from the labels (``--show-text`` adds the comment text; the corpus is fictional).

Targets (engine issue): macro-F1 >= 0.90, acceptable comments wrongly flagged <= 2%. The
macro average runs over the clauses a file exercises (labelled or predicted at least once).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import attrs

from kitami_policy import CLAUSE_CODES, KITAMI
from kitami_policy.engine import Engine
from kitami_policy.records import comment_from_record

HERE = Path(__file__).parent


@attrs.frozen
class Scores:
    """The figures of one corpus file."""

    name: str
    total: int
    acceptable: int
    wrongly_flagged: int
    per_clause: dict[str, tuple[float, float, float, int]]
    macro_f1: float
    errors: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...]

    @property
    def false_positive_rate(self) -> float:
        """Share of acceptable comments given any clause."""
        return self.wrongly_flagged / self.acceptable if self.acceptable else 0.0


BLIND_SETS: Final = frozenset(("holdout4",))
"""Sets written after the rules, to measure how they generalise: scored once, never read."""

DEFAULT_FILES: Final = tuple(p for p in sorted(HERE.glob("*.jsonl")) if p.stem not in BLIND_SETS)
"""The development sets: every labelled file here but the blind ones."""


def read_corpus(path: Path) -> list[dict[str, object]]:
    """Read a JSON Lines corpus file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(path: Path, engine: Engine) -> Scores:
    """Assess every record of *path* as one stream and compare with its labels."""
    records = read_corpus(path)
    comments = [comment_from_record(r, KITAMI) for r in records]
    decisions = list(engine.assess_many(comments))
    assert len(decisions) == len(records)
    tp = dict.fromkeys(CLAUSE_CODES, 0)
    fp = dict.fromkeys(CLAUSE_CODES, 0)
    fn = dict.fromkeys(CLAUSE_CODES, 0)
    support = dict.fromkeys(CLAUSE_CODES, 0)
    acceptable = wrongly = 0
    errors = []
    for record, decision in zip(records, decisions, strict=True):
        labels = tuple(sorted(record["labels"]))  # type: ignore[call-overload]
        got = decision.clauses
        if not labels:
            acceptable += 1
            wrongly += bool(got)
        for code in CLAUSE_CODES:
            expected, predicted = code in labels, code in got
            support[code] += expected
            tp[code] += expected and predicted
            fp[code] += predicted and not expected
            fn[code] += expected and not predicted
        if set(labels) != set(got):
            errors.append((str(record["id"]), labels, got, str(record["text"])))
    per_clause = {}
    for code in CLAUSE_CODES:
        p = tp[code] / (tp[code] + fp[code]) if tp[code] + fp[code] else 0.0
        r = tp[code] / (tp[code] + fn[code]) if tp[code] + fn[code] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_clause[code] = (p, r, f, support[code])
    # A clause with no labelled and no predicted comment in the file cannot be scored; the
    # macro average runs over the clauses the file exercises.
    scored = [code for code in CLAUSE_CODES if support[code] or fp[code]]
    macro = sum(per_clause[c][2] for c in scored) / len(scored) if scored else 0.0
    return Scores(path.name, len(records), acceptable, wrongly, per_clause, macro, tuple(errors))


def render(scores: Scores, *, errors: bool, show_text: bool) -> str:
    """The report of one file as text."""
    lines = [f"== {scores.name}: {scores.total} comments, {scores.acceptable} acceptable"]
    lines.append(f"{'clause':<7}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}")
    for code, (p, r, f, n) in scores.per_clause.items():
        lines.append(f"{code:<7}{p:>10.3f}{r:>8.3f}{f:>7.3f}{n:>9}")
    lines.append(f"macro-F1 {scores.macro_f1:.3f}  (target >= 0.90)")
    lines.append(
        f"acceptable wrongly flagged {scores.wrongly_flagged}/{scores.acceptable} = "
        f"{scores.false_positive_rate:.1%}  (target <= 2%)"
    )
    if errors:
        for cid, labels, got, text in scores.errors:
            extra = f"  {text!r}" if show_text else ""
            lines.append(f"  {cid}: expected {list(labels)} got {list(got)}{extra}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the named files (or the bundled corpus) and print the reports."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list misclassified ids")
    parser.add_argument("--show-text", action="store_true", help="with --errors, show texts")
    parser.add_argument(
        "--blind",
        action="store_true",
        help="allow the blind set (holdout4): for the final measurement only",
    )
    args = parser.parse_args(argv)
    blind = sorted(str(p) for p in args.files if p.stem in BLIND_SETS)
    if blind and not args.blind:
        parser.error(
            f"{', '.join(blind)}: blind evaluation set(s). Rule writers never read or score "
            "them; the final measurement passes --blind (see tests/corpus/README.md)"
        )
    if blind and args.errors:
        parser.error("--errors would show what the blind sets hold; score them without it")
    engine = Engine.default()
    for path in args.files or DEFAULT_FILES:
        print(render(score(path, engine), errors=args.errors, show_text=args.show_text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
