"""The "no wrong door" guided flow: answers in, options to talk about out (pure functions).

Answers travel from step to step in the query string. The words a young person uses are never
among them: the free-text box has no name, so browsers never send it (templates/signpost/).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

from . import thrive

MAX_AGE = 25
MAX_LOCATION = 100
# Services the flow asks the search for, before ranking them by the answers.
CANDIDATES = 100
# How many options each group shows: enough to choose from, few enough to read in two minutes;
# "more" opens one group up to MORE_SHOWN.
PER_GROUP = 2
NATIONAL_SHOWN = 3
MORE_SHOWN = 8
NATIONAL = "national"

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


# ---- Options: rank the search's hits by the answers and group them by kind of help ----------

@dataclass(frozen=True)
class Option:
    """One service offered to talk about, with why it was offered."""

    hit: object  # a directory.search SearchHit (.service, .distance_miles, .open_now, .location)
    topics: tuple[str, ...]  # the chosen topics it helps with
    preferred: tuple[str, ...]  # the preferences it meets

    @property
    def service(self):
        return self.hit.service


@dataclass(frozen=True)
class OptionGroup:
    """Options of one needs-based grouping, with the grouping's plain explanation."""

    grouping: thrive.GroupingInfo
    options: tuple[Option, ...]
    hidden: int = 0  # how many more there are, shown when the group is opened up


@dataclass(frozen=True)
class Options:
    """Local options grouped in THRIVE order, and national ones in their own group."""

    groups: tuple[OptionGroup, ...]
    national: tuple[Option, ...]
    topic_matched: bool  # False when nothing matched the topics and all nearby options are shown
    national_hidden: int = 0

    @property
    def local_count(self) -> int:
        return sum(len(group.options) for group in self.groups)

    def all(self) -> list[Option]:
        """Return every option shown, local then national."""
        return [o for group in self.groups for o in group.options] + list(self.national)


def plan_search(answers: Answers) -> dict:
    """Return the search parameters (as SearchParams keywords) for these answers."""
    return {
        "location": answers.location,
        "radius": RADIUS.get(answers.travel, RADIUS[""]),
        "age": answers.age,
        "per_page": CANDIDATES,
    }


def describe(hit, answers: Answers) -> Option:
    """Say which chosen topics and preferences a hit meets."""
    service = hit.service
    topics = set(service.term_codes("topic"))
    support = set(service.term_codes("support_type"))
    delivery = set(service.delivery_modes)
    preferred = []
    for code in answers.prefer:
        kind, wanted = PREFERENCE_MATCH[code]
        if wanted & (delivery if kind == "delivery" else support):
            preferred.append(code)
    return Option(hit, tuple(t for t in answers.topics if t in topics), tuple(preferred))


def rank_key(option: Option, answers: Answers) -> tuple:
    """Order options: topics met, preferences met, remote if they can't travel, then nearest."""
    remote = bool(REMOTE & set(option.service.delivery_modes))
    distance = option.hit.distance_miles
    return (
        -len(option.topics),
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
    """Keep the options that help with a chosen topic, when there are any."""
    if not answers.topics:
        return options, True
    matched = [option for option in options if option.topics]
    return (matched, True) if matched else (options, False)


def build_options(local_hits, national_hits, answers: Answers, more: str = "") -> Options:
    """Group the hits by needs-based grouping, best first, as options to talk about.

    ``more`` names one group (a grouping code, or "national") to show more of.
    """
    local, matched = _focus([describe(hit, answers) for hit in local_hits], answers)
    national, _ = _focus([describe(hit, answers) for hit in national_hits], answers)
    by_grouping: dict[str, list[Option]] = {}
    for option in sorted(local, key=lambda o: rank_key(o, answers)):
        code = primary_grouping(option.service)
        if code:
            by_grouping.setdefault(code, []).append(option)
    groups = []
    for info in thrive.GROUPINGS:
        found = by_grouping.get(info.code, [])
        shown = MORE_SHOWN if more == info.code else PER_GROUP
        if found:
            groups.append(OptionGroup(info, tuple(found[:shown]), max(len(found) - shown, 0)))
    national = sorted(national, key=lambda o: rank_key(o, answers))
    shown = MORE_SHOWN if more == NATIONAL else NATIONAL_SHOWN
    return Options(tuple(groups), tuple(national[:shown]), matched,
                   max(len(national) - shown, 0))
