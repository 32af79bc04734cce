"""Typing slips: how many slips of the fingers turn the word someone meant into the one typed.

Crisis phrases are matched through slips ("suicidle", "self harn", "kil myself") so that a typo
never hides them, but not through any change that makes another ordinary word. A slip is two
letters swapped, a key next to the right one on a QWERTY keyboard, a letter that sounds the same
("suiside", "samobujstwo"), or a letter left out or typed twice; in words of six letters or
more, any letter left out or added. Other changes are not slips, and the first letter is always
right.
"""

_KEYS = {
    "q": "wa", "w": "qeas", "e": "wrsd", "r": "etdf", "t": "ryfg", "y": "tugh", "u": "yihj",
    "i": "uojk", "o": "ipkl", "p": "ol", "a": "qwsz", "s": "awedxz", "d": "serfcx",
    "f": "drtgvc", "g": "ftyhbv", "h": "gyujnb", "j": "huikmn", "k": "jiolm", "l": "kop",
    "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
}
# Letters written for one another because they sound the same: "suiside", Polish "u" for "ó"
# (folded to "o"), and Urdu's.
_SOUNDS = ("cs", "ck", "sz", "ou", "سصث", "زذضظ", "تط", "ہح", "کق")
NEAR = frozenset(
    {(a, b) for a, others in _KEYS.items() for b in others}
    | {(a, b) for group in _SOUNDS for a in group for b in group if a != b}
)
ANCHOR_LENGTH = 4  # letters: shorter words must be typed right, and a phrase needs one such
LONG = 6  # letters: from here any letter may be left out or added
ALONE = 7  # letters: a phrase of one word may slip from here ("santa" is not "şantaj")


def allowance(meant: str, alone: bool) -> int:
    """Return how many slips a word of a phrase may carry: one, or none for short words."""
    return int(len(meant) >= (ALONE if alone else ANCHOR_LENGTH))


def slips(typed: str, meant: str, most: int) -> int | None:
    """Return the slips from meant to typed, or None past ``most`` or when not slips at all.

    The first letter must be right: people rarely mistype it, and changing it makes most
    other words ("will" for "kill", "tape" for "rape").
    """
    if typed == meant:
        return 0
    if not typed or not most or typed[0] != meant[0] or abs(len(typed) - len(meant)) > most:
        return None
    far, long = most + 1, len(meant) >= LONG
    before, row = None, list(range(len(meant) + 1))
    for i, t in enumerate(typed, start=1):
        current = [i]
        added = 1 if long or _doubled(typed, i - 1) else far
        for j, m in enumerate(meant, start=1):
            change = 0 if t == m else (1 if (t, m) in NEAR else far)
            missed = 1 if long or _doubled(meant, j - 1) else far
            cost = min(row[j] + added, current[j - 1] + missed, row[j - 1] + change)
            if before is not None and j > 1 and t == meant[j - 2] and typed[i - 2] == m:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > most and min(row) > most:  # a swap reads two rows back
            return None
        before, row = row, current
    return row[-1] if row[-1] <= most else None


def _doubled(word: str, at: int) -> bool:
    """Say whether the letter at ``at`` repeats the one before or after it."""
    letter = word[at]
    return (at > 0 and word[at - 1] == letter) or (at + 1 < len(word) and word[at + 1] == letter)
