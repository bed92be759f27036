"""Named confidence levels: detectors name them, the family's data gives their values."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

from kitami_policy import Comment
from kitami_policy.engine import Engine
from kitami_policy.errors import OutOfRangeError, PolicyFileError
from kitami_policy.findings import Span
from kitami_policy.rules import FAMILIES, Rule, bundled_rules, load_family
from kitami_policy.rules.base import ALWAYS, Evidence, RuleSpec

RULES_DIR = Path(__file__).parents[1] / "src" / "kitami_policy" / "data" / "rules"


def _sources(family: object) -> list[Path]:
    """The source files of a family: its module, or every module of its package."""
    path = Path(family.__file__)  # type: ignore[attr-defined]
    if path.name == "__init__.py":
        return sorted(path.parent.rglob("*.py"))
    return [path]


class TestLevelsAsData:
    """Each family's levels are declared in code and valued in its TOML, and the two agree."""

    @pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.__name__.rsplit(".", 1)[1])
    def test_code_and_data_name_the_same_levels(self, family: object) -> None:
        """The names a family's detectors use are exactly its data's [levels]."""
        name = family.__name__.rsplit(".", 1)[1]  # type: ignore[attr-defined]
        _, levels = load_family(RULES_DIR / f"{name}.toml")
        assert set(levels) == family.LEVELS  # type: ignore[attr-defined]

    @pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.__name__.rsplit(".", 1)[1])
    def test_detectors_hold_no_confidence_literals(self, family: object) -> None:
        """No detector passes a number where a level is named: confidence is policy data."""
        for path in _sources(family):
            source = path.read_text(encoding="utf-8")
            assert not re.search(r"level=\s*0?\.\d|confidence=\s*0?\.\d", source), path

    def test_a_level_missing_from_the_data_is_refused(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A level named in code but absent from the TOML stops the engine from being built."""
        from kitami_policy.rules import defamation

        monkeypatch.setattr(defamation, "LEVELS", defamation.LEVELS | {"no_such_level"})
        with pytest.raises(PolicyFileError, match="no_such_level"):
            bundled_rules()

    def test_a_level_outside_the_unit_interval_is_refused(self, tmp_path: Path) -> None:
        """A confidence level must be a number between 0 and 1."""
        path = tmp_path / "family.toml"
        path.write_text("[levels]\nsure = 1.5\n", encoding="utf-8")
        with pytest.raises(PolicyFileError, match="'sure' must be a confidence between 0 and 1"):
            load_family(path)


class TestLevelsReachFindings:
    """A finding's confidence is the named level's value, or else the rule's own."""

    def _engine(self, level: str | None, value: float = 0.5) -> Engine:
        spec = RuleSpec(
            id="test.rule", clause="4-9", confidence=0.9, rationale_ja="テスト", rationale_en="t"
        )

        def found(ctx: object) -> tuple[Evidence, ...]:
            return (Evidence(spans=(Span(0, 1),), level=level),)

        rule = Rule(spec=spec, detect=found, trigger=ALWAYS, levels={"weak": value})
        return attrs.evolve(Engine.default(), rules=(rule,))

    def test_a_named_level_sets_the_confidence(self) -> None:
        """Evidence naming a level gets that level's confidence (and asks for review)."""
        decision = self._engine("weak").assess(Comment(id="c", text="abc"))
        assert [f.confidence for f in decision.findings] == [0.5]
        assert decision.needs_review

    def test_no_level_keeps_the_rules_confidence(self) -> None:
        """Evidence naming no level carries the rule's own confidence."""
        decision = self._engine(None).assess(Comment(id="c", text="abc"))
        assert [f.confidence for f in decision.findings] == [0.9]

    def test_a_rule_of_ones_own_with_a_level_out_of_range_is_refused(self) -> None:
        """A level of a rule of one's own outside [0, 1] is refused when evidence names it."""
        with pytest.raises(OutOfRangeError, match=r"confidence must lie in \[0, 1\]"):
            self._engine("weak", 1.5).assess(Comment(id="c", text="abc"))
