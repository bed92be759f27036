"""The rules of section 4, one module per clause family (a package of modules by reading for
a family too large for one).

| clause | module |
| --- | --- |
| 4-1 personal information | :mod:`kitami_policy.rules.personal_info` |
| 4-2 defamation and insults | :mod:`kitami_policy.rules.defamation` |
| 4-3 intellectual property | :mod:`kitami_policy.rules.intellectual_property` |
| 4-4 law and public order | :mod:`kitami_policy.rules.unlawful` |
| 4-5 impersonation | :mod:`kitami_policy.rules.impersonation` |
| 4-6 advertising | :mod:`kitami_policy.rules.advertising` |
| 4-7 platform terms of use | :mod:`kitami_policy.rules.terms_of_use` |
| 4-8 off-topic | :mod:`kitami_policy.rules.off_topic` |
| 4-9 otherwise inappropriate | :mod:`kitami_policy.rules.inappropriate` |

Each family exports ``DETECTORS`` (rule id → detector function), ``LEVELS`` (the names of the
confidence levels its detectors give their evidence, whose values are the ``[levels]`` table of
its TOML file), ``TRIGGERS`` (rule id →
:class:`~kitami_policy.rules.base.Trigger`: the word lists and signals without which the
detector cannot fire, so the engine skips it on other comments), ``WORD_LISTS`` (the names
of the word lists in ``data/words/`` its detectors read), ``LATIN_LISTS`` (those of its lists
that its English detectors read word by word, through ``Context.latin``) and ``ALLOWED_LISTS``
(lists of longer allowed words that keep traps clean: ばかり is not ばか); each rule's facts are in
``data/rules/<module>.toml``. :func:`bundled_rules` joins facts and detectors.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import attrs

from kitami_policy.errors import KitamiPolicyError, PolicyFileError
from kitami_policy.policy import DATA_DIR
from kitami_policy.rules import (
    advertising,
    defamation,
    impersonation,
    inappropriate,
    intellectual_property,
    off_topic,
    personal_info,
    terms_of_use,
    unlawful,
)
from kitami_policy.rules.base import (
    ALWAYS,
    NG_WORDS,
    Context,
    Detector,
    Evidence,
    RuleSpec,
    Trigger,
)

__all__ = [
    "FAMILIES",
    "Context",
    "Detector",
    "Evidence",
    "Rule",
    "RuleSpec",
    "Trigger",
    "allowed_lists",
    "bundled_rules",
    "latin_lists",
    "word_lists",
]

FAMILIES: Final[tuple[ModuleType, ...]] = (
    personal_info,
    defamation,
    intellectual_property,
    unlawful,
    impersonation,
    advertising,
    terms_of_use,
    off_topic,
    inappropriate,
)
"""The rule families in clause order; rules run in this order."""

RULES_DIR: Final = DATA_DIR / "rules"


def _levels(
    value: Mapping[str, float] | Iterable[tuple[str, float]],
) -> tuple[tuple[str, float], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(name), float(level)) for name, level in items))


@attrs.frozen
class Rule:
    """A rule: its facts from data, its detector and the trigger that gates it from code.

    Attributes:
        spec: the rule's facts.
        detect: the detector.
        trigger: when the detector can fire at all.
        levels: the family's named confidence levels as sorted (name, confidence) pairs
            (given as a mapping or pairs), which the detector's evidence may name instead of
            the rule's own confidence.
    """

    spec: RuleSpec
    detect: Detector = attrs.field(eq=False)
    trigger: Trigger = ALWAYS
    levels: Mapping[str, float] = attrs.field(factory=dict, converter=_levels, eq=False, repr=False)

    @property
    def id(self) -> str:
        """The rule's stable id."""
        return self.spec.id


def _family_name(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[1]


def load_specs(path: Path) -> tuple[RuleSpec, ...]:
    """Read the rule facts of one family's TOML file.

    Raises:
        PolicyFileError: the file is missing or malformed.
    """
    return load_family(path)[0]


def load_family(path: Path) -> tuple[tuple[RuleSpec, ...], Mapping[str, float]]:
    """Read one family's TOML file: its rules' facts and its named confidence levels.

    Raises:
        PolicyFileError: the file is missing or malformed, or a level is not a number in
            [0, 1].
    """
    from kitami_policy.convert import from_dict

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        specs = tuple(from_dict(RuleSpec, entry) for entry in document.get("rules", []))
    except (OSError, tomllib.TOMLDecodeError, KitamiPolicyError) as exc:
        raise PolicyFileError(f"{path}: cannot read rule facts: {exc}") from exc
    return specs, _read_levels(path, document.get("levels", {}))


def _read_levels(path: Path, table: Any) -> Mapping[str, float]:
    if not isinstance(table, dict):
        raise PolicyFileError(f"{path}: [levels] must be a table of name = confidence")
    for name, value in table.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise PolicyFileError(
                f"{path}: level {name!r} must be a confidence between 0 and 1, "
                f"got {type(value).__name__}"
            )
    return {name: float(value) for name, value in table.items()}


def bundled_rules(rules_dir: Path = RULES_DIR) -> tuple[Rule, ...]:
    """Every bundled rule, facts joined with detectors, in clause order.

    Raises:
        PolicyFileError: a rule has facts but no detector, or a detector has no facts; a
            family's code and data disagree on its confidence levels.
    """
    rules: list[Rule] = []
    for family in FAMILIES:
        detectors: Mapping[str, Detector] = family.DETECTORS
        specs, levels = load_family(rules_dir / f"{_family_name(family)}.toml")
        declared: frozenset[str] = family.LEVELS
        if set(levels) != declared:
            raise PolicyFileError(
                f"levels of {_family_name(family)}: named in code but not in its data "
                f"{sorted(declared - set(levels))}, in its data but unused "
                f"{sorted(set(levels) - declared)}"
            )
        ids = {s.id for s in specs}
        missing = sorted(ids - set(detectors))
        orphans = sorted(set(detectors) - ids)
        if missing or orphans:
            raise PolicyFileError(
                f"rules of {_family_name(family)}: facts without detector {missing}, "
                f"detectors without facts {orphans}"
            )
        triggers: Mapping[str, Trigger] = family.TRIGGERS
        if set(triggers) != set(detectors):
            raise PolicyFileError(
                f"rules of {_family_name(family)}: detectors without trigger "
                f"{sorted(set(detectors) - set(triggers))}, triggers without detector "
                f"{sorted(set(triggers) - set(detectors))}"
            )
        readable = {*family.WORD_LISTS, NG_WORDS}
        for rule_id, trigger in triggers.items():
            if not trigger.words <= readable:
                raise PolicyFileError(
                    f"rule {rule_id}: its trigger names word lists "
                    f"{sorted(trigger.words - readable)} that {_family_name(family)} does not read"
                )
        rules.extend(
            Rule(spec=s, detect=detectors[s.id], trigger=triggers[s.id], levels=levels)
            for s in specs
        )
    return tuple(rules)


def word_lists() -> tuple[str, ...]:
    """The names of every word list the bundled detectors read, each once."""
    return tuple(dict.fromkeys(name for f in FAMILIES for name in f.WORD_LISTS))


def shield_scopes() -> dict[str, frozenset[str]]:
    """Map each word list to the allowed-word lists of the families that read it.

    An allowed word keeps a trap clean for the family that lists it (ばかり for 4-2's ばか)
    without silencing another family's terms that happen to sit inside it.
    """
    scopes: dict[str, set[str]] = {}
    for family in FAMILIES:
        for name in family.WORD_LISTS:
            scopes.setdefault(name, set()).update(family.ALLOWED_LISTS)
    return {name: frozenset(allowed) for name, allowed in scopes.items() if allowed}


def latin_lists() -> tuple[str, ...]:
    """The names of the bundled lists matched word by word on Latin words, each once.

    Only these are: a Latin term of another list (``jp`` among the top-level domains) is read
    by its own pattern, and matching it on every Latin word would cost time for nothing.
    """
    return tuple(dict.fromkeys(name for f in FAMILIES for name in f.LATIN_LISTS))


def allowed_lists() -> tuple[str, ...]:
    """The names of every allowed-words list of the bundled families, each once."""
    return tuple(dict.fromkeys(name for f in FAMILIES for name in f.ALLOWED_LISTS))
