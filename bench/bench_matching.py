"""Micro benchmark of the matching path: fold, number form, normalise and automaton search.

Run with ``python bench/bench_matching.py``. It prints microseconds per call on realistic
comments of about sixty characters (best of several repeats, so the figures are what the code
costs, not what a busy machine adds), the automaton search with 10 terms against 10,000, and
the import time of ``kitami_policy._normalize``. Not a test: nothing is asserted.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

from kitami_policy._automaton import Automaton
from kitami_policy._normalize import fold, normalize
from kitami_policy._number_form import number_form

# Twenty comments of the kinds the city's pages receive: complaints, questions, praise,
# insults, spam, doxxing, off-topic chatter (some of them evasive on purpose).
COMMENTS: tuple[str, ...] = (
    "除雪がいつも遅すぎます。うちの前の道路は朝の八時になってもまだ車が通れません。一日も早く改善してください。",
    "市のホームページにある番号０１５７－２３－７１１１に電話しましたが、平日の昼に何度かけても誰も出ませんでした。",
    (
        "ﾊﾞｶじゃないの？税金泥棒！こんな市長さっさと辞めろ！！ｗｗｗｗ "
        "職員も全員やめちまえよ、ほんと北見の恥だわ"
    ),
    "花火大会、今年も楽しみにしています！去年は駅前の屋台の焼きそばが最高でした🎆✨今年も家族みんなでまた行きます",
    "副業で月収１００万円！スマホだけで誰でも簡単に稼げます。詳しくはプロフィールのリンクから今すぐDMください💰💰",
    "ゴミの収集日が変わったのを知りませんでした。もっと早く、広報誌だけでなく町内会の回覧板でも周知してほしかったです。",
    (
        "し ね し ね し ね 市役所の職員全員 ｼﾈ "
        "ほんとに消えてくれ、顔も見たくない。お前らの給料は俺らの税金だぞ"
    ),
    "北見市役所【公式】です。こちらで受付しますので、お名前と電話番号とご住所をDMでこちらに送ってください。お待ちしてます",
    "図書館の開館時間は平日は何時までですか？土日や祝日も開いているのか教えてください。よろしくお願いいたします。",
    (
        "＃北見 ＃オホーツク ＃玉ねぎ ＃焼肉 ＃フォロバ100 "
        "＃相互フォロー ＃拡散希望 ＃いいね返し ＃北見グルメ"
    ),
    "公園の遊具が壊れています。子どもがけがをする前に修理をお願いします。場所は三輪の小学校のすぐ横にある公園です。",
    "この説明では納得できない。なぜ今年度の予算がこんなに増えたのか、議会でも市民にもきちんと説明してください。",
    "死ぬほど美味しいラーメン屋さんが駅前にできました！開店したばかりなのにもう大行列で、一時間以上も並びました😋",
    "あいつの家知ってる、〇九〇ー１２３４ー５６７８に電話してみろよ、住所も勤務先も全部ここに晒してやるからな、覚悟しとけ",
    "雪まつりの会場までのシャトルバスは何分おきに出ていますか？会場の近くに駐車場はありますか？教えてください。",
    (
        "無料で全話読めるサイトはこちら→ bit.ly/xxxx "
        "漫画村の後継サイトです！新刊も全部あるよ、消される前に急げ！"
    ),
    "マングローブの写真展、とても良かったです。会場も殺菌消毒がしっかりされていて、小さい子ども連れでも安心でした。",
    "市長の対応は最低だと思います。もう少し市民の声を聞いてください。このままなら次の選挙では投票先をよく考えます。",
    "今日の晩ごはんはカレーでした。明日はハンバーグにしようかな。みんなは今日の夜ごはんに何を食べましたか？教えて",
    "ワクチン接種の予約がうまくできません。電話もつながらないし、ネットの画面も分かりにくい。どうすればいいですか。",
)

FEW_TERMS: tuple[str, ...] = (
    "ばか",
    "しね",
    "死ね",
    "殺す",
    "税金泥棒",
    "無能",
    "きもい",
    "ごみ",
    "爆破",
    "晒す",
)

REPEATS = 7


def per_call_us(func: Callable[[str], object], texts: Sequence[str], rounds: int) -> float:
    """Best-of-REPEATS microseconds per call of *func*, cycling through *texts*."""
    best = float("inf")
    for _ in range(REPEATS):
        begin = time.perf_counter()
        for _ in range(rounds):
            for text in texts:
                func(text)
        best = min(best, time.perf_counter() - begin)
    return best / (rounds * len(texts)) * 1e6


def random_terms(count: int, seed: int = 2022) -> list[str]:
    """Random 2-6 character terms of hiragana, katakana and common kanji."""
    rng = random.Random(seed)
    alphabet = [chr(c) for c in range(0x3041, 0x3097)]
    alphabet += [chr(c) for c in range(0x30A1, 0x30F7)]
    alphabet += [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    return ["".join(rng.choices(alphabet, k=rng.randint(2, 6))) for _ in range(count)]


def import_ms() -> float:
    """Best self time, in ms, of importing kitami_policy._normalize in a fresh interpreter."""
    best = float("inf")
    for _ in range(5):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import kitami_policy._normalize"],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in result.stderr.splitlines():
            if line.rstrip().endswith("| kitami_policy._normalize"):
                best = min(best, int(line.split("|")[0].split(":")[1]) / 1000)
    return best


def main() -> None:
    """Print the figures."""
    lengths = [len(c) for c in COMMENTS]
    print(f"{len(COMMENTS)} comments, {min(lengths)}-{max(lengths)} characters")
    print(f"import kitami_policy._normalize     {import_ms():8.2f} ms (self time)")
    print(f"fold()                             {per_call_us(fold, COMMENTS, 2000):8.2f} µs")
    print(f"number_form()                      {per_call_us(number_form, COMMENTS, 2000):8.2f} µs")
    print(f"normalize()                        {per_call_us(normalize, COMMENTS, 200):8.2f} µs")

    folded = [fold(c) for c in COMMENTS]
    few = Automaton.build((t, "4-2") for t in FEW_TERMS)
    begin = time.perf_counter()
    many = Automaton.build((t, "4-9") for t in random_terms(10_000))
    built = time.perf_counter() - begin
    few_us = per_call_us(few.find, folded, 2000)
    many_us = per_call_us(many.find, folded, 2000)
    print(f"Automaton.find, {len(few.terms):6d} terms       {few_us:8.2f} µs")
    print(f"Automaton.find, {len(many.terms):6d} terms       {many_us:8.2f} µs")
    print(f"  ratio many/few                   {many_us / few_us:8.2f}")
    # On a long text the skip to the first possible term start no longer counts: what is left
    # is the per-character cost of the scan, which the number of terms does not change.
    joined = "".join(folded) * 5
    few_ns = per_call_us(few.find, [joined], 20) * 1000 / len(joined)
    many_ns = per_call_us(many.find, [joined], 20) * 1000 / len(joined)
    print(f"  scan of {len(joined)} chars, per character   {few_ns:6.0f} ns / {many_ns:.0f} ns")
    print(f"  build with {len(many.terms)} terms         {built * 1000:8.1f} ms")
    hits = sum(len(few.find(t)) for t in folded), sum(len(many.find(t)) for t in folded)
    print(f"  matches in the 20 comments       {hits[0]:8d} / {hits[1]}")


if __name__ == "__main__":
    main()
