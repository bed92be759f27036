"""The real-comment labels: kept by id only, complete, and readable beside shared/real."""

from __future__ import annotations

import json

import pytest

from kitami_policy.clauses import CLAUSE_CODES
from kitami_policy.engine import Engine
from tests.corpus import real
from tests.corpus.score import score_real

LABELS = real.LABELS_DIR / "open2ch_hate_dev.labels.jsonl"


class TestLabelsFile:
    """The labels file holds ids and clause codes, never a comment's text."""

    def test_every_record_is_an_id_with_labels_only(self) -> None:
        """Each record has exactly id, labels and the two labellers' labels."""
        for line in LABELS.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert set(record) == {"id", "labels", "a", "b"}
            for key in ("labels", "a", "b"):
                assert record[key] == sorted(record[key])
                assert set(record[key]) <= set(CLAUSE_CODES)

    def test_agreed_labels_are_kept(self) -> None:
        """Where the two labellers agree, the final labels are theirs."""
        for line in LABELS.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["a"] == record["b"]:
                assert record["labels"] == record["a"]

    def test_ids_are_unique(self) -> None:
        """No comment is labelled twice."""
        ids = [json.loads(line)["id"] for line in LABELS.read_text(encoding="utf-8").splitlines()]
        assert len(ids) == len(set(ids))


class TestSplit:
    """The study/check split is fixed by the id alone."""

    def test_the_part_depends_only_on_the_id(self) -> None:
        """The same id always falls in the same part, and both parts occur."""
        ids = [f"oc{i:09x}" for i in range(300)]
        parts = [real.part_of(i) for i in ids]
        assert parts == [real.part_of(i) for i in ids]
        assert 0.2 < parts.count("check") / len(parts) < 0.45


@pytest.mark.skipif(
    not real.available(),
    reason="the real comments live in ../shared/real beside the checkout; this one has none",
)
class TestAgainstTheTexts:
    """Read beside the texts, when they are there."""

    def test_every_comment_has_labels(self) -> None:
        """The labels cover exactly the comments of the shared half."""
        texts = {cid for cid, _, _ in real.read_texts()}
        assert texts == set(real.read_labels(real.CORPORA[0]))

    def test_the_score_counts_every_comment(self, engine: Engine) -> None:
        """Scoring assesses each real comment once and counts the corpus's hate comments."""
        comments = real.read_real()
        scores = score_real("all", comments, engine)
        assert scores.total == len(comments)
        assert scores.hate == sum(c.hate for c in comments)
        assert scores.clean + sum(
            1 for c in comments if c.labels & {"4-1", "4-2", "4-3", "4-4", "4-5", "4-6", "4-7"}
        ) == len(comments)
