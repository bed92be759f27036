"""Text that claims to be the city, its staff, the mayor, the police, a platform or a company
(4-5), an office's head tag, and an office's contact given as a mobile number."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import OPENING_BRACKETS, Context, Evidence
from kitami_policy.rules.impersonation.notice import NOTICE, notice
from kitami_policy.rules.personal_info.attribution import relayed

__all__ = ["ACTING", "FOLDED_PATTERNS", "LEVELS", "WORD_LISTS", "find_claim"]

WORD_LISTS: Final = (
    "impersonation_mayor_not_name",
    "impersonation_office_role",
    "impersonation_city",
    "impersonation_organiser",
    "impersonation_platform",
    "impersonation_platform_team_claim",
    "impersonation_operator",
    "impersonation_company",
    "impersonation_company_role",
    "impersonation_crew",
    "impersonation_police",
    "impersonation_facility",
    "impersonation_facility_role",
    "impersonation_intro",
    "impersonation_reported",
    "impersonation_acting",
    "impersonation_city_office",
    "impersonation_copula",
    "impersonation_notice_word",
    "impersonation_head_tag",
)

# --- claims in the text -------------------------------------------------------------------


def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# The claims below run on the folded text: their words come from the word lists, spelled as the
# fold spells them (rules/_terms.py), and their grammar is written out.
_COPULA: Final = (
    rf"(?:です(?!か|よね|ね|よ|っけ)|{_words('impersonation_copula')}|っす(?!か)|だが(?!それ)|"
    rf"(?:から|より)の?{_words('impersonation_notice_word')}(?!を|が|に|は|も|で|って|と))"
)
# Who the comment claims to be, by kind: the city, the mayor, staff, a department, the
# police, the page's operator or a platform (folded spelling: サポート is さぽと).
# After 市長の, a kanji name (市長の田中です) unless it is what the mayor has or does.
_NOT_A_NAME: Final = _words("impersonation_mayor_not_name")
_OFFICE_ROLE: Final = rf"(?:の{_words('impersonation_office_role')})"
_CITY: Final = _words("impersonation_city")
_DEPARTMENT: Final = (
    rf"(?:(?:{_CITY}の?)?(?:[一-龥]{{1,8}}部の?)?"
    rf"(?:(?:[一-龥](?:[一-龥]|(?<=[一-龥])(?![がのはをにでともやへかよ])[ぁ-ん](?=[一-龥])){{0,11}}"
    rf"|市民の声をきく)課{_OFFICE_ROLE}?|[一-龥]{{1,12}}(?:部|局|室|係){_OFFICE_ROLE}))"
)
_ORGANISER: Final = (
    r"(?:(?:[一-龥]{1,10}|(?:(?![はがをにでのもとや])[ぁ-ん]){2,8})?"
    rf"{_words('impersonation_organiser')}{_OFFICE_ROLE}?)"
)
_PLATFORM: Final = (
    rf"(?<![a-z]){_words('impersonation_platform')}の?(?:公式)?"
    rf"{_words('impersonation_platform_team_claim')}"
    rf"|{_words('impersonation_operator')}|(?:この|本)ぺじの(?:管理者|運営者|担当者?)"
)
# A company's own voice (佐川急便です, 〇〇銀行の者です): found from its last word, because a
# name of any length before it would make the pattern try every position of the text.
_COMPANY: Final = rf"{_words('impersonation_company')}(?:の{_words('impersonation_company_role')})?"
_CLAIMS: Final = (
    ("city", rf"{_CITY}の?(?:公式)?(?:あかうんと)?"),
    (
        "crew",
        rf"{_CITY}の?[一-龥]{{1,6}}{_words('impersonation_crew')}"
        r"(?:の(?:者|もの|職員|人間|一人))?"
        r"|(?:北見)?(?:市役所|市)で(?:働いて|勤務して|勤めて)(?:い)?る(?:者|もの|職員|人間)"
        r"|(?:北見)?(?:市役所|市)の中の人",
    ),
    (
        "mayor",
        r"(?:北見)?(?:副)?市長の?(?:秘書|秘書室|付き|付)(?:の(?:者|もの|一人|[一-龥]{1,4}))?"
        rf"|(?:北見)?(?:副)?市長(?:本人|の(?!{_NOT_A_NAME})[一-龥]{{1,4}})?",
    ),
    ("staff", r"(?:北見)?(?:市役所|市)の?(?:職員|者|担当者?|人間)"),
    ("department", _DEPARTMENT),
    ("organiser", _ORGANISER),
    (
        "police",
        rf"(?:北見|北海道)?{_words('impersonation_police')}(?:の(?:者|警察官|警官|"
        r"[一-龥]{1,4}課))?|警察官|消防士",
    ),
    ("platform", _PLATFORM),
    # A public facility's staff (図書館司書です, 記念館の職員です): only when it acts as one.
    (
        "facility",
        rf"(?:[一-龥ぁ-ん]{{0,8}}?{_words('impersonation_facility')}"
        rf"の?{_words('impersonation_facility_role')}?|司書|学芸員)",
    ),
)
_CLAIM: Final = re.compile("|".join(f"(?P<{kind}>{body}){_COPULA}" for kind, body in _CLAIMS))
_COMPANY_CLAIM: Final = re.compile(f"{_COMPANY}{_COPULA}")
# The company's name before its last word: kanji, kana or Latin letters.
_COMPANY_NAME: Final = re.compile(r"(?:[一-龥ぁ-ん]{1,8}|[a-z]{2,12})$")
# Self-introductions that may stand before the claim at the start of a sentence.
_INTRO: Final = re.compile(rf"{_words('impersonation_intro')}(?:は|が)?$")
# A claim reported, not made: 「北見市役所です」と電話があった.
_REPORTED: Final = re.compile(_words("impersonation_reported"))
# Acting as the office: taking requests, asking for contact, sending to a link.
ACTING: Final = re.compile(_words("impersonation_acting"))
# How sure each kind of claim is without and with acting as the office.
# Each kind of claim has a level as a claim alone (claim_<kind>) and one when the comment acts
# as the office would (claim_<kind>_acting): data/rules/impersonation.toml [levels].
_CLAIM_KINDS: Final = (
    "city", "mayor", "staff", "department", "organiser", "police", "platform", "company",
    "crew", "facility",
)  # fmt: skip
# Claims that say nothing alone: a librarian may comment as a citizen; one who takes bookings
# through the comments speaks for the library.
_ONLY_ACTING: Final = frozenset(("facility",))
# A bracketed tag that heads the comment as the office's own notice: 【北見市人事課】, [北見市役所].
_HEAD_TAG: Final = re.compile(
    r"\A\s*[【\[［〔(（]\s*(?:北見市|市役所|北見市役所|北見市長|市長)[^】\]］〕)）\n]{0,12}"
    rf"(?:[課係部局室]|{pattern('impersonation_head_tag', form='text')})?\s*[】\]］〕)）]"
)


def _starts_sentence(ctx: Context, folded_start: int) -> bool:
    """Whether the claim (after an optional self-introduction) opens a sentence."""
    intro = _INTRO.search(ctx.folded, max(0, folded_start - 16), folded_start)
    start = intro.start() if intro is not None else folded_start
    origin = ctx.span(start, start + 1).start
    before = ctx.text[:origin].rstrip()
    return not before or not (before[-1].isalnum() or before[-1] in "「『\"“'（(")


_MOBILE_GATE: Final = re.compile(r"0[789]0")
# A city office's contact given as a mobile number in the office's voice: the city's divisions
# have no mobiles. Read on the number form (センター is センタ- there).
_OFFICE_MOBILE: Final = re.compile(
    rf"(?:{pattern('impersonation_city_office', form='numbers')}|[一-龥][課係])[^。\n]{{0,12}}?"
    r"(?<!\d)(?P<number>0[789]0[-\s]?\d{4}[-\s]?\d{4})(?!\d)"
)


def find_claim(ctx: Context) -> Iterable[Evidence]:
    """Text that claims to be the city, its staff, the mayor, the police or a platform's team,
    or that speaks as an office's notice collecting data or money (see :func:`_notice`)."""
    found: list[Evidence] = []
    if (
        "impersonation_claim_tail" in ctx.words
        or "0" in ctx.numbers
        or ctx.text.lstrip()[:1] in OPENING_BRACKETS
    ):
        found.extend(_claims(ctx))
    if NOTICE in ctx.words:
        office_notice = notice(ctx)
        if office_notice is not None:
            found.append(office_notice)
    return found


def _claims(ctx: Context) -> Iterator[Evidence]:
    if "0" in ctx.numbers and _MOBILE_GATE.search(ctx.numbers) is not None:
        for mobile in _OFFICE_MOBILE.finditer(ctx.numbers):
            # A person's mobile (環境課の田中さん 090-…) is 4-1's; a number passed on
            # (除雪センター（080-…）に電話してください) speaks of the office, not as it.
            if "さん" in mobile[0] or relayed(ctx.text, mobile.start("number"), mobile.end()):
                continue
            yield Evidence(spans=(Span(*mobile.span()),), mask="digits", level=_OFFICE_MOBILE_LEVEL)
            return
    text = ctx.text
    if text and text.lstrip()[:1] in OPENING_BRACKETS:
        head = _HEAD_TAG.match(text)
        if head is not None:
            yield Evidence(spans=(Span(*head.span()),), level=_HEAD_TAG_LEVEL)
            return
    if "impersonation_claim_tail" not in ctx.words:
        return
    folded = ctx.folded
    for match in _CLAIM.finditer(folded):
        kind = match.lastgroup or "city"
        if _REPORTED.match(folded, match.end()) or not _starts_sentence(ctx, match.start()):
            continue
        acting = ACTING.search(folded) is not None
        if not acting and kind in _ONLY_ACTING:
            continue
        yield Evidence(spans=(ctx.span(match.start(), match.end()),), level=_claim(kind, acting))
        return
    for match in _COMPANY_CLAIM.finditer(folded):
        name = _COMPANY_NAME.search(folded, max(0, match.start() - 12), match.start())
        start = name.start() if name is not None else match.start()
        if _REPORTED.match(folded, match.end()) or not _starts_sentence(ctx, start):
            continue
        acting = ACTING.search(folded) is not None
        yield Evidence(spans=(ctx.span(start, match.end()),), level=_claim("company", acting))
        return


def _claim(kind: str, acting: bool) -> str:
    return f"claim_{kind}_acting" if acting else f"claim_{kind}"


# How sure each kind of claim is without and with acting as the office.
# Each kind of claim has a level as a claim alone (claim_<kind>) and one when the comment acts
# as the office would (claim_<kind>_acting): data/rules/impersonation.toml [levels].
_OFFICE_MOBILE_LEVEL: Final = "office_mobile"
_HEAD_TAG_LEVEL: Final = "head_tag"
LEVELS: Final = frozenset(
    (
        _OFFICE_MOBILE_LEVEL,
        _HEAD_TAG_LEVEL,
        *(_claim(kind, True) for kind in _CLAIM_KINDS),
        *(_claim(kind, False) for kind in _CLAIM_KINDS if kind not in _ONLY_ACTING),
    )
)

#: The patterns of this module that run on the folded text (a test checks their literals).
FOLDED_PATTERNS: Final = (_CLAIM, _COMPANY_CLAIM, _COMPANY_NAME, _INTRO, _REPORTED, ACTING)
