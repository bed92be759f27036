"""Clause 4-4: 法令や公序良俗に反するもの (against the law or public order and morals).

CLAUSES.md reads 4-4 as threats and incitement to violence (殺す, 爆破する, 放火), crime
solicitation and the sale of illegal things (drugs, weapons, fake IDs), obscene or sexual
content, and discrimination and hate speech against a group by origin, race, disability,
gender, etc. It does NOT cover legal but unpopular opinions ("移民政策には反対"), or reporting
a crime ("看板が壊されていました", "殺すぞと言われました"); nor the traps 殺菌, 殺虫, 殺到,
死ぬほど美味しい, 爆発的な人気, 爆弾低気圧, 燃やすゴミ, ストーブに火をつける, 害虫を殺す.

Rules, each with the law a police report would cite (data/rules/unlawful.toml):

- ``law.threat``: threats of violence (殺してやる, ぶん殴る, 夜道に気をつけろ), verbs of
  violence aimed at a person ("係長を絶対ころす", "市長をさす"), damage threatened to property
  ("支所の窓も割る") and poison put in; 脅迫 (Penal Code art. 222).
- ``law.bomb_threat``: a bombing announced against a place; 威力業務妨害 (art. 234).
- ``law.arson``: a burning threatened ("市役所に火をつける", "燃やしてやる").
- ``law.crime_solicitation``: recruiting for criminal jobs (闇バイト, 受け子, 口座売買) and
  inciting crimes (空き巣のチャンス, 飲酒運転余裕, 一緒に忍び込もう).
- ``law.drug_sale``, ``law.weapon_sale``, ``law.forgery_sale``: offering drugs, guns or forged
  documents. Selling is also 4-6, which the advertising family adds.
- ``law.drug_use``: using, growing or inviting others to take an illegal drug ("大麻吸おうぜ").
- ``law.contraband_sale``: poached game, stolen goods, blood or organs offered
  (密猟したエゾシカ肉、売ります; 血を売りたい人、高く買い取ります).
- ``law.obscene``: sexual content and boasts of sexual crimes.
- ``law.hate``: a group by origin or trait told to leave, called vermin or criminals, or
  named by a slur. A slur is also 4-2 (rules/defamation/ reads the same slur list).

Each reading is a module of this package; this one joins them into the family's exports:

| module | reading |
| --- | --- |
| :mod:`~kitami_policy.rules.unlawful.threats` | ``law.threat``: violence, intent, weapons, homes |
| :mod:`~kitami_policy.rules.unlawful.damage` | damage and poison threatened (``law.threat``) |
| :mod:`~kitami_policy.rules.unlawful.bomb_arson` | ``law.bomb_threat``, ``law.arson`` |
| :mod:`~kitami_policy.rules.unlawful.crime` | ``law.crime_solicitation``, ``law.drug_use`` |
| :mod:`~kitami_policy.rules.unlawful.sales` | the four ``law.*_sale`` rules |
| :mod:`~kitami_policy.rules.unlawful.obscene` | ``law.obscene`` |
| :mod:`~kitami_policy.rules.unlawful.hate` | ``law.hate`` |
| :mod:`~kitami_policy.rules.unlawful.grammar` | what the readings share: objects, intent, mention |
| :mod:`~kitami_policy.rules.unlawful.lists` | the names of the family's word lists |

Verbs of violence count in every conjugation and register (殺したる, ぶっ〇す, 刺そう), aimed
at a named person, at anything taken as their object (田中を刺す; pests, breath and the town
aside) or after a resolve ("今度会ったら刺す"). A comment that reports or quotes a threat, or
warns against a crime, is left alone.

Beyond single words, threats are read as families: a weapon carried to a place or a person
("刃物持って市役所に行く", unlawful_armed.txt), a vehicle rammed into a place, something done at
the addressee's home ("お前らの家に…してやろうか"), weapon emoji aimed at a person or place
(fold drops emoji, so they are read off the original), and romaji on an all-ASCII fold
("shichou wo korosu"). A phrase inside 「」 or followed by という is quoted, not made. Drugs
offered by emoji (❄️ 🍁 🌿) need a covert channel; a child with a lure (unlawful_minors.txt,
unlawful_lure.txt) is sexual solicitation; any "〇〇人" told to go home is hate by origin.

Threats are also read as a verb of harm and a form of intent, not as fixed phrases:

- a verb of violence (unlawful_harm.txt, in its connective form) with an auxiliary of intent
  after it: てやる, たる, たろか, ちゃお, とく, に行く, てくるわ ("轢きに行く", "襲ってやろうか");
- a killing verb with the first half of its compound ("見つけたら轢き〇す", "ひきころす"): the
  resolve or person stands before the whole compound;
- damage (器物損壊, unlawful_damage.txt) aimed at a thing, a place or a person: a plain form
  right after its object ("支所の窓も割る"), an intent or volitional form with the thing named
  earlier in the same sentence ("花壇の花、夜中に全部引っこ抜いてやる"); an animal or the weather
  as subject ("シカが畑を…") is no threat;
- poison put in with intent ("浄水場にドクでも入れてやろうか"), or anything harmful put into a
  water or food supply (unlawful_supply.txt: "給食に洗剤混ぜとく").

Crimes are invited in the same way: a crime in the active form (unlawful_crime.txt) proposed
("盗もうぜ", "忍び込もう"), offered to partners ("一緒にやる人募集") or called easy and not denied
("盗むのも簡単そう"), and loot with a taking verb ("金目の物いただこうぜ"); passives and attempts
("空き巣に入られた", "侵入しようとした") are reports. A drug, or slang rarely meant otherwise
with an offer beside it, said to be in stock is a sale whatever else the comment says ("白い粉も
ありまーす❄ 欲しい人は連絡"). 偽 and にせ make a forgery only with a document right after them
("偽のマイナンバーカード作れるよ"). Blood and organs offered are contraband. A group told to be
left to die or without help (unlawful_hate_neglect.txt, the group as topic or object) and a
group kept from what others may do ("献血させるな", "部屋を貸すな") are hate.

Implicit threats are read too: someone's private life (unlawful_private_life.txt) said to be
known or looked up with a menacing ending ("家の場所わかってるからな", "お子さんの学校、調べて
ありますからね"), and a visit announced at a named person's home ("担当の皆さまのご自宅へ一軒ずつ
ご挨拶に伺います"). A thing (unlawful_property.txt) burnt with intent is arson ("重機燃やすから");
two identity documents offered to be made, with the buyer invited and no issuing office named, are
forgeries ("在留カードも免許証も作れます。ご相談を"). 黙れ said to an age group is an insult,
not hate.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.base import Detector, Trigger
from kitami_policy.rules.reading import WORD_LISTS as READINGS
from kitami_policy.rules.unlawful import (
    bomb_arson,
    crime,
    damage,
    grammar,
    group_hate,
    hate,
    obscene,
    sales,
    threats,
)
from kitami_policy.rules.unlawful.lists import (
    ACCOUNT_TRADE,
    ARMED,
    ARSON,
    BOMB,
    CONTRABAND,
    CRIME,
    DAMAGE,
    DOCUMENTS,
    DRUG_SLANG,
    DRUG_USE,
    DRUGS,
    FORGERY,
    FRAUD_JOBS,
    GROUPS,
    GUARD,
    HARM,
    HATE,
    HATE_EXCLUDE,
    HATE_GROUPS,
    HATE_GUARD,
    HATE_LABELS,
    HATE_NEGLECT,
    HATE_PHRASES,
    HATE_STATUS_GROUPS,
    HATE_WEAK,
    INCITE,
    KILL,
    LOOT,
    LURE,
    MINORS,
    NONHUMAN,
    OBSCENE,
    OBSCENE_KATA,
    PLACES,
    POISON,
    POLICY_GROUPS,
    PRIVATE_LIFE,
    PROPERTY,
    RECRUIT,
    REPORT,
    SALE,
    SECRET,
    SEXUAL_ACTS,
    SEXUAL_BODY,
    SEXUAL_WORDS,
    SLURS,
    SUPPLY,
    TARGETS,
    THREAT,
    THREAT_ENGLISH,
    WEAPONS,
)

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "TRIGGERS",
    "WORD_LISTS",
]

# Confidence levels (data/rules/unlawful.toml [levels]), each named by the reading that gives it.
LEVELS: Final = threats.LEVELS | crime.LEVELS | sales.LEVELS | obscene.LEVELS | hate.LEVELS

# Detectors return at once unless their own lists matched: a dict look-up per list is
# cheaper than a set operation on the matches of every family.
DETECTORS: Final[Mapping[str, Detector]] = {
    "law.threat": threats.find_threats,
    "law.bomb_threat": bomb_arson.find_bomb_threats,
    "law.arson": bomb_arson.find_arson,
    "law.crime_solicitation": crime.find_crime_solicitation,
    "law.drug_sale": sales.find_drug_sale,
    "law.drug_use": crime.find_drug_use,
    "law.contraband_sale": sales.find_contraband_sale,
    "law.weapon_sale": sales.find_weapon_sale,
    "law.forgery_sale": sales.find_forgery_sale,
    "law.obscene": obscene.find_obscene,
    "law.hate": hate.find_hate,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # Threat words, a weapon carried, a place rammed or a home named; weapon emoji need a target
    # or a place (emoji have no signal, so targets stay); romaji threats on an all-ASCII fold
    # need letters.
    "law.threat": Trigger(
        words={
            TARGETS,
            PLACES,
            THREAT,
            KILL,
            ARMED,
            HARM,
            DAMAGE,
            POISON,
            SUPPLY,
            PRIVATE_LIFE,
        },
        signals={"latin"},
    ),
    "law.bomb_threat": Trigger(words={BOMB, PLACES}),
    # A burning word, or a place or a thing with fire said near it.
    "law.arson": Trigger(words={ARSON, PLACES, PROPERTY}),
    # Recruiting fires only on a criminal job with a recruit or secret word: the job suffices.
    "law.crime_solicitation": Trigger(words={INCITE, ACCOUNT_TRADE, FRAUD_JOBS, CRIME, LOOT}),
    # A drug in stock, slang in stock (it needs an offer, a covert channel or an emoji), or
    # anything on sale (slang and emoji offers need the sale word).
    "law.drug_sale": Trigger(words={DRUGS, DRUG_SLANG, SALE}),
    # The rest need two lists each; the rarer one is named.
    "law.drug_use": Trigger(words={DRUGS}),
    "law.contraband_sale": Trigger(words={CONTRABAND}),
    "law.weapon_sale": Trigger(words={WEAPONS}),
    # A forgery word, or identity documents offered to be made without one.
    "law.forgery_sale": Trigger(words={FORGERY, DOCUMENTS}),
    # A lure fires only with a minor named: the lure suffices.
    "law.obscene": Trigger(words={OBSCENE, OBSCENE_KATA, LURE, SEXUAL_WORDS, SEXUAL_BODY}),
    # A slur, a hate phrase, an origin told to leave (a hate word), or labels, weak or
    # exclusion words said of a group: those need the group, which suffices.
    # The group reading also needs one of its groups (or a slur) and a predicate: the
    # predicate lists suffice.
    "law.hate": Trigger(words={HATE, SLURS, HATE_PHRASES, GROUPS, *group_hate.PREDICATES}),
}

# Every pattern of the family that runs on the folded text (tests/test_rule_patterns.py).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    *bomb_arson.FOLDED_PATTERNS,
    *crime.FOLDED_PATTERNS,
    *damage.FOLDED_PATTERNS,
    *grammar.FOLDED_PATTERNS,
    *group_hate.FOLDED_PATTERNS,
    *hate.FOLDED_PATTERNS,
    *sales.FOLDED_PATTERNS,
    *threats.FOLDED_PATTERNS,
)

WORD_LISTS: Final[tuple[str, ...]] = (
    THREAT,
    THREAT_ENGLISH,
    ARMED,
    KILL,
    NONHUMAN,
    BOMB,
    ARSON,
    PLACES,
    REPORT,
    INCITE,
    FRAUD_JOBS,
    RECRUIT,
    ACCOUNT_TRADE,
    CONTRABAND,
    HATE_EXCLUDE,
    GUARD,
    DRUGS,
    DRUG_SLANG,
    DRUG_USE,
    SECRET,
    SALE,
    WEAPONS,
    FORGERY,
    DOCUMENTS,
    OBSCENE,
    OBSCENE_KATA,
    SEXUAL_WORDS,
    SEXUAL_BODY,
    SEXUAL_ACTS,
    MINORS,
    LURE,
    GROUPS,
    POLICY_GROUPS,
    HATE,
    HATE_WEAK,
    HATE_LABELS,
    HATE_GUARD,
    HATE_PHRASES,
    HATE_NEGLECT,
    SLURS,
    HARM,
    DAMAGE,
    PROPERTY,
    POISON,
    SUPPLY,
    CRIME,
    LOOT,
    PRIVATE_LIFE,
    TARGETS,
    HATE_GROUPS,
    HATE_STATUS_GROUPS,
    *group_hate.PREDICATES,
    *READINGS,
    # The words the readings' patterns are written with (each module's WORD_LISTS), shared by
    # the automaton and the patterns; a list two readings share is named once.
    *dict.fromkeys(
        name
        for module in (grammar, threats, bomb_arson, crime, damage, group_hate, hate, sales)
        for name in module.WORD_LISTS
    ),
)
# The insult words hate speech uses (ゴミ, バカ) are kept clean by the same allowed words as in
# 4-2 (ゴミ出し, ばかり).
ALLOWED_LISTS: Final[tuple[str, ...]] = ("unlawful_allowed", "defamation_allowed")
# The lists its English detectors read word by word (Context.latin): only these are
# matched on a comment's Latin words.
LATIN_LISTS: Final[tuple[str, ...]] = (THREAT_ENGLISH,)
