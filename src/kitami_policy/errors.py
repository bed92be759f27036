"""Exceptions raised by kitami-policy.

Every error the library raises on purpose derives from :class:`KitamiPolicyError`, so a caller
can catch the whole family at once. Subclasses also derive from the builtin that fits
(``ValueError``, ``TypeError``, ``LookupError``) so that generic handlers keep working.
Messages say what was wrong and how to fix it.
"""

from __future__ import annotations

__all__ = [
    "ConversionError",
    "InvalidTextError",
    "KitamiPolicyError",
    "NaiveDatetimeError",
    "OutOfRangeError",
    "PayloadError",
    "PolicyFileError",
    "PolicyNotInForceError",
    "UnknownAccountError",
    "UnknownClauseError",
    "UnknownTopicError",
    "ValidationError",
]


class KitamiPolicyError(Exception):
    """Root of every exception this library raises on purpose."""


class ValidationError(KitamiPolicyError, ValueError):
    """A value given to a constructor or function is not acceptable."""


class NaiveDatetimeError(ValidationError):
    """A datetime without a time zone was given where an aware one is required.

    The library never guesses a zone: a naive 10:00 could be JST or UTC, nine hours apart.
    """


class InvalidTextError(ValidationError):
    """A text cannot be processed (not a ``str``, or it holds lone surrogates)."""


class OutOfRangeError(ValidationError):
    """A value lies outside the range the library can answer for (dates, confidences)."""


class PayloadError(ValidationError):
    """A platform's API payload does not have the shape its reader expects.

    The message names the field by its path in the payload (``data[2].from.id``) and says what
    is wrong with it and how to get it right; it never repeats a field's value, which may be
    personal data (a phone number in a message). :attr:`field` holds the same path.
    """

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class UnknownClauseError(KitamiPolicyError, LookupError):
    """A clause code that the policy does not define (the codes are "4-1" … "4-9")."""


class UnknownTopicError(KitamiPolicyError, LookupError):
    """A topic code that the policy does not define (see ``Policy.topics``)."""


class UnknownAccountError(KitamiPolicyError, LookupError):
    """No account of the policy matches the platform or handle asked for."""


class PolicyNotInForceError(KitamiPolicyError, LookupError):
    """No policy was in force on the date asked about (it predates every effective date)."""


class PolicyFileError(KitamiPolicyError, ValueError):
    """A policy data file is missing, malformed or inconsistent."""


class ConversionError(KitamiPolicyError, ValueError):
    """A plain dict or JSON document does not describe the type it was converted to."""
