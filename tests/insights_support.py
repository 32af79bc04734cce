"""A small directory with a known set of services, and a known series of searches, for the
insights tests. The expected figures are computed here from the same plain descriptions, by
loops that share nothing with ``directory.insights``.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from provider_support import add_listing

from directory import db, search
from directory.listings.opening_hours import LONDON

STEVENAGE, WATFORD, NORTH_HERTS, DACORUM = "E07000243", "E07000103", "E07000099", "E07000096"
# The local authority of each postcode the services and searches use (seed gazetteer).
POSTCODE_AREAS = {"SG1 1AA": STEVENAGE, "WD17 1AA": WATFORD, "SG6 3AA": NORTH_HERTS,
                  "HP1 1AB": DACORUM}
GROUPINGS = ("thriving", "getting-advice", "getting-help", "getting-more-help",
             "getting-risk-support")
BANDS = (("0-4", 0, 4), ("5-10", 5, 10), ("11-15", 11, 15), ("16-18", 16, 18),
         ("19-25", 19, 25))
PUBLISHED = ("active", "temporarily-closed")


@dataclass(frozen=True)
class Known:
    """One service of the known directory, described plainly."""

    ref: str
    name: str
    groupings: tuple[str, ...]
    ages: tuple[int, int]
    topics: tuple[str, ...] = ()
    support_types: tuple[str, ...] = ()
    delivery: tuple[str, ...] = ("in-person",)
    postcode: str = ""
    service_areas: tuple[str, ...] = ()
    national: bool = False
    status: str = "active"
    availability: str = "accepting"
    wait_weeks: int | None = None
    checked_days_ago: int | None = 20
    organisation: str = "Oak Tree Youth"

    @property
    def areas(self) -> set[str]:
        """Return the areas it counts for (none when national)."""
        if self.national:
            return set()
        found = set(self.service_areas)
        if self.postcode:
            found.add(POSTCODE_AREAS[self.postcode])
        return found


SERVICES = (
    Known("talk", "Stevenage Talking Space", ("getting-help",), (11, 18), ("low-mood", "anxiety"),
          ("counselling",), postcode="SG1 1AA"),
    Known("art", "Stevenage Art Club", ("thriving",), (5, 15), ("wellbeing",),
          ("activities", "peer-support"), postcode="SG1 1AA", checked_days_ago=200),
    Known("coach", "Watford Study Coach", ("getting-advice",), (11, 25), ("exam-stress",),
          ("self-help",), ("online", "phone"), postcode="WD17 1AA",
          availability="waiting-list", wait_weeks=6, checked_days_ago=400,
          organisation="Riverside Counselling"),
    Known("safety", "County Safety Team", ("getting-risk-support", "getting-more-help"), (0, 18),
          ("self-harm", "safeguarding"), ("crisis-support",), ("phone", "home-visit"),
          service_areas=(STEVENAGE, NORTH_HERTS), availability="not-accepting",
          checked_days_ago=None),
    Known("parents", "Watford Little Ones Group", ("getting-help",), (0, 4), ("parenting",),
          ("group",), postcode="WD17 1AA", status="temporarily-closed", checked_days_ago=30,
          organisation="Riverside Counselling"),
    Known("line", "Anywhere Helpline", ("getting-advice", "getting-risk-support"), (0, 25),
          ("low-mood", "self-harm"), ("helpline", "self-help"), ("phone",), national=True,
          checked_days_ago=10, organisation="Hilltop Arts"),
    Known("pending", "Stevenage Waiting Team", ("getting-more-help",), (11, 18),
          postcode="SG1 1AA", status="pending"),
    Known("closed", "Watford Old Club", ("thriving",), (5, 18), postcode="WD17 1AA",
          status="inactive"),
)


def listing_changes(known: Known, today: date) -> dict:
    """Return the ServiceInput data (over provider_support's defaults) for a known service."""
    checked = (today - timedelta(days=known.checked_days_ago)).isoformat() \
        if known.checked_days_ago is not None else None
    locations = ([{"name": known.name, "address": "1 High Street", "postcode": known.postcode}]
                 if known.postcode else [])
    return {
        "service_ref": known.ref, "name": known.name, "groupings": list(known.groupings),
        "summary": "Sessions for young people, run every week by trained staff.",
        "description": "", "topics": list(known.topics),
        "support_types": list(known.support_types), "minimum_age": known.ages[0],
        "maximum_age": known.ages[1], "delivery_modes": list(known.delivery),
        "locations": locations, "service_areas": list(known.service_areas),
        "national": known.national, "availability": known.availability,
        "wait_weeks": known.wait_weeks, "assured_date": checked,
        "self_referral": True, "referral_routes": ["self"],
    }


def build_directory(app, today: date | None = None) -> dict[str, int]:
    """Create the known services through the one write path; return {ref: id}."""
    today = today or datetime.now(LONDON).date()
    ids = {}
    for known in SERVICES:
        ids[known.ref] = add_listing(app, known.organisation, status=known.status,
                                     **listing_changes(known, today))
    search.rebuild(app)
    return ids


def expected_coverage(areas) -> dict[tuple[str, str, str], int]:
    """Return {(area, grouping, band): services}, counted straight from SERVICES."""
    cells = {}
    for area in areas:
        for grouping in GROUPINGS:
            for band, low, high in BANDS:
                cells[(area, grouping, band)] = sum(
                    1 for s in SERVICES
                    if s.status in PUBLISHED and area in s.areas and grouping in s.groupings
                    and s.ages[0] <= high and s.ages[1] >= low)
    return cells


def band_of(age: int | None) -> str:
    """Return the age band of an age, "" for none."""
    if age is None:
        return ""
    return next(label for label, low, high in BANDS if low <= age <= high)


@dataclass(frozen=True)
class Searched:
    """One search of the known series, and what it should be counted as."""

    how: str  # "html", "api", "signpost" or "direct" (run_search with a past day)
    postcode: str = ""
    words: str = ""
    age: int | None = None
    groupings: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()  # the topics it is about (recognised or ticked)
    local: dict = field(default_factory=dict)  # topic -> local services found ("" = all)
    crisis: bool = False
    days_ago: int = 0

    @property
    def area(self) -> str:
        """Return the local authority searched, "" without a place."""
        return POSTCODE_AREAS.get(self.postcode, "")


SEARCHES = (
    Searched("html", "SG1 1AA", "can't sleep", 14, topics=("sleep",), local={"": 0}),
    Searched("api", "SG1 1AA", "feeling down", 15, topics=("low-mood",), local={"": 1}),
    Searched("api", "WD17 1AA", "exam stress", 17, topics=("exam-stress",), local={"": 1}),
    Searched("html", "SG1 1AA", "exam stress", 17, topics=("exam-stress",), local={"": 0}),
    Searched("html", "SG1 1AA", "", 3, groupings=("getting-more-help",), local={"": 1}),
    Searched("html", "SG6 3AA", "self harm", 16, topics=("self-harm",), local={"": 1},
             crisis=True),
    Searched("signpost", "SG1 1AA", "", 8, topics=("sleep", "bullying"),
             local={"": 2, "sleep": 0, "bullying": 0}),
    Searched("html", "HP1 1AB", "feeling down", None, topics=("low-mood",), local={"": 0}),
    Searched("html", "", "bullied", 12, topics=("bullying",)),
    *(Searched("direct", "SG1 1AA", "can't sleep", 13, topics=("sleep",), local={"": 0},
               days_ago=days) for days in (35, 36, 70, 71, 72, 100)),
)


def expected_unmet(areas) -> dict[tuple[str, str, str], int]:
    """Return {(area, topic, band): searches that found no local service} from SEARCHES."""
    unmet: dict[tuple[str, str, str], int] = {}
    for s in SEARCHES:
        if s.area not in areas:
            continue
        for topic in s.topics:
            found = s.local.get(topic, s.local.get(""))
            if found == 0:
                key = (s.area, topic, band_of(s.age) or "any")
                unmet[key] = unmet.get(key, 0) + 1
    return unmet


def expected_searches(areas) -> dict[str, int]:
    """Return the total, crisis and zero-local searches of the areas, from SEARCHES."""
    inside = [s for s in SEARCHES if s.area in areas]
    return {"total": len(inside), "crisis": sum(s.crisis for s in inside),
            "zero_local": sum(s.local.get("") == 0 for s in inside)}


def published(count: int):
    """Return a count of people as it may be published."""
    return "<5" if 0 < count < 5 else count


def run_series(app, client, today: date | None = None) -> None:
    """Make every search of SEARCHES the way it says (pages through the client, past days in
    process), and check each answered."""
    today = today or datetime.now(LONDON).date()
    for s in SEARCHES:
        if s.how == "direct":
            day = today - timedelta(days=s.days_ago)
            with app.app_context():
                session = db.new_session(app)
                search.run_search(session, search.SearchParams(
                    q=s.words, location=s.postcode, age=s.age),
                    now=datetime(day.year, day.month, day.day, 12, tzinfo=LONDON))
                session.close()
            continue
        response = client.get(search_url(s))
        assert response.status_code == 200, (s, response.status_code)


def search_url(s: Searched) -> str:
    """Return the address of a search of the series (HTML, API or signposting)."""
    from urllib.parse import urlencode

    query = [("q", s.words), ("location", s.postcode),
             ("age", "" if s.age is None else str(s.age))]
    query += [("grouping", code) for code in s.groupings]
    if s.how == "signpost":
        pairs = [("location", s.postcode), ("age", str(s.age)), ("risk", "no")]
        pairs += [("topic", code) for code in s.topics]
        return "/signpost/options?" + urlencode(pairs)
    path = "/api/v1/search" if s.how == "api" else "/search"
    return path + "?" + urlencode([(k, v) for k, v in query if v])
