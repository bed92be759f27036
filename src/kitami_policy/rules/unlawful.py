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
  named by a slur. A slur is also 4-2 (rules/defamation.py reads the same slur list).

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
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules.base import Context, Detector, Evidence, Trigger

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS"]

_THREAT: Final = "unlawful_threat"
_ARMED: Final = "unlawful_armed"
_KILL: Final = "unlawful_kill"
_NONHUMAN: Final = "unlawful_nonhuman"
_BOMB: Final = "unlawful_bomb"
_ARSON: Final = "unlawful_arson"
_PLACES: Final = "unlawful_places"
_REPORT: Final = "unlawful_report"
_INCITE: Final = "unlawful_incite"
_FRAUD_JOBS: Final = "unlawful_fraud_jobs"
_RECRUIT: Final = "unlawful_recruit"
_ACCOUNT_TRADE: Final = "unlawful_account_trade"
_CONTRABAND: Final = "unlawful_contraband"
_HATE_EXCLUDE: Final = "unlawful_hate_exclude"
_GUARD: Final = "unlawful_guard"
_DRUGS: Final = "unlawful_drugs"
_DRUG_SLANG: Final = "unlawful_drug_slang"
_DRUG_USE: Final = "unlawful_drug_use"
_SECRET: Final = "unlawful_secret"
_SALE: Final = "unlawful_sale"
_WEAPONS: Final = "unlawful_weapons"
_FORGERY: Final = "unlawful_forgery"
_DOCUMENTS: Final = "unlawful_documents"
_OBSCENE: Final = "unlawful_obscene"
_OBSCENE_KATA: Final = "unlawful_obscene_kata"
_MINORS: Final = "unlawful_minors"
_LURE: Final = "unlawful_lure"
_GROUPS: Final = "unlawful_groups"
_POLICY_GROUPS: Final = "unlawful_policy_groups"
_HATE: Final = "unlawful_hate"
_HATE_WEAK: Final = "unlawful_hate_weak"
_HATE_LABELS: Final = "unlawful_hate_labels"
_HATE_GUARD: Final = "unlawful_hate_guard"
_HATE_PHRASES: Final = "unlawful_hate_phrases"
_HATE_NEGLECT: Final = "unlawful_hate_neglect"
_SLURS: Final = "unlawful_slurs"
_HARM: Final = "unlawful_harm"
_DAMAGE: Final = "unlawful_damage"
_PROPERTY: Final = "unlawful_property"
_POISON: Final = "unlawful_poison"
_SUPPLY: Final = "unlawful_supply"
_CRIME: Final = "unlawful_crime"
_LOOT: Final = "unlawful_loot"
_PRIVATE_LIFE: Final = "unlawful_private_life"
# Owned by the same author (rules/defamation.py): the people a threat can be aimed at.
_TARGETS: Final = "defamation_targets"

# Between a person and the verb of violence aimed at them ("係長を絶対", "市長まじで", "市長、").
_OBJECT: Final = re.compile(
    r"(?:さん|ども|ら|たち|達|全員|みんな|の野郎|のやつ|の奴)?(?:を|も|なんか|は)?"
    r"(?:絶対|必ず|まじで|まじ|本気で|がちで|今から|いつか|全員|みんな|まとめて|一人残らず"
    r"|絶対に|必ずや|今度|次|明日|いつか必ず)?"
)
# Anything as the object of the verb ("田中を刺す", "あの店主をぶん殴る"); pests, breath and
# the town are set aside by unlawful_nonhuman.txt.
_ANY_OBJECT: Final = re.compile(
    r"を(?:絶対|必ず|まじで|まじ|本気で|がちで|今から|いつか|全員|みんな|まとめて|一人残らず"
    r"|絶対に|今度|次|明日)?$"
)
# Verbs that are threats only with a person named: 消す, 埋める take any object.
_TARGET_ONLY: Final = frozenset(
    (
        "消す",
        "埋める",
        "沈める",
        "やっちまえ",
        "やっちゃえ",
        "撃つ",
        "消してやる",
        "消したる",
        "埋めてやる",
        "ぶっ飛ばす",
        "ぶっとばす",
        "吹っ飛ばす",
        "ぶっ飛ばします",
    )
)
# A resolve word right before the verb: a threat even without a named object.
_RESOLVE: Final = re.compile(
    r"(?:^|絶対|必ず|本気で|まじで|がちで|今から|いつか|全員|みんな|まとめて|一人残らず"
    r"|お前|おまえ|てめ|てめえ|貴様|きさま|お前ら|おまえら|てめえら|あいつ|こいつ|そいつ"
    r"|誰か|だれか|誰でも|だれでも|無差別に|片っ端から|ばあ|ばばあ|じい|じじい|くそ|糞|おっさん"
    r"|ばか|あほ|ぼけ|かす|くず|野郎"
    r"|会ったら|あったら|見かけたら|見つけたら|見つけ次第|出てきたら|来たら"
    r"|(?:包丁|ないふ|刃物|ばっと|はんまー|はんま|鉄ぱいぷ|銃|車|ほうちょう)で)(?:を|も|ら)?$"
)
# After the verb: the clause ends there ("市長を殺す。", "刺すから"), not "襲うクマ".
_CLAUSE_END: Final = re.compile(
    r"(?:$|ぞ|ぜ|から|わ|よ|ね|し(?!か)|w|草|かな|か|つもり|予定|日|って決め|べき|しか"
    r"|気|っ|で(?:す|しょ)|ま(?:す|しょ)|やろ|ど|ほかな|しかな|しかね)"
)
# After a threat phrase: it is named or quoted, not made ("天誅という言葉").
_MENTIONED: Final = re.compile(
    r"(?:という|といった|とか言|って言葉|なんて言葉|などと|と言う|と書|って書|とは|の意味)"
)
# After a weapon carried: a resolve or a destination ("包丁持って行くから待ってろ").
_ARMED_END: Final = re.compile(r"(?:行|い)?(?:く|き|っ)?(?:ぞ|からな|から待|て待|て行くぞ|てくぞ)")
# Why someone carries a knife or a bat for a good reason.
_ARMED_INNOCENT: Final = re.compile(
    r"練習|部活|試合|野球|料理|教室|研ぎ|講習|キャンプ|きゃんぷ|調理|買い"
)
# Waiting for someone somewhere, before the weapon ("会場で待ってるよ。金属バット持ってな").
_WAITING: Final = re.compile(r"待って(?:る|ろ|いる|います)|待ってるから|待ち伏せ")
_ARMED_GO: Final = re.compile(r"(?:行く|いく|行き|いき|行って|いって|来|乗り込|向か|突撃|押しかけ)")
# The first half of a compound verb of killing ("ひき殺す", "轢き〇す", "しめころす"): a
# resolve or a person before it aims the whole verb.
_KILL_PREFIX: Final = re.compile(
    r"(?:ひき|轢き|引き|しめ|絞め|締め|たたき|叩き|なぐり|殴り|さし|刺し|うち|撃ち|なぶり|嬲り"
    r"|けり|蹴り|やき|焼き|ふみ|踏み|きり|斬り|切り|つき|突き|くびり|縊り|ぶっ|ぶち|ぶん)$"
)
# After the connective stem of a verb of harm: an auxiliary of intent ("殺し" + "てやろうか",
# "割っ" + "たる", "轢き" + "に行く"), not a report ("殺した", "割ってしまった").
_INTENT: Final = re.compile(
    r"(?:て|で)(?:やる|やろ|やっから|やっぞ|やん(?:よ|ぞ|で|$)|こま)"
    r"|(?:た|だ)(?:る|ろ(?!うな|うね|うに|うけど))"
    r"|(?:ちゃ|じゃ)お|(?:と|ど)(?:く(?:わ|ぞ|か|$)|こ(?:う|か))"
    r"|に(?:行|い)(?:く(?!な|の|人|ひと|と|ため)|こ|った(?:る|ろ))"
    r"|(?:て|で)く(?:る(?:わ|ぞ|から)|っから)"
)
# Kansai "end up" auxiliaries: intent with violence (いてまう), not with damage (壊してまう).
_VIOLENT_INTENT: Final = re.compile(r"(?:て|で)(?:まう|もうた|こます)")
# After a verb of damage in the plain form: the clause ends there ("窓も割る。", "壊すぞ").
_DAMAGE_END: Final = re.compile(
    r"(?:$|ぞ|ぜ|から|わ(?!け|り)|よ|ね|し(?!か)|w|草|かな|か(?!ら|も|ど|た|ね)|つもり|気"
    r"|って決め|しかな|しかね|ど|っ)"
)
# Between a thing, place or person and the damage done to it ("窓も", "市役所を全部"): its
# object, not the owner of something else ("市長の利権を潰す" is politics).
_DAMAGE_GAP: Final = re.compile(
    r"(?:を|も|とか|は|ごと|まで|だけ|なんか|ぐらい|くらい)?"
    r"(?:全部|ぜんぶ|全て|すべて|まとめて|片っ端から|絶対|必ず|今夜|今晩|夜中に|明日|今度"
    r"|ついでに|一枚残らず|残らず|いつか|めちゃくちゃに|粉々に|こなごなに|ばきばきに|本気で|まじで"
    r"|こっそり|思いっきり|思い切り|次々|次々に|一つずつ|ひとつずつ)*$"
)
# How far (folded characters) a thing may stand before the verb of damage in the same sentence.
_DAMAGE_REACH: Final = 20
# Sentence ends in the original text: a thing named in one sentence is not the object of a verb
# in the next.
_SENTENCE_END: Final = re.compile(r"[。．！!？?\n]")
# A threat with its own first-person intent right after it ("爆弾を置いてくから",
# "火事にしてやるよ"), not followed by a report of it ("…してやると言われた", "…ぞという予告").
_OWN_INTENT: Final = re.compile(
    r".{0,12}?(?:てやる|でやる|てやろ|ったる|ってやる|てくから|てくぞ|てくわ|とくから|とくぞ)"
    r"(?:よ|ぞ|わ|からな|から|な)?(?!と|って|という|とか|予告|らしい|そう)"
)
_OWN_INTENT_REACH: Final = 16
# A poison put in with intent ("毒でも入れてやろうか", "毒盛ったる", "毒流す"): what follows the
# poison or, for anything else, a water or food supply and the thing put in.
_PUT_IN: Final = (
    r"(?:を|でも|とか|も|なんか|なんて|や)?(?:こっそり|たっぷり|大量に|全部|少し|ちょっと)?"
    r"(?:(?:入れ|いれ|混ぜ|まぜ|仕込ん|しこん|ぶち込ん|ぶちこん|投げ込ん|なげこん|盛っ|もっ"
    r"|流し|ながし|撒い|まい|ばらまい|ばら撒い|混入し|注入し|垂らし|たらし)"
    r"(?:て|で)?(?:やる|やろ|やん|たる|たろ|とく|とこ|ちゃお|おく|おこ|みよ|くる(?:わ|ぞ|$))"
    r"|(?:入れ|いれ|混ぜ|まぜ|盛|仕込|流|撒|まく|撒く|混入す|注入す)(?:る|す|む|く)?"
    r"(?:$|ぞ|わ|から|つもり|予定|しかな|か(?:$|な)))"
)
_POISONED: Final = re.compile(_PUT_IN)
_TAINTED: Final = re.compile(
    r"(?:に|へ|の中に|にも|の中へ)(?:[^。]{0,6}?)"
    r"(?:薬|くすり|農薬|除草剤|殺虫剤|殺鼠剤|洗剤|漂白剤|灯油|ガソリン|下剤|睡眠薬|おしっこ|小便"
    r"|しょんべん|汚物|針|画鋲"
    r"|がびょう|ガラス片|虫|ごきぶり|排泄物|糞|うんこ)" + _PUT_IN
)
# After a volitional form: an attempt reported ("侵入しようとした"), not a proposal.
_ATTEMPT: Final = ("とし", "とす", "とする")
# After a crime in the active form: it is suffered, not done ("空き巣に入られた").
_PASSIVE: Final = ("られ", "れ")
# After a crime: let us do it ("盗もうぜ", "忍び込もう", "空き巣しようか", "盗みに行こう").
_LET_US: Final = re.compile(
    r"(?:う|もう|こう|ろう|よう|しよう|しよ|やろう|やろ|に行こう|にいこう|に行かない|にいかない"
    r"|行こう|いこう|入ろう|はいろう|ちゃお|じゃお|でいこう|でこう|に行くぞ|にいくぞ"
    r"|(?:て|で).{1,4}?(?:ろう|こう|よう|もう|おう|そう))"
    r"(?:ぜ|か|や|よ|べ|って|$|w)"
)
# Partners wanted for it ("一緒にやる人募集", "やれる奴いない", "誰か手伝って").
_TOGETHER: Final = re.compile(
    r"(?:一緒に|いっしょに|一緒|いっしょ|皆で|みんなで)"
    r"(?:やる|やろ|やら|やれ|行く|行こ|行か|いく|いこ|いか|する|しよ|しな|どう|来|入)"
    r"|(?:やる|やれる|やりたい|やってくれる|行ける|来れる|来られる|手伝える|手伝ってくれる"
    r"|乗る|乗れる|組める)(?:人|奴|やつ|方|仲間)"
    r"|仲間(?:募集|集め|求む|になって|を募集|探し)|相棒(?:募集|探し)"
    r"|(?:誰か|だれか)(?:一緒|いっしょ|やら|行か|いか|手伝|乗ら|組ま)"
)
_TOGETHER_REACH: Final = 40
# After a crime: it is easy or safe now ("盗むのも簡単そう", "忍び込むなら楽勝").
_EASE: Final = re.compile(
    r"簡単|かんたん|楽勝|らくしょう|余裕|ちょろ|狙い目|ねらいめ|ちゃんす|放題|ばれな|ばれね|ばれへん"
    r"|楽そう|らくそう"
)
# After the ease: it is denied ("簡単ではない", "余裕はない", "楽勝なわけない").
_NOT_SO: Final = re.compile(
    r"な(?:い|く|かった)|無い|ませ|させな|とは限|わけ(?:が|は)?な|はず(?:が|は)?な"
)
# After loot: let us take it ("金目の物いただこうぜ", "金品を奪おう", "賽銭盗もう").
_TAKE_TOGETHER: Final = re.compile(
    r"(?:を|も|とか|だけ)?(?:全部|ぜんぶ|根こそぎ|ごっそり|まとめて|ありったけ)?"
    r"(?:いただ|頂|ちょうだいし|頂戴し|盗|ぬす|奪|うば|かっぱら|ぱく|盗っ)"
    r"(?:こう|ろう|もう|そう|おう|よう|っちゃお|ちゃお|ちゃえ|っちゃえ|てこう|ていこう|いに行こう"
    r"|みに行こう|りに行こう)"
)
# Forgery terms that only name a fake: they need a document right after them.
_FAKE: Final = frozenset(("偽", "にせ", "偽物", "にせもの", "ふぇいく"))
# After a fake document: an offer to make, send or sell it ("作れるよ", "3日で届ける").
_MADE: Final = re.compile(
    r"作れ(?:る|ます)|つくれ(?:る|ます)|作ります|作ってあげ|作ってやる|作ったる|作成(?:します|でき|可能|承)"
    r"|用意(?:します|でき)|発行(?:します|でき)|売ります|売るよ|売って(?:る|ます)|譲ります|届け(?:ます|る)"
    r"|お届け|手に入(?:る|ります)"
)
# Whoever really issues identity documents: "市役所で作れます" tells where, it offers nothing.
_ISSUER: Final = re.compile(r"役所|窓口|せんた|警察|入管|交付|申請|更新|手続")
# The buyer invited to get in touch ("ご相談を", "DMで").
_INVITED: Final = re.compile(r"相談|連絡|dm|ご依頼|お問い合わせ|問い合わせ")
# How far an offer to make documents may stand after the last one named.
_MADE_REACH: Final = 24
# Drug slang rarely meant otherwise; with a second slang word and an offer, a drug sale.
_STRONG_SLANG: Final = frozenset(
    ("冷たいの", "冷たいやつ", "白い粉", "白いの", "上物", "ぶっ飛べる", "手押し")
)
# Right after a drug, past a particle: it is on offer ("大麻あります", "白い粉もあるよ").
_IN_STOCK_AFTER: Final = re.compile(
    r"(?:も|が|は|なら|なんかも|とか)?(?:あります|あるよ|ある人|あるで|あるぜ|あるけど|入りました"
    r"|入荷|揃って|そろって|在庫|余って|持ってる|持ってます)"
)
# Emoji that stand for drugs in sales posts: snow (覚醒剤), leaves (大麻), pills.
_DRUG_EMOJI: Final = re.compile("[\u2744\U0001f341\U0001f33f\U0001f343\U0001f48a\U0001f489]")
# Something done at the addressee's home ("お前らの家にクマ放してやろうか"): a veiled threat.
_AT_YOUR_HOME: Final = re.compile(
    r"(?:お前|おまえ|てめえ|てめ|貴様|きさま|あんた)(?:ら|たち|達|ん)?(?:の|ん)?(?:家|自宅|実家|職場)"
    r"(?:に|へ|まで)[^、。]{0,14}?(?:てやる|てやろうか|たろか|たろうか|たるわ|たるから|に行くから"
    r"|行ったる|いったる|行ってやる|いってやる|ぞ)"
)
# Romaji threats, read on the all-ASCII fold (spaces gone, runs of one letter shortened).
_ROMAJI_THREAT: Final = re.compile(
    r"kor[o0]s(?:u|hi|i|e)|bukor|butkor|moyas(?:u|hi|i)|hiwotsuke|hiwotuke|hitsuke(?:ru|te)"
    r"|houka(?:su|shi|si)|bakuha(?:su|shi|si)|bakudan(?:wo)?(?:shikake|sikake|oi)"
    r"|(?:jin|zin)(?:wa|ha)?\w{0,12}(?:deteike|deteke|kaere|kuninikaere)"
    r"|nagur(?:u|ita)zo|sas(?:u|hi)zo|korosuzo|killyou|ilkil|kilyou"
)
# Weapon emoji: fold drops emoji, so they are read off the original text.
_WEAPON_EMOJI_CHARS: Final = ("\U0001f52a", "\U0001f5e1", "\U0001f52b", "\U0001f4a3", "\U0001f9e8")
_WEAPON_EMOJI: Final = re.compile("[" + "".join(_WEAPON_EMOJI_CHARS) + "]")
# The places a home threat is made at ("お前の家に…").
_HOMES: Final = frozenset(("家", "自宅"))
# Between a person and their home ("担当の皆さまのご自宅", "市長さんの家").
_WHOSE_HOME: Final = re.compile(
    r"(?:さん|様|さま|ども|ら|たち|達)?の(?:(?:皆さま|皆様|皆さん|みなさま|みなさん|方々|全員)の)?"
    r"(?:ご|お)?$"
)
# After a person's home: a visit announced, politely or not ("ご自宅へ一軒ずつご挨拶に伺います").
_VISIT_HOME: Final = re.compile(
    r"(?:へ|に|まで)(?:一軒ずつ|一軒一軒|一人ずつ|ひとりずつ|順番に|全員|直接|今度|今夜|近いうちに)*"
    r"(?:ご|お)?(?:挨拶|あいさつ)?に?"
    r"(?:伺います|伺う(?:から|ね|ぞ|よ)|うかがいます|お邪魔します|お邪魔する(?:から|ね|ぞ)|参ります"
    r"|押しかけ|おしかけ|押し掛け|乗り込|のりこ|行くから|行くぞ|いくから|いくぞ|行ったる|いったる"
    r"|行ってやる|いってやる)"
)
# After someone's private life: found out, said as a threat ("家の場所わかってるからな",
# "お子さんがどこの学校に通ってるか、こっちはもう調べてありますからね").
_KNOWN: Final = re.compile(
    r".{0,24}?(?:知って|しって|わかって|分かって|調べて|しらべて|調べ(?:は|も|が)ついて|把握して"
    r"|押さえて|おさえて|突き止めて|つきとめて)"
    r"(?:る|いる|ます|います|ある|あります|おります|おいた|おきました)(?:ん|んだ|んです)?"
    r"(?:からな|からね|から$|ぞ|よな)"
)
# Things burnt with intent ("現場の重機燃やすから", "車に火をつけてやる"); a plain form with
# から only at the end: "タイヤを燃やすから煙が出る" explains.
_BURN_THING: Final = re.compile(
    r"(?:を|も|ごと|に)?(?:全部|ぜんぶ|まとめて|今夜|夜中に)?"
    r"(?:燃やす(?:ぞ|わ|からな|から$|$)|燃やしてやる|燃やしたる|燃やしたろ|燃やしてくる|燃やそう(?:ぜ|か)"
    r"|火を?つけ(?:る(?:ぞ|わ|からな|から$|$)|てやる|たる|たろ|てくる))"
)
# A vehicle rammed into a place ("庁舎にトラックで突っ込む"), not a reported accident.
_RAM_PLACE: Final = re.compile(
    r"(?:に|へ)(?:車で|とらっくで|だんぷで|くるまで)?(?:突っ込|つっこ)"
    r"(?:む(?:ぞ|わ|から|つもり|予定|$)|んでやる|んだる|んだろ|みます|もう|んでく)"
)
# A bombing or a burning aimed at a place ("市役所を爆破", "センターに火をつける").
_BOMB_PLACE: Final = re.compile(
    r"(?:を|に|ごと|も)?(?:(?:爆破|ばくは|ばくぱ)(?!予告|事件|解体|しいん|しん|騒ぎ|未遂|され)"
    r"|(?:だいなまいとで|爆弾で|ばくだんで)?(?:吹っ飛ば|吹き飛ば|ふっとば|ふきとば)(?:す|して|そう)"
    r"|(?:何か|なにか|ある物|あるもの)を?(?:仕掛け|しかけ|置いて|おいて|設置し)"
    r"|(?:吹っ飛べ|ふっとべ|吹き飛べ|爆発しろ|爆発すれば)"
    r"|(?:爆弾|ばくだん)(?:$|を|だ|な|ね|よ|ぞ|w|落と|投げ|送))"
)
_BURN_PLACE: Final = re.compile(
    r"(?:を|に|ごと|も)?(?:火を?つけ|燃や(?:す(?!ごみ)|し|そう|せ)|放火(?:す|し)"
    r"|燃えれば|燃えろ|燃えちまえ|燃えてしまえ|燃えてなくなれ|全焼しろ|全焼すれば)"
)
# After a hate predicate: it is denied or reported, not asserted.
_DENIED: Final = re.compile(
    r"(?:では|じゃ)(?:ない|ありません|なく)|とは限らない|扱い|呼ばわり|と言う|という|なんて言|って言"
)
_KATAKANA: Final = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]")
_NOT_AFTER_MARU: Final = frozenset("るれらり")
# After a label said of a group: the clause ends ("外国人はゴキブリだ"), not "犬を連れて".
_LABEL_END: Final = re.compile(
    r"(?:$|[だやでじ]|ども|共|ばっか|ばかり|以下|同然|と同じ|みたい|そのもの|確定|集団|の集"
    r"|w|草|しか|か|揃い|扱い|ばかり|ばっか|だらけ|って|すぎ|過ぎ|に(?:しか|決ま))"
)
# A pronoun for a group named earlier, right before the label said of it ("あいつらゴキブリ").
_PRONOUN_LABELLED: Final = re.compile(
    r"(?:あいつ|こいつ|そいつ|奴|やつ)(?:ら|等|ども)(?:は|って|なんて|なんか|も)?"
    r"(?:全員|みんな|皆|所詮|しょせん|ただの|結局|まじで|本当に|ほんと)*$"
)
# A people named by origin right before a demand ("〇〇人は", "なんとか人どもは全員").
_ORIGIN: Final = re.compile(
    r"(?:[ぁ-ゖ]{2,}|〇+|[\u4e00-\u9fff]{1,3}国)(?<!の)(?<!ご)人"
    r"(?:ども|共|たち|達|ら|の連中)?(?:は|って|なんか|なんて|も|が)?"
    r"(?:全員|みんな|皆|さっさと|とっとと|早く|はやく|今すぐ|すぐ|もう)*$"
)
# After a group: it is the topic or the object of what follows ("外国人労働者は", "障害者なんか").
_TOPIC: Final = re.compile(r"(?:ども|共|たち|達|ら|の連中|の人)?(?:は|なんか|なんて|を|って|も|が)")
# Demands that are ordinary between two people ("黙れ", "帰れよ"): not read as hate by origin.
_PERSONAL_ORDERS: Final = frozenset(("黙れ", "黙ってろ", "口出すな", "出しゃばるな", "家にいろ"))
# Groups by age: told to be quiet they are being insulted (4-2), not excluded as a people.
_AGE_GROUPS: Final = frozenset(("高齢者", "老人", "年寄り"))
# How close a group and what is said of it must be, in folded characters.
_HATE_WINDOW: Final = 24
_WEAK_WINDOW: Final = 8
# How far an offer may stand from the drug it offers ("大麻を外国人観光客に売る").
_SALE_REACH: Final = 16
# Between a group and the label said of it ("外国人は", "在日の連中はみんな", "障害者は社会の").
_LABELLED: Final = re.compile(
    r"(?:ども|共|たち|達|ら|の連中|の奴ら|のやつら)?"
    r"(?:の(?:血|血液|体|身体|遺伝子|dna|脳|脳みそ|頭|性根|根性|国民性|民族性|本性))?"
    r"(?:は|って|なんて|なんか|が|も)?"
    r"(?:全員|みんな|皆|所詮|しょせん|ただの|ほぼ|大体|だいたい|ほとんど|どうせ|本当に|ほんと"
    r"|まじで|結局|やっぱり|揃って|社会の|日本の|この国の|国の|ただの)*"
)


# Detectors return at once unless their own lists matched: a dict look-up per list is
# cheaper than a set operation on the matches of every family.


def _spans(ctx: Context, matches: Sequence[Match[str]], level: str | None = None) -> Evidence:
    """Evidence over *matches*, in text order and each span once (the excerpt needs order)."""
    spans = sorted(set(ctx.match_spans(matches)), key=lambda s: (s.start, s.end))
    return Evidence(spans=tuple(spans), level=level)


def _aimed_violence(ctx: Context, m: Match[str]) -> bool:
    """True when a verb of violence is aimed at a person, not at pests, breath or an umbrella."""
    folded = ctx.folded
    if _CLAUSE_END.match(folded, m.end) is None and not _ends_in_separator(ctx, m):
        return False
    if m.term == "〇す" and folded[m.end : m.end + 1] in _NOT_AFTER_MARU:
        return False
    # A verb of killing read with the first half of its compound ("見つけたら轢き〇す"): the
    # resolve or the person stands before the whole verb.
    start = m.start
    if m.term.startswith(("殺", "ころ", "〇")):
        prefix = _KILL_PREFIX.search(folded, max(0, start - 3), start)
        if prefix is not None:
            start = prefix.start()
    if _against_nonhuman(ctx, start):
        return False
    if _RESOLVE.search(folded, max(0, start - 8), start):
        return True
    for t in ctx.near(start - 24, start, _TARGETS, _GROUPS):
        if t.end <= start and _OBJECT.fullmatch(folded, t.end, start):
            return True
    if m.term not in _TARGET_ONLY:
        for t in ctx.near(start - 12, start, _PLACES):
            if t.end <= start and _OBJECT.fullmatch(folded, t.end, start):
                return True
    return m.term not in _TARGET_ONLY and (
        _ANY_OBJECT.search(folded, max(0, start - 8), start) is not None
    )


def _against_nonhuman(ctx: Context, start: int) -> bool:
    """True when a pest, a thing or the town is the object of the verb at *start*."""
    folded = ctx.folded
    return any(
        n.end <= start and _OBJECT.fullmatch(folded, n.end, start)
        for n in ctx.near(start - 16, start, _NONHUMAN)
    )


def _harm_threats(ctx: Context) -> list[Match[str]]:
    """Verbs of violence with an auxiliary of intent ("殺してやろうか", "殴ってくるわ")."""
    folded = ctx.folded
    return [
        m
        for m in ctx.matches(_HARM)
        if (_INTENT.match(folded, m.end) or _VIOLENT_INTENT.match(folded, m.end))
        and not _against_nonhuman(ctx, m.start)
        and not _MENTIONED.search(folded, m.end, m.end + 8)
    ]


# After a thing named in a looser sentence ("花壇の花、夜中に全部引っこ抜いてやる"): it is the
# object of what follows, not where something happens ("家で料理を焼いてやる").
_OBJECT_MARKS: Final = ("を", "も", "は", "とか", "ごと", "全部", "ぜんぶ", "まで", "だけ")
# Verbs of damage whose object takes に ("壁に落書きしてやる", "車に石ぶつけたる").
_LOCATIVE_DAMAGE: Final = ("落書き", "らくがき", "穴", "ぶつけ", "投げ", "傷")
# A pest, an animal or the weather as the subject ("シカが畑を…", "雪が窓を…"): no threat.
_NONHUMAN_SUBJECT: Final = ("が", "も")
# The last kana of a plain verb form other than う (volitional forms end in う).
_PLAIN_ENDINGS: Final = frozenset("るすくむつぐぶぬ")


def _damage_threats(ctx: Context) -> list[Match[str]]:
    """Damage threatened to a thing, place or person ("支所の窓も割る", "窓割ったる")."""
    folded = ctx.folded
    found: list[Match[str]] = []
    for m in ctx.matches(_DAMAGE):
        last = m.term[-1]
        if last == "う":
            # 壊そうとした is an attempt reported, not an intent.
            if folded.startswith("と", m.end):
                continue
            loose = True
        elif last in _PLAIN_ENDINGS:
            if _DAMAGE_END.match(folded, m.end) is None and not _ends_in_separator(ctx, m):
                continue
            loose = False
        elif _INTENT.match(folded, m.end) is not None:
            loose = True
        else:
            continue
        if _MENTIONED.search(folded, m.end, m.end + 8) or _done_by_nonhuman(ctx, m):
            continue
        if _damage_object(ctx, m, loose=loose):
            found.append(m)
    return found


def _done_by_nonhuman(ctx: Context, m: Match[str]) -> bool:
    """True when a pest, an animal or the weather is the subject of *m* ("シカが畑を荒らす")."""
    return any(
        n.end <= m.start and ctx.folded.startswith(_NONHUMAN_SUBJECT, n.end)
        for n in ctx.near(m.start - _DAMAGE_REACH, m.start, _NONHUMAN)
    )


def _damage_object(ctx: Context, m: Match[str], *, loose: bool) -> bool:
    """True when a thing, place or person is the object of the verb of damage *m*.

    Right before it with a particle ("窓も割る", "市長を埋める"), or, for an intent, a thing or
    place named earlier in the same sentence as the topic ("花壇の花、夜中に全部引っこ抜いてやる").
    """
    folded = ctx.folded
    lo = m.start - _DAMAGE_REACH
    locative = any(word in m.term for word in _LOCATIVE_DAMAGE)
    for p in ctx.near(lo, m.start, _PROPERTY, _PLACES, _TARGETS):
        # A one-character target is often part of a word (部 in 全部, 課 in 日課).
        if p.end > m.start or (p.end - p.start == 1 and p.payload == _TARGETS):
            continue
        if _in_compound(folded, p):
            continue
        gap = p.end + 1 if locative and folded.startswith("に", p.end) else p.end
        if _DAMAGE_GAP.fullmatch(folded, gap, m.start):
            return not _against_nonhuman(ctx, m.start)
    if not loose:
        return False
    marks = (*_OBJECT_MARKS, "に") if locative else _OBJECT_MARKS
    for p in ctx.near(lo, m.start, _PROPERTY, _PLACES):
        if p.end > m.start or _in_compound(folded, p) or ctx.near(p.end, m.start, _NONHUMAN):
            continue
        if not (folded.startswith(marks, p.end) or _ends_in_separator(ctx, p)):
            continue
        after, before = ctx.span(p.start, p.end).end, ctx.span(m.start, m.end).start
        if _SENTENCE_END.search(ctx.text, after, before) is None:
            return True
    return False


def _in_compound(folded: str, p: Match[str]) -> bool:
    """True when a one-kanji thing ends a longer word (本 in 日本, 花 in 草花)."""
    return p.end - p.start == 1 and p.start > 0 and "\u4e00" <= folded[p.start - 1] <= "\u9fff"


def _poison_threats(ctx: Context) -> list[Match[str]]:
    """Poison put, or anything put into water or food, with intent ("水道に毒流してやる")."""
    folded = ctx.folded
    found = [m for m in ctx.matches(_POISON) if _POISONED.match(folded, m.end)]
    found += [m for m in ctx.matches(_SUPPLY) if _TAINTED.match(folded, m.end)]
    return [m for m in found if not _MENTIONED.search(folded, m.end, m.end + 16)]


def _ends_in_separator(ctx: Context, m: Match[str]) -> bool:
    """True when punctuation, a space or a symbol follows *m* in the original text."""
    end = ctx.span(m.start, m.end).end
    return end < len(ctx.text) and unicodedata.category(ctx.text[end])[0] in "PZS"


def _find_threats(ctx: Context) -> Sequence[Evidence]:
    """Threats and incitement to violence (禁止事項4(4); 脅迫)."""
    words = ctx.words
    if (
        _TARGETS not in words
        and _PLACES not in words
        and _THREAT not in words
        and _KILL not in words
        and _ARMED not in words
        and _HARM not in words
        and _DAMAGE not in words
        and _POISON not in words
        and _SUPPLY not in words
        and _PRIVATE_LIFE not in words
    ):
        return _romaji_threat(ctx) if ctx.folded.isascii() else ()
    if _REPORT in words:
        return ()
    found: list[Match[str]] = []
    if _THREAT in words or _KILL in words:
        found += [
            m
            for m in ctx.matches(_THREAT)
            if not _MENTIONED.match(ctx.folded, m.end) and not _against_nonhuman(ctx, m.start)
        ]
        found += [m for m in ctx.matches(_KILL) if _aimed_violence(ctx, m)]
    if _HARM in words:
        found += _harm_threats(ctx)
    if _DAMAGE in words:
        found += _damage_threats(ctx)
    if _POISON in words or _SUPPLY in words:
        found += _poison_threats(ctx)
    if _ARMED in words:
        found += [m for m in ctx.matches(_ARMED) if _armed_threat(ctx, m)]
    if _PLACES in words:
        if "突っ込" in ctx.folded or "つっこ" in ctx.folded:
            found += _aimed_at_place(ctx, _RAM_PLACE)
        for p in words[_PLACES]:
            if p.term in _HOMES and (
                _AT_YOUR_HOME.search(ctx.folded, max(0, p.start - 9), p.end + 24)
                or _home_visited(ctx, p)
            ):
                found.append(p)
    if _PRIVATE_LIFE in words:
        found += [m for m in ctx.matches(_PRIVATE_LIFE) if _KNOWN.match(ctx.folded, m.end)]
    if found and ("「" in ctx.text or "『" in ctx.text):
        found = [m for m in found if not _quoted(ctx, m)]
    if found:
        return (_spans(ctx, found),)
    return _emoji_threat(ctx)


def _home_visited(ctx: Context, home: Match[str]) -> bool:
    """True when a visit to a named person's home is announced ("ご自宅へ…伺います")."""
    folded = ctx.folded
    if _VISIT_HOME.match(folded, home.end) is None:
        return False
    return any(
        t.end <= home.start and _WHOSE_HOME.fullmatch(folded, t.end, home.start)
        for t in ctx.near(home.start - 16, home.start, _TARGETS)
    )


def _quoted(ctx: Context, m: Match[str]) -> bool:
    """True when *m* stands inside 「」 or 『』: a threat quoted, reported or discussed."""
    span = ctx.span(m.start, m.end)
    text = ctx.text
    opening = max(text.rfind("「", 0, span.start), text.rfind("『", 0, span.start))
    if opening < 0:
        return False
    closing = max(text.rfind("」", 0, span.start), text.rfind("』", 0, span.start))
    return closing < opening and ("」" in text[span.end :] or "』" in text[span.end :])


def _romaji_threat(ctx: Context) -> Sequence[Evidence]:
    """Threats and hate written in romaji ("shichou wo korosu", "dete ike").

    The fold removes spaces, so romaji words touch and word-list terms stay silent; romaji
    comments are read here instead, on the folded text once it is all ASCII.
    """
    folded = ctx.folded
    hit = _ROMAJI_THREAT.search(folded)
    if hit is None:
        return ()
    return (Evidence(spans=(ctx.span(hit.start(), hit.end()),), level=_ROMAJI),)


def _armed_threat(ctx: Context, m: Match[str]) -> bool:
    """True when a weapon is carried to a place or person, or with a resolve after it."""
    folded = ctx.folded
    if _ARMED_END.match(folded, m.end):
        return True
    lo, hi = m.start - 20, m.end + 16
    if not ctx.near(lo, hi, _PLACES, _TARGETS) or _ARMED_INNOCENT.search(folded, max(0, lo), hi):
        return False
    return folded.startswith("って", m.end) or bool(
        _ARMED_GO.search(folded, m.end, m.end + 20) or _WAITING.search(folded, max(0, lo), m.start)
    )


def _emoji_threat(ctx: Context) -> Sequence[Evidence]:
    """Weapon emoji aimed at a person or place ("市長🔪🔪", "市役所💣")."""
    if _TARGETS not in ctx.words and _PLACES not in ctx.words:
        return ()
    text = ctx.text
    # A text without astral characters is stored narrow, where `in` fails at once: this
    # keeps the regular expression for the few comments that hold emoji.
    knife, dagger, gun, bomb, dynamite = _WEAPON_EMOJI_CHARS
    if not (knife in text or bomb in text or gun in text or dagger in text or dynamite in text):
        return ()
    hits = list(_WEAPON_EMOJI.finditer(text))
    if not hits:
        return ()
    aimed = [
        t
        for t in ctx.matches(_TARGETS, _PLACES)
        if any(0 <= h.start() - ctx.span(t.start, t.end).end <= 2 for h in hits)
    ]
    if not aimed and len(hits) < 3:
        return ()
    if not aimed:
        aimed = ctx.matches(_TARGETS, _PLACES)
    return (_spans(ctx, aimed, _EMOJI),)


def _aimed_at_place(ctx: Context, pattern: re.Pattern[str]) -> list[Match[str]]:
    return [p for p in ctx.matches(_PLACES) if pattern.match(ctx.folded, p.end)]


def _find_bomb_threats(ctx: Context) -> Sequence[Evidence]:
    """A bombing announced or threatened (禁止事項4(4); 威力業務妨害)."""
    words = ctx.words
    if _BOMB not in words and (_PLACES not in words or not _bombing(ctx.folded)):
        return ()
    found = [m for m in ctx.matches(_BOMB) if not _MENTIONED.match(ctx.folded, m.end)]
    if _PLACES in words and _bombing(ctx.folded):
        found += _aimed_at_place(ctx, _BOMB_PLACE)
    if _REPORT in words:
        found = _own_intent(ctx, found)
    return (_spans(ctx, found),) if found else ()


def _bombing(folded: str) -> bool:
    return (
        "爆" in folded
        or "ばく" in folded
        or "とば" in folded
        or "飛" in folded
        or "ふっとべ" in folded
        or "しかけ" in folded
        or "仕掛け" in folded
        or "置いて" in folded
        or "おいて" in folded
        or "設置" in folded
    )


def _burning(folded: str) -> bool:
    return "火" in folded or "燃" in folded or "放火" in folded or "全焼" in folded


def _find_arson(ctx: Context) -> Sequence[Evidence]:
    """A burning threatened (禁止事項4(4); 脅迫, 威力業務妨害)."""
    words = ctx.words
    burning = _burning(ctx.folded)
    if _ARSON not in words and not (burning and (_PLACES in words or _PROPERTY in words)):
        return ()
    found = ctx.matches(_ARSON)
    if burning and _PLACES in words:
        found += _aimed_at_place(ctx, _BURN_PLACE)
    if burning and _PROPERTY in words:
        folded = ctx.folded
        found += [p for p in ctx.matches(_PROPERTY) if _BURN_THING.match(folded, p.end)]
    if _REPORT in words:
        found = _own_intent(ctx, found)
    return (_spans(ctx, found),) if found else ()


def _own_intent(ctx: Context, found: list[Match[str]]) -> list[Match[str]]:
    """The hits a comment with a report word still makes as its own threat.

    A report word (訓練, 捕まえ, 事件) usually means a threat is told about, but a hit followed
    at once by a first-person intent that is not itself quoted ("訓練なんて生ぬるい。…本物の爆弾を
    置いてくから") is made, not reported.
    """
    folded = ctx.folded
    return [m for m in found if _OWN_INTENT.match(folded, m.start, m.end + _OWN_INTENT_REACH)]


def _find_crime_solicitation(ctx: Context) -> Sequence[Evidence]:
    """Recruiting for criminal jobs and inciting crimes (禁止事項4(4))."""
    words = ctx.words
    if (
        _FRAUD_JOBS not in words
        and _INCITE not in words
        and _ACCOUNT_TRADE not in words
        and _CRIME not in words
        and _LOOT not in words
    ) or _GUARD in words:
        return ()
    found: list[Evidence] = []
    if _INCITE in words or _ACCOUNT_TRADE in words:
        # "侵入しようとした" reports an attempt: the proposal is only "侵入しよう".
        incited = [
            m
            for m in ctx.matches(_INCITE, _ACCOUNT_TRADE)
            if not (m.term.endswith("う") and ctx.folded.startswith(_ATTEMPT, m.end))
        ]
        if incited:
            found.append(_spans(ctx, incited))
    if _FRAUD_JOBS in words and (_RECRUIT in words or _SECRET in words):
        found.append(_spans(ctx, ctx.matches(_FRAUD_JOBS)))
    # A crime invited in other words; the lists above, when they matched, already say it.
    if not found and (_CRIME in words or _LOOT in words) and _REPORT not in words:
        folded = ctx.folded
        acts = [m for m in ctx.matches(_CRIME) if _invited(ctx, m)]
        acts += [m for m in ctx.matches(_LOOT) if _TAKE_TOGETHER.match(folded, m.end)]
        if acts:
            found.append(_spans(ctx, acts, _INVITED_ACT))
    return found


def _invited(ctx: Context, m: Match[str]) -> bool:
    """True when a crime is proposed ("盗もうぜ"), offered to partners or called easy."""
    folded = ctx.folded
    if folded.startswith(_PASSIVE, m.end):
        return False
    if _LET_US.match(folded, m.end):
        return True
    lo, hi = max(0, m.start - _TOGETHER_REACH), m.end + _TOGETHER_REACH
    if _TOGETHER.search(folded, lo, hi):
        return True
    ease = _EASE.search(folded, m.end, m.end + 16)
    return ease is not None and _NOT_SO.search(folded, ease.end(), ease.end() + 8) is None


def _close(m: Match[str], others: Sequence[Match[str]]) -> bool:
    """True when one of *others* is within a clause's reach of *m* ("大麻...売ります")."""
    return any(-_SALE_REACH <= o.start - m.end <= _SALE_REACH for o in others)


def _find_drug_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering or seeking illegal drugs (禁止事項4(4))."""
    words = ctx.words
    if _GUARD in words:
        return ()
    # In stock is an offer whatever else the comment says ("大麻あります。…連絡ください").
    stocked = _drug_in_stock(ctx)
    if stocked or _SALE not in words:
        return stocked
    if _DRUGS not in words and _DRUG_SLANG not in words:
        return _drug_emoji(ctx)
    sales = ctx.matches(_SALE)
    drugs = [m for m in ctx.matches(_DRUGS) if _close(m, sales)]
    if drugs:
        return (_spans(ctx, drugs),)
    if _SECRET in words:
        slang = [m for m in ctx.matches(_DRUG_SLANG) if _close(m, sales)]
        if slang:
            return (_spans(ctx, slang, _SLANG_OFFERED),)
    slang = ctx.matches(_DRUG_SLANG)
    if len({m.term for m in slang}) >= 2 and any(m.term in _STRONG_SLANG for m in slang):
        return (_spans(ctx, slang, _SLANG_ONLY),)
    return _drug_emoji(ctx)


def _drug_in_stock(ctx: Context) -> Sequence[Evidence]:
    """A drug said to be in stock right after it ("MDMAあります", "大麻もあるよ").

    Slang that is rarely meant otherwise counts too ("白い粉もありまーす"), with an offer, a
    covert channel or a drug emoji beside it: "白いのありますか" alone asks a shop.
    """
    words = ctx.words
    folded = ctx.folded
    drugs = [m for m in ctx.matches(_DRUGS) if _IN_STOCK_AFTER.match(folded, m.end)]
    if drugs:
        return (_spans(ctx, drugs, _IN_STOCK),)
    if _DRUG_SLANG not in words:
        return ()
    # "白いの在庫ありますか" asks a shop: slang in stock needs no question after it and an
    # offer, a covert channel or a drug emoji besides the words that say it is in stock.
    offers = ctx.matches(_SALE, _SECRET)
    emoji = _DRUG_EMOJI.search(ctx.text) is not None
    found: list[Match[str]] = []
    for m in ctx.matches(_DRUG_SLANG):
        stock = _IN_STOCK_AFTER.match(folded, m.end) if m.term in _STRONG_SLANG else None
        if stock is None or folded.startswith("か", stock.end()):
            continue
        if emoji or len(offers) > len(ctx.near(stock.start(), stock.end(), _SALE, _SECRET)):
            found.append(m)
    if found:
        found += offers
    return (_spans(ctx, found, _IN_STOCK_SLANG),) if found else ()


def _drug_emoji(ctx: Context) -> Sequence[Evidence]:
    """Drugs named by emoji (❄️ 🍁 🌿 💊) and offered with a covert channel or several kinds."""
    found = _DRUG_EMOJI.findall(ctx.text)
    if not found or (_SECRET not in ctx.words and len(set(found)) < 2):
        return ()
    return (_spans(ctx, ctx.matches(_SALE), _EMOJI_SALE),)


def _find_drug_use(ctx: Context) -> Sequence[Evidence]:
    """Using, growing or inviting others to take illegal drugs (禁止事項4(4))."""
    words = ctx.words
    if _DRUG_USE not in words or _DRUGS not in words or _GUARD in words or _REPORT in words:
        return ()
    uses = ctx.matches(_DRUG_USE)
    drugs = [m for m in ctx.matches(_DRUGS) if _close(m, uses)]
    return (_spans(ctx, drugs + uses, _USE_INVITED),) if drugs else ()


def _find_contraband_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering poached game or stolen goods (禁止事項4(4))."""
    words = ctx.words
    if _CONTRABAND not in words or _SALE not in words or _GUARD in words or _REPORT in words:
        return ()
    sales = ctx.matches(_SALE)
    goods = [m for m in ctx.matches(_CONTRABAND) if _close(m, sales)]
    return (_spans(ctx, goods),) if goods else ()


def _find_weapon_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering guns and other weapons outside the licence system (禁止事項4(4))."""
    words = ctx.words
    if _WEAPONS not in words or _GUARD in words or _SALE not in words:
        return ()
    weapons = ctx.matches(_WEAPONS)
    if _SECRET in words or any(w.term != "銃" for w in weapons):
        return (_spans(ctx, weapons),)
    return ()


def _find_forgery_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering forged documents or money (禁止事項4(4))."""
    words = ctx.words
    if _FORGERY not in words:
        return _documents_offered(ctx) if _DOCUMENTS in words else ()
    if _GUARD in words:
        return ()
    # 偽 / にせ name any fake: a forgery only with a document right after ("偽のマイナンバー").
    forged = [m for m in ctx.matches(_FORGERY) if m.term not in _FAKE or _fake_document(ctx, m)]
    if not forged:
        return ()
    if _SALE in words:
        if _DOCUMENTS in words or any(m.term != "偽造" for m in forged):
            return (_spans(ctx, forged),)
        return ()
    # Without a sale word, a fake document offered to be made ("偽の免許証作れるよ").
    folded = ctx.folded
    made = [m for m in forged if _MADE.search(folded, m.end, m.end + 24)]
    return (_spans(ctx, made, _MADE_TO_ORDER),) if made else ()


def _documents_offered(ctx: Context) -> Sequence[Evidence]:
    """Several identity documents offered to be made, with no office named as their issuer.

    "在留カードも運転免許証も作れます。…ご相談を" sells forgeries without saying 偽: only the
    state issues these, so a private offer to make two of them is an offer of fakes.
    """
    folded = ctx.folded
    # ご相談を invites the buyer here; the other guard words (注意, 詐欺) still warn.
    if any(g.term != "相談" for g in ctx.matches(_GUARD)):
        return ()
    docs: list[Match[str]] = []
    for d in ctx.matches(_DOCUMENTS):
        if not docs or d.start >= docs[-1].end:
            docs.append(d)
    if len(docs) < 2 or _ISSUER.search(folded):
        return ()
    made = [m for d in docs[1:] if (m := _MADE.search(folded, d.end, d.end + _MADE_REACH))]
    if not made or folded.startswith("か", made[0].end()):
        return ()
    # 作れます is itself a sale word: the buyer must be invited besides.
    if _SECRET not in ctx.words and not _INVITED.search(folded):
        return ()
    return (_spans(ctx, docs, _DOCUMENTS_LEVEL),)


def _fake_document(ctx: Context, m: Match[str]) -> bool:
    """True when a document follows the fake *m* at once ("偽の" + "マイナンバーカード")."""
    return any(m.end <= d.start <= m.end + 2 for d in ctx.near(m.end, m.end + 3, _DOCUMENTS))


def _find_obscene(ctx: Context) -> Sequence[Evidence]:
    """Obscene or sexual content (禁止事項4(4); 公序良俗)."""
    words = ctx.words
    if (_OBSCENE not in words and _OBSCENE_KATA not in words and _LURE not in words) or (
        _REPORT in words
    ):
        return ()
    folded = ctx.folded
    if _LURE in words and _MINORS in words:
        return (_spans(ctx, ctx.matches(_MINORS, _LURE, _OBSCENE), _CHILD_LURE),)
    # ちんこ hides in パチンコ, which another family reports: an allowed word cannot shield it.
    found = [
        m
        for m in ctx.matches(_OBSCENE)
        if m.term != "ちんこ" or folded[m.start - 1 : m.start] != "ぱ"
    ]
    for m in ctx.matches(_OBSCENE_KATA):
        span = ctx.span(m.start, m.end)
        if _KATAKANA.search(ctx.text, span.start, span.end):
            found.append(m)
    return (_spans(ctx, found),) if found else ()


def _near_group(
    ctx: Context,
    said: Sequence[Match[str]],
    groups: Sequence[Match[str]],
    window: int,
    before: int = 6,
) -> list[Match[str]]:
    """The demands of *said* made near one of *groups* ("外国人...北見から追い出せ"), not denied."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in said:
        if _DENIED.match(folded, p.end):
            continue
        for g in groups:
            if p.term in _PERSONAL_ORDERS and g.term in _AGE_GROUPS:
                continue
            if 0 <= p.start - g.end <= window or 0 <= g.start - p.end <= before:
                kept.extend((g, p))
                break
    return kept


def _called(
    ctx: Context, labels: Sequence[Match[str]], groups: Sequence[Match[str]]
) -> list[Match[str]]:
    """The labels of *labels* said of one of *groups* itself ("外国人はゴキブリ"), not denied."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in labels:
        if _DENIED.match(folded, p.end):
            continue
        if _LABEL_END.match(folded, p.end) is None and not _ends_in_separator(ctx, p):
            continue
        for g in groups:
            if g.end <= p.start and _LABELLED.fullmatch(folded, g.end, p.start):
                kept.extend((g, p))
                break
        else:
            # The group named earlier and taken up by a pronoun ("在日の連中を…。あいつら
            # ゴキブリと同じ").
            hop = _PRONOUN_LABELLED.search(folded, max(0, p.start - 16), p.start)
            if hop is not None and any(
                g.end <= hop.start() and hop.start() - g.end <= _HATE_WINDOW for g in groups
            ):
                kept.append(p)
    return kept


def _neglected(ctx: Context) -> list[Match[str]]:
    """A group, as topic or object, told to be left without help ("外国人は倒れても放っとけ")."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in ctx.matches(_HATE_NEGLECT):
        if _DENIED.match(folded, p.end):
            continue
        for g in ctx.near(p.start - _HATE_WINDOW, p.start, _GROUPS):
            if g.end <= p.start and _TOPIC.match(folded, g.end):
                kept.extend((g, p))
                break
    return kept


def _origin_told_to_leave(ctx: Context) -> Sequence[Evidence]:
    """A people named by any origin told to leave or die ("〇〇人は国に帰れ")."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in ctx.matches(_HATE):
        if p.term in _PERSONAL_ORDERS or _DENIED.match(folded, p.end):
            continue
        if _ORIGIN.search(folded, max(0, p.start - 16), p.start):
            kept.append(p)
    return (_spans(ctx, kept, _ORIGIN_TOLD_TO_LEAVE),) if kept else ()


def _find_hate(ctx: Context) -> Sequence[Evidence]:
    """Hate speech against a group by origin, race, disability, gender (禁止事項4(4))."""
    words = ctx.words
    if _HATE_GUARD in words:
        return ()
    if _GROUPS not in words and _SLURS not in words and _HATE_PHRASES not in words:
        return _origin_told_to_leave(ctx) if _HATE in words else ()
    found: list[Evidence] = []
    if _SLURS in words or _HATE_PHRASES in words:
        # A phrase denied or reported ("女性は採用しないという会社") is not asserted.
        said = ctx.matches(_SLURS)
        said += [
            m
            for m in ctx.matches(_HATE_PHRASES)
            if not _DENIED.search(ctx.folded, m.end, m.end + 8)
        ]
        if said:
            found.append(_spans(ctx, said))
    if _GROUPS not in words:
        return found
    groups = ctx.matches(_GROUPS)
    strong = _near_group(ctx, ctx.matches(_HATE), groups, _HATE_WINDOW)
    strong += _called(ctx, ctx.matches(_HATE_LABELS), groups)
    if _HATE_NEGLECT in words:
        strong += _neglected(ctx)
    if strong:
        found.append(_spans(ctx, strong))
        return found
    policy = {m.term for m in ctx.matches(_POLICY_GROUPS)}
    traits = [g for g in groups if g.term not in policy]
    weak = _near_group(ctx, ctx.matches(_HATE_WEAK), traits, _WEAK_WINDOW, before=-1)
    weak += _near_group(ctx, ctx.matches(_HATE_EXCLUDE), groups, _HATE_WINDOW, before=-1)
    if weak:
        found.append(_spans(ctx, weak, _WEAK_HATE))
    return found


# Confidence levels (data/rules/unlawful.toml [levels]).
_EMOJI: Final = "emoji"
_ROMAJI: Final = "romaji"
_INVITED_ACT: Final = "invited_act"
_SLANG_OFFERED: Final = "slang_offered"
_SLANG_ONLY: Final = "slang_only"
_IN_STOCK: Final = "in_stock"
_IN_STOCK_SLANG: Final = "in_stock_slang"
_EMOJI_SALE: Final = "emoji_sale"
_USE_INVITED: Final = "use_invited"
_MADE_TO_ORDER: Final = "made_to_order"
_DOCUMENTS_LEVEL: Final = "documents"
_CHILD_LURE: Final = "child_lure"
_ORIGIN_TOLD_TO_LEAVE: Final = "origin_told_to_leave"
_WEAK_HATE: Final = "weak_hate"
LEVELS: Final = frozenset(
    (
        _EMOJI, _ROMAJI, _INVITED_ACT, _SLANG_OFFERED, _SLANG_ONLY, _IN_STOCK, _IN_STOCK_SLANG,
        _EMOJI_SALE, _USE_INVITED, _MADE_TO_ORDER, _DOCUMENTS_LEVEL, _CHILD_LURE,
        _ORIGIN_TOLD_TO_LEAVE, _WEAK_HATE,
    )
)  # fmt: skip

DETECTORS: Final[Mapping[str, Detector]] = {
    "law.threat": _find_threats,
    "law.bomb_threat": _find_bomb_threats,
    "law.arson": _find_arson,
    "law.crime_solicitation": _find_crime_solicitation,
    "law.drug_sale": _find_drug_sale,
    "law.drug_use": _find_drug_use,
    "law.contraband_sale": _find_contraband_sale,
    "law.weapon_sale": _find_weapon_sale,
    "law.forgery_sale": _find_forgery_sale,
    "law.obscene": _find_obscene,
    "law.hate": _find_hate,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # Threat words, a weapon carried, a place rammed or a home named; weapon emoji need a target
    # or a place (emoji have no signal, so targets stay); romaji threats on an all-ASCII fold
    # need letters.
    "law.threat": Trigger(
        words={
            _TARGETS,
            _PLACES,
            _THREAT,
            _KILL,
            _ARMED,
            _HARM,
            _DAMAGE,
            _POISON,
            _SUPPLY,
            _PRIVATE_LIFE,
        },
        signals={"latin"},
    ),
    "law.bomb_threat": Trigger(words={_BOMB, _PLACES}),
    # A burning word, or a place or a thing with fire said near it.
    "law.arson": Trigger(words={_ARSON, _PLACES, _PROPERTY}),
    # Recruiting fires only on a criminal job with a recruit or secret word: the job suffices.
    "law.crime_solicitation": Trigger(words={_INCITE, _ACCOUNT_TRADE, _FRAUD_JOBS, _CRIME, _LOOT}),
    # A drug in stock, slang in stock (it needs an offer, a covert channel or an emoji), or
    # anything on sale (slang and emoji offers need the sale word).
    "law.drug_sale": Trigger(words={_DRUGS, _DRUG_SLANG, _SALE}),
    # The rest need two lists each; the rarer one is named.
    "law.drug_use": Trigger(words={_DRUGS}),
    "law.contraband_sale": Trigger(words={_CONTRABAND}),
    "law.weapon_sale": Trigger(words={_WEAPONS}),
    # A forgery word, or identity documents offered to be made without one.
    "law.forgery_sale": Trigger(words={_FORGERY, _DOCUMENTS}),
    # A lure fires only with a minor named: the lure suffices.
    "law.obscene": Trigger(words={_OBSCENE, _OBSCENE_KATA, _LURE}),
    # A slur, a hate phrase, an origin told to leave (a hate word), or labels, weak or
    # exclusion words said of a group: those need the group, which suffices.
    "law.hate": Trigger(words={_HATE, _SLURS, _HATE_PHRASES, _GROUPS}),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _THREAT,
    _ARMED,
    _KILL,
    _NONHUMAN,
    _BOMB,
    _ARSON,
    _PLACES,
    _REPORT,
    _INCITE,
    _FRAUD_JOBS,
    _RECRUIT,
    _ACCOUNT_TRADE,
    _CONTRABAND,
    _HATE_EXCLUDE,
    _GUARD,
    _DRUGS,
    _DRUG_SLANG,
    _DRUG_USE,
    _SECRET,
    _SALE,
    _WEAPONS,
    _FORGERY,
    _DOCUMENTS,
    _OBSCENE,
    _OBSCENE_KATA,
    _MINORS,
    _LURE,
    _GROUPS,
    _POLICY_GROUPS,
    _HATE,
    _HATE_WEAK,
    _HATE_LABELS,
    _HATE_GUARD,
    _HATE_PHRASES,
    _HATE_NEGLECT,
    _SLURS,
    _HARM,
    _DAMAGE,
    _PROPERTY,
    _POISON,
    _SUPPLY,
    _CRIME,
    _LOOT,
    _PRIVATE_LIFE,
    _TARGETS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("unlawful_allowed",)
