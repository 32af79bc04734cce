"""The options' shortlist: the best matches for the answers first, weak matches dropped, services
that can't take anyone new demoted and warned about (pure logic, then the demo directory)."""

import re
from datetime import date, timedelta

import pytest
from public_support import add_service, text, visible
from sqlmodel import select
from test_signpost_logic import Hit, service

from directory import db, search, signposting
from directory.models import Service
from directory.setup_data import seed_demo
from directory.signposting import Answers, build_options

TODAY = date(2026, 6, 10)
EXAMS = Answers("SG1 1AA", 15, ("anxiety", "exam-stress"), "no")
TEACHER = {"location": "SG1 1AA", "age": "15", "topic": ["anxiety", "exam-stress"], "risk": "no"}


def names(options) -> list[str]:
    return [option.service.name for option in options]


def test_a_service_not_taking_referrals_is_demoted_below_weaker_matches():
    full = service("Exam Calm", ["getting-advice"], ["exam-stress", "anxiety", "sleep"],
                   availability="not-accepting")
    drop_in = service("Drop-in", ["getting-advice"], ["anxiety", "low-mood", "sleep"])
    options = build_options([Hit(full, 0.5), Hit(drop_in, 3.0)], [], EXAMS, today=TODAY)
    assert names(options.shortlist) == ["Drop-in", "Exam Calm"]
    assert options.shortlist[1].unavailable and not options.shortlist[0].unavailable


def test_a_lapsed_not_taking_referrals_statement_is_not_held_against_a_service():
    lapsed = service("Exam Calm", ["getting-advice"], ["exam-stress", "anxiety", "sleep"],
                     availability="not-accepting",
                     availability_expires=TODAY - timedelta(days=1))
    drop_in = service("Drop-in", ["getting-advice"], ["anxiety", "low-mood", "sleep"])
    options = build_options([Hit(drop_in, 0.5), Hit(lapsed, 3.0)], [], EXAMS, today=TODAY)
    assert names(options.shortlist) == ["Exam Calm", "Drop-in"]  # two topics beat one


def test_a_temporarily_closed_service_is_demoted_too():
    closed = service("Closed club", ["thriving"], ["anxiety", "exam-stress", "wellbeing"],
                     status="temporarily-closed")
    club = service("Club", ["thriving"], ["anxiety", "wellbeing", "low-mood"])
    options = build_options([Hit(closed, 0.1), Hit(club, 2.0)], [], EXAMS, today=TODAY)
    assert names(options.shortlist) == ["Club", "Closed club"]


@pytest.mark.parametrize(("topics", "dropped"), [
    (("unusual-experiences", "anxiety", "substance-use"), True),  # a psychosis team
    (("neurodiversity", "anger", "family", "anxiety"), True),  # learning-disability CAMHS
    (("low-mood", "anxiety", "self-harm", "eating", "trauma", "unusual-experiences"), False),
])
def test_a_specialist_service_for_something_else_is_not_offered_for_exam_worries(topics,
                                                                                 dropped):
    drop_in = service("Drop-in", ["getting-advice"], ["anxiety", "low-mood", "sleep"])
    team = service("Team", ["getting-more-help"], topics)
    options = build_options([Hit(team, 0.1), Hit(drop_in, 2.0)], [], EXAMS, today=TODAY)
    assert ("Team" not in names(options.all())) is dropped
    assert options.topic_matched


def test_a_specialist_service_is_offered_when_its_focus_is_chosen_or_nothing_else_fits():
    team = service("Psychosis team", ["getting-more-help"],
                   ["unusual-experiences", "anxiety", "substance-use"])
    voices = Answers("SG1", 16, ("unusual-experiences",), "no")
    assert names(build_options([Hit(team, 1.0)], [], voices).shortlist) == ["Psychosis team"]
    only_weak = build_options([Hit(team, 1.0)], [], EXAMS)
    assert names(only_weak.shortlist) == ["Psychosis team"] and only_weak.topic_matched


def test_a_grouping_shows_only_options_that_match_the_chosen_topics():
    matching = [service(f"Club {i}", ["thriving"], ["anxiety", "wellbeing", "loneliness"])
                for i in range(6)]
    unrelated = service("Football", ["getting-help"], ["wellbeing", "anger"])
    hits = [Hit(s, float(i)) for i, s in enumerate([*matching, unrelated])]
    options = build_options(hits, [], EXAMS)
    assert "Football" not in names(options.all())
    assert [group.grouping.code for group in options.groups] == ["thriving"]


def test_services_for_parents_or_professionals_come_after_those_for_young_people():
    parents = service("Parents' helpline", ["getting-advice"], ["anxiety", "family", "low-mood"],
                      audience=["parents-carers"], self_referral=False,
                      referral_routes=["parent"])
    young = service("Youth line", ["getting-advice"], ["anxiety", "low-mood", "sleep"])
    options = build_options([Hit(parents, 0.1), Hit(young, 3.0)], [], EXAMS)
    assert names(options.shortlist) == ["Youth line", "Parents' helpline"]
    for wanted in (Answers("SG1", 15, ("anxiety", "parenting"), "no"),
                   Answers("SG1", 7, ("anxiety",), "no")):
        assert names(build_options([Hit(parents, 0.1), Hit(young, 3.0)], [], wanted)
                     .shortlist)[0] == "Parents' helpline"


def test_crisis_only_services_come_last_unless_someone_may_be_at_risk():
    crisis = service("Crisis line", ["getting-risk-support"], ["anxiety", "self-harm",
                                                               "low-mood", "sleep", "family"])
    club = service("Club", ["thriving"], ["anxiety", "wellbeing", "loneliness"])
    hits = [Hit(crisis, None), Hit(club, 2.0)]
    assert names(build_options(hits, [], EXAMS).shortlist) == ["Club", "Crisis line"]
    at_risk = Answers("SG1", 15, ("anxiety",), "yes")
    assert names(build_options(hits, [], at_risk).shortlist)[0] == "Crisis line"


def test_the_shortlist_is_nearby_first_then_topped_up_from_national():
    local = [service(f"Local {i}", ["getting-help"], ["anxiety", "low-mood", "sleep"])
             for i in range(2)]
    national = [service(f"Helpline {i}", ["getting-advice"], ["anxiety", "low-mood", "sleep"],
                        national=True, delivery=("phone",)) for i in range(5)]
    options = build_options([Hit(s, 1.0 + i) for i, s in enumerate(local)],
                            [Hit(s, None, national=True) for s in national], EXAMS)
    assert names(options.shortlist) == ["Local 0", "Local 1", "Helpline 0", "Helpline 1"]
    assert names(options.national) == ["Helpline 2", "Helpline 3", "Helpline 4"]
    assert len(options.shortlist) == signposting.SHORTLIST


@pytest.fixture
def seeded(app):
    """The demo directory in this test's own database: the flow's counts may be written."""
    seed_demo(app)
    search.rebuild(app)
    return app


def test_the_teachers_case_opens_with_a_shortlist_of_good_matches(seeded):
    client = seeded.test_client()
    response = client.get("/signpost/options", query_string=TEACHER)
    page = text(response)
    assert response.status_code == 200
    shortlist = page[page.index('id="shortlist-title"'):page.index('id="more-options"')]
    ids = [int(i) for i in re.findall(r'name="services" value="(\d+)"', shortlist)]
    assert len(ids) == signposting.SHORTLIST
    with db.session_scope(seeded) as session:
        listed = [session.get(Service, service_id) for service_id in ids]
        assert all({"anxiety", "exam-stress"} & set(s.term_codes("topic")) for s in listed)
        assert all(s.availability != "not-accepting" for s in listed)
    # The rest wait behind a closed disclosure, and weak matches are not offered at all.
    assert '<details class="signpost-more" id="more-options">' in page
    for weak in ("Early intervention in psychosis", "Learning disability CAMHS"):
        assert weak not in page, weak


def test_a_service_not_taking_referrals_is_warned_about_on_the_options_and_the_sheet(seeded):
    client = seeded.test_client()
    more = {**TEACHER, "more": "getting-advice"}
    page = visible(client.get("/signpost/options", query_string=more))
    assert "Exam Calm workshops" in page
    warning = "Not taking new referrals at the moment: check with them before you suggest it."
    assert page.index("Exam Calm workshops") < page.index(warning)
    with db.session_scope(seeded) as session:
        exam_calm = session.exec(select(Service.id).where(
            Service.name == "Exam Calm workshops")).one()
    sheet = visible(client.get(f"/signpost/sheet?services={exam_calm}&lang=en"))
    assert warning in sheet


def test_opening_the_rest_keeps_them_open_and_the_make_button_is_a_plain_submit(seeded):
    client = seeded.test_client()
    page = text(client.get("/signpost/options", query_string={**TEACHER, "more": "national"}))
    assert '<details class="signpost-more" id="more-options" open>' in page
    bar = page[page.index('class="signpost-make__bar"'):page.index("</form>")]
    assert '<button class="button" type="submit">Make the sheet</button>' in bar
    assert page.index('id="more-options"') < page.index('name="sheet_lang"') < page.index(
        'class="signpost-make__bar"')  # the language is chosen just before the sticky bar


def test_a_sheet_for_a_remote_service_says_how_it_is_reached(app, client):
    app_id = add_service(app, service_ref="app", name="Calm App", delivery_modes=["online"],
                         locations=[], service_areas=["E07000243"], phone="", text_number="",
                         opening_hours="")
    page = visible(client.get(f"/signpost/sheet?services={app_id}&lang=en"))
    assert "No need to travel: you can get support online." in page
    assert "Ask them where you can meet" not in page
