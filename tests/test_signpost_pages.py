"""The signposting flow and sheet through the test client: every step, with and without risk."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from public_support import add_service, text, visible
from sqlmodel import select

from directory import db, search
from directory.models import Service, UsageCount
from directory.setup_data import seed_demo
from directory.signposting.usage import SHEET, SIGNPOST, usage_totals

WHERE = {"location": "SG1 1AA", "age": "14"}


@pytest.fixture
def seeded(app):
    """The demo directory in this test's own database: the flow's counts may be written."""
    seed_demo(app)
    search.rebuild(app)
    return app


def ids_of(app, *names) -> list[int]:
    with db.session_scope(app) as session:
        rows = session.exec(select(Service.id, Service.name).where(Service.name.in_(names)))
        found = {name: service_id for service_id, name in rows}
    return [found[name] for name in names]


def hidden_fields(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page)


def test_the_start_page_explains_the_flow_and_crisis_help_comes_first(demo_client):
    response = demo_client.get("/signpost/")
    page = visible(response)
    assert response.status_code == 200
    assert "not an assessment" in page or "never an assessment" in page
    assert "call 999" in page.lower() or "Call 999" in page
    html = text(response)
    # Every question is on this one page, so a teacher answers them all before one Continue.
    assert 'action="/signpost/safety"' in html
    assert 'name="location"' in html and 'name="age"' in html
    assert 'name="topic" value="exam-stress"' in html and 'name="risk" value="no"' in html
    assert html.index('name="location"') < html.index('name="topic"') < html.index('name="risk"')
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(("query", "message"), [
    ({}, "Enter a postcode, a town"),
    ({"location": "Zzyzx Qwerty", "age": "14"}, "couldn't find that place"),
    ({"location": "SG1 1AA", "age": "30"}, "aged 0 to 25"),
    ({"location": "SG1 1AA", "age": "ten"}, "as a number"),
])
@pytest.mark.parametrize("path", ["/signpost/safety", "/signpost/topics"])
def test_the_questions_say_what_to_fix(demo_client, path, query, message):
    response = demo_client.get(path, query_string={**query, "risk": "no"})
    assert response.status_code == 400
    assert "There is a problem" in visible(response)
    assert message in visible(response)
    assert "<title>Error:" in text(response)


def test_a_school_typed_as_a_place_finds_its_town(demo_client):
    response = demo_client.get("/signpost/topics",
                               query_string={"location": "Hitchin Boys' School", "age": "15"})
    assert response.status_code == 200
    assert 'id="location" name="location" value="Hitchin"' in text(response)
    assert "We looked for support near Hitchin" in visible(response)


def test_the_free_text_box_is_never_sent(demo_client):
    response = demo_client.get("/signpost/topics", query_string=WHERE)
    page = text(response)
    box = re.search(r"<textarea[^>]*id=\"own-words\"[^>]*>", page).group(0)
    assert "name=" not in box
    assert 'spellcheck="false"' in box and 'autocomplete="off"' in box
    assert "never sent to us or saved" in visible(response)
    for code in ("low-mood", "sleep", "self-harm", "suicidal-thoughts", "safeguarding"):
        assert f'name="topic" value="{code}"' in page


def test_answers_are_carried_between_steps_in_the_form(demo_client):
    query = {**WHERE, "topic": ["sleep", "anxiety"], "prefer": "online", "risk": "no"}
    page = text(demo_client.get("/signpost/topics", query_string=query))
    assert 'value="sleep" checked' in page and 'value="anxiety" checked' in page
    assert 'value="no" checked' in page and 'value="yes" checked' not in page
    assert hidden_fields(page) == [("prefer", "online")]  # the rest are the visible questions
    preferences = hidden_fields(text(demo_client.get("/signpost/preferences",
                                                     query_string=query)))
    assert ("location", "SG1 1AA") in preferences and ("age", "14") in preferences
    assert ("topic", "anxiety") in preferences and ("topic", "sleep") in preferences
    assert ("risk", "no") in preferences


def test_an_old_link_to_the_risk_question_leads_to_the_questions(demo_client):
    response = demo_client.get("/signpost/risk", query_string={**WHERE, "topic": "sleep"})
    assert response.status_code == 303
    location = urlsplit(response.headers["Location"])
    assert location.path == "/signpost/topics"
    assert parse_qs(location.query) == {"location": ["SG1 1AA"], "age": ["14"],
                                        "topic": ["sleep"]}


def test_the_risk_question_must_be_answered(demo_client):
    response = demo_client.get("/signpost/safety", query_string={**WHERE, "topic": "sleep"})
    assert response.status_code == 400
    assert "this decides whether we show crisis help first" in visible(response)
    page = text(response)
    assert '<a href="#risk-yes">' in page and 'value="sleep" checked' in page
    assert 'id="location" name="location" value="SG1 1AA"' in page


def test_no_risk_goes_straight_on_to_the_options(demo_client):
    response = demo_client.get("/signpost/safety", query_string={**WHERE, "risk": "no",
                                                                  "topic": "sleep"})
    assert response.status_code == 303
    location = urlsplit(response.headers["Location"])
    assert location.path == "/signpost/options"
    assert parse_qs(location.query) == {"location": ["SG1 1AA"], "age": ["14"],
                                        "topic": ["sleep"], "risk": ["no"]}


@pytest.mark.parametrize("query", [{"risk": "yes"}, {"risk": "not-sure"},
                                   {"risk": "no", "topic": "safeguarding"}])
def test_risk_shows_what_to_do_now_and_crisis_cards_then_goes_on(demo_client, query):
    response = demo_client.get("/signpost/safety", query_string={**WHERE, **query})
    page = visible(response)
    assert response.status_code == 200
    for words in ("What to do now", "call 999 or go to A&E", "NHS 111", "mental health option",
                  "designated safeguarding lead", "NSPCC", "0808 800 5000", "Childline",
                  "0800 1111", "Samaritans", "116 123", "85258"):
        assert words in page, words
    assert 'href="tel:999"' in text(response)
    assert 'action="/signpost/options"' in text(response)
    assert ("risk", query["risk"]) in hidden_fields(text(response))


def test_preferences_ask_how_and_whether_they_can_travel(demo_client):
    page = text(demo_client.get("/signpost/preferences", query_string={**WHERE, "risk": "no"}))
    for value in ("in-person", "online", "phone", "text", "group", "family"):
        assert f'name="prefer" value="{value}"' in page
    assert 'name="travel" value="no"' in page and 'action="/signpost/options"' in page


def test_options_are_grouped_by_kind_of_help_and_counted_anonymously(seeded):
    client = seeded.test_client()
    query = {**WHERE, "topic": ["low-mood", "anxiety"], "risk": "no", "travel": "yes"}
    response = client.get("/signpost/options", query_string=query)
    page = visible(response)
    assert response.status_code == 200
    assert "not an assessment or a diagnosis" in page
    headings = re.findall(r'<h2 id="group-([a-z-]+)"', text(response))
    assert headings[-1] == "national" and len(headings) >= 2
    order = ["thriving", "getting-advice", "getting-help", "getting-more-help",
             "getting-risk-support"]
    assert headings[:-1] == sorted(headings[:-1], key=order.index)
    assert "Available wherever they live" in page
    for words in ("Get in touch", "Can they go on their own?", "Ages", "Free", "Waiting time",
                  "miles away"):
        assert words in page
    assert 'name="services"' in text(response) and 'action="/signpost/choose"' in text(response)
    assert "Crisis help comes first" not in page
    with db.session_scope(seeded) as session:
        assert usage_totals(session, SIGNPOST) == {("", ""): 1, ("topic", "anxiety"): 1,
                                                   ("topic", "low-mood"): 1}
        outcodes = set(session.exec(select(UsageCount.outcode)))
        bands = set(session.exec(select(UsageCount.age_band)))
    assert outcodes == {"SG1"} and bands == {"11-15"}


def test_options_put_crisis_help_first_when_someone_is_at_risk(seeded):
    client = seeded.test_client()
    page = visible(client.get("/signpost/options", query_string={**WHERE, "risk": "yes"}))
    assert page.index("Crisis help comes first") < page.index("Available wherever they live")


def test_choosing_options_makes_a_sheet_whose_link_holds_nothing_personal(seeded):
    client = seeded.test_client()
    ids = ids_of(seeded, "Childline", "Samaritans")
    response = client.get("/signpost/choose", query_string={
        **WHERE, "topic": "sleep", "risk": "no", "services": ids, "sheet_lang": "pl"})
    assert response.status_code == 303
    link = urlsplit(response.headers["Location"])
    assert link.path == "/signpost/sheet"
    assert parse_qs(link.query) == {"services": [f"{ids[0]},{ids[1]}"], "lang": ["pl"]}
    with db.session_scope(seeded) as session:
        totals = usage_totals(session, SHEET)
    assert totals[("service", str(ids[0]))] == 1 and totals[("", "")] == 1
    assert totals[("grouping", "getting-advice")] == 1


@pytest.mark.parametrize(("count", "message"), [
    (0, "Choose at least one option"), (5, "Choose up to 4 options"),
    (-1, "no longer listed"),
])
def test_choosing_none_too_many_or_a_gone_option_asks_again(seeded, count, message):
    client = seeded.test_client()
    with db.session_scope(seeded) as session:
        ids = session.exec(select(Service.id).order_by(Service.id).limit(max(count, 0))).all()
    ids = ids if count >= 0 else [999999]
    response = client.get("/signpost/choose", query_string={**WHERE, "risk": "no",
                                                             "services": ids})
    assert response.status_code == 303
    again = client.get(response.headers["Location"])
    assert again.status_code == 400
    assert "There is a problem" in visible(again) and message in visible(again)
    with db.session_scope(seeded) as session:
        assert usage_totals(session, SHEET) == {}


def test_the_sheet_has_everything_to_hand_over(app, client):
    first = add_service(app)
    second = add_service(app, service_ref="group", name="Worry Group", self_referral=False,
                         self_referral_min_age=None,
                         referral_routes=["school", "gp"], cost="paid",
                         locations=[{"name": "Hall", "postcode": "SG1 1AB", "hide_address": True}])
    response = client.get(f"/signpost/sheet?services={first},{second}&lang=en")
    page = visible(response)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    for words in ("Talk Space", "Worry Group", "Call 01632 960123", "Text 07700 900123",
                  "They can get in touch themselves from age 13", "They need to be referred",
                  "Free", "Paid", "Waiting list: about 6 weeks", "Last checked by the provider on",
                  "Address given on booking", "While you wait", "What matters to you",
                  "What we talked about", "Need help now?", "NHS 111", "Made on",
                  "not an assessment or a diagnosis"):
        assert words in page, words
    html = text(response)
    assert re.search(r'<img src="data:image/svg\+xml[^"]+" alt="QR code', html)
    assert f"http://127.0.0.1:5000/s/{first}-{second}?l=en" in html
    assert f"http://127.0.0.1:5000/signpost/sheet?services={first},{second}&amp;lang=en" in html
    assert "<style" not in html and " style=" not in html
    assert "<script>" not in html


def test_the_sheet_speaks_the_family_s_language_right_to_left_where_needed(app, client):
    service_id = add_service(app)
    page = text(client.get(f"/signpost/sheet?services={service_id}&lang=ur"))
    assert '<html lang="ur" dir="rtl">' in page
    assert f"/s/{service_id}?l=ur" in page
    polish = text(client.get(f"/signpost/sheet?services={service_id}&lang=pl"))
    assert '<html lang="pl" dir="ltr">' in polish


@pytest.mark.parametrize(("services", "status"), [
    ("", 400), ("abc", 400), ("1,2,3,4,5", 400), ("999999", 404),
])
def test_a_broken_sheet_link_gets_a_clear_page(client, services, status):
    response = client.get(f"/signpost/sheet?services={services}")
    assert response.status_code == status
    assert "We can't show that sheet" in visible(response)


@pytest.mark.parametrize("status", ["inactive", "pending"])
def test_a_sheet_with_a_retired_listing_is_not_found(app, client, status):
    shown, gone = add_service(app), add_service(app, service_ref="old", status=status)
    response = client.get(f"/signpost/sheet?services={shown},{gone}")
    assert response.status_code == 404
    assert "no longer listed" in visible(response)


def test_the_short_link_leads_to_the_sheet(app, client):
    service_id = add_service(app)
    response = client.get(f"/s/{service_id}-{service_id + 1}?l=ur")
    assert response.status_code == 302
    assert response.headers["Location"] == (
        f"/signpost/sheet?services={service_id},{service_id + 1}&lang=ur")
    assert client.get("/s/abc").status_code == 404
    assert client.get("/s/1-2-3-4-5").status_code == 404


def test_the_plain_text_version_is_ready_to_paste(app, client):
    service_id = add_service(app)
    response = client.get(f"/signpost/sheet.txt?services={service_id}&lang=en")
    body = text(response)
    assert response.mimetype == "text/plain"
    assert "<" not in body
    for words in ("Talk Space", "Call 01632 960123", "While you wait", "999",
                  f"http://127.0.0.1:5000/s/{service_id}?l=en"):
        assert words in body
    polish = text(client.get(f"/signpost/sheet.txt?services={service_id}&lang=pl"))
    assert polish != body and "Talk Space" in polish


def test_the_vocabulary_for_matching_words_in_the_browser(demo_client):
    data = demo_client.get("/signpost/vocabulary.json").get_json()
    assert "cant sleep" in data["topics"]["sleep"]  # folded as signpost.js folds the notes
    assert set(data["crisis"]) == {"self-harm", "suicidal-thoughts", "safeguarding"}
    assert "counselling" not in data["topics"]  # support types are not what's going on


def test_flow_pages_keep_the_chosen_language(demo_client):
    page = text(demo_client.get("/signpost/topics", query_string={**WHERE, "lang": "ro"}))
    assert '<html lang="ro"' in page
    assert '<input type="hidden" name="lang" value="ro">' in page


def test_each_sheet_has_one_address(app, client):
    service_id = add_service(app)
    response = client.get(f"/signpost/sheet?services={service_id}", headers={
        "Accept-Language": "pl"})
    # The language came from this browser, not the address: a cache must not keep the answer.
    assert response.status_code == 303
    assert response.headers["Location"] == f"/signpost/sheet?services={service_id}&lang=pl"
    response = client.get(f"/signpost/sheet?services={service_id}-{service_id}&lang=ur")
    assert response.status_code == 301
    assert response.headers["Location"] == f"/signpost/sheet?services={service_id}&lang=ur"


def test_opening_up_a_group_keeps_the_ticks_and_counts_the_visit_once(seeded):
    client = seeded.test_client()
    query = {**WHERE, "risk": "no", "travel": "yes"}
    first = text(client.get("/signpost/options", query_string=query))
    assert 'name="more" value="national"' in first
    ticked = re.search(r'name="services" value="(\d+)"', first).group(1)
    again = client.get("/signpost/options", query_string={**query, "more": "national",
                                                           "services": ticked})
    page = text(again)
    assert again.status_code == 200
    assert f'value="{ticked}" checked' in page
    assert page.count('name="services"') > first.count('name="services"')
    with db.session_scope(seeded) as session:
        assert usage_totals(session, SIGNPOST)[("", "")] == 1


def test_flow_pages_have_no_inline_scripts_or_styles_and_set_no_cookies(seeded):
    client = seeded.test_client()
    ids = ",".join(map(str, ids_of(seeded, "Childline", "Samaritans")))
    answers = "location=SG1+1AA&age=14&topic=self-harm&risk=yes"
    for path in ("/signpost/", f"/signpost/topics?{answers}",
                 f"/signpost/safety?{answers}", f"/signpost/preferences?{answers}",
                 f"/signpost/options?{answers}", f"/signpost/sheet?services={ids}&lang=en"):
        response = client.get(path)
        page = text(response)
        assert response.status_code == 200, path
        assert "Set-Cookie" not in response.headers, path
        assert "<style" not in page and " style=" not in page, path
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), path
        assert "Content-Security-Policy" in response.headers


def test_the_flow_lives_at_signpost(demo_client):
    response = demo_client.get("/signpost")
    assert response.status_code in (301, 308)
    assert response.headers["Location"].endswith("/signpost/")


def test_a_guessed_place_is_named_on_the_options_page(demo_client):
    response = demo_client.get("/signpost/safety", query_string={
        "location": "Hitchin Boys' School", "age": "15", "risk": "no"})
    assert response.status_code == 303
    options = demo_client.get(response.headers["Location"])
    assert "We looked for support near Hitchin" in visible(options)
