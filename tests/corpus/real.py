"""Real forum comments as the ground truth: texts from ``../shared/real``, labels by id here.

The texts are real people's words and are never copied into the project (shared/real's
README); this module reads them where they lie, beside the repository, and joins them with the
project's own labels for all nine clauses, which are kept by id only in
``tests/corpus/real/<corpus>.labels.jsonl`` (see ``tests/corpus/real/README.md``).

The shared half is split once, by a hash of each id, into a *study* part (two thirds), whose
misses a rule writer may read, and a *check* part (one third), scored but never listed, so
that a change tuned on the study part shows at once whether it carries to comments nobody
looked at.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Final, Literal

import attrs

HERE: Final = Path(__file__).parent
LABELS_DIR: Final = HERE / "real"
REAL_DIR_VARIABLE: Final = "KITAMI_REAL_DIR"
DEFAULT_REAL_DIR: Final = HERE.parents[2] / "shared" / "real"
"""Where the shared corpus lies when the repository is checked out beside ``shared/``."""

CORPORA: Final = ("open2ch_hate_dev",)
"""The real corpora the project has labels for, by file stem."""

Part = Literal["study", "check"]


@attrs.frozen
class RealComment:
    """One real comment with the corpus's own hate label and the project's clause labels."""

    id: str
    text: str = attrs.field(repr=False)
    hate: bool
    labels: frozenset[str]
    part: Part


def real_dir() -> Path:
    """The folder holding the shared real corpora (``$KITAMI_REAL_DIR`` or ``../shared/real``)."""
    return Path(os.environ.get(REAL_DIR_VARIABLE) or DEFAULT_REAL_DIR)


def part_of(comment_id: str) -> Part:
    """The fixed part of the shared half an id belongs to: one id in three is ``check``."""
    digest = hashlib.sha256(comment_id.encode("utf-8")).digest()
    return "check" if digest[0] % 3 == 0 else "study"


def read_labels(corpus: str) -> dict[str, frozenset[str]]:
    """The adjudicated labels of *corpus*, by id."""
    path = LABELS_DIR / f"{corpus}.labels.jsonl"
    labels: dict[str, frozenset[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                labels[record["id"]] = frozenset(record["labels"])
    return labels


def available(corpus: str = CORPORA[0]) -> bool:
    """True when the texts of *corpus* are beside the repository."""
    return (real_dir() / f"{corpus}.jsonl").is_file()


def read_texts(corpus: str = CORPORA[0]) -> list[tuple[str, str, bool]]:
    """(id, text, corpus hate label) of every comment of *corpus*, in file order.

    Raises:
        FileNotFoundError: the texts are not beside the repository (check :func:`available`).
    """
    rows = []
    with (real_dir() / f"{corpus}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                rows.append((str(record["id"]), str(record["text"]), bool(record["hate"])))
    return rows


def read_real(corpus: str = CORPORA[0]) -> list[RealComment]:
    """Every comment of *corpus* with its labels, in file order.

    Raises:
        FileNotFoundError: the texts are not beside the repository (check :func:`available`).
        KeyError: a comment has no label here (the labels file is out of date).
    """
    labels = read_labels(corpus)
    return [
        RealComment(id=cid, text=text, hate=hate, labels=labels[cid], part=part_of(cid))
        for cid, text, hate in read_texts(corpus)
    ]
