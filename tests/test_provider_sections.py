"""A listing part by part: the overview says what each section holds in plain words, and each
section's short page shows only its fields and saves only them, through the whole form's checks
(moderation, the version check with its difference, every problem explained, nothing lost).
"""

import html
import re
from datetime import date, timedelta

from accounts_support import login
from provider_support import ORG_A, form_fields, make_world, submit
from sqlmodel import select

from directory import db, listings
from directory.listings.fields import FIELDS, NOT_ON_FORM
from directory.listings.forms import ListingForm
from directory.models import ChangeRequest, Organisation, Service
from directory.views.provider_sections import OWN_INPUTS, SECTION_OF, SECTIONS, fields_of

EXPIRES = date.today() + timedelta(days=60)
AVAILABILITY = {"availability": "waiting-list", "wait_weeks": "6",
                "availability_expires-day": str(EXPIRES.day),
                "availability_expires-month": str(EXPIRES.month),
                "availability_expires-year": str(EXPIRES.year)}


def trust(app, name: str = ORG_A) -> None:
    with db.session_scope(app) as session:
        session.exec(select(Organisation).where(Organisation.name == name)).one().trusted = True


def listing(app, service_id: int) -> dict:
    with db.session_scope(app) as session:
        service = session.get(Service, service_id)
        return {**listings.snapshot(service), "version": service.version}


def section_url(service_id: int, slug: str) -> str:
    return f"/provider/services/{service_id}/edit/{slug}"


def text(response) -> str:
    return response.get_data(as_text=True)


def posted_names(page: str) -> set[str]:
    """Return the field each input of the page's listing form belongs to (its name's stem)."""
    [form] = re.findall(r'<form method="post" novalidate>(.*?)</form>', page, re.S)
    return {name.split("-", 1)[0] for name in re.findall(r'name="([^"]+)"', form)}


def field_error(page: str, field_id: str) -> str:
    match = re.search(rf'id="{re.escape(field_id)}-error">(.*?)</p>', page, re.S)
    assert match, f"no error shown for {field_id}"
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).replace("Error: ", "").strip()


def pending_changes(app, service_id: int) -> list[ChangeRequest]:
    with db.session_scope(app) as session:
        return list(session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == service_id).order_by(ChangeRequest.id)))


def test_every_field_of_the_form_is_in_exactly_one_section():
    form_fields_ = {name for name in ListingForm.__dict__ if isinstance(
        getattr(ListingForm, name), type(ListingForm.name))}
    shown = [name for section in SECTIONS.values() for name in fields_of(section)]
    assert len(shown) == len(set(shown)), "a field is in two sections"
    not_in_a_section = {"organisation", "confirm_correct", *OWN_INPUTS}
    assert form_fields_ - not_in_a_section == set(shown)
    # Every field a provider types has a section, so the overview and the sections cover it.
    typed = {name for name, about in FIELDS.items() if about.form != NOT_ON_FORM}
    assert typed - set(SECTION_OF) == {"opening_hours"}  # typed day by day: hours_0…hours_6
    assert SECTION_OF["hours_0"] == SECTION_OF["always_open"] == "where"


def test_the_dashboard_leads_to_the_overview_of_each_section_in_plain_words(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    overview = f"/provider/services/{world.a_live}"
    assert f'href="{overview}">Talk Space</a>' in text(client.get("/provider/"))
    page = html.unescape(text(client.get(overview)))
    titles = re.findall(r'<h2 id="answers-[a-z]+">(.*?)</h2>', page)
    assert titles == ["What it is", "Who it’s for", "How to get in touch", "Where and when",
                      "Availability"]
    for slug, change in (("about", "Change what it is"), ("who", "Change who it’s for"),
                         ("contact", "Change how to get in touch"),
                         ("where", "Change where and when"),
                         ("availability", "Change availability")):
        assert f'<a href="{section_url(world.a_live, slug)}">{change}</a>' in page
    for words in ("Free counselling for young people who feel low or worried.", "Getting Help",
                  "Feeling low or down", "Young person themselves", "School or college",
                  "01632 960123", "hello@example.org", "In person",
                  "Oak Tree Centre, 1 High Street, Stevenage, SG1 1AA", "Monday: 09:00-17:00",
                  "Friday: 09:00-17:00", "Accepting referrals"):
        assert words in page, words
    assert "Saturday:" not in page
    assert f'href="/provider/services/{world.a_live}/edit">Edit everything on one page</a>' in page
    assert f'href="/provider/services/{world.a_live}/retire"' in page
    assert f'href="/services/{world.a_live}">See the public listing</a>' in page


def test_each_section_page_shows_only_its_own_fields(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    whole = text(client.get(f"/provider/services/{world.a_live}/edit"))
    for slug, section in SECTIONS.items():
        response = client.get(section_url(world.a_live, slug))
        assert response.status_code == 200, slug
        page = text(response)
        buttons = {"add_location", "check_postcodes"} if slug == "where" else set()
        assert posted_names(page) == {*fields_of(section), "csrf_token", "version",
                                      "change_request", "save", *buttons}, slug
        assert f"<h1>{section.title}</h1>" in page, slug
        assert "Everything on this listing is correct today" not in page
        assert len(page) < len(whole) / 2, slug  # a short page
    assert posted_names(whole) >= set(SECTION_OF) | {"confirm_correct"}


def test_saving_the_availability_section_changes_only_availability(app, client):
    world = make_world(app)
    trust(app)
    login(client, world.provider_a)
    before = listing(app, world.a_live)
    response = submit(client, section_url(world.a_live, "availability"), AVAILABILITY)
    assert response.status_code == 302, text(response)
    assert response.location == f"/provider/services/{world.a_live}"
    after = listing(app, world.a_live)
    assert after == {**before, "availability": "waiting-list", "wait_weeks": 6,
                     "availability_expires": EXPIRES.isoformat(),
                     "version": before["version"] + 1}
    assert after["assured_date"] == before["assured_date"]  # "still correct" is its own click
    assert pending_changes(app, world.a_live) == []
    page = html.unescape(text(client.get(response.location)))
    assert "Saved. “Talk Space” is updated in the directory." in page
    assert "Waiting list" in page


def test_fields_posted_for_another_section_are_ignored(app, client):
    world = make_world(app)
    trust(app)
    login(client, world.provider_a)
    url = section_url(world.a_live, "availability")
    before = listing(app, world.a_live)
    fields = form_fields(text(client.get(url)))
    fields.update({"name": "Renamed behind the page", "phone": "", "save": "y"})
    assert client.post(url, data=fields).status_code == 302
    after = listing(app, world.a_live)
    assert (after["name"], after["phone"]) == (before["name"], before["phone"])


def test_a_section_save_by_an_untrusted_provider_waits_for_a_moderator(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    before = listing(app, world.a_live)
    response = submit(client, section_url(world.a_live, "who"), {"maximum_age": "21"})
    assert response.status_code == 302, text(response)
    assert listing(app, world.a_live) == before  # the public listing is as it was
    [change] = pending_changes(app, world.a_live)
    assert change.status == "pending" and change.base_version == before["version"]
    assert listings.changed_fields(before, change.proposed) == {"maximum_age": (18, 21)}
    overview = html.unescape(text(client.get(response.location)))
    assert "A moderator will check your changes to “Talk Space”" in overview
    assert "are waiting for a moderator" in overview
    assert "<dt>Oldest age</dt><dd>21</dd>" in overview  # the overview shows the waiting changes
    # Another section carries on from the waiting changes and replaces them: nothing is lost.
    assert submit(client, section_url(world.a_live, "contact"),
                  {"phone": "01632 960777"}).status_code == 302
    superseded, waiting = pending_changes(app, world.a_live)
    assert (superseded.status, waiting.status) == ("superseded", "pending")
    assert listings.changed_fields(before, waiting.proposed) == {
        "maximum_age": (18, 21), "phone": ("01632 960123", "01632 960777")}


def test_a_stale_section_save_is_refused_with_the_difference_and_the_typing_kept(app, client):
    world = make_world(app)
    trust(app)
    other = app.test_client()
    login(client, world.provider_a)
    login(other, world.provider_a)
    url = section_url(world.a_live, "availability")
    old_page = text(other.get(url))
    assert submit(client, url, {"availability": "not-accepting"}).status_code == 302
    refused = submit(other, url, AVAILABILITY, page=old_page)
    assert refused.status_code == 409
    page = html.unescape(text(refused))
    assert "Someone else saved changes to this listing while you were editing" in page
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</th><td>(.*?)</td><td>(.*?)</td></tr>", page)
    assert ("Taking referrals", "Waiting list", "Not taking referrals") in rows
    assert 'checked id="availability-1"' in page and 'value="6"' in page  # what was typed
    assert listing(app, world.a_live)["availability"] == "not-accepting"
    # Having seen the difference, saving again from the refusal is a deliberate choice.
    assert submit(other, url, page=text(refused)).status_code == 302
    assert listing(app, world.a_live)["wait_weeks"] == 6


def test_a_section_saved_meanwhile_elsewhere_is_kept_by_the_next_section_save(app, client):
    world = make_world(app)
    trust(app)
    other = app.test_client()
    login(client, world.provider_a)
    login(other, world.provider_a)
    contact_page = text(other.get(section_url(world.a_live, "contact")))
    assert submit(client, section_url(world.a_live, "availability"),
                  AVAILABILITY).status_code == 302
    refused = submit(other, section_url(world.a_live, "contact"), {"phone": "01632 960777"},
                     page=contact_page)
    assert refused.status_code == 409  # the version moved on, even in another section
    rows = re.findall(r'<tr><th scope="row">(.*?)</th>', text(refused))
    assert rows == ["Phone"]  # the other section's change is not shown as undone
    assert submit(other, section_url(world.a_live, "contact"),
                  page=text(refused)).status_code == 302
    saved = listing(app, world.a_live)
    assert (saved["phone"], saved["wait_weeks"]) == ("01632 960777", 6)


def test_invalid_input_is_refused_with_its_message_and_nothing_saved(app, client):
    world = make_world(app)
    trust(app)
    login(client, world.provider_a)
    url = section_url(world.a_live, "availability")
    before = listing(app, world.a_live)
    response = submit(client, url, {"availability": "waiting-list", "wait_weeks": "200"})
    assert response.status_code == 422
    page = text(response)
    assert "There is a problem" in page and 'href="#wait_weeks"' in page
    assert field_error(page, "wait_weeks") == "Enter a wait between 0 and 104 weeks."
    assert 'value="200"' in page
    response = submit(client, url, {"availability": "accepting", "wait_weeks": "3"})
    assert response.status_code == 422
    assert "Only give a typical wait when there is a waiting list." in field_error(
        text(response), "wait_weeks")
    assert listing(app, world.a_live) == before
    assert pending_changes(app, world.a_live) == []


def test_a_problem_in_another_section_is_shown_with_a_link_to_it(app, client):
    world = make_world(app)
    trust(app)
    with db.session_scope(app) as session:  # as an old listing, from before the phone rule
        session.get(Service, world.a_live).phone = "not a number"
    login(client, world.provider_a)
    before = listing(app, world.a_live)
    response = submit(client, section_url(world.a_live, "availability"), AVAILABILITY)
    assert response.status_code == 422
    page = html.unescape(text(response))
    link = re.search(rf'<a href="{section_url(world.a_live, "contact")}#phone">(.*?)</a>', page)
    assert link, "the summary does not link to the phone number's section"
    assert "Enter a UK phone number" in link.group(1)
    assert link.group(1).endswith("(in “How to get in touch”)")
    assert 'value="6"' in page  # what was typed here is kept
    assert listing(app, world.a_live) == before


def test_the_where_section_adds_locations_and_checks_postcodes(app, client):
    world = make_world(app)
    trust(app)
    login(client, world.provider_a)
    url = section_url(world.a_live, "where")
    page = submit(client, url, button="add_location")
    assert page.status_code == 200
    assert 'name="locations-1-postcode"' in text(page)
    second = {"locations-1-town": "Hitchin", "locations-1-postcode": "sg5 1ab"}
    checked = submit(client, url, second, button="check_postcodes", page=text(page))
    assert "Found: SG5 1AB is in North Hertfordshire." in text(checked)
    assert len(listing(app, world.a_live)["locations"]) == 1  # nothing saved yet
    assert submit(client, url, page=text(checked)).status_code == 302
    saved = listing(app, world.a_live)
    assert [loc["postcode"] for loc in saved["locations"]] == ["SG1 1AA", "SG5 1AB"]
    assert saved["opening_hours"] == "Mon-Fri 09:00-17:00"


def test_sections_are_for_the_listing_s_own_organisation_and_moderators(app, client):
    world = make_world(app)
    pages = [f"/provider/services/{world.a_live}", section_url(world.a_live, "availability")]
    for url in pages:
        assert client.get(url).status_code == 302  # sign in first
    login(client, world.provider_b)
    for url in pages:
        assert client.get(url).status_code == 404
    token = form_fields(text(client.get(section_url(world.b_live, "availability"))))
    before = listing(app, world.a_live)
    response = client.post(pages[1], data={**token, **AVAILABILITY, "save": "y"})
    assert response.status_code == 404 and listing(app, world.a_live) == before
    moderator = app.test_client()
    login(moderator, world.moderator)
    for url in pages:
        assert moderator.get(url).status_code == 200
    provider_a = app.test_client()
    login(provider_a, world.provider_a)
    for url in (f"/provider/services/{world.a_pending}", section_url(world.a_pending, "who")):
        assert provider_a.get(url).status_code == 200  # a listing still awaiting review too
    commissioner = app.test_client()
    login(commissioner, world.commissioner)
    for url in pages:
        assert commissioner.get(url).status_code == 403


def test_an_unknown_section_is_not_found(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    for slug in ("nope", "save", "groupings", "hours", ""):
        assert client.get(section_url(world.a_live, slug)).status_code == 404, slug
    assert client.get(section_url(99999, "availability")).status_code == 404


def test_a_section_save_without_the_page_s_token_is_refused(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = section_url(world.a_live, "availability")
    fields = form_fields(text(client.get(url)))
    fields.poplist("csrf_token")
    before = listing(app, world.a_live)
    assert client.post(url, data={**fields, **AVAILABILITY, "save": "y"}).status_code == 400
    assert listing(app, world.a_live) == before
