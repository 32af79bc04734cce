"""Diffs that tell the truth: a list in a new order (topics, groupings, delivery modes, languages,
referral routes, audience, council areas, locations) is not a change — not in the moderator's
comparison, not in conflicts, not in the stale-edit comparison, not in the audit trail — while a
real change still shows; the moderator's page names what changed and folds what did not.
"""

import html

import pytest
from accounts_support import login
from provider_support import ACTOR, add_listing, make_world
from sqlmodel import select

from directory import db, listings, moderation
from directory.listings import diff
from directory.listings.fields import ServiceInput
from directory.models import Account, AuditEvent, Service

TWO_PLACES = [
    {"name": "Oak Tree Centre", "address": "1 High Street", "town": "Stevenage",
     "postcode": "SG1 1AA"},
    {"name": "Youth Hub", "address": "2 Bridge Street", "town": "Hitchin", "postcode": "SG5 1AB"},
]
RICH = {
    "groupings": ["getting-advice", "getting-help"], "topics": ["anxiety", "low-mood"],
    "support_types": ["counselling", "group"], "delivery_modes": ["in-person", "online"],
    "languages": ["en", "pl"], "referral_routes": ["self", "school", "gp"],
    "audience": ["young-people", "parents-carers"],
    "service_areas": ["E07000243", "E07000099"], "locations": TWO_PLACES,
}
LISTS = [name for name in RICH if name != "locations"] + ["locations"]


def reordered(listing: dict) -> dict:
    """Return the listing with every list reversed: the same choices, in a new order."""
    return {**listing, **{name: list(reversed(listing[name])) for name in LISTS}}


@pytest.fixture
def rich(app):
    """A listing with two or more of everything, and its snapshot as published."""
    service_id = add_listing(app, **RICH)
    with db.session_scope(app) as session:
        return service_id, listings.snapshot(session.get(Service, service_id))


def test_a_new_order_is_no_change_in_the_readable_diff_or_changed_fields(app, rich):
    _, published = rich
    other = reordered(published)
    assert all(other[name] != published[name] for name in LISTS)  # really in a new order
    with app.app_context():
        assert diff.readable_diff(published, other) == []
        compared = diff.compare(published, other)
    assert compared.changed == [] and len(compared.unchanged) == len(published)
    assert listings.changed_fields(published, other) == {}


@pytest.mark.parametrize(("field", "value", "words"), [
    ("topics", ["anxiety", "low-mood", "sleep"], "Sleep"),
    ("languages", ["pl"], "Polish"),
    ("delivery_modes", ["online", "phone"], "Phone"),
    ("locations", TWO_PLACES[:1], "Oak Tree Centre"),
])
def test_a_real_change_to_a_list_still_shows_in_plain_words(app, rich, field, value, words):
    _, published = rich
    other = {**reordered(published), field: value}
    with app.app_context():
        rows = diff.readable_diff(published, other, {"sleep": "Sleep"})
        [row] = rows
        assert row.field == field and row.label == str(diff.LABELS[field])
    assert words in row.after
    assert list(listings.changed_fields(published, other)) == [field]


def test_identical_locations_in_a_new_order_are_no_change(app, rich):
    _, published = rich
    other = {**published, "locations": list(reversed(published["locations"]))}
    assert listings.changed_fields(published, other) == {}
    moved = [dict(published["locations"][0], town="Letchworth"), published["locations"][1]]
    assert list(listings.changed_fields(published, {**published, "locations": moved})) == [
        "locations"]


def test_saving_the_same_choices_in_a_new_order_writes_no_change(app, rich):
    service_id, published = rich
    with db.session_scope(app) as session:
        service = session.get(Service, service_id)
        modified = service.last_modified
        data = ServiceInput.model_validate(reordered(published))
        listings.update_service(session, service, data, ACTOR)
    with db.session_scope(app) as session:
        assert session.get(Service, service_id).last_modified == modified
        assert session.exec(select(AuditEvent).where(
            AuditEvent.entity_id == service_id, AuditEvent.action == "update")).all() == []


def test_a_stale_edit_compares_what_differs_not_the_order(app, rich):
    service_id, published = rich
    with db.session_scope(app) as session:  # someone else publishes a new summary
        service = session.get(Service, service_id)
        listings.update_service(session, service, ServiceInput.model_validate(
            {**published, "summary": "Counselling and groups, now on Saturdays too."}), ACTOR)
    with db.session_scope(app) as session:
        service = session.get(Service, service_id)
        typed = ServiceInput.model_validate(reordered(published))  # from the old version
        with pytest.raises(listings.StaleEdit) as refused:
            listings.update_service(session, service, typed, ACTOR, expected_version=1)
        assert list(refused.value.changed) == ["summary"]


def account(session, email: str) -> Account:
    return session.exec(select(Account).where(Account.email == email)).one()


def test_a_conflict_is_about_what_differs_not_the_order(app):
    world = make_world(app)
    with app.app_context(), db.session_scope(app) as session:
        service = session.get(Service, world.a_live)
        base = listings.snapshot(service)
        proposal = ServiceInput.model_validate({
            **base, "groupings": ["getting-help", "getting-advice"],
            "topics": ["low-mood", "anxiety"], "description": "Weekly sessions and a group."})
        moderation.submit_edit(session, service, proposal, account(session, world.provider_a),
                               service.version)
    with app.app_context(), db.session_scope(app) as session:  # published meanwhile
        service = session.get(Service, world.a_live)
        listings.update_service(session, service, ServiceInput.model_validate({
            **base, "groupings": ["getting-advice", "getting-help"],
            "topics": ["anxiety", "low-mood"],
            "summary": "Free counselling and groups for young people."}), ACTOR)
    with app.app_context(), db.session_scope(app) as session:
        service = session.get(Service, world.a_live)
        change = moderation.pending_change(session, service.id)
        conflict = moderation.find_conflict(session, change, service)
        # Both added the same grouping and topic, in different orders: no overlap.
        assert set(conflict.since) == {"groupings", "topics", "summary"}
        assert conflict.overlap == []
        approved = moderation.approve_change(session, change,
                                             account(session, world.moderator), service.version)
        assert approved.summary == "Free counselling and groups for young people."
        assert approved.description == "Weekly sessions and a group."


def change_page(app, world, proposed: dict) -> str:
    """Send ``proposed`` as provider A's change to Talk Space; return the moderator's page."""
    with app.app_context(), db.session_scope(app) as session:
        service = session.get(Service, world.a_live)
        change = moderation.submit_edit(session, service, ServiceInput.model_validate(proposed),
                                        account(session, world.provider_a), service.version)
        change_id = change.id
    client = app.test_client()
    login(client, world.moderator)
    response = client.get(f"/admin/moderation/changes/{change_id}")
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


def test_the_moderator_sees_what_changed_and_the_rest_folded(app):
    world = make_world(app)
    with db.session_scope(app) as session:
        live = listings.snapshot(session.get(Service, world.a_live))
    page = change_page(app, world, {
        **live, "referral_routes": ["school", "self"],  # a new order only
        "summary": "Counselling for young people, after school and on Saturdays.",
        "wait_weeks": 3, "availability": "waiting-list"})
    assert "3 parts change:</strong> Summary, Taking referrals, Typical wait (weeks)." in page
    changed = page.split("What would change in the public listing")[1].split("</table>")[0]
    assert "after school and on Saturdays" in changed and "Who can refer" not in changed
    folded = page.split('<details class="unchanged">')[1].split("</details>")[0]
    unchanged = len(live) - 3
    assert f"Unchanged: {unchanged} parts" in folded
    assert "Who can refer" in folded and "Young person themselves, School or college" in folded
    assert "<details open" not in page  # folded until the moderator opens it


def test_an_order_only_request_says_nothing_differs(app):
    world = make_world(app)
    with db.session_scope(app) as session:
        live = listings.snapshot(session.get(Service, world.a_live))
    page = change_page(app, world, {**live, "referral_routes": ["school", "self"]})
    assert "Nothing in it differs from the published listing" in page
    assert "What would change in the public listing" not in page


def test_a_new_listing_shows_everything_unfolded(app):
    world = make_world(app)
    client = app.test_client()
    login(client, world.moderator)
    page = html.unescape(client.get(f"/admin/moderation/changes/{world.change}")
                         .get_data(as_text=True))
    assert "Everything the new listing says" in page and "Oak Tree Evening Group" in page
    assert '<details class="unchanged">' not in page

