"""Clause 4-2: 本市又は第三者の名誉、信用を傷つけ、誹謗中傷するもの (defamation and insults).

CLAUSES.md reads 4-2 as insults, slurs and contempt aimed at the city, its staff, the mayor or
any person or group (無能, 税金泥棒, バカ, 死ね, ゴミ, キモい), and unfounded accusations of crime
or corruption stated as fact. It does NOT cover reasoned criticism and complaints however blunt
("除雪が遅すぎます。改善してください"), disagreement, or sarcasm without insult: hiding those is
the worst error this library can make, so every word with an innocent reading needs context.

Three rules:

- ``abuse.insult``: words that are contempt wherever they stand (税金泥棒, 無能, クズ), and words
  that are contempt only when *aimed* (バカ, ゴミ, ボケ): a target right before them joined by a
  particle ("市長はバカ", "職員ってゴミだな"), a target right after ("バカ市長"), or the insult
  as the whole comment ("バカか") or as a sentence of its own ("黙ってろ、カス"). ゴミ aimed at
  the city's affairs ("対応がゴミ") asks for review; 駆除しろ takes its person as an object.
  Group slurs (unlawful_slurs.txt) are insults too: hate speech with an explicit slur is 4-2 as
  well as 4-4 ("Where clauses meet").
- ``abuse.death_wish``: 死ね and its spellings (氏ね, ﾀﾋね, 4ね, ｼﾈ, ＳＨＩＮＥ), くたばれ, 消えろ.
  Kana しね also occurs in ordinary Japanese (楽しいしね, むかしね, シネマ), so it counts only
  standing apart from the words before it or right after a target ("全員ｼﾈ").
- ``abuse.accusation``: a crime or corruption (賄賂, 横領, 裏金, 中抜き) pinned on a target and
  asserted, with no question, doubt or request to investigate; a claim of fact ("これは事実",
  "もらっている") makes it surer.
  Whether the claim is true cannot be known here, so findings are weak and ask for review.

Insults are also read turned round ("なまらバカだべ、この役所"), as a sentence of their own
after a person was named ("…税金使うな、生きてる価値ない"), and in romaji at a person ("baka
shichou") on an all-ASCII fold; an insult followed by とか言う / という is mentioned, not said.

Contempt is read as families too: for the mind, learning or worth (頭悪そう, 学のない,
のーみそ空っぽ, 国の犬), joined to a person past a comparison ("魚より頭悪そう") or a
qualifier ("学のない荒くれ者ばっかり"); an insult noun made a face ("間ヌケ面") or put in its
place ("ぶすのくせに"); and a person named by an occupation the target list lacks (a compound
ending in 員, 師, 士, 者, 官 or 係: "あの飼育員"). Words that are complaints of things
(汚い, 不潔, 病気) insult only a group by origin or trait ("同性愛者の血は汚い").

Repeated insults are 4-2 each time; flooding (4-7) is the terms-of-use family's business.

Each reading is a module of this package; this one joins them into the family's exports:

| module | reading |
| --- | --- |
| :mod:`~kitami_policy.rules.defamation.insult` | ``abuse.insult``: insults, slurs, romaji |
| :mod:`~kitami_policy.rules.defamation.aim` | what an insult is aimed at (``abuse.insult``) |
| :mod:`~kitami_policy.rules.defamation.death_wish` | ``abuse.death_wish`` |
| :mod:`~kitami_policy.rules.defamation.accusation` | ``abuse.accusation`` |
| :mod:`~kitami_policy.rules.defamation.lists` | the names of the family's word lists |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.base import Detector, Trigger
from kitami_policy.rules.defamation import accusation, aim, death_wish, english, insult
from kitami_policy.rules.defamation.lists import (
    AFFAIRS,
    AIMED,
    CRIMES,
    DEATH,
    DEATH_KANA,
    ENGLISH,
    ENGLISH_TARGETS,
    ENGLISH_TRAITS,
    FACTS,
    GROUPS,
    HATE_GROUPS,
    HEDGES,
    INSULTS,
    KATA,
    PERSON,
    SLURS,
    TARGETS,
    WORKS,
)
from kitami_policy.rules.reading import WORD_LISTS as READINGS

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "TRIGGERS",
    "WORD_LISTS",
]

# Confidence levels (data/rules/defamation.toml [levels]): how sure each reading of an aimed
# insult is, romaji, and an accusation without a claim of fact.
LEVELS: Final = aim.LEVELS | insult.LEVELS | english.LEVELS | accusation.LEVELS

# Detectors return at once unless their own lists matched: a dict look-up per list is
# cheaper than a set operation on the matches of every family.
DETECTORS: Final[Mapping[str, Detector]] = {
    "abuse.insult": insult.find_insults,
    "abuse.death_wish": death_wish.find_death_wishes,
    "abuse.accusation": accusation.find_accusations,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # Evidence comes from matches of these four lists (targets, works and affairs only qualify
    # them), or from romaji read on an all-ASCII fold, which needs a romaji insult: a letter.
    "abuse.insult": Trigger(
        words={INSULTS, AIMED, PERSON, SLURS, KATA, ENGLISH, ENGLISH_TRAITS}, signals={"latin"}
    ),
    "abuse.death_wish": Trigger(words={DEATH, DEATH_KANA}),
    # The evidence is the crime matches; targets and facts only qualify them.
    "abuse.accusation": Trigger(words={CRIMES}),
}

# Every pattern of the family that runs on the folded text (tests/test_rule_patterns.py).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    *aim.FOLDED_PATTERNS,
    *death_wish.FOLDED_PATTERNS,
    *insult.FOLDED_PATTERNS,
)

WORD_LISTS: Final[tuple[str, ...]] = (
    INSULTS,
    AIMED,
    PERSON,
    TARGETS,
    WORKS,
    AFFAIRS,
    DEATH,
    DEATH_KANA,
    CRIMES,
    FACTS,
    HEDGES,
    KATA,
    ENGLISH,
    ENGLISH_TRAITS,
    ENGLISH_TARGETS,
    GROUPS,
    HATE_GROUPS,
    SLURS,
    *READINGS,
    # The words the modules' patterns and term sets read (each module's WORD_LISTS): matched by
    # the automaton too, so that the family keeps one set of lists.
    *aim.WORD_LISTS,
    *accusation.WORD_LISTS,
    *death_wish.WORD_LISTS,
    *insult.WORD_LISTS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("defamation_allowed",)
# The lists its English detectors read word by word (Context.latin): only these are
# matched on a comment's Latin words.
LATIN_LISTS: Final[tuple[str, ...]] = (ENGLISH, ENGLISH_TRAITS, ENGLISH_TARGETS)
