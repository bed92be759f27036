"""Masking of personal data for excerpts, reprs and JSON.

The library never prints, logs or stores a detected personal value in clear: a finding keeps
the span (offsets into the caller's own text) and a masked excerpt only. Masking keeps the
shape of a value (its separators, a short head and tail) so that a reviewer can tell a phone
number from a card number without learning either.
"""

from __future__ import annotations

__all__ = ["mask_digits", "mask_email", "mask_text"]

_MASK = "*"


def mask_digits(value: str, keep_head: int = 3, keep_tail: int = 2) -> str:
    """Mask the digits of *value*, keeping the first *keep_head* and last *keep_tail*.

    Separators stay where they are. Values with too few digits are masked entirely.

    >>> mask_digits("090-1234-5612")
    '090-****-**12'
    >>> mask_digits("１２３４５６７８９０１２", keep_head=0, keep_tail=4)
    '********９０１２'
    >>> mask_digits("12")
    '**'
    """
    positions = [i for i, ch in enumerate(value) if ch.isdigit()]
    if len(positions) <= keep_head + keep_tail:
        keep: set[int] = set()
    else:
        keep = set(positions[:keep_head]) | set(positions[len(positions) - keep_tail :])
    return "".join(_MASK if ch.isdigit() and i not in keep else ch for i, ch in enumerate(value))


def mask_email(value: str) -> str:
    """Mask an e-mail address, keeping the first character of each part and the top domain.

    >>> mask_email("taro.yamada@example.co.jp")
    't**********@e******.c*.jp'
    """
    local, sep, domain = value.partition("@")
    if not sep:
        return mask_text(value)
    labels = domain.split(".")
    masked = [
        lab if i == len(labels) - 1 and i > 0 else _keep_first(lab) for i, lab in enumerate(labels)
    ]
    return f"{_keep_first(local)}@{'.'.join(masked)}"


def mask_text(value: str, keep_head: int = 1) -> str:
    """Mask every character but the first *keep_head* non-space ones.

    >>> mask_text("北見市大通西3丁目")
    '北********'
    """
    out = []
    kept = 0
    for ch in value:
        if ch.isspace():
            out.append(ch)
        elif kept < keep_head:
            out.append(ch)
            kept += 1
        else:
            out.append(_MASK)
    return "".join(out)


def _keep_first(part: str) -> str:
    return part[:1] + _MASK * (len(part) - 1)
