"""What the words don't say about a listing but its ranking should: freshness and audience.

Each is a factor on the score a listing would otherwise get (see docs/SEARCH.md):
- ``STALE_FACTOR``: a listing its provider has not confirmed for 12 months (or ever)
  (``directory.freshness.is_stale``, the "not checked recently" label);
- ``AUDIENCE_FACTOR``: a listing for none of the people the search is about. Searches are about
  young people, plus parents and carers or professionals when the words say so
  (``audience.intent``), or exactly the audiences of the ``audience`` filter.

A mild factor, not a tier: a stale listing that matches much better still comes first. The
live documents fall into at most four classes (fresh or stale × for the audience or not); the
lattice walk ranks them all at once (``lattice.combinations``), and the scoring from postings
one class at a time, merged by the factored score.
"""

from ...listings.freshness import stale_cutoff
from ...vocabulary import fixed
from .audience import YOUNG_PEOPLE
from .postings import ByteMembership

STALE_FACTOR = 0.85
AUDIENCE_FACTOR = 0.6
AUDIENCES = tuple(fixed.AUDIENCES)
FIRST_YEAR = 1990  # no listing was confirmed before this


def factor(stale: bool, audience, wanted=(YOUNG_PEOPLE,)) -> float:
    """Return a listing's ranking factor from its freshness and whom it is for."""
    meant = not audience or any(who in wanted for who in audience)
    return (STALE_FACTOR if stale else 1.0) * (1.0 if meant else AUDIENCE_FACTOR)


def stale_bits(view, today) -> int:
    """Return the documents last confirmed before the 12-month cutoff (or never), cached."""
    cutoff = stale_cutoff(today)

    def compute():
        terms = ["assured:never"]
        terms += [f"assured:{year}" for year in range(FIRST_YEAR, cutoff.year)]
        terms += [f"assured:{cutoff.year}-{month:02d}" for month in range(1, cutoff.month)]
        terms += [f"assured:{cutoff:%Y-%m}-{day:02d}" for day in range(1, cutoff.day)]
        return view.any_bits(terms)

    return view.cached(("stale", cutoff), compute)


def audience_bits(view, audiences) -> int:
    """Return the documents for any of these audiences (unlabelled ones are for young people)."""
    def compute():
        found = view.any_bits(f"aud:{who}" for who in audiences)
        if YOUNG_PEOPLE in audiences:  # indexed before listings said who they are for
            found |= view.live & ~view.any_bits(f"aud:{who}" for who in AUDIENCES)
        return found

    return view.cached(("audience", tuple(sorted(audiences))), compute)


def classes(view, within: int, today, audiences) -> list[tuple[float, int]]:
    """Split documents into (factor, bitset) classes, the unpenalised class first."""
    stale = stale_bits(view, today)
    meant = audience_bits(view, audiences)
    found = []
    for factor, bits in ((1.0, meant & ~stale), (STALE_FACTOR, meant & stale),
                         (AUDIENCE_FACTOR, ~meant & ~stale),
                         (AUDIENCE_FACTOR * STALE_FACTOR, ~meant & stale)):
        if bits & within:
            found.append((factor, bits & within))
    return found


class Factors:
    """A document's factor from its class, by fast membership tests."""

    def __init__(self, classes):
        self.tests = [(factor, ByteMembership(bits)) for factor, bits in classes if factor < 1]

    def of(self, d: int) -> float:
        """Return the factor of a document (1 unless it is in a penalised class)."""
        return next((factor for factor, bits in self.tests if d in bits), 1.0)
