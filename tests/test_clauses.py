"""Tests for kitami_policy.clauses: section 4's clauses and the actions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kitami_policy import KITAMI, Action, UnknownClauseError, ValidationError
from kitami_policy.clauses import CLAUSE_CODES, Clause, check_clause_code, ordered_actions
from kitami_policy.policy import DATA_DIR

SHARED_POLICY = Path(__file__).resolve().parents[2] / "shared" / "policy" / "kitami-sns-policy.md"


def _section_4_items(text: str) -> list[str]:
    section = text.split("## 4. 禁止事項")[1].split("## 5.")[0]
    return [
        re.sub(r"^- ?\(\d\) ?", "", line.strip())
        for line in section.splitlines()
        if line.strip().startswith("- ")
    ]


class TestClauseTexts:
    def test_bundled_texts_equal_the_policy_file(self) -> None:
        """Each clause's text is the policy's wording, verbatim, in order."""
        source = (DATA_DIR / "kitami-sns-policy.md").read_text(encoding="utf-8")
        assert [c.text for c in KITAMI.clauses] == _section_4_items(source)

    @pytest.mark.skipif(
        not SHARED_POLICY.exists(),
        reason="the upstream policy text (../shared/policy/kitami-sns-policy.md) is not beside "
        "this checkout; the bundled copy is compared with it where it is",
    )
    def test_bundled_copy_equals_the_shared_policy(self) -> None:
        """The bundled policy text is a verbatim copy of shared/policy."""
        bundled = (DATA_DIR / "kitami-sns-policy.md").read_text(encoding="utf-8")
        assert bundled == SHARED_POLICY.read_text(encoding="utf-8")

    def test_nine_clauses_in_order(self) -> None:
        """Section 4 has nine clauses, 4-1 to 4-9."""
        assert tuple(c.code for c in KITAMI.clauses) == CLAUSE_CODES
        assert [c.number for c in KITAMI.clauses] == list(range(1, 10))
        assert KITAMI.clause("4-5").section == "4(5)"


class TestClauseCodes:
    @pytest.mark.parametrize("code", ["4-0", "4-10", "3-1", "4‐1", "", None, 41])
    def test_unknown_codes(self, code: object) -> None:
        """Anything but 4-1 … 4-9 is an UnknownClauseError listing the valid codes."""
        with pytest.raises(UnknownClauseError, match="4-1, 4-2"):
            check_clause_code(code)

    def test_policy_lookup_of_unknown_code(self) -> None:
        """Policy.clause names the codes it defines."""
        with pytest.raises(UnknownClauseError, match="kitami defines 4-1"):
            KITAMI.clause("4-10")

    def test_clause_validates_code(self) -> None:
        """A Clause cannot be built with an unknown code."""
        with pytest.raises(UnknownClauseError):
            Clause(code="5-1", text="x", gloss="x", section="5(1)")

    def test_unknown_clause_is_a_lookup_error(self) -> None:
        """Generic handlers that catch LookupError keep working."""
        assert issubclass(UnknownClauseError, LookupError)


class TestActions:
    def test_severity_order(self) -> None:
        """Actions are ordered from keep to a police report."""
        assert [a.severity for a in Action] == [0, 1, 2, 3, 4]
        assert ordered_actions(["report_to_police", "hide", Action.DELETE, "hide"]) == (
            Action.HIDE,
            Action.DELETE,
            Action.REPORT_TO_POLICE,
        )

    def test_unknown_action(self) -> None:
        """An unknown action name lists the valid ones."""
        with pytest.raises(ValidationError, match="keep, hide, delete"):
            ordered_actions(["ban"])

    def test_string_is_not_a_sequence(self) -> None:
        """A lone string is refused rather than read letter by letter."""
        with pytest.raises(ValidationError, match="got the string"):
            ordered_actions("hide")

    def test_japanese_labels(self) -> None:
        """The Japanese labels are the policy's words."""
        assert Action.HIDE.label_ja == "非表示"
        assert Action.REPORT_TO_POLICE.label_ja == "警察に通報"
