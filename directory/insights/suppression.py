"""Small numbers about people are never published: 1 to 4 is shown and exported as "<5"."""

SMALL = 5  # counts from 1 to SMALL - 1 are suppressed
SUPPRESSED = "<5"

Published = int | str  # a count as it may be shown: 0, 5 or more, or "<5"


def suppress(count: int) -> Published:
    """Return a count of people (searches, sheets, visits) as it may be published."""
    return SUPPRESSED if 0 < count < SMALL else count


def rank_key(count: int) -> int:
    """Return what ranks a suppressed figure: its count from 5 up, else 0 (no order among them).

    Ranking by the hidden count would tell a 4 from a 1; every "<5" ranks the same instead.
    """
    return count if count >= SMALL else 0


def bar_value(count: int) -> int:
    """Return the length to draw a count's bar: a "<5" is always drawn as one length (4)."""
    return SMALL - 1 if 0 < count < SMALL else count
