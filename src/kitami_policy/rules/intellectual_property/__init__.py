"""Clause 4-3: 著作権、肖像権等の知的財産権を侵害するもの (copyright, portrait and other IP rights).

CLAUSES.md reads 4-3 as links to or offers of pirated works (漫画村-style sites, 無料で全話,
違法アップロード), reposting others' photos, videos or lyrics without permission (無断転載,
拾い画), counterfeit goods (スーパーコピー, 偽ブランド) and posting someone's face photo without
consent (肖像権). It does NOT cover quoting a line with attribution, sharing the city's own post
(section 6 allows likes, shares and attributed reposts), or complaining about a repost
("無断転載はやめてください"): the rules look for the commenter doing or offering it, and a
complaint, a warning or an attribution keeps a comment clean.

- ``ip.piracy``: a piracy site or pirated copy named (漫画村, ﾄﾚﾝﾄ, クラック版, 違法アップ), or
  free access to a paid work offered through a channel ("アニメ映画、全話ネットで見れるよ",
  "無料で全部見れるサイトあるよ"); free access alone is often the city's own ("図書館で読める").
- ``ip.unauthorised_repost``: the commenter reposting or passing off others' work (拾い画,
  出典なしで転載しといた, 自分の名前で出せば), or using a work without leave ("公式ロゴを勝手
  に使って", "保存して自分のブログに載せた"), or someone else's work copied, then uploaded,
  shared or sold ("番組録画してyoutubeに上げた", "電子版を自炊して共有中": ip_capture,
  ip_others, ip_upload), or a work, logo or character made into goods, sold, handed out or
  posted by a commenter who admits there was no leave ("ロゴ入りTシャツ、勝手に作って売って
  ます", "描いた人に無断でスタンプにして販売中": ip_unlicensed, ip_exploit, ip_creative); a
  request or a victim's complaint is not, nor the same act told of someone else ("勝手に作って
  売ってる人がいる", "市が勝手に写真を使った").
- ``ip.counterfeit``: counterfeits (スーパーコピー, N級品, 偽ブランド; コピー品 only on offer,
  レプリカ and 本物そっくり only of a brand on offer).
  Selling them is also 4-6, which the advertising family adds.
- ``ip.portrait``: a face photo of someone else posted, a face posted without consent, or a
  photo taken secretly (盗撮, 隠し撮り) posted.

Guard words (ip_guard: 本人の許可, 許可を取, 禁止 ...) keep a comment clean, except where an
admission that there was no leave overlaps one and reads on past it ("本人の許可？知らん",
"許可を取らずに"): the admission is what the commenter says.

Each reading is a module of this package; this one joins them into the family's exports:

| module | reading |
| --- | --- |
| :mod:`~kitami_policy.rules.intellectual_property.piracy` | ``ip.piracy`` |
| :mod:`~kitami_policy.rules.intellectual_property.repost` | ``ip.unauthorised_repost`` |
| :mod:`~kitami_policy.rules.intellectual_property.counterfeit` | ``ip.counterfeit`` |
| :mod:`~kitami_policy.rules.intellectual_property.portrait` | ``ip.portrait`` |
| :mod:`~kitami_policy.rules.intellectual_property.grammar` | what readings share: links, guards |
| :mod:`~kitami_policy.rules.intellectual_property.lists` | the names of the family's word lists |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.base import Detector, Trigger
from kitami_policy.rules.intellectual_property import counterfeit, piracy, portrait, repost
from kitami_policy.rules.intellectual_property.lists import (
    ADULT,
    BRANDS,
    CAPTURE,
    CHANNEL,
    COUNTERFEIT,
    COUNTERFEIT_SALE,
    COUNTERFEIT_WEAK,
    COVERT,
    CREATIVE,
    EXPLOIT,
    FACE,
    FACE_STRONG,
    FREE,
    GUARD,
    LAWFUL,
    MATERIAL,
    NO_CONSENT,
    OFFER,
    OTHERS,
    PATTERN_LISTS,
    PIRACY,
    PUBLISH,
    REPOST,
    REQUEST,
    REUSE,
    SELF,
    SOURCE,
    SPREAD,
    SUFFERED,
    UNLICENSED,
    UPLOAD,
    WORKS,
)

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "TRIGGERS",
    "WORD_LISTS",
]

# Confidence levels (data/rules/intellectual_property.toml [levels]), each named by the reading
# that gives it.
LEVELS: Final = piracy.LEVELS | repost.LEVELS | counterfeit.LEVELS

# Detectors return at once unless their own lists matched: a dict look-up per list is
# cheaper than a set operation on the matches of every family.
DETECTORS: Final[Mapping[str, Detector]] = {
    "ip.piracy": piracy.find_piracy,
    "ip.unauthorised_repost": repost.find_repost,
    "ip.counterfeit": counterfeit.find_counterfeit,
    "ip.portrait": portrait.find_portrait,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # A piracy word, or a work with free access or a channel: free access or a channel suffices.
    # A work beside a pirate site's host needs a work word too.
    "ip.piracy": Trigger(words={PIRACY, FREE, CHANNEL, WORKS}),
    # A repost word, or one of four pairings; the rarest list of each is named.
    "ip.unauthorised_repost": Trigger(words={REPOST, REUSE, SOURCE, CAPTURE, UNLICENSED}),
    "ip.counterfeit": Trigger(words={COUNTERFEIT, COUNTERFEIT_WEAK}),
    # A strong face word, a covert photo, or a face posted without consent: the face suffices.
    "ip.portrait": Trigger(words={FACE, FACE_STRONG, COVERT}),
}

# Every pattern of the family that runs on the folded text (tests/test_rule_patterns.py).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (*piracy.FOLDED_PATTERNS,)

WORD_LISTS: Final[tuple[str, ...]] = (
    PIRACY,
    FREE,
    OFFER,
    CHANNEL,
    WORKS,
    LAWFUL,
    REPOST,
    REUSE,
    MATERIAL,
    SOURCE,
    SPREAD,
    GUARD,
    REQUEST,
    COUNTERFEIT,
    COUNTERFEIT_WEAK,
    COUNTERFEIT_SALE,
    BRANDS,
    FACE,
    FACE_STRONG,
    PUBLISH,
    NO_CONSENT,
    SELF,
    COVERT,
    CAPTURE,
    OTHERS,
    UPLOAD,
    UNLICENSED,
    EXPLOIT,
    CREATIVE,
    ADULT,
    SUFFERED,
    # The terms the readings' patterns spell out: the automaton matches them too, so the
    # family keeps one set of lists for its guards and its patterns.
    *PATTERN_LISTS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("ip_allowed",)
LATIN_LISTS: Final[tuple[str, ...]] = ()  # no detector reads Context.latin
