"""What a third party may do with the city's posts (section 6, 知的財産権).

Section 6: 「本市ソーシャルメディアの掲載記事に対する「いいね!」、「リツイート」等の機能（これらに
類する機能を含む。）については、自由に使用していただくことができます。また、出所を明記しての転載
は可能です。ただし、「無断転載を禁じます」等の注記がある場合には、この限りではありません。」

Read as three answers for each post: the platform's like/share functions are always free;
reposting (転載) is allowed with the source stated; a no-reprint notice withdraws the repost
permission only, never the like/share one. A notice is the post's ``no_reprint`` flag or the
wording in its text: the markers listed in the policy data (``reuse.no_reprint_markers``) or
a sentence in which 転載 is followed by a prohibition (禁止, 禁じます, ご遠慮, お断り, 不可, …).
Text is compared after NFKC normalisation with spaces removed, so 「無断 転載 禁止」 and
full-width variants count; a sentence that denies a ban (「…ものではありません」) does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

import attrs

from kitami_policy import _validate as v
from kitami_policy.content import Post
from kitami_policy.errors import PolicyFileError, ValidationError
from kitami_policy.policy import KITAMI, Policy

__all__ = ["ReusePermission", "attribution_line", "find_no_reprint_notice", "reuse_terms"]

_SENTENCE: Final = re.compile(r"[。．.！!？?\n]+")
_NOTICE: Final = re.compile(
    r"(?:無断(?:で|の)?|許可なく)?転載[^。]{0,12}?"
    r"(?:禁止|禁じ|禁ず|ご遠慮|遠慮|お断り|不可|しないで|できません)(?!なく)"
)
_DENIAL: Final = re.compile(r"ものではありません|わけではありません")


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def find_no_reprint_notice(text: str, markers: Iterable[str] = ()) -> str | None:
    """The no-reprint notice in *text*, or ``None`` when there is none.

    *markers* are notices to look for first (the policy's ``no_reprint_markers``), reported
    as listed; other wordings are found by the rule in the module docstring and reported as
    matched in the normalised text.

    >>> find_no_reprint_notice("写真の無断転載を禁じます。", ["無断転載を禁じます"])
    '無断転載を禁じます'
    >>> find_no_reprint_notice("画像の転載はご遠慮ください")
    '転載はご遠慮'
    >>> find_no_reprint_notice("出所を明記しての転載は可能です。") is None
    True
    """
    if not isinstance(text, str):
        raise ValidationError(f"expected a str, got {type(text).__name__}")
    # The longest marker first, so that 無断複製・転載を禁じます wins over 転載を禁じます.
    wanted = sorted(((_squash(m), m) for m in markers if _squash(m)), key=lambda p: -len(p[0]))
    for sentence in _SENTENCE.split(_squash(text)):
        if _DENIAL.search(sentence):
            continue
        for squashed, marker in wanted:
            if squashed in sentence:
                return marker
        match = _NOTICE.search(sentence)
        if match:
            return match.group(0)
    return None


@attrs.frozen
class ReusePermission:
    """What a third party may do with one post, under section 6.

    Attributes:
        post_id: the post this answers for.
        free_functions: platform functions anyone may use freely (いいね!, リツイート, …).
        repost_allowed: the post may be reposted (転載) with its source stated.
        attribution: the source line to use when reposting; ``None`` when reposting is not
            allowed.
        no_reprint: the post carries a no-reprint notice (flag or text).
        notice: the notice as found in the text, when it is there.
        rights_holder: who holds the rights (北見市又は正当な権利を有する者).
        section: ``"6"``.
        message_ja: the answer in a sentence or two of Japanese.
        message_en: the same in English.
    """

    post_id: str = attrs.field(validator=v.non_empty_str)
    free_functions: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(str)
    )
    repost_allowed: bool = attrs.field(validator=v.boolean)
    attribution: str | None = attrs.field(validator=v.optional_non_empty_str)
    no_reprint: bool = attrs.field(validator=v.boolean)
    notice: str | None = attrs.field(validator=v.optional_non_empty_str)
    rights_holder: str = attrs.field(validator=v.non_empty_str)
    section: str = attrs.field(validator=v.non_empty_str)
    message_ja: str = attrs.field(validator=v.non_empty_str)
    message_en: str = attrs.field(validator=v.non_empty_str)

    def __attrs_post_init__(self) -> None:
        if self.repost_allowed != (self.attribution is not None):
            raise ValidationError(
                "ReusePermission.attribution is given exactly when reposting is allowed"
            )


def attribution_line(post: Post, policy: Policy = KITAMI) -> str:
    """The source line for reposting *post*, from ``policy.reuse.attribution_template``.

    The template's fields are ``{title}`` (the municipality, the source being the city's own
    account), ``{account}`` (the handle) and ``{url}`` (the account's address).

    Raises:
        PolicyFileError: the template names another field.
    """
    fields = {
        "title": policy.municipality,
        "account": post.account.handle,
        "url": post.account.url,
    }
    try:
        return policy.reuse.attribution_template.format_map(fields)
    except (KeyError, IndexError, ValueError) as exc:
        raise PolicyFileError(
            f"reuse.attribution_template {policy.reuse.attribution_template!r} may use only "
            f"{{title}}, {{account}} and {{url}} ({exc})"
        ) from None


def reuse_terms(post: Post, policy: Policy = KITAMI) -> ReusePermission:
    """What a third party may do with *post*: like/share freely, repost with the source.

    >>> from kitami_policy.content import Post
    >>> post = Post(id="p1", account=KITAMI.account_for("instagram"), text="北見菊まつり")
    >>> terms = reuse_terms(post)
    >>> terms.repost_allowed, terms.attribution
    (True, '出典：北見市（kitamisiyakusyo_official）https://www.instagram.com/kitamisiyakusyo_official/')
    """
    if not isinstance(post, Post):
        raise ValidationError(f"reuse_terms expects a Post, got {type(post).__name__}")
    terms = policy.reuse
    notice = find_no_reprint_notice(post.text, terms.no_reprint_markers)
    no_reprint = post.no_reprint or notice is not None
    allowed = terms.repost_with_source and not no_reprint
    attribution = attribution_line(post, policy) if allowed else None
    free_ja = "".join(f"「{f}」" for f in terms.free_functions)
    free_en = ", ".join(terms.free_functions)
    if allowed:
        repost_ja = f"出所を明記すれば転載できます。出所は「{attribution}」と記してください。"
        repost_en = f'It may be reposted with its source stated, as "{attribution}".'
    elif no_reprint:
        shown = notice or "無断転載を禁じます"
        repost_ja = f"「{shown}」等の注記があるため、転載はできません。"
        repost_en = "It carries a no-reprint notice, so it may not be reposted."
    else:
        repost_ja = "転載はできません。"
        repost_en = "It may not be reposted."
    return ReusePermission(
        post_id=post.id,
        free_functions=terms.free_functions,
        repost_allowed=allowed,
        attribution=attribution,
        no_reprint=no_reprint,
        notice=notice,
        rights_holder=terms.rights_holder,
        section="6",
        message_ja=f"{free_ja}等の機能は自由にご利用いただけます。{repost_ja}（運用方針6）",
        message_en=f"{free_en} and similar functions are free to use. {repost_en} (section 6)",
    )
