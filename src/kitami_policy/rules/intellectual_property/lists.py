"""The names of the word lists clause 4-3 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADULT",
    "AUDIO_FORMAT",
    "BRANDS",
    "CAPTURE",
    "CHANNEL",
    "COUNTERFEIT",
    "COUNTERFEIT_SALE",
    "COUNTERFEIT_WEAK",
    "COVERT",
    "CREATIVE",
    "EXPLOIT",
    "FACE",
    "FACE_STRONG",
    "FREE",
    "GUARD",
    "LAWFUL",
    "MATERIAL",
    "NO_CONSENT",
    "OFFER",
    "OTHERS",
    "PATTERN_LISTS",
    "PIRACY",
    "PUBLISH",
    "REPOST",
    "REQUEST",
    "REUSE",
    "RIPPED",
    "SELF",
    "SOURCE",
    "SPREAD",
    "SUFFERED",
    "UNLICENSED",
    "UPLOAD",
    "WORKS",
]

PIRACY: Final = "ip_piracy"
FREE: Final = "ip_free"
OFFER: Final = "ip_offer"
CHANNEL: Final = "ip_channel"
WORKS: Final = "ip_works"
LAWFUL: Final = "ip_lawful"
REPOST: Final = "ip_repost"
REUSE: Final = "ip_reuse"
MATERIAL: Final = "ip_material"
SOURCE: Final = "ip_source"
SPREAD: Final = "ip_spread"
GUARD: Final = "ip_guard"
REQUEST: Final = "ip_request"
COUNTERFEIT: Final = "ip_counterfeit"
COUNTERFEIT_WEAK: Final = "ip_counterfeit_weak"
COUNTERFEIT_SALE: Final = "ip_counterfeit_sale"
BRANDS: Final = "ip_brands"
FACE: Final = "ip_face"
FACE_STRONG: Final = "ip_face_strong"
PUBLISH: Final = "ip_publish"
NO_CONSENT: Final = "ip_no_consent"
SELF: Final = "ip_self"
COVERT: Final = "ip_covert"
CAPTURE: Final = "ip_capture"
OTHERS: Final = "ip_others"
UPLOAD: Final = "ip_upload"
UNLICENSED: Final = "ip_unlicensed"
EXPLOIT: Final = "ip_exploit"
CREATIVE: Final = "ip_creative"
ADULT: Final = "ip_adult"
SUFFERED: Final = "ip_suffered"
# Terms the readings' patterns spell out (rules/_terms.py), not signals of their own: formats
# a work is converted to and the ways copies are taken out of a service.
AUDIO_FORMAT: Final = "ip_audio_format"
RIPPED: Final = "ip_ripped"
PATTERN_LISTS: Final = (AUDIO_FORMAT, RIPPED)
