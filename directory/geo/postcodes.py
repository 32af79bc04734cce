"""Recognise and normalise UK postcodes and outcodes, whatever their case or spacing."""

import re
from typing import Literal

# The outward code (area + district, e.g. "SG1", "EC1A", "M1") and the inward code ("1AA").
_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
_INWARD = r"[0-9][A-Z]{2}"
_FULL = re.compile(rf"({_OUTWARD})({_INWARD})")
_CANONICAL = re.compile(rf"{_OUTWARD} {_INWARD}")
_OUTCODE = re.compile(_OUTWARD)
# Letters then a digit, short, no other characters: someone meant a postcode.
_POSTCODE_LIKE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]{0,5}")

PostcodeKind = Literal["postcode", "outcode"]


def _squash(text: str | None) -> str:
    """Upper-case the text and drop every kind of whitespace."""
    return re.sub(r"\s+", "", text or "").upper()


def normalise_postcode(text: str | None) -> str | None:
    """Return the canonical full postcode ("SG1 1AA") or None when text is not one."""
    if text and _CANONICAL.fullmatch(text):
        return text  # already canonical: the common case when importing Code-Point
    match = _FULL.fullmatch(_squash(text))
    return f"{match[1]} {match[2]}" if match else None


def normalise_outcode(text: str | None) -> str | None:
    """Return the canonical outcode ("SG1") or None when text is not one."""
    squashed = _squash(text)
    return squashed if _OUTCODE.fullmatch(squashed) else None


def outcode_of(postcode: str) -> str:
    """Return the outward part of a full postcode ("SG1 1AA" gives "SG1")."""
    canonical = normalise_postcode(postcode)
    if canonical is None:
        raise ValueError(f"{postcode!r} is not a full postcode")
    return canonical.split(" ")[0]


def sector_of(postcode: str) -> str:
    """Return the postcode sector of a full postcode ("M1 1AE" gives "M1 1")."""
    canonical = normalise_postcode(postcode)
    if canonical is None:
        raise ValueError(f"{postcode!r} is not a full postcode")
    return canonical[:-2]


def postcode_kind(text: str | None) -> PostcodeKind | None:
    """Say whether text is a full postcode, an outcode or neither (None)."""
    if normalise_postcode(text):
        return "postcode"
    if normalise_outcode(text):
        return "outcode"
    return None


def looks_like_postcode(text: str | None) -> bool:
    """Return True when text has the shape of a postcode, even a mistyped one."""
    squashed = _squash(text)
    return bool(_POSTCODE_LIKE.fullmatch(squashed)) and len(squashed) <= 8
