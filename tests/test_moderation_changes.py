"""Moderation of provider edits: held as change requests, shown as a diff, approved (published
and searchable at once) or rejected with a reason emailed to the provider; conflicts shown.
"""

import pytest
from accounts_support import csrf_token, login, smtp_mailbox
from provider_support import make_world, submit
from sqlmodel import select

from directory import db, listings, moderation
from directory.listings.fields import ServiceInput
from directory.models import Account, AuditEvent, ChangeRequest, Service
from directory.search import SearchParams, run_search


@pytest.fixture
def mailbox(app):
    with smtp_mailbox(app) as box:
        yield box


def search_names(app, words: str) -> list[str]:
    """Return the names public search finds for some words (the same call the pages make)."""
    with app.app_context(), db.session_scope(app) as session:
        results = run_search(session, SearchParams(q=words))
        return [hit.service.name for hit in results.local + results.national]


def service(app, service_id: int) -> Service:
    with db.session_scope(app) as session:
        return session.get(Service, service_id)


def propose(app, client, world, changes: dict) -> int:
    """Sign in as provider A, send an edit of Talk Space, and return the change request id."""
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    assert submit(client, url, changes).status_code == 302
    sign_out(client)
    with db.session_scope(app) as session:
        return session.exec(select(ChangeRequest.id).where(
            ChangeRequest.service_id == world.a_live, ChangeRequest.status == "pending")).one()


def approve(client, change_id: int, page: str | None = None):
    """Press "Approve" on a change request's page (as loaded now, or an earlier copy)."""
    url = f"/admin/moderation/changes/{change_id}"
    return submit(client, url, button=None, page=page, action=f"{url}/approve")


def sign_out(client) -> None:
    token = csrf_token(client, "/provider/logout")
    client.post("/provider/logout", data={"csrf_token": token})


def test_an_edit_stays_private_until_approved_then_is_public_and_searchable(app, client,
                                                                            mailbox):
    world = make_world(app)
    visitor = app.test_client()
    change_id = propose(app, client, world, {
        "summary": "Counselling with a friendly kingfisher mascot for worried teenagers."})
    public = visitor.get(f"/services/{world.a_live}").get_data(as_text=True)
    assert "kingfisher" not in public
    assert "Talk Space" not in search_names(app, "kingfisher")

    login(client, world.moderator)
    queue = client.get("/admin/moderation").get_data(as_text=True)
    assert f"/admin/moderation/changes/{change_id}" in queue
    page = client.get(f"/admin/moderation/changes/{change_id}").get_data(as_text=True)
    assert "Free counselling for young people who feel low or worried." in page  # before
    assert "kingfisher mascot" in page  # after
    assert page.count('class="diff-after"') == 1  # only the summary differs

    response = approve(client, change_id)
    assert response.status_code == 302
    assert "kingfisher" in visitor.get(f"/services/{world.a_live}").get_data(as_text=True)
    assert search_names(app, "kingfisher") == ["Talk Space"]
    with db.session_scope(app) as session:
        change = session.get(ChangeRequest, change_id)
        moderator = session.exec(select(Account).where(Account.email == world.moderator)).one()
        assert (change.status, change.decided_by) == ("approved", moderator.id)
        update = session.exec(select(AuditEvent).where(
            AuditEvent.entity_id == world.a_live, AuditEvent.action == "update")).one()
        assert update.actor_id == moderator.id and world.provider_a in update.actor
    [message] = mailbox.to(world.provider_a)
    assert message["Subject"] == "Your changes to Talk Space are published"


def test_a_rejection_emails_the_reason_and_leaves_the_listing_as_it_was(app, client, mailbox):
    world = make_world(app)
    change_id = propose(app, client, world, {"name": "TALK SPACE!!! BEST IN TOWN"})
    login(client, world.moderator)
    url = f"/admin/moderation/changes/{change_id}"
    refused = client.post(f"{url}/reject", data={"csrf_token": csrf_token(client, url),
                                                 "reason": ""})
    assert refused.status_code == 422
    assert "Give a reason, so the provider knows what to change." in refused.get_data(as_text=True)
    token = csrf_token(client, url)
    response = client.post(f"{url}/reject", data={
        "csrf_token": token, "reason": "Please use the service's usual name, without capitals."})
    assert response.status_code == 302
    assert service(app, world.a_live).name == "Talk Space"
    [message] = mailbox.to(world.provider_a)
    assert message["Subject"] == "Your changes to Talk Space were not published"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Please use the service's usual name, without capitals." in body
    assert f"/provider/services/{world.a_live}\r\n" in body  # the listing, section by section
    sign_out(client)
    login(client, world.provider_a)
    assert "Last changes not published: Please use the service&#39;s usual name" in \
        client.get("/provider/").get_data(as_text=True)


def test_approving_a_request_made_before_another_edit_shows_the_conflict(app, client):
    world = make_world(app)
    change_id = propose(app, client, world, {"name": "Talk Space Teens"})
    # Meanwhile a moderator corrects the phone number directly (staff edits publish at once).
    login(client, world.moderator)
    stale_page = client.get(f"/admin/moderation/changes/{change_id}").get_data(as_text=True)
    edit = f"/provider/services/{world.a_live}/edit"
    assert submit(client, edit, {"phone": "01632 960444"}).status_code == 302
    assert service(app, world.a_live).version == 2

    # The approve button pressed on the page loaded before that edit is refused: conflict shown.
    refused = approve(client, change_id, page=stale_page)
    assert refused.status_code == 409
    page = refused.get_data(as_text=True)
    assert "The listing has changed since this request was made" in page
    assert "01632 960444" in page and "01632 960123" in page
    assert service(app, world.a_live).name == "Talk Space"

    # Approving from the page that showed the conflict keeps the moderator's newer phone number.
    assert approve(client, change_id, page=page).status_code == 302
    now = service(app, world.a_live)
    assert (now.name, now.phone, now.version) == ("Talk Space Teens", "01632 960444", 3)


def test_an_approval_acknowledging_a_version_that_is_no_longer_current_is_refused(app, client):
    world = make_world(app)
    change_id = propose(app, client, world, {"name": "Talk Space Teens"})
    login(client, world.moderator)
    edit = f"/provider/services/{world.a_live}/edit"
    assert submit(client, edit, {"phone": "01632 960444"}).status_code == 302
    # The page shows the conflict, so approving from it acknowledges version 2 ...
    conflict_page = client.get(f"/admin/moderation/changes/{change_id}").get_data(as_text=True)
    assert 'name="acknowledged_version" type="hidden" value="2"' in conflict_page
    # ... but another save makes version 3 before the moderator presses the button.
    assert submit(client, edit, {"email": "newer@example.org"}).status_code == 302
    refused = approve(client, change_id, page=conflict_page)
    assert refused.status_code == 409
    assert "The listing has changed since this request was made" in refused.get_data(as_text=True)
    now = service(app, world.a_live)
    assert (now.name, now.email, now.version) == ("Talk Space", "newer@example.org", 3)
    with db.session_scope(app) as session:
        assert session.get(ChangeRequest, change_id).status == "pending"
    assert approve(client, change_id, page=refused.get_data(as_text=True)).status_code == 302
    now = service(app, world.a_live)
    assert (now.name, now.phone, now.email, now.version) == (
        "Talk Space Teens", "01632 960444", "newer@example.org", 4)


def test_a_confirmation_after_the_request_is_not_undone_by_approval(app, session):
    world = make_world(app)
    provider = session.exec(select(Account).where(Account.email == world.provider_a)).one()
    moderator_account = session.exec(select(Account).where(
        Account.email == world.moderator)).one()
    talk = session.get(Service, world.a_live)
    data = listings.input_from_service(talk).model_copy(update={"description": "Longer words."})
    change = moderation.submit_edit(session, talk, data, provider, talk.version)
    session.commit()
    listings.confirm_service(session, talk, moderation.actor_for(provider))
    session.commit()
    confirmed = talk.assured_date
    with pytest.raises(moderation.ChangeConflict) as conflict:
        moderation.approve_change(session, change, moderator_account)
    assert set(conflict.value.since) == {"assured_date"} and not conflict.value.overlap
    session.rollback()
    moderation.approve_change(session, change, moderator_account, talk.version)
    session.commit()
    assert (talk.description, talk.assured_date) == ("Longer words.", confirmed)


def test_a_new_listing_is_published_and_searchable_once_approved(app, client):
    world = make_world(app)
    visitor = app.test_client()
    login(client, world.provider_a)
    assert submit(client, "/provider/services/new", {
        "name": "Oak Tree Pottery", "summary": "Pottery and a chat for young people, weekly.",
        "groupings": ["thriving"], "delivery_modes": ["in-person"], "phone": "01632 960555",
        "locations-0-postcode": "SG1 1AA"}).status_code == 302
    sign_out(client)
    with db.session_scope(app) as session:
        pottery = session.exec(select(Service).where(Service.name == "Oak Tree Pottery")).one()
        change_id = session.exec(select(ChangeRequest.id).where(
            ChangeRequest.service_id == pottery.id)).one()
    assert "Oak Tree Pottery" not in search_names(app, "pottery")
    login(client, world.moderator)
    page = client.get(f"/admin/moderation/changes/{change_id}").get_data(as_text=True)
    assert "New listing: “Oak Tree Pottery”" in page
    assert approve(client, change_id).status_code == 302
    assert service(app, pottery.id).status == "active"
    assert search_names(app, "pottery") == ["Oak Tree Pottery"]
    assert visitor.get(f"/services/{pottery.id}").status_code == 200


def test_trusting_an_organisation_lets_its_edits_publish_at_once(app, client):
    world = make_world(app)
    login(client, world.admin)
    page = client.get("/admin/organisations").get_data(as_text=True)
    assert "Trust: Oak Tree Youth" in page
    token = csrf_token(client, "/admin/organisations")
    assert client.post(f"/admin/organisations/{world.org_a}/trust",
                       data={"csrf_token": token, "trusted": "yes"}).status_code == 302
    assert "Check first: Oak Tree Youth" in client.get("/admin/organisations").get_data(
        as_text=True)
    sign_out(client)
    login(client, world.provider_a)
    assert submit(client, f"/provider/services/{world.a_live}/edit",
                  {"name": "Talk Space Now"}).status_code == 302
    assert service(app, world.a_live).name == "Talk Space Now"
    with db.session_scope(app) as session:
        trust_event = session.exec(select(AuditEvent).where(AuditEvent.action == "trust")).one()
        assert (trust_event.entity, trust_event.after) == ("organisation", {"trusted": True})


def test_the_history_shows_who_changed_what_and_when(app, client):
    world = make_world(app)
    change_id = propose(app, client, world, {"name": "Talk Space Renamed"})
    login(client, world.moderator)
    assert approve(client, change_id).status_code == 302
    page = client.get(f"/admin/services/{world.a_live}/history").get_data(as_text=True)
    for words in ("Listing created", "Changes sent for checking", "Listing changed",
                  "Changes approved", world.provider_a, world.moderator, "Talk Space Renamed"):
        assert words in page, words
    assert page.index("Changes approved") < page.index("Listing created")  # newest first


def test_the_proposal_is_checked_again_when_approved(app, session):
    world = make_world(app)
    change = session.get(ChangeRequest, world.change)
    change.proposed = {**change.proposed, "topics": ["no-such-topic"]}
    session.add(change)
    session.commit()
    with pytest.raises(ValueError):
        moderation.proposed_input(session, change)
    assert ServiceInput.model_validate(
        {**change.proposed, "topics": ["low-mood"]}).name == "Oak Tree Evening Group"
