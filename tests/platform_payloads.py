"""The platform payload fixtures (``tests/data/platforms/``) and ways to spoil them for tests."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kitami_policy import KITAMI, Action, Author, Comment, Decision, Finding, Post
from kitami_policy.findings import Span

DATA = Path(__file__).resolve().parent / "data" / "platforms"
FB_POST = "100000000000001_200000000000001"
IG_MEDIA = "17900000000000001"
X_CONVERSATION = "1880000000000000001"
PHONE = "090-1234-5678"


def load(name: str) -> Any:
    """A whole-response fixture, parsed."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def lines(name: str) -> list[Any]:
    """A JSON Lines fixture, one parsed document per line."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def _walk(document: Any, path: str) -> tuple[Any, str | int]:
    keys: list[str | int] = [int(k) if k.isdigit() else k for k in path.split(".")]
    node = document
    for key in keys[:-1]:
        node = node[key]
    return node, keys[-1]


def without(document: Any, path: str) -> Any:
    """A copy of *document* with the field at the dotted *path* (``data.1.from.id``) removed."""
    spoiled = copy.deepcopy(document)
    node, key = _walk(spoiled, path)
    del node[key]
    return spoiled


def replaced(document: Any, path: str, value: Any) -> Any:
    """A copy of *document* with the field at the dotted *path* set to *value*."""
    spoiled = copy.deepcopy(document)
    node, key = _walk(spoiled, path)
    node[key] = value
    return spoiled


def decision_with(
    actions: tuple[Action, ...], *, review: bool = False, comment_id: str = "c1"
) -> Decision:
    """A decision with one 4-4 finding and *actions* (a police report names its basis)."""
    finding = Finding(
        clause="4-4",
        rule="law.threat",
        spans=(Span(0, 2),),
        excerpt="殺す",
        rationale_ja="脅迫",
        rationale_en="a threat",
    )
    basis = ("脅迫罪（刑法第222条）",) if Action.REPORT_TO_POLICE in actions else ()
    return Decision(
        comment_id=comment_id,
        findings=(finding,),
        actions=actions,
        needs_review=review,
        policy_version="kitami-test",
        legal_basis=basis,
    )


def comment_on(platform: str, comment_id: str = "c1", post_id: str = "p1") -> Comment:
    """A threatening comment holding the phone number, on a post of the *platform* account."""
    return Comment(
        id=comment_id,
        text=f"殺すぞ {PHONE}",
        author=Author(id="u9", name="架空 次郎"),
        created_at=datetime(2025, 1, 12, 3, 0, tzinfo=UTC),
        post=Post(id=post_id, account=KITAMI.account_for(platform)),
    )
