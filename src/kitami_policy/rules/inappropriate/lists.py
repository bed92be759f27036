"""The names of the word lists clause 4-9 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists.
The operator's NG words are no file: the operator supplies them at run time, and the engine
compiles them under the name :data:`kitami_policy.rules.base.NG_WORDS`, re-exported here.
"""

from __future__ import annotations

from typing import Final

from kitami_policy.rules.base import NG_WORDS

__all__ = ["MASH", "NG_WORDS"]

MASH: Final = "inappropriate_mash"
