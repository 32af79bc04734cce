"""The listing form: every field can be edited, every problem is explained on its field, and
nothing typed is ever lost (errors, extra locations, postcode checks, a refused stale save).
"""

import html
import re
from datetime import date, timedelta

from accounts_support import csrf_token, login
from provider_support import ORG_A, add_listing, form_fields, make_world, submit
from sqlmodel import select

from directory import db, listings
from directory.models import AuditEvent, ChangeRequest, Organisation, Service


def trust(app, name: str, trusted: bool = True) -> None:
    with db.session_scope(app) as session:
        organisation = session.exec(select(Organisation).where(Organisation.name == name)).one()
        organisation.trusted = trusted


def listing(app, service_id: int) -> dict:
    with db.session_scope(app) as session:
        service = session.get(Service, service_id)
        return {**listings.snapshot(service), "version": service.version,
                "availability_stated": service.availability_stated}


def field_error(page: str, field_id: str) -> str:
    """Return the error shown for a field, checking it is tied to the field for screen readers."""
    match = re.search(rf'id="{re.escape(field_id)}-error">(.*?)</p>', page, re.S)
    assert match, f"no error shown for {field_id}"
    assert re.search(rf'aria-describedby="[^"]*{re.escape(field_id)}-error', page), field_id
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).replace("Error: ", "").strip()


EXPIRES = date.today() + timedelta(days=90)
EVERY_FIELD = {
    "name": "Talk Space Plus", "status": "temporarily-closed",
    "summary": "Counselling and groups for young people who feel low, worried or alone.",
    "description": "Weekly sessions, and a Thursday group.",
    "groupings": ["getting-advice", "getting-help"], "topics": ["anxiety", "loneliness"],
    "support_types": ["counselling", "group"], "minimum_age": "12", "maximum_age": "21",
    "self_referral": "yes", "self_referral_min_age": "14",
    "referral_routes": ["self", "gp", "parent"], "parental_involvement": "required-under-16",
    "confidentiality": "Private unless someone is at risk.",
    "delivery_modes": ["in-person", "online", "phone"], "cost": "some-free",
    "cost_details": "First six sessions free.", "languages": ["en", "pl"],
    "other_languages": "Tigrinya", "accessibility": "Step-free entrance.",
    "phone": "01632 960999", "text_number": "07700 900123", "email": "talk@example.org",
    "url": "https://talk.example.org", "service_areas": "Stevenage; North Hertfordshire",
    "locations-0-name": "Oak Tree Hall", "locations-0-address": "2 Church Lane",
    "locations-0-town": "Stevenage", "locations-0-postcode": "sg1 1aa",
    "locations-0-hide_address": True,
    "hours_0": "9-12:30, 13:30-17:00", "hours_1": "", "hours_2": "", "hours_3": "",
    "hours_4": "09:00-17:00", "hours_5": "10:00 to 13:00", "hours_6": "",
    "availability": "waiting-list", "wait_weeks": "6",
    "availability_expires-day": str(EXPIRES.day), "availability_expires-month": str(EXPIRES.month),
    "availability_expires-year": str(EXPIRES.year),
    "confirm_correct": True,
}


def test_a_trusted_provider_edits_every_field_and_it_publishes_at_once(app, client):
    world = make_world(app)
    trust(app, ORG_A)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    page = submit(client, url, button="add_location").get_data(as_text=True)
    assert 'name="locations-1-postcode"' in page
    response = submit(client, url, {**EVERY_FIELD, "locations-1-address": "Youth Centre",
                                    "locations-1-town": "Hitchin",
                                    "locations-1-postcode": "SG5 1AB"}, page=page)
    assert response.status_code == 302, response.get_data(as_text=True)
    saved = listing(app, world.a_live)
    assert saved["name"] == "Talk Space Plus" and saved["status"] == "temporarily-closed"
    assert saved["groupings"] == ["getting-advice", "getting-help"]
    assert saved["topics"] == ["anxiety", "loneliness"]
    assert saved["support_types"] == ["counselling", "group"]
    ages = (saved["minimum_age"], saved["maximum_age"], saved["self_referral_min_age"])
    assert ages == (12, 21, 14)
    assert saved["referral_routes"] == ["self", "gp", "parent"]
    assert saved["parental_involvement"] == "required-under-16"
    assert saved["delivery_modes"] == ["in-person", "online", "phone"]
    assert (saved["cost"], saved["cost_details"]) == ("some-free", "First six sessions free.")
    assert saved["languages"] == ["en", "pl", "ti"]
    assert (saved["phone"], saved["text_number"]) == ("01632 960999", "07700 900123")
    assert (saved["email"], saved["url"]) == ("talk@example.org", "https://talk.example.org")
    assert saved["service_areas"] == ["E07000243", "E07000099"]
    first, second = saved["locations"]
    assert (first["name"], first["postcode"], first["hide_address"]) == (
        "Oak Tree Hall", "SG1 1AA", True)
    assert (second["town"], second["postcode"]) == ("Hitchin", "SG5 1AB")
    assert saved["opening_hours"] == "Mon 09:00-12:30,13:30-17:00; Fri 09:00-17:00; Sat 10:00-13:00"
    assert (saved["availability"], saved["wait_weeks"]) == ("waiting-list", 6)
    assert saved["availability_expires"] == EXPIRES.isoformat()
    assert saved["assured_date"] == date.today().isoformat()
    with db.session_scope(app) as session:
        assert session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == world.a_live)).first() is None
        event = session.exec(select(AuditEvent).where(AuditEvent.entity_id == world.a_live)
                             .order_by(AuditEvent.id.desc())).first()
        assert (event.action, event.actor) == ("update", world.provider_a)
    dashboard = client.get("/provider/").get_data(as_text=True)
    assert "is updated in the directory" in dashboard


def test_every_problem_is_explained_on_its_field_and_nothing_typed_is_lost(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    before = listing(app, world.a_live)
    response = submit(client, url, {
        "name": "", "summary": "Too short", "groupings": [], "delivery_modes": [],
        "minimum_age": "16", "maximum_age": "12", "phone": "not a number",
        "email": "nobody-at-example", "url": "example.org", "other_languages": "Martian",
        "service_areas": "Atlantis", "locations-0-postcode": "ZZ9 9ZZ",
        "hours_2": "9am until late", "availability": "accepting", "wait_weeks": "3",
        "description": "Typed text that must survive the errors.",
    })
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "There is a problem" in page
    expected = {
        "name": "Enter the name of the service.",
        "summary": "The summary must be 10 to 200 characters long.",
        "groupings": "Choose at least one kind of support.",
        "delivery_modes": "Choose at least one way the support is given.",
        "minimum_age": "The youngest age cannot be above the oldest age.",
        "phone": "Enter a UK phone number, like 01632 960123.",
        "email": "Enter an email address, like help@example.org.",
        "url": "Enter a web address starting with https://, like https://example.org.",
        "other_languages": "We don’t recognise “Martian” as a language.",
        "service_areas": "We can’t find a council area called “Atlantis”.",
        "locations-0-postcode": "We can’t find the postcode ZZ9 9ZZ.",
        "hours_2": "Enter times like 09:00-17:00",
        "wait_weeks": "Only give a typical wait when there is a waiting list.",
    }
    for field_id, message in expected.items():
        shown = field_error(page, field_id).replace("'", "’")
        assert message.replace("'", "’") in shown, (field_id, shown)
        assert f'href="#{field_id}"' in page, f"the summary does not link to {field_id}"
    assert "Typed text that must survive the errors." in page
    assert 'value="nobody-at-example"' in page and 'value="ZZ9 9ZZ"' in page
    assert 'value="9am until late"' in page and 'value="Martian"' in page
    assert listing(app, world.a_live) == before


def test_the_postcode_check_finds_the_area_without_saving(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    before = listing(app, world.a_live)
    response = submit(client, url, {"locations-0-postcode": "sg5 1ab", "name": "Not saved yet"},
                      button="check_postcodes")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Found: SG5 1AB is in North Hertfordshire." in page
    assert 'value="Not saved yet"' in page
    response = submit(client, url, {"locations-0-postcode": "SG5 1"}, button="check_postcodes")
    assert "is not a UK postcode" in field_error(response.get_data(as_text=True),
                                                 "locations-0-postcode")
    assert listing(app, world.a_live) == before


def test_a_location_can_be_removed_and_the_hidden_address_kept(app, client):
    world = make_world(app)
    trust(app, ORG_A)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    page = submit(client, url, {"locations-0-remove": True, "national": True},
                  button="add_location").get_data(as_text=True)
    response = submit(client, url, {"locations-1-postcode": "SG5 1AB",
                                    "locations-1-hide_address": True}, page=page)
    assert response.status_code == 302
    saved = listing(app, world.a_live)
    assert saved["national"] is True
    assert [(loc["postcode"], loc["hide_address"]) for loc in saved["locations"]] == [
        ("SG5 1AB", True)]


def test_24_7_and_no_hours_round_trip(app, client):
    world = make_world(app)
    trust(app, ORG_A)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    assert submit(client, url, {"always_open": True}).status_code == 302
    assert listing(app, world.a_live)["opening_hours"] == "24/7"
    assert 'checked id="always_open"' in client.get(url).get_data(as_text=True)
    days = {f"hours_{day}": "" for day in range(7)}
    assert submit(client, url, {"always_open": False, **days}).status_code == 302
    assert listing(app, world.a_live)["opening_hours"] == ""


def test_an_untrusted_edit_waits_for_a_moderator_and_the_form_shows_it(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    response = submit(client, url, {"name": "Talk Space Renamed"})
    assert response.status_code == 302
    assert listing(app, world.a_live)["name"] == "Talk Space"
    with db.session_scope(app) as session:
        [change] = session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == world.a_live)).all()
        assert change.proposed["name"] == "Talk Space Renamed"
        assert (change.status, change.base_version) == ("pending", 1)
    page = client.get(url).get_data(as_text=True)
    assert "waiting for a moderator" in page and 'value="Talk Space Renamed"' in page
    assert "Changes waiting for a moderator" in client.get("/provider/").get_data(as_text=True)
    # Editing the waiting proposal again replaces it rather than stacking a second one.
    assert submit(client, url, {"summary": "A second go at the summary, still waiting."}
                  ).status_code == 302
    with db.session_scope(app) as session:
        statuses = sorted(c.status for c in session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == world.a_live)))
        [waiting] = session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == world.a_live, ChangeRequest.status == "pending")).all()
    assert statuses == ["pending", "superseded"]
    assert waiting.proposed["name"] == "Talk Space Renamed"
    assert waiting.proposed["summary"] == "A second go at the summary, still waiting."


def test_a_new_listing_from_an_untrusted_organisation_is_pending_and_not_public(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    response = submit(client, "/provider/services/new", {
        "name": "Oak Tree Music", "summary": "Music sessions for young people, every week.",
        "groupings": ["thriving"], "delivery_modes": ["in-person"], "phone": "01632 960555",
        "locations-0-postcode": "SG1 1AA", "hours_3": "16:00-18:00"})
    assert response.status_code == 302, response.get_data(as_text=True)
    with db.session_scope(app) as session:
        service = session.exec(select(Service).where(Service.name == "Oak Tree Music")).one()
        change = session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == service.id)).one()
        assert (service.status, service.service_ref) == ("pending", "oak-tree-music")
        assert change.proposed["status"] == "active"
        assert change.proposed["assured_date"] == date.today().isoformat()
    assert client.get(f"/services/{service.id}").status_code == 404
    assert "Oak Tree Music" in client.get("/provider/").get_data(as_text=True)


def test_a_trusted_new_listing_is_published_at_once(app, client):
    world = make_world(app)
    trust(app, ORG_A)
    login(client, world.provider_a)
    response = submit(client, "/provider/services/new", {
        "name": "Talk Space", "summary": "A second listing with the same name as the first.",
        "groupings": ["thriving"], "delivery_modes": ["online"], "national": True,
        "url": "https://example.org/online", "locations-0-postcode": ""})
    assert response.status_code == 302, response.get_data(as_text=True)
    with db.session_scope(app) as session:
        refs = sorted(s.service_ref for s in session.exec(
            select(Service).where(Service.name == "Talk Space")))
        new = session.exec(select(Service).where(Service.service_ref == "talk-space")).one()
    assert refs == ["talk", "talk-space"] and new.status == "active"
    assert client.get(f"/services/{new.id}").status_code == 200


def test_still_correct_is_one_click_and_audited(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    old = listing(app, world.a_live)
    token = csrf_token(client, "/provider/")
    response = client.post(f"/provider/services/{world.a_live}/confirm",
                           data={"csrf_token": token})
    assert response.status_code == 302
    now = listing(app, world.a_live)
    assert now["assured_date"] == date.today().isoformat() != old["assured_date"]
    assert now["version"] == old["version"] + 1
    with db.session_scope(app) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.entity_id == world.a_live)
                             .order_by(AuditEvent.id.desc())).first()
        assert (event.action, event.actor) == ("confirm", world.provider_a)
    assert "marked as checked today" in client.get("/provider/").get_data(as_text=True)


def test_retiring_asks_first_then_takes_the_listing_out(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/retire"
    assert "Take “Talk Space” out of the directory?" in client.get(url).get_data(as_text=True)
    assert listing(app, world.a_live)["status"] == "active"
    response = submit(client, url, {"reason": "Funding ended"}, button=None)
    assert response.status_code == 302
    assert listing(app, world.a_live)["status"] == "inactive"
    assert client.get(f"/services/{world.a_live}").status_code in (404, 410)


def test_a_second_save_on_an_old_version_is_refused_showing_what_changed(app, client):
    world = make_world(app)
    trust(app, ORG_A)
    other = app.test_client()
    login(client, world.provider_a)
    login(other, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    first_page = client.get(url).get_data(as_text=True)
    second_page = other.get(url).get_data(as_text=True)
    assert submit(client, url, {"phone": "01632 960777"}, page=first_page).status_code == 302
    refused = submit(other, url, {"summary": "The second editor's summary, typed carefully."},
                     page=second_page)
    assert refused.status_code == 409
    page = refused.get_data(as_text=True)
    assert "Someone else saved changes to this listing while you were editing" in page
    assert "01632 960777" in page and "01632 960123" in page  # what changed, both sides
    assert "The second editor&#39;s summary, typed carefully." in page
    saved = listing(app, world.a_live)
    assert saved["phone"] == "01632 960777"
    assert saved["summary"] != "The second editor's summary, typed carefully."
    # Having seen the difference, saving again is a deliberate choice, and works.
    assert submit(other, url, page=page).status_code == 302
    assert listing(app, world.a_live)["summary"] == "The second editor's summary, typed carefully."


def audit_trail(app, service_id: int) -> list[tuple[str, str]]:
    with db.session_scope(app) as session:
        return [(e.action, e.actor) for e in session.exec(select(AuditEvent).where(
            AuditEvent.entity_id == service_id).order_by(AuditEvent.id))]


def test_a_save_without_a_usable_version_is_refused_as_stale_and_writes_nothing(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    page = client.get(url).get_data(as_text=True)
    before, trail = listing(app, world.a_live), audit_trail(app, world.a_live)
    for trusted in (False, True):
        trust(app, ORG_A, trusted)
        for version in (None, "", "abc", "1.0", " "):
            fields = form_fields(page)
            fields.poplist("version")
            if version is not None:
                fields["version"] = version
            fields["name"], fields["save"] = "Saved without a version", "y"
            refused = client.post(url, data=fields)
            assert refused.status_code == 409, (trusted, version)
            assert "Someone else saved changes to this listing" in refused.get_data(as_text=True)
            assert listing(app, world.a_live) == before
            assert audit_trail(app, world.a_live) == trail
    with db.session_scope(app) as session:
        assert session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == world.a_live)).all() == []
    # The refusal's page carries the version again, so saving from it is a deliberate choice.
    assert submit(client, url, page=refused.get_data(as_text=True)).status_code == 302
    assert listing(app, world.a_live)["name"] == "Saved without a version"


def test_a_known_postcode_places_the_location_whatever_coordinates_come_with_it(app, client):
    world = make_world(app)
    trust(app, ORG_A)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    stevenage = listing(app, world.a_live)["locations"][0]
    far_away = {"locations-0-latitude": "52.2", "locations-0-longitude": "-1.5"}  # Coventry
    checked = submit(client, url, far_away, button="check_postcodes").get_data(as_text=True)
    assert "Found: SG1 1AA is in Stevenage." in checked
    assert submit(client, url, far_away).status_code == 302
    saved = listing(app, world.a_live)["locations"][0]
    assert (saved["latitude"], saved["longitude"]) == (stevenage["latitude"],
                                                       stevenage["longitude"])


def test_kept_coordinates_place_a_postcode_the_gazetteer_does_not_know(app, client):
    world = make_world(app)
    trust(app, ORG_A)
    with db.session_scope(app) as session:  # as an import of a brand-new postcode leaves it
        location = session.get(Service, world.a_live).locations[0]
        location.postcode, location.latitude, location.longitude = "M1 1AE", 53.48, -2.24
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    assert submit(client, url, {"name": "Talk Space North"}).status_code == 302
    saved = listing(app, world.a_live)
    assert saved["name"] == "Talk Space North"
    assert [(loc["postcode"], loc["latitude"], loc["longitude"]) for loc in saved["locations"]] \
        == [("M1 1AE", 53.48, -2.24)]
    # Typing another unknown postcode drops the coordinates that belonged to the old one.
    refused = submit(client, url, {"locations-0-postcode": "M1 1AF"})
    assert refused.status_code == 422
    assert "We can’t find the postcode M1 1AF." in field_error(
        refused.get_data(as_text=True), "locations-0-postcode").replace("'", "’")


def test_an_untrusted_edit_never_silently_replaces_someone_elses_waiting_changes(app, client):
    world = make_world(app)
    colleague = app.test_client()
    login(client, world.provider_a)
    login(colleague, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    colleague_page = colleague.get(url).get_data(as_text=True)
    assert submit(client, url, {"name": "First Proposal"}).status_code == 302
    refused = submit(colleague, url, {"email": "colleague@example.org"}, page=colleague_page)
    assert refused.status_code == 409
    assert "First Proposal" in refused.get_data(as_text=True)
    with db.session_scope(app) as session:
        [waiting] = session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == world.a_live, ChangeRequest.status == "pending")).all()
        assert waiting.proposed["name"] == "First Proposal"


def test_a_provider_with_no_organisation_is_told_how_to_get_one(app, client):
    from accounts_support import make_account

    make_account(app, "new@example.org")
    add_listing(app, ORG_A)
    login(client, "new@example.org")
    page = client.get("/provider/services/new").get_data(as_text=True)
    assert "not linked to an organisation yet" in page


def test_values_no_form_offers_are_still_explained_on_their_fields(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    before = listing(app, world.a_live)
    response = submit(client, url, {"topics": ["no-such-topic"], "languages": ["en", "xx"],
                                    "groupings": ["getting-help", "made-up"]})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "no-such-topic" in field_error(page, "topics")
    assert "xx" in field_error(page, "languages")
    assert "made-up" in field_error(page, "groupings")
    assert listing(app, world.a_live) == before


def test_a_listing_needs_somewhere_and_some_way_to_get_in_touch(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    response = submit(client, url, {"locations-0-remove": True, "phone": "", "email": ""})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "tick “available anywhere in England”" in field_error(page, "national")
    assert "Give at least one way to get in touch" in field_error(page, "phone")
