"""The quick update on "My listings": referrals and waiting time publish at once for every
organisation (audited, re-indexed, on the public page and in search), checked by ServiceInput's
rules, refused when stale with nothing lost, and never lost to a proposal waiting for a moderator.
"""

import html
import re
from datetime import date, timedelta

import pytest
from accounts_support import csrf_token, login
from provider_support import ORG_A, form_fields, make_world, submit
from sqlmodel import select

from directory import db, listings, moderation, search
from directory.models import AuditEvent, ChangeRequest, Organisation, Service

DASHBOARD = "/provider/"


def action(service_id: int) -> str:
    return f"/provider/services/{service_id}/availability"


def quick(client, service_id: int, availability: str, weeks="", page: str | None = None):
    """Fill one listing's quick update on the dashboard (as loaded now, or an earlier copy)."""
    return submit(client, DASHBOARD, {"availability": availability, "wait_weeks": weeks},
                  button=None, page=page, action=action(service_id))


def stored(app, service_id: int) -> Service:
    with db.session_scope(app) as session:
        return session.get(Service, service_id)


def events(app, service_id: int, kind: str) -> list[AuditEvent]:
    with db.session_scope(app) as session:
        return list(session.exec(select(AuditEvent).where(
            AuditEvent.entity_id == service_id, AuditEvent.action == kind)))


def pending(app, service_id: int) -> ChangeRequest | None:
    with db.session_scope(app) as session:
        return session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == service_id, ChangeRequest.status == "pending")).first()


def error_on(page: str, field_id: str) -> str:
    """Return the message shown on a field, checking it is tied to the field."""
    match = re.search(rf'id="{re.escape(field_id)}-error">(.*?)</p>', page, re.S)
    assert match, f"no error shown for {field_id}"
    assert re.search(rf'aria-describedby="{re.escape(field_id)}-error"', page), field_id
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).replace("Error: ", "").strip()


@pytest.fixture
def world(app):
    return make_world(app)


def test_an_untrusted_provider_publishes_a_waiting_time_at_once(app, client, world):
    with db.session_scope(app) as session:
        assert not session.exec(select(Organisation).where(Organisation.name == ORG_A)
                                ).one().trusted
    login(client, world.provider_a)
    before = stored(app, world.a_live)
    response = quick(client, world.a_live, "waiting-list", "6")
    assert response.status_code == 302
    assert "about 6 weeks" in html.unescape(client.get(DASHBOARD).get_data(as_text=True))
    now = stored(app, world.a_live)
    assert (now.availability, now.wait_weeks) == ("waiting-list", 6)
    assert now.availability_stated == date.today() and now.version == before.version + 1
    assert pending(app, world.a_live) is None  # no moderator in the way
    [event] = events(app, world.a_live, "availability")
    assert event.before["availability"] == "accepting" and event.before["wait_weeks"] is None
    assert event.after["availability"] == "waiting-list" and event.after["wait_weeks"] == 6
    assert event.actor == world.provider_a
    assert search.doctor(app)["stale"] == []  # the index holds the new version
    visitor = app.test_client()
    public = visitor.get(f"/services/{world.a_live}").get_data(as_text=True)
    assert "Waiting list: about 6 weeks" in public
    found = visitor.get("/search?q=Talk+Space").get_data(as_text=True)
    assert "Talk Space" in found and "Waiting list: about 6 weeks" in found


def test_the_history_says_what_the_quick_update_changed(app, client, world):
    login(client, world.provider_a)
    assert quick(client, world.a_live, "not-accepting").status_code == 302
    moderator = app.test_client()
    login(moderator, world.moderator)
    page = html.unescape(moderator.get(f"/admin/services/{world.a_live}/history")
                         .get_data(as_text=True))
    assert "Referrals and waiting time updated" in page
    assert "Not taking referrals" in page and "Accepting referrals" in page


@pytest.mark.parametrize(("availability", "weeks", "field", "message"), [
    ("waiting-list", "200", "wait-weeks", "Enter a wait between 0 and 104 weeks."),
    ("waiting-list", "-1", "wait-weeks", "Enter a wait between 0 and 104 weeks."),
    ("accepting", "6", "wait-weeks", "Only give a typical wait when there is a waiting list."),
    ("waiting-list", "six", "wait-weeks", "Enter a whole number, like 12."),
    ("full", "", "availability", "Choose whether it can take new referrals now."),
])
def test_a_wrong_answer_is_explained_on_its_field_and_nothing_is_lost(
        app, client, world, availability, weeks, field, message):
    login(client, world.provider_a)
    before = stored(app, world.a_live)
    response = quick(client, world.a_live, availability, weeks)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert error_on(page, f"{field}-{world.a_live}") == message
    assert "There is a problem" in page and f'href="#{field}-{world.a_live}"' in page
    kept = form_fields(page, action(world.a_live))
    assert kept.get("wait_weeks") == weeks
    assert kept.get("availability") == (availability if availability != "full" else None)
    now = stored(app, world.a_live)
    assert (now.availability, now.wait_weeks, now.version) == (
        before.availability, before.wait_weeks, before.version)
    assert events(app, world.a_live, "availability") == []


def test_the_rules_are_servicesinputs_own(app, world):
    with db.session_scope(app) as session:
        listing = listings.snapshot(session.get(Service, world.a_live))
    problems = listings.availability_problems
    assert problems(listing, "waiting-list", 104) == {}
    assert problems(listing, "waiting-list", 0) == {}
    assert problems(listing, "waiting-list", 105) == {"wait_weeks": "less_than_equal"}
    assert problems(listing, "accepting", 3) == {"wait_weeks": "wait_without_waiting_list"}
    assert problems(listing, "maybe", None) == {"availability": "not_one_of"}
    # An old problem elsewhere in the listing neither blocks nor hides these rules.
    broken = {**listing, "phone": "not a phone", "email": "", "url": ""}
    assert problems(broken, "waiting-list", 4) == {}
    assert problems(broken, "not-accepting", 4) == {"wait_weeks": "wait_without_waiting_list"}


def test_another_providers_listing_answers_404_and_changes_nothing(app, client, world):
    login(client, world.provider_b)
    token = csrf_token(client, DASHBOARD)
    for service_id in (world.a_live, world.a_pending, 99999):
        response = client.post(action(service_id), data={
            "csrf_token": token, "availability": "not-accepting", "version": "1"})
        assert response.status_code == 404
    assert stored(app, world.a_live).availability == "accepting"
    assert f'action="{action(world.a_live)}"' not in client.get(DASHBOARD).get_data(as_text=True)


def test_without_a_token_or_signed_out_nothing_changes(app, client, world):
    response = client.post(action(world.a_live), data={
        "csrf_token": csrf_token(client, "/provider/login"), "availability": "not-accepting"})
    assert response.status_code in (302, 303) and "/provider/login" in response.location
    login(client, world.provider_a)
    response = client.post(action(world.a_live), data={"availability": "not-accepting",
                                                       "version": "1"})
    assert response.status_code == 400
    assert stored(app, world.a_live).availability == "accepting"


def test_a_listing_not_in_the_directory_has_no_quick_update(app, client, world):
    login(client, world.provider_a)
    page = client.get(DASHBOARD).get_data(as_text=True)
    assert f'action="{action(world.a_live)}"' in page
    assert f'action="{action(world.a_pending)}"' not in page
    token = csrf_token(client, DASHBOARD)
    response = client.post(action(world.a_pending), data={
        "csrf_token": token, "availability": "not-accepting", "version": "1"})
    assert response.status_code == 302
    assert stored(app, world.a_pending).availability == "accepting"


def test_a_stale_update_is_refused_with_the_choice_kept_then_goes_through(app, client, world):
    login(client, world.provider_a)
    page = client.get(DASHBOARD).get_data(as_text=True)  # loaded at version 1
    with db.session_scope(app) as session:  # meanwhile a moderator publishes an edit
        service = session.get(Service, world.a_live)
        data = listings.input_from_service(service).model_copy(
            update={"availability": "not-accepting"})
        listings.update_service(session, service, data, listings.Actor("moderator"))
    response = quick(client, world.a_live, "waiting-list", "3", page=page)
    assert response.status_code == 409
    text = html.unescape(response.get_data(as_text=True))
    assert "Someone else changed “Talk Space” while you were looking" in text
    now = stored(app, world.a_live)
    assert now.availability == "not-accepting" and events(app, world.a_live, "availability") == []
    kept = form_fields(text, action(world.a_live))
    assert (kept["availability"], kept["wait_weeks"]) == ("waiting-list", "3")
    assert kept["version"] == str(now.version)  # a second press is a deliberate choice
    again = submit(client, DASHBOARD, button=None, page=text, action=action(world.a_live))
    assert again.status_code == 302
    assert (stored(app, world.a_live).availability, stored(app, world.a_live).wait_weeks) == (
        "waiting-list", 3)


def test_a_missing_version_is_refused_like_an_old_one(app, client, world):
    login(client, world.provider_a)
    token = csrf_token(client, DASHBOARD)
    response = client.post(action(world.a_live), data={
        "csrf_token": token, "availability": "not-accepting", "version": "x"})
    assert response.status_code == 409
    assert stored(app, world.a_live).availability == "accepting"


def test_the_write_path_refuses_an_update_on_an_old_version(app, world):
    with app.app_context(), db.session_scope(app) as mine, db.session_scope(app) as theirs:
        service = mine.get(Service, world.a_live)
        version = service.version
        listings.confirm_service(theirs, theirs.get(Service, world.a_live),
                                 listings.Actor("someone"))
        theirs.commit()
        with pytest.raises(listings.StaleEdit):
            listings.update_availability(mine, service, "not-accepting", None,
                                         listings.Actor("me"), version)
        mine.rollback()
    assert stored(app, world.a_live).availability == "accepting"


def test_a_lapsed_show_until_date_no_longer_hides_what_was_just_said(app, client, world):
    with db.session_scope(app) as session:
        session.get(Service, world.a_live).availability_expires = date.today() - timedelta(1)
    login(client, world.provider_a)
    assert quick(client, world.a_live, "waiting-list", "2").status_code == 302
    assert stored(app, world.a_live).availability_expires is None
    public = app.test_client().get(f"/services/{world.a_live}").get_data(as_text=True)
    assert "Waiting list: about 2 weeks" in public


def test_a_waiting_proposal_is_brought_up_to_date_and_its_edit_still_waits(app, client, world):
    login(client, world.provider_a)
    edit = f"/provider/services/{world.a_live}/edit"
    assert submit(client, edit, {"description": "Now with a Saturday group."}).status_code == 302
    assert quick(client, world.a_live, "waiting-list", "8").status_code == 302
    change = pending(app, world.a_live)
    assert (change.proposed["availability"], change.proposed["wait_weeks"]) == ("waiting-list", 8)
    now = stored(app, world.a_live)
    assert change.base_version == now.version  # nothing else happened: no false conflict
    assert now.description == "Weekly sessions with a counsellor."  # the edit still waits
    # The provider's form carries on from the proposal, which says the new waiting time.
    fields = form_fields(client.get(edit).get_data(as_text=True))
    assert (fields["availability"], fields["wait_weeks"]) == ("waiting-list", "8")
    moderator = app.test_client()
    login(moderator, world.moderator)
    page = html.unescape(moderator.get(f"/admin/moderation/changes/{change.id}")
                         .get_data(as_text=True))
    assert "The listing changed after this request was made" not in page
    assert "waiting time were updated from “My listings” after this request was sent" in page
    changed = page.split("What would change in the public listing")[1].split("</table>")[0]
    assert "Saturday group" in changed and "Waiting list" not in changed
    with app.app_context(), db.session_scope(app) as session:
        moderation.approve_change(session, session.get(ChangeRequest, change.id),
                                  moderation_account(session, world.moderator))
    now = stored(app, world.a_live)
    assert now.description == "Now with a Saturday group."
    assert (now.availability, now.wait_weeks) == ("waiting-list", 8)


def test_a_proposal_that_changed_the_wait_too_never_puts_the_older_wait_back(app, client,
                                                                             world):
    login(client, world.provider_a)
    edit = f"/provider/services/{world.a_live}/edit"
    assert submit(client, edit, {"availability": "waiting-list", "wait_weeks": "20",
                                 "summary": "Counselling for young people, evenings too."}
                  ).status_code == 302
    with db.session_scope(app) as session:  # an unrelated save meanwhile: a real conflict
        listings.confirm_service(session, session.get(Service, world.a_live),
                                 listings.Actor("someone"))
    assert quick(client, world.a_live, "waiting-list", "4").status_code == 302
    change = pending(app, world.a_live)
    assert change.proposed["wait_weeks"] == 4 and change.base_version == 1
    with app.app_context(), db.session_scope(app) as session:
        service = session.get(Service, world.a_live)
        conflict = moderation.find_conflict(session, session.get(ChangeRequest, change.id),
                                            service)
        assert "wait_weeks" not in conflict.overlap
        moderation.approve_change(session, session.get(ChangeRequest, change.id),
                                  moderation_account(session, world.moderator), service.version)
    now = stored(app, world.a_live)
    assert now.summary == "Counselling for young people, evenings too." and now.wait_weeks == 4


def test_a_trusted_organisation_uses_the_same_quick_update(app, client, world):
    with db.session_scope(app) as session:
        session.exec(select(Organisation).where(Organisation.name == ORG_A)).one().trusted = True
    login(client, world.provider_a)
    assert quick(client, world.a_live, "not-accepting").status_code == 302
    assert stored(app, world.a_live).availability == "not-accepting"
    assert len(events(app, world.a_live, "availability")) == 1


def moderation_account(session, email: str):
    from directory.models import Account

    return session.exec(select(Account).where(Account.email == email)).one()
