"""The rest of the moderators' work: claims of unclaimed listings, problem reports from the
public (emailed to the organisation), the overview counts and the stale-listings page.
"""

from datetime import date, timedelta

import pytest
from accounts_support import csrf_token, login, smtp_mailbox
from provider_support import ORG_B, add_listing, make_world, submit
from sqlmodel import select

from directory import db, moderation
from directory.models import AuditEvent, Claim, Membership, ProblemReport, Service
from directory.moderation.problem_reports import report_problem


@pytest.fixture
def mailbox(app):
    with smtp_mailbox(app) as box:
        yield box


def test_a_provider_claims_an_unclaimed_listing_and_can_edit_it_once_approved(app, client,
                                                                              mailbox):
    world = make_world(app)
    login(client, world.provider_b)
    page = client.get("/provider/claim?q=hilltop").get_data(as_text=True)
    assert f"/provider/services/{world.c_unclaimed}/claim" in page
    assert "Talk Space" not in client.get("/provider/claim?q=talk").get_data(as_text=True)
    assert client.get(f"/provider/services/{world.c_unclaimed}/edit").status_code == 404
    url = f"/provider/services/{world.c_unclaimed}/claim"
    refused = submit(client, url, {"message": ""}, button=None)
    assert refused.status_code == 422
    assert "Tell us how you are connected to the service." in refused.get_data(as_text=True)
    assert submit(client, url, {"message": "I am the club leader."}, button=None
                  ).status_code == 302

    moderator = app.test_client()
    login(moderator, world.moderator)
    with db.session_scope(app) as session:
        claim = session.exec(select(Claim).where(Claim.message == "I am the club leader.")).one()
    page = moderator.get(f"/admin/moderation/claims/{claim.id}").get_data(as_text=True)
    assert world.provider_b in page and "I am the club leader." in page
    token = csrf_token(moderator, f"/admin/moderation/claims/{claim.id}")
    assert moderator.post(f"/admin/moderation/claims/{claim.id}/approve",
                          data={"csrf_token": token}).status_code == 302

    assert client.get(f"/provider/services/{world.c_unclaimed}/edit").status_code == 200
    assert "Hilltop Art Club" in client.get("/provider/").get_data(as_text=True)
    assert client.get(url).status_code == 404  # claimed now: nobody else can claim it
    [message] = mailbox.to(world.provider_b)
    assert message["Subject"] == "You can now edit Hilltop Art Club"
    with db.session_scope(app) as session:
        assert session.get(Claim, claim.id).status == "approved"
        assert session.get(Membership, (claim.account_id, claim.organisation_id)) is not None


def test_a_turned_down_claim_emails_the_reason(app, client, mailbox):
    world = make_world(app)
    login(client, world.moderator)
    url = f"/admin/moderation/claims/{world.claim}"
    response = client.post(f"{url}/reject", data={
        "csrf_token": csrf_token(client, url), "reason": "We could not confirm you work there."})
    assert response.status_code == 302
    [message] = mailbox.to(world.provider_a)
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "We could not confirm you work there." in body
    with db.session_scope(app) as session:
        claim = session.get(Claim, world.claim)
        assert claim.status == "rejected"
        assert session.get(Membership, (claim.account_id, claim.organisation_id)) is None


def test_a_problem_report_is_emailed_to_the_organisation_and_resolved_with_a_note(
        app, client, mailbox):
    world = make_world(app)
    with app.app_context(), db.session_scope(app) as session:
        report = report_problem(session, world.b_live, "opening-hours", "Closed on Mondays now.")
        assert moderation.notify_problem_report(session, report) == 1
        report_id = report.id
    [message] = mailbox.to(world.provider_b)
    assert message["Subject"] == "Someone reported a problem with Riverside Drop-in"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "The opening hours are wrong" in body and "Closed on Mondays now." in body
    assert f"/provider/services/{world.b_live}\r\n" in body  # the listing, section by section
    assert not mailbox.to(world.provider_a)

    login(client, world.moderator)
    assert f"/admin/moderation/problems/{report_id}" in client.get("/admin/moderation").get_data(
        as_text=True)
    url = f"/admin/moderation/problems/{report_id}"
    assert "Closed on Mondays now." in client.get(url).get_data(as_text=True)
    refused = client.post(f"{url}/resolve", data={"csrf_token": csrf_token(client, url),
                                                  "note": ""})
    assert refused.status_code == 422
    assert "Write a note of what was done." in refused.get_data(as_text=True)
    assert client.post(f"{url}/resolve", data={"csrf_token": csrf_token(client, url),
                                               "note": "Hours corrected with the provider."}
                       ).status_code == 302
    with db.session_scope(app) as session:
        assert session.get(ProblemReport, report_id).status == "resolved"
        event = session.exec(select(AuditEvent).where(
            AuditEvent.action == "problem-resolved")).one()
        assert event.after["note"] == "Hours corrected with the provider."
    assert f"/admin/moderation/problems/{report_id}" not in client.get(
        "/admin/moderation").get_data(as_text=True)
    assert "Hours corrected with the provider." in client.get(
        f"/admin/services/{world.b_live}/history").get_data(as_text=True)


def test_a_problem_report_on_a_listing_nobody_looks_after_emails_nobody(app, mailbox):
    world = make_world(app)
    with app.app_context(), db.session_scope(app) as session:
        report = report_problem(session, world.c_unclaimed, "closed")
        assert moderation.notify_problem_report(session, report) == 0
    assert mailbox.messages == []


def test_the_overview_counts_what_needs_doing(app, client):
    world = make_world(app)
    add_listing(app, ORG_B, service_ref="old", name="Old Listing",
                assured_date=(date.today() - timedelta(days=400)).isoformat())
    add_listing(app, ORG_B, service_ref="due", name="Due Listing",
                assured_date=(date.today() - timedelta(days=200)).isoformat())
    login(client, world.admin)
    page = client.get("/admin/").get_data(as_text=True)
    for count, words in ((1, "changes to check"), (1, "claims to check"),
                         (1, "open problem reports"), (1, "listings not checked for 12 months"),
                         (1, "listings not checked for 6 to 12 months"), (0, "account requests")):
        assert f"<strong>{count}</strong>{words}" in page, words
    assert "/admin/accounts" in page
    stale = client.get("/admin/stale").get_data(as_text=True)
    assert stale.index("Old Listing") < stale.index("Due Listing")
    assert "Talk Space" not in stale


def test_the_moderation_queue_lists_changes_claims_and_reports(app, client):
    world = make_world(app)
    login(client, world.moderator)
    page = client.get("/admin/moderation").get_data(as_text=True)
    assert f"/admin/moderation/changes/{world.change}" in page
    assert f"/admin/moderation/claims/{world.claim}" in page
    assert f"/admin/moderation/problems/{world.problem}" in page
    assert "New listing" in page
    with db.session_scope(app) as session:
        assert session.get(Service, world.a_pending).status == "pending"


def test_a_report_through_the_public_form_reaches_the_organisation_and_the_queue(app, mailbox):
    world = make_world(app)
    visitor = app.test_client()
    url = f"/services/{world.b_live}/report"
    response = visitor.post(url, data={"csrf_token": csrf_token(visitor, url),
                                       "kind": "address", "message": "They moved to Hitchin."})
    assert response.status_code == 303
    [message] = mailbox.to(world.provider_b)
    assert "They moved to Hitchin." in message.get_body(preferencelist=("plain",)).get_content()
    moderator = app.test_client()
    login(moderator, world.moderator)
    assert "Riverside Drop-in: The address is wrong" in moderator.get(
        "/admin/moderation").get_data(as_text=True)
