"""The admin accounts pages: admins only; approve, reject, roles, closing accounts, memberships."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from accounts_support import (
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    csrf_token,
    login,
    make_account,
    post_form,
    smtp_mailbox,
)
from sqlmodel import select

from directory import accounts, db
from directory.models import Account, AuditEvent, Organisation


@pytest.fixture
def admin(app):
    """A client signed in as an administrator."""
    make_account(app, "admin@example.org", role="admin")
    client = app.test_client()
    assert login(client, "admin@example.org").status_code == 302
    return client


def requested(app, email="sam@example.org", organisation="Oak Tree Youth") -> int:
    with app.test_request_context(), db.session_scope(app) as session:
        return accounts.request_account(session, "Sam Jones", email, organisation).id


def fetch(app, account_id) -> Account:
    with db.session_scope(app) as session:
        return session.get(Account, account_id)


@pytest.mark.parametrize("url", ["/admin/accounts", "/admin/accounts/1"])
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    location = urlsplit(response.headers["Location"])
    assert response.status_code == 302
    assert location.path == "/provider/login" and parse_qs(location.query) == {"next": [url]}


@pytest.mark.parametrize("role", ["provider", "moderator"])
def test_other_roles_get_403(app, client, role):
    make_account(app, "someone@example.org", role=role)
    login(client, "someone@example.org")
    assert client.get("/admin/accounts").status_code == 403
    assert client.get("/admin/accounts/1").status_code == 403
    token = csrf_token(client, "/provider/logout")
    assert client.post("/admin/accounts/1/role", data={"csrf_token": token,
                                                       "role": "admin"}).status_code == 403


def test_list_filters_and_shows_requests_first(app, admin):
    requested(app)
    make_account(app, "mo@example.org", role="moderator")
    page = admin.get("/admin/accounts").get_data(as_text=True)
    table = page[page.index("<table"):]
    assert table.index("sam@example.org") < table.index("admin@example.org")
    assert "1 account request to check" in page
    only = admin.get("/admin/accounts?status=requested").get_data(as_text=True)
    assert "sam@example.org" in only and "mo@example.org" not in only
    moderators = admin.get("/admin/accounts?role=moderator").get_data(as_text=True)
    assert "mo@example.org" in moderators and "sam@example.org" not in moderators


def test_approve_into_an_existing_organisation_ignoring_case(app, admin):
    with db.session_scope(app) as session:
        session.add(Organisation(name="Oak Tree Youth"))
    account_id = requested(app, organisation="oak tree youth")
    page = f"/admin/accounts/{account_id}"
    assert "Oak Tree Youth" in admin.get(page).get_data(as_text=True)  # a similar name offered
    response = post_form(admin, page, f"{page}/approve",
                         **{"approve-organisation": "oak tree youth"})
    assert response.status_code == 302
    with db.session_scope(app) as session:
        assert len(session.exec(select(Organisation)).all()) == 1
        account = session.get(Account, account_id)
        assert account.status == "active"
        assert [o.name for o in accounts.memberships(session, account)] == ["Oak Tree Youth"]
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "approve")).one()
        assert event.actor == "admin@example.org" and event.entity_id == account_id


def test_approve_needs_an_organisation(app, admin):
    account_id = requested(app)
    page = f"/admin/accounts/{account_id}"
    response = post_form(admin, page, f"{page}/approve", **{"approve-organisation": "  "})
    assert response.status_code == 400
    assert "Enter the name of an organisation." in response.get_data(as_text=True)
    assert fetch(app, account_id).status == "requested"


def test_reject_a_request(app, admin):
    with smtp_mailbox(app) as mailbox:
        account_id = requested(app)
        page = f"/admin/accounts/{account_id}"
        assert post_form(admin, page, f"{page}/reject").status_code == 302
    assert fetch(app, account_id).status == "disabled"
    # The address was never confirmed, so only the verification email went there.
    assert [m["Subject"] for m in mailbox.messages] == ["Confirm your email address"]
    again = post_form(admin, page, f"{page}/reject")
    assert again.status_code == 400
    assert "not waiting for approval" in again.get_data(as_text=True)


def test_change_role_and_disable_ends_their_session(app, admin):
    account_id = make_account(app, "kim@example.org")
    kim = app.test_client()
    login(kim, "kim@example.org")
    page = f"/admin/accounts/{account_id}"
    assert post_form(admin, page, f"{page}/role", **{"role-role": "moderator"}).status_code == 302
    assert fetch(app, account_id).role == "moderator"
    bad = post_form(admin, page, f"{page}/role", **{"role-role": "superuser"})
    assert bad.status_code == 400 and "Not a valid choice" in bad.get_data(as_text=True)

    assert kim.get("/provider/logout").get_data(as_text=True).count("Signed in as") == 1
    assert post_form(admin, page, f"{page}/disable").status_code == 302
    assert fetch(app, account_id).status == "disabled"
    assert "Signed in as" not in kim.get("/provider/logout").get_data(as_text=True)
    assert post_form(admin, page, f"{page}/enable").status_code == 302
    assert fetch(app, account_id).status == "active"


def test_admins_cannot_lock_themselves_out(app, admin):
    with db.session_scope(app) as session:
        me = session.exec(select(Account).where(Account.email == "admin@example.org")).one()
    page = f"/admin/accounts/{me.id}"
    response = post_form(admin, page, f"{page}/disable")
    assert response.status_code == 400
    assert "You can't disable your own account." in unescape(response.get_data(as_text=True))
    response = post_form(admin, page, f"{page}/role", **{"role-role": "provider"})
    assert "You can't change your own role." in unescape(response.get_data(as_text=True))
    assert fetch(app, me.id).role == "admin" and fetch(app, me.id).status == "active"


def test_add_and_remove_memberships(app, admin):
    account_id = make_account(app, "kim@example.org")
    with db.session_scope(app) as session:
        organisation = Organisation(name="Willow Counselling")
        session.add(organisation)
        session.flush()
        organisation_id = organisation.id
    page = f"/admin/accounts/{account_id}"
    unknown = post_form(admin, page, f"{page}/memberships",
                        **{"membership-organisation": "Wilow Counseling"})
    assert unknown.status_code == 400
    assert "No organisation is called “Wilow Counseling”" in unknown.get_data(as_text=True)
    assert 'value="Wilow Counseling"' in unknown.get_data(as_text=True)
    assert post_form(admin, page, f"{page}/memberships",
                     **{"membership-organisation": "Willow Counselling"}).status_code == 302
    with db.session_scope(app) as session:
        assert accounts.organisation_ids(session, session.get(Account, account_id)) == {
            organisation_id}
    removed = post_form(admin, page, f"{page}/memberships/{organisation_id}/remove")
    assert removed.status_code == 302
    with db.session_scope(app) as session:
        assert accounts.organisation_ids(session, session.get(Account, account_id)) == set()


def test_unknown_account_is_404(admin):
    assert admin.get("/admin/accounts/999").status_code == 404


def test_account_page_has_unique_ids_and_labelled_fields(app, admin):
    account_id = requested(app)
    page = admin.get(f"/admin/accounts/{account_id}").get_data(as_text=True)
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for field_id in ("approve-organisation", "membership-organisation", "role-role"):
        assert f'for="{field_id}"' in page
    assert "style=" not in page and "<script>" not in page
