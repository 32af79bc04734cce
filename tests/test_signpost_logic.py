"""The signposting flow's pure logic: answers, ranking, grouping, places and sheet links."""

import csv
from dataclasses import dataclass

import pytest
from werkzeug.datastructures import MultiDict

from directory import paths, signposting
from directory.models import Grouping, Service, TaxonomyTerm
from directory.signposting import Answers, build_options, plan_search, read_answers
from directory.signposting.location import candidate_phrases
from directory.signposting.sheet import MAX_SERVICES, SheetError, parse_ids
from directory.vocabulary import thrive


@dataclass
class Hit:
    """The shape of a search hit the flow reads (directory.search.SearchHit)."""

    service: Service
    distance_miles: float | None = None
    open_now: bool | None = None
    national: bool = False
    location: object = None


def service(name, groupings, topics=(), support=(), delivery=("in-person",), **fields):
    """Build an unsaved listing with its groupings and terms, as the search would load it."""
    listing = Service(name=name, organisation_id=1, service_ref=name, delivery_modes=list(delivery),
                      **fields)
    listing.groupings = [Grouping(code=code, name=code, position=thrive.POSITION[code])
                         for code in groupings]
    listing.terms = [TaxonomyTerm(kind="topic", code=code, name=code) for code in topics]
    listing.terms += [TaxonomyTerm(kind="support_type", code=code, name=code) for code in support]
    return listing


def test_answers_are_read_and_unknown_values_dropped():
    read = read_answers(MultiDict([
        ("location", "  SG1   1AA "), ("age", "14"), ("topic", "sleep"), ("topic", "nonsense"),
        ("topic", "self-harm"), ("risk", "maybe"), ("prefer", "online"), ("prefer", "x"),
        ("travel", "no"), ("notes", "my name is Sam"),
    ]))
    assert read.problems == {}
    assert read.answers == Answers("SG1 1AA", 14, ("sleep", "self-harm"), "", ("online",), "no")
    assert read.answers.crisis_topics == ("self-harm",)
    assert read.answers.needs_crisis_help


@pytest.mark.parametrize(("age", "problem"), [
    ("", "age-empty"), ("fourteen", "age-invalid"), ("-1", "age-invalid"), ("26", "age-range"),
    ("²", "age-invalid"), ("1" * 40, "age-invalid"),
])
def test_a_missing_or_impossible_age_is_a_problem(age, problem):
    read = read_answers(MultiDict({"location": "Hitchin", "age": age}))
    assert read.problems == {"age": problem}
    assert read.answers.age is None


def test_an_age_typed_in_urdu_digits_is_understood():
    assert read_answers(MultiDict({"location": "SG1", "age": "۱۴"})).answers.age == 14


def test_a_missing_or_overlong_place_is_a_problem():
    assert read_answers(MultiDict({"age": "9"})).problems == {"location": "location-empty"}
    assert read_answers(MultiDict({"location": "x" * 101, "age": "9"})).problems == {
        "location": "location-long"}


def test_every_problem_has_words():
    assert set(signposting.PROBLEMS) >= {"location-empty", "location-long", "location-unknown",
                                         "age-empty", "age-invalid", "age-range", "risk-empty",
                                         "pick-none", "pick-many"}


def test_answers_round_trip_through_the_query_string():
    answers = Answers("Hitchin", 0, ("anxiety", "sleep"), "no", ("phone", "group"), "near")
    assert read_answers(MultiDict(answers.query())).answers == answers
    assert ("topic", "sleep") in answers.query()
    assert all(name != "topic" for name, _v in answers.query(without=["topic"]))


@pytest.mark.parametrize(("risk", "topics", "crisis"), [
    ("yes", (), True), ("not-sure", (), True), ("no", (), False), ("no", ("safeguarding",), True),
    ("no", ("suicidal-thoughts", "sleep"), True), ("", ("sleep",), False),
])
def test_crisis_help_comes_first_when_someone_may_be_at_risk(risk, topics, crisis):
    assert Answers("SG1", 12, topics, risk).needs_crisis_help is crisis


def test_topics_and_crisis_topics_match_the_seed_vocabulary():
    with (paths.SEED / "vocabulary.csv").open(encoding="utf-8") as handle:
        rows = {row["topic"]: row["crisis"] for row in csv.DictReader(handle)}
    with (paths.SEED / "taxonomy.csv").open(encoding="utf-8") as handle:
        topics = {row["code"] for row in csv.DictReader(handle) if row["kind"] == "topic"}
    assert set(signposting.TOPIC_CODES) <= topics
    assert set(signposting.TOPIC_CODES) <= set(rows)
    assert signposting.CRISIS_CODES == {code for code, crisis in rows.items() if crisis == "yes"}


def test_travel_sets_the_radius_and_the_search_asks_for_enough_candidates():
    assert plan_search(Answers("SG1", 14, travel="yes"))["radius"] > plan_search(
        Answers("SG1", 14, travel="near"))["radius"] > plan_search(
        Answers("SG1", 14, travel="no"))["radius"]
    plan = plan_search(Answers("Hitchin", 14, ("sleep",), "no", ("online",)))
    assert plan["location"] == "Hitchin" and plan["age"] == 14
    assert plan["per_page"] >= 50
    assert "q" not in plan  # topics rank the options; they never narrow the search by words


def nearby(count, topic="sleep"):
    """Return hits for ``count`` drop-ins closer than anything else in a test."""
    return [Hit(service(f"Drop-in {i}", ["getting-advice"], [topic, "low-mood", "anger"]),
                0.1 * i) for i in range(count)]


def test_the_best_options_are_shortlisted_and_the_rest_grouped_in_thrive_order():
    club = service("Club", ["thriving"], ["wellbeing", "sleep"])
    counselling = service("Counselling", ["getting-help", "getting-advice"], ["sleep"])
    team = service("Team", ["getting-more-help"], ["sleep"])
    hits = [Hit(team, 4.0), Hit(counselling, 5.0), Hit(club, 6.0)]
    options = build_options(nearby(signposting.SHORTLIST) + hits, [],
                            Answers("SG1", 14, ("sleep",)))
    assert [o.service.name for o in options.shortlist] == [
        f"Drop-in {i}" for i in range(signposting.SHORTLIST)]
    codes = [group.grouping.code for group in options.groups]
    assert codes == ["thriving", "getting-advice", "getting-more-help"]
    assert [o.service.name for g in options.groups for o in g.options] == [
        "Club", "Counselling", "Team"]
    assert all(group.grouping.plain for group in options.groups)
    names = [o.service.name for o in options.all()]
    assert len(names) == len(set(names))  # each option once: shortlisted or grouped
    assert options.more_count == 3


def test_topics_focus_the_options_and_fall_back_when_nothing_matches():
    sleep = service("Sleep clinic", ["getting-help"], ["sleep"])
    exams = service("Exam calm", ["getting-help"], ["exam-stress"])
    options = build_options([Hit(exams, 0.5), Hit(sleep, 4.0)], [], Answers("SG1", 9, ("sleep",)))
    assert [o.service.name for o in options.all()] == ["Sleep clinic"]
    assert options.topic_matched
    options = build_options([Hit(exams, 0.5)], [], Answers("SG1", 9, ("sleep",)))
    assert [o.service.name for o in options.all()] == ["Exam calm"]
    assert not options.topic_matched


def test_preferences_and_travel_nudge_the_order_but_hide_nothing():
    near = service("Near, in person", ["getting-help"], ["anxiety"], delivery=("in-person",))
    remote = service("Further, by phone", ["getting-help"], ["anxiety"],
                     delivery=("in-person", "phone"))
    group = service("Group", ["getting-help"], ["anxiety"], support=("group",))
    hits = [Hit(near, 0.5), Hit(remote, 1.9), Hit(group, 1.0)]
    by_distance = build_options(hits, [], Answers("SG1", 15, ("anxiety",), travel="yes"),
                                more="getting-help")
    assert [o.service.name for o in by_distance.all()] == [
        "Near, in person", "Group", "Further, by phone"]
    stay_home = build_options(hits, [], Answers("SG1", 15, ("anxiety",), travel="no"))
    assert [o.service.name for o in stay_home.all()][0] == "Further, by phone"
    in_a_group = build_options(hits, [], Answers("SG1", 15, ("anxiety",), prefer=("group",)))
    assert in_a_group.all()[0].service.name == "Group"
    assert in_a_group.all()[0].preferred == ("group",)


def test_national_options_have_their_own_group_and_a_cap():
    helplines = [service(f"Helpline {i}", ["getting-advice"], ["low-mood"], national=True,
                         delivery=("phone",)) for i in range(10)]
    options = build_options([], [Hit(h, None, national=True) for h in helplines],
                            Answers("SG1", 15, ("low-mood",)))
    assert options.groups == ()
    # Nothing nearby: the shortlist is national; the rest are in their own group.
    assert len(options.shortlist) == signposting.SHORTLIST
    rest = 10 - signposting.SHORTLIST
    assert len(options.national) == signposting.NATIONAL_SHOWN
    assert options.national_hidden == rest - signposting.NATIONAL_SHOWN
    more = build_options([], [Hit(h, None, national=True) for h in helplines],
                         Answers("SG1", 15, ("low-mood",)), more="national")
    assert len(more.national) == min(signposting.MORE_SHOWN, rest)


def test_a_group_shows_a_few_options_best_first_and_more_when_asked():
    many = [service(f"Club {i}", ["thriving"], ["wellbeing"]) for i in range(12)]
    hits = [Hit(s, float(i)) for i, s in enumerate(many)]
    options = build_options(hits, [], Answers("SG1", 12))
    shortlisted = signposting.SHORTLIST
    assert [o.service.name for o in options.shortlist] == [
        f"Club {i}" for i in range(shortlisted)]
    assert [o.service.name for o in options.groups[0].options] == [
        f"Club {i}" for i in range(shortlisted, shortlisted + signposting.PER_GROUP)]
    rest = 12 - shortlisted
    assert options.groups[0].hidden == rest - signposting.PER_GROUP
    more = build_options(hits, [], Answers("SG1", 12), more="thriving")
    assert len(more.groups[0].options) == min(signposting.MORE_SHOWN, rest)
    assert more.groups[0].hidden == max(rest - signposting.MORE_SHOWN, 0)


@pytest.mark.parametrize(("typed", "expected"), [
    ("Hitchin Boys' School", "Hitchin"),
    ("Bridge Cottage Surgery, Welwyn Garden City", "Welwyn Garden City"),
    ("Oak Primary School SG1 2AB", "SG1 2AB"),
    ("SW1A 1AA", "SW1A"),
    ("St Mary's Church of England Primary School, St Albans", "St Albans"),
])
def test_a_school_or_practice_is_looked_for_by_the_place_in_its_name(typed, expected):
    assert expected in candidate_phrases(typed)
    assert "School" not in candidate_phrases(typed) and typed not in candidate_phrases(typed)
    assert "Church" not in candidate_phrases(typed)


@pytest.mark.parametrize(("text", "ids"), [
    ("12,45,7", [12, 45, 7]), ("12-45-7", [12, 45, 7]), ("3", [3]), ("5,5,6", [5, 6]),
])
def test_sheet_ids_are_read_from_a_link(text, ids):
    assert parse_ids(text) == ids
    assert parse_ids([text]) == ids


@pytest.mark.parametrize(("text", "code"), [
    ("", "no-services"), ("1,x", "bad-services"), ("0", "bad-services"), ("-1", "bad-services"),
    ("1.5", "bad-services"), ("1,2,3,4,5", "too-many-services"), ("9" * 12, "bad-services"),
])
def test_a_bad_sheet_link_is_refused(text, code):
    with pytest.raises(SheetError) as refused:
        parse_ids(text)
    assert refused.value.code == code and refused.value.status == 400
    assert MAX_SERVICES == 4
