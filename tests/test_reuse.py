"""Tests for kitami_policy.reuse: what third parties may do with the city's posts (section 6)."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import KITAMI, PolicyFileError, Post, ValidationError
from kitami_policy.reuse import (
    ReusePermission,
    attribution_line,
    find_no_reprint_notice,
    reuse_terms,
)

MARKERS = KITAMI.reuse.no_reprint_markers


def make_post(text: str = "北見菊まつりの様子です", *, no_reprint: bool = False) -> Post:
    return Post(id="p1", account=KITAMI.account_for("facebook"), text=text, no_reprint=no_reprint)


class TestNotices:
    @pytest.mark.parametrize(
        "text",
        [
            "無断転載を禁じます",
            "写真の無断転載を禁じます。",
            "無断転載禁止",
            "※無断転載はご遠慮ください",
            "無断 転載 禁止",
            "画像の転載はお断りします",
            "転載不可",
            "無断複製・転載を禁じます",
            "この写真を転載しないでください",
            "ＮＯ！無断転載を禁ず",
        ],
    )
    def test_notices_found(self, text: str) -> None:
        """The policy's wording and its usual variants are notices."""
        assert find_no_reprint_notice(text, MARKERS) is not None
        assert find_no_reprint_notice(text) is not None

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "北見菊まつりを開催します",
            "出所を明記しての転載は可能です。",
            "転載はご遠慮なくどうぞ",
            "転載を禁止するものではありません",
            "禁止事項をお読みください。転載歓迎",
        ],
    )
    def test_not_notices(self, text: str) -> None:
        """Permission, denial of a ban, or 禁止 unrelated to 転載 is not a notice."""
        assert find_no_reprint_notice(text, MARKERS) is None

    def test_marker_reported_as_listed(self) -> None:
        """A listed marker is reported in the data's own wording."""
        assert (
            find_no_reprint_notice("写真の無断複製・転載を禁じます", MARKERS)
            == "無断複製・転載を禁じます"
        )

    def test_text_must_be_a_string(self) -> None:
        """A non-string is refused."""
        with pytest.raises(ValidationError):
            find_no_reprint_notice(None)  # type: ignore[arg-type]


class TestReuseTerms:
    def test_plain_post(self) -> None:
        """Like and share freely; repost with the source line built from the policy's template."""
        terms = reuse_terms(make_post())
        assert terms.free_functions == ("いいね!", "リツイート", "シェア")
        assert terms.repost_allowed
        assert terms.attribution == "出典：北見市（@kitamishi）https://www.facebook.com/kitamishi/"
        assert not terms.no_reprint
        assert terms.section == "6"
        assert terms.attribution in terms.message_ja
        assert terms.rights_holder == "北見市又は正当な権利を有する者"

    def test_notice_in_text(self) -> None:
        """A no-reprint notice in the text withdraws the repost permission only."""
        terms = reuse_terms(make_post("北見菊まつり。写真の無断転載を禁じます。"))
        assert not terms.repost_allowed
        assert terms.attribution is None
        assert terms.no_reprint
        assert terms.notice == "無断転載を禁じます"
        assert terms.free_functions
        assert "転載はできません" in terms.message_ja

    def test_notice_as_flag(self) -> None:
        """The no_reprint flag counts as a notice even when the text has none."""
        terms = reuse_terms(make_post(no_reprint=True))
        assert (terms.repost_allowed, terms.no_reprint, terms.notice) == (False, True, None)

    def test_policy_without_repost(self) -> None:
        """A policy that allows no reposting gives no attribution line."""
        policy = attrs.evolve(KITAMI, reuse=attrs.evolve(KITAMI.reuse, repost_with_source=False))
        terms = reuse_terms(make_post(), policy)
        assert (terms.repost_allowed, terms.attribution, terms.no_reprint) == (False, None, False)

    def test_bad_template(self) -> None:
        """A template naming an unknown field is a data error."""
        policy = attrs.evolve(
            KITAMI, reuse=attrs.evolve(KITAMI.reuse, attribution_template="出典：{author}")
        )
        with pytest.raises(PolicyFileError, match="attribution_template"):
            attribution_line(make_post(), policy)

    def test_attribution_names_the_account(self) -> None:
        """Each account gets its own handle and address in the source line."""
        post = Post(id="p", account=KITAMI.account_for("x"))
        assert (
            attribution_line(post)
            == "出典：北見市（@kitamisiyakusyo）https://twitter.com/kitamisiyakusyo"
        )

    def test_attribution_only_when_allowed(self) -> None:
        """The value refuses an attribution for a post that may not be reposted."""
        good = reuse_terms(make_post())
        with pytest.raises(ValidationError, match="exactly when"):
            attrs.evolve(good, repost_allowed=False)

    @settings(database=None, deadline=None)
    @given(st.text(max_size=60), st.booleans())
    def test_repost_iff_no_notice(self, text: str, flag: bool) -> None:
        """Reposting is allowed exactly when neither the flag nor a notice is present."""
        terms = reuse_terms(make_post(text, no_reprint=flag))
        assert isinstance(terms, ReusePermission)
        expected = not flag and find_no_reprint_notice(text, MARKERS) is None
        assert terms.repost_allowed is expected
        assert bool(terms.free_functions)
