"""The "no wrong door" guided flow: answers in, options to talk about out (pure functions).

Answers travel from step to step in the query string. The words a young person uses are never
among them: the free-text box has no name, so browsers never send it (templates/signpost/).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

from ..listings import facts
from ..vocabulary import thrive

MAX_AGE = 25
MAX_LOCATION = 100
# Services the flow asks the search for, before ranking them by the answers.
CANDIDATES = 100
# The shortlist: the best matches, enough to choose from and few enough to talk through in two
# minutes. The rest wait, grouped by kind of help, behind "Show more options".
SHORTLIST = 4
# How many options each group shows when the rest are opened; "more" opens one group up to
# MORE_SHOWN.
PER_GROUP = 2
NATIONAL_SHOWN = 3
MORE_SHOWN = 8
NATIONAL = "national"
# Topics that say what a service is *for* (a condition, a group of people, a life event), not a
# feeling anyone can have. A listing naming few topics, one of them a focus nobody chose, is a
# specialist service for that focus: a psychosis team that also lists "anxiety" is a weak match
# for exam worries, so it is offered only when nothing else fits.
FOCUS_TOPICS = frozenset({
    "unusual-experiences", "neurodiversity", "eating", "substance-use", "identity", "parenting",
    "caring", "bereavement", "trauma", "self-harm", "suicidal-thoughts", "safeguarding",
})
SPECIALIST_MAX_TOPICS = 4
# Children this young are usually helped through their parents, so parents' services suit them.
PARENTS_HELP_UNDER = 11

# (code, label): what's going on, in plain words; codes are seed/taxonomy.csv topics.
TOPICS = (
    ("low-mood", _l("Feeling down")),
    ("anxiety", _l("Worried or stressed")),
    ("sleep", _l("Can't sleep")),
    ("exam-stress", _l("Exams and school")),
    ("bullying", _l("Being bullied")),
    ("loneliness", _l("Lonely, or falling out with friends")),
    ("family", _l("Family arguments")),
    ("anger", _l("Angry")),
    ("bereavement", _l("Someone died")),
    ("eating", _l("Eating or body image")),
    ("identity", _l("Sexuality or gender identity (LGBTQ+)")),
    ("substance-use", _l("Drink or drugs")),
    ("trauma", _l("Something bad happened")),
    ("caring", _l("Looking after someone (young carer)")),
    ("unusual-experiences", _l("Hearing voices or seeing things")),
    ("neurodiversity", _l("Autism or ADHD")),
    ("parenting", _l("Help for parents")),
    ("wellbeing", _l("Staying well: things to do, meeting people")),
)
# Topics that bring the crisis cards first (seed/vocabulary.csv marks them crisis=yes).
CRISIS_TOPICS = (
    ("self-harm", _l("Hurting themselves (self-harm)")),
    ("suicidal-thoughts", _l("Not wanting to be here (suicidal thoughts)")),
    ("safeguarding", _l("Not safe, or being hurt by someone (abuse)")),
)
TOPIC_CODES = tuple(code for code, _label in (*TOPICS, *CRISIS_TOPICS))
CRISIS_CODES = frozenset(code for code, _label in CRISIS_TOPICS)
TOPIC_LABELS = dict((*TOPICS, *CRISIS_TOPICS))

RISK = (
    ("yes", _l("Yes, someone may be at risk right now")),
    ("not-sure", _l("I'm not sure")),
    ("no", _l("No")),
)
# What they'd prefer: a delivery mode, or a support type the listing names.
PREFERENCES = (
    ("in-person", _l("Face to face")),
    ("online", _l("Online")),
    ("phone", _l("Phone")),
    ("text", _l("Text or chat")),
    ("group", _l("In a group")),
    ("family", _l("With their family")),
)
PREFERENCE_MATCH = {
    "in-person": ("delivery", {"in-person", "home-visit"}),
    "online": ("delivery", {"online"}),
    "phone": ("delivery", {"phone"}),
    "text": ("delivery", {"text"}),
    "group": ("support", {"group", "peer-support", "activities"}),
    "family": ("support", {"family-support"}),
}
TRAVEL = (
    ("yes", _l("Yes")),
    ("near", _l("Only somewhere close by")),
    ("no", _l("No: it needs to be from home (phone, text or online)")),
)
# Miles to look within for each travel answer; "no" keeps walking distance and favours remote help.
RADIUS = {"yes": 10.0, "near": 3.0, "no": 2.0, "": 5.0}
REMOTE = frozenset({"online", "phone", "text"})

PROBLEMS = {
    "location-empty": _l("Enter a postcode, a town, or the name and town of a school or GP "
                         "practice."),
    "location-long": _l("Enter a shorter place: a postcode or a town is enough."),
    "location-unknown": _l("We couldn't find that place. Try a postcode, the first half of one "
                           "(such as SG1), or a town."),
    "age-empty": _l("Enter the young person's age."),
    "age-invalid": _l("Enter the age as a number, such as 14."),
    "age-range": _l("This directory is for children and young people aged 0 to 25."),
    "risk-empty": _l("Choose an answer: this decides whether we show crisis help first."),
    "pick-none": _l("Choose at least one option to put on the sheet."),
    "pick-many": _l("Choose up to 4 options: a short list is easier to talk through."),
    "pick-gone": _l("One of the options you chose is no longer listed. Choose again."),
}


@dataclass(frozen=True)
class Answers:
    """What the adult has told the flow so far (never the young person's own words)."""

    location: str = ""
    age: int | None = None
    topics: tuple[str, ...] = ()
    risk: str = ""
    prefer: tuple[str, ...] = ()
    travel: str = ""

    def query(self, *, without: Sequence[str] = ()) -> list[tuple[str, str]]:
        """Return the answers as (name, value) pairs for hidden fields and links."""
        pairs = [("location", self.location),
                 ("age", "" if self.age is None else str(self.age))]
        pairs += [("topic", code) for code in self.topics]
        pairs += [("risk", self.risk)]
        pairs += [("prefer", code) for code in self.prefer]
        pairs += [("travel", self.travel)]
        return [(k, v) for k, v in pairs if v and k not in without]

    @property
    def crisis_topics(self) -> tuple[str, ...]:
        """Return the chosen topics that bring crisis help first."""
        return tuple(code for code in self.topics if code in CRISIS_CODES)

    @property
    def needs_crisis_help(self) -> bool:
        """Say whether crisis cards come first: someone may be at risk, or a crisis topic."""
        return self.risk in {"yes", "not-sure"} or bool(self.crisis_topics)


@dataclass
class ReadAnswers:
    """Answers read from a request, with a problem code per field that needs fixing."""

    answers: Answers
    problems: dict[str, str] = field(default_factory=dict)
    age_text: str = ""


def _choices(values: Sequence[str], allowed: Sequence[str]) -> tuple[str, ...]:
    chosen = set(values)
    return tuple(code for code in allowed if code in chosen)


def read_answers(args: Mapping) -> ReadAnswers:
    """Read the answers from query arguments (a MultiDict), keeping only known values."""
    many = args.getlist if hasattr(args, "getlist") else (lambda k: [args[k]] if k in args else [])
    location = " ".join(str(args.get("location", "")).split())
    age_text = str(args.get("age", "")).strip()
    problems: dict[str, str] = {}
    if not location:
        problems["location"] = "location-empty"
    elif len(location) > MAX_LOCATION:
        problems["location"], location = "location-long", location[:MAX_LOCATION]
    age, age_problem = _read_age(age_text)
    if age_problem:
        problems["age"] = age_problem
    answers = Answers(
        location=location,
        age=age,
        topics=_choices(many("topic"), TOPIC_CODES),
        risk=args.get("risk", "") if args.get("risk") in dict(RISK) else "",
        prefer=_choices(many("prefer"), [code for code, _label in PREFERENCES]),
        travel=args.get("travel", "") if args.get("travel") in dict(TRAVEL) else "",
    )
    return ReadAnswers(answers, problems, age_text[:10])


def _read_age(text: str) -> tuple[int | None, str]:
    if not text:
        return None, "age-empty"
    if not text.isdecimal() or len(text) > 3:  # isdecimal: Urdu keyboards type ۱۴ for 14
        return None, "age-invalid"
    age = int(text)
    return (age, "") if 0 <= age <= MAX_AGE else (None, "age-range")


# ---- Options: rank the search's hits by the answers; shortlist the best, group the rest ------

@dataclass(frozen=True)
class Option:
    """One service offered to talk about, with why it was offered (and what counts against it)."""

    hit: object  # a directory.search SearchHit (.service, .distance_miles, .open_now, .location)
    topics: tuple[str, ...]  # the chosen topics it helps with
    preferred: tuple[str, ...]  # the preferences it meets
    specialist: bool = False  # a specialist service for a focus nobody chose (a weak match)
    suits: bool = True  # it is for young people (or for parents, when that is what's wanted)
    unavailable: bool = False  # temporarily closed, or not taking new referrals now
    crisis_only: bool = False  # only Getting Risk Support, while nobody is said to be at risk

    @property
    def service(self):
        """Return the listing offered."""
        return self.hit.service


@dataclass(frozen=True)
class OptionGroup:
    """Options of one needs-based grouping, with the grouping's plain explanation."""

    grouping: thrive.GroupingInfo
    options: tuple[Option, ...]
    hidden: int = 0  # how many more there are, shown when the group is opened up


@dataclass(frozen=True)
class Options:
    """The shortlist, then the other matches: local ones by grouping in THRIVE order, national."""

    shortlist: tuple[Option, ...]
    groups: tuple[OptionGroup, ...]
    national: tuple[Option, ...]
    topic_matched: bool  # False when nothing matched the topics and all nearby options are shown
    national_hidden: int = 0

    @property
    def local_count(self) -> int:
        """Return how many nearby options the groups show."""
        return sum(len(group.options) for group in self.groups)

    @property
    def more_count(self) -> int:
        """Return how many options there are beyond the shortlist (shown or behind "more")."""
        grouped = sum(len(group.options) + group.hidden for group in self.groups)
        return grouped + len(self.national) + self.national_hidden

    def all(self) -> list[Option]:
        """Return every option shown: the shortlist, then local by grouping, then national."""
        grouped = [o for group in self.groups for o in group.options]
        return list(self.shortlist) + grouped + list(self.national)


def plan_search(answers: Answers) -> dict:
    """Return the search parameters (as SearchParams keywords) for these answers."""
    return {
        "location": answers.location,
        "radius": RADIUS.get(answers.travel, RADIUS[""]),
        "age": answers.age,
        "per_page": CANDIDATES,
    }


def _preferred(service, answers: Answers) -> tuple[str, ...]:
    """Return the preferences the service meets."""
    offered = {"delivery": set(service.delivery_modes),
               "support": set(service.term_codes("support_type"))}
    met = []
    for code in answers.prefer:
        kind, wanted = PREFERENCE_MATCH[code]
        if wanted & offered[kind]:
            met.append(code)
    return tuple(met)


def is_specialist_elsewhere(topics: set[str], chosen: Sequence[str]) -> bool:
    """Say whether a listing's few topics include a focus none of the chosen topics name."""
    if not chosen or len(topics) > SPECIALIST_MAX_TOPICS:
        return False
    return any(topic in FOCUS_TOPICS and topic not in chosen for topic in topics)


def suits_the_young_person(service, answers: Answers) -> bool:
    """Say whether the service is for young people, or for parents when parents' help fits."""
    audience = set(service.audience or ("young-people",))
    if "young-people" in audience:
        return True
    young = answers.age is not None and answers.age < PARENTS_HELP_UNDER
    return "parents-carers" in audience and ("parenting" in answers.topics or young)


def describe(hit, answers: Answers, today=None) -> Option:
    """Say which chosen topics and preferences a hit meets, and what counts against it."""
    service = hit.service
    topics = set(service.term_codes("topic"))
    crisis_only = (not answers.needs_crisis_help
                   and set(service.grouping_codes) == {"getting-risk-support"})
    return Option(
        hit,
        tuple(t for t in answers.topics if t in topics),
        _preferred(service, answers),
        specialist=is_specialist_elsewhere(topics, answers.topics),
        suits=suits_the_young_person(service, answers),
        unavailable=facts.closed_to_new_people(service, today),
        crisis_only=crisis_only,
    )


def rank_key(option: Option, answers: Answers) -> tuple:
    """Order options: taking people first, then topics, audience, preferences, remote, nearest."""
    remote = bool(REMOTE & set(option.service.delivery_modes))
    distance = option.hit.distance_miles
    return (
        option.unavailable,
        option.crisis_only,
        -len(option.topics),
        not option.suits,
        -len(option.preferred),
        0 if answers.travel != "no" or remote else 1,
        distance if distance is not None else 0.0,
        option.service.name.lower(),
    )


def primary_grouping(service) -> str | None:
    """Return the service's first grouping in THRIVE order: each option is shown once."""
    codes = [code for code in service.grouping_codes if code in thrive.POSITION]
    return min(codes, key=thrive.POSITION.__getitem__) if codes else None


def _focus(options: list[Option], answers: Answers) -> tuple[list[Option], bool]:
    """Keep the strong matches for the chosen topics, else the weak ones, else all (and False)."""
    if not answers.topics:
        return options, True
    matched = [option for option in options if option.topics]
    strong = [option for option in matched if not option.specialist]
    if strong or matched:
        return strong or matched, True
    return options, False


def _shortlist(local: list[Option], national: list[Option]) -> list[Option]:
    """Pick the best matches: nearby first, then national; any that can't take anyone last."""
    ranked = local + national
    open_now = [option for option in ranked if not option.unavailable]
    return (open_now + [option for option in ranked if option.unavailable])[:SHORTLIST]


def _groups(options: list[Option], more: str) -> tuple[OptionGroup, ...]:
    """Group ranked options under their first grouping, a few each (more of the one opened)."""
    by_grouping: dict[str, list[Option]] = {}
    for option in options:
        code = primary_grouping(option.service)
        if code:
            by_grouping.setdefault(code, []).append(option)
    groups = []
    for info in thrive.GROUPINGS:
        found = by_grouping.get(info.code, [])
        shown = MORE_SHOWN if more == info.code else PER_GROUP
        if found:
            groups.append(OptionGroup(info, tuple(found[:shown]), max(len(found) - shown, 0)))
    return tuple(groups)


def _ranked(hits, answers: Answers, today) -> tuple[list[Option], bool]:
    """Describe the hits, keep those that really match, and put them best first."""
    kept, matched = _focus([describe(hit, answers, today) for hit in hits], answers)
    return sorted(kept, key=lambda o: rank_key(o, answers)), matched


def build_options(local_hits, national_hits, answers: Answers, more: str = "",
                  today=None) -> Options:
    """Shortlist the best options; group the rest by kind of help, national ones last."""
    # ``more`` names one group (a grouping code, or "national") to show more of.
    local, matched = _ranked(local_hits, answers, today)
    national, _ = _ranked(national_hits, answers, today)
    shortlist = _shortlist(local, national)
    chosen = {id(option) for option in shortlist}
    national = [option for option in national if id(option) not in chosen]
    shown = MORE_SHOWN if more == NATIONAL else NATIONAL_SHOWN
    return Options(
        tuple(shortlist),
        _groups([option for option in local if id(option) not in chosen], more),
        tuple(national[:shown]), matched, max(len(national) - shown, 0),
    )
